#include "ui/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace careledger::ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_tick.setInterval(200);
    connect(&m_tick, &QTimer::timeout, this, &IdleWatcher::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication *app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

void IdleWatcher::setTimeout(std::chrono::milliseconds timeout, std::chrono::milliseconds warning)
{
    m_timeout = timeout;
    m_warning = qMin(warning, timeout);
}

void IdleWatcher::start()
{
    m_since.start();
    m_lastShown = -1;
    m_warningShown = false;
    m_tick.start();
}

void IdleWatcher::stop()
{
    m_tick.stop();
    m_lastShown = -1;
    m_warningShown = false;
}

void IdleWatcher::poke()
{
    if (!isRunning()) {
        return;
    }
    m_since.restart();
    m_lastShown = -1;
    if (m_warningShown) {
        m_warningShown = false;
        Q_EMIT stillHere();
    }
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    const qint64 left = m_timeout.count() - m_since.elapsed();
    if (left <= 0) {
        stop();
        Q_EMIT timedOut();
        return;
    }
    if (left <= m_warning.count()) {
        const int seconds = int((left + 999) / 1000);
        m_warningShown = true;
        if (seconds != m_lastShown) {
            m_lastShown = seconds;
            Q_EMIT countdown(seconds);
        }
    }
}

} // namespace careledger::ui
