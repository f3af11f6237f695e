// Bytes in, readings out: both dialects on one stream, every refusal reported with its
// reason and counted, HL7 messages acknowledged with AA/AE/AR as the sender needs.

#include "SensorTestSupport.h"
#include "sensors/GatewayPipeline.h"

#include <QTest>

using namespace careledger::sensors;
using namespace careledger::sensors::testing;

namespace {

struct Harness {
    InMemoryDeviceDirectory directory;
    QList<Reading> readings;
    QList<RejectionReason> rejections;
    QList<QByteArray> acks;
    std::unique_ptr<GatewayPipeline> pipeline;

    Harness()
    {
        directory.addNative(kDeviceId, testKey());
        directory.addHl7(kMonitorEui);
        GatewayPipeline::Handlers handlers;
        handlers.accepted = [this](const Reading &r) {
            readings.append(r);
        };
        handlers.rejected = [this](RejectionReason reason, const QString &) {
            rejections.append(reason);
        };
        handlers.reply = [this](const QByteArray &ack) {
            acks.append(ack);
        };
        GatewayPipelineOptions options;
        options.hl7.utcOffsetMinutesWhenAbsent = 0;
        pipeline = std::make_unique<GatewayPipeline>(directory, handlers, options);
    }
};

QByteArray oru(qint64 at, const QString &controlId, double heartRate = 88)
{
    Reading r;
    r.deviceId = kMonitorEui;
    r.measuredAtMs = at;
    r.values = {{VitalParameter::HeartRate, ValueState::Measured, heartRate}};
    Hl7EncodeOptions options;
    options.controlId = controlId;
    return Hl7MllpCodec::frame(Hl7MllpCodec::encodeOru(r, options));
}

QByteArray msa(const QByteArray &mllpAck)
{
    const qsizetype at = mllpAck.indexOf("\rMSA|");
    return mllpAck.mid(at + 1, mllpAck.indexOf('\r', at + 1) - at - 1);
}

} // namespace

class TestGatewayPipeline : public QObject {
    Q_OBJECT

private slots:
    void mixedStreamYieldsReadingsInOrder();
    void everyRefusalIsReportedAndCounted();
    void hl7IsAcknowledged();
    void endOfStreamCountsPartialFrame();
};

void TestGatewayPipeline::mixedStreamYieldsReadingsInOrder()
{
    Harness h;
    const QByteArray stream =
        GatewayFrameCodec::encode(sampleReading(1), testKey().view()) + oru(kNowMs, QStringLiteral("M1")) +
        GatewayFrameCodec::encode(sampleReading(2), testKey().view()) + oru(kNowMs + 1000, QStringLiteral("M2"), 91);
    for (qsizetype i = 0; i < stream.size(); i += 7)
        h.pipeline->feed(QByteArrayView(stream).sliced(i, std::min<qsizetype>(7, stream.size() - i)), kNowMs);
    QCOMPARE(h.readings.size(), 4);
    QCOMPARE(h.readings[0], sampleReading(1));
    QCOMPARE(h.readings[1].dialect, Dialect::Hl7);
    QCOMPARE(h.readings[1].deviceId, kMonitorEui);
    QCOMPARE(h.readings[2].sequence, quint64(2));
    QCOMPARE(*h.readings[3].measured(VitalParameter::HeartRate), 91.0);
    QVERIFY(h.rejections.isEmpty());
    const GatewayStats stats = h.pipeline->stats();
    QCOMPARE(stats.readingsAccepted, quint64(4));
    QCOMPARE(stats.bytesReceived, quint64(stream.size()));
    QCOMPARE(stats.bytesDropped, quint64(0));
    QCOMPARE(stats.totalRejected(), quint64(0));
}

