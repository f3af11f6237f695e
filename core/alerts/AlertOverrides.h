#pragma once

// A doctor's per-patient alert settings: the NEWS2 SpO2 scale and limits that replace the
// profile's rules for a sign. A plain value, validated here and serialised to canonical CBOR
// so the services can encrypt it under the patient's data key and witness it on the chain.

#include "alerts/AlarmPriority.h"
#include "alerts/AlertError.h"
#include "alerts/News2.h"
#include "alerts/VitalSigns.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCborMap>
#include <QList>

#include <optional>

namespace careledger::core {

struct LimitOverride {
    VitalSign sign = VitalSign::HeartRate;
    std::optional<double> low;  // alarm when the value (as shown) is below this
    std::optional<double> high; // alarm when the value (as shown) is above this
    AlarmPriority priority = AlarmPriority::Medium;
    bool operator==(const LimitOverride &) const = default;
};

struct PatientAlertSettings {
    SpO2Scale spo2Scale = SpO2Scale::Scale1;
    QList<LimitOverride> limits; // at most one per sign

    const LimitOverride *limitFor(VitalSign sign) const;
    bool operator==(const PatientAlertSettings &) const = default;
};

// Limits are for measured quantities only (not on-oxygen or consciousness); each has a low or
// a high limit or both, at the sign's shown precision (whole numbers; 0.1 for temperature and
// EMG), inside the sign's plausible range (glucose and EMG: above 0, at most 10,000), low
// below high; one entry per sign. Messages are translated and name the parameter.
AlertStatus validate(const PatientAlertSettings &settings);

// Canonical CBOR: a map with unsigned keys in ascending order, limits ordered by sign,
// values as whole tenths of the unit (no floats), every integer in its shortest form.
//   {0: format version 1, 1: SpO2 scale (1 or 2),
//    2: [{0: sign id, 1: priority id, ?2: low x 10, ?3: high x 10}, ...]}
QCborMap toCbor(const PatientAlertSettings &settings);
QByteArray encodeAlertSettings(const PatientAlertSettings &settings);
// Fails with Decode on anything but the canonical encoding of valid settings (other
// version, unknown or out-of-order keys, wrong types, duplicates, trailing bytes, more than
// 4 KiB), and the message says what was wrong.
AlertResult<PatientAlertSettings> decodeAlertSettings(QByteArrayView cbor);

} // namespace careledger::core
