// Only registered, paired devices get readings in: CLV1 frames must carry the right MAC,
// each device's sequence only moves forward, timestamps stay near the workstation's clock
// and impossible values are refused. HL7 monitors, which cannot sign, are held to the rest.

#include "SensorTestSupport.h"
#include "sensors/DeviceAuthenticator.h"
#include "sensors/Hl7MllpCodec.h"

#include <QTest>

#include <memory>

using namespace careledger;
using namespace careledger::sensors;
using namespace careledger::sensors::testing;

namespace {

NativeFrame frameOf(const QByteArray &line)
{
    auto frame = GatewayFrameCodec::decode(line);
    if (!frame.ok())
        qFatal("test frame does not decode: %s", qPrintable(frame.message()));
    return std::move(*frame);
}

NativeFrame frame(quint64 sequence, qint64 at = kNowMs, const QByteArray &fields = "HR=72/min SPO2=98%")
{
    return frameOf(signedLine(fields, sequence, at));
}

Reading monitorReading(qint64 at, const QString &controlId, double heartRate = 80)
{
    Reading r;
    r.dialect = Dialect::Hl7;
    r.deviceId = kMonitorEui;
    r.measuredAtMs = at;
    r.sequence = static_cast<quint64>(at);
    r.controlId = controlId;
    r.values = {{VitalParameter::HeartRate, ValueState::Measured, heartRate}};
    return r;
}

QString key(const GatewayResult<void> &result)
{
    return result.ok() ? QStringLiteral("accepted") : reasonKey(result.code());
}

} // namespace

class TestDeviceAuthenticator : public QObject {
    Q_OBJECT

private slots:
    void init();
    void acceptsAuthenticFrame();
    void unknownDevice();
    void unpairedDevice();
    void badMac();
    void tamperedValueBreaksMac();
    void hl7MonitorCannotSendUnsignedNative();
    void replayIsRefused();
    void outOfOrderIsRefused();
    void timestampWindow();
    void timestampWindowIsConfigurable();
    void impossibleValues_data();
    void impossibleValues();
    void sensorOffIsNotImplausible();
    void refusedContentStillUsesUpTheSequence();
    void unpairingTakesEffectAtOnce();
    void seedAfterRestart();
    void hl7MonitorAccepted();
    void hl7OrderAndDuplicates();
    void hl7ForgeryCannotLockOutTheMonitor();
    void hl7CannotSpeakForASigningDevice();

private:
    std::unique_ptr<InMemoryDeviceDirectory> m_store;
    InMemoryDeviceDirectory &directory() { return *m_store; }
};

void TestDeviceAuthenticator::init()
{
    m_store = std::make_unique<InMemoryDeviceDirectory>();
    m_store->addNative(kDeviceId, testKey());
    m_store->addHl7(kMonitorEui);
}

void TestDeviceAuthenticator::acceptsAuthenticFrame()
{
    DeviceAuthenticator auth(directory());
    QCOMPARE(key(auth.authenticate(frame(1), kNowMs)), QStringLiteral("accepted"));
    QCOMPARE(auth.lastSequence(kDeviceId), std::optional<quint64>(1));
    QCOMPARE(key(auth.authenticate(frame(2), kNowMs)), QStringLiteral("accepted"));
    QCOMPARE(key(auth.authenticate(frame(1000), kNowMs)), QStringLiteral("accepted")); // gaps are fine
}

void TestDeviceAuthenticator::unknownDevice()
{
    DeviceAuthenticator auth(directory());
    const auto result =
        auth.authenticate(frameOf(signedLine("HR=72/min", 1, kNowMs, QStringLiteral("stranger"))), kNowMs);
    QCOMPARE(key(result), QStringLiteral("unknown-device"));
    QVERIFY(result.message().contains(QStringLiteral("stranger")));
    QVERIFY(!auth.lastSequence(QStringLiteral("stranger"))); // no state for strangers
}

void TestDeviceAuthenticator::unpairedDevice()
{
    directory().addNative(QStringLiteral("spare-hub"), testKey('s'), false);
    DeviceAuthenticator auth(directory());
    const auto line = signedLine("HR=72/min", 1, kNowMs, QStringLiteral("spare-hub"), testKey('s'));
    QCOMPARE(key(auth.authenticate(frameOf(line), kNowMs)), QStringLiteral("unpaired-device"));
}

