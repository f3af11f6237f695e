#pragma once

#include <QObject>

class QKeyEvent;

namespace careledger::ui {

// While the kiosk is open, no key combination and no context menu leads out of it: an
// application-wide event filter swallows Escape, function keys, the menu key and every
// key pressed with Ctrl, Alt or Meta, and every context-menu request. Typing (letters,
// digits, Shift, arrows, Tab, Enter, Backspace) passes.
class KioskGuard : public QObject {
    Q_OBJECT
public:
    explicit KioskGuard(QObject *parent = nullptr);
    ~KioskGuard() override;

    void setActive(bool active);
    bool isActive() const { return m_active; }
    int blockedCount() const { return m_blocked; }

    static bool isEscapeKey(const QKeyEvent &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_active = false;
    int m_blocked = 0;
};

} // namespace careledger::ui
