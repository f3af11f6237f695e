#pragma once

#include "services/VitalsService.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QMainWindow;
class QSystemTrayIcon;
class QTimer;

namespace careledger::ui {

// Tells the person at the workstation about a high-priority or escalated alert at once:
// always in the status bar, and, when the window is not the active one, through the
// desktop's notification area or by asking the window system for attention.
class AlertNotifier : public QObject {
    Q_OBJECT
public:
    using MrnLookup = std::function<QString(const services::PatientId &)>;

    AlertNotifier(services::VitalsService &vitals, QMainWindow *window, MrnLookup mrnOf);
    ~AlertNotifier() override;

    // The text a notification shows for `notice` (no patient name: see the .cpp).
    QString notificationText(const services::AlertNotice &notice) const;
    static bool wantsAttention(const services::AlertNotice &notice);
    QString lastNotification() const { return m_last; }
    int notificationCount() const { return m_count; }

public Q_SLOTS:
    void notify(const careledger::services::AlertNotice &notice);
    // Delivers the notifications that waited for their patient's record number, when it is
    // now known or they have waited long enough. Called after the alert list reloads.
    void retryPending();

Q_SIGNALS:
    void notified(const QString &text);

private:
    struct Pending {
        services::AlertNotice notice;
        QDeadlineTimer deadline;
    };
    void deliver(const services::AlertNotice &notice);

    QPointer<QMainWindow> m_window;
    MrnLookup m_mrnOf;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_retry = nullptr;
    QList<Pending> m_pending;
    QString m_last;
    int m_count = 0;
};

} // namespace careledger::ui
