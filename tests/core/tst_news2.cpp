// NEWS2: every row edge of the RCP 2017 chart for every parameter and both SpO2 scales, the
// worked cases of the reference data, risk bands, and results that are partial or stale.

#include "alerts/News2.h"

#include <QLocale>
#include <QTest>

using namespace careledger::core;

Q_DECLARE_METATYPE(careledger::core::VitalSign)
Q_DECLARE_METATYPE(careledger::core::SpO2Scale)
Q_DECLARE_METATYPE(careledger::core::News2Risk)

namespace {

constexpr qint64 kNow = 1'740'470'400'000; // 2025-02-25 08:00 UTC
constexpr qint64 kMinute = 60 * 1000;

struct Chart {
    double rr, spo2, oxygen, systolic, pulse, consciousness, temperature;
};

VitalSnapshot snapshot(const Chart &c, qint64 takenAt = kNow)
{
    VitalSnapshot s;
    s.set(VitalSign::RespirationRate, c.rr, takenAt);
    s.set(VitalSign::SpO2, c.spo2, takenAt);
    s.set(VitalSign::OnOxygen, c.oxygen, takenAt);
    s.set(VitalSign::Systolic, c.systolic, takenAt);
    s.set(VitalSign::HeartRate, c.pulse, takenAt);
    s.set(VitalSign::Consciousness, c.consciousness, takenAt);
    s.set(VitalSign::Temperature, c.temperature, takenAt);
    return s;
}

const Chart kNormal{16, 97, 0, 120, 70, 0, 37.0};

} // namespace

class TestNews2 : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void parameterScore_data();
    void parameterScore();
    void otherParametersIgnoreTheScale();
    void signsOutsideNews2HaveNoScore();
    void implausibleValuesHaveNoScore();
    void valuesAreScoredAsShown();
    void workedCaseAllNormalScoresZero();
    void workedCaseDeterioratingPatientScoresTen();
    void workedCaseScale2OnOxygen();
    void riskBands_data();
    void riskBands();
    void missingParametersMakeAPartialScoreNeverAReassuringZero();
    void emptySnapshotIsPartialWithEverythingMissing();
    void implausibleInputCountsAsMissing();
    void scale2WithOxygenUnknownScoresHigh();
    void staleInputsAreNamed();
    void staleAgeIsConfigurable();
    void summaryOfACompleteScore();
};

