// Red-flag rules: the NEWS2 default, the EHRGuard paper profile (its flags and its gaps), the
// monitor profile, a doctor's per-patient limits, plausibility as a technical alarm, and the
// canonical CBOR form of per-patient settings with malformed input.

#include "alerts/AlertRules.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace careledger::core;

Q_DECLARE_METATYPE(careledger::core::VitalSign)
Q_DECLARE_METATYPE(careledger::core::AlertError)

namespace {

constexpr qint64 kNow = 1'740'470'400'000;
constexpr qint64 kMinute = 60 * 1000;

VitalSnapshot one(VitalSign sign, double value, qint64 takenAt = kNow)
{
    VitalSnapshot s;
    s.set(sign, value, takenAt);
    return s;
}

// The single flag for `sign`, or nullopt.
std::optional<RedFlag> flagFor(const Evaluation &e, const QString &key)
{
    for (const RedFlag &f : e.flags) {
        if (f.key == key)
            return f;
    }
    return std::nullopt;
}

std::optional<RedFlag> flag(const RuleSet &rules, VitalSign sign, double value, const PatientAlertSettings &patient = {})
{
    const Evaluation e = evaluate(one(sign, value), kNow, rules, patient);
    return flagFor(e, vitalSignId(sign));
}

std::optional<AlarmPriority> priorityFor(int news2Score)
{
    switch (news2Score) {
    case 3:
        return AlarmPriority::High;
    case 2:
        return AlarmPriority::Medium;
    case 1:
        return AlarmPriority::Low;
    default:
        return std::nullopt;
    }
}

PatientAlertSettings copdPatient()
{
    PatientAlertSettings s;
    s.spo2Scale = SpO2Scale::Scale2;
    s.limits = {
        LimitOverride{VitalSign::Temperature, 35.5, 38.5, AlarmPriority::Medium},
        LimitOverride{VitalSign::SpO2, 88, std::nullopt, AlarmPriority::High},
        LimitOverride{VitalSign::Emg, std::nullopt, 90, AlarmPriority::Low},
    };
    return s;
}

QByteArray encode(const QCborValue &value)
{
    return value.toCbor();
}

QCborMap limitEntry(const char *sign, const char *priority, std::optional<qint64> low, std::optional<qint64> high)
{
    QCborMap m;
    m.insert(0, QLatin1String(sign));
    m.insert(1, QLatin1String(priority));
    if (low)
        m.insert(2, *low);
    if (high)
        m.insert(3, *high);
    return m;
}

QCborMap settingsMap(qint64 version, qint64 scale, const QCborArray &limits)
{
    QCborMap m;
    m.insert(0, version);
    m.insert(1, scale);
    m.insert(2, limits);
    return m;
}

} // namespace

class TestAlertRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void codesAndIds();
    void valuesKeepTheirOrderInRightToLeftText();
    void plausibility_data();
    void plausibility();
    void defaultProfileIsNews2();
    void news2FlagsWithTheirPriorityAndText();
    void news2FlagsAgreeWithNews2ScoresEverywhere();
    void news2AggregateFlag();
    void onOxygenIsNotAFlagOfItsOwn();
    void scale2SpO2Rules();
    void paperProfileReproducesThePaper();
    void paperProfileOnTheEhrGuardDataset();
    void monitorProfile();
    void overridesReplaceTheProfileForThatSignOnly();
    void overridesEnableEmgUnderNews2();
    void implausibleReadingIsTechnicalNotClinical();
    void staleReadingsAreMarked();
    void conditionsForTheTracker();
    void validation_data();
    void validation();
    void cborKnownAnswer();
    void cborRoundTripIsCanonical();
    void cborMalformed_data();
    void cborMalformed();
};

void TestAlertRules::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestAlertRules::valuesKeepTheirOrderInRightToLeftText()
{
    const ThresholdRule rule{VitalSign::SpO2, Comparison::AtOrBelow, 91, AlarmPriority::High};
    QVERIFY(!redFlagText(rule, 89).contains(QChar(0x2066))); // left to right: plain text
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const QString text = redFlagText(rule, 89);
    QLocale::setDefault(QLocale::c());
    // "89 %" and "91 %" each inside a left-to-right isolate, so the unit stays after its number.
    QCOMPARE(text.count(QChar(0x2066)), 2);
    QCOMPARE(text.count(QChar(0x2069)), 2);
    QVERIFY(text.indexOf(QChar(0x2066)) < text.indexOf(QLatin1Char('%')));
}

