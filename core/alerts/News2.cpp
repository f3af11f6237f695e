#include "alerts/News2.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace careledger::core {

namespace {

using C = Comparison;
using V = VitalSign;
constexpr News2Condition kAlways = News2Condition::Always;
constexpr News2Condition kOnOxygen = News2Condition::OnOxygen;

// The RCP 2017 chart. Each row edge is listed once; the score of a value is the highest band
// it falls in, so "92-93 scores 2" is "<= 93 scores at least 2" beside "<= 91 scores 3".
constexpr std::array<News2Band, 19> kCommonBands{{
    {V::RespirationRate, C::AtOrBelow, 8, 3, kAlways},
    {V::RespirationRate, C::AtOrBelow, 11, 1, kAlways},
    {V::RespirationRate, C::AtOrAbove, 21, 2, kAlways},
    {V::RespirationRate, C::AtOrAbove, 25, 3, kAlways},
    {V::OnOxygen, C::AtOrAbove, 1, 2, kAlways},
    {V::Systolic, C::AtOrBelow, 90, 3, kAlways},
    {V::Systolic, C::AtOrBelow, 100, 2, kAlways},
    {V::Systolic, C::AtOrBelow, 110, 1, kAlways},
    {V::Systolic, C::AtOrAbove, 220, 3, kAlways},
    {V::HeartRate, C::AtOrBelow, 40, 3, kAlways},
    {V::HeartRate, C::AtOrBelow, 50, 1, kAlways},
    {V::HeartRate, C::AtOrAbove, 91, 1, kAlways},
    {V::HeartRate, C::AtOrAbove, 111, 2, kAlways},
    {V::HeartRate, C::AtOrAbove, 131, 3, kAlways},
    {V::Consciousness, C::AtOrAbove, 1, 3, kAlways},
    {V::Temperature, C::AtOrBelow, 35.0, 3, kAlways},
    {V::Temperature, C::AtOrBelow, 36.0, 1, kAlways},
    {V::Temperature, C::AtOrAbove, 38.1, 1, kAlways},
    {V::Temperature, C::AtOrAbove, 39.1, 2, kAlways},
}};

constexpr std::array<News2Band, 3> kScale1SpO2{{
    {V::SpO2, C::AtOrBelow, 91, 3, kAlways},
    {V::SpO2, C::AtOrBelow, 93, 2, kAlways},
    {V::SpO2, C::AtOrBelow, 95, 1, kAlways},
}};

// Scale 2: 88-92 scores 0, and so does 93 or more on air; on oxygen, high saturation scores.
constexpr std::array<News2Band, 6> kScale2SpO2{{
    {V::SpO2, C::AtOrBelow, 83, 3, kAlways},
    {V::SpO2, C::AtOrBelow, 85, 2, kAlways},
    {V::SpO2, C::AtOrBelow, 87, 1, kAlways},
    {V::SpO2, C::AtOrAbove, 93, 1, kOnOxygen},
    {V::SpO2, C::AtOrAbove, 95, 2, kOnOxygen},
    {V::SpO2, C::AtOrAbove, 97, 3, kOnOxygen},
}};

template <std::size_t A, std::size_t B>
constexpr std::array<News2Band, A + B> concat(const std::array<News2Band, A> &a, const std::array<News2Band, B> &b)
{
    std::array<News2Band, A + B> out{};
    std::copy(a.begin(), a.end(), out.begin());
    std::copy(b.begin(), b.end(), out.begin() + A);
    return out;
}

constexpr auto kScale1Bands = concat(kScale1SpO2, kCommonBands);
constexpr auto kScale2Bands = concat(kScale2SpO2, kCommonBands);

QString joinNames(const QList<VitalSign> &signs)
{
    QStringList names;
    names.reserve(signs.size());
    for (VitalSign sign : signs)
        names << vitalSignDisplayName(sign);
    return names.join(QStringLiteral(", "));
}

} // namespace

QString news2RiskId(News2Risk risk)
{
    switch (risk) {
    case News2Risk::Low:
        return QStringLiteral("low");
    case News2Risk::LowMedium:
        return QStringLiteral("low-medium");
    case News2Risk::Medium:
        return QStringLiteral("medium");
    case News2Risk::High:
        return QStringLiteral("high");
    }
    return {};
}

