#include "alerts/Downsample.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace careledger::core {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// The hot loops read raw arrays: a week of readings is 604,800 points per chart.
struct Input {
    const qint64 *t = nullptr;
    const double *v = nullptr;
    const bool *abnormal = nullptr;
    qsizetype abnormalSize = 0;
    qsizetype n = 0;

    explicit Input(const SeriesView &series)
        : t(series.timesMs.data()), v(series.values.data()), abnormal(series.abnormal.data()),
          abnormalSize(static_cast<qsizetype>(series.abnormal.size())),
          n(static_cast<qsizetype>(std::min(series.timesMs.size(), series.values.size())))
    {
    }
    bool isAbnormal(qsizetype i) const { return i < abnormalSize && abnormal[i]; }
};

// Pixel column of a timestamp: floor((t - t0) * columns / span), clamped to the chart.
struct Columns {
    qint64 t0 = 0;
    double scale = 0;
    qsizetype count = 1;

    Columns(qint64 first, qint64 last, qsizetype columns) : t0(first)
    {
        const double span = static_cast<double>(last - first);
        if (span > 0) {
            scale = static_cast<double>(columns) / span;
            count = columns;
        }
    }
    qsizetype of(qint64 t) const
    {
        const double offset = static_cast<double>(t - t0) * scale;
        if (!(offset > 0))
            return 0;
        return offset >= static_cast<double>(count) ? count - 1 : static_cast<qsizetype>(offset);
    }
    // The first timestamp that falls in a later column, found so that it agrees exactly with
    // of(): the scan then compares integers instead of converting every timestamp.
    qint64 nextStart(qsizetype column) const
    {
        if (column >= count - 1)
            return std::numeric_limits<qint64>::max();
        qint64 guess = t0 + static_cast<qint64>(std::ceil(static_cast<double>(column + 1) / scale));
        while (of(guess) <= column)
            ++guess;
        while (of(guess - 1) > column)
            --guess;
        return guess;
    }
};

void everyIndex(std::vector<qsizetype> &out, qsizetype n)
{
    out.resize(static_cast<std::size_t>(n));
    std::iota(out.begin(), out.end(), qsizetype{0});
}

// Appends i unless it is already the last index out (the sources of indices overlap).
inline void emit(std::vector<qsizetype> &out, qsizetype i)
{
    if (out.empty() || out.back() < i)
        out.push_back(i);
}

} // namespace

const std::vector<qsizetype> &ChartDownsampler::minMax(const SeriesView &series, int width)
{
    m_out.clear();
    const Input in(series);
    const qsizetype n = in.n;
    const qsizetype columnCount = std::max(width, 1);
    if (n <= 4 * columnCount) {
        everyIndex(m_out, n);
        return m_out;
    }
    m_out.reserve(static_cast<std::size_t>(4 * columnCount + 16));
    const Columns columns(in.t[0], in.t[n - 1], columnCount);

    qsizetype i = 0;
    while (i < n) {
        // A new column starts at i. A point earlier than its predecessor stays in the current
        // column (t < next), so the output keeps index order whatever the timestamps do.
        const qint64 next = columns.nextStart(columns.of(in.t[i]));
        const qsizetype first = i;
        qsizetype lo = -1;
        qsizetype hi = -1;
        double loValue = kInf;
        double hiValue = -kInf;
        const std::size_t columnStart = m_out.size(); // this column's abnormal points begin here
        do {
            const double v = in.v[i];
            if (v < loValue) { // false for NaN: a gap is never an extreme
                loValue = v;
                lo = i;
            }
            if (v > hiValue) {
                hiValue = v;
                hi = i;
            }
            if (in.isAbnormal(i))
                m_out.push_back(i);
            ++i;
        } while (i < n && in.t[i] < next);
        const qsizetype last = i - 1;

        // Abnormal points went out as they came; merge the column's first, lowest, highest
        // and last among them so the output stays in index order.
        std::array<qsizetype, 4> picks{};
        std::size_t count = 0;
        for (qsizetype p : {first, lo, hi, last}) {
            if (p >= 0 && !in.isAbnormal(p) && std::find(picks.begin(), picks.begin() + count, p) == picks.begin() + count)
                picks[count++] = p;
        }
        for (std::size_t a = 1; a < count; ++a) { // at most four: insertion sort
            for (std::size_t b = a; b > 0 && picks[b - 1] > picks[b]; --b)
                std::swap(picks[b - 1], picks[b]);
        }
        const std::size_t oldEnd = m_out.size();
        m_out.resize(oldEnd + count);
        std::size_t write = m_out.size();
        std::size_t a = oldEnd;
        std::size_t b = count;
        while (b > 0) {
            if (a > columnStart && m_out[a - 1] > picks[b - 1])
                m_out[--write] = m_out[--a];
            else
                m_out[--write] = picks[--b];
        }
    }
    return m_out;
}

