// Staff administration through the widgets, as an administrator does it.

#include "GuiTestSupport.h"

#include "ui/ChangePasswordDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageLabel.h"
#include "ui/NewAccountDialog.h"
#include "ui/StaffAdminPage.h"
#include "ui/StaffTableModel.h"
#include "ui/TemporaryPasswordDialog.h"

#include <QComboBox>
#include <QListWidget>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;
using namespace careledger::gui_testing;
using services::Role;

class TestGuiStaffAdmin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createDisableEnable();
    void serviceErrorsStayInTheDialog();
    void ownAccountCannotBeDisabledHere();
    void filterNarrowsTheList();
    void everyControlHasAnAccessibleName();
    void doctorHasNoStaffSection();

private:
    ui::MainWindow *signIn(const QString &username, const QString &password);
    ui::StaffAdminPage *adminPage();
    int proxyRowOf(ui::StaffAdminPage *page, const QString &username) const;
    std::optional<services::StaffAccount> account(ui::StaffAdminPage *page, const QString &username) const;
    template <typename Dialog>
    Dialog *waitForDialog(QWidget *parent);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<services::Workstation> m_workstation;
    std::unique_ptr<ui::SessionController> m_session;
};

void TestGuiStaffAdmin::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString dataDir = m_dir.filePath(QStringLiteral("clinic"));
    const auto init = services::Workstation::initialize(dataDir, QStringLiteral("admin"), QStringLiteral("Amira Haddad"),
                                                        kAdminPassword, options(m_clock));
    QVERIFY2(init.ok(), qPrintable(init.message()));
    m_workstation = std::make_unique<services::Workstation>(dataDir, options(m_clock));
    m_session = std::make_unique<ui::SessionController>(*m_workstation, m_clock.clock());
    m_session->start();
}

void TestGuiStaffAdmin::cleanupTestCase()
{
    m_session.reset();
}

ui::MainWindow *TestGuiStaffAdmin::signIn(const QString &username, const QString &password)
{
    if (m_session->mainWindow()) {
        m_session->signOut();
    }
    typeLogin(m_session->loginWindow(), username, password);
    (void)QTest::qWaitFor([this] { return m_session->mainWindow() || m_session->changePasswordDialog(); }, 15000);
    return m_session->mainWindow();
}

ui::StaffAdminPage *TestGuiStaffAdmin::adminPage()
{
    ui::MainWindow *main = m_session->mainWindow();
    if (!main || main->user().role != Role::Admin) {
        main = signIn(QStringLiteral("admin"), kAdminPassword);
    }
    if (!main) {
        return nullptr;
    }
    ui::StaffAdminPage *page = main->staffAdminPage();
    (void)QTest::qWaitFor([page] { return !page->isBusy() && page->model()->rowCount() > 0; }, 15000);
    return page;
}

int TestGuiStaffAdmin::proxyRowOf(ui::StaffAdminPage *page, const QString &username) const
{
    const QAbstractItemModel *proxy = page->view()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, ui::StaffTableModel::Username).data().toString() == username) {
            return row;
        }
    }
    return -1;
}

std::optional<services::StaffAccount> TestGuiStaffAdmin::account(ui::StaffAdminPage *page,
                                                                 const QString &username) const
{
    for (const auto &a : page->model()->accounts()) {
        if (a.username == username) {
            return a;
        }
    }
    return std::nullopt;
}

template <typename Dialog>
Dialog *TestGuiStaffAdmin::waitForDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    (void)QTest::qWaitFor([&] {
        dialog = parent->findChild<Dialog *>();
        return dialog && dialog->isVisible();
    }, 5000);
    return dialog;
}