void TestDeviceAuthenticator::badMac()
{
    DeviceAuthenticator auth(directory());
    const auto forged = frameOf(signedLine("HR=72/min", 1, kNowMs, kDeviceId, testKey('x')));
    QCOMPARE(key(auth.authenticate(forged, kNowMs)), QStringLiteral("bad-mac"));
    // A forged frame does not use up the sequence: the real frame 1 still gets in.
    QCOMPARE(key(auth.authenticate(frame(1), kNowMs)), QStringLiteral("accepted"));
}

void TestDeviceAuthenticator::tamperedValueBreaksMac()
{
    DeviceAuthenticator auth(directory());
    QByteArray line = signedLine("HR=72/min SPO2=98%", 1);
    line.replace("HR=72/min", "HR=42/min");
    QCOMPARE(key(auth.authenticate(frameOf(line), kNowMs)), QStringLiteral("bad-mac"));
    QByteArray later = signedLine("HR=72/min", 2);
    later.replace(" 2 ", " 9 "); // a bumped sequence to get past replay protection
    QCOMPARE(key(auth.authenticate(frameOf(later), kNowMs)), QStringLiteral("bad-mac"));
}

void TestDeviceAuthenticator::hl7MonitorCannotSendUnsignedNative()
{
    DeviceAuthenticator auth(directory());
    const auto line = signedLine("HR=72/min", 1, kNowMs, kMonitorEui, testKey());
    QCOMPARE(key(auth.authenticate(frameOf(line), kNowMs)), QStringLiteral("dialect-not-allowed"));
}

void TestDeviceAuthenticator::replayIsRefused()
{
    DeviceAuthenticator auth(directory());
    const NativeFrame first = frame(5);
    QCOMPARE(key(auth.authenticate(first, kNowMs)), QStringLiteral("accepted"));
    QCOMPARE(key(auth.authenticate(first, kNowMs)), QStringLiteral("replayed-sequence"));
    QCOMPARE(key(auth.authenticate(frame(6), kNowMs)), QStringLiteral("accepted"));
    QCOMPARE(key(auth.authenticate(first, kNowMs + 1000)), QStringLiteral("replayed-sequence"));
}

void TestDeviceAuthenticator::outOfOrderIsRefused()
{
    DeviceAuthenticator auth(directory());
    QCOMPARE(key(auth.authenticate(frame(10), kNowMs)), QStringLiteral("accepted"));
    const auto late = auth.authenticate(frame(7), kNowMs);
    QCOMPARE(key(late), QStringLiteral("out-of-order-sequence"));
    QVERIFY(late.message().contains(QStringLiteral("10")));
    QCOMPARE(key(auth.authenticate(frame(11), kNowMs)), QStringLiteral("accepted"));
    // Per device: another device's counter is independent.
    directory().addNative(QStringLiteral("bed8-hub"), testKey('8'));
    const auto other = signedLine("HR=60/min", 3, kNowMs, QStringLiteral("bed8-hub"), testKey('8'));
    QCOMPARE(key(auth.authenticate(frameOf(other), kNowMs)), QStringLiteral("accepted"));
}

void TestDeviceAuthenticator::timestampWindow()
{
    DeviceAuthenticator auth(directory());
    constexpr qint64 fiveMinutes = 5 * 60 * 1000;
    QCOMPARE(key(auth.authenticate(frame(1, kNowMs - fiveMinutes), kNowMs)), QStringLiteral("accepted"));
    QCOMPARE(key(auth.authenticate(frame(2, kNowMs + fiveMinutes), kNowMs)), QStringLiteral("accepted"));
    QCOMPARE(key(auth.authenticate(frame(3, kNowMs - fiveMinutes - 1), kNowMs)), QStringLiteral("stale-timestamp"));
    QCOMPARE(key(auth.authenticate(frame(4, kNowMs + fiveMinutes + 1), kNowMs)), QStringLiteral("future-timestamp"));
    QCOMPARE(key(auth.authenticate(frame(5, 0), kNowMs)), QStringLiteral("stale-timestamp"));
    QCOMPARE(key(auth.authenticate(frame(6, GatewayFrameCodec::kMaxTimestampMs), kNowMs)),
             QStringLiteral("future-timestamp"));
}

