#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace careledger::ui {

// An on-screen digit keypad for touch screens: types into whichever of its line edits had
// the focus last (the keyboard keeps working beside it). Its keys never take the focus, so
// the caret stays where the patient is typing.
class PinKeypad : public QWidget {
    Q_OBJECT
public:
    explicit PinKeypad(QWidget *parent = nullptr);

    // The edits the keypad may type into; the first is the target until another gets the focus.
    void setTargets(const QList<QLineEdit *> &targets);
    QLineEdit *target() const;
    QPushButton *digitButton(int digit) const { return m_digits.value(digit); }
    QPushButton *backspaceButton() const { return m_backspace; }
    QPushButton *clearButton() const { return m_clear; }

Q_SIGNALS:
    void edited();

private:
    void type(const QString &text);
    void onFocusChanged(QWidget *old, QWidget *now);

    QList<QPushButton *> m_digits;
    QPushButton *m_backspace = nullptr;
    QPushButton *m_clear = nullptr;
    QList<QPointer<QLineEdit>> m_targets;
    QPointer<QLineEdit> m_target;
};

} // namespace careledger::ui