void TestAlertRules::codesAndIds()
{
    for (VitalSign sign : kAllVitalSigns) {
        QCOMPARE(vitalSignFromId(vitalSignId(sign)), std::optional<VitalSign>(sign));
        QVERIFY(!vitalSignDisplayName(sign).isEmpty());
    }
    QVERIFY(!vitalSignFromId(u"pulse").has_value());
    QCOMPARE(vitalSignLoinc(VitalSign::HeartRate), QStringLiteral("8867-4"));
    QCOMPARE(vitalSignLoinc(VitalSign::SpO2), QStringLiteral("59408-5"));
    QCOMPARE(vitalSignLoinc(VitalSign::Temperature), QStringLiteral("8310-5"));
    QCOMPARE(vitalSignLoinc(VitalSign::RespirationRate), QStringLiteral("9279-1"));
    QCOMPARE(vitalSignLoinc(VitalSign::Systolic), QStringLiteral("8480-6"));
    QCOMPARE(vitalSignLoinc(VitalSign::Diastolic), QStringLiteral("8462-4"));
    QCOMPARE(vitalSignLoinc(VitalSign::Glucose), QStringLiteral("41653-7"));
    QVERIFY(vitalSignLoinc(VitalSign::Emg).isEmpty());
    QCOMPARE(vitalSignUcum(VitalSign::Temperature), QStringLiteral("Cel"));
    QCOMPARE(vitalSignUcum(VitalSign::Systolic), QStringLiteral("mm[Hg]"));
    QCOMPARE(vitalSignUcum(VitalSign::Glucose), QStringLiteral("mg/dL"));
    QCOMPARE(vitalSignUcum(VitalSign::HeartRate), QStringLiteral("/min"));
    QCOMPARE(formatVitalValue(VitalSign::Temperature, 37.84), QStringLiteral("37.8 \u00b0C"));
    QCOMPARE(formatVitalValue(VitalSign::Consciousness, 2), QStringLiteral("Responds to voice"));
    for (AlarmPriority p : {AlarmPriority::Low, AlarmPriority::Medium, AlarmPriority::High})
        QCOMPARE(alarmPriorityFromId(alarmPriorityId(p)), std::optional<AlarmPriority>(p));
    for (RuleProfile p : {RuleProfile::News2, RuleProfile::Paper, RuleProfile::Monitor})
        QCOMPARE(ruleProfileFromId(ruleProfileId(p)), std::optional<RuleProfile>(p));
    QVERIFY(AlarmPriority::High > AlarmPriority::Medium && AlarmPriority::Medium > AlarmPriority::Low);
}

void TestAlertRules::plausibility_data()
{
    QTest::addColumn<VitalSign>("sign");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("plausible");
    using V = VitalSign;
    const auto row = [](const char *name, V sign, double value, bool plausible) {
        QTest::newRow(name) << sign << value << plausible;
    };
    row("rr 0", V::RespirationRate, 0, false);
    row("rr 1", V::RespirationRate, 1, true);
    row("rr 59", V::RespirationRate, 59, true);
    row("rr 60", V::RespirationRate, 60, false);
    row("spo2 50", V::SpO2, 50, false);
    row("spo2 51", V::SpO2, 51, true);
    row("spo2 100", V::SpO2, 100, true);
    row("spo2 101", V::SpO2, 101, false);
    row("temp 27.0", V::Temperature, 27.0, false);
    row("temp 27.1", V::Temperature, 27.1, true);
    row("temp 44.9", V::Temperature, 44.9, true);
    row("temp 45.0", V::Temperature, 45.0, false);
    row("sbp 0", V::Systolic, 0, false);
    row("sbp 1", V::Systolic, 1, true);
    row("sbp 300", V::Systolic, 300, true);
    row("sbp 301", V::Systolic, 301, false);
    row("dbp 280", V::Diastolic, 280, true);
    row("dbp 281", V::Diastolic, 281, false);
    row("hr 0", V::HeartRate, 0, false);
    row("hr 1", V::HeartRate, 1, true);
    row("hr 250", V::HeartRate, 250, true);
    row("hr 251", V::HeartRate, 251, false);
    row("hr nan", V::HeartRate, qQNaN(), false);
    row("hr inf", V::HeartRate, qInf(), false);
    row("hr huge", V::HeartRate, 1e300, false);
    row("air", V::OnOxygen, 0, true);
    row("oxygen", V::OnOxygen, 1, true);
    row("oxygen half", V::OnOxygen, 0.5, false);
    row("acvpu 4", V::Consciousness, 4, true);
    row("acvpu 5", V::Consciousness, 5, false);
    row("acvpu 1.5", V::Consciousness, 1.5, false);
    row("glucose 0", V::Glucose, 0, false);
    row("glucose 90", V::Glucose, 90, true);
    row("emg -1", V::Emg, -1, false);
    row("emg 600", V::Emg, 600, true);
}

void TestAlertRules::plausibility()
{
    QFETCH(VitalSign, sign);
    QFETCH(double, value);
    QFETCH(bool, plausible);
    QCOMPARE(isPlausible(sign, value), plausible);
}

void TestAlertRules::defaultProfileIsNews2()
{
    const RuleSet rules = RuleSet::forProfile(RuleProfile::News2);
    QCOMPARE(rules.profile, RuleProfile::News2);
    QVERIFY(rules.news2Aggregate);
    QCOMPARE(rules.rules, RuleSet::news2().rules);
    QVERIFY(!rules.rules.isEmpty());
    QCOMPARE(RuleSet::forProfile(RuleProfile::Paper).rules, RuleSet::paper().rules);
    QVERIFY(!RuleSet::paper().news2Aggregate);
}

