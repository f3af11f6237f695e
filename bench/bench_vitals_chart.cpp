// Trend chart benchmark: what the Vitals tab does with a week of 1 Hz readings per vital
// sign (604,800 points each). Prints one JSON object on stdout.
//
//   careledger-bench-vitals-chart [--quick] [--runs N] [--points N] [--width N]
//
// Figures, each as p50/p95/max over `runs` runs (wall clock):
// - chart_build: one chart (heart rate): buildChartPoints (normal band, abnormal points,
//   min/max per four-pixel column) for the plot width, then QLineSeries/QScatterSeries
//   replace() and the axes, as VitalTrendChart::setPoints does on the GUI thread;
// - per_chart_build: the same for each of the six charts of the panel (seven signs: blood
//   pressure is one chart of two lines); panel_build, panel_downsample, panel_fill: the six
//   together, and their two parts (downsampling runs on a pool thread in the application,
//   the fill on the GUI thread);
// - render: one chart drawn into a 1200 x 300 QImage (QChartView::render, antialiased,
//   no OpenGL), offscreen.

#include "BenchSupport.h"
#include "alerts/AlertRules.h"
#include "ui/VitalChartData.h"
#include "ui/VitalTrendChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineSeries>
#include <QPainter>
#include <QStringList>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

using namespace careledger;
using careledger::bench::round3;
using core::VitalSign;

namespace {

using Clock = std::chrono::steady_clock;

struct Config {
    bool quick = false;
    int runs = 30;
    qsizetype points = 7 * 24 * 3600;
    int width = 1200;
};

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(index, samples.size() - 1)];
}

QJsonObject summary(const std::vector<double> &samples)
{
    QJsonObject out;
    out.insert(QStringLiteral("p50_ms"), round3(percentile(samples, 0.5)));
    out.insert(QStringLiteral("p95_ms"), round3(percentile(samples, 0.95)));
    out.insert(QStringLiteral("max_ms"), round3(*std::max_element(samples.begin(), samples.end())));
    out.insert(QStringLiteral("min_ms"), round3(*std::min_element(samples.begin(), samples.end())));
    return out;
}

double since(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// A week of a ward patient: each sign drifts around its usual value with noise, with a few
// abnormal episodes a day (so the red dots are a few hundred to a few thousand per sign).
services::VitalSeries makeSeries(VitalSign sign, qsizetype n, unsigned seed)
{
    struct Shape {
        double base, swing, noise, episode;
    };
    Shape shape{};
    switch (sign) {
    case VitalSign::HeartRate: shape = {72, 8, 3, 55}; break;
    case VitalSign::SpO2: shape = {97, 1, 0.7, -8}; break;
    case VitalSign::RespirationRate: shape = {16, 2, 1, 10}; break;
    case VitalSign::Temperature: shape = {36.8, 0.3, 0.05, 1.8}; break;
    case VitalSign::Systolic: shape = {125, 10, 4, -30}; break;
    case VitalSign::Diastolic: shape = {78, 6, 3, -20}; break;
    case VitalSign::Glucose: shape = {110, 20, 5, 90}; break;
    default: shape = {50, 5, 1, 10}; break;
    }
    const double decimals = std::pow(10.0, core::vitalSignDecimals(sign));
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, shape.noise);
    services::VitalSeries s;
    s.sign = sign;
    s.timesMs.resize(n);
    s.values.resize(n);
    const qint64 start = 1'772'409'600'000;
    for (qsizetype i = 0; i < n; ++i) {
        double v = shape.base + shape.swing * std::sin(double(i) / 7000.0) + noise(rng);
        if (i % 43'200 >= 30'000 && i % 43'200 < 30'300) {
            v += shape.episode; // five minutes twice a day
        }
        s.timesMs[i] = start + i * 1000;
        s.values[i] = std::round(v * decimals) / decimals;
    }
    return s;
}

