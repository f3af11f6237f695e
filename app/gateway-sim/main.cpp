// careledger-gateway-sim: a bedside gateway in software. Plays a scenario (see
// docs/gateway-protocol.md §8) onto a serial port or onto a pseudo-terminal it creates,
// signs CLV1 frames with keys from a provisioning file and prints the HL7 ACKs it gets back.
//
//   careledger-gateway-sim --device-key-file devices.txt --pty --scenario deteriorating --speed 10
//
// Output: with --pty the slave path on the first line of stdout (then nothing else on
// stdout); progress, ACKs and the summary on stderr. Exit codes: 0 done, 1 failure (one line
// on stderr), 2 usage error.

#include "sensors/DeviceDirectory.h"
#include "sensors/GatewaySimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSerialPort>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <numeric>
#include <vector>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace careledger;
using namespace careledger::sensors;

namespace {

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;

int fail(int code, const QString &message)
{
    std::fprintf(stderr, "careledger-gateway-sim: %s\n", qPrintable(message));
    return code;
}

// Where the bytes go. Writes never block: a line nobody reads drops frames, as a real
// gateway's UART would.
class Output {
public:
    virtual ~Output() = default;
    virtual qint64 write(const QByteArray &bytes) = 0;
};

class PtyOutput final : public Output {
public:
    ~PtyOutput() override
    {
        if (!m_link.isEmpty())
            ::unlink(m_link.toLocal8Bit().constData());
        if (m_slave >= 0)
            ::close(m_slave);
        if (m_master >= 0)
            ::close(m_master);
    }