void TestGuiStaffAdmin::createDisableEnable()
{
    ui::StaffAdminPage *page = adminPage();
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 1); // the administrator alone

    // New account from the keyboard shortcut.
    ui::MainWindow *main = m_session->mainWindow();
    main->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(main));
    QTest::keyClick(main, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = waitForDialog<ui::NewAccountDialog>(page);
    QVERIFY(dialog);
    QPointer<ui::NewAccountDialog> dialogGuard(dialog);
    typeInto(dialog->usernameEdit(), QStringLiteral("jdupont"));
    typeInto(dialog->displayNameEdit(), QStringLiteral("Dr. Jeanne Dupont"));
    dialog->roleCombo()->setCurrentIndex(dialog->roleCombo()->findData(services::roleId(Role::Doctor)));
    typeInto(dialog->passwordEdit(), kTemporaryPassword);
    typeInto(dialog->repeatEdit(), kTemporaryPassword);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialogGuard.isNull() || !dialogGuard->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(account(page, QStringLiteral("jdupont")).has_value() && !page->isBusy(), 15000);
    auto created = account(page, QStringLiteral("jdupont"));
    QCOMPARE(created->displayName, QStringLiteral("Dr. Jeanne Dupont"));
    QCOMPARE(created->role, Role::Doctor);
    QVERIFY(created->enabled);
    QVERIFY(created->mustChangePassword);
    QVERIFY(page->messageText().contains(QStringLiteral("jdupont")));

    // The new row is selected; the buttons follow the selection.
    const int row = proxyRowOf(page, QStringLiteral("jdupont"));
    QVERIFY(row >= 0);
    page->view()->selectRow(row);
    QVERIFY(button(page, "disableButton")->isEnabled());
    QVERIFY(button(page, "resetPasswordButton")->isEnabled());
    QVERIFY(!button(page, "enableButton")->isEnabled());

    // Disable, confirmed in a message box whose default is Cancel.
    QTest::mouseClick(button(page, "disableButton"), Qt::LeftButton);
    auto *box = waitForDialog<QMessageBox>(page);
    QVERIFY(box);
    QVERIFY(box->defaultButton() != box->findChild<QPushButton *>(QStringLiteral("confirmButton")));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!account(page, QStringLiteral("jdupont"))->enabled && !page->isBusy(), 15000);
    const int disabledRow = proxyRowOf(page, QStringLiteral("jdupont"));
    QCOMPARE(page->view()->model()->index(disabledRow, ui::StaffTableModel::Status).data().toString(),
             QStringLiteral("Disabled"));
    page->view()->selectRow(disabledRow);
    QVERIFY(!button(page, "disableButton")->isEnabled());
    QVERIFY(!button(page, "resetPasswordButton")->isEnabled());
    QVERIFY(button(page, "enableButton")->isEnabled());

    // Enable again with a temporary password.
    QTest::mouseClick(button(page, "enableButton"), Qt::LeftButton);
    auto *enable = waitForDialog<ui::TemporaryPasswordDialog>(page);
    QVERIFY(enable);
    QCOMPARE(enable->mode(), ui::TemporaryPasswordDialog::Mode::Enable);
    QPointer<ui::TemporaryPasswordDialog> enableGuard(enable);
    typeInto(enable->passwordEdit(), QStringLiteral("back again, new staple"));
    typeInto(enable->repeatEdit(), QStringLiteral("back again, new staple"));
    QTest::keyClick(enable->repeatEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(enableGuard.isNull() || !enableGuard->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(account(page, QStringLiteral("jdupont"))->enabled && !page->isBusy(), 15000);
    QVERIFY(account(page, QStringLiteral("jdupont"))->mustChangePassword);
    QCOMPARE(page->view()->model()->index(proxyRowOf(page, QStringLiteral("jdupont")), ui::StaffTableModel::Status)
                 .data()
                 .toString(),
             QStringLiteral("Enabled"));

    // The re-enabled colleague signs in with that password and must replace it.
    signIn(QStringLiteral("jdupont"), QStringLiteral("back again, new staple"));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->changePasswordDialog() != nullptr, 15000);
    m_session->signOut();
}

void TestGuiStaffAdmin::serviceErrorsStayInTheDialog()
{
    ui::StaffAdminPage *page = adminPage();
    QVERIFY(page);
    QTest::mouseClick(button(page, "newAccountButton"), Qt::LeftButton);
    auto *dialog = waitForDialog<ui::NewAccountDialog>(page);
    QVERIFY(dialog);

    // Checked before sending: an empty field, then passwords that differ.
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("Enter a user name."));
    typeInto(dialog->usernameEdit(), QStringLiteral("admin"));
    typeInto(dialog->displayNameEdit(), QStringLiteral("Someone Else"));
    typeInto(dialog->passwordEdit(), kTemporaryPassword);
    typeInto(dialog->repeatEdit(), QStringLiteral("something else entirely"));
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("The two passwords do not match."));

    // Refused by the service: the user name is taken. Its message is shown, the form kept.
    typeInto(dialog->repeatEdit(), kTemporaryPassword);
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->messageLabel()->kind(), ui::MessageLabel::Kind::Error);
    QVERIFY(!dialog->messageLabel()->text().isEmpty());
    QCOMPARE(dialog->displayNameEdit()->text(), QStringLiteral("Someone Else"));

    // Refused by the password policy.
    typeInto(dialog->usernameEdit(), QStringLiteral("someone"));
    typeInto(dialog->passwordEdit(), QStringLiteral("short"));
    typeInto(dialog->repeatEdit(), QStringLiteral("short"));
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral("at least")),
             qPrintable(dialog->messageLabel()->text()));
    QVERIFY(!account(page, QStringLiteral("someone")).has_value());

    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestGuiStaffAdmin::ownAccountCannotBeDisabledHere()
{
    ui::StaffAdminPage *page = adminPage();
    QVERIFY(page);
    page->view()->selectRow(proxyRowOf(page, QStringLiteral("admin")));
    QVERIFY(!button(page, "disableButton")->isEnabled());
    QVERIFY(!button(page, "resetPasswordButton")->isEnabled());
    QVERIFY(!button(page, "enableButton")->isEnabled());
    page->view()->clearSelection();
    QVERIFY(!button(page, "disableButton")->isEnabled());
    QVERIFY(button(page, "newAccountButton")->isEnabled());
}

