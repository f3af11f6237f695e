#include "ScreenshotTour.h"

#include "services/Workstation.h"
#include "ui/BlockTableModel.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/LedgerPage.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/NewAccountDialog.h"
#include "ui/ServiceRunner.h"
#include "ui/StaffAdminPage.h"
#include "ui/StaffTableModel.h"
#include "ui/TemporaryPasswordDialog.h"
#include "ui/TransactionTableModel.h"
#include "ui/VerifyPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPixmap>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

namespace careledger::app {

using services::Role;
using services::StaffAccount;

namespace {

// Throw-away passwords for the throw-away clinic; never the demo clinic's.
const QString kAdminPassword = QStringLiteral("quiet harbour lantern");
const QString kStaffPassword = QStringLiteral("amber meadow sketch");
const QString kChangedPassword = QStringLiteral("violet river compass");

template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

} // namespace

ScreenshotTour::ScreenshotTour(QString outputDir, QString language)
    : m_outputDir(std::move(outputDir)), m_language(std::move(language))
{
}

QString ScreenshotTour::fileName(const QString &name) const
{
    const QString suffix = m_language == QStringLiteral("en") ? QString() : QLatin1Char('-') + m_language;
    return QDir(m_outputDir).filePath(name + suffix + QStringLiteral(".png"));
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    settle();
    const QString path = fileName(name);
    if (!widget->grab().save(path, "PNG")) {
        return fail(tr("cannot write %1").arg(path));
    }
    m_written << path;
    return true;
}

bool ScreenshotTour::fail(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(tr("careledger --screenshots: %1").arg(what)));
    return false;
}

bool ScreenshotTour::signIn(ui::LoginWindow &login, const QString &username, const QString &password)
{
    login.reset();
    login.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(username);
    login.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
    bool finished = false;
    bool succeeded = false;
    const auto connection = QObject::connect(&login, &ui::LoginWindow::attemptFinished, &login, [&](bool ok) {
        finished = true;
        succeeded = ok;
    });
    login.submit();
    const bool inTime = waitUntil([&] { return finished; });
    QObject::disconnect(connection);
    if (!inTime) {
        return fail(tr("signing in as %1 took too long").arg(username));
    }
    return succeeded;
}

bool ScreenshotTour::tourLedger(ui::MainWindow &main)
{
    main.resize(1180, 860);
    main.showSection(ui::Section::Ledger);
    ui::LedgerPage *page = main.ledgerPage();
    if (!page) {
        return fail(tr("the administrator has no Ledger page"));
    }
    const auto idle = [page] { return !page->isBusy() && page->blockModel()->rowCount() > 0; };
    if (!waitUntil(idle)) {
        return fail(tr("the ledger did not load"));
    }
    // The first sealed block holds two key registrations: the administrator's and a doctor's.
    for (const services::BlockSummary &block : page->blockModel()->blocks()) {
        if (block.height == 1) {
            page->selectBlock(block.hash);
        }
    }
    if (!waitUntil([&] { return idle() && page->transactionModel()->rowCount() > 0; })) {
        return fail(tr("the transactions of a block did not load"));
    }
    page->blockView()->setFocus();
    if (!save(&main, QStringLiteral("ledger"))) {
        return false;
    }

    ui::VerifyPanel *verify = page->verifyPanel();
    verify->start();
    if (!waitUntil([&] { return !verify->isRunning() && idle() && page->transactionModel()->rowCount() > 0; })) {
        return fail(tr("the verification did not finish"));
    }
    return save(&main, QStringLiteral("ledger-verify"));
}

