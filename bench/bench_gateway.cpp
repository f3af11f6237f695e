// Gateway benchmark: how many readings per second one thread turns from gateway bytes into
// authenticated readings, for both dialects. Prints one JSON object on stdout.
//
//   careledger-bench-gateway [--quick] [--readings N] [--devices N]
//
// Figures (median of 3 rounds, one thread, frames prepared before timing), each per second
// of wall-clock time (*_per_s) and per second of the thread's CPU time (*_per_cpu_s):
// - native.decode: GatewayFrameCodec::decode of complete CLV1 lines;
// - native.decode_authenticate: decode + DeviceAuthenticator (directory lookup, HMAC-SHA256,
//   constant-time compare, sequence, time window, plausibility);
// - native.pipeline: the same from a byte stream in 4 KiB chunks through GatewayStreamFramer
//   (what SerialGatewayReader does per readyRead);
// - hl7.*: the same for ORU^R01 messages like the example of hl7v2-oru-notes.md (six
//   observations, EUI-64 device row); hl7.pipeline also builds the MLLP ACK for every message;
// - reference.hmac_sha256: core::hmacSha256 on a 200-byte input, the native path's floor.

#include "crypto/Crypto.h"
#include "sensors/GatewayPipeline.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace careledger;
using namespace careledger::sensors;

namespace {

using Clock = std::chrono::steady_clock;

struct Config {
    bool quick = false;
    int readings = 200000;
    int devices = 32;
    int rounds = 3;
};

// Fixed "now" for the authenticator; frames are stamped around it.
constexpr qint64 kNowMs = 1772442000000;

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString nativeId(int i)
{
    return QStringLiteral("bed%1-hub").arg(i);
}

QString monitorId(int i)
{
    return QStringLiteral("00095CFFFE%1").arg(i, 6, 16, QLatin1Char('0')).toUpper();
}

core::SecureBytes keyFor(int i)
{
    return core::SecureBytes::fromView(core::sha256(QByteArray::number(i)));
}

Reading vitals(int n)
{
    Reading r;
    r.values = {
        {VitalParameter::HeartRate, ValueState::Measured, static_cast<double>(60 + n % 40)},
        {VitalParameter::SpO2, ValueState::Measured, static_cast<double>(94 + n % 6)},
        {VitalParameter::BodyTemperature, ValueState::Measured, 36.5 + (n % 10) / 10.0},
        {VitalParameter::RespirationRate, ValueState::Measured, static_cast<double>(12 + n % 8)},
        {VitalParameter::SystolicBp, ValueState::Measured, static_cast<double>(110 + n % 30)},
        {VitalParameter::DiastolicBp, ValueState::Measured, static_cast<double>(70 + n % 15)},
    };
    return r;
}

struct Workload {
    InMemoryDeviceDirectory directory;
    std::vector<QByteArray> nativeLines; // with LF
    std::vector<QByteArray> hl7Messages; // without MLLP framing
    QByteArray nativeStream;
    QByteArray hl7Stream;
};

void prepare(Workload &w, const Config &config)
{
    std::vector<core::SecureBytes> keys;
    for (int d = 0; d < config.devices; ++d) {
        keys.push_back(keyFor(d));
        w.directory.addNative(nativeId(d), keys.back());
        w.directory.addHl7(monitorId(d));
    }
    w.nativeLines.reserve(static_cast<std::size_t>(config.readings));
    w.hl7Messages.reserve(static_cast<std::size_t>(config.readings));
    for (int n = 0; n < config.readings; ++n) {
        const int d = n % config.devices;
        Reading r = vitals(n);
        r.deviceId = nativeId(d);
        r.sequence = static_cast<quint64>(n / config.devices + 1);
        r.measuredAtMs = kNowMs - 60000 + n / config.devices; // strictly increasing per device
        r.values.append({VitalParameter::Glucose, ValueState::Measured, 100});
        w.nativeLines.push_back(GatewayFrameCodec::encode(r, keys[static_cast<std::size_t>(d)].view()));
        w.nativeStream += w.nativeLines.back();

        Reading m = vitals(n);
        m.deviceId = monitorId(d);
        m.measuredAtMs = r.measuredAtMs;
        Hl7EncodeOptions options;
        options.controlId = QStringLiteral("MSG%1").arg(n);
        options.patientId = QStringLiteral("MRN%1").arg(d);
        w.hl7Messages.push_back(Hl7MllpCodec::encodeOru(m, options));
        w.hl7Stream += Hl7MllpCodec::frame(w.hl7Messages.back());
    }
}

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "careledger-bench-gateway: %s\n", what);
    std::exit(1);
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

