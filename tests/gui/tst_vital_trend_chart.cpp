// Vital-sign trend charts: a week at 1 Hz is drawn from a few thousand points, yet every
// abnormal reading stays visible, and the normal band is the alert rules' own.

#include "alerts/AlertRules.h"
#include "alerts/News2.h"
#include "ui/VitalChartData.h"
#include "ui/VitalTrendChart.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <random>

using namespace careledger;
using core::VitalSign;

namespace {

constexpr qint64 kStart = 1'772'409'600'000; // 2026-03-02 00:00 UTC
constexpr qsizetype kWeek = 7 * 24 * 3600;

// Heart rate at 1 Hz: a calm 60-80 /min, with a few abnormal stretches and one single
// abnormal reading in the middle of a quiet night.
struct HeartWeek {
    QVector<qint64> times;
    QVector<double> values;
    qsizetype lonelyIndex = 0;
};

HeartWeek heartWeek()
{
    HeartWeek w;
    w.times.resize(kWeek);
    w.values.resize(kWeek);
    std::mt19937 rng(4);
    std::uniform_real_distribution<double> noise(-4.0, 4.0);
    for (qsizetype i = 0; i < kWeek; ++i) {
        w.times[i] = kStart + i * 1000;
        double v = 70 + 6 * std::sin(double(i) / 4000.0) + noise(rng);
        if (i % 86'400 >= 50'000 && i % 86'400 < 50'120) {
            v = 128 + noise(rng); // two minutes of tachycardia a day
        }
        w.values[i] = std::round(v);
    }
    w.lonelyIndex = 3 * 86'400 + 10'000; // 02:46 on the fourth night
    w.values[w.lonelyIndex] = 132;
    return w;
}

QList<core::ThresholdRule> news2Rules(const core::PatientAlertSettings &settings = {})
{
    return core::effectiveRules(core::RuleSet::news2(), settings);
}

} // namespace

class TestVitalTrendChart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bandMatchesNews2Scores_data();
    void bandMatchesNews2Scores();
    void weekIsDownsampledButKeepsEveryAbnormalPoint();
    void manyAbnormalPointsAreThinnedPerColumn();
    void perPatientLimitsMoveTheBand();
    void panelDrawsBandLineAndRedDots();
};

void TestVitalTrendChart::bandMatchesNews2Scores_data()
{
    QTest::addColumn<int>("sign");
    QTest::newRow("heart rate") << int(VitalSign::HeartRate);
    QTest::newRow("respiration") << int(VitalSign::RespirationRate);
    QTest::newRow("spo2") << int(VitalSign::SpO2);
    QTest::newRow("systolic") << int(VitalSign::Systolic);
    QTest::newRow("temperature") << int(VitalSign::Temperature);
}

// The band is where NEWS2 scores 0: every shown value inside is normal, every value outside
// scores, so a red dot always means "this reading scored".
void TestVitalTrendChart::bandMatchesNews2Scores()
{
    QFETCH(int, sign);
    const auto s = VitalSign(sign);
    const QList<core::ThresholdRule> rules = news2Rules();
    const ui::NormalBand band = ui::normalBand(rules, s);
    QVERIFY(band.low.has_value());
    const auto range = core::plausibleRange(s);
    QVERIFY(range.has_value());
    const double step = s == VitalSign::Temperature ? 0.1 : 1.0;
    for (double v = range->low; v <= range->high + 1e-9; v += step) {
        const double shown = std::round(v / step) * step;
        const int score = core::news2ParameterScore(s, shown).value_or(-1);
        QVERIFY(score >= 0);
        const bool inside = shown >= *band.low - 1e-9 && (!band.high || shown <= *band.high + 1e-9);
        QCOMPARE(ui::isAbnormal(rules, s, shown), score > 0);
        QCOMPARE(inside, score == 0);
    }
}

