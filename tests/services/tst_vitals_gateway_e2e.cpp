#include "VitalsTestSupport.h"

#include "ledger/TxBodies.h"
#include "services/DeviceService.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// The whole live-vitals path with nothing faked: careledger-gateway-sim writes signed frames
// to a pseudo-terminal, the workstation's gateway reader opens it like a USB-serial port, the
// readings are authenticated, evaluated, stored and anchored, an alarm is raised and a nurse
// acknowledges it on the chain.
class TestVitalsGatewayEndToEnd : public QObject {
    Q_OBJECT

    struct Simulator {
        QProcess process;
        QString ptyPath;

        ~Simulator()
        {
            if (process.state() != QProcess::NotRunning) {
                process.terminate();
                if (!process.waitForFinished(5000))
                    process.kill();
                process.waitForFinished(5000);
            }
        }
        // Starts the simulator on a new pty (with a stable link) and waits for its path.
        bool start(const QString &keyFile, const QString &link, const QStringList &scenario)
        {
            process.setProcessChannelMode(QProcess::SeparateChannels);
            process.start(QStringLiteral(CARELEDGER_GATEWAY_SIM),
                          QStringList{QStringLiteral("--device-key-file"), keyFile, QStringLiteral("--pty"),
                                      QStringLiteral("--pty-link"), link} +
                              scenario);
            if (!process.waitForStarted(10000))
                return false;
            while (!process.canReadLine()) {
                if (!process.waitForReadyRead(10000))
                    return false;
            }
            ptyPath = QString::fromLocal8Bit(process.readLine()).trimmed();
            return !ptyPath.isEmpty();
        }
    };

    static bool anyClinicalHigh(const QSignalSpy &spy, const PatientId &patient)
    {
        for (const QList<QVariant> &args : spy) {
            const auto notice = args.first().value<AlertNotice>();
            if (notice.patient == patient && notice.priority == core::AlarmPriority::High && !notice.technical)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() { qRegisterMetaType<AlertNotice>(); }

    void deteriorationOnThePtyRaisesAnAlarmANurseAcknowledges()
    {
        // The simulator stamps frames with the wall clock; the workstation's clock starts there
        // so the frames fall inside the accepted time window.
        ManualClock clock;
        *clock.now = QDateTime::currentDateTimeUtc();
        Clinic clinic(clock);
        const PatientId patient = clinic.registerPatient();

        Workstation &admin = clinic.as(kAdminName);
        auto device = admin.devices().registerDevice(QStringLiteral("monitor"), QStringLiteral("M1"), QStringLiteral("S1"));
        CL_VERIFY_OK(device);
        CL_VERIFY_OK(admin.devices().pair(device->deviceId, patient, clock.now->addSecs(-60)));
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("devices.txt"));
        const QString link = dir.filePath(QStringLiteral("gateway-pty"));
        CL_VERIFY_OK(DeviceService::writeProvisioningFile(keyFile, *device));

        // Deterioration at 200x: critical within about three seconds of frames.
        Simulator sim;
        QVERIFY2(sim.start(keyFile, link,
                           {QStringLiteral("--scenario"), QStringLiteral("deteriorating"), QStringLiteral("--speed"),
                            QStringLiteral("200"), QStringLiteral("--rate"), QStringLiteral("20")}),
                 qPrintable(QString::fromLocal8Bit(sim.process.readAllStandardError())));
        CL_VERIFY_OK(admin.vitals().setGatewaySettings(GatewaySettings{link, 115200}));

        // The nurse's session starts the reader on the configured port.
        Workstation &ws = clinic.as(kNurseName);
        QSignalSpy raised(&ws.vitals(), &VitalsService::alertRaised);
        QTRY_VERIFY_WITH_TIMEOUT(anyClinicalHigh(raised, patient), 30000);

        const GatewayStatus status = ws.vitals().gatewayStatus();
        QCOMPARE(status.state, sensors::SerialGatewayReader::State::Open);
        QVERIFY(status.stats.readingsAccepted > 0);
        QCOMPARE(status.stats.totalRejected(), quint64(0));

        // Stored encrypted, and readable back through the service as a trend.
        CL_VERIFY_OK(ws.vitals().flush());
        QVERIFY(clinic.count("SELECT COUNT(*) FROM vital_readings") > 0);
        auto trend = ws.vitals().trend(patient, clock.now->addSecs(-600), clock.now->addSecs(600));
        CL_VERIFY_OK(trend);
        QVERIFY(!trend->isEmpty());

        // The alarm, acknowledged by the nurse, goes on the chain under her key.
        auto alerts = ws.vitals().alerts();
        CL_VERIFY_OK(alerts);
        QByteArray alertId;
        for (const AlertInfo &alert : *alerts) {
            if (alert.patient == patient && alert.priority == core::AlarmPriority::High && !alert.technical &&
                alert.state == AlertState::Active) {
                alertId = alert.id;
                break;
            }
        }
        QVERIFY2(!alertId.isEmpty(), "no active high-priority alert listed");
        CL_VERIFY_OK(ws.vitals().acknowledge(alertId));
        const auto acks = pendingOf(ws, ledger::TxType::AlertAck);
        QCOMPARE(acks.size(), 1);
        QCOMPARE(acks.first().signerKeyId, ws.currentUser()->signingKeyId);
        auto sealed = ws.sealNow();
        CL_VERIFY_OK(sealed);
        QVERIFY(*sealed >= 1);
        QVERIFY(pendingOf(ws, ledger::TxType::AlertAck).isEmpty());

        auto after = ws.vitals().alerts();
        CL_VERIFY_OK(after);
        bool acknowledged = false;
        for (const AlertInfo &alert : *after)
            acknowledged |= alert.id == alertId && alert.state != AlertState::Active && !alert.acknowledgedBy.isEmpty();
        QVERIFY(acknowledged);
    }

    // A bedside monitor speaking HL7 v2 ORU^R01 over MLLP: registered by its EUI-64, no key;
    // its readings are stored and each message is acknowledged on the line.
    void hl7MonitorIsReadAndAcknowledged()
    {
        ManualClock clock;
        *clock.now = QDateTime::currentDateTimeUtc();
        Clinic clinic(clock);
        const PatientId patient = clinic.registerPatient();
        Workstation &admin = clinic.as(kAdminName);
        auto id = admin.devices().registerHl7Monitor(QStringLiteral("monitor"), QStringLiteral("IntelliVue"), QStringLiteral("DE1234"),
                                                     QStringLiteral("00:09:5c:ff:fe:00:00:01"));
        CL_VERIFY_OK(id);
        QCOMPARE(*id, QStringLiteral("00095CFFFE000001"));
        CL_VERIFY_OK(admin.devices().pair(*id, patient, clock.now->addSecs(-60)));
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("devices.txt"));
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(id->toLatin1() + " hl7\n");
        file.close();
        const QString link = dir.filePath(QStringLiteral("gateway-pty"));

        Simulator sim;
        QVERIFY(sim.start(keyFile, link, {QStringLiteral("--scenario"), QStringLiteral("hl7"), QStringLiteral("--rate"), QStringLiteral("20")}));
        CL_VERIFY_OK(admin.vitals().setGatewaySettings(GatewaySettings{link, 115200}));
        Workstation &ws = clinic.as(kNurseName);
        QTRY_VERIFY_WITH_TIMEOUT(ws.vitals().gatewayStatus().stats.readingsAccepted >= 3, 30000);
        const GatewayStatus status = ws.vitals().gatewayStatus();
        QVERIFY(status.stats.acksSent > 0);
        QCOMPARE(status.stats.totalRejected(), quint64(0));
        CL_VERIFY_OK(ws.vitals().flush());
        auto trend = ws.vitals().trend(patient, clock.now->addSecs(-600), clock.now->addSecs(600));
        CL_VERIFY_OK(trend);
        QVERIFY(!trend->isEmpty());
    }