void TestAlertRules::news2FlagsWithTheirPriorityAndText()
{
    const RuleSet rules = RuleSet::news2();
    auto f = flag(rules, VitalSign::SpO2, 89);
    QVERIFY(f);
    QCOMPARE(f->priority, AlarmPriority::High);
    QCOMPARE(f->text, QStringLiteral("SpO2 89 % \u2264 91 %"));
    QCOMPARE(f->sign, std::optional<VitalSign>(VitalSign::SpO2));
    QVERIFY(!f->fromOverride);

    f = flag(rules, VitalSign::SpO2, 92);
    QCOMPARE(f->priority, AlarmPriority::Medium);
    QCOMPARE(f->text, QStringLiteral("SpO2 92 % \u2264 93 %"));
    QCOMPARE(flag(rules, VitalSign::SpO2, 95)->priority, AlarmPriority::Low);
    QVERIFY(!flag(rules, VitalSign::SpO2, 96));

    f = flag(rules, VitalSign::HeartRate, 118);
    QCOMPARE(f->priority, AlarmPriority::Medium);
    QCOMPARE(f->text, QStringLiteral("Heart rate 118 /min \u2265 111 /min"));

    f = flag(rules, VitalSign::Temperature, 39.1);
    QCOMPARE(f->priority, AlarmPriority::Medium);
    QCOMPARE(f->text, QStringLiteral("Temperature 39.1 \u00b0C \u2265 39.1 \u00b0C"));

    f = flag(rules, VitalSign::Consciousness, static_cast<double>(Acvpu::Voice));
    QCOMPARE(f->priority, AlarmPriority::High);
    QCOMPARE(f->text, QStringLiteral("Consciousness: Responds to voice"));
    QVERIFY(!flag(rules, VitalSign::Consciousness, static_cast<double>(Acvpu::Alert)));
    QCOMPARE(describeRule(ThresholdRule{VitalSign::Consciousness, Comparison::AtOrAbove, 1, AlarmPriority::High}),
             QStringLiteral("Consciousness not Alert"));
    QCOMPARE(describeRule(ThresholdRule{VitalSign::SpO2, Comparison::AtOrBelow, 91, AlarmPriority::High, RuleCondition::SpO2Scale1}),
             QStringLiteral("SpO2 \u2264 91 % (SpO2 scale 1)"));

    // Signs outside NEWS2 raise nothing by default.
    QVERIFY(!flag(rules, VitalSign::Emg, 600));
    QVERIFY(!flag(rules, VitalSign::Glucose, 400));
    QVERIFY(!flag(rules, VitalSign::Diastolic, 130));
}

// The default rules are the NEWS2 chart: score 3 -> high, 2 -> medium, 1 -> low, 0 -> no
// flag, for every plausible shown value of every parameter, both scales, air and oxygen.
void TestAlertRules::news2FlagsAgreeWithNews2ScoresEverywhere()
{
    const RuleSet rules = RuleSet::news2();
    for (SpO2Scale scale : {SpO2Scale::Scale1, SpO2Scale::Scale2}) {
        PatientAlertSettings patient;
        patient.spo2Scale = scale;
        for (double oxygen : {0.0, 1.0}) {
            for (VitalSign sign : kNews2Parameters) {
                if (sign == VitalSign::OnOxygen)
                    continue;
                const double step = vitalSignDecimals(sign) ? 0.1 : 1.0;
                for (double v = 0; v <= 310; v += step) {
                    if (!isPlausible(sign, v))
                        continue;
                    VitalSnapshot s;
                    s.set(sign, v, kNow);
                    s.set(VitalSign::OnOxygen, oxygen, kNow);
                    const auto f = flagFor(evaluate(s, kNow, rules, patient), vitalSignId(sign));
                    const auto expected = priorityFor(*news2ParameterScore(sign, v, scale, oxygen == 1.0));
                    const QByteArray where = vitalSignId(sign).toLatin1() + ' ' + QByteArray::number(v) + " scale "
                        + QByteArray::number(static_cast<int>(scale)) + " oxygen " + QByteArray::number(oxygen);
                    QVERIFY2(f.has_value() == expected.has_value(), where.constData());
                    if (f)
                        QVERIFY2(f->priority == *expected, where.constData());
                }
            }
        }
    }
}

