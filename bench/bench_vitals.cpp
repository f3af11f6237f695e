// Live-vitals benchmark: sustained ingest through the whole workstation path, and the alarm
// latency from a frame on a pseudo-terminal to the alarm being raised. One JSON object on
// stdout.
//
//   careledger-bench-vitals [--quick] [--readings N] [--devices N] [--alarms N]
//
// ingest: CLV1 bytes in 4 KiB chunks -> GatewayPipeline (framing, decode, HMAC, sequence,
//   time window, plausibility) -> VitalsService::ingest (pairing, red flags, NEWS2, alarm
//   tracker) -> VitalsService::flush (encrypted batches, alert rows, device sequences, and
//   the anchor of every closed window: one signed transaction per patient and minute), on
//   one thread, against a real encrypted store. Every device sends at 1 Hz (frame times; the
//   workstation clock follows them), so anchors come at the rate a real ward produces them.
//   Two flush schedules: every wall-clock second (what the seal path does) and every 256
//   readings (the most frequent the design allows). readings_per_s counts all of it.
// alarm_latency: the workstation's gateway reader on the slave side of a pty, this process
//   writing frames on the master side. Each sample writes a frame whose respiration rate
//   scores NEWS2 2 (a medium alarm, no hold delay), waits for VitalsService::alertRaised
//   (taken on the gateway thread, where the alarm is raised), then a normal frame that clears
//   it. Latency = from write() of the frame's last byte returning to the signal.

#include "BenchSupport.h"

#include "crypto/Crypto.h"
#include "sensors/GatewayFrameCodec.h"
#include "sensors/GatewayPipeline.h"
#include "services/DeviceService.h"
#include "services/PatientService.h"
#include "services/VitalsService.h"
#include "services/Workstation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <pty.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

using namespace careledger;
using namespace careledger::services;
using sensors::ValueState;
using sensors::VitalParameter;

namespace {

using SteadyClock = std::chrono::steady_clock;

struct Config {
    bool quick = false;
    int readings = 200000;
    int devices = 64;
    int alarms = 500;
};

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "careledger-bench-vitals: %s\n", qPrintable(what));
    std::exit(1);
}

void must(const ServiceStatus &status, const char *what)
{
    if (!status)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), status.message()));
}

template <typename T> T must(ServiceResult<T> result, const char *what)
{
    if (!result)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), result.message()));
    return std::move(*result);
}

double seconds(SteadyClock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto index = static_cast<std::size_t>(std::min<double>(double(v.size() - 1), p * double(v.size() - 1) + 0.5));
    return v[index];
}

const QString kAdmin = QStringLiteral("admin");
const QString kPassword = QStringLiteral("ward bench password 7");

core::Demographics patientNumber(int i)
{
    core::Demographics d;
    d.givenName = QStringLiteral("Bench");
    d.familyName = QStringLiteral("Patient%1").arg(i);
    d.birthDate = QDate(1950 + i % 50, 1 + i % 12, 1 + i % 28);
    d.sex = i % 2 ? core::Sex::Female : core::Sex::Male;
    return d;
}

// A clinic of `devices` monitored patients; the session stays open as the admin.
struct Ward {
    QTemporaryDir dir;
    std::shared_ptr<QDateTime> now;
    std::unique_ptr<Workstation> ws;
    std::vector<QString> deviceIds;
    std::vector<core::SecureBytes> keys;

    Ward(int devices, bool manualClock, QDateTime start)
    {
        WorkstationOptions options;
        options.kdfCost = 1u << 10;
        options.sealInterval = std::chrono::milliseconds(0);
        options.auditAnchorInterval = std::chrono::milliseconds(0);
        if (manualClock) {
            now = std::make_shared<QDateTime>(start);
            options.clock = [n = now] { return *n; };
        }
        const QString path = dir.filePath(QStringLiteral("clinic"));
        must(Workstation::initialize(path, kAdmin, QStringLiteral("Bench Admin"), kPassword, options), "initialize");
        ws = std::make_unique<Workstation>(path, options);
        must(ws->login(kAdmin, kPassword), "login");
        const QDateTime from = (manualClock ? start : QDateTime::currentDateTimeUtc()).addSecs(-60);
        for (int i = 0; i < devices; ++i) {
            const auto patient = must(ws->patients().registerPatient(patientNumber(i), true), "register patient");
            const auto device = must(ws->devices().registerDevice(QStringLiteral("monitor"), QStringLiteral("Bench"),
                                                                  QStringLiteral("B-%1").arg(i)),
                                     "register device");
            must(ws->devices().pair(device.deviceId, patient.id, from), "pair");
            deviceIds.push_back(device.deviceId);
            keys.push_back(core::SecureBytes::fromView(QByteArray::fromHex(device.keyHex)));
        }
        must(ws->sealNow(), "seal set-up");
    }
};

