#include "clinical/Mrn.h"

#include "crypto/Crypto.h"

namespace careledger::core {

namespace {

bool allDigits(const QString &text, qsizetype count)
{
    if (text.size() != count) {
        return false;
    }
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return true;
}

} // namespace

int mrnCheckDigit(const QString &eightDigits)
{
    if (!allDigits(eightDigits, 8)) {
        return -1;
    }
    // Luhn: from the rightmost payload digit, every other digit is doubled (the check digit
    // will take the rightmost position), so one mistyped digit or swapped neighbours is caught.
    int sum = 0;
    bool doubled = true;
    for (qsizetype i = eightDigits.size() - 1; i >= 0; --i) {
        int digit = eightDigits.at(i).unicode() - u'0';
        if (doubled) {
            digit *= 2;
            if (digit > 9) {
                digit -= 9;
            }
        }
        sum += digit;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

QString formatMrn(const QString &nineDigits)
{
    if (!allDigits(nineDigits, 9)) {
        return nineDigits;
    }
    return nineDigits.left(4) + u'-' + nineDigits.mid(4, 4) + u'-' + nineDigits.right(1);
}

std::optional<QString> parseMrn(const QString &text)
{
    QString digits;
    digits.reserve(9);
    for (const QChar c : text) {
        if (c.isSpace() || c == u'-') {
            continue;
        }
        // Any script's decimal digits: an Arabic keyboard types the number in its own digits.
        if (c.category() != QChar::Number_DecimalDigit || digits.size() == 9) {
            return std::nullopt;
        }
        digits.append(QChar(u'0' + c.digitValue()));
    }
    if (digits.size() != 9 || mrnCheckDigit(digits.left(8)) != digits.at(8).unicode() - u'0') {
        return std::nullopt;
    }
    return digits;
}

QString generateMrn()
{
    QString digits;
    digits.reserve(9);
    while (digits.size() < 8) {
        // 250 is the largest multiple of 10 below 256: rejecting bytes from 250 up keeps
        // every digit equally likely.
        const QByteArray random = randomBytes(16);
        for (const char byte : random) {
            const auto value = static_cast<quint8>(byte);
            if (value < 250 && digits.size() < 8) {
                digits.append(QChar(u'0' + value % 10));
            }
        }
    }
    digits.append(QChar(u'0' + mrnCheckDigit(digits)));
    return digits;
}

} // namespace careledger::core
