#pragma once

#include <QRegularExpression>
#include <QString>

namespace careledger::ui {

// "Reset &password…" → "Reset password"; "تعطيل (&D)" → "تعطيل": for accessible names and
// tooltips, which a screen reader should not spell out with the shortcut letter.
inline QString withoutMnemonic(QString text)
{
    static const QRegularExpression bracketed(QStringLiteral("\\s*\\(&[^)]\\)"));
    text.remove(bracketed);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text.remove(QChar(0x2026));
    return text.trimmed();
}

} // namespace careledger::ui