void TestAlertRules::news2AggregateFlag()
{
    VitalSnapshot s;
    const auto chart = [&](double rr, double spo2, double oxygen, double sbp, double pulse, double acvpu, double temp) {
        s = VitalSnapshot{};
        s.set(VitalSign::RespirationRate, rr, kNow);
        s.set(VitalSign::SpO2, spo2, kNow);
        s.set(VitalSign::OnOxygen, oxygen, kNow);
        s.set(VitalSign::Systolic, sbp, kNow);
        s.set(VitalSign::HeartRate, pulse, kNow);
        s.set(VitalSign::Consciousness, acvpu, kNow);
        s.set(VitalSign::Temperature, temp, kNow);
    };
    chart(24, 89, 0, 98, 118, 0, 38.4);
    Evaluation e = evaluate(s, kNow, RuleSet::news2());
    QCOMPARE(e.news2.aggregate, 10);
    auto aggregate = flagFor(e, QStringLiteral("news2"));
    QVERIFY(aggregate);
    QCOMPARE(aggregate->priority, AlarmPriority::High);
    QCOMPARE(aggregate->text, QStringLiteral("NEWS2 10 \u2265 7"));
    QVERIFY(!aggregate->sign.has_value());
    QCOMPARE(e.flags.last().key, QStringLiteral("news2"));

    chart(22, 96, 0, 120, 115, 0, 38.5); // 2 + 2 + 1
    e = evaluate(s, kNow, RuleSet::news2());
    QCOMPARE(flagFor(e, QStringLiteral("news2"))->priority, AlarmPriority::Medium);
    QCOMPARE(flagFor(e, QStringLiteral("news2"))->text, QStringLiteral("NEWS2 5 \u2265 5"));

    chart(22, 96, 0, 120, 95, 0, 37.0); // 2 + 1
    QVERIFY(!flagFor(evaluate(s, kNow, RuleSet::news2()), QStringLiteral("news2")));

    // Already 7 without consciousness and oxygen: flagged, and says it is partial.
    chart(25, 91, 0, 120, 95, 0, 37.0);
    s.clear(VitalSign::Consciousness);
    s.clear(VitalSign::OnOxygen);
    e = evaluate(s, kNow, RuleSet::news2());
    QCOMPARE(flagFor(e, QStringLiteral("news2"))->text, QStringLiteral("NEWS2 7 \u2265 7 (partial)"));

    // The paper and monitor profiles do not flag the aggregate, though it is computed.
    chart(24, 89, 0, 98, 118, 0, 38.4);
    e = evaluate(s, kNow, RuleSet::paper());
    QCOMPARE(e.news2.aggregate, 10);
    QVERIFY(!flagFor(e, QStringLiteral("news2")));
}

void TestAlertRules::onOxygenIsNotAFlagOfItsOwn()
{
    QVERIFY(!flag(RuleSet::news2(), VitalSign::OnOxygen, 1));
    QCOMPARE(*news2ParameterScore(VitalSign::OnOxygen, 1), 2);
}

void TestAlertRules::scale2SpO2Rules()
{
    PatientAlertSettings patient;
    patient.spo2Scale = SpO2Scale::Scale2;
    const RuleSet rules = RuleSet::news2();
    QVERIFY(!flag(rules, VitalSign::SpO2, 88, patient));
    QVERIFY(!flag(rules, VitalSign::SpO2, 91, patient)); // scale 1 would say high
    QCOMPARE(flag(rules, VitalSign::SpO2, 87, patient)->priority, AlarmPriority::Low);
    QCOMPARE(flag(rules, VitalSign::SpO2, 83, patient)->priority, AlarmPriority::High);

    VitalSnapshot s;
    s.set(VitalSign::SpO2, 97, kNow);
    s.set(VitalSign::OnOxygen, 0, kNow);
    QVERIFY(!flagFor(evaluate(s, kNow, rules, patient), QStringLiteral("spo2")));
    s.set(VitalSign::OnOxygen, 1, kNow);
    auto f = flagFor(evaluate(s, kNow, rules, patient), QStringLiteral("spo2"));
    QCOMPARE(f->priority, AlarmPriority::High);
    QCOMPARE(f->text, QStringLiteral("SpO2 97 % \u2265 97 %"));
    s.clear(VitalSign::OnOxygen); // unknown: treated as on oxygen
    QCOMPARE(flagFor(evaluate(s, kNow, rules, patient), QStringLiteral("spo2"))->priority, AlarmPriority::High);

    // Rules in force for a scale-1 patient carry no scale-2 row, and the other way round.
    for (const ThresholdRule &r : effectiveRules(rules, PatientAlertSettings{}))
        QVERIFY(r.when == RuleCondition::Always || r.when == RuleCondition::SpO2Scale1);
    for (const ThresholdRule &r : effectiveRules(rules, patient))
        QVERIFY(r.when != RuleCondition::SpO2Scale1);
    QCOMPARE(describeRule(ThresholdRule{VitalSign::SpO2, Comparison::AtOrAbove, 97, AlarmPriority::High,
                                        RuleCondition::SpO2Scale2OnOxygen}),
             QStringLiteral("SpO2 \u2265 97 % (SpO2 scale 2, on oxygen)"));
}