void TestNews2::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestNews2::parameterScore_data()
{
    QTest::addColumn<VitalSign>("sign");
    QTest::addColumn<double>("value");
    QTest::addColumn<SpO2Scale>("scale");
    QTest::addColumn<int>("oxygen"); // -1 unknown, 0 air, 1 oxygen
    QTest::addColumn<int>("score");

    const auto row = [](const char *name, VitalSign sign, double value, int score, SpO2Scale scale = SpO2Scale::Scale1,
                        int oxygen = 0) { QTest::newRow(name) << sign << value << scale << oxygen << score; };
    using V = VitalSign;
    constexpr auto S2 = SpO2Scale::Scale2;

    // Respiration rate: <=8 3 | 9-11 1 | 12-20 0 | 21-24 2 | >=25 3
    row("rr 1", V::RespirationRate, 1, 3);
    row("rr 8", V::RespirationRate, 8, 3);
    row("rr 9", V::RespirationRate, 9, 1);
    row("rr 11", V::RespirationRate, 11, 1);
    row("rr 12", V::RespirationRate, 12, 0);
    row("rr 20", V::RespirationRate, 20, 0);
    row("rr 21", V::RespirationRate, 21, 2);
    row("rr 24", V::RespirationRate, 24, 2);
    row("rr 25", V::RespirationRate, 25, 3);
    row("rr 59", V::RespirationRate, 59, 3);

    // SpO2 scale 1: <=91 3 | 92-93 2 | 94-95 1 | >=96 0; oxygen does not change it.
    row("spo2 s1 51", V::SpO2, 51, 3);
    row("spo2 s1 91", V::SpO2, 91, 3);
    row("spo2 s1 92", V::SpO2, 92, 2);
    row("spo2 s1 93", V::SpO2, 93, 2);
    row("spo2 s1 94", V::SpO2, 94, 1);
    row("spo2 s1 95", V::SpO2, 95, 1);
    row("spo2 s1 96", V::SpO2, 96, 0);
    row("spo2 s1 100", V::SpO2, 100, 0);
    row("spo2 s1 100 on oxygen", V::SpO2, 100, 0, SpO2Scale::Scale1, 1);
    row("spo2 s1 91 on oxygen", V::SpO2, 91, 3, SpO2Scale::Scale1, 1);

    // SpO2 scale 2: <=83 3 | 84-85 2 | 86-87 1 | 88-92 or >=93 on air 0 | on oxygen 93-94 1,
    // 95-96 2, >=97 3
    row("spo2 s2 83", V::SpO2, 83, 3, S2);
    row("spo2 s2 84", V::SpO2, 84, 2, S2);
    row("spo2 s2 85", V::SpO2, 85, 2, S2);
    row("spo2 s2 86", V::SpO2, 86, 1, S2);
    row("spo2 s2 87", V::SpO2, 87, 1, S2);
    row("spo2 s2 88", V::SpO2, 88, 0, S2);
    row("spo2 s2 92", V::SpO2, 92, 0, S2);
    row("spo2 s2 93 air", V::SpO2, 93, 0, S2, 0);
    row("spo2 s2 100 air", V::SpO2, 100, 0, S2, 0);
    row("spo2 s2 88 oxygen", V::SpO2, 88, 0, S2, 1);
    row("spo2 s2 92 oxygen", V::SpO2, 92, 0, S2, 1);
    row("spo2 s2 93 oxygen", V::SpO2, 93, 1, S2, 1);
    row("spo2 s2 94 oxygen", V::SpO2, 94, 1, S2, 1);
    row("spo2 s2 95 oxygen", V::SpO2, 95, 2, S2, 1);
    row("spo2 s2 96 oxygen", V::SpO2, 96, 2, S2, 1);
    row("spo2 s2 97 oxygen", V::SpO2, 97, 3, S2, 1);
    row("spo2 s2 100 oxygen", V::SpO2, 100, 3, S2, 1);
    row("spo2 s2 83 oxygen", V::SpO2, 83, 3, S2, 1);
    row("spo2 s2 97 oxygen unknown", V::SpO2, 97, 3, S2, -1);

    // Air or oxygen: air 0 | oxygen 2
    row("air", V::OnOxygen, 0, 0);
    row("oxygen", V::OnOxygen, 1, 2);

    // Systolic: <=90 3 | 91-100 2 | 101-110 1 | 111-219 0 | >=220 3
    row("sbp 90", V::Systolic, 90, 3);
    row("sbp 91", V::Systolic, 91, 2);
    row("sbp 100", V::Systolic, 100, 2);
    row("sbp 101", V::Systolic, 101, 1);
    row("sbp 110", V::Systolic, 110, 1);
    row("sbp 111", V::Systolic, 111, 0);
    row("sbp 219", V::Systolic, 219, 0);
    row("sbp 220", V::Systolic, 220, 3);
    row("sbp 300", V::Systolic, 300, 3);

    // Pulse: <=40 3 | 41-50 1 | 51-90 0 | 91-110 1 | 111-130 2 | >=131 3
    row("pulse 40", V::HeartRate, 40, 3);
    row("pulse 41", V::HeartRate, 41, 1);
    row("pulse 50", V::HeartRate, 50, 1);
    row("pulse 51", V::HeartRate, 51, 0);
    row("pulse 90", V::HeartRate, 90, 0);
    row("pulse 91", V::HeartRate, 91, 1);
    row("pulse 110", V::HeartRate, 110, 1);
    row("pulse 111", V::HeartRate, 111, 2);
    row("pulse 130", V::HeartRate, 130, 2);
    row("pulse 131", V::HeartRate, 131, 3);

    // Consciousness: alert 0 | new confusion, voice, pain, unresponsive 3
    row("alert", V::Consciousness, static_cast<double>(Acvpu::Alert), 0);
    row("new confusion", V::Consciousness, static_cast<double>(Acvpu::NewConfusion), 3);
    row("voice", V::Consciousness, static_cast<double>(Acvpu::Voice), 3);
    row("pain", V::Consciousness, static_cast<double>(Acvpu::Pain), 3);
    row("unresponsive", V::Consciousness, static_cast<double>(Acvpu::Unresponsive), 3);

    // Temperature: <=35.0 3 | 35.1-36.0 1 | 36.1-38.0 0 | 38.1-39.0 1 | >=39.1 2
    row("temp 35.0", V::Temperature, 35.0, 3);
    row("temp 35.1", V::Temperature, 35.1, 1);
    row("temp 36.0", V::Temperature, 36.0, 1);
    row("temp 36.1", V::Temperature, 36.1, 0);
    row("temp 38.0", V::Temperature, 38.0, 0);
    row("temp 38.1", V::Temperature, 38.1, 1);
    row("temp 39.0", V::Temperature, 39.0, 1);
    row("temp 39.1", V::Temperature, 39.1, 2);
    row("temp 44.9", V::Temperature, 44.9, 2);
}