Config parseArguments(const QStringList &args)
{
    Config config;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--quick")) {
            config.quick = true;
            config.runs = 5;
        } else if (arg == QLatin1String("--runs") && i + 1 < args.size()) {
            config.runs = std::max(1, args[++i].toInt());
        } else if (arg == QLatin1String("--points") && i + 1 < args.size()) {
            config.points = std::max<qsizetype>(2, args[++i].toLongLong());
        } else if (arg == QLatin1String("--width") && i + 1 < args.size()) {
            config.width = std::max(300, args[++i].toInt());
        } else {
            std::fprintf(stderr, "usage: careledger-bench-vitals-chart [--quick] [--runs N] [--points N] [--width N]\n");
            std::exit(2);
        }
    }
    return config;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const Config config = parseArguments(QCoreApplication::arguments());

    const QList<VitalSign> signs{VitalSign::HeartRate, VitalSign::SpO2,     VitalSign::RespirationRate,
                                 VitalSign::Temperature, VitalSign::Systolic, VitalSign::Diastolic,
                                 VitalSign::Glucose};
    QList<services::VitalSeries> week;
    unsigned seed = 11;
    for (const VitalSign sign : signs) {
        week << makeSeries(sign, config.points, seed++);
    }
    const QList<core::ThresholdRule> rules = core::effectiveRules(core::RuleSet::news2(), {});
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(week.first().timesMs.first(), Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(week.first().timesMs.last() + 1000, Qt::UTC);

    // The panel as the Vitals tab lays it out, so the plot widths are the real ones.
    ui::VitalTrendPanel panel(nullptr, [to] { return to; });
    panel.resize(config.width, 1600);
    panel.show();
    QCoreApplication::processEvents();
    for (ui::VitalTrendChart *chart : panel.charts()) {
        chart->setRange(from, to);
    }
    QCoreApplication::processEvents();

    const auto fill = [&](ui::VitalTrendChart *chart) {
        QList<ui::ChartPoints> points;
        for (const VitalSign sign : chart->signs()) {
            for (const services::VitalSeries &s : week) {
                if (s.sign == sign) {
                    points << ui::buildChartPoints(sign, s.timesMs, s.values, rules, chart->plotWidth());
                }
            }
        }
        chart->setPoints(points);
        return points;
    };

    ui::VitalTrendChart *heart = panel.chartFor(VitalSign::HeartRate);
    (void)fill(heart); // warm-up
    std::vector<double> chartBuild;
    std::vector<double> downsampleOnly;
    qsizetype linePoints = 0;
    qsizetype abnormalPoints = 0;
    for (int i = 0; i < config.runs; ++i) {
        const auto start = Clock::now();
        const QList<ui::ChartPoints> points = fill(heart);
        chartBuild.push_back(since(start));
        linePoints = points.first().line.size();
        abnormalPoints = points.first().abnormal.size();
        const auto d = Clock::now();
        (void)ui::buildChartPoints(VitalSign::HeartRate, week.first().timesMs, week.first().values, rules,
                                   heart->plotWidth());
        downsampleOnly.push_back(since(d));
    }

    // The panel: downsampling (a pool thread in the application) and the series fill (the
    // GUI thread) timed apart, per chart and for the whole panel.
    std::vector<double> panelBuild;
    std::vector<double> panelDownsample;
    std::vector<double> panelFill;
    std::vector<std::vector<double>> perChart(std::size_t(panel.charts().size()));
    for (int i = 0; i < config.runs; ++i) {
        double downsampled = 0;
        double filled = 0;
        for (qsizetype c = 0; c < panel.charts().size(); ++c) {
            ui::VitalTrendChart *chart = panel.charts().at(c);
            const auto start = Clock::now();
            QList<ui::ChartPoints> points;
            for (const VitalSign sign : chart->signs()) {
                for (const services::VitalSeries &s : week) {
                    if (s.sign == sign) {
                        points << ui::buildChartPoints(sign, s.timesMs, s.values, rules, chart->plotWidth());
                    }
                }
            }
            const double d = since(start);
            const auto fillStart = Clock::now();
            chart->setPoints(points);
            const double f = since(fillStart);
            downsampled += d;
            filled += f;
            perChart[std::size_t(c)].push_back(d + f);
        }
        panelDownsample.push_back(downsampled);
        panelFill.push_back(filled);
        panelBuild.push_back(downsampled + filled);
    }
    QJsonArray charts;
    double slowestP95 = 0;
    for (qsizetype c = 0; c < panel.charts().size(); ++c) {
        QJsonObject one = summary(perChart[std::size_t(c)]);
        QStringList ids;
        for (const VitalSign sign : panel.charts().at(c)->signs()) {
            ids << core::vitalSignId(sign);
        }
        one.insert(QStringLiteral("chart"), ids.join(QLatin1Char('+')));
        one.insert(QStringLiteral("line_points"), qint64(panel.charts().at(c)->lineSeries(panel.charts().at(c)->signs().first())->count()));
        slowestP95 = std::max(slowestP95, percentile(perChart[std::size_t(c)], 0.95));
        charts.append(one);
    }

    // One chart alone at 1200 x 300, drawn into an image as a screen or a print would.
    ui::VitalTrendChart single({VitalSign::HeartRate}, QStringLiteral("Heart rate (/min)"));
    single.resize(1200, 300);
    single.chartView()->setFixedHeight(300);
    single.show();
    single.setRange(from, to);
    QCoreApplication::processEvents();
    (void)fill(&single);
    QCoreApplication::processEvents();
    QImage image(1200, 300, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> render;
    for (int i = 0; i < config.runs + 1; ++i) {
        image.fill(Qt::white);
        const auto start = Clock::now();
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            single.chartView()->render(&painter);
        }
        if (i > 0) {
            render.push_back(since(start)); // the first draw lays out the scene once
        }
    }
    const QString pngPath = QStringLiteral("bench-vitals-chart.png");
    const bool kept = !qEnvironmentVariableIsEmpty("CARELEDGER_BENCH_KEEP_IMAGE") && image.save(pngPath);

    constexpr double kBuildTargetMs = 100.0;
    constexpr double kRenderTargetMs = 50.0;
    QJsonObject targets;
    targets.insert(QStringLiteral("chart_build_p95_max_ms"), kBuildTargetMs);
    targets.insert(QStringLiteral("chart_build_met"), percentile(chartBuild, 0.95) < kBuildTargetMs);
    targets.insert(QStringLiteral("slowest_chart_build_p95_ms"), round3(slowestP95));
    targets.insert(QStringLiteral("every_chart_build_met"), slowestP95 < kBuildTargetMs);
    targets.insert(QStringLiteral("panel_build_met"), percentile(panelBuild, 0.95) < kBuildTargetMs);
    targets.insert(QStringLiteral("render_p95_max_ms"), kRenderTargetMs);
    targets.insert(QStringLiteral("render_met"), percentile(render, 0.95) < kRenderTargetMs);

    QJsonObject result;
    result.insert(QStringLiteral("benchmark"), QStringLiteral("vitals-chart"));
    result.insert(QStringLiteral("quick"), config.quick);
    result.insert(QStringLiteral("points_per_sign"), qint64(config.points));
    result.insert(QStringLiteral("signs"), qint64(signs.size()));
    result.insert(QStringLiteral("runs"), config.runs);
    result.insert(QStringLiteral("plot_width_px"), heart->plotWidth());
    result.insert(QStringLiteral("line_points"), qint64(linePoints));
    result.insert(QStringLiteral("abnormal_points"), qint64(abnormalPoints));
    result.insert(QStringLiteral("downsample_one_sign"), summary(downsampleOnly));
    result.insert(QStringLiteral("chart_build"), summary(chartBuild));
    result.insert(QStringLiteral("panel_build"), summary(panelBuild));
    result.insert(QStringLiteral("panel_downsample"), summary(panelDownsample));
    result.insert(QStringLiteral("panel_fill"), summary(panelFill));
    result.insert(QStringLiteral("per_chart_build"), charts);
    QJsonObject renderObject = summary(render);
    renderObject.insert(QStringLiteral("size"), QStringLiteral("1200x300"));
    result.insert(QStringLiteral("render"), renderObject);
    result.insert(QStringLiteral("targets"), targets);
    result.insert(QStringLiteral("platform"), QGuiApplication::platformName());
    result.insert(QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture());
    result.insert(QStringLiteral("threads"), QThread::idealThreadCount());
    if (kept) {
        result.insert(QStringLiteral("image"), pngPath);
    }
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