void TestGatewayPipeline::everyRefusalIsReportedAndCounted()
{
    Harness h;
    QByteArray stream;
    stream += "\x01\x02 line noise\n";                                                         // garbage
    stream += GatewayFrameCodec::encode(sampleReading(1), testKey().view());                   // accepted
    stream += GatewayFrameCodec::encode(sampleReading(1), testKey().view());                   // replay
    stream += GatewayFrameCodec::encode(sampleReading(2), testKey('x').view());                // bad MAC
    stream += signedLine("HR=72", 3);                                                          // missing unit
    stream += signedLine("HR=500/min", 4);                                                     // implausible
    stream += "CLV1 " + QByteArray(600, 'z') + '\n';                                           // oversized
    stream += GatewayFrameCodec::encode(sampleReading(5, kNowMs - 3600000), testKey().view()); // stale
    h.pipeline->feed(stream, kNowMs);

    QCOMPARE(h.readings.size(), 1);
    QCOMPARE(h.rejections, (QList<RejectionReason>{RejectionReason::Garbage, RejectionReason::ReplayedSequence,
                                                   RejectionReason::BadMac, RejectionReason::MissingUnit,
                                                   RejectionReason::ImplausibleValue, RejectionReason::Oversized,
                                                   RejectionReason::StaleTimestamp}));
    const GatewayStats stats = h.pipeline->stats();
    QCOMPARE(stats.totalRejected(), quint64(7));
    QCOMPARE(stats.rejected(RejectionReason::BadMac), quint64(1));
    QCOMPARE(stats.rejected(RejectionReason::Oversized), quint64(1));
    QVERIFY(stats.bytesDropped > 600);
    const QJsonObject json = stats.toJson();
    QCOMPARE(json.value(QStringLiteral("readings_accepted")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("rejections")).toObject().value(QStringLiteral("bad-mac")).toInt(), 1);
}

void TestGatewayPipeline::hl7IsAcknowledged()
{
    Harness h;
    h.pipeline->feed(oru(kNowMs, QStringLiteral("M1")), kNowMs);
    h.pipeline->feed(oru(kNowMs, QStringLiteral("M1")), kNowMs);             // retransmission
    h.pipeline->feed(oru(kNowMs + 1000, QStringLiteral("M2"), 900), kNowMs); // implausible
    QByteArray stranger = oru(kNowMs + 2000, QStringLiteral("M3"));
    stranger.replace(kMonitorEui.toLatin1(), "FFFFFFFFFFFFFFFF");
    h.pipeline->feed(stranger, kNowMs); // unknown device
    h.pipeline->feed(Hl7MllpCodec::frame("MSH|^~\\&|GW|W|WS|C|20250101120000||ADT^A01|M4|P|2.6\rPID|||1\r"), kNowMs);
    h.pipeline->feed(Hl7MllpCodec::frame("MSH without separators"), kNowMs); // unanswerable

    QCOMPARE(h.readings.size(), 1);
    QCOMPARE(h.acks.size(), 5);
    for (const QByteArray &ack : h.acks) {
        QVERIFY(ack.startsWith('\x0b'));
        QVERIFY(ack.endsWith("\x1c\r"));
    }
    QCOMPARE(msa(h.acks[0]), QByteArray("MSA|AA|M1"));
    QVERIFY(msa(h.acks[1]).startsWith("MSA|AA|M1|")); // duplicate acknowledged, not stored
    QVERIFY(msa(h.acks[2]).startsWith("MSA|AE|M2|"));
    QVERIFY(msa(h.acks[3]).startsWith("MSA|AR|M3|"));
    QVERIFY(msa(h.acks[4]).startsWith("MSA|AR|M4|"));
    QVERIFY(h.acks[4].contains("200^Unsupported message type^HL70357"));
    QCOMPARE(h.rejections.last(), RejectionReason::Malformed);
}

void TestGatewayPipeline::endOfStreamCountsPartialFrame()
{
    Harness h;
    const QByteArray line = GatewayFrameCodec::encode(sampleReading(1), testKey().view());
    h.pipeline->feed(QByteArrayView(line).first(50), kNowMs);
    h.pipeline->endOfStream();
    h.pipeline->feed(line, kNowMs);
    QCOMPARE(h.rejections, QList<RejectionReason>{RejectionReason::Truncated});
    QCOMPARE(h.readings.size(), 1);
    QCOMPARE(h.pipeline->stats().bytesDropped, quint64(50));
}

QTEST_GUILESS_MAIN(TestGatewayPipeline)
#include "tst_gateway_pipeline.moc"