void TestNews2::parameterScore()
{
    QFETCH(VitalSign, sign);
    QFETCH(double, value);
    QFETCH(SpO2Scale, scale);
    QFETCH(int, oxygen);
    QFETCH(int, score);
    const std::optional<bool> onOxygen = oxygen < 0 ? std::nullopt : std::optional<bool>(oxygen == 1);
    const auto actual = news2ParameterScore(sign, value, scale, onOxygen);
    QVERIFY(actual.has_value());
    QCOMPARE(*actual, score);
}

void TestNews2::otherParametersIgnoreTheScale()
{
    for (const News2Band &band : news2Bands(SpO2Scale::Scale1)) {
        QVERIFY(isNews2Parameter(band.sign));
        if (band.sign == VitalSign::SpO2)
            continue;
        for (double delta : {-1.0, 0.0, 1.0}) {
            const double value = band.limit + delta * (vitalSignDecimals(band.sign) ? 0.1 : 1.0);
            if (!isPlausible(band.sign, value))
                continue;
            QCOMPARE(news2ParameterScore(band.sign, value, SpO2Scale::Scale2, true),
                     news2ParameterScore(band.sign, value, SpO2Scale::Scale1, true));
        }
    }
}

void TestNews2::signsOutsideNews2HaveNoScore()
{
    QVERIFY(!news2ParameterScore(VitalSign::Diastolic, 80).has_value());
    QVERIFY(!news2ParameterScore(VitalSign::Glucose, 100).has_value());
    QVERIFY(!news2ParameterScore(VitalSign::Emg, 50).has_value());
}

void TestNews2::implausibleValuesHaveNoScore()
{
    QVERIFY(!news2ParameterScore(VitalSign::RespirationRate, 0).has_value());
    QVERIFY(!news2ParameterScore(VitalSign::SpO2, 50).has_value());
    QVERIFY(!news2ParameterScore(VitalSign::SpO2, 101).has_value());
    QVERIFY(!news2ParameterScore(VitalSign::HeartRate, 251).has_value());
    QVERIFY(!news2ParameterScore(VitalSign::Temperature, 27.0).has_value());
    QVERIFY(!news2ParameterScore(VitalSign::Consciousness, 5).has_value());
    QVERIFY(!news2ParameterScore(VitalSign::OnOxygen, 0.5).has_value());
    QVERIFY(!news2ParameterScore(VitalSign::HeartRate, qQNaN()).has_value());
}

// A chart records whole numbers and temperatures to 0.1 °C: 35.04 °C is charted 35.0 and
// scores 3; 20.4 breaths is charted 20 and scores 0, 20.6 is 21 and scores 2.
void TestNews2::valuesAreScoredAsShown()
{
    QCOMPARE(*news2ParameterScore(VitalSign::Temperature, 35.04), 3);
    QCOMPARE(*news2ParameterScore(VitalSign::Temperature, 35.06), 1);
    QCOMPARE(*news2ParameterScore(VitalSign::Temperature, 38.96), 1);
    QCOMPARE(*news2ParameterScore(VitalSign::RespirationRate, 20.4), 0);
    QCOMPARE(*news2ParameterScore(VitalSign::RespirationRate, 20.6), 2);
    QCOMPARE(*news2ParameterScore(VitalSign::SpO2, 91.4), 3);
    QCOMPARE(*news2ParameterScore(VitalSign::SpO2, 91.6), 2);
}

