#include "ServiceTestSupport.h"
#include "services/Workstation.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace careledger::services;
using namespace careledger::services::testing;

namespace {
const QString kDoctorPassword = QStringLiteral("temporary clinician pass");
}

class TestLogin : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("store")); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(dataDir()).removeRecursively();
        m_clock = ManualClock();
        CL_VERIFY_OK(Workstation::initialize(dataDir(), kAdminName, QStringLiteral("Amira Haddad"), kAdminPassword,
                                             testOptions(m_clock)));
        Workstation ws(dataDir(), testOptions(m_clock));
        CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
        CL_VERIFY_OK(ws.staff().create(QStringLiteral("doctor"), QStringLiteral("Dr. Claire Martin"), Role::Doctor,
                                       kDoctorPassword));
    }

    void loginShowsTheRightRole()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        QSignalSpy changed(&ws, &Workstation::sessionChanged);
        QVERIFY(!ws.isLoggedIn());

        auto admin = ws.login(kAdminName, kAdminPassword);
        QVERIFY2(admin.ok(), qPrintable(outcome(admin)));
        QCOMPARE(admin->role, Role::Admin);
        QCOMPARE(admin->displayName, QStringLiteral("Amira Haddad"));
        QVERIFY(!admin->mustChangePassword);
        QCOMPARE(admin->signingKeyId.size(), 32);
        QVERIFY(ws.isLoggedIn());
        QCOMPARE(ws.currentUser()->username, kAdminName);
        QCOMPARE(changed.count(), 1);

        auto doctor = ws.login(QStringLiteral("doctor"), kDoctorPassword);
        QVERIFY2(doctor.ok(), qPrintable(outcome(doctor)));
        QCOMPARE(doctor->role, Role::Doctor);
        QVERIFY(doctor->mustChangePassword);
        QCOMPARE(ws.currentUser()->role, Role::Doctor);
    }

    void userNamesAreCaseInsensitive()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        CL_VERIFY_OK(ws.login(QStringLiteral("  Admin "), kAdminPassword));
        QCOMPARE(ws.currentUser()->username, kAdminName);
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        auto wrongPassword = ws.login(kAdminName, QStringLiteral("not the password"));
        auto unknownUser = ws.login(QStringLiteral("nobody"), kAdminPassword);
        auto invalidName = ws.login(QStringLiteral("No Such Person!"), kAdminPassword);
        QCOMPARE(codeOf(wrongPassword), QStringLiteral("WrongCredentials"));
        QCOMPARE(codeOf(unknownUser), QStringLiteral("WrongCredentials"));
        QCOMPARE(codeOf(invalidName), QStringLiteral("WrongCredentials"));
        QCOMPARE(unknownUser.message(), wrongPassword.message());
        QCOMPARE(invalidName.message(), wrongPassword.message());
        QVERIFY(!ws.isLoggedIn());
    }

    void unknownUserCostsAsMuchAsAWrongPassword()
    {
        // A realistic cost so that scrypt, not file opening, dominates both paths.
        QTemporaryDir dir;
        WorkstationOptions options = testOptions(m_clock);
        options.kdfCost = 1u << 14;
        const QString store = dir.filePath(QStringLiteral("timed"));
        CL_VERIFY_OK(
            Workstation::initialize(store, kAdminName, QStringLiteral("Amira Haddad"), kAdminPassword, options));
        Workstation ws(store, options);
        const auto median = [&](const QString &name, const QString &password) {
            QList<qint64> times;
            for (int i = 0; i < 3; ++i) {
                QElapsedTimer timer;
                timer.start();
                auto result = ws.login(name, password);
                times.append(timer.nsecsElapsed());
                if (result.code() != ServiceError::WrongCredentials) {
                    return qint64(-1);
                }
            }
            std::sort(times.begin(), times.end());
            return times.at(1);
        };
        const qint64 wrong = median(kAdminName, QStringLiteral("wrong password one"));
        const qint64 unknown = median(QStringLiteral("ghost"), QStringLiteral("wrong password one"));
        QVERIFY(wrong > 0 && unknown > 0);
        const double ratio = double(unknown) / double(wrong);
        QVERIFY2(ratio > 0.5 && ratio < 2.0, qPrintable(QStringLiteral("unknown/wrong time ratio %1").arg(ratio)));
    }

    void locksOutAfterFiveFailuresWithGrowingBackOff()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        const QString wrong = QStringLiteral("guessing password");
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(codeOf(ws.login(kAdminName, wrong)), QStringLiteral("WrongCredentials"));
            QVERIFY2(!ws.lockedUntil(kAdminName).isValid(), qPrintable(QString::number(i)));
        }
        QCOMPARE(codeOf(ws.login(kAdminName, wrong)), QStringLiteral("WrongCredentials"));
        QCOMPARE(ws.lockedUntil(kAdminName), m_clock.now->addSecs(30));

        // Locked: even the right password is refused, and says for how long.
        auto locked = ws.login(kAdminName, kAdminPassword);
        QCOMPARE(codeOf(locked), QStringLiteral("LockedOut"));
        QVERIFY2(locked.message().contains(QStringLiteral("30")), qPrintable(locked.message()));
        QVERIFY(!ws.isLoggedIn());

        m_clock.advance(31);
        QVERIFY(!ws.lockedUntil(kAdminName).isValid());
        QCOMPARE(codeOf(ws.login(kAdminName, wrong)), QStringLiteral("WrongCredentials"));
        QCOMPARE(ws.lockedUntil(kAdminName), m_clock.now->addSecs(60));

        m_clock.advance(61);
        QCOMPARE(codeOf(ws.login(kAdminName, wrong)), QStringLiteral("WrongCredentials"));
        QCOMPARE(ws.lockedUntil(kAdminName), m_clock.now->addSecs(120));
        auto stillLocked = ws.login(kAdminName, kAdminPassword);
        QCOMPARE(codeOf(stillLocked), QStringLiteral("LockedOut"));
        QVERIFY2(stillLocked.message().contains(QStringLiteral("2")), qPrintable(stillLocked.message()));

        // Another account is not affected.
        QVERIFY(!ws.lockedUntil(QStringLiteral("doctor")).isValid());
        CL_VERIFY_OK(ws.login(QStringLiteral("doctor"), kDoctorPassword));
    }

    void unknownNamesAreThrottledToo()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(codeOf(ws.login(QStringLiteral("ghost"), QStringLiteral("whatever it is"))),
                     QStringLiteral("WrongCredentials"));
        }
        QCOMPARE(codeOf(ws.login(QStringLiteral("ghost"), QStringLiteral("whatever it is"))),
                 QStringLiteral("LockedOut"));
    }

    void lockoutSurvivesARestart()
    {
        {
            Workstation ws(dataDir(), testOptions(m_clock));
            for (int i = 0; i < 5; ++i) {
                QCOMPARE(codeOf(ws.login(kAdminName, QStringLiteral("guessing password"))),
                         QStringLiteral("WrongCredentials"));
            }
        }
        Workstation restarted(dataDir(), testOptions(m_clock));
        QCOMPARE(restarted.lockedUntil(kAdminName), m_clock.now->addSecs(30));
        QCOMPARE(codeOf(restarted.login(kAdminName, kAdminPassword)), QStringLiteral("LockedOut"));
        m_clock.advance(30);
        CL_VERIFY_OK(restarted.login(kAdminName, kAdminPassword));
    }

    void successClearsTheCounter()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(codeOf(ws.login(kAdminName, QStringLiteral("guessing password"))),
                     QStringLiteral("WrongCredentials"));
        }
        CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
        ws.logout();
        // Four more failures are free again: the earlier four were forgotten.
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(codeOf(ws.login(kAdminName, QStringLiteral("guessing password"))),
                     QStringLiteral("WrongCredentials"));
        }
        QVERIFY(!ws.lockedUntil(kAdminName).isValid());
        CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
    }

    void logoutForgetsTheSession()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
        CL_VERIFY_OK(ws.staff().list());
        QSignalSpy changed(&ws, &Workstation::sessionChanged);
        ws.logout();
        QCOMPARE(changed.count(), 1);
        QVERIFY(!ws.isLoggedIn());
        QVERIFY(!ws.currentUser());
        QCOMPARE(codeOf(ws.staff().list()), QStringLiteral("NotLoggedIn"));
        QCOMPARE(codeOf(ws.changeOwnPassword(kAdminPassword, QStringLiteral("another long secret"))),
                 QStringLiteral("NotLoggedIn"));
        ws.logout(); // a second logout is harmless and silent
        QCOMPARE(changed.count(), 1);
    }

    void missingStoreIsReportedAsSuch()
    {
        Workstation ws(m_dir.filePath(QStringLiteral("nowhere")), testOptions(m_clock));
        auto result = ws.login(kAdminName, kAdminPassword);
        QCOMPARE(codeOf(result), QStringLiteral("StoreUnavailable"));
        QVERIFY(!result.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
