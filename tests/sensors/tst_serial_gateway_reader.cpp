// End to end on a pseudo-terminal: the simulator engine writes into the pty master, the
// reader on the slave path turns the bytes into readings, answers HL7 with an ACK on the
// same line, survives noise, and comes back by itself when the device disappears and
// reappears at the same path.

#include "SensorTestSupport.h"
#include "sensors/GatewaySimulator.h"
#include "sensors/SerialGatewayReader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <random>
#include <termios.h>
#include <unistd.h>

using namespace careledger;
using namespace careledger::sensors;
using namespace careledger::sensors::testing;

namespace {

// One pseudo-terminal: the test plays the gateway on the master side.
class Pty {
public:
    Pty()
    {
        int master = -1;
        int slave = -1;
        if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
            qFatal("openpty failed: %s", strerror(errno));
        termios tio{};
        ::tcgetattr(slave, &tio);
        ::cfmakeraw(&tio); // CR must stay CR and nothing may echo back before the reader opens
        ::tcsetattr(slave, TCSANOW, &tio);
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        m_master = master;
        m_slave = slave;
        m_path = QString::fromLocal8Bit(::ttyname(slave));
    }
    ~Pty() { close(); }
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;

    QString path() const { return m_path; }

    void write(const QByteArray &bytes)
    {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::write(m_master, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
            if (n > 0) {
                done += n;
            } else if (errno == EAGAIN) {
                QTest::qWait(5); // let the reader drain the line
            } else {
                qFatal("write to pty master failed: %s", strerror(errno));
            }
        }
    }

    QByteArray readAvailable()
    {
        QByteArray out;
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(m_master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            out.append(buffer, n);
        }
        return out;
    }

    void close()
    {
        if (m_slave >= 0)
            ::close(m_slave);
        if (m_master >= 0)
            ::close(m_master);
        m_slave = m_master = -1;
    }

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_path;
};

// Points `link` at `target` in one step, as udev does when a device reappears.
void pointLink(const QString &link, const QString &target)
{
    const QByteArray tmp = (link + QStringLiteral(".new")).toLocal8Bit();
    ::unlink(tmp.constData());
    if (::symlink(target.toLocal8Bit().constData(), tmp.constData()) != 0 ||
        ::rename(tmp.constData(), link.toLocal8Bit().constData()) != 0)
        qFatal("cannot point the link: %s", strerror(errno));
}

SerialGatewayOptions optionsFor(const QString &port)
{
    SerialGatewayOptions options;
    options.portName = port;
    options.clock = [] {
        return kNowMs + 60000;
    };
    options.minBackoffMs = 100;
    options.maxBackoffMs = 800;
    options.pipeline.hl7.utcOffsetMinutesWhenAbsent = 0;
    return options;
}

SimDevice simDevice(const QString &id, char keyFill = 'k')
{
    return SimDevice{id, std::make_shared<const core::SecureBytes>(testKey(keyFill))};
}

} // namespace

class TestSerialGatewayReader : public QObject {
    Q_OBJECT

private slots:
    void init();
    void simulatorFramesBecomeReadings();
    void hl7IsAcknowledgedOnTheLine();
    void noiseOnTheLineDoesNotStall();
    void reopensWhenTheDeviceComesBack();
    void missingPortIsRetriedWithGrowingBackoff();
    void unreadAcksAreDroppedNotHoarded();

private:
    InMemoryDeviceDirectory m_directory;
};

void TestSerialGatewayReader::init()
{
    m_directory.addNative(kDeviceId, testKey());
    m_directory.addHl7(kMonitorEui);
}

void TestSerialGatewayReader::simulatorFramesBecomeReadings()
{
    Pty pty;
    SerialGatewayReader reader(m_directory, optionsFor(pty.path()));
    QSignalSpy readings(&reader, &SerialGatewayReader::readingAccepted);
    QSignalSpy rejections(&reader, &SerialGatewayReader::frameRejected);
    reader.start();
    QCOMPARE(reader.state(), SerialGatewayReader::State::Open);

    SimulatorOptions options;
    options.scenario = SimScenario::Deteriorating;
    options.speed = 60; // ten scenario minutes in ten seconds of simulated clock
    GatewaySimulator sim(options, {simDevice(kDeviceId)});
    for (int i = 0; i < 10; ++i)
        pty.write(sim.next(kNowMs + i * 1000));

    QTRY_COMPARE_WITH_TIMEOUT(readings.size(), 10, 5000);
    QCOMPARE(rejections.size(), 0);
    const auto first = readings.first().first().value<Reading>();
    const auto last = readings.last().first().value<Reading>();
    QCOMPARE(first.deviceId, kDeviceId);
    QCOMPARE(last.sequence, first.sequence + 9);
    QVERIFY(*last.measured(VitalParameter::HeartRate) > *first.measured(VitalParameter::HeartRate) + 40);
    QVERIFY(*last.measured(VitalParameter::SpO2) < 90);
    QCOMPARE(reader.stats().readingsAccepted, quint64(10));
}

