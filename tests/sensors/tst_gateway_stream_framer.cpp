// The serial byte stream is cut into frames of both dialects whatever the chunking; noise
// between frames, overlong lines and HL7 messages without an end are dropped up to the
// next frame boundary, counted, and never make the buffer grow past one frame's limit.

#include "SensorTestSupport.h"
#include "sensors/GatewayStreamFramer.h"
#include "sensors/Hl7MllpCodec.h"

#include <QTest>

#include <random>

using namespace careledger::sensors;
using namespace careledger::sensors::testing;

namespace {

struct Collected {
    QList<QPair<Dialect, QByteArray>> frames;
    QList<RejectionReason> drops;
};

struct Collector {
    Collected out;
    GatewayStreamFramer::FrameHandler onFrame = [this](Dialect d, QByteArrayView payload) {
        out.frames.append({d, payload.toByteArray()});
    };
    GatewayStreamFramer::DropHandler onDrop = [this](RejectionReason r, const QString &) {
        out.drops.append(r);
    };
};

const QByteArray kLineA = signedLine("HR=72/min SPO2=98%", 1).chopped(1);
const QByteArray kLineB = signedLine("TEMP=37.1Cel", 2).chopped(1);
const QByteArray kHl7 = "MSH|^~\\&|GW|W|WS|C|20250101120000+0000||ORU^R01^ORU_R01|C1|P|2.6\r"
                        "OBX|1|NM|147842^MDC_ECG_HEART_RATE^MDC|1.1.1.1|72|264864^MDC_DIM_BEAT_PER_MIN^MDC\r";

QByteArray mixedStream()
{
    return kLineA + '\n' + Hl7MllpCodec::frame(kHl7) + kLineB + "\r\n" + Hl7MllpCodec::frame(kHl7);
}

const QList<QPair<Dialect, QByteArray>> kMixedFrames{
    {Dialect::Native, kLineA}, {Dialect::Hl7, kHl7}, {Dialect::Native, kLineB}, {Dialect::Hl7, kHl7}};

} // namespace

class TestGatewayStreamFramer : public QObject {
    Q_OBJECT

private slots:
    void wholeStreamInOneChunk();
    void everySplitPointGivesTheSameFrames();
    void byteByByte();
    void garbageBetweenFramesIsDroppedAndCounted();
    void oversizedLineIsDroppedUpToItsEnd();
    void lineAtTheLimitIsKept();
    void mllpWithoutEndIsTruncatedByTheNextStart();
    void mllpWithoutEndNeverGrowsPastTheLimit();
    void startByteNoiseDoesNotSwallowFrames();
    void lineCutOffByMllpStart();
    void endOfStreamDropsPartialFrame();
    void randomNoiseKeepsTheBufferBounded();
    void strayEndBlockIsGarbage();
    void verdictsDoNotDependOnChunking();
};

void TestGatewayStreamFramer::wholeStreamInOneChunk()
{
    GatewayStreamFramer framer;
    Collector c;
    const QByteArray stream = mixedStream();
    framer.feed(stream, c.onFrame, c.onDrop);
    QCOMPARE(c.out.frames, kMixedFrames);
    QVERIFY(c.out.drops.isEmpty());
    QCOMPARE(framer.bufferedBytes(), 0);
    QCOMPARE(framer.stats().bytesReceived, quint64(stream.size()));
    QCOMPARE(framer.stats().bytesDropped, quint64(0));
}

void TestGatewayStreamFramer::everySplitPointGivesTheSameFrames()
{
    const QByteArray stream = mixedStream();
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        GatewayStreamFramer framer;
        Collector c;
        framer.feed(QByteArrayView(stream).first(cut), c.onFrame, c.onDrop);
        framer.feed(QByteArrayView(stream).sliced(cut), c.onFrame, c.onDrop);
        QVERIFY2(c.out.frames == kMixedFrames, qPrintable(QStringLiteral("cut at %1").arg(cut)));
        QVERIFY(c.out.drops.isEmpty());
        QCOMPARE(framer.bufferedBytes(), 0);
    }
}

void TestGatewayStreamFramer::byteByByte()
{
    const QByteArray stream = mixedStream();
    GatewayStreamFramer framer;
    Collector c;
    for (char byte : stream)
        framer.feed(QByteArrayView(&byte, 1), c.onFrame, c.onDrop);
    QCOMPARE(c.out.frames, kMixedFrames);
    QVERIFY(c.out.drops.isEmpty());
}

