#pragma once

// Chart downsampling: which points of a long series (a week at 1 Hz is 604,800) to draw in
// a chart a few thousand pixels wide. Both methods return indices into the input, in
// ascending order, and never drop an abnormal point or the series' lowest and highest
// values: a chart must not hide the reading that raised an alarm. O(n), no allocation per
// point; a ChartDownsampler reuses its output buffer from one call to the next.

#include <QtGlobal>

#include <span>
#include <vector>

namespace careledger::core {

struct SeriesView {
    std::span<const qint64> timesMs; // non-decreasing (out-of-order points stay in their slice)
    std::span<const double> values;  // NaN marks a gap: drawn as given, never a minimum or maximum
    std::span<const bool> abnormal;  // same length as the series, or empty when nothing is abnormal
};

class ChartDownsampler {
public:
    // Min/max per pixel column: the time from the first to the last point is cut into
    // `width` equal slices; from each, the first, lowest, highest and last point and every
    // abnormal point. At most 4 x width + (abnormal points) indices; a series that fits is
    // returned whole.
    const std::vector<qsizetype> &minMax(const SeriesView &series, int width);
    // Largest-Triangle-Three-Buckets (Steinarsson, 2013) to `threshold` points (at least 3)
    // for a smooth line, plus every abnormal point and the global lowest and highest:
    // at most threshold + 2 + (abnormal points) indices.
    const std::vector<qsizetype> &lttb(const SeriesView &series, int threshold);

private:
    std::vector<qsizetype> m_out;
    std::vector<qsizetype> m_keep; // LTTB: abnormal points and extremes, ascending

};

std::vector<qsizetype> downsampleMinMax(const SeriesView &series, int width);
std::vector<qsizetype> downsampleLttb(const SeriesView &series, int threshold);

} // namespace careledger::core
