#include "PeerMessage.h"

#include "ledger/Block.h"
#include "ledger/Cbor.h"
#include "ledger/Transaction.h"

#include <QtEndian>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace careledger::ledger::net {

namespace {

using R = LedgerResult<PeerMessage>;

// ---- writing -------------------------------------------------------------------------

void hashList(cbor::Writer &w, const QList<QByteArray> &hashes)
{
    w.array(static_cast<quint64>(hashes.size()));
    for (const auto &h : hashes)
        w.bytes(h);
}

bool allHashes(const QList<QByteArray> &list)
{
    return std::all_of(list.begin(), list.end(), [](const QByteArray &h) { return h.size() == kHashSize; });
}

bool allSized(const QList<QByteArray> &list, qsizetype maxSize)
{
    return std::all_of(list.begin(), list.end(), [&](const QByteArray &b) { return !b.isEmpty() && b.size() <= maxSize; });
}

bool inRange(qsizetype n, qsizetype min, qsizetype max)
{
    return n >= min && n <= max;
}

// Each body encoder checks the caps the decoder enforces, so a node never sends what its
// peers must refuse.
struct BodyWriter {
    cbor::Writer &w;

    bool operator()(const HelloMessage &m) const
    {
        const QByteArray agent = m.userAgent.toUtf8();
        if (m.chainId.size() != kChainIdSize || m.genesisHash.size() != kHashSize || m.bestHash.size() != kHashSize
            || m.nodeKeyId.size() != kHashSize || agent.size() > kMaxUserAgentSize)
            return false;
        w.map(8);
        w.uint(1);
        w.uint(m.protocolVersion);
        w.uint(2);
        w.bytes(m.chainId);
        w.uint(3);
        w.bytes(m.genesisHash);
        w.uint(4);
        w.uint(m.bestHeight);
        w.uint(5);
        w.bytes(m.bestHash);
        w.uint(6);
        w.uint(m.totalWeight);
        w.uint(7);
        w.bytes(m.nodeKeyId);
        w.uint(8);
        w.bytes(agent);
        return true;
    }
    bool operator()(const HelloAckMessage &) const
    {
        w.map(0);
        return true;
    }
    bool operator()(const GetHeadersMessage &m) const
    {
        if (!inRange(m.locator.size(), 1, kMaxLocatorHashes) || !allHashes(m.locator) || (!m.stop.isEmpty() && m.stop.size() != kHashSize))
            return false;
        w.map(m.stop.isEmpty() ? 1 : 2);
        w.uint(1);
        hashList(w, m.locator);
        if (!m.stop.isEmpty()) {
            w.uint(2);
            w.bytes(m.stop);
        }
        return true;
    }
    bool operator()(const HeadersMessage &m) const
    {
        if (m.headers.size() > kMaxHeadersPerMessage || !allSized(m.headers, kMaxHeaderSize))
            return false;
        w.map(1);
        w.uint(1);
        hashList(w, m.headers);
        return true;
    }
    bool operator()(const GetBlocksMessage &m) const
    {
        if (!inRange(m.hashes.size(), 1, kMaxBlocksPerRequest) || !allHashes(m.hashes))
            return false;
        w.map(1);
        w.uint(1);
        hashList(w, m.hashes);
        return true;
    }
    bool operator()(const BlockMessage &m) const
    {
        if (!inRange(m.header.size(), 1, kMaxHeaderSize) || !inRange(m.body.size(), 1, kHardMaxBodySize))
            return false;
        w.map(2);
        w.uint(1);
        w.bytes(m.header);
        w.uint(2);
        w.bytes(m.body);
        return true;
    }
    bool announcement(const QList<QByteArray> &blocks, const QList<QByteArray> &txs, qsizetype maxBlocks) const
    {
        if ((blocks.isEmpty() && txs.isEmpty()) || blocks.size() > maxBlocks || txs.size() > kMaxInvTxs || !allHashes(blocks) || !allHashes(txs))
            return false;
        w.map((blocks.isEmpty() ? 0 : 1) + (txs.isEmpty() ? 0 : 1));
        if (!blocks.isEmpty()) {
            w.uint(1);
            hashList(w, blocks);
        }
        if (!txs.isEmpty()) {
            w.uint(2);
            hashList(w, txs);
        }
        return true;
    }
    bool operator()(const InvMessage &m) const { return announcement(m.blocks, m.txs, kMaxInvBlocks); }
    bool operator()(const NotFoundMessage &m) const { return announcement(m.blocks, m.txs, kMaxBlocksPerRequest); }
    bool operator()(const GetTxMessage &m) const
    {
        if (!inRange(m.ids.size(), 1, kMaxInvTxs) || !allHashes(m.ids))
            return false;
        w.map(1);
        w.uint(1);
        hashList(w, m.ids);
        return true;
    }
    bool operator()(const TxMessage &m) const
    {
        if (!inRange(m.txs.size(), 1, kMaxTxsPerMessage) || !allSized(m.txs, kMaxTxSize))
            return false;
        w.map(1);
        w.uint(1);
        hashList(w, m.txs);
        return true;
    }
    bool operator()(const PingMessage &m) const
    {
        w.map(1);
        w.uint(1);
        w.uint(m.nonce);
        return true;
    }
    bool operator()(const PongMessage &m) const
    {
        w.map(1);
        w.uint(1);
        w.uint(m.nonce);
        return true;
    }
    bool operator()(const RejectMessage &m) const
    {
        const QByteArray text = m.text.toUtf8();
        if (text.size() > kMaxRejectTextSize || (!m.subject.isEmpty() && m.subject.size() != kHashSize))
            return false;
        w.map(m.subject.isEmpty() ? 2 : 3);
        w.uint(1);
        w.uint(m.code);
        w.uint(2);
        w.bytes(text);
        if (!m.subject.isEmpty()) {
            w.uint(3);
            w.bytes(m.subject);
        }
        return true;
    }
};

// ---- reading -------------------------------------------------------------------------

QList<QByteArray> readList(cbor::Reader &r, const char *what, qsizetype minCount, qsizetype maxCount, qsizetype minSize, qsizetype maxSize)
{
    const quint64 n = r.array(what, static_cast<quint64>(maxCount));
    if (n < static_cast<quint64>(minCount))
        r.fail(QStringLiteral("%1 needs at least %2 entries").arg(QLatin1String(what)).arg(minCount));
    QList<QByteArray> out;
    out.reserve(static_cast<qsizetype>(n));
    for (quint64 i = 0; i < n; ++i)
        out.append(r.bytes(what, minSize, maxSize));
    return out;
}

QString readText(cbor::Reader &r, const char *what, qsizetype maxSize)
{
    const QByteArray utf8 = r.bytes(what, 0, maxSize);
    const QString text = QString::fromUtf8(utf8);
    if (text.toUtf8() != utf8) // replacement characters: not valid UTF-8
        r.fail(QStringLiteral("%1 is not valid UTF-8").arg(QLatin1String(what)));
    return text;
}

MessageBody readBody(cbor::Reader &r, quint64 type)
{
    switch (static_cast<MessageType>(type)) {
    case MessageType::Hello: {
        cbor::MapReader m(r, "hello", 8);
        HelloMessage h;
        m.key(1);
        h.protocolVersion = r.uint("protocol version");
        m.key(2);
        h.chainId = r.bytes("chain id", kChainIdSize, kChainIdSize);
        m.key(3);
        h.genesisHash = r.bytes("genesis hash", kHashSize, kHashSize);
        m.key(4);
        h.bestHeight = r.uint("best height");
        m.key(5);
        h.bestHash = r.bytes("best hash", kHashSize, kHashSize);
        m.key(6);
        h.totalWeight = r.uint("total weight");
        m.key(7);
        h.nodeKeyId = r.bytes("node key id", kHashSize, kHashSize);
        m.key(8);
        h.userAgent = readText(r, "user agent", kMaxUserAgentSize);
        m.finish();
        return h;
    }
    case MessageType::HelloAck: {
        cbor::MapReader m(r, "hello-ack", 0);
        m.finish();
        return HelloAckMessage{};
    }
    case MessageType::GetHeaders: {
        cbor::MapReader m(r, "getheaders", 2);
        GetHeadersMessage g;
        m.key(1);
        g.locator = readList(r, "locator", 1, kMaxLocatorHashes, kHashSize, kHashSize);
        if (m.optionalKey(2))
            g.stop = r.bytes("stop hash", kHashSize, kHashSize);
        m.finish();
        return g;
    }
    case MessageType::Headers: {
        cbor::MapReader m(r, "headers", 1);
        HeadersMessage h;
        m.key(1);
        h.headers = readList(r, "headers", 0, kMaxHeadersPerMessage, 1, kMaxHeaderSize);
        m.finish();
        return h;
    }
    case MessageType::GetBlocks: {
        cbor::MapReader m(r, "getblocks", 1);
        GetBlocksMessage g;
        m.key(1);
        g.hashes = readList(r, "block hashes", 1, kMaxBlocksPerRequest, kHashSize, kHashSize);
        m.finish();
        return g;
    }
    case MessageType::Block: {
        cbor::MapReader m(r, "block", 2);
        BlockMessage b;
        m.key(1);
        b.header = r.bytes("block header", 1, kMaxHeaderSize);
        m.key(2);
        b.body = r.bytes("block body", 1, kHardMaxBodySize);
        m.finish();
        return b;
    }
    case MessageType::Inv:
    case MessageType::NotFound: {
        const bool inv = static_cast<MessageType>(type) == MessageType::Inv;
        cbor::MapReader m(r, inv ? "inv" : "notfound", 2);
        QList<QByteArray> blocks, txs;
        if (m.optionalKey(1))
            blocks = readList(r, "block hashes", 1, inv ? kMaxInvBlocks : kMaxBlocksPerRequest, kHashSize, kHashSize);
        if (m.optionalKey(2))
            txs = readList(r, "transaction ids", 1, kMaxInvTxs, kHashSize, kHashSize);
        m.finish();
        if (blocks.isEmpty() && txs.isEmpty())
            r.fail(QStringLiteral("%1 names nothing").arg(inv ? QStringLiteral("inv") : QStringLiteral("notfound")));
        if (inv)
            return InvMessage{blocks, txs};
        return NotFoundMessage{blocks, txs};
    }
    case MessageType::GetTx: {
        cbor::MapReader m(r, "gettx", 1);
        GetTxMessage g;
        m.key(1);
        g.ids = readList(r, "transaction ids", 1, kMaxInvTxs, kHashSize, kHashSize);
        m.finish();
        return g;
    }
    case MessageType::Tx: {
        cbor::MapReader m(r, "tx", 1);
        TxMessage t;
        m.key(1);
        t.txs = readList(r, "transactions", 1, kMaxTxsPerMessage, 1, kMaxTxSize);
        m.finish();
        return t;
    }
    case MessageType::Ping:
    case MessageType::Pong: {
        const bool ping = static_cast<MessageType>(type) == MessageType::Ping;
        cbor::MapReader m(r, ping ? "ping" : "pong", 1);
        m.key(1);
        const quint64 nonce = r.uint("nonce");
        m.finish();
        if (ping)
            return PingMessage{nonce};
        return PongMessage{nonce};
    }
    case MessageType::Reject: {
        cbor::MapReader m(r, "reject", 3);
        RejectMessage j;
        m.key(1);
        j.code = r.uint("reject code");
        m.key(2);
        j.text = readText(r, "reject text", kMaxRejectTextSize);
        if (m.optionalKey(3))
            j.subject = r.bytes("reject subject", kHashSize, kHashSize);
        m.finish();
        return j;
    }
    }
    if (type >= kReservedPayloadTypeFirst && type <= kReservedPayloadTypeLast)
        r.fail(QStringLiteral("message type %1 is reserved for payload replication, which protocol version %2 does not define").arg(type).arg(kProtocolVersion));
    r.fail(QStringLiteral("unknown message type %1").arg(type));
}

} // namespace

