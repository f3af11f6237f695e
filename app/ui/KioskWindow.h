#pragma once

#include "services/KioskService.h"

#include <QWidget>

#include <chrono>

class QLabel;
class QStackedWidget;

namespace careledger::ui {

class IdleWatcher;
class KioskGuard;
class KioskHomePage;
class KioskLeavePage;
class KioskLoginPage;
class ServiceRunner;

struct KioskOptions {
    std::chrono::milliseconds idleTimeout{60000}; // sign-out after this long untouched
    std::chrono::milliseconds idleWarning{15000}; // the countdown shows for this last part
    QString saveDirectory; // where PDFs go; empty: the first removable drive
    bool fullScreen = true; // false only for screenshots and tests that size the window
};

// The patient kiosk: one frameless, always-on-top, full-screen window with the welcome
// screen, the signed-in patient's screens and the administrators' way out. No staff screen
// is reachable from it, no key or context menu leads out of it, and closing it is refused
// unless an administrator's password ended kiosk mode. Untouched for the idle time, it signs
// the patient out and clears every screen.
class KioskWindow : public QWidget {
    Q_OBJECT
public:
    KioskWindow(ServiceRunner &runner, services::Clock clock, KioskOptions options, QWidget *parent = nullptr);
    ~KioskWindow() override;

    void start(); // shows the window on the welcome screen and locks the keyboard shortcuts

    KioskLoginPage *loginPage() const { return m_login; }
    KioskHomePage *homePage() const { return m_home; }
    KioskLeavePage *leavePage() const { return m_leave; }
    QLabel *countdownBanner() const { return m_banner; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    KioskGuard *guard() const { return m_guard; }
    QWidget *currentPage() const;
    bool isPatientSignedIn() const;
    bool hasLeft() const { return m_left; }

public Q_SLOTS:
    // Ends the patient session and clears every screen (the Sign out button, the idle timer).
    void signOutPatient();

Q_SIGNALS:
    void patientSignedIn();
    void patientSignedOut();
    void left(); // an administrator closed the kiosk; the workstation is signed out

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showLogin();
    void onSignedIn(const services::PatientSession &session);
    void onIdleCountdown(int secondsLeft);
    void onIdleTimeout();
    void onLeft();
    bool hasSomethingToClear() const;

    ServiceRunner &m_runner;
    KioskOptions m_options;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_banner = nullptr;
    KioskLoginPage *m_login = nullptr;
    KioskHomePage *m_home = nullptr;
    KioskLeavePage *m_leave = nullptr;
    IdleWatcher *m_idle = nullptr;
    KioskGuard *m_guard = nullptr;
    bool m_left = false;
};

} // namespace careledger::ui
