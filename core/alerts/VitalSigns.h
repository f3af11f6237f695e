#pragma once

// The vital signs the product knows, with their stable ids, codes and units, the ranges a
// real reading can fall in, and the newest value of each for one patient. Every value is
// kept in the unit named by vitalSignUcum() (temperatures in °C; °F is for display only).

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <array>
#include <cstddef>
#include <optional>

namespace careledger::core {

enum class VitalSign : quint8 {
    HeartRate,       // /min
    SpO2,            // %
    Temperature,     // °C
    RespirationRate, // /min
    Systolic,        // mmHg
    Diastolic,       // mmHg
    Glucose,         // mg/dL, capillary
    Emg,             // mV: a device-specific channel, not a vital sign in NEWS2 or FHIR terms
    OnOxygen,        // 0 = air, 1 = supplemental oxygen; staff-entered
    Consciousness,   // an Acvpu value; staff-entered
};
inline constexpr std::size_t kVitalSignCount = 10;
inline constexpr std::array<VitalSign, kVitalSignCount> kAllVitalSigns{
    VitalSign::HeartRate, VitalSign::SpO2,     VitalSign::Temperature, VitalSign::RespirationRate, VitalSign::Systolic,
    VitalSign::Diastolic, VitalSign::Glucose,  VitalSign::Emg,         VitalSign::OnOxygen,        VitalSign::Consciousness};

// Level of consciousness on the ACVPU scale, stored as its numeric value.
enum class Acvpu : quint8 { Alert, NewConfusion, Voice, Pain, Unresponsive };
QString acvpuDisplayName(Acvpu level); // translated ("Vitals")
std::optional<Acvpu> acvpuFromValue(double value); // nullopt unless a whole number 0..4

// Stable ids, used in stored settings and alarm keys: "heart-rate", "spo2", "temperature",
// "respiration-rate", "systolic", "diastolic", "glucose", "emg", "on-oxygen", "consciousness".
QString vitalSignId(VitalSign sign);
std::optional<VitalSign> vitalSignFromId(QStringView id);
QString vitalSignDisplayName(VitalSign sign); // translated ("Vitals")

// UCUM code ("/min", "%", "Cel", "mm[Hg]", "mg/dL", "mV"); empty for on-oxygen and
// consciousness, which are codes rather than quantities.
QString vitalSignUcum(VitalSign sign);
// What a screen shows after the number ("/min", "%", "°C", "mmHg", "mg/dL", "mV"); empty for
// on-oxygen and consciousness.
QString vitalSignUnitSymbol(VitalSign sign);
// LOINC code for an Observation; empty where LOINC has none in use here (EMG takes a local
// code, on-oxygen and consciousness are staff observations exported by other means).
QString vitalSignLoinc(VitalSign sign);
// Decimals a value is shown and compared with: one for temperature and EMG, none otherwise.
// Alert rules compare the value as shown, so a flag never contradicts the number beside it.
int vitalSignDecimals(VitalSign sign);
// The value rounded to vitalSignDecimals(), in units of its last shown digit
// (37.84 °C -> 378). Rules compare these integers, so limits like 36.1 carry no binary error.
qint64 vitalSignScaled(VitalSign sign, double value);
// "37.8 °C", "89 %", "Voice", "oxygen": the value as a screen shows it, in the default QLocale.
QString formatVitalValue(VitalSign sign, double value);

// Plausibility: a value outside these ranges cannot come from a patient and raises a
// technical alarm ("implausible reading") instead of a clinical one. Ranges (inclusive):
// respiration 1-59 /min, SpO2 51-100 %, temperature 27.1-44.9 °C, systolic 1-300 mmHg,
// diastolic 1-280 mmHg, heart rate 1-250 /min; glucose and EMG: any finite value above 0
// (no published range); on-oxygen 0 or 1; consciousness a whole number 0-4. NaN and
// infinities are never plausible.
struct PlausibleRange {
    double low = 0;
    double high = 0;
};
std::optional<PlausibleRange> plausibleRange(VitalSign sign); // nullopt where no bounded range applies
bool isPlausible(VitalSign sign, double value);

struct Observation {
    double value = 0;
    qint64 takenAtMs = 0; // ms since the Unix epoch, UTC
};

// The newest value of each sign for one patient: what the alert rules and NEWS2 read.
class VitalSnapshot {
public:
    void set(VitalSign sign, double value, qint64 takenAtMs) { m_values[index(sign)] = Observation{value, takenAtMs}; }
    void clear(VitalSign sign) { m_values[index(sign)].reset(); }
    const std::optional<Observation> &get(VitalSign sign) const { return m_values[index(sign)]; }
    bool has(VitalSign sign) const { return m_values[index(sign)].has_value(); }

private:
    static std::size_t index(VitalSign sign) { return static_cast<std::size_t>(sign); }
    std::array<std::optional<Observation>, kVitalSignCount> m_values{};
};

} // namespace careledger::core
