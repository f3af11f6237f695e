#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace careledger::ui {

// Notices when nobody has touched the screen or the keyboard for a while: counts down
// during the last `warning` of `timeout`, and says when time is up. Any touch, click, key
// or wheel anywhere in the application starts the wait again.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout, std::chrono::milliseconds warning);
    std::chrono::milliseconds timeout() const { return m_timeout; }
    std::chrono::milliseconds warning() const { return m_warning; }

    void start(); // (re)starts the wait
    void stop();
    bool isRunning() const { return m_tick.isActive(); }
    bool isWarning() const { return m_warningShown; }
    // Someone is there: the wait starts again.
    void poke();

Q_SIGNALS:
    void countdown(int secondsLeft); // once a second during the warning, first when it begins
    void stillHere();                // activity ended the warning
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    std::chrono::milliseconds m_timeout{60000};
    std::chrono::milliseconds m_warning{15000};
    QElapsedTimer m_since;
    QTimer m_tick;
    int m_lastShown = -1;
    bool m_warningShown = false;
};

} // namespace careledger::ui
