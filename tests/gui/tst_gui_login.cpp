// The login window as a person uses it: typing, clicking, waiting for the worker thread.

#include "GuiTestSupport.h"

#include "ui/ChangePasswordDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageLabel.h"

#include <QApplication>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;
using namespace careledger::gui_testing;
using services::Role;

class TestGuiLogin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void adminSignsInAndOut();
    void doctorChangesTemporaryPasswordFirst();
    void wrongPasswordStaysOnLogin();
    void formIsDisabledWhileSigningIn();
    void lockoutShowsLiveCountdown();
    void disabledAccountIsExplained();
    void enterKeySignsIn();

private:
    ui::LoginWindow *login() const { return m_session->loginWindow(); }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<services::Workstation> m_workstation;
    std::unique_ptr<ui::SessionController> m_session;
};

void TestGuiLogin::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString dataDir = m_dir.filePath(QStringLiteral("clinic"));
    const auto init = services::Workstation::initialize(dataDir, QStringLiteral("admin"), QStringLiteral("Amira Haddad"),
                                                        kAdminPassword, options(m_clock));
    QVERIFY2(init.ok(), qPrintable(init.message()));
    m_workstation = std::make_unique<services::Workstation>(dataDir, options(m_clock));
    QVERIFY(m_workstation->login(QStringLiteral("admin"), kAdminPassword).ok());
    for (const auto &[user, name, role] : {std::tuple{"doctor", "Dr. Claire Martin", Role::Doctor},
                                           std::tuple{"nurse", "Piotr Kowalski", Role::Nurse},
                                           std::tuple{"gone", "Former Colleague", Role::Nurse}}) {
        const auto created = m_workstation->staff().create(QString::fromUtf8(user), QString::fromUtf8(name), role,
                                                           kTemporaryPassword);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        if (QByteArrayView(user) == "gone") {
            QVERIFY(m_workstation->staff().disable(created->id).ok());
        }
    }
    m_workstation->logout();
}

void TestGuiLogin::init()
{
    m_session = std::make_unique<ui::SessionController>(*m_workstation, m_clock.clock());
    m_session->start();
    QVERIFY(QTest::qWaitForWindowExposed(login()));
}

void TestGuiLogin::cleanup()
{
    m_session.reset();
    QVERIFY(!m_workstation->isLoggedIn());
}

void TestGuiLogin::adminSignsInAndOut()
{
    typeLogin(login(), QStringLiteral("admin"), kAdminPassword);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mainWindow() != nullptr, 15000);
    ui::MainWindow *main = m_session->mainWindow();
    QVERIFY(!login()->isVisible());
    QVERIFY(main->isVisible());
    QCOMPARE(main->roleText(), services::roleDisplayName(Role::Admin));
    QVERIFY(main->windowTitle().contains(QStringLiteral("Amira Haddad")));
    QVERIFY(main->windowTitle().contains(services::roleDisplayName(Role::Admin)));
    QCOMPARE(main->sectionTitles(),
             (QStringList{QStringLiteral("Staff accounts"), QStringLiteral("Patients"), QStringLiteral("Devices"),
                          QStringLiteral("Ledger"), QStringLiteral("Audit log"), QStringLiteral("Peers")}));
    QVERIFY(main->staffAdminPage() != nullptr);

    QPointer<ui::MainWindow> guard(main);
    QTest::mouseClick(button(main, "signOutButton"), Qt::LeftButton);
    QTRY_VERIFY(guard.isNull()); // every view of the session is gone
    QVERIFY(m_session->mainWindow() == nullptr);
    QVERIFY(login()->isVisible());
    QVERIFY(!m_workstation->isLoggedIn());
    QVERIFY(lineEdit(login(), "usernameEdit")->text().isEmpty());
    QVERIFY(lineEdit(login(), "passwordEdit")->text().isEmpty());
}

void TestGuiLogin::doctorChangesTemporaryPasswordFirst()
{
    typeLogin(login(), QStringLiteral("doctor"), kTemporaryPassword);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->changePasswordDialog() != nullptr, 15000);
    ui::ChangePasswordDialog *dialog = m_session->changePasswordDialog();
    QVERIFY(m_session->mainWindow() == nullptr); // nothing else before the new password

    // A repeat that differs is caught before anything is sent.
    typeInto(dialog->currentEdit(), kTemporaryPassword);
    typeInto(dialog->newEdit(), QStringLiteral("my own secret words"));
    typeInto(dialog->repeatEdit(), QStringLiteral("my own secret wordz"));
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("do not match")));

    // The service's own rule comes back inline, word for word.
    typeInto(dialog->newEdit(), QStringLiteral("short"));
    typeInto(dialog->repeatEdit(), QStringLiteral("short"));
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->messageLabel()->isVisible(), 15000);
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("at least")),
             qPrintable(dialog->messageLabel()->text()));
    QVERIFY(dialog->isVisible());

    typeInto(dialog->newEdit(), QStringLiteral("my own secret words"));
    typeInto(dialog->repeatEdit(), QStringLiteral("my own secret words"));
    QTest::keyClick(dialog->repeatEdit(), Qt::Key_Return); // the default button
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mainWindow() != nullptr, 15000);
    ui::MainWindow *main = m_session->mainWindow();
    QCOMPARE(main->roleText(), services::roleDisplayName(Role::Doctor));
    QVERIFY(main->windowTitle().contains(QStringLiteral("Dr. Claire Martin")));
    // The ledger is an administrator's screen.
    QCOMPARE(main->sectionTitles(), (QStringList{QStringLiteral("Patients"), QStringLiteral("Live vitals"),
                                                 QStringLiteral("Alerts")}));
    QVERIFY(main->staffAdminPage() == nullptr);
    QVERIFY(!main->user().mustChangePassword);

    // The new password is the one that works from now on.
    m_session->signOut();
    typeLogin(login(), QStringLiteral("doctor"), QStringLiteral("my own secret words"));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mainWindow() != nullptr, 15000);
    QVERIFY(m_session->changePasswordDialog() == nullptr);
}

