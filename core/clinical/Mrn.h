#pragma once

// Medical record numbers: eight random digits and a Luhn check digit, shown as
// "1234-5678-9". Random rather than sequential so a number reveals nothing about when or
// where a patient registered, and so workstations of one consortium need no coordination
// (the services retry on the rare local collision).

#include <QString>

#include <optional>

namespace careledger::core {

// Formats nine digits as "NNNN-NNNN-C".
QString formatMrn(const QString &nineDigits);
// Accepts "1234-5678-9", "123456789", "1234 5678 9" (surrounding and inner spaces or
// hyphens; decimal digits of any script); returns the nine ASCII digits when the check
// digit is right, nullopt otherwise.
std::optional<QString> parseMrn(const QString &text);
// A new random MRN (nine digits, check digit included) from the CSPRNG.
QString generateMrn();
// The Luhn check digit for eight digits.
int mrnCheckDigit(const QString &eightDigits);

} // namespace careledger::core