void TestDeviceAuthenticator::timestampWindowIsConfigurable()
{
    DeviceAuthenticator auth(directory(), AuthenticatorOptions{30000, 2000});
    QCOMPARE(key(auth.authenticate(frame(1, kNowMs - 30000), kNowMs)), QStringLiteral("accepted"));
    QCOMPARE(key(auth.authenticate(frame(2, kNowMs - 30001), kNowMs)), QStringLiteral("stale-timestamp"));
    QCOMPARE(key(auth.authenticate(frame(3, kNowMs + 2001), kNowMs)), QStringLiteral("future-timestamp"));
}

void TestDeviceAuthenticator::impossibleValues_data()
{
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("asystole") << QByteArray("HR=0/min") << true;
    QTest::newRow("HR 350") << QByteArray("HR=350/min") << true;
    QTest::newRow("HR 351") << QByteArray("HR=351/min") << false;
    QTest::newRow("HR -1") << QByteArray("HR=-1/min") << false;
    QTest::newRow("HR 1e16") << QByteArray("HR=9999999999999999/min") << false;
    QTest::newRow("SpO2 100") << QByteArray("SPO2=100%") << true;
    QTest::newRow("SpO2 100.1") << QByteArray("SPO2=100.1%") << false;
    QTest::newRow("SpO2 -0.5") << QByteArray("SPO2=-0.5%") << false;
    QTest::newRow("temp 15") << QByteArray("TEMP=15Cel") << true;
    QTest::newRow("temp 14.9") << QByteArray("TEMP=14.9Cel") << false;
    QTest::newRow("temp 45") << QByteArray("TEMP=45Cel") << true;
    QTest::newRow("temp 45.1") << QByteArray("TEMP=45.1Cel") << false;
    QTest::newRow("temp 120 °F") << QByteArray("TEMP=120[degF]") << false;
    QTest::newRow("apnoea") << QByteArray("RR=0/min") << true;
    QTest::newRow("RR 201") << QByteArray("RR=201/min") << false;
    QTest::newRow("SBP 401") << QByteArray("SBP=401mm[Hg]") << false;
    QTest::newRow("DBP 301") << QByteArray("DBP=301mm[Hg]") << false;
    QTest::newRow("DBP above SBP") << QByteArray("SBP=80mm[Hg] DBP=95mm[Hg]") << false;
    QTest::newRow("DBP equal SBP") << QByteArray("SBP=40mm[Hg] DBP=40mm[Hg]") << true;
    QTest::newRow("glucose 3001") << QByteArray("GLU=3001mg/dL") << false;
    QTest::newRow("glucose in mmol/L") << QByteArray("GLU=35mmol/L") << true;
    QTest::newRow("EMG -0.1") << QByteArray("EMG=-0.1mV") << false;
    QTest::newRow("EMG 780 (paper's abnormal)") << QByteArray("EMG=780mV") << true;
    QTest::newRow("one bad among good") << QByteArray("HR=72/min SPO2=98% TEMP=50Cel") << false;
}

void TestDeviceAuthenticator::impossibleValues()
{
    QFETCH(QByteArray, fields);
    QFETCH(bool, accepted);
    DeviceAuthenticator auth(directory());
    const auto result = auth.authenticate(frame(1, kNowMs, fields), kNowMs);
    QCOMPARE(key(result), accepted ? QStringLiteral("accepted") : QStringLiteral("implausible-value"));
}

void TestDeviceAuthenticator::sensorOffIsNotImplausible()
{
    DeviceAuthenticator auth(directory());
    QCOMPARE(key(auth.authenticate(frame(1, kNowMs, "HR=OFF SPO2=OFF TEMP=OFF"), kNowMs)), QStringLiteral("accepted"));
}

void TestDeviceAuthenticator::refusedContentStillUsesUpTheSequence()
{
    DeviceAuthenticator auth(directory());
    const NativeFrame implausible = frame(3, kNowMs, "HR=400/min");
    QCOMPARE(key(auth.authenticate(implausible, kNowMs)), QStringLiteral("implausible-value"));
    QCOMPARE(key(auth.authenticate(implausible, kNowMs)), QStringLiteral("replayed-sequence"));
    const NativeFrame stale = frame(4, kNowMs - 3600 * 1000);
    QCOMPARE(key(auth.authenticate(stale, kNowMs)), QStringLiteral("stale-timestamp"));
    QCOMPARE(key(auth.authenticate(frame(4), kNowMs)), QStringLiteral("replayed-sequence"));
    QCOMPARE(key(auth.authenticate(frame(5), kNowMs)), QStringLiteral("accepted"));
}

