#pragma once

// Decimal text <-> double for the codecs, locale-free and without exponents, so that
// "1e400", "NaN" or "inf" can never turn into a value.

#include <QByteArray>
#include <QByteArrayView>

#include <charconv>
#include <cmath>
#include <optional>

namespace careledger::sensors::detail {

// Length of the leading run of characters that can belong to a decimal number.
inline qsizetype numberPrefixLength(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() &&
           ((text[i] >= '0' && text[i] <= '9') || text[i] == '.' || text[i] == '-' || text[i] == '+'))
        ++i;
    return i;
}

// Exactly: ["-"] 1*DIGIT ["." 1*DIGIT]. Short inputs only (the callers bound the length),
// so the result is always finite.
inline std::optional<double> parseStrictDecimal(QByteArrayView text)
{
    qsizetype i = 0;
    if (i < text.size() && text[i] == '-')
        ++i;
    const qsizetype intStart = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9')
        ++i;
    if (i == intStart)
        return std::nullopt;
    if (i < text.size() && text[i] == '.') {
        ++i;
        const qsizetype fracStart = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        if (i == fracStart)
            return std::nullopt;
    }
    if (i != text.size() || text.size() > 32)
        return std::nullopt;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, std::chars_format::fixed);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value == 0.0 ? 0.0 : value; // no "-0"
}

// HL7 v2 NM: optional sign, digits with an optional decimal point ("+.5", "12.", "-3").
inline std::optional<double> parseHl7Numeric(QByteArrayView text, qsizetype maxLength)
{
    if (text.isEmpty() || text.size() > maxLength || maxLength > 64)
        return std::nullopt;
    // Rewritten into the strict form on the stack: "-" digits ["." digits].
    char buffer[72];
    qsizetype out = 0;
    qsizetype i = 0;
    if (text[0] == '+' || text[0] == '-') {
        if (text[0] == '-')
            buffer[out++] = '-';
        ++i;
    }
    if (i < text.size() && text[i] == '.')
        buffer[out++] = '0';
    qsizetype digits = 0;
    bool point = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c != '.' || point) {
            return std::nullopt;
        } else {
            point = true;
        }
        buffer[out++] = c;
    }
    if (digits == 0)
        return std::nullopt;
    if (buffer[out - 1] == '.')
        --out;
    return parseStrictDecimal(QByteArrayView(buffer, out));
}

// Shortest round-trip text in fixed notation ("36.8", "120", "0.0004").
inline QByteArray formatShortest(double value)
{
    char buffer[400];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (ec != std::errc())
        return QByteArray("0");
    return QByteArray(buffer, end - buffer);
}

} // namespace careledger::sensors::detail
