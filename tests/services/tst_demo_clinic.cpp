#include "ServiceTestSupport.h"
#include "services/DemoClinic.h"
#include "services/Workstation.h"

#include <QFile>
#include <QFileInfo>
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
        QCOMPARE(staff->size(), 3);
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
        QCOMPARE(ws.staff().list()->size(), 4);
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