void TestVitalTrendChart::weekIsDownsampledButKeepsEveryAbnormalPoint()
{
    const HeartWeek w = heartWeek();
    const QList<core::ThresholdRule> rules = news2Rules();
    constexpr int kWidth = 1100;
    const ui::ChartPoints points = ui::buildChartPoints(VitalSign::HeartRate, w.times, w.values, rules, kWidth);

    QCOMPARE(points.readings, kWeek);
    QVERIFY2(points.line.size() <= 2 * kWidth, qPrintable(QString::number(points.line.size())));
    QVERIFY(points.line.size() > kWidth / 2); // still a line, not a handful of points

    qsizetype expected = 0;
    for (const double v : w.values) {
        expected += ui::isAbnormal(rules, VitalSign::HeartRate, v) ? 1 : 0;
    }
    QVERIFY(expected > 7 * 100); // the daily tachycardia and the lonely reading
    QVERIFY(expected <= ui::kAbnormalPointCap);
    QCOMPARE(points.abnormalTotal, expected);
    QCOMPARE(points.abnormal.size(), expected);
    QVERIFY(!points.abnormalThinned);

    const QPointF lonely(double(w.times[w.lonelyIndex]), 132);
    QVERIFY(points.abnormal.contains(lonely));
    // Its column's highest point is on the line too: the spike is not flattened.
    QVERIFY(std::any_of(points.line.cbegin(), points.line.cend(), [&](const QPointF &p) { return p == lonely; }));
    // Ascending time, as the chart draws it.
    QVERIFY(std::is_sorted(points.line.cbegin(), points.line.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    QCOMPARE(*points.minValue, *std::min_element(w.values.cbegin(), w.values.cend()));
    QCOMPARE(*points.maxValue, *std::max_element(w.values.cbegin(), w.values.cend()));
}

void TestVitalTrendChart::manyAbnormalPointsAreThinnedPerColumn()
{
    // Febrile all week: every reading is abnormal.
    QVector<qint64> times(kWeek);
    QVector<double> values(kWeek);
    for (qsizetype i = 0; i < kWeek; ++i) {
        times[i] = kStart + i * 1000;
        values[i] = 38.6 + 0.1 * double(i % 7);
    }
    values[kWeek / 2] = 40.9; // the peak
    constexpr int kWidth = 900;
    const ui::ChartPoints points = ui::buildChartPoints(VitalSign::Temperature, times, values, news2Rules(), kWidth);
    QCOMPARE(points.abnormalTotal, kWeek);
    QVERIFY(points.abnormalThinned);
    QVERIFY(points.abnormal.size() <= 2 * kWidth);
    QVERIFY(points.abnormal.size() >= kWidth); // every column marked
    QVERIFY(points.abnormal.contains(QPointF(double(times[kWeek / 2]), 40.9)));
    QVERIFY(points.line.size() <= 2 * kWidth);
}

void TestVitalTrendChart::perPatientLimitsMoveTheBand()
{
    core::PatientAlertSettings settings;
    settings.spo2Scale = core::SpO2Scale::Scale2;
    settings.limits << core::LimitOverride{VitalSign::Glucose, 70.0, 180.0, core::AlarmPriority::Medium};
    const QList<core::ThresholdRule> rules = news2Rules(settings);
    const ui::NormalBand spo2 = ui::normalBand(rules, VitalSign::SpO2);
    QCOMPARE(*spo2.low, 88.0); // scale 2: 88-92 % is the target
    const ui::NormalBand glucose = ui::normalBand(rules, VitalSign::Glucose);
    QCOMPARE(*glucose.low, 70.0);
    QCOMPARE(*glucose.high, 180.0);
    QVERIFY(ui::normalBand(news2Rules(), VitalSign::Glucose).isEmpty()); // NEWS2 does not score glucose
    QVERIFY(ui::isAbnormal(rules, VitalSign::Glucose, 181));
    QVERIFY(!ui::isAbnormal(rules, VitalSign::Glucose, 180));
}

void TestVitalTrendChart::panelDrawsBandLineAndRedDots()
{
    const HeartWeek w = heartWeek();
    services::VitalSeries heart;
    heart.sign = VitalSign::HeartRate;
    heart.timesMs = w.times;
    heart.values = w.values;
    services::VitalSeries spo2;
    spo2.sign = VitalSign::SpO2;
    for (qsizetype i = 0; i < kWeek; i += 60) {
        spo2.timesMs << w.times[i];
        spo2.values << 97;
    }
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(kStart, Qt::UTC);
    const QDateTime to = from.addDays(7);

    ui::VitalTrendPanel panel(nullptr, [to] { return to; });
    panel.resize(1200, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::qWait(50); // the charts' plot areas are laid out
    QSignalSpy updated(&panel, &ui::VitalTrendPanel::updated);
    panel.showSeries({heart, spo2}, from, to);
    QVERIFY(updated.wait(20000));

    ui::VitalTrendChart *chart = panel.chartFor(VitalSign::HeartRate);
    QVERIFY(chart);
    const int width = chart->plotWidth();
    QVERIFY(width > 200);
    QVERIFY2(chart->lineSeries(VitalSign::HeartRate)->count() <= 2 * width + 4,
             qPrintable(QStringLiteral("%1 points for %2 px").arg(chart->lineSeries(VitalSign::HeartRate)->count()).arg(width)));
    const QList<QPointF> red = chart->abnormalSeries(VitalSign::HeartRate)->points();
    QVERIFY(red.contains(QPointF(double(w.times[w.lonelyIndex]), 132)));
    QCOMPARE(red.size(), ui::buildChartPoints(VitalSign::HeartRate, w.times, w.values, news2Rules(), width).abnormal.size());

    QAreaSeries *band = chart->bandSeries(VitalSign::HeartRate);
    QVERIFY(band);
    QCOMPARE(band->upperSeries()->at(0).y(), 90.0);
    QCOMPARE(band->lowerSeries()->at(0).y(), 51.0);
    QCOMPARE(band->upperSeries()->at(0).x(), double(kStart));
    QCOMPARE(band->upperSeries()->at(1).x(), double(to.toMSecsSinceEpoch()));

    // Glucose had no readings and NEWS2 gives it no band.
    ui::VitalTrendChart *glucose = panel.chartFor(VitalSign::Glucose);
    QVERIFY(!glucose->bandSeries(VitalSign::Glucose));
    QCOMPARE(glucose->lineSeries(VitalSign::Glucose)->count(), 0);
    QVERIFY(glucose->noteLabel()->isVisible());
    // Blood pressure is one chart of two lines.
    QCOMPARE(panel.chartFor(VitalSign::Diastolic), panel.chartFor(VitalSign::Systolic));

    // The rendered chart shows red where the lonely reading is.
    const QImage image = chart->chartView()->grab().toImage();
    const QPointF at = chart->chart()->mapToPosition(QPointF(double(w.times[w.lonelyIndex]), 132),
                                                     chart->abnormalSeries(VitalSign::HeartRate));
    const QPoint pixel = chart->chartView()->mapFromScene(chart->chart()->mapToScene(at));
    bool redFound = false;
    for (int dx = -2; dx <= 2 && !redFound; ++dx) {
        for (int dy = -2; dy <= 2 && !redFound; ++dy) {
            const QColor c = image.pixelColor(pixel + QPoint(dx, dy));
            redFound = c.red() > 150 && c.green() < 90 && c.blue() < 90;
        }
    }
    QVERIFY2(redFound, "the abnormal reading is drawn red");
}

QTEST_MAIN(TestVitalTrendChart)
#include "tst_vital_trend_chart.moc"
