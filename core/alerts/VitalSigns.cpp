#include "alerts/VitalSigns.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace careledger::core {

namespace {

struct SignInfo {
    VitalSign sign;
    const char *id;
    const char *ucum;
    const char *unitSymbol; // UTF-8
    const char *loinc;
    int decimals;
};

// Codes from the product's reference table (LOINC, UCUM).
constexpr std::array<SignInfo, kVitalSignCount> kSigns{{
    {VitalSign::HeartRate, "heart-rate", "/min", "/min", "8867-4", 0},
    {VitalSign::SpO2, "spo2", "%", "%", "59408-5", 0},
    {VitalSign::Temperature, "temperature", "Cel", "\xc2\xb0" "C", "8310-5", 1},
    {VitalSign::RespirationRate, "respiration-rate", "/min", "/min", "9279-1", 0},
    {VitalSign::Systolic, "systolic", "mm[Hg]", "mmHg", "8480-6", 0},
    {VitalSign::Diastolic, "diastolic", "mm[Hg]", "mmHg", "8462-4", 0},
    {VitalSign::Glucose, "glucose", "mg/dL", "mg/dL", "41653-7", 0},
    {VitalSign::Emg, "emg", "mV", "mV", "", 1},
    {VitalSign::OnOxygen, "on-oxygen", "", "", "", 0},
    {VitalSign::Consciousness, "consciousness", "", "", "", 0},
}};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kSigns.size(); ++i) {
        if (kSigns[i].sign != kAllVitalSigns[i] || static_cast<std::size_t>(kAllVitalSigns[i]) != i)
            return false;
    }
    return true;
}
static_assert(inEnumOrder(), "kSigns is indexed by VitalSign");

const SignInfo &info(VitalSign sign)
{
    return kSigns[static_cast<std::size_t>(sign)];
}

} // namespace

QString acvpuDisplayName(Acvpu level)
{
    switch (level) {
    case Acvpu::Alert:
        return QCoreApplication::translate("Vitals", "Alert");
    case Acvpu::NewConfusion:
        return QCoreApplication::translate("Vitals", "New confusion");
    case Acvpu::Voice:
        return QCoreApplication::translate("Vitals", "Responds to voice");
    case Acvpu::Pain:
        return QCoreApplication::translate("Vitals", "Responds to pain");
    case Acvpu::Unresponsive:
        return QCoreApplication::translate("Vitals", "Unresponsive");
    }
    return {};
}

std::optional<Acvpu> acvpuFromValue(double value)
{
    if (!(value >= 0.0 && value <= 4.0) || std::floor(value) != value)
        return std::nullopt;
    return static_cast<Acvpu>(static_cast<int>(value));
}

QString vitalSignId(VitalSign sign)
{
    return QLatin1String(info(sign).id);
}

std::optional<VitalSign> vitalSignFromId(QStringView id)
{
    for (const SignInfo &s : kSigns) {
        if (id == QLatin1String(s.id))
            return s.sign;
    }
    return std::nullopt;
}

QString vitalSignDisplayName(VitalSign sign)
{
    switch (sign) {
    case VitalSign::HeartRate:
        return QCoreApplication::translate("Vitals", "Heart rate");
    case VitalSign::SpO2:
        return QCoreApplication::translate("Vitals", "SpO2");
    case VitalSign::Temperature:
        return QCoreApplication::translate("Vitals", "Temperature");
    case VitalSign::RespirationRate:
        return QCoreApplication::translate("Vitals", "Respiration rate");
    case VitalSign::Systolic:
        return QCoreApplication::translate("Vitals", "Systolic BP");
    case VitalSign::Diastolic:
        return QCoreApplication::translate("Vitals", "Diastolic BP");
    case VitalSign::Glucose:
        return QCoreApplication::translate("Vitals", "Glucose");
    case VitalSign::Emg:
        return QCoreApplication::translate("Vitals", "EMG");
    case VitalSign::OnOxygen:
        return QCoreApplication::translate("Vitals", "Air or oxygen");
    case VitalSign::Consciousness:
        return QCoreApplication::translate("Vitals", "Consciousness");
    }
    return {};
}

QString vitalSignUcum(VitalSign sign)
{
    return QLatin1String(info(sign).ucum);
}

QString vitalSignUnitSymbol(VitalSign sign)
{
    return QString::fromUtf8(info(sign).unitSymbol);
}

QString vitalSignLoinc(VitalSign sign)
{
    return QLatin1String(info(sign).loinc);
}

int vitalSignDecimals(VitalSign sign)
{
    return info(sign).decimals;
}

qint64 vitalSignScaled(VitalSign sign, double value)
{
    const double factor = info(sign).decimals == 1 ? 10.0 : 1.0;
    // Clamped so absurd input (1e300, NaN) cannot overflow: it is implausible either way.
    constexpr double kLimit = 1e15;
    const double scaled = value * factor;
    if (!(scaled > -kLimit))
        return static_cast<qint64>(-kLimit);
    if (!(scaled < kLimit))
        return static_cast<qint64>(kLimit);
    return static_cast<qint64>(std::llround(scaled));
}

QString formatVitalValue(VitalSign sign, double value)
{
    if (sign == VitalSign::Consciousness) {
        const auto level = acvpuFromValue(value);
        return level ? acvpuDisplayName(*level) : QLocale().toString(value);
    }
    if (sign == VitalSign::OnOxygen)
        return value >= 0.5 ? QCoreApplication::translate("Vitals", "oxygen") : QCoreApplication::translate("Vitals", "air");
    const QString number = QLocale().toString(value, 'f', vitalSignDecimals(sign));
    const QString unit = vitalSignUnitSymbol(sign);
    return unit.isEmpty() ? number : number + QLatin1Char(' ') + unit;
}

std::optional<PlausibleRange> plausibleRange(VitalSign sign)
{
    // Ranges used by an open-source NEWS implementation: outside them the probe, not the
    // patient, is the likelier cause.
    switch (sign) {
    case VitalSign::RespirationRate:
        return PlausibleRange{1, 59};
    case VitalSign::SpO2:
        return PlausibleRange{51, 100};
    case VitalSign::Temperature:
        return PlausibleRange{27.1, 44.9};
    case VitalSign::Systolic:
        return PlausibleRange{1, 300};
    case VitalSign::Diastolic:
        return PlausibleRange{1, 280};
    case VitalSign::HeartRate:
        return PlausibleRange{1, 250};
    case VitalSign::OnOxygen:
        return PlausibleRange{0, 1};
    case VitalSign::Consciousness:
        return PlausibleRange{0, 4};
    case VitalSign::Glucose:
    case VitalSign::Emg:
        break;
    }
    return std::nullopt;
}

bool isPlausible(VitalSign sign, double value)
{
    if (!std::isfinite(value))
        return false;
    switch (sign) {
    case VitalSign::OnOxygen:
        return value == 0.0 || value == 1.0;
    case VitalSign::Consciousness:
        return acvpuFromValue(value).has_value();
    case VitalSign::Glucose:
    case VitalSign::Emg:
        return value > 0.0;
    default:
        break;
    }
    const auto range = plausibleRange(sign);
    // Compared as shown, like the rules: 44.94 °C is shown as 44.9 °C and is plausible.
    const qint64 scaled = vitalSignScaled(sign, value);
    return scaled >= vitalSignScaled(sign, range->low) && scaled <= vitalSignScaled(sign, range->high);
}

} // namespace careledger::core