MessageType PeerMessage::type() const
{
    return static_cast<MessageType>(body.index() + 1); // variant order = type numbers 1..13
}

LedgerResult<QByteArray> PeerMessage::encode() const
{
    cbor::Writer w;
    w.map(2);
    w.uint(1);
    w.uint(static_cast<quint64>(type()));
    w.uint(2);
    if (!std::visit(BodyWriter{w}, body))
        return LedgerResult<QByteArray>::failure(LedgerError::TooLarge,
                                                 QStringLiteral("%1 message outside the protocol's limits").arg(messageTypeName(type())));
    return w.take();
}

LedgerResult<PeerMessage> PeerMessage::decode(QByteArrayView bytes)
{
    auto decoded = cbor::decodeGuarded<PeerMessage>([&]() -> R {
        cbor::Reader r(bytes);
        cbor::MapReader m(r, "message", 2);
        m.key(1);
        const quint64 type = r.uint("message type");
        m.key(2);
        PeerMessage msg{readBody(r, type)};
        m.finish();
        r.expectEnd("message");
        return msg;
    });
    if (!decoded)
        return decoded;
    // The reader already insists on shortest forms and ascending keys; re-encoding is the
    // same belt-and-braces check the ledger's own decoders make.
    auto again = decoded->encode();
    if (!again || *again != bytes)
        return R::failure(LedgerError::NonCanonical, QStringLiteral("%1 message is not canonically encoded").arg(messageTypeName(decoded->type())));
    return decoded;
}

