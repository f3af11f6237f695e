// Charts and alerts benchmark: downsampling a week of 1 Hz readings for a chart and
// evaluating vital signs against NEWS2 and the alert rules. Prints one JSON object on stdout.
//
//   careledger-bench-charts [--quick] [--runs N] [--points N] [--columns N]
//
// Figures: min/max-per-column and LTTB downsampling of `points` readings (default 604,800:
// 7 days at 1 Hz, with runs of abnormal points) to `columns` pixel columns (default 1,920),
// median and p99 over `runs` runs, wall clock and this thread's CPU time, with the
// downsampler's buffer reused as a chart would; NEWS2 computations per second (computeNews2
// over a full set of inputs) and full evaluations per second (evaluate: plausibility, the
// NEWS2 rules, the aggregate and the flag texts).

#include "BenchSupport.h"
#include "alerts/AlertRules.h"
#include "alerts/Downsample.h"
#include "alerts/News2.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <time.h>
#include <vector>

using namespace careledger::core;

namespace {

using careledger::bench::round3;

using Clock = std::chrono::steady_clock;

struct Config {
    bool quick = false;
    int runs = 50;
    qsizetype points = 7 * 24 * 3600;
    int columns = 1920;
    double evaluationSeconds = 1.0; // how long each evaluation rate is measured
};

double milliseconds(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

// CPU time of this thread: on a shared machine it leaves out the time other processes held
// the core, which the wall-clock figure includes.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(index, samples.size() - 1)];
}

// SpO2-like readings: slow drift, noise, and a 30-second desaturation every 50,000 s, whose
// points at or below 91 % are flagged abnormal (so the abnormal points come in runs, as real
// alarms do).
struct Week {
    std::vector<qint64> times;
    std::vector<double> values;
    std::unique_ptr<bool[]> abnormal;
    qsizetype abnormalCount = 0;

    SeriesView view() const
    {
        return SeriesView{times, values, std::span<const bool>(abnormal.get(), times.size())};
    }
};

Week makeWeek(qsizetype n)
{
    Week w;
    w.times.resize(static_cast<std::size_t>(n));
    w.values.resize(static_cast<std::size_t>(n));
    w.abnormal = std::make_unique<bool[]>(static_cast<std::size_t>(n));
    std::mt19937 rng(20250225);
    std::normal_distribution<double> noise(0.0, 0.6);
    const qint64 start = 1'740'470'400'000;
    for (qsizetype i = 0; i < n; ++i) {
        const auto u = static_cast<std::size_t>(i);
        double value = 96.5 + 1.5 * std::sin(static_cast<double>(i) / 5000.0) + noise(rng);
        if (i % 50'000 >= 20'000 && i % 50'000 < 20'030)
            value -= 8.0;
        w.times[u] = start + i * 1000;
        w.values[u] = value;
        w.abnormal[u] = value <= 91.0;
        w.abnormalCount += w.abnormal[u] ? 1 : 0;
    }
    return w;
}

template <typename F>
QJsonObject timeDownsampling(const Config &config, F &&run)
{
    std::vector<double> samples;
    std::vector<double> cpuSamples;
    samples.reserve(static_cast<std::size_t>(config.runs));
    cpuSamples.reserve(static_cast<std::size_t>(config.runs));
    std::size_t outputPoints = 0;
    (void)run(); // warm-up: the buffer's first allocation and the caches
    for (int i = 0; i < config.runs; ++i) {
        const double cpuStart = threadCpuMs();
        const auto start = Clock::now();
        outputPoints = run();
        samples.push_back(milliseconds(Clock::now() - start));
        cpuSamples.push_back(threadCpuMs() - cpuStart);
    }
    QJsonObject out;
    out.insert(QStringLiteral("median_ms"), round3(percentile(samples, 0.5)));
    out.insert(QStringLiteral("p99_ms"), round3(percentile(samples, 0.99)));
    out.insert(QStringLiteral("min_ms"), round3(*std::min_element(samples.begin(), samples.end())));
    out.insert(QStringLiteral("cpu_median_ms"), round3(percentile(cpuSamples, 0.5)));
    out.insert(QStringLiteral("cpu_p99_ms"), round3(percentile(cpuSamples, 0.99)));
    out.insert(QStringLiteral("output_points"), static_cast<qint64>(outputPoints));
    return out;
}

// A varied set of inputs, so the rate is not one branch predicted forever.
std::vector<VitalSnapshot> makeSnapshots(qint64 now)
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> rr(6, 35), spo2(82, 100), sbp(80, 230), hr(35, 150), temp(34.5, 40.5);
    std::uniform_int_distribution<int> oxygen(0, 1), acvpu(0, 6);
    std::vector<VitalSnapshot> out(1024);
    for (VitalSnapshot &s : out) {
        s.set(VitalSign::RespirationRate, std::round(rr(rng)), now - 1000);
        s.set(VitalSign::SpO2, std::round(spo2(rng)), now - 1000);
        s.set(VitalSign::OnOxygen, oxygen(rng), now - 3'600'000);
        s.set(VitalSign::Systolic, std::round(sbp(rng)), now - 300'000);
        s.set(VitalSign::HeartRate, std::round(hr(rng)), now - 1000);
        s.set(VitalSign::Consciousness, std::max(0, acvpu(rng) - 2), now - 4 * 3'600'000);
        s.set(VitalSign::Temperature, std::round(temp(rng) * 10) / 10, now - 1'800'000);
    }
    return out;
}

template <typename F>
QJsonObject rate(const Config &config, F &&once)
{
    qint64 count = 0;
    const auto start = Clock::now();
    const auto deadline = start + std::chrono::duration<double>(config.evaluationSeconds);
    while (Clock::now() < deadline) {
        for (int i = 0; i < 1024; ++i)
            once(count++);
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    QJsonObject out;
    out.insert(QStringLiteral("evaluations"), count);
    out.insert(QStringLiteral("seconds"), round3(seconds));
    out.insert(QStringLiteral("per_s"), std::round(static_cast<double>(count) / seconds));
    return out;
}

Config parseArguments(const QStringList &args)
{
    Config config;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("--quick")) {
            config.quick = true;
            config.runs = 5;
            config.evaluationSeconds = 0.2;
        } else if (arg == QLatin1String("--runs") && i + 1 < args.size()) {
            config.runs = std::max(1, args[++i].toInt());
        } else if (arg == QLatin1String("--points") && i + 1 < args.size()) {
            config.points = std::max<qsizetype>(1, args[++i].toLongLong());
        } else if (arg == QLatin1String("--columns") && i + 1 < args.size()) {
            config.columns = std::max(1, args[++i].toInt());
        } else {
            std::fprintf(stderr, "usage: careledger-bench-charts [--quick] [--runs N] [--points N] [--columns N]\n");
            std::exit(2);
        }
    }
    return config;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Config config = parseArguments(QCoreApplication::arguments());

