#include "ui/SessionController.h"

#include "ui/ChangePasswordDialog.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"

#include "services/KioskService.h"

#include <QCoreApplication>
#include <QStatusBar>

namespace careledger::ui {

SessionController::SessionController(services::Workstation &workstation, services::Clock clock, QObject *parent)
    : QObject(parent), m_workstation(workstation), m_clock(std::move(clock)), m_runner(workstation),
      m_login(std::make_unique<LoginWindow>(m_runner, m_clock))
{
    connect(m_login.get(), &LoginWindow::loggedIn, this, &SessionController::onLoggedIn);
    connect(m_login.get(), &LoginWindow::quitRequested, this, &SessionController::quit);
    connect(&m_sealTimer, &QTimer::timeout, this, [this] {
        if (m_sealQueued) {
            return; // the previous one still waits behind a slow call: do not pile them up
        }
        m_sealQueued = true;
        m_runner.run(
            this, [](services::Workstation &ws) { return ws.sealIfDue(); },
            [this](const services::ServiceResult<int> &) { m_sealQueued = false; });
    });
}

SessionController::~SessionController()
{
    endSession();
    for (const QPointer<QWidget> &window : std::as_const(m_retired)) {
        delete window.data();
    }
}

MainWindow *SessionController::mainWindow() const
{
    return m_main;
}

ChangePasswordDialog *SessionController::changePasswordDialog() const
{
    return m_changePassword;
}

KioskWindow *SessionController::kioskWindow() const
{
    return m_kiosk;
}

void SessionController::start()
{
    if (!services::Workstation::storeExists(m_runner.dataDir())) {
        m_login->setNotice(tr("No clinic data was found in this folder. Create it with “careledger-admin init”, "
                              "or start CareLedger with --demo to try it with demo accounts."));
    }
    m_login->reset();
    m_login->show();
    m_login->activateWindow();
}

void SessionController::onLoggedIn(const services::StaffAccount &account)
{
    m_login->hide();
    if (!account.mustChangePassword) {
        continueAfterSignIn(account);
        return;
    }
    auto *dialog = new ChangePasswordDialog(m_runner, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_changePassword = dialog;
    connect(dialog, &QDialog::accepted, this, [this, account] {
        services::StaffAccount changed = account;
        changed.mustChangePassword = false;
        continueAfterSignIn(changed);
    });
    // Without its own password nobody goes further: cancelling signs out.
    connect(dialog, &QDialog::rejected, this, &SessionController::signOut);
    dialog->show();
}

void SessionController::continueAfterSignIn(const services::StaffAccount &account)
{
    // Asked on the worker thread: the setting is in the encrypted store.
    m_runner.run(
        this, [](services::Workstation &ws) { return ws.kiosk().kioskOnStart(); },
        [this, account](const services::ServiceResult<bool> &onStart) {
            const bool kiosk = m_kioskRequested || (onStart.ok() && onStart.value());
            if (kiosk && account.role == services::Role::Admin) {
                enterKiosk(account);
                return;
            }
            openMainWindow(account);
            if (kiosk && m_main) {
                m_main->statusBar()->showMessage(
                    tr("This workstation is set to be the patient kiosk: an administrator signs in to open it."));
            }
        });
}

void SessionController::openKiosk()
{
    if (!m_main || m_main->user().role != services::Role::Admin) {
        return;
    }
    // The staff window goes first: nothing of it may stay reachable behind the kiosk.
    const services::StaffAccount admin = m_main->user();
    m_main->disconnect(this);
    m_main->hide();
    m_main->deleteLater();
    m_retired << m_main.data();
    m_main = nullptr;
    enterKiosk(admin);
}

void SessionController::enterKiosk(const services::StaffAccount &admin)
{
    m_runner.cancelLongJobs();
    m_runner.run(
        this, [](services::Workstation &ws) { return ws.kiosk().enterKiosk(); },
        [this, admin](const services::ServiceStatus &status) {
            if (!status.ok()) {
                // The administrator's session goes on in the main window, with the reason.
                openMainWindow(admin);
                if (m_main) {
                    m_main->statusBar()->showMessage(tr("The patient kiosk cannot be opened: %1").arg(status.message()));
                }
                return;
            }
            auto *kiosk = new KioskWindow(m_runner, m_clock, m_kioskOptions);
            m_kiosk = kiosk;
            connect(kiosk, &KioskWindow::left, this, &SessionController::onKioskLeft);
            kiosk->start();
            if (const auto interval = m_workstation.sealInterval(); interval.count() > 0) {
                m_sealTimer.start(interval); // the store stays unlocked: patients' grants are sealed too
            }
        });
}

void SessionController::onKioskLeft()
{
    m_kioskRequested = false;
    endSession();
    m_login->reset();
    m_login->show();
    m_login->activateWindow();
    Q_EMIT signedOut();
}

void SessionController::openMainWindow(const services::StaffAccount &account)
{
    auto *window = new MainWindow(m_runner, account, m_clock);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_main = window;
    connect(window, &MainWindow::signOutRequested, this, &SessionController::signOut);
    connect(window, &MainWindow::quitRequested, this, &SessionController::quit);
    connect(window, &MainWindow::kioskRequested, this, &SessionController::openKiosk);
    window->show();
    if (const auto interval = m_workstation.sealInterval(); interval.count() > 0) {
        m_sealTimer.start(interval);
    }
    Q_EMIT signedIn(account);
}

void SessionController::endSession()
{
    if (m_changePassword) {
        m_changePassword->disconnect(this);
        m_changePassword->hide();
        m_changePassword->deleteLater();
        m_retired << m_changePassword.data();
        m_changePassword = nullptr;
    }
    if (m_main) {
        m_main->disconnect(this);
        m_main->hide();
        // Later, not now: the sign-out may come from one of its own buttons. Hidden at once,
        // and no longer reachable from here, its pages and models go with the next event loop turn.
        m_main->deleteLater();
        m_retired << m_main.data();
        m_main = nullptr;
    }
    if (m_kiosk) {
        m_kiosk->disconnect(this);
        m_kiosk->hide();
        m_kiosk->deleteLater();
        m_retired << m_kiosk.data();
        m_kiosk = nullptr;
    }
    m_retired.removeAll(nullptr);
    m_sealTimer.stop();
    // A verification under way stops at its next block; jobs already queued finish first.
    // None touches a closed session.
    m_runner.cancelLongJobs();
    m_runner.waitForIdle();
    if (m_workstation.isLoggedIn() || m_workstation.kiosk().inKiosk()) {
        m_workstation.logout();
    }
}

void SessionController::signOut()
{
    endSession();
    m_login->reset();
    m_login->show();
    m_login->activateWindow();
    Q_EMIT signedOut();
}

void SessionController::quit()
{
    endSession();
    m_login->hide();
    QCoreApplication::quit();
}

} // namespace careledger::ui
