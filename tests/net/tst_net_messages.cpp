// The peer wire codec: every message type round-trips to the same bytes, and every
// malformed form a hostile or broken peer could send is refused with an error (never a
// crash, never a partially read message): unknown types, wrong field types, missing or
// extra keys, oversize lists, trailing bytes, non-canonical encodings, broken frames.

#include "ledger/Block.h"
#include "ledger/Cbor.h"
#include "ledger/Transaction.h"
#include "ledger/net/PeerMessage.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QtEndian>
#include <QTest>

using namespace careledger::ledger;
using namespace careledger::ledger::net;

namespace {

QByteArray h(char c)
{
    return QByteArray(32, c);
}

QList<QByteArray> hashes(int n)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i) {
        QByteArray x(32, '\0');
        x[0] = static_cast<char>(i & 0xff);
        x[1] = static_cast<char>(i >> 8);
        out.append(x);
    }
    return out;
}

HelloMessage hello()
{
    return HelloMessage{kProtocolVersion, QByteArray(16, 'c'), h('g'), 42, h('b'), 84, h('k'), QStringLiteral("CareLedger/0.1 (é)")};
}

// Builds {1: type, 2: <body>} with a hand-written body, for forms the encoder never makes.
QByteArray envelope(quint64 type, const std::function<void(cbor::Writer &)> &body)
{
    cbor::Writer w;
    w.map(2);
    w.uint(1);
    w.uint(type);
    w.uint(2);
    body(w);
    return w.take();
}

QByteArray encoded(const MessageBody &body)
{
    return PeerMessage{body}.encode().value();
}

} // namespace

class TstNetMessages : public QObject {
    Q_OBJECT

private slots:
    void everyTypeRoundTrips_data()
    {
        QTest::addColumn<int>("index");
        const QList<const char *> names = {"hello", "hello-ack", "getheaders", "getheaders with stop", "headers", "empty headers", "getblocks", "block", "inv blocks",
                                   "inv txs", "gettx", "tx", "ping", "pong", "reject", "reject with subject", "notfound"};
        for (int i = 0; i < static_cast<int>(names.size()); ++i)
            QTest::newRow(names[i]) << i;
    }

    void everyTypeRoundTrips()
    {
        QFETCH(int, index);
        const QList<MessageBody> bodies = {
            hello(),
            HelloAckMessage{},
            GetHeadersMessage{hashes(kMaxLocatorHashes), {}},
            GetHeadersMessage{{h('a')}, h('z')},
            HeadersMessage{{QByteArray(300, 'x'), QByteArray(kMaxHeaderSize, 'y')}},
            HeadersMessage{},
            GetBlocksMessage{hashes(kMaxBlocksPerRequest)},
            BlockMessage{QByteArray(200, 'h'), QByteArray(100000, 'b')},
            InvMessage{{h('1')}, {}},
            InvMessage{{}, hashes(kMaxInvTxs)},
            GetTxMessage{hashes(3)},
            TxMessage{{QByteArray(kMaxTxSize, 't'), QByteArray(1, 'u')}},
            PingMessage{0xffffffffffffffffULL},
            PongMessage{7},
            RejectMessage{static_cast<quint64>(RejectCode::InvalidBlock), QStringLiteral("block 5 (ab): bad signature"), {}},
            RejectMessage{999, QString(), h('s')},
            NotFoundMessage{hashes(2), hashes(2)},
        };
        const PeerMessage message{bodies[index]};
        auto bytes = message.encode();
        QVERIFY2(bytes, qPrintable(bytes.message()));
        auto decoded = PeerMessage::decode(*bytes);
        QVERIFY2(decoded, qPrintable(decoded.message()));
        QCOMPARE(decoded->type(), message.type());
        QVERIFY(*decoded == message);
        QCOMPARE(decoded->encode().value(), *bytes);
        // Every strict prefix is a truncated message.
        for (qsizetype n = 0; n < qMin<qsizetype>(bytes->size(), 400); ++n)
            QVERIFY2(!PeerMessage::decode(bytes->left(n)), qPrintable(QStringLiteral("prefix %1 accepted").arg(n)));
        QVERIFY(!PeerMessage::decode(bytes->left(bytes->size() - 1)));
    }

