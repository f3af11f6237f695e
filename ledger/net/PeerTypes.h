#pragma once

// What the peer layer tells its owner (services, careledger-node, the GUI through the
// services) and how it is tuned. Plain values: safe to copy across threads in queued
// signals. States and reasons are enums so each front end words them in its own language.

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

#include <functional>

namespace careledger::ledger::net {

enum class PeerState {
    Connecting,  // outbound TCP/TLS under way
    Handshaking, // TLS done and the peer is a member; waiting for its hello / our hello-ack
    Ready,       // hello exchanged: syncing and gossiping
    Closing,     // a goodbye was sent; nothing more is read
};

// Why a connection ended or was refused.
enum class DisconnectReason {
    None,
    Closed,              // the other side closed, or the network failed
    ConnectFailed,       // outbound connection or TLS handshake failed
    NotMember,           // the certificate's key is not (or no longer) a member of the chain
    BadCertificate,      // no certificate, another CA, expired, wrong role
    Banned,              // this key or address is banned
    Misbehaviour,        // score reached the ban threshold
    WrongChain,          // other chain id or genesis
    ProtocolVersion,     // a protocol version this node does not speak
    DuplicateConnection, // another connection to the same member is kept
    SelfConnection,      // we dialled ourselves
    Timeout,             // handshake, ping or block download stalled
    TooManyPeers,        // inbound slots full
    SlowReader,          // the peer does not read what it asked for
    Removed,             // the owner removed the peer
    ShuttingDown,        // this node stops
};

// What a peer did wrong; each kind has a fixed number of points (docs/peer-protocol.md).
enum class Misbehaviour {
    Oversize,           // a frame above the message size cap
    Malformed,          // a message that does not decode
    WrongChain,         // hello for another chain or genesis, or a key id unlike its certificate
    InvalidBlock,       // a block (or header run) the ledger refuses
    InvalidTransaction, // a transaction that can never be valid (bad encoding or signature, other chain)
    Flood,              // a message over the per-peer rate limits (dropped unread)
    Unsolicited,        // a block, headers or transaction nobody asked for
    ProtocolViolation,  // a message out of place (before the handshake, a second hello)
};

int misbehaviourPoints(Misbehaviour kind);

struct PeerInfo {
    int id = 0; // connection id, unique within one node's lifetime
    QHostAddress address;
    quint16 port = 0;
    bool inbound = false;
    PeerState state = PeerState::Connecting;
    QByteArray keyId;          // SHA-256 of the peer's node key SPKI (its member key id)
    QByteArray memberId;       // the member id the chain admitted this key under
    QString certificateName;   // certificate CN: the member id in hex
    QString organization;      // certificate O: the clinic, when the CA put one in
    QString userAgent;
    quint64 bestHeight = 0;    // what the peer announced or sent last
    QByteArray bestHash;
    quint64 totalWeight = 0;
    QDateTime connectedAt;     // UTC
    QDateTime lastSeen;        // UTC, last message received
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    int score = 0;             // misbehaviour points so far
    int blocksInFlight = 0;
};

struct BanInfo {
    QByteArray keyId;     // empty when only the address is banned
    QHostAddress address; // null when only the key is banned
    QDateTime until;      // UTC
    Misbehaviour reason = Misbehaviour::ProtocolViolation;
    bool manual = false;  // set by the owner rather than earned
};

struct StaticPeerInfo {
    QString host;
    quint16 port = 0;
    QByteArray keyId;        // learned at the first successful hello
    int connectionId = 0;    // 0 while not connected
    QDateTime nextAttempt;   // UTC, when disconnected
    DisconnectReason lastFailure = DisconnectReason::None;
};

struct SyncProgress {
    quint64 localHeight = 0;
    quint64 bestKnownHeight = 0; // the highest any ready peer announced (at least localHeight)
    int blocksWanted = 0;        // headers seen whose blocks are not stored yet
    int blocksInFlight = 0;
    bool syncing = false;
};

struct PeerNodeConfig {
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 listenPort = 0; // 0: any free port (see PeerNode::listenPort())
    bool listen = true;     // false: outbound only
    QString userAgent = QStringLiteral("CareLedger/0.1");

    int maxInboundPeers = 32;
    qsizetype maxMessageSize = 0; // 0: 4 MiB, raised to fit the genesis' largest block
    int maxBlocksInFlight = 16;   // per peer
    int headersPerMessage = 2000; // what this node serves per headers message (<= 2000)
    int stallTimeoutMs = 10'000;  // a block or headers request unanswered this long: drop the peer
    int handshakeTimeoutMs = 10'000;
    int pingIntervalMs = 30'000;
    int pingTimeoutMs = 30'000;
    int reconnectInitialMs = 1'000;
    int reconnectMaxMs = 60'000;
    qint64 maxWriteBacklog = 64 * 1024 * 1024; // bytes queued to a peer that does not read

    double messagesPerSecond = 500; // sustained, per peer
    double messageBurst = 1'000;
    double bytesPerSecond = 64.0 * 1024 * 1024;
    double byteBurst = 64.0 * 1024 * 1024;

    int banThreshold = 100;
    qint64 banDurationMs = 24LL * 3600 * 1000;

    std::function<quint64()> clock; // ms since the epoch for the chain rules; unset: the system clock
};

} // namespace careledger::ledger::net

Q_DECLARE_METATYPE(careledger::ledger::net::PeerInfo)
Q_DECLARE_METATYPE(careledger::ledger::net::BanInfo)
Q_DECLARE_METATYPE(careledger::ledger::net::SyncProgress)
Q_DECLARE_METATYPE(careledger::ledger::net::DisconnectReason)
Q_DECLARE_METATYPE(careledger::ledger::net::Misbehaviour)