void TestDeviceAuthenticator::unpairingTakesEffectAtOnce()
{
    DeviceAuthenticator auth(directory());
    QCOMPARE(key(auth.authenticate(frame(1), kNowMs)), QStringLiteral("accepted"));
    directory().setPaired(kDeviceId, false);
    QCOMPARE(key(auth.authenticate(frame(2), kNowMs)), QStringLiteral("unpaired-device"));
    directory().remove(kDeviceId);
    QCOMPARE(key(auth.authenticate(frame(3), kNowMs)), QStringLiteral("unknown-device"));
}

void TestDeviceAuthenticator::seedAfterRestart()
{
    const NativeFrame old = frame(41);
    DeviceAuthenticator restarted(directory());
    restarted.seed(kDeviceId, 41);
    QCOMPARE(key(restarted.authenticate(old, kNowMs)), QStringLiteral("replayed-sequence"));
    QCOMPARE(key(restarted.authenticate(frame(40), kNowMs)), QStringLiteral("out-of-order-sequence"));
    QCOMPARE(key(restarted.authenticate(frame(42), kNowMs)), QStringLiteral("accepted"));
}

void TestDeviceAuthenticator::hl7MonitorAccepted()
{
    DeviceAuthenticator auth(directory());
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs, QStringLiteral("M1")), kNowMs)), QStringLiteral("accepted"));
    Reading stranger = monitorReading(kNowMs + 1, QStringLiteral("M2"));
    stranger.deviceId = QStringLiteral("FFFFFFFFFFFFFFFF");
    QCOMPARE(key(auth.authenticate(stranger, kNowMs)), QStringLiteral("unknown-device"));
    directory().setPaired(kMonitorEui, false);
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs + 2, QStringLiteral("M3")), kNowMs)),
             QStringLiteral("unpaired-device"));
}

void TestDeviceAuthenticator::hl7OrderAndDuplicates()
{
    DeviceAuthenticator auth(directory());
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs, QStringLiteral("M1")), kNowMs)), QStringLiteral("accepted"));
    // Retransmission after a lost ACK: same control id.
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs, QStringLiteral("M1")), kNowMs)),
             QStringLiteral("replayed-sequence"));
    // Same observation time under a new control id.
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs, QStringLiteral("M2")), kNowMs)),
             QStringLiteral("replayed-sequence"));
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs - 1000, QStringLiteral("M3")), kNowMs)),
             QStringLiteral("out-of-order-sequence"));
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs + 1000, QStringLiteral("M4")), kNowMs)),
             QStringLiteral("accepted"));
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs + 2000, QStringLiteral("M5")), kNowMs - 10 * 60 * 1000)),
             QStringLiteral("future-timestamp"));
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs + 3000, QStringLiteral("M6"), 500), kNowMs)),
             QStringLiteral("implausible-value"));
}

void TestDeviceAuthenticator::hl7ForgeryCannotLockOutTheMonitor()
{
    DeviceAuthenticator auth(directory());
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs, QStringLiteral("M1")), kNowMs)), QStringLiteral("accepted"));
    // Someone on the line sends a message dated a day ahead: refused, and the monitor's
    // next real message still gets in.
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs + 86400000, QStringLiteral("EVIL")), kNowMs)),
             QStringLiteral("future-timestamp"));
    QCOMPARE(key(auth.authenticate(monitorReading(kNowMs + 5000, QStringLiteral("M2")), kNowMs)),
             QStringLiteral("accepted"));
}

void TestDeviceAuthenticator::hl7CannotSpeakForASigningDevice()
{
    DeviceAuthenticator auth(directory());
    Reading r = monitorReading(kNowMs, QStringLiteral("M1"));
    r.deviceId = kDeviceId;
    QCOMPARE(key(auth.authenticate(r, kNowMs)), QStringLiteral("dialect-not-allowed"));
}

QTEST_GUILESS_MAIN(TestDeviceAuthenticator)
#include "tst_device_authenticator.moc"