void TestGatewayStreamFramer::garbageBetweenFramesIsDroppedAndCounted()
{
    const QByteArray noise1("\x00\xff\xfe junk", 9);
    const QByteArray noise2("Some boot banner v1.2\r\n");
    const QByteArray noise3("CATS\n");
    const QByteArray stream =
        noise1 + '\n' + kLineA + '\n' + noise2 + Hl7MllpCodec::frame(kHl7) + noise3 + kLineB + '\n';
    GatewayStreamFramer framer;
    Collector c;
    framer.feed(stream, c.onFrame, c.onDrop);
    QCOMPARE(c.out.frames.size(), 3);
    QCOMPARE(c.out.frames[0].second, kLineA);
    QCOMPARE(c.out.frames[1].second, kHl7);
    QCOMPARE(c.out.frames[2].second, kLineB);
    QCOMPARE(c.out.drops,
             (QList<RejectionReason>{RejectionReason::Garbage, RejectionReason::Garbage, RejectionReason::Garbage}));
    QCOMPARE(framer.stats().rejected(RejectionReason::Garbage), quint64(3));
    // Every noise byte except the line ends that close each run.
    QCOMPARE(framer.stats().bytesDropped, quint64(noise1.size() + noise2.size() - 1 + noise3.size() - 1));
}

void TestGatewayStreamFramer::oversizedLineIsDroppedUpToItsEnd()
{
    const QByteArray huge = "CLV1 " + QByteArray(5000, 'A');
    GatewayStreamFramer framer;
    Collector c;
    qsizetype maxBuffered = 0;
    const QByteArray stream = huge + '\n' + kLineA + '\n';
    for (qsizetype i = 0; i < stream.size(); i += 100) {
        framer.feed(QByteArrayView(stream).sliced(i, std::min<qsizetype>(100, stream.size() - i)), c.onFrame, c.onDrop);
        maxBuffered = std::max(maxBuffered, framer.bufferedBytes());
    }
    QVERIFY(maxBuffered < 512);
    QCOMPARE(c.out.drops, QList<RejectionReason>{RejectionReason::Oversized});
    QCOMPARE(c.out.frames, (QList<QPair<Dialect, QByteArray>>{{Dialect::Native, kLineA}}));
    QCOMPARE(framer.stats().bytesDropped, quint64(huge.size()));
}

void TestGatewayStreamFramer::lineAtTheLimitIsKept()
{
    const QByteArray exact = "CLV1" + QByteArray(511 - 4, 'x'); // 511 + LF = 512
    const QByteArray over = "CLV1" + QByteArray(512 - 4, 'x');  // 512 + LF = 513
    GatewayStreamFramer framer;
    Collector c;
    framer.feed(QByteArray(exact + '\n' + over + '\n'), c.onFrame, c.onDrop);
    QCOMPARE(c.out.frames.size(), 1);
    QCOMPARE(c.out.frames[0].second.size(), 511);
    QCOMPARE(c.out.drops, QList<RejectionReason>{RejectionReason::Oversized});
}

void TestGatewayStreamFramer::mllpWithoutEndIsTruncatedByTheNextStart()
{
    const QByteArray stream = "\x0bMSH|^~\\&|half a message" + Hl7MllpCodec::frame(kHl7);
    GatewayStreamFramer framer;
    Collector c;
    framer.feed(stream, c.onFrame, c.onDrop);
    QCOMPARE(c.out.drops, QList<RejectionReason>{RejectionReason::Truncated});
    QCOMPARE(c.out.frames, (QList<QPair<Dialect, QByteArray>>{{Dialect::Hl7, kHl7}}));
    QCOMPARE(framer.stats().bytesDropped, quint64(QByteArray("MSH|^~\\&|half a message").size()));
}

void TestGatewayStreamFramer::mllpWithoutEndNeverGrowsPastTheLimit()
{
    GatewayStreamFramer framer(FramerLimits{512, 4096});
    Collector c;
    framer.feed("\x0bMSH", c.onFrame, c.onDrop);
    const QByteArray block(1000, 'M');
    for (int i = 0; i < 100; ++i) {
        framer.feed(block, c.onFrame, c.onDrop);
        QVERIFY(framer.bufferedBytes() <= 4096);
    }
    QCOMPARE(c.out.drops, QList<RejectionReason>{RejectionReason::Oversized});
    // The end block closes the oversized message; the next one is read normally.
    framer.feed(QByteArray("\x1c\r" + kLineA + '\n' + Hl7MllpCodec::frame(kHl7)), c.onFrame, c.onDrop);
    QCOMPARE(c.out.frames, (QList<QPair<Dialect, QByteArray>>{{Dialect::Native, kLineA}, {Dialect::Hl7, kHl7}}));
    QCOMPARE(framer.stats().bytesDropped, quint64(3 + 100 * 1000));
}

void TestGatewayStreamFramer::startByteNoiseDoesNotSwallowFrames()
{
    GatewayStreamFramer framer;
    Collector c;
    // A 0x0B from line noise, before a line and inside one; and one split across chunks.
    framer.feed(QByteArray("\x0b" + kLineA + '\n' + "xx\x0bzz\n" + kLineB + '\n' + "\x0bM"), c.onFrame, c.onDrop);
    framer.feed(QByteArray("Q\n" + kLineA + '\n'), c.onFrame, c.onDrop);
    QCOMPARE(c.out.frames, (QList<QPair<Dialect, QByteArray>>{
                               {Dialect::Native, kLineA}, {Dialect::Native, kLineB}, {Dialect::Native, kLineA}}));
    QCOMPARE(c.out.drops.count(RejectionReason::Garbage), 6);
    QCOMPARE(framer.stats().bytesDropped, quint64(1 + 2 + 1 + 2 + 1 + 1 + 1)); // VT, xx, VT, zz, VT, M, Q
}