    void typeNumbersAreThoseOfTheSpec()
    {
        QCOMPARE(PeerMessage{HelloMessage{}}.type(), MessageType::Hello);
        QCOMPARE(PeerMessage{BlockMessage{}}.type(), MessageType::Block);
        QCOMPARE(PeerMessage{NotFoundMessage{}}.type(), MessageType::NotFound);
        QCOMPARE(static_cast<quint64>(MessageType::Reject), 12u);
        // hello-ack is the two-byte empty map after the type.
        QCOMPARE(encoded(HelloAckMessage{}), QByteArray::fromHex("a2010202a0"));
        QCOMPARE(encoded(PingMessage{5}), QByteArray::fromHex("a2010a02a10105"));
    }

    void malformedMessagesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = encoded(hello());

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("trailing byte") << good + '\0';
        QTest::newRow("two messages") << good + good;
        QTest::newRow("unknown type") << envelope(99, [](cbor::Writer &w) { w.map(0); });
        QTest::newRow("type zero") << envelope(0, [](cbor::Writer &w) { w.map(0); });
        QTest::newRow("reserved payload type") << envelope(32, [](cbor::Writer &w) { w.map(0); });
        QTest::newRow("huge type") << envelope(0xffffffffffffffffULL, [](cbor::Writer &w) { w.map(0); });
        {
            cbor::Writer w;
            w.array(2);
            w.uint(10);
            w.uint(1);
            QTest::newRow("envelope is an array") << w.take();
        }
        {
            cbor::Writer w;
            w.map(1);
            w.uint(1);
            w.uint(10);
            QTest::newRow("no body") << w.take();
        }
        {
            cbor::Writer w;
            w.map(3);
            w.uint(1);
            w.uint(11);
            w.uint(2);
            w.map(1);
            w.uint(1);
            w.uint(5);
            w.uint(3);
            w.uint(0);
            QTest::newRow("extra envelope key") << w.take();
        }
        {
            cbor::Writer w;
            w.map(2);
            w.uint(2);
            w.map(0);
            w.uint(1);
            w.uint(2);
            QTest::newRow("envelope keys out of order") << w.take();
        }
        QTest::newRow("body is an array") << envelope(10, [](cbor::Writer &w) {
            w.array(1);
            w.uint(1);
        });
        QTest::newRow("ping without nonce") << envelope(10, [](cbor::Writer &w) { w.map(0); });
        QTest::newRow("ping nonce as bytes") << envelope(10, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.bytes("12345678");
        });
        QTest::newRow("ping with an extra key") << envelope(10, [](cbor::Writer &w) {
            w.map(2);
            w.uint(1);
            w.uint(1);
            w.uint(2);
            w.uint(1);
        });
        QTest::newRow("hello-ack with a key") << envelope(2, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.uint(1);
        });
        QTest::newRow("hello chain id as integer") << envelope(1, [](cbor::Writer &w) {
            w.map(8);
            w.uint(1);
            w.uint(1);
            w.uint(2);
            w.uint(5); // not 16 bytes
            w.uint(3);
            w.bytes(h('g'));
            w.uint(4);
            w.uint(1);
            w.uint(5);
            w.bytes(h('b'));
            w.uint(6);
            w.uint(1);
            w.uint(7);
            w.bytes(h('k'));
            w.uint(8);
            w.bytes("a");
        });
        auto helloWith = [](const QByteArray &chainId, const QByteArray &agent, const QByteArray &keyId) {
            return envelope(1, [=](cbor::Writer &w) {
                w.map(8);
                w.uint(1);
                w.uint(1);
                w.uint(2);
                w.bytes(chainId);
                w.uint(3);
                w.bytes(h('g'));
                w.uint(4);
                w.uint(1);
                w.uint(5);
                w.bytes(h('b'));
                w.uint(6);
                w.uint(1);
                w.uint(7);
                w.bytes(keyId);
                w.uint(8);
                w.bytes(agent);
            });
        };
        QTest::newRow("hello chain id of 15 bytes") << helloWith(QByteArray(15, 'c'), "a", h('k'));
        QTest::newRow("hello key id of 33 bytes") << helloWith(QByteArray(16, 'c'), "a", QByteArray(33, 'k'));
        QTest::newRow("hello user agent not UTF-8") << helloWith(QByteArray(16, 'c'), "\xff\xfe", h('k'));
        QTest::newRow("hello user agent too long") << helloWith(QByteArray(16, 'c'), QByteArray(kMaxUserAgentSize + 1, 'a'), h('k'));
        {
            // A text string (major type 3) where a byte string belongs.
            QByteArray bytes = helloWith(QByteArray(16, 'c'), "ab", h('k'));
            const qsizetype at = bytes.lastIndexOf(QByteArray(QByteArray::fromHex("42") + "ab"));
            bytes[at] = '\x62';
            QTest::newRow("hello user agent as text string") << bytes;
        }
        QTest::newRow("getheaders empty locator") << envelope(3, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.array(0);
        });
        QTest::newRow("getheaders locator too long") << envelope(3, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.array(kMaxLocatorHashes + 1);
            for (int i = 0; i <= kMaxLocatorHashes; ++i)
                w.bytes(h('a'));
        });
        QTest::newRow("getheaders short hash") << envelope(3, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.array(1);
            w.bytes(QByteArray(31, 'a'));
        });
        QTest::newRow("headers over 2000") << envelope(4, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.array(kMaxHeadersPerMessage + 1);
            for (int i = 0; i <= kMaxHeadersPerMessage; ++i)
                w.bytes("h");
        });
        QTest::newRow("headers claim more than the input holds") << envelope(4, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.array(1000);
        });
        QTest::newRow("header over 512 bytes") << envelope(4, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.array(1);
            w.bytes(QByteArray(kMaxHeaderSize + 1, 'h'));
        });
        QTest::newRow("getblocks of 17") << envelope(5, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.array(17);
            for (int i = 0; i < 17; ++i)
                w.bytes(h('a'));
        });
        QTest::newRow("getblocks of none") << envelope(5, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.array(0);
        });
        QTest::newRow("block without body") << envelope(6, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.bytes("header");
        });
        QTest::newRow("block body empty") << envelope(6, [](cbor::Writer &w) {
            w.map(2);
            w.uint(1);
            w.bytes("header");
            w.uint(2);
            w.bytes("");
        });
        QTest::newRow("inv naming nothing") << envelope(7, [](cbor::Writer &w) { w.map(0); });
        QTest::newRow("inv with an empty list") << envelope(7, [](cbor::Writer &w) {
            w.map(1);
            w.uint(2);
            w.array(0);
        });
        QTest::newRow("gettx of 1001") << envelope(8, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.array(kMaxInvTxs + 1);
            for (int i = 0; i <= kMaxInvTxs; ++i)
                w.bytes(h('a'));
        });
        QTest::newRow("tx of 257") << envelope(9, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.array(kMaxTxsPerMessage + 1);
            for (int i = 0; i <= kMaxTxsPerMessage; ++i)
                w.bytes("t");
        });
        QTest::newRow("tx over 2048 bytes") << envelope(9, [](cbor::Writer &w) {
            w.map(1);
            w.uint(1);
            w.array(1);
            w.bytes(QByteArray(kMaxTxSize + 1, 't'));
        });
        QTest::newRow("reject text too long") << envelope(12, [](cbor::Writer &w) {
            w.map(2);
            w.uint(1);
            w.uint(1);
            w.uint(2);
            w.bytes(QByteArray(kMaxRejectTextSize + 1, 'r'));
        });
        // Non-canonical forms of a valid ping.
        QTest::newRow("nonce not in shortest form") << QByteArray::fromHex("a2010a02a1011805");
        QTest::newRow("type not in shortest form") << QByteArray::fromHex("a201180a02a10105");
        QTest::newRow("indefinite-length map") << QByteArray::fromHex("bf010a02a10105ff");
        QTest::newRow("negative integer nonce") << QByteArray::fromHex("a2010a02a10120");
        QTest::newRow("float nonce") << QByteArray::fromHex("a2010a02a101f93c00");
        QTest::newRow("tagged nonce") << QByteArray::fromHex("a2010a02a101c105");
        QTest::newRow("length beyond input") << QByteArray::fromHex("a2010602a2015affffffff");
    }

    void malformedMessagesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        auto decoded = PeerMessage::decode(bytes);
        QVERIFY2(!decoded, "a malformed message was accepted");
        QVERIFY(!decoded.message().isEmpty());
    }

    void encoderRefusesWhatPeersWouldRefuse()
    {
        QVERIFY(!PeerMessage{GetBlocksMessage{hashes(kMaxBlocksPerRequest + 1)}}.encode());
        QVERIFY(!PeerMessage{GetBlocksMessage{}}.encode());
        QVERIFY(!PeerMessage{HeadersMessage{QList<QByteArray>(kMaxHeadersPerMessage + 1, QByteArray("h"))}}.encode());
        QVERIFY(!PeerMessage{InvMessage{}}.encode());
        QVERIFY(!PeerMessage{TxMessage{{QByteArray(kMaxTxSize + 1, 't')}}}.encode());
        HelloMessage bad = hello();
        bad.userAgent = QString(kMaxUserAgentSize + 1, QLatin1Char('a'));
        QVERIFY(!PeerMessage{bad}.encode());
        bad = hello();
        bad.chainId.chop(1);
        QVERIFY(!PeerMessage{bad}.encode());
    }

    void framesAreCutAtTheirLengths()
    {
        const QByteArray a = encoded(PingMessage{1});
        const QByteArray b = encoded(hello());
        const QByteArray stream = frame(a) + frame(b) + frame(a);
        QCOMPARE(frame(a).left(4), QByteArray::fromHex("00000007"));
        // Byte by byte.
        FrameReader reader;
        QList<QByteArray> got;
        for (char c : stream) {
            reader.append(QByteArrayView(&c, 1));
            QByteArray m;
            while (reader.next(&m) == FrameReader::Status::Message)
                got.append(m);
        }
        QCOMPARE(got, (QList<QByteArray>{a, b, a}));
        QCOMPARE(reader.buffered(), 0);
        // All at once.
        FrameReader whole;
        whole.append(stream);
        QByteArray m;
        int n = 0;
        while (whole.next(&m) == FrameReader::Status::Message)
            ++n;
        QCOMPARE(n, 3);
    }

    void oversizeFramesAreCaughtBeforeTheirPayload()
    {
        FrameReader reader(1000);
        QByteArray header(4, '\0');
        qToBigEndian<quint32>(1001, header.data());
        reader.append(header); // only the length has arrived
        QByteArray m;
        QCOMPARE(reader.next(&m), FrameReader::Status::Oversize);
        QCOMPARE(reader.announcedLength(), 1001u);

        FrameReader atLimit(1000);
        atLimit.append(frame(QByteArray(1000, 'x')));
        QCOMPARE(atLimit.next(&m), FrameReader::Status::Message);
        QCOMPARE(m.size(), 1000);

        FrameReader empty;
        empty.append(QByteArray(4, '\0'));
        QCOMPARE(empty.next(&m), FrameReader::Status::Empty);

        FrameReader huge;
        huge.append(QByteArray::fromHex("ffffffff"));
        QCOMPARE(huge.next(&m), FrameReader::Status::Oversize);
    }

    void fuzzSeedsAreValidMessages()
    {
        // The committed seed corpus starts the fuzzer from real messages; keep it honest.
        QDir dir(QStringLiteral(CARELEDGER_SOURCE_DIR "/fuzz/corpus/peer_message"));
        const QStringList seeds = dir.entryList({QStringLiteral("decode_*")}, QDir::Files);
        QVERIFY(seeds.size() >= 13);
        QSet<MessageType> types;
        for (const QString &name : seeds) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll().mid(1); // the first byte picks the harness path
            auto decoded = PeerMessage::decode(bytes);
            QVERIFY2(decoded, qPrintable(name + QStringLiteral(": ") + decoded.message()));
            types.insert(decoded->type());
        }
        QCOMPARE(types.size(), 13); // every type has a seed
    }

    void mutatedMessagesNeverCrashTheDecoder()
    {
        // Deterministic mutations of valid messages through the fuzz entry point, which
        // aborts if a decoded message fails to re-encode to its own bytes.
        const QList<QByteArray> seeds = {encoded(hello()), encoded(GetHeadersMessage{hashes(3), h('s')}), encoded(InvMessage{hashes(2), hashes(2)}),
                                         encoded(BlockMessage{QByteArray(100, 'h'), QByteArray::fromHex("8141aa")}),
                                         encoded(RejectMessage{3, QStringLiteral("wrong chain"), h('x')}), encoded(TxMessage{{QByteArray(50, 't')}})};
        QRandomGenerator rng(20240601);
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray bytes = seeds[round % seeds.size()];
            const int edits = 1 + static_cast<int>(rng.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = static_cast<qsizetype>(rng.bounded(static_cast<quint32>(bytes.size())));
                switch (rng.bounded(3)) {
                case 0:
                    bytes[at] = static_cast<char>(bytes[at] ^ (1 << rng.bounded(8)));
                    break;
                case 1:
                    bytes.remove(at, 1 + static_cast<qsizetype>(rng.bounded(4)));
                    break;
                default:
                    bytes.insert(at, static_cast<char>(rng.bounded(256)));
                }
                if (bytes.isEmpty())
                    bytes = "\xa0";
            }
            fuzzPeerMessage(reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
            if (PeerMessage::decode(bytes))
                ++accepted;
        }
        // Some mutations land in free-form bytes and stay valid; most must not.
        QVERIFY(accepted < 20000 / 2);
    }
};

QTEST_GUILESS_MAIN(TstNetMessages)
#include "tst_net_messages.moc"
