#include "alerts/AlertOverrides.h"

#include <QCborArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace careledger::core {

namespace {

constexpr qint64 kFormatVersion = 1;
constexpr qsizetype kMaxEncodedSize = 4096;
constexpr double kUnboundedMax = 10000; // glucose and EMG have no published plausible range

enum Key : qint64 { kVersion = 0, kScale = 1, kLimits = 2 };
enum LimitKey : qint64 { kSign = 0, kPriority = 1, kLow = 2, kHigh = 3 };

bool limitsAllowed(VitalSign sign)
{
    return sign != VitalSign::OnOxygen && sign != VitalSign::Consciousness;
}

PlausibleRange limitRange(VitalSign sign)
{
    if (const auto range = plausibleRange(sign))
        return *range;
    return PlausibleRange{0, kUnboundedMax};
}

bool atShownPrecision(VitalSign sign, double value)
{
    const double scaled = value * (vitalSignDecimals(sign) == 1 ? 10.0 : 1.0);
    return std::abs(scaled - std::round(scaled)) < 1e-6;
}

AlertStatus checkLimit(VitalSign sign, double value, bool low)
{
    const QString name = vitalSignDisplayName(sign);
    if (!std::isfinite(value) || !atShownPrecision(sign, value)) {
        const char *text = vitalSignDecimals(sign) == 1
            ? (low ? QT_TRANSLATE_NOOP("Alerts", "The low limit of %1 may have at most one decimal.")
                   : QT_TRANSLATE_NOOP("Alerts", "The high limit of %1 may have at most one decimal."))
            : (low ? QT_TRANSLATE_NOOP("Alerts", "The low limit of %1 must be a whole number.")
                   : QT_TRANSLATE_NOOP("Alerts", "The high limit of %1 must be a whole number."));
        return AlertStatus::failure(AlertError::Invalid, QCoreApplication::translate("Alerts", text).arg(name));
    }
    const PlausibleRange range = limitRange(sign);
    const bool unbounded = !plausibleRange(sign).has_value();
    if (unbounded ? !(value > range.low && value <= range.high) : !(value >= range.low && value <= range.high)) {
        const int decimals = vitalSignDecimals(sign);
        const QString from = QLocale().toString(range.low, 'f', decimals);
        const QString to = QLocale().toString(range.high, 'f', decimals);
        const char *text = unbounded
            ? (low ? QT_TRANSLATE_NOOP("Alerts", "The low limit of %1 must be above %2 and at most %3.")
                   : QT_TRANSLATE_NOOP("Alerts", "The high limit of %1 must be above %2 and at most %3."))
            : (low ? QT_TRANSLATE_NOOP("Alerts", "The low limit of %1 must be between %2 and %3.")
                   : QT_TRANSLATE_NOOP("Alerts", "The high limit of %1 must be between %2 and %3."));
        return AlertStatus::failure(AlertError::Invalid, QCoreApplication::translate("Alerts", text).arg(name, from, to));
    }
    return AlertStatus::success();
}

AlertResult<PatientAlertSettings> malformed(const char *where)
{
    return AlertResult<PatientAlertSettings>::failure(
        AlertError::Decode, QCoreApplication::translate("Alerts", "Stored alert settings are malformed (%1).").arg(QLatin1String(where)));
}

// The entries of a map must be exactly `keys`, in that order, or `optional` ones left out.
bool hasKeys(const QCborMap &map, std::initializer_list<qint64> required, std::initializer_list<qint64> optional)
{
    auto it = map.constBegin();
    qint64 previous = -1;
    qsizetype requiredSeen = 0;
    for (; it != map.constEnd(); ++it) {
        if (!it.key().isInteger())
            return false;
        const qint64 key = it.key().toInteger();
        if (key <= previous)
            return false;
        const bool isRequired = std::find(required.begin(), required.end(), key) != required.end();
        const bool isOptional = std::find(optional.begin(), optional.end(), key) != optional.end();
        if (!isRequired && !isOptional)
            return false;
        requiredSeen += isRequired ? 1 : 0;
        previous = key;
    }
    return requiredSeen == static_cast<qsizetype>(required.size());
}

} // namespace

const LimitOverride *PatientAlertSettings::limitFor(VitalSign sign) const
{
    for (const LimitOverride &limit : limits) {
        if (limit.sign == sign)
            return &limit;
    }
    return nullptr;
}

AlertStatus validate(const PatientAlertSettings &settings)
{
    if (settings.spo2Scale != SpO2Scale::Scale1 && settings.spo2Scale != SpO2Scale::Scale2)
        return AlertStatus::failure(AlertError::Invalid, QCoreApplication::translate("Alerts", "The SpO2 scale must be scale 1 or scale 2."));
    for (qsizetype i = 0; i < settings.limits.size(); ++i) {
        const LimitOverride &limit = settings.limits[i];
        const QString name = vitalSignDisplayName(limit.sign); // empty for a value outside the enum
        if (static_cast<std::size_t>(limit.sign) >= kVitalSignCount || !limitsAllowed(limit.sign))
            return AlertStatus::failure(AlertError::Invalid, QCoreApplication::translate("Alerts", "Limits cannot be set for %1.").arg(name));
        for (qsizetype j = 0; j < i; ++j) {
            if (settings.limits[j].sign == limit.sign)
                return AlertStatus::failure(AlertError::Invalid, QCoreApplication::translate("Alerts", "%1 has more than one set of limits.").arg(name));
        }
        if (limit.priority != AlarmPriority::Low && limit.priority != AlarmPriority::Medium && limit.priority != AlarmPriority::High)
            return AlertStatus::failure(AlertError::Invalid, QCoreApplication::translate("Alerts", "The priority of %1 must be high, medium or low.").arg(name));
        if (!limit.low && !limit.high)
            return AlertStatus::failure(AlertError::Invalid, QCoreApplication::translate("Alerts", "Set a low limit, a high limit or both for %1.").arg(name));
        if (limit.low) {
            if (auto status = checkLimit(limit.sign, *limit.low, true); !status)
                return status;
        }
        if (limit.high) {
            if (auto status = checkLimit(limit.sign, *limit.high, false); !status)
                return status;
        }
        if (limit.low && limit.high && !(*limit.low < *limit.high))
            return AlertStatus::failure(AlertError::Invalid, QCoreApplication::translate("Alerts", "The low limit of %1 must be below its high limit.").arg(name));
    }
    return AlertStatus::success();
}

