#pragma once

#include "services/KioskService.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace careledger::ui {

class MessageLabel;
class PinKeypad;
class ServiceRunner;

// The kiosk's welcome screen: record number and PIN, typed on the on-screen keypad or the
// keyboard. Repeated wrong PINs lock the record number for a while; the screen says until when.
class KioskLoginPage : public QWidget {
    Q_OBJECT
public:
    KioskLoginPage(ServiceRunner &runner, services::Clock clock, QWidget *parent = nullptr);

    QLineEdit *mrnEdit() const { return m_mrn; }
    QLineEdit *pinEdit() const { return m_pin; }
    PinKeypad *keypad() const { return m_keypad; }
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *staffButton() const { return m_staff; }
    MessageLabel *messageLabel() const { return m_message; }
    QString messageText() const;
    bool isBusy() const { return m_busy; }
    bool hasInput() const;

    // Back to an empty form (after sign-out, idle, or when the kiosk opens).
    void reset();

public Q_SLOTS:
    void submit();

Q_SIGNALS:
    void signedIn(const careledger::services::PatientSession &session);
    void attemptFinished(bool succeeded);
    void staffRequested();

private:
    struct Outcome;
    void finish(const Outcome &outcome);
    void updateCountdown();
    void updateState();
    void setBusy(bool busy);
    QDateTime now() const;

    ServiceRunner &m_runner;
    services::Clock m_clock;
    QLineEdit *m_mrn = nullptr;
    QLineEdit *m_pin = nullptr;
    PinKeypad *m_keypad = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_staff = nullptr;
    MessageLabel *m_message = nullptr;
    QTimer m_countdown;
    QString m_lockedMrn; // digits only
    QDateTime m_lockedUntil;
    bool m_busy = false;
    quint64 m_generation = 0; // a reset makes answers to earlier attempts void
};

} // namespace careledger::ui
