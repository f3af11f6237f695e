#pragma once

// Red-flag rules: which readings raise a clinical alarm and at what priority, and which are
// implausible and raise a technical alarm instead. Three shipped profiles (NEWS2, the
// default; the published EHRGuard "paper" rules; typical bedside-monitor limits) and a
// doctor's per-patient overrides. Pure functions of the values, the rules and the clock.

#include "alerts/AlarmPriority.h"
#include "alerts/AlertOverrides.h"
#include "alerts/Comparison.h"
#include "alerts/News2.h"
#include "alerts/VitalSigns.h"

#include <QList>
#include <QString>

#include <optional>

namespace careledger::core {

enum class RuleProfile : quint8 {
    News2,   // default: NEWS2 single-parameter scores and the aggregate
    Paper,   // the EHRGuard paper's red flags, defects included
    Monitor, // typical bedside-monitor default limits
};
QString ruleProfileId(RuleProfile profile); // "news2", "paper", "monitor"
std::optional<RuleProfile> ruleProfileFromId(QStringView id);
QString ruleProfileDisplayName(RuleProfile profile); // translated ("Alerts")

// When a rule applies: NEWS2's SpO2 rows depend on the patient's scale and, on scale 2,
// on whether the patient is on oxygen (unknown counts as on oxygen).
enum class RuleCondition : quint8 { Always, SpO2Scale1, SpO2Scale2, SpO2Scale2OnOxygen };

struct ThresholdRule {
    VitalSign sign = VitalSign::HeartRate;
    Comparison comparison = Comparison::Above;
    double limit = 0;
    AlarmPriority priority = AlarmPriority::Medium;
    RuleCondition when = RuleCondition::Always;
    bool operator==(const ThresholdRule &) const = default;
};

struct RuleSet {
    RuleProfile profile = RuleProfile::News2;
    QList<ThresholdRule> rules;
    bool news2Aggregate = false; // also flag the NEWS2 aggregate: 7 or more high, 5-6 medium

    // NEWS2 single-parameter score 3 -> high, 2 -> medium, 1 -> low; being on oxygen adds to
    // the aggregate but is not a flag of its own; plus the aggregate.
    static RuleSet news2();
    // emg > 90 mV, SpO2 < 90 %, temperature >= 37.8 °C (the paper's 100 °F), heart rate
    // > 100 /min, all high. No bradycardia, hypotension or respiration rule, SpO2 90-91 not
    // flagged: the paper's own gaps, kept so its results can be reproduced.
    static RuleSet paper();
    // Heart rate 50/120 /min, SpO2 below 90 %, temperature 35/39 °C, respiration 5/30 /min,
    // systolic 90/160 mmHg; a reading beyond a limit is medium, as monitors sound it.
    static RuleSet monitor();
    static RuleSet forProfile(RuleProfile profile);
};

// The rules in force for one patient: the profile's, with every sign a doctor has set limits
// for replaced by those limits (alarm below low or above high), and SpO2 rows of the
// patient's scale only.
QList<ThresholdRule> effectiveRules(const RuleSet &ruleSet, const PatientAlertSettings &patient);

// "SpO2 ≤ 91 %" (for a table of rules); "SpO2 89 % ≤ 91 %" (why a reading was flagged).
// Translated ("Alerts").
QString describeRule(const ThresholdRule &rule);
QString redFlagText(const ThresholdRule &rule, double value);

struct RedFlag {
    QString key;                   // vitalSignId(sign), or "news2" for the aggregate
    std::optional<VitalSign> sign; // nullopt for the aggregate
    double value = 0;              // the reading, or the aggregate score
    AlarmPriority priority = AlarmPriority::Low;
    QString text;                  // translated, e.g. "SpO2 89 % ≤ 91 %"
    bool stale = false;            // the reading (or a NEWS2 input) is older than the stale age
    bool fromOverride = false;     // a doctor's per-patient limit, not the profile, flagged it
};

enum class TechnicalCause : quint8 { ImplausibleReading };
struct TechnicalAlarm {
    QString key; // "implausible:" + vitalSignId(sign)
    VitalSign sign = VitalSign::HeartRate;
    double value = 0;
    TechnicalCause cause = TechnicalCause::ImplausibleReading;
    // A sign that cannot be read is a sign nobody is watching: prompt response, not awareness.
    AlarmPriority priority = AlarmPriority::Medium;
    QString text; // translated, e.g. "SpO2: implausible reading (12 %)"
};

// What the alarm tracker consumes: one entry per condition currently true for a patient.
struct AlarmCondition {
    QString key;
    AlarmPriority priority = AlarmPriority::Low;
    QString text;
    bool technical = false;
};

struct Evaluation {
    QList<RedFlag> flags;              // at most one per sign (its most urgent rule), then "news2"
    QList<TechnicalAlarm> technical;   // implausible readings, which no clinical rule saw
    News2Result news2;                 // always computed, whatever the profile
    QList<AlarmCondition> conditions() const;
};

struct EvaluationOptions {
    qint64 staleAfterMs = 60 * 60 * 1000;
};

// Evaluates the newest value of every sign. An implausible value raises a technical alarm
// and counts as missing for the clinical rules and NEWS2.
Evaluation evaluate(const VitalSnapshot &values, qint64 nowMs, const RuleSet &ruleSet,
                    const PatientAlertSettings &patient = {}, const EvaluationOptions &options = {});

} // namespace careledger::core