QString news2RiskDisplayName(News2Risk risk)
{
    switch (risk) {
    case News2Risk::Low:
        return QCoreApplication::translate("Alerts", "low risk");
    case News2Risk::LowMedium:
        return QCoreApplication::translate("Alerts", "low-medium risk");
    case News2Risk::Medium:
        return QCoreApplication::translate("Alerts", "medium risk");
    case News2Risk::High:
        return QCoreApplication::translate("Alerts", "high risk");
    }
    return {};
}

bool isNews2Parameter(VitalSign sign)
{
    return std::find(kNews2Parameters.begin(), kNews2Parameters.end(), sign) != kNews2Parameters.end();
}

std::span<const News2Band> news2Bands(SpO2Scale scale)
{
    if (scale == SpO2Scale::Scale2)
        return kScale2Bands;
    return kScale1Bands;
}

std::optional<int> news2ParameterScore(VitalSign sign, double value, SpO2Scale scale, std::optional<bool> onOxygen)
{
    if (!isNews2Parameter(sign) || !isPlausible(sign, value))
        return std::nullopt;
    const bool oxygen = onOxygen.value_or(true);
    int score = 0;
    for (const News2Band &band : news2Bands(scale)) {
        if (band.sign != sign || (band.when == News2Condition::OnOxygen && !oxygen))
            continue;
        if (compareAsShown(sign, value, band.comparison, band.limit))
            score = std::max(score, band.score);
    }
    return score;
}

News2Risk news2Risk(int aggregate, int highestSingle)
{
    if (aggregate >= 7)
        return News2Risk::High;
    if (aggregate >= 5)
        return News2Risk::Medium;
    if (highestSingle >= 3)
        return News2Risk::LowMedium;
    return News2Risk::Low;
}

News2Result computeNews2(const VitalSnapshot &values, qint64 nowMs, const News2Settings &settings)
{
    News2Result result;
    std::optional<bool> onOxygen;
    if (const auto &oxygen = values.get(VitalSign::OnOxygen); oxygen && isPlausible(VitalSign::OnOxygen, oxygen->value))
        onOxygen = oxygen->value == 1.0;

    for (std::size_t i = 0; i < kNews2Parameters.size(); ++i) {
        News2Parameter &p = result.parameters[i];
        p.sign = kNews2Parameters[i];
        const auto &observation = values.get(p.sign);
        if (!observation)
            continue;
        p.value = observation->value;
        p.takenAtMs = observation->takenAtMs;
        p.score = news2ParameterScore(p.sign, observation->value, settings.spo2Scale, onOxygen);
        if (!p.score)
            continue;
        p.stale = nowMs - observation->takenAtMs > settings.staleAfterMs;
        result.aggregate += *p.score;
        result.highestSingle = std::max(result.highestSingle, *p.score);
    }
    result.risk = news2Risk(result.aggregate, result.highestSingle);
    return result;
}

bool News2Result::partial() const
{
    return std::any_of(parameters.begin(), parameters.end(), [](const News2Parameter &p) { return !p.score; });
}

bool News2Result::hasStale() const
{
    return std::any_of(parameters.begin(), parameters.end(), [](const News2Parameter &p) { return p.stale; });
}

QList<VitalSign> News2Result::missing() const
{
    QList<VitalSign> out;
    for (const News2Parameter &p : parameters) {
        if (!p.score)
            out << p.sign;
    }
    return out;
}

QList<VitalSign> News2Result::stale() const
{
    QList<VitalSign> out;
    for (const News2Parameter &p : parameters) {
        if (p.stale)
            out << p.sign;
    }
    return out;
}

QString News2Result::summary() const
{
    QString text = partial()
        ? QCoreApplication::translate("Alerts", "NEWS2 at least %1, partial (missing: %2)").arg(aggregate).arg(joinNames(missing()))
        : QCoreApplication::translate("Alerts", "NEWS2 %1 (%2)").arg(aggregate).arg(news2RiskDisplayName(risk));
    if (hasStale())
        text = QCoreApplication::translate("Alerts", "%1; stale: %2").arg(text, joinNames(stale()));
    return text;
}

} // namespace careledger::core