QString messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::Hello:
        return QStringLiteral("hello");
    case MessageType::HelloAck:
        return QStringLiteral("hello-ack");
    case MessageType::GetHeaders:
        return QStringLiteral("getheaders");
    case MessageType::Headers:
        return QStringLiteral("headers");
    case MessageType::GetBlocks:
        return QStringLiteral("getblocks");
    case MessageType::Block:
        return QStringLiteral("block");
    case MessageType::Inv:
        return QStringLiteral("inv");
    case MessageType::GetTx:
        return QStringLiteral("gettx");
    case MessageType::Tx:
        return QStringLiteral("tx");
    case MessageType::Ping:
        return QStringLiteral("ping");
    case MessageType::Pong:
        return QStringLiteral("pong");
    case MessageType::Reject:
        return QStringLiteral("reject");
    case MessageType::NotFound:
        return QStringLiteral("notfound");
    }
    return QStringLiteral("type %1").arg(static_cast<quint64>(type));
}

QByteArray frame(QByteArrayView message)
{
    QByteArray out(kFrameHeaderSize + message.size(), Qt::Uninitialized);
    qToBigEndian(static_cast<quint32>(message.size()), out.data());
    std::memcpy(out.data() + kFrameHeaderSize, message.data(), static_cast<std::size_t>(message.size()));
    return out;
}

