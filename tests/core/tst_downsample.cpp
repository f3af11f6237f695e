// Chart downsampling: the lowest and highest values and every abnormal point always reach the
// chart, output stays in time order and within its size bound, edge-case inputs (empty, one
// point, equal timestamps, out of order, gaps, NaN) behave, and random series with a fixed
// seed hold the same properties.

#include "alerts/Downsample.h"

#include <QList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace careledger::core;

namespace {

struct Series {
    std::vector<qint64> t;
    std::vector<double> v;
    QList<bool> abnormal;

    SeriesView view() const
    {
        return SeriesView{t, v, std::span<const bool>(abnormal.constData(), static_cast<std::size_t>(abnormal.size()))};
    }
    qsizetype size() const { return static_cast<qsizetype>(t.size()); }
    void add(qint64 time, double value, bool isAbnormal = false)
    {
        t.push_back(time);
        v.push_back(value);
        abnormal.push_back(isAbnormal);
    }
    qsizetype abnormalCount() const { return abnormal.count(true); }
};

// A week of SpO2-like readings at 1 Hz with slow drift, noise and a few dips flagged abnormal.
Series week(std::mt19937 &rng)
{
    Series s;
    constexpr qsizetype n = 7 * 24 * 3600;
    s.t.reserve(n);
    s.v.reserve(n);
    s.abnormal.reserve(n);
    std::normal_distribution<double> noise(0.0, 0.6);
    const qint64 start = 1'740'470'400'000;
    for (qsizetype i = 0; i < n; ++i) {
        double value = 96.5 + 1.5 * std::sin(static_cast<double>(i) / 5000.0) + noise(rng);
        const bool dip = (i % 50'000) >= 20'000 && (i % 50'000) < 20'030;
        if (dip)
            value -= 8;
        s.add(start + i * 1000, value, value <= 91.0);
    }
    return s;
}

QByteArray describe(qsizetype n, int width)
{
    return "n=" + QByteArray::number(n) + " width=" + QByteArray::number(width);
}

// Properties every output must have; `sorted` adds the per-column check.
void checkMinMax(const Series &s, int width, const std::vector<qsizetype> &out, bool sorted)
{
    const QByteArray where = describe(s.size(), width);
    const qsizetype n = s.size();
    const qsizetype columns = std::max(width, 1);
    QVERIFY2(std::adjacent_find(out.begin(), out.end(), [](qsizetype a, qsizetype b) { return a >= b; }) == out.end(),
             where.constData());
    if (n <= 4 * columns) {
        QVERIFY2(static_cast<qsizetype>(out.size()) == n, where.constData());
        return;
    }
    QVERIFY2(static_cast<qsizetype>(out.size()) <= 4 * columns + s.abnormalCount(), where.constData());
    QCOMPARE(out.front(), 0);
    QCOMPARE(out.back(), n - 1);
    std::vector<bool> kept(static_cast<std::size_t>(n), false);
    for (qsizetype i : out) {
        QVERIFY(i >= 0 && i < n);
        kept[static_cast<std::size_t>(i)] = true;
    }
    double lo = qInf(), hi = -qInf(), keptLo = qInf(), keptHi = -qInf();
    for (qsizetype i = 0; i < n; ++i) {
        const double v = s.v[static_cast<std::size_t>(i)];
        if (s.abnormal[i])
            QVERIFY2(kept[static_cast<std::size_t>(i)], QByteArray("abnormal point dropped: " + where).constData());
        if (std::isnan(v))
            continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        if (kept[static_cast<std::size_t>(i)]) {
            keptLo = std::min(keptLo, v);
            keptHi = std::max(keptHi, v);
        }
    }
    QCOMPARE(keptLo, lo);
    QCOMPARE(keptHi, hi);

    if (!sorted)
        return;
    // Each pixel column's own lowest and highest value is drawn.
    const double span = static_cast<double>(s.t.back() - s.t.front());
    const double scale = span > 0 ? static_cast<double>(columns) / span : 0.0;
    std::vector<double> colLo(static_cast<std::size_t>(columns), qInf()), colHi(static_cast<std::size_t>(columns), -qInf());
    std::vector<double> keptColLo = colLo, keptColHi = colHi;
    for (qsizetype i = 0; i < n; ++i) {
        const double offset = static_cast<double>(s.t[static_cast<std::size_t>(i)] - s.t.front()) * scale;
        const auto c = static_cast<std::size_t>(offset >= static_cast<double>(columns) ? columns - 1 : static_cast<qsizetype>(offset));
        const double v = s.v[static_cast<std::size_t>(i)];
        if (std::isnan(v))
            continue;
        colLo[c] = std::min(colLo[c], v);
        colHi[c] = std::max(colHi[c], v);
        if (kept[static_cast<std::size_t>(i)]) {
            keptColLo[c] = std::min(keptColLo[c], v);
            keptColHi[c] = std::max(keptColHi[c], v);
        }
    }
    QVERIFY2(colLo == keptColLo, QByteArray("column minimum dropped: " + where).constData());
    QVERIFY2(colHi == keptColHi, QByteArray("column maximum dropped: " + where).constData());
}

void checkLttb(const Series &s, int threshold, const std::vector<qsizetype> &out)
{
    const QByteArray where = describe(s.size(), threshold);
    const qsizetype n = s.size();
    QVERIFY2(std::adjacent_find(out.begin(), out.end(), [](qsizetype a, qsizetype b) { return a >= b; }) == out.end(),
             where.constData());
    if (n <= std::max(threshold, 3)) {
        QVERIFY2(static_cast<qsizetype>(out.size()) == n, where.constData());
        return;
    }
    QVERIFY2(static_cast<qsizetype>(out.size()) <= std::max(threshold, 3) + 2 + s.abnormalCount(), where.constData());
    QCOMPARE(out.front(), 0);
    QCOMPARE(out.back(), n - 1);
    std::vector<bool> kept(static_cast<std::size_t>(n), false);
    for (qsizetype i : out)
        kept[static_cast<std::size_t>(i)] = true;
    double lo = qInf(), hi = -qInf(), keptLo = qInf(), keptHi = -qInf();
    for (qsizetype i = 0; i < n; ++i) {
        if (s.abnormal[i])
            QVERIFY2(kept[static_cast<std::size_t>(i)], QByteArray("abnormal point dropped: " + where).constData());
        const double v = s.v[static_cast<std::size_t>(i)];
        if (std::isnan(v))
            continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        if (kept[static_cast<std::size_t>(i)]) {
            keptLo = std::min(keptLo, v);
            keptHi = std::max(keptHi, v);
        }
    }
    QCOMPARE(keptLo, lo);
    QCOMPARE(keptHi, hi);
}

} // namespace

class TestDownsample : public QObject {
    Q_OBJECT

private slots:
    void emptySeries();
    void onePoint();
    void seriesThatFitsIsReturnedWhole();
    void equalTimestampsFallInOneColumn();
    void spikeIsKept();
    void everyAbnormalPointIsKept();
    void allAbnormalKeepsEverything();
    void gapsLeaveColumnsEmpty();
    void outOfOrderTimestampsKeepIndexOrder();
    void nanValuesAreNeverExtremes();
    void abnormalFlagsMayBeOmitted();
    void aWeekAtOneHertz();
    void bufferIsReused();
    void lttbSmoothsAndKeepsWhatMatters();
    void randomSeriesHoldTheProperties();
};

void TestDownsample::emptySeries()
{
    const Series s;
    QVERIFY(downsampleMinMax(s.view(), 100).empty());
    QVERIFY(downsampleLttb(s.view(), 100).empty());
    QVERIFY(downsampleMinMax(s.view(), 0).empty());
}

void TestDownsample::onePoint()
{
    Series s;
    s.add(1000, 97);
    QCOMPARE(downsampleMinMax(s.view(), 1), std::vector<qsizetype>{0});
    QCOMPARE(downsampleLttb(s.view(), 3), std::vector<qsizetype>{0});
}

void TestDownsample::seriesThatFitsIsReturnedWhole()
{
    Series s;
    for (int i = 0; i < 40; ++i)
        s.add(i * 1000, i % 7);
    QCOMPARE(downsampleMinMax(s.view(), 10).size(), std::size_t{40});
    QCOMPARE(downsampleLttb(s.view(), 40).size(), std::size_t{40});
    QVERIFY(downsampleMinMax(s.view(), 9).size() < 40);
}

void TestDownsample::equalTimestampsFallInOneColumn()
{
    Series s;
    for (int i = 0; i < 10'000; ++i)
        s.add(5000, std::sin(i * 0.01) * 10, i == 4321);
    const auto out = downsampleMinMax(s.view(), 800);
    QVERIFY(out.size() <= 5); // first, lowest, highest, last, the abnormal one
    checkMinMax(s, 800, out, true);
    QVERIFY(std::find(out.begin(), out.end(), 4321) != out.end());
    checkLttb(s, 100, downsampleLttb(s.view(), 100));
}

void TestDownsample::spikeIsKept()
{
    Series s;
    for (int i = 0; i < 100'000; ++i)
        s.add(i * 1000, i == 54'321 ? 200.0 : (i == 77'777 ? -3.0 : 72.0));
    const auto out = downsampleMinMax(s.view(), 300);
    QVERIFY(std::find(out.begin(), out.end(), 54'321) != out.end());
    QVERIFY(std::find(out.begin(), out.end(), 77'777) != out.end());
    checkMinMax(s, 300, out, true);
    const auto smooth = downsampleLttb(s.view(), 300);
    QVERIFY(std::find(smooth.begin(), smooth.end(), 54'321) != smooth.end());
    QVERIFY(std::find(smooth.begin(), smooth.end(), 77'777) != smooth.end());
}

// An abnormal reading inside a busy column, neither its first, last, lowest nor highest
// point, still reaches the chart.
void TestDownsample::everyAbnormalPointIsKept()
{
    Series s;
    for (int i = 0; i < 50'000; ++i)
        s.add(i * 1000, 80 + (i % 10), i % 997 == 500);
    const auto out = downsampleMinMax(s.view(), 100);
    checkMinMax(s, 100, out, true);
    QCOMPARE(s.abnormal.at(500), true);
    QVERIFY(std::find(out.begin(), out.end(), 500) != out.end());
    checkLttb(s, 100, downsampleLttb(s.view(), 100));
}

void TestDownsample::allAbnormalKeepsEverything()
{
    Series s;
    for (int i = 0; i < 5000; ++i)
        s.add(i, 150, true);
    QCOMPARE(downsampleMinMax(s.view(), 10).size(), std::size_t{5000});
    QCOMPARE(downsampleLttb(s.view(), 10).size(), std::size_t{5000});
}

void TestDownsample::gapsLeaveColumnsEmpty()
{
    Series s;
    for (int i = 0; i < 1000; ++i)
        s.add(i * 1000, i % 13); // first 1000 s
    for (int i = 0; i < 1000; ++i)
        s.add(6'000'000 + i * 1000, 50 + i % 5); // after a gap of 100 minutes
    const auto out = downsampleMinMax(s.view(), 100);
    checkMinMax(s, 100, out, true);
    // Each side of the gap fills only the columns its time covers: about 14 of 100 each.
    QVERIFY(out.size() <= 4 * 40);
}

void TestDownsample::outOfOrderTimestampsKeepIndexOrder()
{
    std::mt19937 rng(7);
    std::uniform_int_distribution<qint64> time(0, 1'000'000);
    std::uniform_real_distribution<double> value(30, 200);
    Series s;
    for (int i = 0; i < 20'000; ++i)
        s.add(time(rng), value(rng), i % 1000 == 0);
    const auto out = downsampleMinMax(s.view(), 200);
    checkMinMax(s, 200, out, false);
}

void TestDownsample::nanValuesAreNeverExtremes()
{
    Series s;
    for (int i = 0; i < 10'000; ++i)
        s.add(i * 1000, i % 100 < 10 ? qQNaN() : 60 + i % 50);
    const auto out = downsampleMinMax(s.view(), 50);
    checkMinMax(s, 50, out, true);
    checkLttb(s, 50, downsampleLttb(s.view(), 50));
    Series allNan;
    for (int i = 0; i < 1000; ++i)
        allNan.add(i, qQNaN());
    QVERIFY(downsampleMinMax(allNan.view(), 10).size() <= 40);
}

void TestDownsample::abnormalFlagsMayBeOmitted()
{
    Series s;
    for (int i = 0; i < 10'000; ++i)
        s.add(i * 1000, i % 31);
    SeriesView view = s.view();
    view.abnormal = {};
    const auto out = downsampleMinMax(view, 100);
    QVERIFY(out.size() <= 400);
    QVERIFY(!downsampleLttb(view, 100).empty());
}

void TestDownsample::aWeekAtOneHertz()
{
    std::mt19937 rng(20250225);
    const Series s = week(rng);
    QCOMPARE(s.size(), 604'800);
    QVERIFY(s.abnormalCount() > 0);
    ChartDownsampler downsampler;
    const auto &out = downsampler.minMax(s.view(), 1920);
    checkMinMax(s, 1920, out, true);
    QVERIFY(out.size() <= std::size_t{4 * 1920} + static_cast<std::size_t>(s.abnormalCount()));
    const auto &smooth = downsampler.lttb(s.view(), 1920);
    checkLttb(s, 1920, smooth);
}

void TestDownsample::bufferIsReused()
{
    Series big;
    for (int i = 0; i < 100'000; ++i)
        big.add(i, i % 17);
    Series small;
    for (int i = 0; i < 3; ++i)
        small.add(i, i);
    ChartDownsampler downsampler;
    const std::vector<qsizetype> first(downsampler.minMax(big.view(), 100));
    QCOMPARE(downsampler.minMax(small.view(), 100), (std::vector<qsizetype>{0, 1, 2}));
    QCOMPARE(downsampler.minMax(big.view(), 100), first);
    QCOMPARE(&downsampler.minMax(big.view(), 100), &downsampler.lttb(big.view(), 100));
}

void TestDownsample::lttbSmoothsAndKeepsWhatMatters()
{
    Series s;
    for (int i = 0; i < 10'000; ++i)
        s.add(i * 1000, std::sin(i * 0.002) * 20 + 80, i == 1234);
    const auto out = downsampleLttb(s.view(), 200);
    checkLttb(s, 200, out);
    QVERIFY(out.size() >= 200);
    QVERIFY(std::find(out.begin(), out.end(), 1234) != out.end());
    // Thresholds below 3 still keep both ends.
    const auto tiny = downsampleLttb(s.view(), 1);
    QCOMPARE(tiny.front(), 0);
    QCOMPARE(tiny.back(), 9999);
}

void TestDownsample::randomSeriesHoldTheProperties()
{
    std::mt19937 rng(424242);
    std::uniform_int_distribution<int> length(0, 6000);
    std::uniform_int_distribution<int> widthDist(1, 400);
    std::uniform_int_distribution<int> stepDist(0, 3); // 0: equal timestamps, 3: a gap
    std::uniform_real_distribution<double> unit(0, 1);
    for (int round = 0; round < 300; ++round) {
        Series s;
        const int n = length(rng);
        const double abnormalRate = unit(rng) < 0.2 ? 0.0 : unit(rng) * 0.05;
        qint64 t = 1'740'470'400'000;
        double v = 80;
        for (int i = 0; i < n; ++i) {
            const int step = stepDist(rng);
            t += step == 0 ? 0 : (step == 3 ? 60'000 * (1 + static_cast<int>(unit(rng) * 30)) : 1000);
            v += (unit(rng) - 0.5) * 4;
            s.add(t, unit(rng) < 0.01 ? qQNaN() : v, unit(rng) < abnormalRate);
        }
        const int width = widthDist(rng);
        checkMinMax(s, width, downsampleMinMax(s.view(), width), true);
        checkLttb(s, width, downsampleLttb(s.view(), width));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("round %1").arg(round)));
    }
}

QTEST_GUILESS_MAIN(TestDownsample)
#include "tst_downsample.moc"