    QString open(const QString &link)
    {
        if (::openpty(&m_master, &m_slave, nullptr, nullptr, nullptr) != 0)
            return QStringLiteral("openpty failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        // Raw from the start: HL7 segment ends are CR, and nothing may echo back to us before
        // the reader opens the other side. The slave stays open here so the pty outlives
        // readers that come and go.
        termios tio{};
        ::tcgetattr(m_slave, &tio);
        ::cfmakeraw(&tio);
        ::tcsetattr(m_slave, TCSANOW, &tio);
        ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
        m_path = QString::fromLocal8Bit(::ttyname(m_slave));
        if (!link.isEmpty()) {
            const QByteArray target = m_path.toLocal8Bit();
            const QByteArray tmp = (link + QStringLiteral(".tmp")).toLocal8Bit();
            ::unlink(tmp.constData());
            if (::symlink(target.constData(), tmp.constData()) != 0 ||
                ::rename(tmp.constData(), link.toLocal8Bit().constData()) != 0)
                return QStringLiteral("cannot create the link %1: %2")
                    .arg(link, QString::fromLocal8Bit(std::strerror(errno)));
            m_link = link;
        }
        return QString();
    }

    QString path() const { return m_path; }
    int master() const { return m_master; }

    qint64 write(const QByteArray &bytes) override
    {
        const ssize_t n = ::write(m_master, bytes.constData(), static_cast<size_t>(bytes.size()));
        return n < 0 ? 0 : n;
    }

    QByteArray readAvailable()
    {
        QByteArray out;
        char buffer[4096];
        ssize_t n = 0;
        while ((n = ::read(m_master, buffer, sizeof buffer)) > 0)
            out.append(buffer, n);
        return out;
    }

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_path;
    QString m_link;
};

class SerialOutput final : public Output {
public:
    QString open(const QString &name, qint32 baud)
    {
        m_port.setPortName(name);
        m_port.setBaudRate(baud);
        if (!m_port.open(QIODevice::ReadWrite))
            return QStringLiteral("cannot open %1: %2").arg(name, m_port.errorString());
        return QString();
    }
    QSerialPort &port() { return m_port; }
    qint64 write(const QByteArray &bytes) override
    {
        if (m_port.bytesToWrite() > 64 * 1024)
            return 0;
        return std::max<qint64>(0, m_port.write(bytes));
    }

private:
    QSerialPort m_port;
};

// Prints one line per HL7 ACK found in what came back: "ACK AA SIM000001".
class AckPrinter {
public:
    void feed(const QByteArray &bytes)
    {
        m_pending += bytes;
        qsizetype end = 0;
        while ((end = m_pending.indexOf('\x1c')) >= 0) {
            const QByteArray message = m_pending.left(end);
            m_pending.remove(0, end + 1);
            const qsizetype msa = message.indexOf("\rMSA");
            if (msa < 0 || msa + 5 > message.size())
                continue;
            const char sep = message[msa + 4];
            const QList<QByteArray> fields = message.mid(msa + 1).split('\r').value(0).split(sep);
            ++m_count;
            std::fprintf(stderr, "ACK %s %s%s%s\n", fields.value(1).constData(), fields.value(2).constData(),
                         fields.size() > 3 ? " " : "", fields.value(3).constData());
        }
        if (m_pending.size() > 64 * 1024)
            m_pending.clear();
    }
    int count() const { return m_count; }

private:
    QByteArray m_pending;
    int m_count = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("careledger-gateway-sim"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Plays a bedside gateway on a serial port or a pseudo-terminal."));
    parser.addHelpOption();
    const QCommandLineOption keyFileOption(
        QStringLiteral("device-key-file"),
        QStringLiteral("Provisioning file: lines \"<device-id> <64 hex digits>\" or \"<EUI-64> hl7\"."),
        QStringLiteral("file"));
    const QCommandLineOption deviceOption(
        QStringLiteral("device"),
        QStringLiteral("Device to play (default: the first in the file; for hl7 the first HL7 monitor)."),
        QStringLiteral("id"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Serial port to write to."),
                                        QStringLiteral("path"));
    const QCommandLineOption baudOption(QStringLiteral("baud"),
                                        QStringLiteral("Baud rate for --port (default 115200)."),
                                        QStringLiteral("rate"), QStringLiteral("115200"));
    const QCommandLineOption ptyOption(QStringLiteral("pty"),
                                       QStringLiteral("Create a pseudo-terminal and print its path."));
    const QCommandLineOption linkOption(
        QStringLiteral("pty-link"),
        QStringLiteral("Also make a symlink to the pty at this path (replaced atomically)."), QStringLiteral("path"));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), QStringLiteral("One of: %1.").arg(scenarioNames().join(QStringLiteral(", "))),
        QStringLiteral("name"), QStringLiteral("steady"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
                                        QStringLiteral("Frames per second, 0.01 to 1000 (default 1)."),
                                        QStringLiteral("hz"), QStringLiteral("1"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            QStringLiteral("Stop after this many seconds (default: run until killed)."),
                                            QStringLiteral("seconds"), QStringLiteral("0"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        QStringLiteral(
            "Scenario seconds per second, e.g. 10 plays the 10-minute deterioration in 1 minute (default 1)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"), QStringLiteral("EHRGuard table 4 CSV for --scenario ehrguard."), QStringLiteral("file"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed for the variation (default 1)."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption patientOption(
        QStringLiteral("patient-id"), QStringLiteral("PID-3 in HL7 messages (default: none)."), QStringLiteral("id"));
    const QCommandLineOption wardOption(
        QStringLiteral("ward"),
        QStringLiteral("Play every CLV1 device in the key file at once, the first with the first scenario of the "
                       "comma-separated list, the second with the second, and so on round the list "
                       "(e.g. steady,deteriorating,sensor-off). Replaces --scenario and --device."),
        QStringLiteral("scenarios"));
    parser.addOptions({keyFileOption, deviceOption, portOption, baudOption, ptyOption, linkOption, scenarioOption,
                       rateOption, durationOption, speedOption, csvOption, seedOption, patientOption, wardOption});
    parser.process(app);

    // ---- options -------------------------------------------------------------------------
    if (!parser.isSet(keyFileOption))
        return fail(kUsage, QStringLiteral("--device-key-file is required."));
    if (parser.isSet(portOption) == parser.isSet(ptyOption))
        return fail(kUsage, QStringLiteral("give exactly one of --port and --pty."));
    // A ward: one simulator per device, each with its own scenario, interleaved on one line
    // as a real multi-bed gateway would send them.
    QList<SimScenario> wardScenarios;
    if (parser.isSet(wardOption)) {
        for (const QString &name : parser.value(wardOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto s = scenarioFromName(name.trimmed());
            if (!s || *s == SimScenario::Hl7 || *s == SimScenario::EhrGuard)
                return fail(kUsage, QStringLiteral("--ward takes CLV1 scenarios (not hl7 or ehrguard); \"%1\" is not one.")
                                        .arg(name.trimmed()));
            wardScenarios.append(*s);
        }
        if (wardScenarios.isEmpty())
            return fail(kUsage, QStringLiteral("--ward needs at least one scenario."));
    }
    const auto scenario = wardScenarios.isEmpty() ? scenarioFromName(parser.value(scenarioOption))
                                                  : std::optional<SimScenario>(wardScenarios.front());
    if (!scenario)
        return fail(kUsage, QStringLiteral("unknown scenario \"%1\"; use one of %2.")
                                .arg(parser.value(scenarioOption), scenarioNames().join(QStringLiteral(", "))));
    bool ok = false;
    const double rate = parser.value(rateOption).toDouble(&ok);
    if (!ok || rate < 0.01 || rate > 1000)
        return fail(kUsage, QStringLiteral("--rate must be between 0.01 and 1000."));
    const double duration = parser.value(durationOption).toDouble(&ok);
    if (!ok || duration < 0)
        return fail(kUsage, QStringLiteral("--duration must be a number of seconds."));
    const double speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || speed <= 0 || speed > 10000)
        return fail(kUsage, QStringLiteral("--speed must be above 0 and at most 10000."));
    const uint seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(kUsage, QStringLiteral("--seed must be a non-negative integer."));
    const qint32 baud = parser.value(baudOption).toInt(&ok);
    if (!ok || baud <= 0)
        return fail(kUsage, QStringLiteral("--baud must be a positive integer."));

    QFile keyFile(parser.value(keyFileOption));
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(kFailure, QStringLiteral("cannot read %1: %2").arg(keyFile.fileName(), keyFile.errorString()));
    ProvisioningFile provisioning = parseProvisioningFile(keyFile.readAll());
    for (const QString &problem : provisioning.problems)
        std::fprintf(stderr, "careledger-gateway-sim: %s: %s\n", qPrintable(keyFile.fileName()), qPrintable(problem));
    if (provisioning.devices.empty())
        return fail(kFailure, QStringLiteral("%1 lists no usable device.").arg(keyFile.fileName()));

    // The speaking device goes first; the others stay available to the ehrguard scenario.
    const bool wantHl7 = *scenario == SimScenario::Hl7;
    QList<SimDevice> devices;
    qsizetype speaker = -1;
    for (ProvisionedDevice &d : provisioning.devices) {
        const bool match = parser.isSet(deviceOption)
                               ? d.id.compare(parser.value(deviceOption), Qt::CaseInsensitive) == 0
                               : d.hl7 == wantHl7;
        if (match && speaker < 0)
            speaker = devices.size();
        devices.append(SimDevice{d.id, std::make_shared<const core::SecureBytes>(std::move(d.key))});
    }
    if (speaker < 0 && parser.isSet(deviceOption))
        return fail(kFailure,
                    QStringLiteral("device %1 is not in %2.").arg(parser.value(deviceOption), keyFile.fileName()));
    if (speaker < 0)
        return fail(kFailure, wantHl7 ? QStringLiteral(
                                            "the hl7 scenario needs an HL7 monitor (\"<EUI-64> hl7\") in the key file.")
                                      : QStringLiteral("the key file has no CLV1 device (\"<device-id> <key>\")."));
    devices.move(speaker, 0);
    const bool speakerIsHl7 = !devices.front().key || devices.front().key->isEmpty();
    if (wantHl7 != speakerIsHl7)
        return fail(
            kFailure,
            wantHl7
                ? QStringLiteral("device %1 has a key; the hl7 scenario plays an HL7 monitor.").arg(devices.front().id)
                : QStringLiteral("device %1 is an HL7 monitor; only the hl7 scenario plays it.")
                      .arg(devices.front().id));

    SimulatorOptions options;
    options.scenario = *scenario;
    options.speed = speed;
    options.seed = seed;
    options.patientId = parser.value(patientOption);
    // Microseconds since the epoch: a restarted simulator always continues above the
    // sequences it sent before, as a device with a persistent counter does.
    options.firstSequence = static_cast<quint64>(QDateTime::currentMSecsSinceEpoch()) * 1000;
    if (*scenario == SimScenario::EhrGuard) {
        if (!parser.isSet(csvOption))
            return fail(kUsage,
                        QStringLiteral(
                            "--scenario ehrguard needs --csv FILE (e.g. ../shared/data/ehrguard-table4-vitals.csv)."));
        QFile csv(parser.value(csvOption));
        if (!csv.open(QIODevice::ReadOnly))
            return fail(kFailure, QStringLiteral("cannot read %1: %2").arg(csv.fileName(), csv.errorString()));
        const EhrGuardCsv table = parseEhrGuardCsv(csv.readAll());
        for (const QString &problem : table.problems)
            std::fprintf(stderr, "careledger-gateway-sim: %s: %s\n", qPrintable(csv.fileName()), qPrintable(problem));
        if (table.rows.isEmpty())
            return fail(kFailure, QStringLiteral("%1 has no usable row.").arg(csv.fileName()));
        options.ehrGuardRows = table.rows;
    }

    // ---- output --------------------------------------------------------------------------
    AckPrinter acks;
    std::unique_ptr<Output> output;
    std::unique_ptr<QSocketNotifier> ackNotifier;
    if (parser.isSet(ptyOption)) {
        auto pty = std::make_unique<PtyOutput>();
        if (const QString error = pty->open(parser.value(linkOption)); !error.isEmpty())
            return fail(kFailure, error);
        std::printf("%s\n", qPrintable(pty->path()));
        std::fflush(stdout);
        ackNotifier = std::make_unique<QSocketNotifier>(pty->master(), QSocketNotifier::Read);
        PtyOutput *raw = pty.get();
        QObject::connect(ackNotifier.get(), &QSocketNotifier::activated,
                         [raw, &acks] { acks.feed(raw->readAvailable()); });
        output = std::move(pty);
    } else {
        auto serial = std::make_unique<SerialOutput>();
        if (const QString error = serial->open(parser.value(portOption), baud); !error.isEmpty())
            return fail(kFailure, error);
        SerialOutput *raw = serial.get();
        QObject::connect(&raw->port(), &QSerialPort::readyRead, [raw, &acks] { acks.feed(raw->port().readAll()); });
        output = std::move(serial);
    }

    // ---- play ----------------------------------------------------------------------------
    // Without --ward there is one simulator; with it, one per CLV1 device, each speaking for
    // its own device first.
    std::vector<std::unique_ptr<GatewaySimulator>> sims;
    if (wardScenarios.isEmpty()) {
        sims.push_back(std::make_unique<GatewaySimulator>(options, devices));
    } else {
        QList<SimDevice> native;
        for (const SimDevice &d : devices)
            if (d.key && !d.key->isEmpty())
                native.append(d);
        for (qsizetype i = 0; i < native.size(); ++i) {
            SimulatorOptions own = options;
            own.scenario = wardScenarios.at(i % wardScenarios.size());
            own.seed = options.seed + static_cast<quint32>(i);
            sims.push_back(std::make_unique<GatewaySimulator>(own, QList<SimDevice>{native.at(i)}));
        }
    }
    GatewaySimulator &sim = *sims.front();
    quint64 bytesWritten = 0;
    quint64 bytesDropped = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(std::max(1, static_cast<int>(1000.0 / rate)));
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QByteArray bytes;
        for (const auto &each : sims)
            bytes += each->next(now);
        if (!bytes.isEmpty()) {
            const qint64 n = output->write(bytes);
            bytesWritten += static_cast<quint64>(n);
            bytesDropped += static_cast<quint64>(bytes.size() - n);
        }
        if (sim.finished())
            QCoreApplication::quit();
    });
    if (duration > 0)
        QTimer::singleShot(static_cast<int>(duration * 1000), &app, &QCoreApplication::quit);
    std::fprintf(stderr, "careledger-gateway-sim: %s, scenario %s, %.2f Hz%s\n",
                 sims.size() > 1 ? qPrintable(QStringLiteral("%1 devices").arg(sims.size()))
                                 : qPrintable(QStringLiteral("device %1").arg(devices.front().id)),
                 qPrintable(sims.size() > 1 ? parser.value(wardOption) : scenarioName(*scenario)), rate,
                 duration > 0 ? qPrintable(QStringLiteral(", %1 s").arg(duration)) : "");
    tick.start();
    const int status = QCoreApplication::exec();
    std::fprintf(
        stderr,
        "careledger-gateway-sim: %llu frames, %llu bytes written, %llu dropped (line not read), %d ACKs received\n",
        static_cast<unsigned long long>(std::accumulate(sims.begin(), sims.end(), quint64(0),
                                                        [](quint64 n, const auto &each) { return n + each->framesProduced(); })),
        static_cast<unsigned long long>(bytesWritten),
        static_cast<unsigned long long>(bytesDropped), acks.count());
    return status == 0 ? kOk : kFailure;
}