// emg > 90, spo2 < 90, temp >= 100 °F (37.8 °C), hb > 100: all red (high), and nothing else.
void TestAlertRules::paperProfileReproducesThePaper()
{
    const RuleSet paper = RuleSet::paper();
    QCOMPARE(paper.profile, RuleProfile::Paper);

    auto f = flag(paper, VitalSign::Emg, 90.1);
    QCOMPARE(f->priority, AlarmPriority::High);
    QCOMPARE(f->text, QStringLiteral("EMG 90.1 mV > 90.0 mV"));
    QVERIFY(!flag(paper, VitalSign::Emg, 90));
    QCOMPARE(flag(paper, VitalSign::Emg, 600)->priority, AlarmPriority::High); // the paper's "abnormal" EMG

    f = flag(paper, VitalSign::SpO2, 89);
    QCOMPARE(f->priority, AlarmPriority::High);
    QCOMPARE(f->text, QStringLiteral("SpO2 89 % < 90 %"));
    QVERIFY(!flag(paper, VitalSign::SpO2, 90));
    QVERIFY(!flag(paper, VitalSign::SpO2, 91)); // defect: NEWS2 scores 90-91 as 3
    QVERIFY(!flag(paper, VitalSign::SpO2, 100)); // outside the paper's "normal" 96-99, not flagged either

    f = flag(paper, VitalSign::Temperature, 37.8);
    QCOMPARE(f->priority, AlarmPriority::High);
    QCOMPARE(f->text, QStringLiteral("Temperature 37.8 \u00b0C \u2265 37.8 \u00b0C"));
    QVERIFY(flag(paper, VitalSign::Temperature, (100.0 - 32.0) * 5.0 / 9.0)); // 100 °F
    QVERIFY(!flag(paper, VitalSign::Temperature, 37.7)); // inside the paper's "normal" up to 37.5 and beyond
    QVERIFY(!flag(paper, VitalSign::Temperature, 30.0)); // defect: no hypothermia rule

    f = flag(paper, VitalSign::HeartRate, 101);
    QCOMPARE(f->text, QStringLiteral("Heart rate 101 /min > 100 /min"));
    QVERIFY(!flag(paper, VitalSign::HeartRate, 100));
    QVERIFY(!flag(paper, VitalSign::HeartRate, 30));     // defect: no bradycardia rule
    QVERIFY(!flag(paper, VitalSign::Systolic, 70));      // defect: no hypotension rule
    QVERIFY(!flag(paper, VitalSign::RespirationRate, 40)); // defect: no respiration rule
    QVERIFY(!flag(paper, VitalSign::Consciousness, 4));
}

// The paper's own dataset: its rules flag exactly the four rows with a pulse above 100; the
// desaturations to 92-93 % beside them go unflagged, which NEWS2 catches.
void TestAlertRules::paperProfileOnTheEhrGuardDataset()
{
    QFile file(QStringLiteral(CARELEDGER_SHARED_DIR "/data/ehrguard-table4-vitals.csv"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the EHRGuard dataset is not next to the source tree");
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 21);
    QSet<QString> paperFlagged;
    QSet<QString> news2SpO2Flagged;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].trimmed().split(',');
        const QString patient = QString::fromLatin1(f[0]);
        const QList<QByteArray> bp = f[3].split('/');
        VitalSnapshot s;
        s.set(VitalSign::HeartRate, f[2].toDouble(), kNow);
        s.set(VitalSign::Systolic, bp[0].toDouble(), kNow);
        s.set(VitalSign::Diastolic, bp[1].toDouble(), kNow);
        s.set(VitalSign::SpO2, f[4].toDouble(), kNow);
        s.set(VitalSign::Glucose, f[5].toDouble(), kNow);
        const Evaluation paper = evaluate(s, kNow, RuleSet::paper());
        QVERIFY(paper.technical.isEmpty());
        for (const RedFlag &flag : paper.flags) {
            QCOMPARE(flag.key, QStringLiteral("heart-rate"));
            QCOMPARE(flag.priority, AlarmPriority::High);
            paperFlagged.insert(patient);
        }
        if (const auto spo2 = flagFor(evaluate(s, kNow, RuleSet::news2()), QStringLiteral("spo2"));
            spo2 && spo2->priority >= AlarmPriority::Medium)
            news2SpO2Flagged.insert(patient);
    }
    QCOMPARE(paperFlagged, (QSet<QString>{QStringLiteral("P006"), QStringLiteral("P010"), QStringLiteral("P014"),
                                          QStringLiteral("P020")}));
    QCOMPARE(news2SpO2Flagged, (QSet<QString>{QStringLiteral("P006"), QStringLiteral("P014"), QStringLiteral("P020")}));
}

// Heart rate 50/120, SpO2 low 90, temperature 35/39 °C, respiration 5/30, systolic 90/160;
// beyond a limit is medium, at the limit is not.
void TestAlertRules::monitorProfile()
{
    const RuleSet monitor = RuleSet::monitor();
    struct Case {
        VitalSign sign;
        double inside, beyond;
    };
    const Case cases[] = {
        {VitalSign::HeartRate, 50, 49},      {VitalSign::HeartRate, 120, 121},   {VitalSign::SpO2, 90, 89},
        {VitalSign::Temperature, 35.0, 34.9}, {VitalSign::Temperature, 39.0, 39.1}, {VitalSign::RespirationRate, 5, 4},
        {VitalSign::RespirationRate, 30, 31}, {VitalSign::Systolic, 90, 89},       {VitalSign::Systolic, 160, 161},
    };
    for (const Case &c : cases) {
        QVERIFY(!flag(monitor, c.sign, c.inside));
        const auto f = flag(monitor, c.sign, c.beyond);
        QVERIFY(f);
        QCOMPARE(f->priority, AlarmPriority::Medium);
    }
    QCOMPARE(flag(monitor, VitalSign::HeartRate, 49)->text, QStringLiteral("Heart rate 49 /min < 50 /min"));
}

