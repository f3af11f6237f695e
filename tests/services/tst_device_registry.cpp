#include "RecordsTestSupport.h"

#include "ledger/ChainStore.h"
#include "sensors/DeviceDirectory.h"
#include "services/DeviceService.h"
#include "services/WorkstationPrivate.h"

#include <QFile>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// Bedside devices: registered by admins with a key shown once, paired with patients for
// time ranges, and witnessed on the chain without personal data.
class TestDeviceRegistry : public QObject {
    Q_OBJECT

    static QList<ledger::Transaction> pending(Workstation &ws)
    {
        return WorkstationAccess::state(ws).chain->pendingTransactions().value();
    }

private slots:
    void registerShowsKeyOnceAndProvisions()
    {
        Clinic clinic;
        Workstation &ws = clinic.as(kAdminName);
        auto reg = ws.devices().registerDevice(QStringLiteral("pulse oximeter"), QStringLiteral("OxiMax 9"), QStringLiteral("SN-778812"));
        CL_VERIFY_OK(reg);
        QCOMPARE(reg->keyHex.size(), 64);
        // The key is not stored in the clear and the listing never shows it.
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM devices WHERE sealed_key = ?1", QByteArray::fromHex(reg->keyHex)), 0);
        auto list = ws.devices().devices();
        CL_VERIFY_OK(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().deviceId, reg->deviceId);
        QCOMPARE(list->first().serial, QStringLiteral("SN-778812"));
        QVERIFY(!list->first().current);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("devices.txt"));
        CL_VERIFY_OK(DeviceService::writeProvisioningFile(path, *reg));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther), QFileDevice::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto parsed = sensors::parseProvisioningFile(file.readAll());
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(u'\n')));
        QCOMPARE(parsed.devices.size(), std::size_t(1));
        QCOMPARE(parsed.devices.front().id, reg->deviceId);
        QCOMPARE(parsed.devices.front().key.toHex().view().toByteArray(), reg->keyHex);
        QVERIFY(!DeviceService::writeProvisioningFile(path, *reg).ok()); // never overwrites
    }

    void hl7MonitorIsRegisteredByItsEui64WithoutAKey()
    {
        Clinic clinic;
        Workstation &ws = clinic.as(kAdminName);
        auto id = ws.devices().registerHl7Monitor(QStringLiteral("multiparameter monitor"), QStringLiteral("IntelliVue MX450"),
                                                  QStringLiteral("DE5512"), QStringLiteral("00-09-5c-ff-fe-12-34-56"));
        CL_VERIFY_OK(id);
        QCOMPARE(*id, QStringLiteral("00095CFFFE123456"));
        QCOMPARE(codeOf(ws.devices().registerHl7Monitor(QStringLiteral("monitor"), QStringLiteral("M"), QStringLiteral("S"),
                                                        QStringLiteral("00095CFFFE123456"))),
                 QStringLiteral("AlreadyExists"));
        for (const QString &bad : {QStringLiteral("00095CFFFE1234"), QStringLiteral("00095CFFFE12345G"), QString()})
            QCOMPARE(codeOf(ws.devices().registerHl7Monitor(QStringLiteral("monitor"), QStringLiteral("M"), QStringLiteral("S"), bad)),
                     QStringLiteral("InvalidInput"));
        auto list = ws.devices().devices();
        CL_VERIFY_OK(list);
        QCOMPARE(list->size(), 1);
        QVERIFY(list->first().hl7);
        // On the chain: the id and the hash of no key.
        const auto txs = pending(ws);
        QVERIFY(std::any_of(txs.begin(), txs.end(), [&](const ledger::Transaction &tx) {
            const auto *body = std::get_if<ledger::DeviceRegisterBody>(&tx.body);
            return body && body->deviceId == QByteArrayLiteral("00095CFFFE123456");
        }));
    }

    void refusedForClinicalStaff()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        auto reg = clinic.as(kAdminName).devices().registerDevice(QStringLiteral("monitor"), QStringLiteral("M1"), QStringLiteral("S1"));
        CL_VERIFY_OK(reg);
        for (const QString &user : {kDoctorName, kNurseName}) {
            Workstation &ws = clinic.as(user);
            QCOMPARE(codeOf(ws.devices().registerDevice(QStringLiteral("monitor"), QStringLiteral("M"), QStringLiteral("S"))),
                     QStringLiteral("PermissionDenied"));
            QCOMPARE(codeOf(ws.devices().pair(reg->deviceId, patient, clinic.clock().now->addSecs(-60))), QStringLiteral("PermissionDenied"));
        }
    }

    void pairingTimeRangesAndChainCarryNoPersonalData()
    {
        Clinic clinic;
        const PatientId first = clinic.registerPatient();
        const PatientId second = clinic.registerPatient(sampleDemographics(QStringLiteral("Jonas"), QStringLiteral("Eriksen")));
        Workstation &ws = clinic.as(kAdminName);
        auto reg = ws.devices().registerDevice(QStringLiteral("monitor"), QStringLiteral("VitalView 3"), QStringLiteral("SERIAL-991"));
        CL_VERIFY_OK(reg);
        const QDateTime t0 = *clinic.clock().now;
        QCOMPARE(codeOf(ws.devices().pair(QStringLiteral("dev-unknown"), first, t0)), QStringLiteral("NotFound"));
        CL_VERIFY_OK(ws.devices().pair(reg->deviceId, first, t0));
        CL_VERIFY_OK(ws.devices().pair(reg->deviceId, second, t0.addSecs(600))); // ends the first pairing
        QCOMPARE(codeOf(ws.devices().pair(reg->deviceId, first, t0.addSecs(300))), QStringLiteral("InvalidInput"));
        CL_VERIFY_OK(ws.devices().unpair(reg->deviceId, t0.addSecs(900)));
        QCOMPARE(codeOf(ws.devices().unpair(reg->deviceId, t0.addSecs(950))), QStringLiteral("NotFound"));

        QCOMPARE(ws.devices().patientAt(reg->deviceId, t0.addSecs(-1)).value(), std::optional<PatientId>());
        QCOMPARE(ws.devices().patientAt(reg->deviceId, t0).value(), std::optional<PatientId>(first));
        QCOMPARE(ws.devices().patientAt(reg->deviceId, t0.addSecs(599)).value(), std::optional<PatientId>(first));
        QCOMPARE(ws.devices().patientAt(reg->deviceId, t0.addSecs(600)).value(), std::optional<PatientId>(second));
        QCOMPARE(ws.devices().patientAt(reg->deviceId, t0.addSecs(900)).value(), std::optional<PatientId>());

        // Register, pair, pair, unpair: on the chain with ids, pseudonyms and a key hash only.
        QList<ledger::TxType> types;
        QByteArray encoded;
        for (const auto &tx : pending(ws)) {
            if (tx.type() >= ledger::TxType::DeviceRegister)
                types.append(tx.type());
            encoded += tx.encode();
        }
        QCOMPARE(types, (QList<ledger::TxType>{ledger::TxType::DeviceRegister, ledger::TxType::DevicePair, ledger::TxType::DevicePair,
                                               ledger::TxType::DeviceUnpair}));
        for (const QByteArray &secret : {QByteArray::fromHex(reg->keyHex), QByteArray("SERIAL-991"), QByteArray("VitalView 3"), QByteArray("Maria")})
            QVERIFY(!encoded.contains(secret));
        auto sealed = ws.sealNow();
        CL_VERIFY_OK(sealed);
        QVERIFY(*sealed >= 1);
        QVERIFY(WorkstationAccess::state(ws).chain->state().hasDevice(reg->deviceId.toUtf8()).value());
    }
};

QTEST_GUILESS_MAIN(TestDeviceRegistry)
#include "tst_device_registry.moc"