void TestNews2::workedCaseAllNormalScoresZero()
{
    const News2Result r = computeNews2(snapshot(kNormal), kNow);
    QCOMPARE(r.aggregate, 0);
    QCOMPARE(r.risk, News2Risk::Low);
    QVERIFY(!r.partial());
    QVERIFY(!r.hasStale());
    QVERIFY(r.missing().isEmpty());
}

// RR 24, SpO2 89 (scale 1) on air, SBP 98, pulse 118, alert, 38.4 °C -> 2+3+0+2+2+0+1 = 10.
void TestNews2::workedCaseDeterioratingPatientScoresTen()
{
    const News2Result r = computeNews2(snapshot({24, 89, 0, 98, 118, 0, 38.4}), kNow);
    QCOMPARE(r.aggregate, 10);
    QCOMPARE(r.risk, News2Risk::High);
    QCOMPARE(r.highestSingle, 3);
    const std::array<int, 7> expected{2, 3, 0, 2, 2, 0, 1};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(r.parameters[i].sign, kNews2Parameters[i]);
        QVERIFY(r.parameters[i].score.has_value());
        QCOMPARE(*r.parameters[i].score, expected[i]);
    }
}

// Scale 2, SpO2 95 on oxygen: 2 (SpO2) + 2 (oxygen) = 4 from those two rows.
void TestNews2::workedCaseScale2OnOxygen()
{
    Chart chart = kNormal;
    chart.spo2 = 95;
    chart.oxygen = 1;
    const News2Result r = computeNews2(snapshot(chart), kNow, News2Settings{SpO2Scale::Scale2, 60 * kMinute});
    QCOMPARE(*r.parameters[1].score, 2);
    QCOMPARE(*r.parameters[2].score, 2);
    QCOMPARE(r.aggregate, 4);
    QCOMPARE(r.risk, News2Risk::Low);

    // The same patient on scale 1 scores 1 for SpO2 95.
    const News2Result scale1 = computeNews2(snapshot(chart), kNow);
    QCOMPARE(scale1.aggregate, 3);
}

void TestNews2::riskBands_data()
{
    QTest::addColumn<double>("rr");
    QTest::addColumn<double>("pulse");
    QTest::addColumn<double>("temperature");
    QTest::addColumn<int>("aggregate");
    QTest::addColumn<News2Risk>("risk");

    QTest::newRow("1 is low") << 16.0 << 95.0 << 37.0 << 1 << News2Risk::Low;
    QTest::newRow("4 without a 3 is low") << 22.0 << 115.0 << 37.0 << 4 << News2Risk::Low;
    QTest::newRow("a single 3 is low-medium") << 8.0 << 70.0 << 37.0 << 3 << News2Risk::LowMedium;
    QTest::newRow("a 3 and a 1 is low-medium") << 8.0 << 95.0 << 37.0 << 4 << News2Risk::LowMedium;
    QTest::newRow("5 is medium") << 22.0 << 115.0 << 38.5 << 5 << News2Risk::Medium;
    QTest::newRow("5 with a 3 is medium") << 8.0 << 115.0 << 37.0 << 5 << News2Risk::Medium;
    QTest::newRow("6 is medium") << 8.0 << 95.0 << 39.5 << 6 << News2Risk::Medium;
    QTest::newRow("7 is high") << 25.0 << 115.0 << 39.5 << 7 << News2Risk::High;
}

void TestNews2::riskBands()
{
    QFETCH(double, rr);
    QFETCH(double, pulse);
    QFETCH(double, temperature);
    QFETCH(int, aggregate);
    QFETCH(News2Risk, risk);
    Chart chart = kNormal;
    chart.rr = rr;
    chart.pulse = pulse;
    chart.temperature = temperature;
    const News2Result r = computeNews2(snapshot(chart), kNow);
    QCOMPARE(r.aggregate, aggregate);
    QCOMPARE(r.risk, risk);
}