// A doctor's limits replace the profile's rules for that sign; the other signs keep theirs.
void TestAlertRules::overridesReplaceTheProfileForThatSignOnly()
{
    const PatientAlertSettings patient = copdPatient();
    const RuleSet rules = RuleSet::news2();
    QVERIFY(!flag(rules, VitalSign::SpO2, 88, patient));
    auto f = flag(rules, VitalSign::SpO2, 87, patient);
    QCOMPARE(f->priority, AlarmPriority::High);
    QCOMPARE(f->text, QStringLiteral("SpO2 87 % < 88 %"));
    QVERIFY(f->fromOverride);

    QVERIFY(!flag(rules, VitalSign::Temperature, 38.5, patient)); // NEWS2 would flag 38.1 and up
    f = flag(rules, VitalSign::Temperature, 38.6, patient);
    QCOMPARE(f->priority, AlarmPriority::Medium);
    QCOMPARE(f->text, QStringLiteral("Temperature 38.6 \u00b0C > 38.5 \u00b0C"));
    QCOMPARE(flag(rules, VitalSign::Temperature, 35.4, patient)->text, QStringLiteral("Temperature 35.4 \u00b0C < 35.5 \u00b0C"));

    f = flag(rules, VitalSign::HeartRate, 118, patient); // untouched: still NEWS2
    QCOMPARE(f->priority, AlarmPriority::Medium);
    QVERIFY(!f->fromOverride);

    // Overrides apply on top of any profile.
    QVERIFY(!flag(RuleSet::paper(), VitalSign::SpO2, 89, patient));
    QVERIFY(flag(RuleSet::paper(), VitalSign::SpO2, 87, patient));
}

void TestAlertRules::overridesEnableEmgUnderNews2()
{
    const PatientAlertSettings patient = copdPatient();
    QVERIFY(!flag(RuleSet::news2(), VitalSign::Emg, 95));
    const auto f = flag(RuleSet::news2(), VitalSign::Emg, 95, patient);
    QCOMPARE(f->priority, AlarmPriority::Low);
    QCOMPARE(f->text, QStringLiteral("EMG 95.0 mV > 90.0 mV"));
}

// A probe off the finger reads 0 %: that is the equipment, not a desaturation.
void TestAlertRules::implausibleReadingIsTechnicalNotClinical()
{
    VitalSnapshot s;
    s.set(VitalSign::SpO2, 0, kNow);
    s.set(VitalSign::HeartRate, 300, kNow);
    s.set(VitalSign::Temperature, 37.0, kNow);
    const Evaluation e = evaluate(s, kNow, RuleSet::news2());
    QVERIFY(e.flags.isEmpty());
    QCOMPARE(e.technical.size(), 2);
    QCOMPARE(e.technical[0].key, QStringLiteral("implausible:heart-rate"));
    QCOMPARE(e.technical[0].text, QStringLiteral("Heart rate: implausible reading (300 /min)"));
    QCOMPARE(e.technical[1].key, QStringLiteral("implausible:spo2"));
    QCOMPARE(e.technical[1].cause, TechnicalCause::ImplausibleReading);
    QCOMPARE(e.technical[1].priority, AlarmPriority::Medium);
    QVERIFY(e.news2.missing().contains(VitalSign::SpO2));

    // The paper profile would flag SpO2 0 < 90 as red if it were believed.
    QVERIFY(evaluate(s, kNow, RuleSet::paper()).flags.isEmpty());
}

void TestAlertRules::staleReadingsAreMarked()
{
    VitalSnapshot s;
    s.set(VitalSign::SpO2, 89, kNow - 2 * 60 * kMinute);
    s.set(VitalSign::HeartRate, 118, kNow - kMinute);
    const Evaluation e = evaluate(s, kNow, RuleSet::news2());
    QVERIFY(flagFor(e, QStringLiteral("spo2"))->stale);
    QVERIFY(!flagFor(e, QStringLiteral("heart-rate"))->stale);
    EvaluationOptions options;
    options.staleAfterMs = 3 * 60 * kMinute;
    QVERIFY(!flagFor(evaluate(s, kNow, RuleSet::news2(), {}, options), QStringLiteral("spo2"))->stale);
}

void TestAlertRules::conditionsForTheTracker()
{
    VitalSnapshot s;
    s.set(VitalSign::SpO2, 89, kNow);
    s.set(VitalSign::HeartRate, 0, kNow);
    const QList<AlarmCondition> c = evaluate(s, kNow, RuleSet::news2()).conditions();
    QCOMPARE(c.size(), 2);
    QCOMPARE(c[0].key, QStringLiteral("spo2"));
    QCOMPARE(c[0].priority, AlarmPriority::High);
    QVERIFY(!c[0].technical);
    QCOMPARE(c[1].key, QStringLiteral("implausible:heart-rate"));
    QVERIFY(c[1].technical);
}