    void cablePulledAndPluggedBackResumesReading()
    {
        ManualClock clock;
        *clock.now = QDateTime::currentDateTimeUtc();
        Clinic clinic(clock);
        const PatientId patient = clinic.registerPatient();
        Workstation &admin = clinic.as(kAdminName);
        auto device = admin.devices().registerDevice(QStringLiteral("monitor"), QStringLiteral("M1"), QStringLiteral("S1"));
        CL_VERIFY_OK(device);
        CL_VERIFY_OK(admin.devices().pair(device->deviceId, patient, clock.now->addSecs(-60)));
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("devices.txt"));
        const QString link = dir.filePath(QStringLiteral("gateway-pty"));
        CL_VERIFY_OK(DeviceService::writeProvisioningFile(keyFile, *device));
        const QStringList steady{QStringLiteral("--scenario"), QStringLiteral("steady"), QStringLiteral("--rate"),
                                 QStringLiteral("20")};

        quint64 before = 0;
        {
            Simulator sim;
            QVERIFY(sim.start(keyFile, link, steady));
            CL_VERIFY_OK(admin.vitals().setGatewaySettings(GatewaySettings{link, 115200}));
            QTRY_VERIFY_WITH_TIMEOUT(admin.vitals().gatewayStatus().stats.readingsAccepted > 5, 20000);
            before = admin.vitals().gatewayStatus().stats.readingsAccepted;
        } // the pty vanishes with the simulator: the cable is pulled

        QTRY_VERIFY_WITH_TIMEOUT(admin.vitals().gatewayStatus().state != sensors::SerialGatewayReader::State::Open, 20000);
        Simulator again; // plugged back: a new pty behind the same link
        QVERIFY(again.start(keyFile, link, steady));
        QTRY_VERIFY_WITH_TIMEOUT(admin.vitals().gatewayStatus().stats.readingsAccepted > before + 5, 30000);
        QCOMPARE(admin.vitals().gatewayStatus().state, sensors::SerialGatewayReader::State::Open);
    }
};

QTEST_GUILESS_MAIN(TestVitalsGatewayEndToEnd)
#include "tst_vitals_gateway_e2e.moc"
