#pragma once

#include "services/ServiceTypes.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace careledger::ui {

class MessageLabel;
class ServiceRunner;

// The first window: user name, password, Sign in. The login itself (scrypt, opening the
// store) runs on the ServiceRunner's thread with the form disabled meanwhile.
class LoginWindow : public QWidget {
    Q_OBJECT
public:
    explicit LoginWindow(ServiceRunner &runner, services::Clock clock = {}, QWidget *parent = nullptr);

    // Back to an empty form: after sign-out nothing of the last session stays visible.
    void reset();
    // A standing remark above the form, e.g. that no clinic data exists yet.
    void setNotice(const QString &notice);

    QString messageText() const;
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void loggedIn(const careledger::services::StaffAccount &account);
    void attemptFinished(bool succeeded);
    void quitRequested();

private:
    struct Outcome;
    void setBusy(bool busy);
    void finish(const Outcome &outcome);
    void showLockout(const QString &username, const QDateTime &until);
    void updateCountdown();
    void updateSignInEnabled();
    QDateTime now() const;

    ServiceRunner &m_runner;
    services::Clock m_clock;
    QLabel *m_notice = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    MessageLabel *m_message = nullptr;
    QTimer m_countdown;
    QString m_lockedUser;
    QDateTime m_lockedUntil;
    bool m_busy = false;
};

} // namespace careledger::ui
