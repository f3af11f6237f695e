#include "ServiceTestSupport.h"
#include "services/Workstation.h"
#include "store/KeySlots.h"

#include <QTemporaryDir>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

namespace {
const QString kDoctorTemporary = QStringLiteral("first-day temporary");
const QString kNurseTemporary = QStringLiteral("ward seven welcome");
const QString kDoctorOwn = QStringLiteral("lavender fields 1987");
const QString kNurseOwn = QStringLiteral("night shift kettle");
} // namespace

class TestStaffAdmin : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Workstation> m_ws;
    qint64 m_adminId = 0;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("store")); }

    StaffAccount createAs(Role role, const QString &name, const QString &temporary)
    {
        auto created = m_ws->staff().create(name, QStringLiteral("Someone ") + name, role, temporary);
        if (!created) {
            qWarning("create failed: %s", qPrintable(outcome(created)));
            return {};
        }
        return *created;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ws.reset();
        QDir(dataDir()).removeRecursively();
        CL_VERIFY_OK(Workstation::initialize(dataDir(), kAdminName, QStringLiteral("Amira Haddad"), kAdminPassword,
                                             testOptions(m_clock)));
        m_ws = std::make_unique<Workstation>(dataDir(), testOptions(m_clock));
        auto admin = m_ws->login(kAdminName, kAdminPassword);
        QVERIFY2(admin.ok(), qPrintable(outcome(admin)));
        m_adminId = admin->id;
    }

    void adminCreatesDisablesEnablesAndResets()
    {
        const StaffAccount doctor = createAs(Role::Doctor, QStringLiteral("claire"), kDoctorTemporary);
        QVERIFY(doctor.id > 0);
        QCOMPARE(doctor.role, Role::Doctor);
        QVERIFY(doctor.mustChangePassword);
        QVERIFY(doctor.enabled);
        QCOMPARE(doctor.createdAt, *m_clock.now);

        auto accounts = m_ws->staff().list();
        QVERIFY2(accounts.ok(), qPrintable(outcome(accounts)));
        QCOMPARE(accounts->size(), 2);
        QCOMPARE(accounts->at(1).username, QStringLiteral("claire"));
        QCOMPARE(accounts->at(1).signingKeyId, doctor.signingKeyId);

        CL_VERIFY_OK(m_ws->staff().disable(doctor.id));
        accounts = m_ws->staff().list();
        QVERIFY(!accounts->at(1).enabled);
        CL_VERIFY_OK(m_ws->staff().disable(doctor.id)); // already disabled: nothing more to do

        const QString enabled = QStringLiteral("welcome back 2026");
        CL_VERIFY_OK(m_ws->staff().enable(doctor.id, enabled));
        accounts = m_ws->staff().list();
        QVERIFY(accounts->at(1).enabled);
        QVERIFY(accounts->at(1).mustChangePassword);
        QVERIFY(accounts->at(1).signingKeyId != doctor.signingKeyId);

        const QString reset = QStringLiteral("reset by the desk 7");
        CL_VERIFY_OK(m_ws->staff().resetPassword(doctor.id, reset));

        Workstation other(dataDir(), testOptions(m_clock));
        QCOMPARE(codeOf(other.login(QStringLiteral("claire"), kDoctorTemporary)), QStringLiteral("WrongCredentials"));
        QCOMPARE(codeOf(other.login(QStringLiteral("claire"), enabled)), QStringLiteral("WrongCredentials"));
        CL_VERIFY_OK(other.login(QStringLiteral("claire"), reset));
    }

    void disabledAccountCannotLogIn()
    {
        const StaffAccount nurse = createAs(Role::Nurse, QStringLiteral("piotr"), kNurseTemporary);
        CL_VERIFY_OK(m_ws->staff().disable(nurse.id));
        Workstation other(dataDir(), testOptions(m_clock));
        auto refused = other.login(QStringLiteral("piotr"), kNurseTemporary);
        QCOMPARE(codeOf(refused), QStringLiteral("WrongCredentials")); // the slot is gone

        // Defence in depth: a slot that survived (a crash between the flag and the slot
        // removal) still does not let a disabled account in.
        auto unlocked = core::WorkstationStore::unlock(dataDir(), kAdminName, kAdminPassword);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.message()));
        auto put = unlocked->store->keySlots().putSlot(QStringLiteral("piotr"), kNurseTemporary,
                                                       unlocked->store->databaseKey(),
                                                       core::PasswordKdfParams::withFreshSalt(kTestKdfCost));
        QVERIFY2(put.ok(), qPrintable(put.message()));
        unlocked->store.reset();
        QCOMPARE(codeOf(other.login(QStringLiteral("piotr"), kNurseTemporary)), QStringLiteral("AccountDisabled"));

        // Disabling again removes the stray slot.
        CL_VERIFY_OK(m_ws->staff().disable(nurse.id));
        QCOMPARE(codeOf(other.login(QStringLiteral("piotr"), kNurseTemporary)), QStringLiteral("WrongCredentials"));
    }

    void doctorsAndNursesAreDenied_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("doctor") << int(Role::Doctor);
        QTest::newRow("nurse") << int(Role::Nurse);
    }

    void doctorsAndNursesAreDenied()
    {
        QFETCH(int, role);
        const StaffAccount target = createAs(Role::Nurse, QStringLiteral("target"), kNurseTemporary);
        const StaffAccount member = createAs(Role(role), QStringLiteral("member"), kDoctorTemporary);
        QVERIFY(member.id > 0);
        CL_VERIFY_OK(m_ws->login(QStringLiteral("member"), kDoctorTemporary));
        CL_VERIFY_OK(m_ws->changeOwnPassword(kDoctorTemporary, kDoctorOwn));

        StaffService &staff = m_ws->staff();
        const QString denied = QStringLiteral("PermissionDenied");
        QCOMPARE(codeOf(staff.list()), denied);
        QCOMPARE(codeOf(staff.create(QStringLiteral("intruder"), QStringLiteral("In Truder"), Role::Admin,
                                     QStringLiteral("let me in please"))),
                 denied);
        QCOMPARE(codeOf(staff.disable(target.id)), denied);
        QCOMPARE(codeOf(staff.enable(target.id, QStringLiteral("let me in please"))), denied);
        QCOMPARE(codeOf(staff.resetPassword(target.id, QStringLiteral("let me in please"))), denied);
        QCOMPARE(codeOf(staff.securityEvents()), denied);
        QVERIFY(staff.list().message().contains(QStringLiteral("administrator")));

        // Nothing happened: the target still logs in and no "intruder" exists.
        CL_VERIFY_OK(m_ws->login(QStringLiteral("target"), kNurseTemporary));
        CL_VERIFY_OK(m_ws->login(kAdminName, kAdminPassword));
        QCOMPARE(m_ws->staff().list()->size(), 3);
    }

    void notLoggedInIsRefused()
    {
        m_ws->logout();
        StaffService &staff = m_ws->staff();
        const QString refused = QStringLiteral("NotLoggedIn");
        QCOMPARE(codeOf(staff.list()), refused);
        QCOMPARE(
            codeOf(staff.create(QStringLiteral("someone"), QStringLiteral("Some One"), Role::Nurse, kNurseTemporary)),
            refused);
        QCOMPARE(codeOf(staff.disable(m_adminId)), refused);
        QCOMPARE(codeOf(staff.enable(m_adminId, kNurseTemporary)), refused);
        QCOMPARE(codeOf(staff.resetPassword(m_adminId, kNurseTemporary)), refused);
        QCOMPARE(codeOf(staff.securityEvents()), refused);
    }

    void cannotDisableSelfOrTheLastAdmin()
    {
        auto last = m_ws->staff().disable(m_adminId);
        QCOMPARE(codeOf(last), QStringLiteral("PermissionDenied"));
        QVERIFY2(last.message().contains(QStringLiteral("last")), qPrintable(last.message()));

        const StaffAccount deputy = createAs(Role::Admin, QStringLiteral("deputy"), kDoctorTemporary);
        auto self = m_ws->staff().disable(m_adminId);
        QCOMPARE(codeOf(self), QStringLiteral("PermissionDenied"));
        QVERIFY2(self.message().contains(QStringLiteral("your own")), qPrintable(self.message()));
        QCOMPARE(codeOf(m_ws->staff().resetPassword(m_adminId, kNurseTemporary)), QStringLiteral("PermissionDenied"));

        // With two administrators, one may disable the other.
        CL_VERIFY_OK(m_ws->staff().disable(deputy.id));
        QCOMPARE(codeOf(m_ws->staff().disable(m_adminId)), QStringLiteral("PermissionDenied"));
        Workstation other(dataDir(), testOptions(m_clock));
        CL_VERIFY_OK(other.login(kAdminName, kAdminPassword));
    }

    void validationMessages_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QString good = QStringLiteral("a fine long secret");
        QTest::newRow("name too short") << "ab"
                                        << "A B" << good << "InvalidInput"
                                        << "3 to 32";
        QTest::newRow("name too long") << QString(33, u'x') << "X" << good << "InvalidInput"
                                       << "3 to 32";
        QTest::newRow("upper case") << "Claire"
                                    << "Claire" << good << "InvalidInput"
                                    << "lower-case";
        QTest::newRow("space") << "claire martin"
                               << "Claire" << good << "InvalidInput"
                               << "lower-case";
        QTest::newRow("empty display name") << "claire"
                                            << "   " << good << "InvalidInput"
                                            << "display name";
        QTest::newRow("short password") << "claire"
                                        << "Claire"
                                        << "short"
                                        << "InvalidInput"
                                        << "12";
        QTest::newRow("password holds name") << "claire"
                                             << "Claire"
                                             << "hello-claire-123"
                                             << "InvalidInput"
                                             << "user name";
        QTest::newRow("taken") << "admin"
                               << "Another" << good << "AlreadyExists"
                               << "taken";
    }

    void validationMessages()
    {
        QFETCH(QString, username);
        QFETCH(QString, displayName);
        QFETCH(QString, password);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        auto result = m_ws->staff().create(username, displayName, Role::Doctor, password);
        QCOMPARE(codeOf(result), code);
        QVERIFY2(result.message().contains(mentions), qPrintable(result.message()));
        QCOMPARE(m_ws->staff().list()->size(), 1);
    }

    void wrongTargetsAreRefused()
    {
        const StaffAccount nurse = createAs(Role::Nurse, QStringLiteral("piotr"), kNurseTemporary);
        QCOMPARE(codeOf(m_ws->staff().disable(4242)), QStringLiteral("NotFound"));
        QCOMPARE(codeOf(m_ws->staff().resetPassword(4242, kNurseOwn)), QStringLiteral("NotFound"));
        QCOMPARE(codeOf(m_ws->staff().enable(nurse.id, kNurseOwn)), QStringLiteral("InvalidInput"));
        QCOMPARE(codeOf(m_ws->staff().resetPassword(nurse.id, QStringLiteral("weak"))), QStringLiteral("InvalidInput"));
        CL_VERIFY_OK(m_ws->staff().disable(nurse.id));
        QCOMPARE(codeOf(m_ws->staff().resetPassword(nurse.id, kNurseOwn)), QStringLiteral("InvalidInput"));
        QCOMPARE(codeOf(m_ws->staff().enable(nurse.id, QStringLiteral("piotr-piotr-piotr"))),
                 QStringLiteral("InvalidInput"));
    }

    void securityEventsAreWritten()
    {
        const StaffAccount nurse = createAs(Role::Nurse, QStringLiteral("piotr"), kNurseTemporary);
        m_clock.advance(60);
        CL_VERIFY_OK(m_ws->staff().disable(nurse.id));
        CL_VERIFY_OK(m_ws->staff().enable(nurse.id, kNurseOwn));
        const QString reset = QStringLiteral("reset by the desk 7");
        CL_VERIFY_OK(m_ws->staff().resetPassword(nurse.id, reset));
        CL_VERIFY_OK(m_ws->login(QStringLiteral("piotr"), reset));
        const QString own = QStringLiteral("kettle on the ward");
        CL_VERIFY_OK(m_ws->changeOwnPassword(reset, own));
        CL_VERIFY_OK(m_ws->login(kAdminName, kAdminPassword));

        auto events = m_ws->staff().securityEvents();
        QVERIFY2(events.ok(), qPrintable(outcome(events)));
        QStringList lines;
        for (const SecurityEvent &e : *events) {
            lines.append(e.actor + u'|' + e.action + u'|' + e.target);
            for (const QString &secret : {kAdminPassword, kNurseTemporary, kNurseOwn, reset, own}) {
                QVERIFY(!e.detail.contains(secret));
            }
        }
        const QStringList expected{
            QStringLiteral("piotr|password changed|piotr"), QStringLiteral("admin|password reset|piotr"),
            QStringLiteral("admin|account enabled|piotr"),  QStringLiteral("admin|account disabled|piotr"),
            QStringLiteral("admin|account created|piotr"),  QStringLiteral("|account created|admin"),
        };
        QCOMPARE(lines, expected);
        QCOMPARE(events->at(3).at, *m_clock.now);
        QCOMPARE(events->last().at, m_clock.now->addSecs(-60));
        QCOMPARE(m_ws->staff().securityEvents(2)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStaffAdmin)
#include "tst_staff_admin.moc"