const std::vector<qsizetype> &ChartDownsampler::lttb(const SeriesView &series, int threshold)
{
    m_out.clear();
    const Input in(series);
    const qsizetype n = in.n;
    const qsizetype target = std::max(threshold, 3);
    if (n <= target) {
        everyIndex(m_out, n);
        return m_out;
    }
    m_out.reserve(static_cast<std::size_t>(target + 16));

    const qint64 t0 = in.t[0];
    const auto x = [&](qsizetype i) { return static_cast<double>(in.t[i] - t0); };
    // Buckets between the fixed first and last points; integer bounds so they tile exactly.
    const qsizetype buckets = target - 2;
    const auto bound = [&](qsizetype b) { return b * (n - 2) / buckets + 1; };

    // Abnormal points are gathered a bucket ahead, while that bucket is averaged, so each
    // point is read twice in all; the extremes are known only at the end and go in then.
    m_keep.clear();
    std::size_t k = 0;
    qsizetype globalLo = -1;
    qsizetype globalHi = -1;
    double loValue = kInf;
    double hiValue = -kInf;
    const auto scan = [&](qsizetype i) {
        const double v = in.v[i];
        if (v < loValue) {
            loValue = v;
            globalLo = i;
        }
        if (v > hiValue) {
            hiValue = v;
            globalHi = i;
        }
        if (in.isAbnormal(i))
            m_keep.push_back(i);
    };
    const auto keepBelow = [&](qsizetype limit) {
        while (k < m_keep.size() && m_keep[k] < limit)
            emit(m_out, m_keep[k++]);
    };
    for (qsizetype i = 0; i < bound(1); ++i)
        scan(i);

    emit(m_out, 0);
    qsizetype previous = 0;
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype from = bound(b);
        const qsizetype to = bound(b + 1);
        const qsizetype nextTo = b + 2 <= buckets ? bound(b + 2) : n;
        double avgX = 0;
        double avgY = 0;
        for (qsizetype i = to; i < nextTo; ++i) {
            avgX += x(i);
            avgY += in.v[i];
            scan(i);
        }
        const double count = static_cast<double>(nextTo - to);
        avgX /= count;
        avgY /= count;

        const double px = x(previous);
        const double py = in.v[previous];
        qsizetype chosen = from;
        double bestArea = -1;
        for (qsizetype i = from; i < to; ++i) {
            // Twice the triangle's area; the factor does not change which point wins.
            const double area = std::abs((px - avgX) * (in.v[i] - py) - (px - x(i)) * (avgY - py));
            if (area > bestArea) {
                bestArea = area;
                chosen = i;
            }
        }
        keepBelow(chosen);
        emit(m_out, chosen);
        previous = chosen;
    }
    keepBelow(n - 1);
    emit(m_out, n - 1);
    for (qsizetype extreme : {globalLo, globalHi}) {
        const auto at = std::lower_bound(m_out.begin(), m_out.end(), extreme);
        if (extreme >= 0 && (at == m_out.end() || *at != extreme))
            m_out.insert(at, extreme);
    }
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