// Monitors rarely send consciousness or oxygen: a score without them says so.
void TestNews2::missingParametersMakeAPartialScoreNeverAReassuringZero()
{
    VitalSnapshot s = snapshot(kNormal);
    s.clear(VitalSign::Consciousness);
    s.clear(VitalSign::OnOxygen);
    const News2Result r = computeNews2(s, kNow);
    QVERIFY(r.partial());
    QCOMPARE(r.missing(), (QList<VitalSign>{VitalSign::OnOxygen, VitalSign::Consciousness}));
    QCOMPARE(r.aggregate, 0);
    QVERIFY(!r.parameters[2].score.has_value());
    QVERIFY(!r.parameters[5].score.has_value());
    QCOMPARE(r.summary(), QStringLiteral("NEWS2 at least 0, partial (missing: Air or oxygen, Consciousness)"));
    QVERIFY(!r.summary().contains(QStringLiteral("low risk")));
}

void TestNews2::emptySnapshotIsPartialWithEverythingMissing()
{
    const News2Result r = computeNews2(VitalSnapshot{}, kNow);
    QVERIFY(r.partial());
    QCOMPARE(r.missing().size(), 7);
    QVERIFY(!r.hasStale());
    QVERIFY(r.summary().contains(QStringLiteral("partial")));
}

void TestNews2::implausibleInputCountsAsMissing()
{
    VitalSnapshot s = snapshot(kNormal);
    s.set(VitalSign::SpO2, 0, kNow); // probe off
    const News2Result r = computeNews2(s, kNow);
    QVERIFY(r.partial());
    QCOMPARE(r.missing(), QList<VitalSign>{VitalSign::SpO2});
}

// Until someone records whether a scale-2 patient is on air, high saturation is scored as if
// on oxygen, and the score is partial anyway.
void TestNews2::scale2WithOxygenUnknownScoresHigh()
{
    VitalSnapshot s = snapshot(kNormal);
    s.clear(VitalSign::OnOxygen);
    s.set(VitalSign::SpO2, 98, kNow);
    const News2Result r = computeNews2(s, kNow, News2Settings{SpO2Scale::Scale2, 60 * kMinute});
    QCOMPARE(*r.parameters[1].score, 3);
    QVERIFY(r.partial());
    QCOMPARE(r.risk, News2Risk::LowMedium);
}

void TestNews2::staleInputsAreNamed()
{
    VitalSnapshot s = snapshot(kNormal, kNow - 5 * kMinute);
    s.set(VitalSign::Temperature, 38.4, kNow - 2 * 60 * kMinute);      // charted two hours ago
    s.set(VitalSign::Consciousness, 0, kNow - 60 * kMinute);           // exactly at the age: not stale
    const News2Result r = computeNews2(s, kNow);
    QVERIFY(r.hasStale());
    QCOMPARE(r.stale(), QList<VitalSign>{VitalSign::Temperature});
    QCOMPARE(r.aggregate, 1); // a stale input still counts
    QCOMPARE(r.summary(), QStringLiteral("NEWS2 1 (low risk); stale: Temperature"));
}

void TestNews2::staleAgeIsConfigurable()
{
    const VitalSnapshot s = snapshot(kNormal, kNow - 30 * kMinute);
    QVERIFY(!computeNews2(s, kNow).hasStale());
    const News2Result strict = computeNews2(s, kNow, News2Settings{SpO2Scale::Scale1, 15 * kMinute});
    QCOMPARE(strict.stale().size(), 7);
}

void TestNews2::summaryOfACompleteScore()
{
    QCOMPARE(computeNews2(snapshot({24, 89, 0, 98, 118, 0, 38.4}), kNow).summary(), QStringLiteral("NEWS2 10 (high risk)"));
    QCOMPARE(news2RiskId(News2Risk::LowMedium), QStringLiteral("low-medium"));
}

QTEST_GUILESS_MAIN(TestNews2)
#include "tst_news2.moc"
