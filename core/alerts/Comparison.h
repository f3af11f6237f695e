#pragma once

// How a threshold compares a reading with its limit. Both sides are compared as shown
// (vitalSignScaled), so "≤ 91 %" and the displayed "91 %" always agree.

#include "alerts/VitalSigns.h"

#include <QString>

namespace careledger::core {

enum class Comparison : quint8 { Below, AtOrBelow, AtOrAbove, Above };

inline bool compareAsShown(VitalSign sign, double value, Comparison comparison, double limit)
{
    const qint64 v = vitalSignScaled(sign, value);
    const qint64 l = vitalSignScaled(sign, limit);
    switch (comparison) {
    case Comparison::Below:
        return v < l;
    case Comparison::AtOrBelow:
        return v <= l;
    case Comparison::AtOrAbove:
        return v >= l;
    case Comparison::Above:
        return v > l;
    }
    return false;
}

inline QString comparisonSymbol(Comparison comparison)
{
    switch (comparison) {
    case Comparison::Below:
        return QStringLiteral("<");
    case Comparison::AtOrBelow:
        return QStringLiteral("\u2264");
    case Comparison::AtOrAbove:
        return QStringLiteral("\u2265");
    case Comparison::Above:
        return QStringLiteral(">");
    }
    return {};
}

} // namespace careledger::core