// Rates per wall-clock second and per second of this thread's CPU time: on a shared
// machine the second is what one core would do.
struct Rate {
    double wall = 0;
    double cpu = 0;
};

template <typename F> Rate perSecond(qsizetype count, F &&body)
{
    const auto start = Clock::now();
    const double cpuStart = threadCpuSeconds();
    body();
    const double cpu = threadCpuSeconds() - cpuStart;
    return Rate{static_cast<double>(count) / seconds(Clock::now() - start), static_cast<double>(count) / cpu};
}

void insert(QJsonObject &out, const QString &name, Rate rate)
{
    out.insert(name + QStringLiteral("_per_s"), std::round(rate.wall));
    out.insert(name + QStringLiteral("_per_cpu_s"), std::round(rate.cpu));
}

QJsonObject measureNative(const Workload &w)
{
    const auto n = static_cast<qsizetype>(w.nativeLines.size());
    const Rate decode = perSecond(n, [&] {
        for (const QByteArray &line : w.nativeLines) {
            if (!GatewayFrameCodec::decode(line).ok())
                die("native decode failed");
        }
    });
    DeviceAuthenticator auth(w.directory);
    const Rate authenticated = perSecond(n, [&] {
        for (const QByteArray &line : w.nativeLines) {
            auto frame = GatewayFrameCodec::decode(line);
            if (!frame.ok() || !auth.authenticate(*frame, kNowMs).ok())
                die("native authentication failed");
        }
    });
    quint64 accepted = 0;
    GatewayPipeline::Handlers handlers;
    handlers.accepted = [&accepted](const Reading &) {
        ++accepted;
    };
    GatewayPipeline pipeline(w.directory, handlers);
    const Rate streamed = perSecond(n, [&] {
        for (qsizetype i = 0; i < w.nativeStream.size(); i += 4096)
            pipeline.feed(
                QByteArrayView(w.nativeStream).sliced(i, std::min<qsizetype>(4096, w.nativeStream.size() - i)), kNowMs);
    });
    if (accepted != static_cast<quint64>(n))
        die("native pipeline refused readings");
    QJsonObject out;
    insert(out, QStringLiteral("decode"), decode);
    insert(out, QStringLiteral("decode_authenticate"), authenticated);
    insert(out, QStringLiteral("pipeline"), streamed);
    return out;
}

