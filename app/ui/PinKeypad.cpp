#include "ui/PinKeypad.h"

#include "ui/KioskStyle.h"

#include <QApplication>
#include <QGridLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace careledger::ui {

PinKeypad::PinKeypad(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pinKeypad"));
    setAccessibleName(tr("Number keypad"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(kiosk::kGap);
    // A keypad reads the same in every language: 1 2 3 on top, left to right, as on a phone.
    setLayoutDirection(Qt::LeftToRight);
    const auto makeKey = [this](const QString &text, const QString &name, const QString &accessible) {
        auto *key = new QPushButton(text, this);
        key->setObjectName(name);
        key->setAccessibleName(accessible);
        key->setFocusPolicy(Qt::NoFocus);
        key->setAutoDefault(false);
        key->setMinimumSize(kiosk::kKeySize);
        key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        kiosk::setFontScale(key, kiosk::kKeyFontScale);
        return key;
    };
    for (int digit = 0; digit <= 9; ++digit) {
        const QString text = QLocale().toString(digit);
        QPushButton *key = makeKey(text, QStringLiteral("keypadDigit%1").arg(digit), text);
        const QString typed = QString::number(digit); // PINs and record numbers are ASCII digits
        connect(key, &QPushButton::clicked, this, [this, typed] { type(typed); });
        m_digits << key;
    }
    for (int digit = 1; digit <= 9; ++digit) {
        grid->addWidget(m_digits.at(digit), (digit - 1) / 3, (digit - 1) % 3);
    }
    m_clear = makeKey(tr("Clear"), QStringLiteral("keypadClear"), tr("Clear"));
    m_backspace = makeKey(QStringLiteral("⌫"), QStringLiteral("keypadBackspace"), tr("Delete the last digit"));
    kiosk::setFontScale(m_clear, kiosk::kButtonFontScale);
    grid->addWidget(m_clear, 3, 0);
    grid->addWidget(m_digits.at(0), 3, 1);
    grid->addWidget(m_backspace, 3, 2);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (QLineEdit *edit = target()) {
            edit->clear();
            Q_EMIT edited();
        }
    });
    connect(m_backspace, &QPushButton::clicked, this, [this] {
        if (QLineEdit *edit = target()) {
            edit->backspace();
            Q_EMIT edited();
        }
    });
    connect(qApp, &QApplication::focusChanged, this, &PinKeypad::onFocusChanged);
}

void PinKeypad::setTargets(const QList<QLineEdit *> &targets)
{
    m_targets.clear();
    for (QLineEdit *edit : targets) {
        m_targets << edit;
    }
    m_target = targets.isEmpty() ? nullptr : targets.first();
}

QLineEdit *PinKeypad::target() const
{
    // The window's focus child counts even while the window is not active (a tap on the
    // keypad of a window that lost activation still types where the caret is).
    const QWidget *focus = window() ? window()->focusWidget() : nullptr;
    for (const QPointer<QLineEdit> &edit : m_targets) {
        if (edit && edit == focus) {
            return edit;
        }
    }
    return m_target;
}

void PinKeypad::onFocusChanged(QWidget *, QWidget *now)
{
    for (const QPointer<QLineEdit> &edit : std::as_const(m_targets)) {
        if (edit && edit == now) {
            m_target = edit;
        }
    }
}

void PinKeypad::type(const QString &text)
{
    QLineEdit *edit = target();
    if (!edit || !edit->isEnabled()) {
        return;
    }
    edit->insert(text);
    Q_EMIT edited();
}

} // namespace careledger::ui