void TestGatewayStreamFramer::lineCutOffByMllpStart()
{
    GatewayStreamFramer framer;
    Collector c;
    framer.feed(QByteArray(kLineA.first(30) + Hl7MllpCodec::frame(kHl7) + kLineB + '\n'), c.onFrame, c.onDrop);
    QCOMPARE(c.out.drops, QList<RejectionReason>{RejectionReason::Truncated});
    QCOMPARE(c.out.frames, (QList<QPair<Dialect, QByteArray>>{{Dialect::Hl7, kHl7}, {Dialect::Native, kLineB}}));
}

void TestGatewayStreamFramer::endOfStreamDropsPartialFrame()
{
    GatewayStreamFramer framer;
    Collector c;
    framer.feed(kLineA.first(40), c.onFrame, c.onDrop);
    framer.flush(c.onDrop);
    framer.feed("\x0bMSH|", c.onFrame, c.onDrop);
    framer.flush(c.onDrop);
    framer.flush(c.onDrop); // nothing pending: nothing counted
    QCOMPARE(c.out.drops, (QList<RejectionReason>{RejectionReason::Truncated, RejectionReason::Truncated}));
    QCOMPARE(framer.bufferedBytes(), 0);
    // The stream starts afresh.
    framer.feed(QByteArray(kLineB + '\n'), c.onFrame, c.onDrop);
    QCOMPARE(c.out.frames.size(), 1);
}

void TestGatewayStreamFramer::randomNoiseKeepsTheBufferBounded()
{
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> byte(0, 255);
    std::uniform_int_distribution<int> length(1, 3000);
    GatewayStreamFramer framer(FramerLimits{512, 8192});
    Collector c;
    quint64 fed = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray chunk(length(rng), Qt::Uninitialized);
        for (char &ch : chunk)
            ch = static_cast<char>(byte(rng));
        framer.feed(chunk, c.onFrame, c.onDrop);
        fed += static_cast<quint64>(chunk.size());
        QVERIFY(framer.bufferedBytes() <= 8192);
    }
    QCOMPARE(framer.stats().bytesReceived, fed);
    // Still in sync afterwards once a boundary arrives.
    framer.feed(QByteArray("\x1c\r\n" + kLineA + '\n'), c.onFrame, c.onDrop);
    QCOMPARE(c.out.frames.last(), (QPair<Dialect, QByteArray>{Dialect::Native, kLineA}));
}

void TestGatewayStreamFramer::strayEndBlockIsGarbage()
{
    GatewayStreamFramer framer;
    Collector c;
    // The reader opened the port in the middle of an HL7 message: its tail is one garbage
    // run up to the end block, and the frame right after it is read.
    framer.feed(QByteArray("OBX|3|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.2.1.1|89\rOBX|4|NM|x\r\x1c\r" + kLineA + '\n'),
                c.onFrame, c.onDrop);
    framer.feed(QByteArray("\x1c\r" + kLineB + '\n'), c.onFrame, c.onDrop);
    QCOMPARE(c.out.drops, (QList<RejectionReason>{RejectionReason::Garbage, RejectionReason::Garbage}));
    QCOMPARE(c.out.frames, (QList<QPair<Dialect, QByteArray>>{{Dialect::Native, kLineA}, {Dialect::Native, kLineB}}));
}

void TestGatewayStreamFramer::verdictsDoNotDependOnChunking()
{
    // An overlong line with an HL7 end block inside it: the line ends at its LF whether its
    // length is noticed before or after the end block went by.
    const QByteArray stream =
        "CLV1 bed7-hub ||MRN1\r\x1c\r2 1772442001000 TEMP=100.4[degF] GLU=5.5mmol/L EMG=400uV O2=1 MAC=fc\n" + kLineA +
        '\n' + "xy\x1c\r" + Hl7MllpCodec::frame(kHl7) + "CLA\x1c\r" + kLineB + '\n';
    const FramerLimits limits{64, 256};
    GatewayStreamFramer reference(limits);
    Collector whole;
    reference.feed(stream, whole.onFrame, whole.onDrop);
    QVERIFY(whole.out.drops.contains(RejectionReason::Oversized));
    for (qsizetype cut = 1; cut < stream.size(); ++cut) {
        GatewayStreamFramer framer(limits);
        Collector c;
        framer.feed(QByteArrayView(stream).first(cut), c.onFrame, c.onDrop);
        framer.feed(QByteArrayView(stream).sliced(cut), c.onFrame, c.onDrop);
        QVERIFY2(c.out.frames == whole.out.frames && c.out.drops == whole.out.drops,
                 qPrintable(QStringLiteral("cut at %1").arg(cut)));
        QCOMPARE(framer.stats().bytesDropped, reference.stats().bytesDropped);
    }
}

QTEST_GUILESS_MAIN(TestGatewayStreamFramer)
#include "tst_gateway_stream_framer.moc"