void TestSerialGatewayReader::hl7IsAcknowledgedOnTheLine()
{
    Pty pty;
    SerialGatewayReader reader(m_directory, optionsFor(pty.path()));
    QSignalSpy readings(&reader, &SerialGatewayReader::readingAccepted);
    reader.start();

    SimulatorOptions options;
    options.scenario = SimScenario::Hl7;
    options.patientId = QStringLiteral("MRN-4711");
    GatewaySimulator sim(options, {SimDevice{kMonitorEui, nullptr}});
    pty.write(sim.next(kNowMs));
    pty.write(sim.next(kNowMs + 1000));
    QTRY_COMPARE_WITH_TIMEOUT(readings.size(), 2, 5000);
    QCOMPARE(readings.first().first().value<Reading>().reportedPatientId, QStringLiteral("MRN-4711"));

    QByteArray acks;
    QTRY_VERIFY_WITH_TIMEOUT((acks += pty.readAvailable()).count('\x1c') == 2, 5000);
    QVERIFY(acks.startsWith("\x0bMSH|^~\\&|WS-EHR|CLINIC|GATEWAY|WARD3|"));
    QVERIFY(acks.contains("\rMSA|AA|SIM000001\r\x1c\r"));
    QVERIFY(acks.contains("\rMSA|AA|SIM000002\r\x1c\r"));
    QCOMPARE(reader.stats().acksSent, quint64(2));
}

void TestSerialGatewayReader::noiseOnTheLineDoesNotStall()
{
    Pty pty;
    SerialGatewayReader reader(m_directory, optionsFor(pty.path()));
    QSignalSpy readings(&reader, &SerialGatewayReader::readingAccepted);
    reader.start();

    std::mt19937 rng(11);
    std::uniform_int_distribution<int> byte(0, 255);
    QByteArray noise(200 * 1024, Qt::Uninitialized);
    for (char &c : noise)
        c = static_cast<char>(byte(rng));
    pty.write(noise);
    // Whatever state the noise left the framer in, both frame boundaries end it.
    pty.write("\x1c\r\n" + GatewayFrameCodec::encode(sampleReading(1, kNowMs + 60000), testKey().view()));

    QTRY_COMPARE_WITH_TIMEOUT(readings.size(), 1, 5000);
    QCOMPARE(reader.state(), SerialGatewayReader::State::Open);
    const GatewayStats stats = reader.stats();
    QVERIFY(stats.totalRejected() > 0);
    QVERIFY(stats.bytesDropped > 100 * 1024);

    // The simulator's noisy scenario: what survives the line gets in, the rest is counted.
    SimulatorOptions options;
    options.scenario = SimScenario::Noisy;
    options.firstSequence = 100;
    GatewaySimulator sim(options, {simDevice(kDeviceId)});
    for (int i = 0; i < 200; ++i)
        pty.write(sim.next(kNowMs + 60000));
    pty.write("\n" + GatewayFrameCodec::encode(sampleReading(1000, kNowMs + 60000), testKey().view()));
    QTRY_VERIFY_WITH_TIMEOUT(readings.last().first().value<Reading>().sequence == 1000, 5000);
    QVERIFY(readings.size() > 100);
    QVERIFY(reader.stats().totalRejected() > stats.totalRejected());
}