void TestGuiStaffAdmin::filterNarrowsTheList()
{
    ui::StaffAdminPage *page = adminPage();
    QVERIFY(page);
    QLineEdit *filter = lineEdit(page, "staffFilterEdit");
    typeInto(filter, QStringLiteral("dupont"));
    QCOMPARE(page->view()->model()->rowCount(), 1);
    typeInto(filter, QStringLiteral("administrator")); // the role's display name
    QCOMPARE(page->view()->model()->rowCount(), 1);
    filter->clear();
    QCOMPARE(page->view()->model()->rowCount(), page->model()->rowCount());
}

// What a screen reader announces for each control a keyboard user can reach with Tab.
static QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisibleTo(root) && (w->focusPolicy() & Qt::TabFocus) && w->accessibleName().isEmpty()) {
            unnamed << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()),
                                                       w->objectName());
        }
    }
    return unnamed;
}

void TestGuiStaffAdmin::everyControlHasAnAccessibleName()
{
    ui::StaffAdminPage *page = adminPage();
    QVERIFY(page);
    ui::MainWindow *main = m_session->mainWindow();
    QVERIFY2(unnamedControls(main).isEmpty(), qPrintable(unnamedControls(main).join(QLatin1Char(','))));

    QTest::mouseClick(button(page, "newAccountButton"), Qt::LeftButton);
    auto *newAccount = waitForDialog<ui::NewAccountDialog>(page);
    QVERIFY(newAccount);
    QVERIFY2(unnamedControls(newAccount).isEmpty(), qPrintable(unnamedControls(newAccount).join(QLatin1Char(','))));
    newAccount->reject();

    main->changePassword();
    auto *change = waitForDialog<ui::ChangePasswordDialog>(main);
    QVERIFY(change);
    QVERIFY2(unnamedControls(change).isEmpty(), qPrintable(unnamedControls(change).join(QLatin1Char(','))));
    change->reject();

    ui::LoginWindow *login = m_session->loginWindow();
    QVERIFY2(unnamedControls(login).isEmpty(), qPrintable(unnamedControls(login).join(QLatin1Char(','))));
}

void TestGuiStaffAdmin::doctorHasNoStaffSection()
{
    ui::StaffAdminPage *page = adminPage();
    QVERIFY(page);
    if (!account(page, QStringLiteral("cmartin"))) {
        const auto created = m_workstation->staff().create(QStringLiteral("cmartin"), QStringLiteral("Dr. Claire Martin"),
                                                           Role::Doctor, kTemporaryPassword);
        QVERIFY(created.ok());
    }
    m_session->signOut();
    typeLogin(m_session->loginWindow(), QStringLiteral("cmartin"), kTemporaryPassword);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->changePasswordDialog() != nullptr, 15000);
    ui::ChangePasswordDialog *change = m_session->changePasswordDialog();
    typeInto(change->currentEdit(), kTemporaryPassword);
    typeInto(change->newEdit(), QStringLiteral("claire's own phrase"));
    typeInto(change->repeatEdit(), QStringLiteral("claire's own phrase"));
    QTest::mouseClick(change->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->mainWindow() != nullptr, 15000);

    ui::MainWindow *main = m_session->mainWindow();
    QCOMPARE(main->user().role, Role::Doctor);
    QVERIFY(main->staffAdminPage() == nullptr);
    QVERIFY(!main->sectionTitles().contains(QStringLiteral("Staff accounts")));
    QCOMPARE(main->navigation()->count(), 3); // patients, live vitals, alerts
    QVERIFY(main->findChild<ui::StaffAdminPage *>() == nullptr);
    // And the service agrees: a doctor cannot list staff, whatever the front end shows.
    m_session->runner().waitForIdle();
    QCOMPARE(m_workstation->staff().list().code(), services::ServiceError::PermissionDenied);
}

QTEST_MAIN(TestGuiStaffAdmin)
#include "tst_gui_staff_admin.moc"