QCborMap toCbor(const PatientAlertSettings &settings)
{
    QList<LimitOverride> limits = settings.limits;
    std::stable_sort(limits.begin(), limits.end(),
                     [](const LimitOverride &a, const LimitOverride &b) { return a.sign < b.sign; });
    QCborArray encodedLimits;
    for (const LimitOverride &limit : limits) {
        QCborMap entry;
        entry.insert(kSign, vitalSignId(limit.sign));
        entry.insert(kPriority, alarmPriorityId(limit.priority));
        if (limit.low)
            entry.insert(kLow, static_cast<qint64>(std::llround(*limit.low * 10.0)));
        if (limit.high)
            entry.insert(kHigh, static_cast<qint64>(std::llround(*limit.high * 10.0)));
        encodedLimits.append(entry);
    }
    QCborMap map;
    map.insert(kVersion, kFormatVersion);
    map.insert(kScale, static_cast<qint64>(settings.spo2Scale));
    map.insert(kLimits, encodedLimits);
    return map;
}

QByteArray encodeAlertSettings(const PatientAlertSettings &settings)
{
    return toCbor(settings).toCborValue().toCbor();
}

AlertResult<PatientAlertSettings> decodeAlertSettings(QByteArrayView cbor)
{
    if (cbor.size() > kMaxEncodedSize)
        return AlertResult<PatientAlertSettings>::failure(
            AlertError::Decode, QCoreApplication::translate("Alerts", "Stored alert settings are larger than %1 bytes.").arg(kMaxEncodedSize));
    const QByteArray input = cbor.toByteArray();
    QCborParserError error;
    const QCborValue root = QCborValue::fromCbor(input, &error);
    if (error.error != QCborError::NoError)
        return AlertResult<PatientAlertSettings>::failure(AlertError::Decode, QCoreApplication::translate("Alerts", "Stored alert settings are not valid CBOR."));
    if (!root.isMap() || !hasKeys(root.toMap(), {kVersion, kScale, kLimits}, {}))
        return malformed("map");
    const QCborMap map = root.toMap();
    const QCborValue version = map.value(kVersion);
    if (!version.isInteger() || version.toInteger() != kFormatVersion)
        return AlertResult<PatientAlertSettings>::failure(
            AlertError::Decode, QCoreApplication::translate("Alerts", "Stored alert settings have an unsupported format version."));

    PatientAlertSettings settings;
    const QCborValue scale = map.value(kScale);
    if (!scale.isInteger() || (scale.toInteger() != 1 && scale.toInteger() != 2))
        return malformed("spo2 scale");
    settings.spo2Scale = static_cast<SpO2Scale>(scale.toInteger());

    const QCborValue limits = map.value(kLimits);
    if (!limits.isArray() || limits.toArray().size() > static_cast<qsizetype>(kVitalSignCount))
        return malformed("limits");
    for (const QCborValue &entryValue : limits.toArray()) {
        if (!entryValue.isMap() || !hasKeys(entryValue.toMap(), {kSign, kPriority}, {kLow, kHigh}))
            return malformed("limit");
        const QCborMap entry = entryValue.toMap();
        const auto sign = entry.value(kSign).isString() ? vitalSignFromId(entry.value(kSign).toString()) : std::nullopt;
        if (!sign)
            return malformed("limit sign");
        const auto priority = entry.value(kPriority).isString() ? alarmPriorityFromId(entry.value(kPriority).toString())
                                                                : std::nullopt;
        if (!priority)
            return malformed("limit priority");
        LimitOverride limit{*sign, std::nullopt, std::nullopt, *priority};
        for (const auto &[key, target] : {std::pair{kLow, &limit.low}, std::pair{kHigh, &limit.high}}) {
            const QCborValue value = entry.value(key);
            if (value.isUndefined())
                continue;
            if (!value.isInteger())
                return malformed(key == kLow ? "limit low" : "limit high");
            *target = static_cast<double>(value.toInteger()) / 10.0;
        }
        settings.limits << limit;
    }
    if (auto status = validate(settings); !status)
        return AlertResult<PatientAlertSettings>::failure(
            AlertError::Decode, QCoreApplication::translate("Alerts", "Stored alert settings are invalid: %1").arg(status.message()));
    // One value, one encoding: limits out of order, long-form integers, indefinite lengths
    // or trailing bytes would let the same settings hash differently on the chain.
    if (encodeAlertSettings(settings) != input)
        return AlertResult<PatientAlertSettings>::failure(AlertError::Decode,
                                                          QCoreApplication::translate("Alerts", "Stored alert settings are not in canonical form."));
    return settings;
}

} // namespace careledger::core