void TestAlertRules::validation_data()
{
    QTest::addColumn<VitalSign>("sign");
    QTest::addColumn<double>("low");  // NaN: not set
    QTest::addColumn<double>("high"); // NaN: not set
    QTest::addColumn<QString>("message"); // empty: valid
    const double none = qQNaN();
    const auto row = [](const char *name, VitalSign sign, double low, double high, const char *message) {
        QTest::newRow(name) << sign << low << high << QString::fromUtf8(message);
    };
    row("spo2 low only", VitalSign::SpO2, 88, none, "");
    row("temperature both", VitalSign::Temperature, 35.5, 38.5, "");
    row("glucose both", VitalSign::Glucose, 70, 250, "");
    row("emg high", VitalSign::Emg, none, 90.5, "");
    row("no limit", VitalSign::HeartRate, none, none, "Set a low limit, a high limit or both for Heart rate.");
    row("oxygen", VitalSign::OnOxygen, 0, 1, "Limits cannot be set for Air or oxygen.");
    row("consciousness", VitalSign::Consciousness, none, 1, "Limits cannot be set for Consciousness.");
    row("low above high", VitalSign::HeartRate, 120, 50, "The low limit of Heart rate must be below its high limit.");
    row("low equals high", VitalSign::HeartRate, 80, 80, "The low limit of Heart rate must be below its high limit.");
    row("fractional spo2", VitalSign::SpO2, 88.5, none, "The low limit of SpO2 must be a whole number.");
    row("two decimals", VitalSign::Temperature, none, 38.25, "The high limit of Temperature may have at most one decimal.");
    row("spo2 above range", VitalSign::SpO2, none, 101, "The high limit of SpO2 must be between 51 and 100.");
    row("temperature below range", VitalSign::Temperature, 20, none, "The low limit of Temperature must be between 27.1 and 44.9.");
    row("glucose zero", VitalSign::Glucose, 0, none, "The low limit of Glucose must be above 0 and at most 10000.");
    row("infinite", VitalSign::HeartRate, none, qInf(), "The high limit of Heart rate must be a whole number.");
}

void TestAlertRules::validation()
{
    QFETCH(VitalSign, sign);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(QString, message);
    PatientAlertSettings s;
    LimitOverride limit;
    limit.sign = sign;
    if (!qIsNaN(low))
        limit.low = low;
    if (!qIsNaN(high))
        limit.high = high;
    s.limits << limit;
    const AlertStatus status = validate(s);
    if (message.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.message()));
        return;
    }
    QVERIFY(!status.ok());
    QCOMPARE(status.code(), AlertError::Invalid);
    QCOMPARE(status.message(), message);
}

void TestAlertRules::cborKnownAnswer()
{
    PatientAlertSettings s;
    s.spo2Scale = SpO2Scale::Scale2;
    s.limits << LimitOverride{VitalSign::SpO2, 88, std::nullopt, AlarmPriority::High};
    // {0: 1, 1: 2, 2: [{0: "spo2", 1: "high", 2: 880}]}
    QCOMPARE(encodeAlertSettings(s).toHex(), QByteArray("a30001010202" "81a3" "0064" "73706f32" "0164" "68696768" "02190370"));
    QCOMPARE(toCbor(s).toCborValue().toCbor(), encodeAlertSettings(s));
}

