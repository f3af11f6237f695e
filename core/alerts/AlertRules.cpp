#include "alerts/AlertRules.h"

#include <QCoreApplication>
#include <QLocale>

namespace careledger::core {

namespace {

AlarmPriority priorityForNews2Score(int score)
{
    if (score >= 3)
        return AlarmPriority::High;
    return score == 2 ? AlarmPriority::Medium : AlarmPriority::Low;
}

RuleCondition conditionFor(const News2Band &band, SpO2Scale scale)
{
    if (band.sign != VitalSign::SpO2)
        return RuleCondition::Always;
    if (scale == SpO2Scale::Scale1)
        return RuleCondition::SpO2Scale1;
    return band.when == News2Condition::OnOxygen ? RuleCondition::SpO2Scale2OnOxygen : RuleCondition::SpO2Scale2;
}

QString withCondition(const QString &rule, RuleCondition when)
{
    switch (when) {
    case RuleCondition::Always:
        return rule;
    case RuleCondition::SpO2Scale1:
        //: A rule that applies on SpO2 scale 1 only ("SpO2 ≤ 91 % (SpO2 scale 1)")
        return QCoreApplication::translate("Alerts", "%1 (SpO2 scale 1)").arg(rule);
    case RuleCondition::SpO2Scale2:
        return QCoreApplication::translate("Alerts", "%1 (SpO2 scale 2)").arg(rule);
    case RuleCondition::SpO2Scale2OnOxygen:
        return QCoreApplication::translate("Alerts", "%1 (SpO2 scale 2, on oxygen)").arg(rule);
    }
    return rule;
}

// A rule applies to the patient's SpO2 scale only; a scale-2 on-oxygen rule also while
// nobody has said the patient is on air.
bool applies(RuleCondition when, SpO2Scale scale, std::optional<bool> onOxygen)
{
    switch (when) {
    case RuleCondition::Always:
        return true;
    case RuleCondition::SpO2Scale1:
        return scale == SpO2Scale::Scale1;
    case RuleCondition::SpO2Scale2:
        return scale == SpO2Scale::Scale2;
    case RuleCondition::SpO2Scale2OnOxygen:
        return scale == SpO2Scale::Scale2 && onOxygen.value_or(true);
    }
    return false;
}

} // namespace

QString alarmPriorityId(AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::Low:
        return QStringLiteral("low");
    case AlarmPriority::Medium:
        return QStringLiteral("medium");
    case AlarmPriority::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<AlarmPriority> alarmPriorityFromId(QStringView id)
{
    for (AlarmPriority p : {AlarmPriority::Low, AlarmPriority::Medium, AlarmPriority::High}) {
        if (id == alarmPriorityId(p))
            return p;
    }
    return std::nullopt;
}

QString alarmPriorityDisplayName(AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::Low:
        return QCoreApplication::translate("Alerts", "Low priority");
    case AlarmPriority::Medium:
        return QCoreApplication::translate("Alerts", "Medium priority");
    case AlarmPriority::High:
        return QCoreApplication::translate("Alerts", "High priority");
    }
    return {};
}

QString ruleProfileId(RuleProfile profile)
{
    switch (profile) {
    case RuleProfile::News2:
        return QStringLiteral("news2");
    case RuleProfile::Paper:
        return QStringLiteral("paper");
    case RuleProfile::Monitor:
        return QStringLiteral("monitor");
    }
    return {};
}

std::optional<RuleProfile> ruleProfileFromId(QStringView id)
{
    for (RuleProfile p : {RuleProfile::News2, RuleProfile::Paper, RuleProfile::Monitor}) {
        if (id == ruleProfileId(p))
            return p;
    }
    return std::nullopt;
}

QString ruleProfileDisplayName(RuleProfile profile)
{
    switch (profile) {
    case RuleProfile::News2:
        return QCoreApplication::translate("Alerts", "NEWS2 (default)");
    case RuleProfile::Paper:
        return QCoreApplication::translate("Alerts", "EHRGuard paper rules");
    case RuleProfile::Monitor:
        return QCoreApplication::translate("Alerts", "Typical monitor limits");
    }
    return {};
}

RuleSet RuleSet::news2()
{
    RuleSet set;
    set.profile = RuleProfile::News2;
    set.news2Aggregate = true;
    for (SpO2Scale scale : {SpO2Scale::Scale1, SpO2Scale::Scale2}) {
        for (const News2Band &band : news2Bands(scale)) {
            // Being on oxygen is treatment, not deterioration: it weighs in the aggregate only.
            if (band.sign == VitalSign::OnOxygen)
                continue;
            // The common rows appear under both scales; take them once.
            if (scale == SpO2Scale::Scale2 && band.sign != VitalSign::SpO2)
                continue;
            set.rules << ThresholdRule{band.sign, band.comparison, band.limit, priorityForNews2Score(band.score),
                                       conditionFor(band, scale)};
        }
    }
    return set;
}

RuleSet RuleSet::paper()
{
    using V = VitalSign;
    using C = Comparison;
    constexpr AlarmPriority red = AlarmPriority::High;
    RuleSet set;
    set.profile = RuleProfile::Paper;
    set.rules = {
        ThresholdRule{V::Emg, C::Above, 90, red, RuleCondition::Always},
        ThresholdRule{V::SpO2, C::Below, 90, red, RuleCondition::Always},
        // The paper compares °F with ">= 100"; 100 °F is 37.78 °C, shown and compared as 37.8.
        ThresholdRule{V::Temperature, C::AtOrAbove, 37.8, red, RuleCondition::Always},
        ThresholdRule{V::HeartRate, C::Above, 100, red, RuleCondition::Always},
    };
    return set;
}

RuleSet RuleSet::monitor()
{
    using V = VitalSign;
    using C = Comparison;
    constexpr AlarmPriority medium = AlarmPriority::Medium;
    RuleSet set;
    set.profile = RuleProfile::Monitor;
    set.rules = {
        ThresholdRule{V::HeartRate, C::Below, 50, medium, RuleCondition::Always},
        ThresholdRule{V::HeartRate, C::Above, 120, medium, RuleCondition::Always},
        ThresholdRule{V::SpO2, C::Below, 90, medium, RuleCondition::Always},
        ThresholdRule{V::Temperature, C::Below, 35, medium, RuleCondition::Always},
        ThresholdRule{V::Temperature, C::Above, 39, medium, RuleCondition::Always},
        ThresholdRule{V::RespirationRate, C::Below, 5, medium, RuleCondition::Always},
        ThresholdRule{V::RespirationRate, C::Above, 30, medium, RuleCondition::Always},
        ThresholdRule{V::Systolic, C::Below, 90, medium, RuleCondition::Always},
        ThresholdRule{V::Systolic, C::Above, 160, medium, RuleCondition::Always},
    };
    return set;
}

RuleSet RuleSet::forProfile(RuleProfile profile)
{
    switch (profile) {
    case RuleProfile::Paper:
        return paper();
    case RuleProfile::Monitor:
        return monitor();
    case RuleProfile::News2:
        break;
    }
    return news2();
}

QList<ThresholdRule> effectiveRules(const RuleSet &ruleSet, const PatientAlertSettings &patient)
{
    QList<ThresholdRule> out;
    for (const ThresholdRule &rule : ruleSet.rules) {
        // Whether the patient is on oxygen is a reading, so it is left for evaluate() to check.
        if (!patient.limitFor(rule.sign) && applies(rule.when, patient.spo2Scale, true))
            out << rule;
    }
    for (const LimitOverride &limit : patient.limits) {
        if (limit.low)
            out << ThresholdRule{limit.sign, Comparison::Below, *limit.low, limit.priority, RuleCondition::Always};
        if (limit.high)
            out << ThresholdRule{limit.sign, Comparison::Above, *limit.high, limit.priority, RuleCondition::Always};
    }
    return out;
}

QString describeRule(const ThresholdRule &rule)
{
    if (rule.sign == VitalSign::Consciousness)
        //: Consciousness rule in a table: sign name, the ACVPU level Alert ("Consciousness not Alert")
        return withCondition(QCoreApplication::translate("Alerts", "%1 not %2")
                                 .arg(vitalSignDisplayName(rule.sign), acvpuDisplayName(Acvpu::Alert)),
                             rule.when);
    //: Rule in a table: sign name, comparison symbol, limit with unit ("SpO2 ≤ 91 %")
    return withCondition(QCoreApplication::translate("Alerts", "%1 %2 %3")
                             .arg(vitalSignDisplayName(rule.sign), comparisonSymbol(rule.comparison),
                                  formatVitalValue(rule.sign, rule.limit)),
                         rule.when);
}

namespace {

// Inside right-to-left text a number and its unit ("89 %") keep their own order: a
// left-to-right isolate around each, only when the default locale writes right to left.
QString keepOrder(const QString &text)
{
    if (QLocale().textDirection() != Qt::RightToLeft)
        return text;
    return QChar(0x2066) + text + QChar(0x2069);
}

} // namespace

QString redFlagText(const ThresholdRule &rule, double value)
{
    if (rule.sign == VitalSign::Consciousness)
        //: Consciousness flag: sign name, ACVPU level ("Consciousness: Responds to voice")
        return QCoreApplication::translate("Alerts", "%1: %2").arg(vitalSignDisplayName(rule.sign), formatVitalValue(rule.sign, value));
    //: Why a reading was flagged: sign, value with unit, comparison symbol, limit ("SpO2 89 % ≤ 91 %")
    return QCoreApplication::translate("Alerts", "%1 %2 %3 %4").arg(vitalSignDisplayName(rule.sign), keepOrder(formatVitalValue(rule.sign, value)),
                                 comparisonSymbol(rule.comparison), keepOrder(formatVitalValue(rule.sign, rule.limit)));
}

QList<AlarmCondition> Evaluation::conditions() const
{
    QList<AlarmCondition> out;
    out.reserve(flags.size() + technical.size());
    for (const RedFlag &flag : flags)
        out << AlarmCondition{flag.key, flag.priority, flag.text, false};
    for (const TechnicalAlarm &alarm : technical)
        out << AlarmCondition{alarm.key, alarm.priority, alarm.text, true};
    return out;
}

Evaluation evaluate(const VitalSnapshot &values, qint64 nowMs, const RuleSet &ruleSet, const PatientAlertSettings &patient,
                    const EvaluationOptions &options)
{
    Evaluation result;
    const QList<ThresholdRule> rules = effectiveRules(ruleSet, patient);

    std::optional<bool> onOxygen;
    if (const auto &oxygen = values.get(VitalSign::OnOxygen); oxygen && isPlausible(VitalSign::OnOxygen, oxygen->value))
        onOxygen = oxygen->value == 1.0;

    for (VitalSign sign : kAllVitalSigns) {
        const auto &observation = values.get(sign);
        if (!observation)
            continue;
        const double value = observation->value;
        if (!isPlausible(sign, value)) {
            TechnicalAlarm alarm;
            alarm.key = QStringLiteral("implausible:") + vitalSignId(sign);
            alarm.sign = sign;
            alarm.value = value;
            //: Technical alarm: sign name, the value as received ("SpO2: implausible reading (12 %)")
            alarm.text = QCoreApplication::translate("Alerts", "%1: implausible reading (%2)")
                             .arg(vitalSignDisplayName(sign), formatVitalValue(sign, value));
            result.technical << alarm;
            continue;
        }
        // The sign's most urgent matching rule speaks for it; among equals, the first listed.
        const ThresholdRule *match = nullptr;
        for (const ThresholdRule &rule : rules) {
            if (rule.sign != sign || !applies(rule.when, patient.spo2Scale, onOxygen))
                continue;
            if (!compareAsShown(sign, value, rule.comparison, rule.limit))
                continue;
            if (!match || rule.priority > match->priority)
                match = &rule;
        }
        if (!match)
            continue;
        RedFlag flag;
        flag.key = vitalSignId(sign);
        flag.sign = sign;
        flag.value = value;
        flag.priority = match->priority;
        flag.text = redFlagText(*match, value);
        flag.stale = nowMs - observation->takenAtMs > options.staleAfterMs;
        flag.fromOverride = patient.limitFor(sign) != nullptr;
        result.flags << flag;
    }

    result.news2 = computeNews2(values, nowMs, News2Settings{patient.spo2Scale, options.staleAfterMs});
    if (ruleSet.news2Aggregate && result.news2.aggregate >= 5) {
        const int threshold = result.news2.aggregate >= 7 ? 7 : 5;
        RedFlag flag;
        flag.key = QStringLiteral("news2");
        flag.value = result.news2.aggregate;
        flag.priority = threshold == 7 ? AlarmPriority::High : AlarmPriority::Medium;
        flag.text = result.news2.partial()
            //: NEWS2 aggregate flag computed without every parameter: score, threshold
            ? QCoreApplication::translate("Alerts", "NEWS2 %1 \u2265 %2 (partial)").arg(result.news2.aggregate).arg(threshold)
            //: NEWS2 aggregate flag: score, threshold
            : QCoreApplication::translate("Alerts", "NEWS2 %1 \u2265 %2").arg(result.news2.aggregate).arg(threshold);
        flag.stale = result.news2.hasStale();
        result.flags << flag;
    }
    return result;
}

} // namespace careledger::core
