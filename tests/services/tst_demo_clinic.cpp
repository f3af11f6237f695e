#include "ServiceTestSupport.h"
#include "services/ChartService.h"
#include "services/ConsentService.h"
#include "services/DemoClinic.h"
#include "services/DeviceService.h"
#include "services/KioskService.h"
#include "services/VitalsService.h"
#include "sensors/DeviceDirectory.h"
#include "services/LedgerService.h"
#include "services/PatientService.h"
#include "services/Workstation.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger::services;
using namespace careledger::services::testing;

class TestDemoClinic : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsTheThreeDocumentedAccounts()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("demo"));
        CL_VERIFY_OK(ensureDemoClinic(dataDir, testOptions()));
        QVERIFY(Workstation::storeExists(dataDir));
        QVERIFY(!QFileInfo::exists(dataDir + QStringLiteral(".creating")));

        struct Expected {
            QString username, password, displayName;
            Role role;
        };
        const QList<Expected> accounts{
            {QStringLiteral("admin"), QStringLiteral("demo-front-desk"), QStringLiteral("Amira Haddad"), Role::Admin},
            {QStringLiteral("doctor"), QStringLiteral("demo-stethoscope"), QStringLiteral("Dr. Claire Martin"),
             Role::Doctor},
            {QStringLiteral("nurse"), QStringLiteral("demo-ward-round"), QStringLiteral("Piotr Kowalski"),
             Role::Nurse},
        };
        Workstation ws(dataDir, testOptions());
        for (const Expected &expected : accounts) {
            auto account = ws.login(expected.username, expected.password);
            QVERIFY2(account.ok(), qPrintable(expected.username + u' ' + outcome(account)));
            QCOMPARE(account->role, expected.role);
            QCOMPARE(account->displayName, expected.displayName);
            QVERIFY(!account->mustChangePassword); // usable at once
        }
        CL_VERIFY_OK(ws.login(QStringLiteral("admin"), QStringLiteral("demo-front-desk")));
        auto staff = ws.staff().list();
        QVERIFY2(staff.ok(), qPrintable(outcome(staff)));
        // The three demo accounts and one per doctor of the imported table (d001..d020),
        // whose passwords nobody knows until an administrator resets them.
        QCOMPARE(staff->size(), 3 + 20);
    }

    void holdsPatientsWithVersionsAndAccessStates()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("demo-records"));
        ManualClock clock;
        CL_VERIFY_OK(ensureDemoClinic(dataDir, testOptions(clock)));
        clock.advance(120); // the short grant of the demo has run out
        Workstation ws(dataDir, testOptions(clock));
        CL_VERIFY_OK(ws.login(QStringLiteral("admin"), QStringLiteral("demo-front-desk")));
        auto patients = ws.patients().search(QString());
        CL_VERIFY_OK(patients);
        QCOMPARE(patients->size(), 20);
        auto clinics = ws.consent().clinics();
        CL_VERIFY_OK(clinics);
        QCOMPARE(clinics->first().name, QStringLiteral("Demo Clinic"));
        int expired = 0;
        int revoked = 0;
        for (const PatientSummary &p : *patients) {
            auto grants = ws.consent().grants(p.id);
            CL_VERIFY_OK(grants);
            for (const AccessGrant &g : *grants) {
                expired += !g.active && !g.revokedAt.isValid() ? 1 : 0;
                revoked += g.revokedAt.isValid() ? 1 : 0;
            }
        }
        QCOMPARE(expired, 1);
        QCOMPARE(revoked, 1);

        CL_VERIFY_OK(ws.login(QStringLiteral("doctor"), QStringLiteral("demo-stethoscope")));
        int amended = 0;
        int stopped = 0;
        int history = 0;
        int prescriptions = 0;
        const auto visible = ws.patients().search(QString());
        CL_VERIFY_OK(visible);
        QCOMPARE(visible->size(), 20); // every imported patient has the clinic's default grant
        for (const PatientSummary &p : *visible) {
            auto chart = ws.charts().open(p.id);
            CL_VERIFY_OK(chart);
            history += static_cast<int>(chart->history->size());
            prescriptions += static_cast<int>(chart->prescriptions->size());
            for (const PrescriptionItem &item : *chart->prescriptions) {
                amended += item.prescription.status == careledger::core::PrescriptionStatus::Amended ? 1 : 0;
                stopped += item.prescription.status == careledger::core::PrescriptionStatus::Stopped ? 1 : 0;
            }
        }
        QCOMPARE(history, 12);
        QCOMPARE(prescriptions, 9);
        QCOMPARE(amended, 1);
        QCOMPARE(stopped, 1);
        CL_VERIFY_OK(ws.login(QStringLiteral("admin"), QStringLiteral("demo-front-desk")));
        auto verified = ws.ledger().verify({}, nullptr);
        CL_VERIFY_OK(verified);
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
    }

    // A new user sees live vitals without hardware: three paired monitors whose keys the
    // simulator reads, and the gateway port set to the pty link the simulator creates.
    void monitorsThreePatientsThroughTheSimulator()
    {
        ManualClock clock;
        *clock.now = QDateTime::currentDateTimeUtc(); // the simulator stamps frames with the wall clock
        const QString dataDir = m_dir.filePath(QStringLiteral("demo-ward"));
        CL_VERIFY_OK(ensureDemoClinic(dataDir, testOptions(clock)));

        const QString keyFile = demoGatewayKeyFile(dataDir);
        QCOMPARE(QFile::permissions(keyFile) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QFile keys(keyFile);
        QVERIFY(keys.open(QIODevice::ReadOnly));
        const auto provisioning = careledger::sensors::parseProvisioningFile(keys.readAll());
        QVERIFY2(provisioning.problems.isEmpty(), qPrintable(provisioning.problems.join(u'\n')));
        QCOMPARE(provisioning.devices.size(), std::size_t(3));

        Workstation ws(dataDir, testOptions(clock));
        CL_VERIFY_OK(ws.login(QStringLiteral("admin"), QStringLiteral("demo-front-desk")));
        auto devices = ws.devices().devices();
        CL_VERIFY_OK(devices);
        QCOMPARE(devices->size(), 3);
        for (const DeviceInfo &device : *devices)
            QVERIFY(device.current.has_value());
        auto gateway = ws.vitals().gatewaySettings();
        CL_VERIFY_OK(gateway);
        QCOMPARE(gateway->portName, demoGatewayPortLink(dataDir));

        // The kiosk PIN published in README.md opens the first monitored patient's record.
        auto olvast = ws.patients().search(QStringLiteral("Olvast"));
        CL_VERIFY_OK(olvast);
        QCOMPARE(olvast->size(), 1);
        CL_VERIFY_OK(ws.kiosk().enterKiosk());
        auto patient = ws.kiosk().patientLogin(olvast->first().mrn, QStringLiteral("482915"));
        CL_VERIFY_OK(patient);
        ws.kiosk().patientLogout();
        ws.logout();
        CL_VERIFY_OK(ws.login(QStringLiteral("admin"), QStringLiteral("demo-front-desk")));

        QProcess simulator;
        simulator.start(QStringLiteral(CARELEDGER_GATEWAY_SIM), demoGatewaySimulatorArguments(dataDir));
        QVERIFY(simulator.waitForStarted(10000));
        CL_VERIFY_OK(ws.login(QStringLiteral("nurse"), QStringLiteral("demo-ward-round")));
        const auto receiving = [&ws] {
            auto ward = ws.vitals().ward();
            if (!ward || ward->size() != 3)
                return false;
            for (const MonitoredPatient &bed : *ward)
                if (bed.link != DeviceLink::Receiving || bed.tiles.isEmpty())
                    return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(receiving(), 30000);
        simulator.terminate();
        simulator.waitForFinished(5000);
    }

    void secondCallIsANoOp()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("demo-twice"));
        CL_VERIFY_OK(ensureDemoClinic(dataDir, testOptions()));
        {
            // Change something, so a rebuild would show.
            Workstation ws(dataDir, testOptions());
            CL_VERIFY_OK(ws.login(QStringLiteral("admin"), QStringLiteral("demo-front-desk")));
            CL_VERIFY_OK(ws.staff().create(QStringLiteral("extra"), QStringLiteral("Extra Person"), Role::Nurse,
                                           QStringLiteral("a temporary secret")));
        }
        CL_VERIFY_OK(ensureDemoClinic(dataDir, testOptions()));
        Workstation ws(dataDir, testOptions());
        CL_VERIFY_OK(ws.login(QStringLiteral("admin"), QStringLiteral("demo-front-desk")));
        QCOMPARE(ws.staff().list()->size(), 3 + 20 + 1);
    }

    void keepsOtherFilesInAnExistingFolder()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("shared-folder"));
        QVERIFY(QDir().mkpath(dataDir));
        QFile note(QDir(dataDir).filePath(QStringLiteral("notes.txt")));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("keep me");
        note.close();
        CL_VERIFY_OK(ensureDemoClinic(dataDir, testOptions()));
        QVERIFY(QFileInfo::exists(note.fileName()));
        Workstation ws(dataDir, testOptions());
        CL_VERIFY_OK(ws.login(QStringLiteral("doctor"), QStringLiteral("demo-stethoscope")));
    }

    void defaultFolderIsUnderTheUsersDataLocation()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString dir = defaultDemoDataDir();
        QVERIFY2(dir.endsWith(QStringLiteral("/CareLedger/demo-clinic")), qPrintable(dir));
        QVERIFY(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
        QStandardPaths::setTestModeEnabled(false);
    }
};

QTEST_GUILESS_MAIN(TestDemoClinic)
#include "tst_demo_clinic.moc"