void TestAlertRules::cborRoundTripIsCanonical()
{
    const PatientAlertSettings s = copdPatient();
    QVERIFY(validate(s).ok());
    const QByteArray bytes = encodeAlertSettings(s);
    const auto decoded = decodeAlertSettings(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    // Decoding yields the limits in the canonical (sign) order; the same settings in any
    // order encode to the same bytes.
    PatientAlertSettings sorted = s;
    std::sort(sorted.limits.begin(), sorted.limits.end(), [](const auto &a, const auto &b) { return a.sign < b.sign; });
    QCOMPARE(*decoded, sorted);
    QCOMPARE(encodeAlertSettings(sorted), bytes);
    QCOMPARE(encodeAlertSettings(*decoded), bytes);

    const auto empty = decodeAlertSettings(encodeAlertSettings(PatientAlertSettings{}));
    QVERIFY(empty.ok());
    QCOMPARE(*empty, PatientAlertSettings{});
}

void TestAlertRules::cborMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QCborArray oneLimit{limitEntry("spo2", "high", 880, std::nullopt)};
    const QByteArray valid = encode(settingsMap(1, 1, oneLimit));
    const QString malformed = QStringLiteral("Stored alert settings are malformed (%1).");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("Stored alert settings are not valid CBOR.");
    QTest::newRow("garbage") << QByteArray("\xff\xfe\x00", 3) << QStringLiteral("Stored alert settings are not valid CBOR.");
    QTest::newRow("truncated") << valid.left(valid.size() - 2) << QStringLiteral("Stored alert settings are not valid CBOR.");
    QTest::newRow("trailing byte") << valid + QByteArray(1, '\x00')
                                   << QStringLiteral("Stored alert settings are not in canonical form.");
    QTest::newRow("too large") << QByteArray(5000, '\x00') << QStringLiteral("Stored alert settings are larger than 4096 bytes.");
    QTest::newRow("array") << encode(QCborArray{1, 1, QCborArray{}}) << malformed.arg(QStringLiteral("map"));
    QTest::newRow("version 2") << encode(settingsMap(2, 1, {}))
                               << QStringLiteral("Stored alert settings have an unsupported format version.");
    {
        QCborMap m;
        m.insert(0, 1);
        m.insert(1, 1);
        QTest::newRow("missing limits") << encode(m) << malformed.arg(QStringLiteral("map"));
        m.insert(2, QCborArray{});
        m.insert(3, 0);
        QTest::newRow("unknown key") << encode(m) << malformed.arg(QStringLiteral("map"));
    }
    {
        QCborMap m;
        m.insert(1, 1);
        m.insert(0, 1);
        m.insert(2, QCborArray{});
        QTest::newRow("keys out of order") << encode(m) << malformed.arg(QStringLiteral("map"));
    }
    {
        QCborMap m;
        m.insert(QLatin1String("version"), 1);
        m.insert(1, 1);
        m.insert(2, QCborArray{});
        QTest::newRow("text key") << encode(m) << malformed.arg(QStringLiteral("map"));
    }
    QTest::newRow("scale 3") << encode(settingsMap(1, 3, {})) << malformed.arg(QStringLiteral("spo2 scale"));
    {
        QCborMap m = settingsMap(1, 1, {});
        m.insert(2, QLatin1String("none"));
        QTest::newRow("limits not an array") << encode(m) << malformed.arg(QStringLiteral("limits"));
    }
    QTest::newRow("limit not a map") << encode(settingsMap(1, 1, QCborArray{QLatin1String("spo2")}))
                                     << malformed.arg(QStringLiteral("limit"));
    QTest::newRow("unknown sign") << encode(settingsMap(1, 1, QCborArray{limitEntry("pulse", "high", 880, std::nullopt)}))
                                  << malformed.arg(QStringLiteral("limit sign"));
    QTest::newRow("unknown priority")
        << encode(settingsMap(1, 1, QCborArray{limitEntry("spo2", "urgent", 880, std::nullopt)}))
        << malformed.arg(QStringLiteral("limit priority"));
    {
        QCborMap entry = limitEntry("spo2", "high", std::nullopt, std::nullopt);
        entry.insert(2, 88.0);
        QTest::newRow("float limit") << encode(settingsMap(1, 1, QCborArray{entry})) << malformed.arg(QStringLiteral("limit low"));
        entry.insert(2, QLatin1String("88"));
        QTest::newRow("text limit") << encode(settingsMap(1, 1, QCborArray{entry})) << malformed.arg(QStringLiteral("limit low"));
    }
    {
        QCborMap entry;
        entry.insert(1, QLatin1String("high"));
        entry.insert(2, 880);
        QTest::newRow("limit without sign") << encode(settingsMap(1, 1, QCborArray{entry})) << malformed.arg(QStringLiteral("limit"));
    }
    QTest::newRow("duplicate sign")
        << encode(settingsMap(1, 1, QCborArray{limitEntry("spo2", "high", 880, std::nullopt), limitEntry("spo2", "low", 850, std::nullopt)}))
        << QStringLiteral("Stored alert settings are invalid: SpO2 has more than one set of limits.");
    QTest::newRow("limits out of order")
        << encode(settingsMap(1, 1, QCborArray{limitEntry("temperature", "medium", 355, 385), limitEntry("spo2", "high", 880, std::nullopt)}))
        << QStringLiteral("Stored alert settings are not in canonical form.");
    QTest::newRow("low above high")
        << encode(settingsMap(1, 1, QCborArray{limitEntry("heart-rate", "medium", 1200, 500)}))
        << QStringLiteral("Stored alert settings are invalid: The low limit of Heart rate must be below its high limit.");
    QTest::newRow("spo2 120 %")
        << encode(settingsMap(1, 1, QCborArray{limitEntry("spo2", "high", 1200, std::nullopt)}))
        << QStringLiteral("Stored alert settings are invalid: The low limit of SpO2 must be between 51 and 100.");
    QTest::newRow("fractional spo2")
        << encode(settingsMap(1, 1, QCborArray{limitEntry("spo2", "high", 885, std::nullopt)}))
        << QStringLiteral("Stored alert settings are invalid: The low limit of SpO2 must be a whole number.");
    QTest::newRow("consciousness limit")
        << encode(settingsMap(1, 1, QCborArray{limitEntry("consciousness", "high", std::nullopt, 10)}))
        << QStringLiteral("Stored alert settings are invalid: Limits cannot be set for Consciousness.");
    QTest::newRow("no limit in entry") << encode(settingsMap(1, 1, QCborArray{limitEntry("spo2", "high", std::nullopt, std::nullopt)}))
                                       << QStringLiteral("Stored alert settings are invalid: Set a low limit, a high limit or both for SpO2.");
    {
        QByteArray longForm = valid;
        // Version 1 written as 0x18 0x01 (one-byte argument) instead of 0x01.
        longForm.replace(0, 3, QByteArray::fromHex("a3001801"));
        QTest::newRow("long-form integer") << longForm << QStringLiteral("Stored alert settings are not in canonical form.");
    }
    {
        QByteArray indefinite = valid;
        indefinite[0] = '\xbf'; // indefinite-length map
        indefinite.append('\xff');
        QTest::newRow("indefinite map") << indefinite << QStringLiteral("Stored alert settings are not in canonical form.");
    }
}

void TestAlertRules::cborMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const auto decoded = decodeAlertSettings(bytes);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.code(), AlertError::Decode);
    QCOMPARE(decoded.message(), message);
}

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alert_rules.moc"