QJsonObject measureHl7(const Workload &w)
{
    const auto n = static_cast<qsizetype>(w.hl7Messages.size());
    Hl7DecodeOptions options;
    options.utcOffsetMinutesWhenAbsent = 0;
    const Rate decode = perSecond(n, [&] {
        for (const QByteArray &message : w.hl7Messages) {
            if (!Hl7MllpCodec::decode(message, options).ok())
                die("HL7 decode failed");
        }
    });
    DeviceAuthenticator auth(w.directory);
    const Rate authenticated = perSecond(n, [&] {
        for (const QByteArray &message : w.hl7Messages) {
            auto decoded = Hl7MllpCodec::decode(message, options);
            if (!decoded.ok() || !auth.authenticate(decoded->reading, kNowMs).ok())
                die("HL7 authentication failed");
        }
    });
    quint64 accepted = 0;
    quint64 ackBytes = 0;
    GatewayPipeline::Handlers handlers;
    handlers.accepted = [&accepted](const Reading &) {
        ++accepted;
    };
    handlers.reply = [&ackBytes](const QByteArray &ack) {
        ackBytes += static_cast<quint64>(ack.size());
    };
    GatewayPipelineOptions pipelineOptions;
    pipelineOptions.hl7 = options;
    GatewayPipeline pipeline(w.directory, handlers, pipelineOptions);
    const Rate streamed = perSecond(n, [&] {
        for (qsizetype i = 0; i < w.hl7Stream.size(); i += 4096)
            pipeline.feed(QByteArrayView(w.hl7Stream).sliced(i, std::min<qsizetype>(4096, w.hl7Stream.size() - i)),
                          kNowMs);
    });
    if (accepted != static_cast<quint64>(n) || ackBytes == 0)
        die("HL7 pipeline refused readings");
    QJsonObject out;
    insert(out, QStringLiteral("decode"), decode);
    insert(out, QStringLiteral("decode_authenticate"), authenticated);
    insert(out, QStringLiteral("pipeline_with_ack"), streamed);
    return out;
}

QJsonObject measureHmac(int count)
{
    const QByteArray key(32, 'k');
    const QByteArray data(200, 'd');
    volatile char sink = 0;
    const Rate rate = perSecond(count, [&] {
        for (int i = 0; i < count; ++i)
            sink = static_cast<char>(sink ^ core::hmacSha256(key, data)[0]);
    });
    QJsonObject out;
    insert(out, QStringLiteral("hmac_sha256"), rate);
    return out;
}

QJsonObject medianOf(const std::vector<QJsonObject> &rounds)
{
    QJsonObject out;
    for (const QString &key : rounds.front().keys()) {
        std::vector<double> values;
        for (const QJsonObject &r : rounds)
            values.push_back(r.value(key).toDouble());
        out.insert(key, median(values));
    }
    return out;
}

Config parse(const QStringList &args)
{
    Config config;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        bool ok = true;
        if (arg == QLatin1String("--quick")) {
            config.quick = true;
            config.readings = 20000;
        } else if (arg == QLatin1String("--readings") && i + 1 < args.size()) {
            config.readings = args[++i].toInt(&ok);
        } else if (arg == QLatin1String("--devices") && i + 1 < args.size()) {
            config.devices = args[++i].toInt(&ok);
        } else {
            ok = false;
        }
        if (!ok || config.readings < 1000 || config.devices < 1 || config.devices > 4096) {
            std::fprintf(stderr,
                         "usage: careledger-bench-gateway [--quick] [--readings N>=1000] [--devices 1..4096]\n");
            std::exit(2);
        }
    }
    return config;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Config config = parse(QCoreApplication::arguments());

    Workload workload;
    prepare(workload, config);

    std::vector<QJsonObject> nativeRounds;
    std::vector<QJsonObject> hl7Rounds;
    std::vector<QJsonObject> hmacRounds;
    for (int round = 0; round < config.rounds; ++round) {
        nativeRounds.push_back(measureNative(workload));
        hl7Rounds.push_back(measureHl7(workload));
        hmacRounds.push_back(measureHmac(config.readings));
    }

    QJsonObject result;
    result.insert(QStringLiteral("benchmark"), QStringLiteral("gateway"));
    result.insert(QStringLiteral("quick"), config.quick);
    result.insert(QStringLiteral("readings"), config.readings);
    result.insert(QStringLiteral("devices"), config.devices);
    result.insert(QStringLiteral("threads"), 1);
    result.insert(QStringLiteral("native_frame_bytes"), workload.nativeLines.front().size());
    result.insert(QStringLiteral("hl7_message_bytes"), workload.hl7Messages.front().size());
    result.insert(QStringLiteral("native"), medianOf(nativeRounds));
    result.insert(QStringLiteral("hl7"), medianOf(hl7Rounds));
    result.insert(QStringLiteral("reference"), medianOf(hmacRounds));
    result.insert(QStringLiteral("target_ingest_readings_per_s"), 20000);
    std::printf("%s", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