int ScreenshotTour::run()
{
    if (!QDir().mkpath(m_outputDir)) {
        fail(tr("cannot create the folder %1").arg(m_outputDir));
        return 1;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        fail(tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
        return 1;
    }
    if (!tour(scratch.filePath(QStringLiteral("clinic")))) {
        return 1;
    }
    for (const QString &path : std::as_const(m_written)) {
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    }
    return 0;
}

bool ScreenshotTour::tour(const QString &clinicDir)
{
    services::WorkstationOptions options;
    options.kdfCost = 1u << 10;
    options.sealInterval = std::chrono::milliseconds(0); // blocks are sealed where the tour says
    if (const auto init = services::Workstation::initialize(clinicDir, QStringLiteral("admin"),
                                                            QStringLiteral("Amira Haddad"), kAdminPassword, options);
        !init.ok()) {
        return fail(init.message());
    }
    services::Workstation workstation(clinicDir, options);
    ui::ServiceRunner runner(workstation);

    ui::LoginWindow login(runner);
    login.resize(460, 580);
    login.show();
    if (!save(&login, QStringLiteral("login"))) {
        return false;
    }

    // Administrator: a small staff list, one account disabled.
    if (!signIn(login, QStringLiteral("admin"), kAdminPassword)) {
        return fail(tr("the administrator cannot sign in"));
    }
    login.hide();
    const auto admin = workstation.currentUser();
    if (!admin) {
        return fail(tr("no administrator session"));
    }
    struct NewStaff {
        const char *username;
        const char *name;
        Role role;
        bool disabled;
    };
    const NewStaff staff[] = {
        {"doctor", "Dr. Claire Martin", Role::Doctor, false},
        {"nurse", "Piotr Kowalski", Role::Nurse, false},
        {"jdupont", "Dr. Jeanne Dupont", Role::Doctor, false},
        {"lbernard", "Léa Bernard", Role::Nurse, false},
        {"okhalil", "Dr. Omar Khalil", Role::Doctor, true},
    };
    qint64 disabledId = 0;
    qint64 resetId = 0;
    for (const NewStaff &s : staff) {
        const auto created = workstation.staff().create(QString::fromUtf8(s.username), QString::fromUtf8(s.name),
                                                        s.role, kStaffPassword);
        if (!created.ok()) {
            return fail(created.message());
        }
        if (s.disabled) {
            disabledId = created->id;
            if (const auto disabled = workstation.staff().disable(disabledId); !disabled.ok()) {
                return fail(disabled.message());
            }
        }
        if (QLatin1String(s.username) == QLatin1String("jdupont")) {
            resetId = created->id;
        }
        // Each account's key registration goes on the chain: a few blocks for the Ledger page.
        if (QLatin1String(s.username) != QLatin1String("doctor")) {
            if (const auto sealed = workstation.sealNow(); !sealed.ok()) {
                return fail(sealed.message());
            }
        }
    }

    {
        ui::MainWindow main(runner, *admin);
        main.resize(1180, 720);
        main.show();
        ui::StaffAdminPage *page = main.staffAdminPage();
        if (!page || !waitUntil([&] { return !page->isBusy() && page->model()->rowCount() > 0; })) {
            return fail(tr("the staff accounts did not load"));
        }
        if (!save(&main, QStringLiteral("main-admin"))) {
            return false;
        }

        const int row = page->model()->rowOfId(disabledId);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(page->view()->model());
        page->view()->selectionModel()->setCurrentIndex(proxy->mapFromSource(page->model()->index(row, 0)),
                                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        page->view()->setFocus();
        if (!save(&main, QStringLiteral("staff-accounts"))) {
            return false;
        }

        page->newAccount();
        auto *newAccount = page->findChild<ui::NewAccountDialog *>();
        if (!newAccount) {
            return fail(tr("the new-account dialog did not open"));
        }
        newAccount->usernameEdit()->setText(QStringLiteral("mokafor"));
        newAccount->displayNameEdit()->setText(QStringLiteral("Mei Okafor"));
        newAccount->roleCombo()->setCurrentIndex(newAccount->roleCombo()->findData(services::roleId(Role::Nurse)));
        newAccount->passwordEdit()->setText(QStringLiteral("welcome-to-the-ward"));
        newAccount->repeatEdit()->setText(QStringLiteral("welcome-to-the-wart"));
        newAccount->adjustSize();
        if (!save(newAccount, QStringLiteral("new-account"))) {
            return false;
        }
        newAccount->reject();
        settle();

        page->enableSelected();
        auto *enable = page->findChild<ui::TemporaryPasswordDialog *>();
        if (!enable) {
            return fail(tr("the enable-account dialog did not open"));
        }
        enable->adjustSize();
        if (!save(enable, QStringLiteral("enable-account"))) {
            return false;
        }
        enable->reject();
        settle();

        // The Ledger: one more key registration waits for the next block.
        runner.waitForIdle();
        if (const auto reset = workstation.staff().resetPassword(resetId, QStringLiteral("another temporary phrase"));
            !reset.ok()) {
            return fail(reset.message());
        }
        if (!tourLedger(main)) {
            return false;
        }
        main.hide();
        runner.waitForIdle();
    }
    workstation.logout();

    // Doctor: first sign-in with the temporary password asks for a new one.
    if (!signIn(login, QStringLiteral("doctor"), kStaffPassword)) {
        return fail(tr("the doctor cannot sign in"));
    }
    const auto doctor = workstation.currentUser();
    {
        ui::ChangePasswordDialog change(runner, doctor && doctor->mustChangePassword);
        change.currentEdit()->setText(kStaffPassword);
        change.show();
        change.adjustSize();
        change.newEdit()->setFocus();
        if (!save(&change, QStringLiteral("change-password"))) {
            return false;
        }
    }
    if (const auto changed = workstation.changeOwnPassword(kStaffPassword, kChangedPassword); !changed.ok()) {
        return fail(changed.message());
    }
    {
        ui::MainWindow main(runner, *workstation.currentUser());
        main.resize(1180, 720);
        main.show();
        if (!save(&main, QStringLiteral("main-doctor"))) {
            return false;
        }
    }
    workstation.logout();

    if (!signIn(login, QStringLiteral("nurse"), kStaffPassword)) {
        return fail(tr("the nurse cannot sign in"));
    }
    {
        ui::MainWindow main(runner, *workstation.currentUser());
        main.resize(1180, 720);
        main.show();
        if (!save(&main, QStringLiteral("main-nurse"))) {
            return false;
        }
    }
    workstation.logout();

    // Wrong password, then enough of them to lock the account.
    login.show();
    if (signIn(login, QStringLiteral("doctor"), QStringLiteral("not-my-password"))) {
        return fail(tr("a wrong password was accepted"));
    }
    login.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setFocus();
    if (!save(&login, QStringLiteral("login-error"))) {
        return false;
    }
    for (int attempt = 0; attempt < 12; ++attempt) {
        signIn(login, QStringLiteral("doctor"), QStringLiteral("still-not-my-password"));
        if (!workstation.lockedUntil(QStringLiteral("doctor")).isValid()) {
            continue;
        }
        return save(&login, QStringLiteral("login-locked"));
    }
    return fail(tr("the account did not lock after repeated wrong passwords"));
}

} // namespace careledger::app
