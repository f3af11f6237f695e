#pragma once

// What a vital-sign trend chart draws, computed off the GUI thread: the normal band of a
// sign under the rules in force, the line downsampled to the plot width, and the abnormal
// points, which are never dropped by downsampling. Pure functions of the readings and the
// rules, so they are tested and benchmarked without widgets.

#include "alerts/AlertRules.h"
#include "alerts/Downsample.h"
#include "alerts/VitalSigns.h"

#include <QList>
#include <QPointF>
#include <QVector>

#include <optional>

namespace careledger::ui {

// The values that raise no flag: [low, high], either side open when no rule bounds it.
struct NormalBand {
    std::optional<double> low;
    std::optional<double> high;
    bool isEmpty() const { return !low && !high; }
};

// The band between the strictest low-side and high-side rules of `sign` (as shown: a rule
// "≤ 90" makes 91 the lowest normal value). Rules of other signs are ignored.
NormalBand normalBand(const QList<core::ThresholdRule> &rules, core::VitalSign sign);

// Whether any rule of `sign` flags the value, compared as shown like the alert engine does.
bool isAbnormal(const QList<core::ThresholdRule> &rules, core::VitalSign sign, double value);

// More abnormal points than this are thinned for drawing (see buildChartPoints).
inline constexpr qsizetype kAbnormalPointCap = 4000;

struct ChartPoints {
    core::VitalSign sign = core::VitalSign::HeartRate;
    QList<QPointF> line;     // x: ms since the epoch (QDateTimeAxis), y: the value
    QList<QPointF> abnormal; // drawn red over the line
    qsizetype readings = 0;       // points in the series before downsampling
    qsizetype abnormalTotal = 0;  // abnormal readings before any thinning
    bool abnormalThinned = false; // more than kAbnormalPointCap: extremes per column kept
    NormalBand band;
    std::optional<double> minValue; // of all readings, for the axis
    std::optional<double> maxValue;
};

// One sign's points for a plot `plotWidthPx` pixels wide. The line is min/max per column of
// four pixels (core::ChartDownsampler::minMax: first, lowest, highest, last of each slice), so
// at most one point per pixel, and keeps every column's extremes, so no spike disappears.
// Every abnormal reading is returned in `abnormal`, however many columns it shares; only
// when there are more than kAbnormalPointCap of them (a patient abnormal for days) are
// they thinned to the lowest and highest abnormal reading of each pixel column, which
// still shows where and how far out of range the patient was.
ChartPoints buildChartPoints(core::VitalSign sign, const QVector<qint64> &timesMs, const QVector<double> &values,
                             const QList<core::ThresholdRule> &rules, int plotWidthPx);

} // namespace careledger::ui