sensors::Reading bedsideReading(const QString &device, quint64 sequence, qint64 atMs, int n)
{
    sensors::Reading r;
    r.deviceId = device;
    r.sequence = sequence;
    r.measuredAtMs = atMs;
    // Mostly normal adult values; every 50th reading of a bed is tachycardic, so alarms and
    // their rows are part of the load.
    const bool flagged = n % 50 == 0;
    r.values = {
        {VitalParameter::HeartRate, ValueState::Measured, flagged ? 128.0 : 70.0 + n % 15},
        {VitalParameter::SpO2, ValueState::Measured, 96.0 + n % 4},
        {VitalParameter::BodyTemperature, ValueState::Measured, 36.6 + (n % 5) / 10.0},
        {VitalParameter::RespirationRate, ValueState::Measured, 14.0 + n % 4},
        {VitalParameter::SystolicBp, ValueState::Measured, 118.0 + n % 10},
        {VitalParameter::DiastolicBp, ValueState::Measured, 76.0 + n % 6},
        {VitalParameter::OnOxygen, ValueState::Measured, 0},
    };
    return r;
}

QJsonObject ingestRun(const Config &config, bool flushEvery256)
{
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    Ward ward(config.devices, true, start);
    sensors::InMemoryDeviceDirectory directory;
    for (std::size_t d = 0; d < ward.deviceIds.size(); ++d)
        directory.addNative(ward.deviceIds[d], ward.keys[d]);

    // Every bed at 1 Hz, interleaved by time as a multi-bed gateway sends them.
    QByteArray stream;
    const int perDevice = config.readings / config.devices;
    for (int k = 0; k < perDevice; ++k) {
        for (int d = 0; d < config.devices; ++d) {
            const qint64 at = start.toMSecsSinceEpoch() + qint64(k) * 1000 + d;
            stream += sensors::GatewayFrameCodec::encode(
                bedsideReading(ward.deviceIds[std::size_t(d)], quint64(k + 1), at, k + d), ward.keys[std::size_t(d)].view());
        }
    }
    const int total = perDevice * config.devices;

    VitalsService &vitals = ward.ws->vitals();
    quint64 accepted = 0;
    quint64 sinceFlush = 0;
    qint64 lastAt = 0;
    double flushSeconds = 0;
    int flushes = 0;
    const auto flush = [&] {
        const auto t = SteadyClock::now();
        must(vitals.flush(), "flush");
        flushSeconds += seconds(SteadyClock::now() - t);
        ++flushes;
        sinceFlush = 0;
    };
    sensors::GatewayPipeline pipeline(directory, {[&](const sensors::Reading &reading) {
                                                      ++accepted;
                                                      ++sinceFlush;
                                                      lastAt = reading.measuredAtMs;
                                                      vitals.ingest(reading);
                                                  },
                                                  [](sensors::RejectionReason, const QString &detail) {
                                                      die(QStringLiteral("frame rejected: %1").arg(detail));
                                                  },
                                                  {}});
    const auto t0 = SteadyClock::now();
    auto lastFlush = t0;
    for (qsizetype offset = 0; offset < stream.size(); offset += 4096) {
        pipeline.feed(QByteArrayView(stream.constData() + offset, std::min<qsizetype>(4096, stream.size() - offset)),
                      lastAt ? lastAt : start.toMSecsSinceEpoch());
        if (lastAt)
            *ward.now = QDateTime::fromMSecsSinceEpoch(lastAt, Qt::UTC);
        if (flushEvery256 ? sinceFlush >= 256 : SteadyClock::now() - lastFlush >= std::chrono::seconds(1)) {
            flush();
            lastFlush = SteadyClock::now();
        }
    }
    *ward.now = ward.now->addSecs(120); // every window has closed: the last flush anchors them all
    flush();
    const double elapsed = seconds(SteadyClock::now() - t0);
    if (accepted != quint64(total))
        die(QStringLiteral("accepted %1 of %2 readings").arg(accepted).arg(total));

    QJsonObject out;
    out[QStringLiteral("flush_schedule")] = flushEvery256 ? QStringLiteral("every 256 readings") : QStringLiteral("every second");
    out[QStringLiteral("readings")] = total;
    out[QStringLiteral("devices")] = config.devices;
    out[QStringLiteral("seconds")] = bench::round3(elapsed);
    out[QStringLiteral("readings_per_s")] = qRound(total / elapsed);
    out[QStringLiteral("flushes")] = flushes;
    out[QStringLiteral("flush_seconds")] = bench::round3(flushSeconds);
    out[QStringLiteral("peak_rss_mb")] = bench::statusMb("VmHWM");
    return out;
}

