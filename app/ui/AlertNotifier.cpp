#include "ui/AlertNotifier.h"

#include "ui/Theme.h"
#include "ui/VitalsUi.h"

#include <QApplication>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

namespace careledger::ui {

namespace {
constexpr int kStatusMessageMs = 30000;
constexpr int kTrayMessageMs = 15000;
constexpr int kWaitForMrnMs = 3000;
constexpr int kRetryMs = 250;
}

AlertNotifier::AlertNotifier(services::VitalsService &vitals, QMainWindow *window, MrnLookup mrnOf)
    : QObject(window), m_window(window), m_mrnOf(std::move(mrnOf))
{
    qRegisterMetaType<services::AlertNotice>();
    m_retry = new QTimer(this);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &AlertNotifier::retryPending);
    // Raised on the gateway thread within milliseconds of the frame: queued onto this one.
    connect(&vitals, &services::VitalsService::alertRaised, this, &AlertNotifier::notify, Qt::QueuedConnection);
}

AlertNotifier::~AlertNotifier()
{
    delete m_tray; // not parented to the window: hidden with it at sign-out
}

bool AlertNotifier::wantsAttention(const services::AlertNotice &notice)
{
    return notice.priority == core::AlarmPriority::High || notice.escalated;
}

// A desktop notification can be seen by anyone passing the screen and may be kept in the
// desktop's notification history after sign-out. It is still this clinic's own screen, so
// the record number and the condition are acceptable (they tell staff where to go and why),
// but the patient's name is left out: the name is what identifies a person to a passer-by.
QString AlertNotifier::notificationText(const services::AlertNotice &notice) const
{
    const QString mrn = !notice.mrn.isEmpty() ? notice.mrn : m_mrnOf ? m_mrnOf(notice.patient) : QString();
    QString head = notice.escalated ? tr("Escalated alert, %1 priority").arg(priorityText(notice.priority))
                                    : tr("Alert, %1 priority").arg(priorityText(notice.priority));
    if (notice.technical) {
        head = tr("%1 (technical)").arg(head);
    }
    return mrn.isEmpty() ? tr("%1: %2").arg(head, notice.text) : tr("%1, MRN %2: %3").arg(head, mrn, notice.text);
}

void AlertNotifier::notify(const services::AlertNotice &notice)
{
    if (!wantsAttention(notice) || !m_window) {
        return;
    }
    if (notice.mrn.isEmpty() && m_mrnOf && m_mrnOf(notice.patient).isEmpty()) {
        // A notice without its record number (the patient was paired before the number was
        // known to the ingest side): it arrives with the alert list's next reload. The status bar says what is known
        // at once; the notification waits for the number, or gives up waiting after a while.
        m_window->statusBar()->showMessage(notificationText(notice), kStatusMessageMs);
        m_pending.append(Pending{notice, QDeadlineTimer(kWaitForMrnMs)});
        m_retry->start();
        return;
    }
    deliver(notice);
}

void AlertNotifier::retryPending()
{
    for (qsizetype i = 0; i < m_pending.size();) {
        const Pending &p = m_pending.at(i);
        if (p.deadline.hasExpired() || !m_mrnOf || !m_mrnOf(p.notice.patient).isEmpty()) {
            const services::AlertNotice notice = p.notice;
            m_pending.removeAt(i);
            deliver(notice);
        } else {
            ++i;
        }
    }
    if (m_pending.isEmpty()) {
        m_retry->stop();
    }
}

void AlertNotifier::deliver(const services::AlertNotice &notice)
{
    if (!m_window) {
        return;
    }
    const QString text = notificationText(notice);
    m_last = text;
    ++m_count;
    m_window->statusBar()->showMessage(text, kStatusMessageMs);
    if (!m_window->isActiveWindow()) {
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            if (!m_tray) {
                m_tray = new QSystemTrayIcon(applicationIcon());
                m_tray->setToolTip(tr("CareLedger"));
                connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                    if (m_window) {
                        m_window->showNormal();
                        m_window->raise();
                        m_window->activateWindow();
                    }
                });
            }
            m_tray->show();
            m_tray->showMessage(tr("CareLedger alert"), text,
                                notice.priority == core::AlarmPriority::High ? QSystemTrayIcon::Critical
                                                                              : QSystemTrayIcon::Warning,
                                kTrayMessageMs);
        } else {
            QApplication::alert(m_window, 0); // until the window is activated
        }
    }
    Q_EMIT notified(text);
}

} // namespace careledger::ui
