#include "ui/KioskGuard.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace careledger::ui {

KioskGuard::KioskGuard(QObject *parent) : QObject(parent) {}

KioskGuard::~KioskGuard()
{
    setActive(false);
}

void KioskGuard::setActive(bool active)
{
    if (active == m_active) {
        return;
    }
    m_active = active;
    if (QCoreApplication *app = QCoreApplication::instance()) {
        if (active) {
            app->installEventFilter(this);
        } else {
            app->removeEventFilter(this);
        }
    }
}

bool KioskGuard::isEscapeKey(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers held = event.modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    if (held != Qt::NoModifier) {
        return true;
    }
    const int key = event.key();
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35) {
        return true;
    }
    switch (key) {
    case Qt::Key_Escape:
    case Qt::Key_Menu:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_Control:
    case Qt::Key_Close:
    case Qt::Key_Exit:
    case Qt::Key_Back:
    case Qt::Key_Forward:
    case Qt::Key_Context1:
    case Qt::Key_Context2:
    case Qt::Key_Context3:
    case Qt::Key_Context4:
    case Qt::Key_Launch0:
    case Qt::Key_LaunchMail:
    case Qt::Key_LaunchMedia:
    case Qt::Key_HomePage:
    case Qt::Key_Search:
    case Qt::Key_Explorer:
    case Qt::Key_TaskPane:
    case Qt::Key_Sleep:
    case Qt::Key_PowerOff:
    case Qt::Key_Suspend:
    case Qt::Key_Hibernate:
    case Qt::Key_LogOff:
        return true;
    default:
        return false;
    }
}

bool KioskGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active) {
        switch (event->type()) {
        case QEvent::ContextMenu:
            ++m_blocked;
            return true;
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::ShortcutOverride:
            if (isEscapeKey(*static_cast<QKeyEvent *>(event))) {
                if (event->type() == QEvent::KeyPress) {
                    ++m_blocked;
                }
                // Accepted and swallowed: a ShortcutOverride accepted by the focus widget
                // also keeps any shortcut from firing.
                event->accept();
                return true;
            }
            break;
        case QEvent::Shortcut:
            ++m_blocked;
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace careledger::ui