    const Week week = makeWeek(config.points);
    const SeriesView view = week.view();
    ChartDownsampler downsampler;
    const QJsonObject minMax = timeDownsampling(config, [&] { return downsampler.minMax(view, config.columns).size(); });
    const QJsonObject lttb = timeDownsampling(config, [&] { return downsampler.lttb(view, config.columns).size(); });

    const qint64 now = 1'740'470'400'000;
    const std::vector<VitalSnapshot> snapshots = makeSnapshots(now);
    qint64 sink = 0; // keeps the optimiser from dropping the work
    const QJsonObject news2 = rate(config, [&](qint64 i) {
        sink += computeNews2(snapshots[static_cast<std::size_t>(i & 1023)], now).aggregate;
    });
    const RuleSet rules = RuleSet::news2();
    const QJsonObject evaluations = rate(config, [&](qint64 i) {
        sink += static_cast<qint64>(evaluate(snapshots[static_cast<std::size_t>(i & 1023)], now, rules).flags.size());
    });

    // "A few milliseconds" for a week of readings: the slowest of the runs, in CPU time (wall
    // time on a shared machine adds whatever other processes took).
    constexpr double kTargetMs = 5.0;
    QJsonObject targets;
    targets.insert(QStringLiteral("minmax_cpu_p99_max_ms"), kTargetMs);
    targets.insert(QStringLiteral("minmax_cpu_p99_met"), minMax.value(QLatin1String("cpu_p99_ms")).toDouble() <= kTargetMs);
    targets.insert(QStringLiteral("lttb_cpu_p99_met"), lttb.value(QLatin1String("cpu_p99_ms")).toDouble() <= kTargetMs);
    targets.insert(QStringLiteral("output_bound"), QStringLiteral("4 x columns + abnormal points"));
    targets.insert(QStringLiteral("output_bound_met"),
                   minMax.value(QLatin1String("output_points")).toDouble()
                       <= 4.0 * config.columns + static_cast<double>(week.abnormalCount));

    QJsonObject result;
    result.insert(QStringLiteral("benchmark"), QStringLiteral("charts"));
    result.insert(QStringLiteral("quick"), config.quick);
    result.insert(QStringLiteral("points"), static_cast<qint64>(config.points));
    result.insert(QStringLiteral("abnormal_points"), static_cast<qint64>(week.abnormalCount));
    result.insert(QStringLiteral("columns"), config.columns);
    result.insert(QStringLiteral("runs"), config.runs);
    result.insert(QStringLiteral("downsample_minmax"), minMax);
    result.insert(QStringLiteral("downsample_lttb"), lttb);
    result.insert(QStringLiteral("news2_compute"), news2);
    result.insert(QStringLiteral("rules_evaluate"), evaluations);
    result.insert(QStringLiteral("targets"), targets);
    result.insert(QStringLiteral("checksum"), sink);
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
