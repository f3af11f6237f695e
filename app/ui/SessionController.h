#pragma once

#include "services/ServiceTypes.h"
#include "ui/KioskWindow.h"
#include "ui/ServiceRunner.h"

#include <QObject>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace careledger::services {
class Workstation;
}

namespace careledger::ui {

class ChangePasswordDialog;
class LoginWindow;
class MainWindow;

// The path through the windows: login → (a required password change) → main window →
// sign-out → login; or, for an administrator on a kiosk workstation, login → patient kiosk
// → (an administrator's password) → login. Owns the ServiceRunner every window uses.
class SessionController : public QObject {
    Q_OBJECT
public:
    explicit SessionController(services::Workstation &workstation, services::Clock clock = {},
                               QObject *parent = nullptr);
    ~SessionController() override;
    Q_DISABLE_COPY_MOVE(SessionController)

    void start();

    ServiceRunner &runner() { return m_runner; }
    LoginWindow *loginWindow() const { return m_login.get(); }
    MainWindow *mainWindow() const;
    ChangePasswordDialog *changePasswordDialog() const;
    KioskWindow *kioskWindow() const;

    // `careledger --kiosk`: the next administrator's sign-in opens the kiosk (as does the
    // workstation setting); leaving the kiosk clears it again.
    void setKioskRequested(bool requested) { m_kioskRequested = requested; }
    void setKioskOptions(KioskOptions options) { m_kioskOptions = std::move(options); }

public Q_SLOTS:
    void signOut();
    void quit();
    // An administrator's session becomes the patient kiosk (the staff session ends).
    void openKiosk();

Q_SIGNALS:
    void signedIn(const careledger::services::StaffAccount &account);
    void signedOut();

private:
    void onLoggedIn(const services::StaffAccount &account);
    void openMainWindow(const services::StaffAccount &account);
    void continueAfterSignIn(const services::StaffAccount &account);
    void enterKiosk(const services::StaffAccount &admin);
    void onKioskLeft();
    void endSession();

    services::Workstation &m_workstation;
    services::Clock m_clock;
    ServiceRunner m_runner;
    std::unique_ptr<LoginWindow> m_login;
    QPointer<MainWindow> m_main;
    QPointer<ChangePasswordDialog> m_changePassword;
    QPointer<KioskWindow> m_kiosk;
    KioskOptions m_kioskOptions;
    bool m_kioskRequested = false;
    // Service calls run on the runner's worker thread, so block sealing is scheduled from here
    // onto that same thread rather than by a timer inside the Workstation.
    QTimer m_sealTimer;
    bool m_sealQueued = false;
    // Windows of ended sessions waiting for deleteLater; deleted at once if the controller
    // goes first (after the event loop has stopped, deleteLater would never run).
    QList<QPointer<QWidget>> m_retired;
};

} // namespace careledger::ui
