#pragma once

// What a bedside gateway reports once its frame has been decoded: which device, which
// sequence, when, and a set of values in canonical units. Both wire dialects decode into
// this one type, so everything after the codecs (authentication, alerts, storage) is
// dialect-agnostic.

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace careledger::sensors {

// Every parameter has exactly one canonical UCUM unit (canonicalUnit()); codecs convert
// other units on the way in so nothing downstream ever compares values in two units.
enum class VitalParameter : quint8 {
    HeartRate,       // /min
    SpO2,            // %
    BodyTemperature, // Cel
    RespirationRate, // /min
    SystolicBp,      // mm[Hg]
    DiastolicBp,     // mm[Hg]
    Glucose,         // mg/dL
    Emg,             // mV: the reference data (EHRGuard) uses amplified millivolt figures
    OnOxygen,        // 1 = supplemental oxygen, 0 = room air; no unit
};
inline constexpr int kVitalParameterCount = 9;

// A sensor that is unplugged or off the patient is not a value of zero: the alert engine
// turns it into a technical alarm instead of a clinical one.
enum class ValueState : quint8 {
    Measured,
    SensorOff, // native "KEY=OFF"; HL7 OBX-8 NAV, an empty OBX-5 or OBX-11 "X"
    Invalid,   // HL7 OBX-8 INV: the device itself flags the measurement as artefact
};

enum class Dialect : quint8 {
    Native, // CLV1 line protocol (docs/gateway-protocol.md), HMAC-authenticated
    Hl7,    // HL7 v2 ORU^R01 in MLLP framing, authenticated by registration only
};

struct VitalValue {
    VitalParameter parameter = VitalParameter::HeartRate;
    ValueState state = ValueState::Measured;
    double value = 0.0; // in canonicalUnit(parameter); 0 unless state == Measured

    friend bool operator==(const VitalValue &, const VitalValue &) = default;
};

struct Reading {
    Dialect dialect = Dialect::Native;
    QString deviceId;         // native: the frame's device id; HL7: EUI-64 as 16 upper-case hex digits
    quint64 sequence = 0;     // native: the device's counter; HL7: measuredAtMs (see the protocol doc)
    qint64 measuredAtMs = 0;  // UTC, milliseconds since the Unix epoch
    QList<VitalValue> values; // at most one entry per parameter, in the order received
    // HL7 only: MSH-10 and PID-3 as sent. The patient identifier is informational (pairing
    // decides the patient); it never leaves the workstation.
    QString controlId;
    QString reportedPatientId;

    std::optional<VitalValue> find(VitalParameter parameter) const;
    // Measured value in canonical units, or nullopt when absent or not measured.
    std::optional<double> measured(VitalParameter parameter) const;

    friend bool operator==(const Reading &, const Reading &) = default;
};

// "/min", "%", "Cel", "mm[Hg]", "mg/dL", "mV", "" (on oxygen).
QString canonicalUnit(VitalParameter parameter);
// Stable, untranslated name for logs and reports: "heart-rate", "spo2", ...
QString parameterKey(VitalParameter parameter);
// Translated caption for messages ("heart rate", "SpO2", ...).
QString parameterName(VitalParameter parameter);

} // namespace careledger::sensors

Q_DECLARE_METATYPE(careledger::sensors::Reading)
