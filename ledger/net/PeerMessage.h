#pragma once

// The peer wire protocol (docs/peer-protocol.md): every message is a canonical CBOR map
// {1: type, 2: body} sent as one frame, a u32 big-endian length followed by that many
// bytes. Decoding is strict: unknown types, unknown or missing keys, wrong CBOR types,
// lists over their caps, trailing bytes and non-canonical forms are all refused. Blocks,
// headers and transactions travel as their ledger encodings (byte strings): the codec
// checks the envelope; the ledger judges what is inside.

#include "ledger/LedgerError.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <variant>

namespace careledger::ledger::net {

inline constexpr quint64 kProtocolVersion = 1;
inline constexpr qsizetype kFrameHeaderSize = 4;
// Any message; a node raises it to fit the genesis' largest block (PeerNode does).
inline constexpr qsizetype kDefaultMaxMessageSize = 4 * 1024 * 1024;
inline constexpr qsizetype kMaxLocatorHashes = 64;
inline constexpr qsizetype kMaxHeadersPerMessage = 2000;
inline constexpr qsizetype kMaxBlocksPerRequest = 16;
inline constexpr qsizetype kMaxInvBlocks = 64;
inline constexpr qsizetype kMaxInvTxs = 1000;
inline constexpr qsizetype kMaxTxsPerMessage = 256;
inline constexpr qsizetype kMaxUserAgentSize = 64;
inline constexpr qsizetype kMaxRejectTextSize = 256;

enum class MessageType : quint64 {
    Hello = 1,
    HelloAck = 2,
    GetHeaders = 3,
    Headers = 4,
    GetBlocks = 5,
    Block = 6,
    Inv = 7,
    GetTx = 8,
    Tx = 9,
    Ping = 10,
    Pong = 11,
    Reject = 12,
    NotFound = 13,
};
// Types 32..47 are reserved for record payload replication (encrypted payloads to the
// nodes entitled to them), which protocol version 1 does not define.
inline constexpr quint64 kReservedPayloadTypeFirst = 32;
inline constexpr quint64 kReservedPayloadTypeLast = 47;

// Why a node says goodbye (the reject message's code).
enum class RejectCode : quint64 {
    Malformed = 1,
    Oversize = 2,
    WrongChain = 3,
    ProtocolVersion = 4,
    InvalidBlock = 5,
    InvalidTransaction = 6,
    RateLimited = 7,
    NotMember = 8,
    Banned = 9,
    DuplicateConnection = 10,
    ShuttingDown = 11,
    ProtocolViolation = 12,
    Timeout = 13,
};

struct HelloMessage {
    quint64 protocolVersion = kProtocolVersion;
    QByteArray chainId;     // 16 bytes
    QByteArray genesisHash; // 32 bytes
    quint64 bestHeight = 0;
    QByteArray bestHash; // 32 bytes
    quint64 totalWeight = 0;
    QByteArray nodeKeyId; // SHA-256 of the sender's node key SPKI: must match its certificate
    QString userAgent;    // UTF-8, at most 64 bytes
    bool operator==(const HelloMessage &) const = default;
};

struct HelloAckMessage {
    bool operator==(const HelloAckMessage &) const = default;
};

struct GetHeadersMessage {
    QList<QByteArray> locator; // 1..64 block hashes, best chain, newest first
    QByteArray stop;           // empty: as many as fit
    bool operator==(const GetHeadersMessage &) const = default;
};

struct HeadersMessage {
    QList<QByteArray> headers; // 0..2000 encoded headers, each connecting to the one before
    bool operator==(const HeadersMessage &) const = default;
};

struct GetBlocksMessage {
    QList<QByteArray> hashes; // 1..16
    bool operator==(const GetBlocksMessage &) const = default;
};

struct BlockMessage {
    QByteArray header; // encoded header (<= 512 bytes)
    QByteArray body;   // encoded body: CBOR array of transaction encodings
    bool operator==(const BlockMessage &) const = default;
};

struct InvMessage {
    QList<QByteArray> blocks; // 0..64 hashes
    QList<QByteArray> txs;    // 0..1000 ids; not both empty
    bool operator==(const InvMessage &) const = default;
};

struct GetTxMessage {
    QList<QByteArray> ids; // 1..1000
    bool operator==(const GetTxMessage &) const = default;
};

struct TxMessage {
    QList<QByteArray> txs; // 1..256 encoded transactions
    bool operator==(const TxMessage &) const = default;
};

struct PingMessage {
    quint64 nonce = 0;
    bool operator==(const PingMessage &) const = default;
};

struct PongMessage {
    quint64 nonce = 0;
    bool operator==(const PongMessage &) const = default;
};

struct RejectMessage {
    quint64 code = 0; // RejectCode; unknown codes are kept as numbers
    QString text;     // UTF-8, at most 256 bytes; for logs, never shown as is to users
    QByteArray subject; // optional hash of the block or transaction concerned
    bool operator==(const RejectMessage &) const = default;
};

struct NotFoundMessage {
    QList<QByteArray> blocks; // 0..16
    QList<QByteArray> txs;    // 0..1000; not both empty
    bool operator==(const NotFoundMessage &) const = default;
};

using MessageBody = std::variant<HelloMessage, HelloAckMessage, GetHeadersMessage, HeadersMessage, GetBlocksMessage, BlockMessage, InvMessage,
                                 GetTxMessage, TxMessage, PingMessage, PongMessage, RejectMessage, NotFoundMessage>;

struct PeerMessage {
    MessageBody body;

    MessageType type() const;
    // The canonical encoding; fails only for values outside the caps above (a programming
    // error on the sending side, reported rather than sent).
    LedgerResult<QByteArray> encode() const;
    static LedgerResult<PeerMessage> decode(QByteArrayView bytes);

    bool operator==(const PeerMessage &) const = default;
};

QString messageTypeName(MessageType type);

// u32 big-endian length || message.
QByteArray frame(QByteArrayView message);

// Cuts a byte stream into messages. Once it reports an error the stream is unusable.
class FrameReader {
public:
    explicit FrameReader(qsizetype maxMessageSize = kDefaultMaxMessageSize) : m_max(maxMessageSize) {}

    enum class Status { NeedMore, Message, Oversize, Empty };
    void append(QByteArrayView data) { m_buffer.append(data.data(), data.size()); }
    // Status::Message sets *message; Oversize as soon as a length above the cap is seen
    // (before the payload arrives); Empty for a zero length.
    Status next(QByteArray *message);
    qsizetype buffered() const { return m_buffer.size() - m_pos; }
    quint32 announcedLength() const { return m_announced; } // the length of the last frame header read

private:
    qsizetype m_max;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    quint32 m_announced = 0;
};

// libFuzzer-friendly: decodes arbitrary bytes as a message and, when that succeeds,
// checks that it re-encodes to the same bytes and that the ledger decoders accept or
// refuse what it carries without crashing. Aborts on an inconsistency; returns 0.
int fuzzPeerMessage(const std::uint8_t *data, std::size_t size);

} // namespace careledger::ledger::net