void TestGuiLogin::wrongPasswordStaysOnLogin()
{
    typeLogin(login(), QStringLiteral("admin"), QStringLiteral("not the password"));
    QTRY_VERIFY_WITH_TIMEOUT(!login()->isBusy() && !login()->messageText().contains(QStringLiteral("Signing in")),
                             15000);
    QCOMPARE(login()->messageText(), QStringLiteral("The user name or password is incorrect."));
    QVERIFY(login()->isVisible());
    QVERIFY(m_session->mainWindow() == nullptr);
    QVERIFY(!m_workstation->isLoggedIn());
    QVERIFY(lineEdit(login(), "passwordEdit")->text().isEmpty());
    QCOMPARE(lineEdit(login(), "usernameEdit")->text(), QStringLiteral("admin"));

    // A success afterwards clears the failure count, so later tests start from zero.
    typeLogin(login(), QStringLiteral("admin"), kAdminPassword);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mainWindow() != nullptr, 15000);
}

void TestGuiLogin::formIsDisabledWhileSigningIn()
{
    typeLogin(login(), QStringLiteral("admin"), kAdminPassword);
    // The click returned at once: the work is on the worker thread, the form waits for it.
    QVERIFY(!lineEdit(login(), "usernameEdit")->isEnabled());
    QVERIFY(!lineEdit(login(), "passwordEdit")->isEnabled());
    QVERIFY(!button(login(), "signInButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mainWindow() != nullptr, 15000);
}

void TestGuiLogin::lockoutShowsLiveCountdown()
{
    for (int attempt = 1; attempt <= 5; ++attempt) {
        typeLogin(login(), QStringLiteral("nurse"), QStringLiteral("guessing %1").arg(attempt));
        QTRY_VERIFY_WITH_TIMEOUT(!login()->isBusy(), 15000);
    }
    QCOMPARE(login()->messageText(), QStringLiteral("Too many failed attempts. Try again in 0:30"));
    QVERIFY(!button(login(), "signInButton")->isEnabled());

    m_clock.advance(12);
    QTRY_COMPARE(login()->messageText(), QStringLiteral("Too many failed attempts. Try again in 0:18"));

    // Another user name is not locked: the button comes back for it.
    typeInto(lineEdit(login(), "usernameEdit"), QStringLiteral("admin"));
    QVERIFY(button(login(), "signInButton")->isEnabled());
    typeInto(lineEdit(login(), "usernameEdit"), QStringLiteral("nurse"));
    QVERIFY(!button(login(), "signInButton")->isEnabled());

    m_clock.advance(19);
    QTRY_COMPARE(login()->messageText(), QStringLiteral("You can try to sign in again now."));
    QVERIFY(button(login(), "signInButton")->isEnabled());
}

void TestGuiLogin::disabledAccountIsExplained()
{
    typeLogin(login(), QStringLiteral("gone"), kTemporaryPassword);
    QTRY_VERIFY_WITH_TIMEOUT(!login()->isBusy(), 15000);
    // A disabled account has no key slot left: the service may report it as disabled or as
    // wrong credentials, but never lets it in.
    QVERIFY(m_session->mainWindow() == nullptr);
    QVERIFY2(login()->messageText() == QStringLiteral("This account is disabled. Ask a clinic administrator to enable it.")
                 || login()->messageText() == QStringLiteral("The user name or password is incorrect."),
             qPrintable(login()->messageText()));
}

void TestGuiLogin::enterKeySignsIn()
{
    typeInto(lineEdit(login(), "usernameEdit"), QStringLiteral("admin"));
    QTest::keyClick(lineEdit(login(), "usernameEdit"), Qt::Key_Return); // moves on to the password
    QVERIFY(lineEdit(login(), "passwordEdit")->hasFocus() || !login()->isActiveWindow());
    QTest::keyClicks(lineEdit(login(), "passwordEdit"), kAdminPassword);
    QTest::keyClick(lineEdit(login(), "passwordEdit"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mainWindow() != nullptr, 15000);
}

QTEST_MAIN(TestGuiLogin)
#include "tst_gui_login.moc"