void TestSerialGatewayReader::reopensWhenTheDeviceComesBack()
{
    QTemporaryDir dir;
    // A name unique to this run: QSerialPort's lock file is named after the last path part.
    const QString link = dir.filePath(QStringLiteral("ttyCareLedger%1").arg(QCoreApplication::applicationPid()));
    auto pty = std::make_unique<Pty>();
    pointLink(link, pty->path());

    SerialGatewayReader reader(m_directory, optionsFor(link));
    QSignalSpy readings(&reader, &SerialGatewayReader::readingAccepted);
    QSignalSpy states(&reader, &SerialGatewayReader::stateChanged);
    reader.start();
    QCOMPARE(reader.state(), SerialGatewayReader::State::Open);
    pty->write(GatewayFrameCodec::encode(sampleReading(1, kNowMs + 60000), testKey().view()));
    QTRY_COMPARE_WITH_TIMEOUT(readings.size(), 1, 5000);

    // Cable pulled: the device goes away in the middle of a frame.
    pty->write(GatewayFrameCodec::encode(sampleReading(2, kNowMs + 60000), testKey().view()).first(20));
    QTest::qWait(50);
    pty.reset();
    QTRY_COMPARE_WITH_TIMEOUT(reader.state(), SerialGatewayReader::State::WaitingToReopen, 5000);
    QTest::qWait(300); // a few failed attempts on the dead path
    QCOMPARE(reader.state(), SerialGatewayReader::State::WaitingToReopen);
    QVERIFY(states.size() < 12); // backing off, not spinning

    // Plugged back: a new device node behind the same path.
    pty = std::make_unique<Pty>();
    pointLink(link, pty->path());
    QTRY_COMPARE_WITH_TIMEOUT(reader.state(), SerialGatewayReader::State::Open, 5000);
    pty->write(GatewayFrameCodec::encode(sampleReading(3, kNowMs + 60000), testKey().view()));
    QTRY_COMPARE_WITH_TIMEOUT(readings.size(), 2, 5000);
    QCOMPARE(readings.last().first().value<Reading>().sequence, quint64(3));
    QCOMPARE(reader.stats().rejected(RejectionReason::Truncated), quint64(1)); // the half frame
}

void TestSerialGatewayReader::missingPortIsRetriedWithGrowingBackoff()
{
    QTemporaryDir dir;
    const QString link = dir.filePath(QStringLiteral("ttyLate%1").arg(QCoreApplication::applicationPid()));
    SerialGatewayReader reader(m_directory, optionsFor(link));
    reader.start();
    QCOMPARE(reader.state(), SerialGatewayReader::State::WaitingToReopen);
    QVERIFY(!reader.lastPortError().isEmpty());
    QCOMPARE(reader.nextBackoffMs(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(reader.nextBackoffMs(), 800, 3000); // 100, 200, 400, then capped
    QTest::qWait(900);
    QCOMPARE(reader.nextBackoffMs(), 800);

    Pty pty;
    pointLink(link, pty.path());
    QTRY_COMPARE_WITH_TIMEOUT(reader.state(), SerialGatewayReader::State::Open, 3000);
    QSignalSpy readings(&reader, &SerialGatewayReader::readingAccepted);
    pty.write(GatewayFrameCodec::encode(sampleReading(1, kNowMs + 60000), testKey().view()));
    QTRY_COMPARE_WITH_TIMEOUT(readings.size(), 1, 5000);
    QCOMPARE(reader.nextBackoffMs(), 100); // data flowed: the next outage starts small again

    reader.stop();
    QCOMPARE(reader.state(), SerialGatewayReader::State::Stopped);
}

void TestSerialGatewayReader::unreadAcksAreDroppedNotHoarded()
{
    Pty pty;
    SerialGatewayOptions options = optionsFor(pty.path());
    options.maxAckBacklogBytes = 2048;
    SerialGatewayReader reader(m_directory, options);
    QSignalSpy readings(&reader, &SerialGatewayReader::readingAccepted);
    reader.start();

    // The monitor never reads its ACKs: the pty fills up, then the reader stops queueing.
    SimulatorOptions simOptions;
    simOptions.scenario = SimScenario::Hl7;
    GatewaySimulator sim(simOptions, {SimDevice{kMonitorEui, nullptr}});
    for (int i = 0; i < 400; ++i)
        pty.write(sim.next(kNowMs + i * 10));
    QTRY_COMPARE_WITH_TIMEOUT(readings.size(), 400, 8000);
    const GatewayStats stats = reader.stats();
    QCOMPARE(stats.acksSent + stats.acksDropped, quint64(400));
    QVERIFY(stats.acksDropped > 0);
    QCOMPARE(reader.state(), SerialGatewayReader::State::Open);
}

QTEST_GUILESS_MAIN(TestSerialGatewayReader)
#include "tst_serial_gateway_reader.moc"
