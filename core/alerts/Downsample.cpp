#include "alerts/Downsample.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace careledger::core {

namespace {

qsizetype seriesLength(const SeriesView &series)
{
    return static_cast<qsizetype>(std::min(series.timesMs.size(), series.values.size()));
}

bool isAbnormal(const SeriesView &series, qsizetype i)
{
    return static_cast<std::size_t>(i) < series.abnormal.size() && series.abnormal[static_cast<std::size_t>(i)];
}

void everyIndex(std::vector<qsizetype> &out, qsizetype n)
{
    out.resize(static_cast<std::size_t>(n));
    std::iota(out.begin(), out.end(), qsizetype{0});
}

// Lowest and highest non-NaN values, first occurrence of each; -1 when all are NaN.
std::pair<qsizetype, qsizetype> extremes(std::span<const double> values, qsizetype n)
{
    qsizetype lo = -1;
    qsizetype hi = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const double v = values[static_cast<std::size_t>(i)];
        if (std::isnan(v))
            continue;
        if (lo < 0 || v < values[static_cast<std::size_t>(lo)])
            lo = i;
        if (hi < 0 || v > values[static_cast<std::size_t>(hi)])
            hi = i;
    }
    return {lo, hi};
}

} // namespace

const std::vector<qsizetype> &ChartDownsampler::minMax(const SeriesView &series, int width)
{
    m_out.clear();
    const qsizetype n = seriesLength(series);
    const qsizetype columns = std::max(width, 1);
    if (n <= 4 * columns) {
        everyIndex(m_out, n);
        return m_out;
    }
    m_out.reserve(static_cast<std::size_t>(4 * columns + 16));

    const auto times = series.timesMs;
    const auto values = series.values;
    const qint64 t0 = times[0];
    const double span = static_cast<double>(times[static_cast<std::size_t>(n - 1)] - t0);
    const double scale = span > 0 ? static_cast<double>(columns) / span : 0.0;

    qsizetype column = -1;
    qsizetype first = 0, last = 0, lo = -1, hi = -1;
    std::size_t bucketStart = 0; // where this column's abnormal points begin in m_out

    // Abnormal points went out as they came; the column's first, lowest, highest and last
    // are merged in among them so the output stays in index order.
    const auto flush = [&] {
        std::array<qsizetype, 4> picks{};
        std::size_t count = 0;
        for (qsizetype i : {first, lo, hi, last}) {
            if (i >= 0 && !isAbnormal(series, i) && std::find(picks.begin(), picks.begin() + count, i) == picks.begin() + count)
                picks[count++] = i;
        }
        for (std::size_t i = 1; i < count; ++i) { // at most four: insertion sort
            for (std::size_t j = i; j > 0 && picks[j - 1] > picks[j]; --j)
                std::swap(picks[j - 1], picks[j]);
        }
        const std::size_t oldEnd = m_out.size();
        m_out.resize(oldEnd + count);
        // Merge from the back: m_out[bucketStart, oldEnd) and picks are both ascending.
        std::size_t write = m_out.size();
        std::size_t a = oldEnd;
        std::size_t b = count;
        while (b > 0) {
            if (a > bucketStart && m_out[a - 1] > picks[b - 1])
                m_out[--write] = m_out[--a];
            else
                m_out[--write] = picks[--b];
        }
    };

    for (qsizetype i = 0; i < n; ++i) {
        const std::size_t u = static_cast<std::size_t>(i);
        const double offset = static_cast<double>(times[u] - t0) * scale;
        qsizetype c = offset >= static_cast<double>(columns) ? columns - 1 : static_cast<qsizetype>(offset);
        // A point earlier than its predecessor stays in the current column: order is kept.
        c = std::max(c, column);
        const double v = values[u];
        if (c != column) {
            if (column >= 0)
                flush();
            column = c;
            first = last = i;
            lo = hi = std::isnan(v) ? -1 : i;
            bucketStart = m_out.size();
        } else {
            last = i;
            if (!std::isnan(v)) {
                if (lo < 0 || v < values[static_cast<std::size_t>(lo)])
                    lo = i;
                if (hi < 0 || v > values[static_cast<std::size_t>(hi)])
                    hi = i;
            }
        }
        if (u < series.abnormal.size() && series.abnormal[u])
            m_out.push_back(i);
    }
    flush();
    return m_out;
}

const std::vector<qsizetype> &ChartDownsampler::lttb(const SeriesView &series, int threshold)
{
    m_out.clear();
    const qsizetype n = seriesLength(series);
    const qsizetype target = std::max(threshold, 3);
    if (n <= target) {
        everyIndex(m_out, n);
        return m_out;
    }
    m_out.reserve(static_cast<std::size_t>(target + 16));

    const auto times = series.timesMs;
    const auto values = series.values;
    const qint64 t0 = times[0];
    const auto x = [&](qsizetype i) { return static_cast<double>(times[static_cast<std::size_t>(i)] - t0); };
    const auto y = [&](qsizetype i) { return values[static_cast<std::size_t>(i)]; };
    const auto [globalLo, globalHi] = extremes(values, n);

    // Emits [from, to) keeping `chosen` and every point that must never be dropped.
    const auto emitRange = [&](qsizetype from, qsizetype to, qsizetype chosen) {
        for (qsizetype i = from; i < to; ++i) {
            if (i == chosen || i == globalLo || i == globalHi || isAbnormal(series, i))
                m_out.push_back(i);
        }
    };

    // Buckets between the fixed first and last points; integer bounds so they tile exactly.
    const qsizetype buckets = target - 2;
    const auto bound = [&](qsizetype b) { return b * (n - 2) / buckets + 1; };

    qsizetype previous = 0;
    m_out.push_back(0);
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype from = bound(b);
        const qsizetype to = bound(b + 1);
        const qsizetype nextTo = b + 2 <= buckets ? bound(b + 2) : n;
        double avgX = 0;
        double avgY = 0;
        for (qsizetype i = to; i < nextTo; ++i) {
            avgX += x(i);
            avgY += y(i);
        }
        const double count = static_cast<double>(nextTo - to);
        avgX /= count;
        avgY /= count;

        const double px = x(previous);
        const double py = y(previous);
        qsizetype chosen = from;
        double bestArea = -1;
        for (qsizetype i = from; i < to; ++i) {
            // Twice the triangle's area; the factor does not change which point wins.
            const double area = std::abs((px - avgX) * (y(i) - py) - (px - x(i)) * (avgY - py));
            if (area > bestArea) {
                bestArea = area;
                chosen = i;
            }
        }
        emitRange(from, to, chosen);
        previous = chosen;
    }
    m_out.push_back(n - 1);
    return m_out;
}

std::vector<qsizetype> downsampleMinMax(const SeriesView &series, int width)
{
    ChartDownsampler downsampler;
    return downsampler.minMax(series, width);
}

std::vector<qsizetype> downsampleLttb(const SeriesView &series, int threshold)
{
    ChartDownsampler downsampler;
    return downsampler.lttb(series, threshold);
}

} // namespace careledger::core
