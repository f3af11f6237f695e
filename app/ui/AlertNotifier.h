#pragma once

#include "services/VitalsService.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QMainWindow;
class QSystemTrayIcon;

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

Q_SIGNALS:
    void notified(const QString &text);

private:
    QPointer<QMainWindow> m_window;
    MrnLookup m_mrnOf;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_last;
    int m_count = 0;
};

} // namespace careledger::ui