FrameReader::Status FrameReader::next(QByteArray *message)
{
    if (m_buffer.size() - m_pos < kFrameHeaderSize)
        return Status::NeedMore;
    m_announced = qFromBigEndian<quint32>(m_buffer.constData() + m_pos);
    if (m_announced == 0)
        return Status::Empty;
    if (static_cast<qint64>(m_announced) > m_max)
        return Status::Oversize;
    if (m_buffer.size() - m_pos - kFrameHeaderSize < static_cast<qsizetype>(m_announced))
        return Status::NeedMore;
    *message = m_buffer.mid(m_pos + kFrameHeaderSize, m_announced);
    m_pos += kFrameHeaderSize + m_announced;
    // Compact once the consumed prefix dominates, so a long stream keeps a small buffer.
    if (m_pos > 64 * 1024 && m_pos * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    return Status::Message;
}

int fuzzPeerMessage(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto message = PeerMessage::decode(input);
    if (!message)
        return 0;
    auto again = message->encode();
    if (!again || *again != input)
        std::abort(); // a decoded message must re-encode to its own bytes
    if (const auto *b = std::get_if<BlockMessage>(&message->body)) {
        (void)BlockHeader::decode(b->header);
        (void)Block::decodeBody(b->body);
    } else if (const auto *h = std::get_if<HeadersMessage>(&message->body)) {
        for (const auto &header : h->headers)
            (void)BlockHeader::decode(header);
    } else if (const auto *t = std::get_if<TxMessage>(&message->body)) {
        for (const auto &tx : t->txs)
            (void)Transaction::decode(tx);
    }
    return 0;
}

} // namespace careledger::ledger::net
