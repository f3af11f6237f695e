#include "ui/VitalChartData.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>

namespace careledger::ui {

namespace {

double shownStep(core::VitalSign sign)
{
    return std::pow(10.0, -core::vitalSignDecimals(sign));
}

} // namespace

NormalBand normalBand(const QList<core::ThresholdRule> &rules, core::VitalSign sign)
{
    NormalBand band;
    const double step = shownStep(sign);
    for (const core::ThresholdRule &rule : rules) {
        if (rule.sign != sign) {
            continue;
        }
        switch (rule.comparison) {
        case core::Comparison::Below:
        case core::Comparison::AtOrBelow: {
            const double low = rule.comparison == core::Comparison::Below ? rule.limit : rule.limit + step;
            band.low = band.low ? std::max(*band.low, low) : low;
            break;
        }
        case core::Comparison::Above:
        case core::Comparison::AtOrAbove: {
            const double high = rule.comparison == core::Comparison::Above ? rule.limit : rule.limit - step;
            band.high = band.high ? std::min(*band.high, high) : high;
            break;
        }
        }
    }
    return band;
}

bool isAbnormal(const QList<core::ThresholdRule> &rules, core::VitalSign sign, double value)
{
    if (!std::isfinite(value)) {
        return false;
    }
    return std::any_of(rules.cbegin(), rules.cend(), [&](const core::ThresholdRule &rule) {
        return rule.sign == sign && core::compareAsShown(sign, value, rule.comparison, rule.limit);
    });
}

ChartPoints buildChartPoints(core::VitalSign sign, const QVector<qint64> &timesMs, const QVector<double> &values,
                             const QList<core::ThresholdRule> &rules, int plotWidthPx)
{
    ChartPoints out;
    out.sign = sign;
    out.band = normalBand(rules, sign);
    const qsizetype n = std::min(timesMs.size(), values.size());
    out.readings = n;
    if (n == 0) {
        return out;
    }
    const int width = std::max(plotWidthPx, 2);

    // The band compared as shown, in whole units of the last shown digit: a value is abnormal
    // exactly when it is outside it (the band is the strictest rule on each side). For a
    // value v >= 0 shown as round(v x factor) (half away from zero), "shown < L" is
    // "v x factor < L - 0.5" and "shown > H" is "v x factor >= H + 0.5", both exact in
    // doubles: the same answer as core::vitalSignScaled without a rounding call per reading.
    constexpr qint64 kNone = std::numeric_limits<qint64>::min();
    const qint64 lowScaled = out.band.low ? core::vitalSignScaled(sign, *out.band.low) : kNone;
    const qint64 highScaled = out.band.high ? core::vitalSignScaled(sign, *out.band.high) : kNone;
    const double factor = core::vitalSignDecimals(sign) > 0 ? 10.0 : 1.0;
    const double lowEdge = lowScaled != kNone ? double(lowScaled) - 0.5 : -std::numeric_limits<double>::infinity();
    const double highEdge = highScaled != kNone ? double(highScaled) + 0.5 : std::numeric_limits<double>::infinity();
    const bool banded = lowScaled != kNone || highScaled != kNone;

    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    std::vector<qsizetype> abnormal;
    for (qsizetype i = 0; i < n; ++i) {
        const double v = values[i];
        if (!std::isfinite(v)) {
            continue;
        }
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        if (!banded) {
            continue;
        }
        bool outside = false;
        if (v >= 0) {
            const double x = v * factor;
            outside = x < lowEdge || x >= highEdge;
        } else {
            const qint64 scaled = core::vitalSignScaled(sign, v);
            outside = (lowScaled != kNone && scaled < lowScaled) || (highScaled != kNone && scaled > highScaled);
        }
        if (outside) {
            abnormal.push_back(i);
        }
    }
    if (lo <= hi) {
        out.minValue = lo;
        out.maxValue = hi;
    }
    out.abnormalTotal = qsizetype(abnormal.size());

    // The line: four points (first, lowest, highest, last) per slice of four pixels, so at
    // most one point per pixel. Qt Charts strokes every line's whole path again for its hover
    // shape on each update, at a cost that grows faster than the point count on a dense
    // zigzag: a week of SpO2 took 66 ms to fill at two points per pixel and 23 ms at one
    // (bench_vitals_chart), and the picture is the same, since each slice still reaches its
    // lowest and highest reading. Abnormal points are not passed to the downsampler: they are
    // drawn by themselves below, and the slice's extremes already stretch the line over them.
    const core::SeriesView view{std::span<const qint64>(timesMs.constData(), std::size_t(n)),
                                std::span<const double>(values.constData(), std::size_t(n)), {}};
    core::ChartDownsampler downsampler;
    const std::vector<qsizetype> &kept = downsampler.minMax(view, std::max(1, width / 4));
    out.line.reserve(qsizetype(kept.size()));
    for (const qsizetype i : kept) {
        if (std::isfinite(values[i])) {
            out.line.append(QPointF(double(timesMs[i]), values[i]));
        }
    }

    if (out.abnormalTotal <= kAbnormalPointCap) {
        out.abnormal.reserve(out.abnormalTotal);
        for (const qsizetype i : abnormal) {
            out.abnormal.append(QPointF(double(timesMs[i]), values[i]));
        }
        return out;
    }

    // Thousands of abnormal points overlap anyway at this width: keep the lowest and highest
    // abnormal reading of each pixel column (the same column cut as the line), which marks
    // every column that had one and how far out it went.
    out.abnormalThinned = true;
    const qint64 t0 = timesMs[0];
    const qint64 span = std::max<qint64>(1, timesMs[n - 1] - t0);
    std::vector<qsizetype> lowest(std::size_t(width), -1);
    std::vector<qsizetype> highest(std::size_t(width), -1);
    for (const qsizetype i : abnormal) {
        const qint64 offset = std::clamp<qint64>(timesMs[i] - t0, 0, span);
        const auto column = std::size_t(std::min<qint64>(width - 1, offset * width / span));
        if (lowest[column] < 0 || values[i] < values[lowest[column]]) {
            lowest[column] = i;
        }
        if (highest[column] < 0 || values[i] > values[highest[column]]) {
            highest[column] = i;
        }
    }
    out.abnormal.reserve(2 * width);
    for (std::size_t c = 0; c < std::size_t(width); ++c) {
        if (lowest[c] < 0) {
            continue;
        }
        const qsizetype a = std::min(lowest[c], highest[c]);
        const qsizetype b = std::max(lowest[c], highest[c]);
        out.abnormal.append(QPointF(double(timesMs[a]), values[a]));
        if (b != a) {
            out.abnormal.append(QPointF(double(timesMs[b]), values[b]));
        }
    }
    return out;
}

} // namespace careledger::ui