QJsonObject latencyRun(const Config &config)
{
    Ward ward(1, false, QDateTime());
    int master = -1;
    int slave = -1;
    if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
        die(QStringLiteral("openpty failed"));
    termios raw{};
    ::tcgetattr(slave, &raw);
    ::cfmakeraw(&raw);
    ::tcsetattr(slave, TCSANOW, &raw);
    const QString slavePath = QString::fromLocal8Bit(::ptsname(master));

    std::atomic<qint64> raisedAtNs{0};
    VitalsService &vitals = ward.ws->vitals();
    QObject::connect(
        &vitals, &VitalsService::alertRaised, &vitals,
        [&](const AlertNotice &) {
            raisedAtNs.store(std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now().time_since_epoch()).count());
        },
        Qt::DirectConnection);
    must(vitals.setGatewaySettings(GatewaySettings{slavePath, 115200}), "gateway settings");
    // Let the reader open the port.
    for (int i = 0; i < 200 && vitals.gatewayStatus().state != sensors::SerialGatewayReader::State::Open; ++i)
        QThread::msleep(10);
    if (vitals.gatewayStatus().state != sensors::SerialGatewayReader::State::Open)
        die(QStringLiteral("the gateway did not open %1").arg(slavePath));

    const QString device = ward.deviceIds.front();
    const core::SecureBytes &key = ward.keys.front();
    quint64 sequence = 0;
    const auto frame = [&](double respirationRate) {
        sensors::Reading r;
        r.deviceId = device;
        r.sequence = ++sequence;
        r.measuredAtMs = QDateTime::currentMSecsSinceEpoch();
        r.values = {{VitalParameter::HeartRate, ValueState::Measured, 72},
                    {VitalParameter::SpO2, ValueState::Measured, 98},
                    {VitalParameter::RespirationRate, ValueState::Measured, respirationRate}};
        return sensors::GatewayFrameCodec::encode(r, key.view());
    };
    const auto writeAll = [&](const QByteArray &bytes) {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(master, bytes.constData() + done, size_t(bytes.size() - done));
            if (n <= 0)
                die(QStringLiteral("write to the pty failed"));
            done += n;
        }
    };
    const auto nowNs = [] {
        return std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now().time_since_epoch()).count();
    };

    std::vector<double> latenciesMs;
    int missed = 0;
    for (int i = 0; i < config.alarms; ++i) {
        raisedAtNs.store(0);
        const QByteArray abnormal = frame(22); // NEWS2 respiration score 2: medium, no delay
        writeAll(abnormal);
        const qint64 written = nowNs();
        qint64 raised = 0;
        for (int spin = 0; spin < 100000 && (raised = raisedAtNs.load()) == 0; ++spin)
            QThread::usleep(20);
        if (raised == 0) {
            ++missed;
        } else {
            latenciesMs.push_back(double(raised - written) / 1e6);
        }
        writeAll(frame(14)); // clears: the medium alarm resolves by itself
        QThread::msleep(5);
    }
    vitals.closeSession();
    ::close(master);
    ::close(slave);
    if (latenciesMs.empty())
        die(QStringLiteral("no alarm was raised"));

    QJsonObject out;
    out[QStringLiteral("samples")] = int(latenciesMs.size());
    out[QStringLiteral("missed")] = missed;
    out[QStringLiteral("p50_ms")] = bench::round3(percentile(latenciesMs, 0.50));
    out[QStringLiteral("p95_ms")] = bench::round3(percentile(latenciesMs, 0.95));
    out[QStringLiteral("p99_ms")] = bench::round3(percentile(latenciesMs, 0.99));
    out[QStringLiteral("max_ms")] = bench::round3(*std::max_element(latenciesMs.begin(), latenciesMs.end()));
    out[QStringLiteral("target_p99_ms")] = 10;
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Config config;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--quick")) {
            config.quick = true;
            config.readings = 20000;
            config.devices = 16;
            config.alarms = 50;
        } else if (a == QLatin1String("--readings") && i + 1 < args.size()) {
            config.readings = args.at(++i).toInt();
        } else if (a == QLatin1String("--devices") && i + 1 < args.size()) {
            config.devices = args.at(++i).toInt();
        } else if (a == QLatin1String("--alarms") && i + 1 < args.size()) {
            config.alarms = args.at(++i).toInt();
        } else {
            die(QStringLiteral("usage: careledger-bench-vitals [--quick] [--readings N] [--devices N] [--alarms N]"));
        }
    }
    if (config.devices < 1 || config.readings < config.devices || config.alarms < 1)
        die(QStringLiteral("--readings must be at least --devices, both and --alarms positive"));

    QJsonObject result;
    result[QStringLiteral("benchmark")] = QStringLiteral("vitals");
    result[QStringLiteral("machine")] = QString(QSysInfo::prettyProductName() + QStringLiteral(", ") +
                                                QString::number(QThread::idealThreadCount()) + QStringLiteral(" threads"));
    bench::resetPeakRss();
    QJsonObject every = ingestRun(config, false);
    every[QStringLiteral("target_readings_per_s")] = 20000;
    result[QStringLiteral("ingest")] = every;
    bench::resetPeakRss();
    result[QStringLiteral("ingest_flush_every_256")] = ingestRun(config, true);
    result[QStringLiteral("alarm_latency")] = latencyRun(config);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
