#pragma once

// National Early Warning Score 2 (Royal College of Physicians, 2017; adults 16 and over, not
// in pregnancy). A score computed without every parameter is partial and says which are
// missing; it is never presented as a reassuring 0. Inputs older than the configured age
// are named as stale.

#include "alerts/Comparison.h"
#include "alerts/VitalSigns.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <span>

namespace careledger::core {

// Scale 2 is for confirmed hypercapnic respiratory failure (target 88-92 %): a clinician's
// documented per-patient decision.
enum class SpO2Scale : quint8 { Scale1 = 1, Scale2 = 2 };

enum class News2Risk : quint8 {
    Low,       // aggregate 0-4, no single parameter scoring 3
    LowMedium, // a single parameter scores 3, aggregate under 5
    Medium,    // aggregate 5-6: urgent review
    High,      // aggregate 7 or more: emergency assessment
};
QString news2RiskId(News2Risk risk);          // "low", "low-medium", "medium", "high"
QString news2RiskDisplayName(News2Risk risk); // translated ("Alerts")

// The seven NEWS2 parameters in chart order.
inline constexpr std::array<VitalSign, 7> kNews2Parameters{VitalSign::RespirationRate, VitalSign::SpO2,
                                                          VitalSign::OnOxygen,        VitalSign::Systolic,
                                                          VitalSign::HeartRate,       VitalSign::Consciousness,
                                                          VitalSign::Temperature};
bool isNews2Parameter(VitalSign sign);

// One edge of the NEWS2 chart: a value comparing true against `limit` scores at least
// `score`; a parameter's score is the highest band it falls in (0 if none). OnOxygen bands
// apply only while the patient is on oxygen (SpO2 scale 2).
enum class News2Condition : quint8 { Always, OnOxygen };
struct News2Band {
    VitalSign sign;
    Comparison comparison;
    double limit;
    int score;
    News2Condition when;
};
// Every band of every parameter, with the SpO2 rows of the given scale.
std::span<const News2Band> news2Bands(SpO2Scale scale);

// Score of one parameter, comparing the value as shown (whole numbers, temperature to
// 0.1 °C) like a paper chart. nullopt for a sign NEWS2 does not use or an implausible value.
// onOxygen matters only on scale 2; unknown counts as on oxygen, the higher score.
std::optional<int> news2ParameterScore(VitalSign sign, double value, SpO2Scale scale = SpO2Scale::Scale1,
                                       std::optional<bool> onOxygen = std::nullopt);

struct News2Settings {
    SpO2Scale spo2Scale = SpO2Scale::Scale1;
    qint64 staleAfterMs = 60 * 60 * 1000; // an input older than this, relative to now, is stale
};

struct News2Parameter {
    VitalSign sign = VitalSign::RespirationRate;
    std::optional<int> score; // nullopt: missing or implausible
    double value = 0;
    qint64 takenAtMs = 0;
    bool stale = false;
};

struct News2Result {
    std::array<News2Parameter, kNews2Parameters.size()> parameters{}; // chart order
    int aggregate = 0;      // sum over the parameters present: a lower bound when partial
    int highestSingle = 0;  // highest single-parameter score present
    News2Risk risk = News2Risk::Low; // from the parameters present: a lower bound when partial

    bool partial() const;
    bool hasStale() const;
    QList<VitalSign> missing() const; // chart order
    QList<VitalSign> stale() const;   // chart order
    // "NEWS2 10 (high)", "NEWS2 at least 3, partial (missing: Air or oxygen, Consciousness)",
    // with "; stale: Temperature" when it applies. Translated ("Alerts").
    QString summary() const;
};

News2Result computeNews2(const VitalSnapshot &values, qint64 nowMs, const News2Settings &settings = {});
News2Risk news2Risk(int aggregate, int highestSingle);

} // namespace careledger::core
