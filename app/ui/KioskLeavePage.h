#pragma once

#include "services/ServiceTypes.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace careledger::ui {

class MessageLabel;
class ServiceRunner;

// Closing the kiosk: an administrator's user name and password. Nothing else leads out.
class KioskLeavePage : public QWidget {
    Q_OBJECT
public:
    explicit KioskLeavePage(ServiceRunner &runner, QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *leaveButton() const { return m_leave; }
    QPushButton *backButton() const { return m_back; }
    QString messageText() const;
    bool isBusy() const { return m_busy; }
    bool hasInput() const;
    void reset();

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void left();       // the kiosk is closed and the workstation signed out
    void backRequested();
    void attemptFinished(bool succeeded);

private:
    void setBusy(bool busy);

    ServiceRunner &m_runner;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_leave = nullptr;
    QPushButton *m_back = nullptr;
    MessageLabel *m_message = nullptr;
    bool m_busy = false;
};

} // namespace careledger::ui
