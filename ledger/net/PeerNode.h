#pragma once

// One workstation's presence on the consortium network: a mutual-TLS server and outbound
// connections to static peers, members only (checked against the chain at every new tip),
// headers-first sync into the chain engine, gossip of new blocks and transactions, per-peer
// rate limits, misbehaviour scores and temporary bans. Lives in, and must only be used
// from, the thread that owns it (the thread of its ChainAccess).

#include "BanList.h"
#include "BlockDownloads.h"
#include "ChainAccess.h"
#include "PeerConnection.h"
#include "PeerTypes.h"

#include "crypto/X509.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

class QSslServer;

namespace careledger::ledger::net {

enum class NetError {
    InvalidIdentity, // certificate, key and root do not belong together, or do not fit the chain
    TlsUnavailable,  // the Qt build has no TLS 1.3 backend
    ListenFailed,    // the port is taken or the address is not local
    NotStarted,
};
using NetStatus = core::Result<void, NetError>;

// The node's own TLS identity: its certificate (for the node key it is started with) and the
// consortium root every peer certificate must chain to. The root must equal the genesis'
// root certificate when the genesis carries one.
struct TlsIdentity {
    core::X509Certificate certificate;
    core::X509Certificate root;
};

class PeerNode : public QObject {
    Q_OBJECT

public:
    // The chain must outlive the node and live on the node's thread.
    PeerNode(ChainAccess &chain, PeerNodeConfig config = {}, QObject *parent = nullptr);
    ~PeerNode() override;

    // Checks that the certificate names the node key, is a node certificate of the root and
    // is valid now, that the node key is a member, then listens (unless config.listen is
    // false). The key is copied into the TLS configuration; the caller may drop its copy.
    NetStatus start(const core::EcPrivateKey &nodeKey, const TlsIdentity &identity);
    // Says goodbye to every peer and stops listening and dialling. start() may follow.
    void stop();
    bool isRunning() const { return m_running; }
    quint16 listenPort() const;
    QByteArray nodeKeyId() const { return m_nodeKeyId; }

    // Static peers are dialled at once and redialled with exponential back-off while absent.
    void addPeer(const QString &host, quint16 port);
    void removePeer(const QString &host, quint16 port); // forgets it and closes its connection
    QList<StaticPeerInfo> staticPeers() const;

    QList<PeerInfo> peers() const;
    std::optional<PeerInfo> peer(const QByteArray &keyId) const; // a ready peer
    void disconnectPeer(int connectionId);
    QList<BanInfo> bans();
    void ban(const QByteArray &keyId, const QHostAddress &address, qint64 durationMs); // by the owner
    void unban(const QByteArray &keyId, const QHostAddress &address);
    SyncProgress syncProgress();

public slots:
    // The owner sealed or otherwise connected blocks: announce the new tip and check that
    // every connected peer is still a member.
    void localBlocksAdded();
    // The owner put transactions into the pool: announce them.
    void localTransactionsAdded(const QList<QByteArray> &txIds);

signals:
    void listening(quint16 port);
    void peerConnected(const careledger::ledger::net::PeerInfo &peer);
    void peerDisconnected(const careledger::ledger::net::PeerInfo &peer, careledger::ledger::net::DisconnectReason reason);
    // A TLS handshake or membership check failed before the peer became a connection.
    void connectionRefused(const QHostAddress &address, careledger::ledger::net::DisconnectReason reason);
    void peerMisbehaved(const careledger::ledger::net::PeerInfo &peer, careledger::ledger::net::Misbehaviour kind, int points);
    void peerBanned(const careledger::ledger::net::BanInfo &ban);
    void blockAccepted(const QByteArray &hash, quint64 height); // from a peer, into the chain
    void tipChanged(const QByteArray &hash, quint64 height);    // through a block from a peer
    void transactionAccepted(const QByteArray &txId);          // from a peer, into the pool
    void syncProgressChanged(const careledger::ledger::net::SyncProgress &progress);
    // The engine failed underneath (storage); the text is for logs.
    void engineError(const QString &message);

private:
    struct Peer;
    struct StaticPeer;
    struct OrphanBlock {
        Block block;
        QByteArray hash;
        int from = 0;
    };

    quint64 chainNow() const;
    qint64 monotonicNow() const { return m_uptime.elapsed(); }
    QDateTime wallNow() const { return QDateTime::currentDateTimeUtc(); }
    PeerConnection::Limits connectionLimits() const;

    // connections
    void onPendingConnections();
    void dial(StaticPeer &sp);
    void onOutboundEncrypted(QSslSocket *socket, int staticIndex);
    std::optional<DisconnectReason> checkPeerCertificate(QSslSocket *socket, QByteArray *keyId, core::X509Certificate *cert);
    Peer &adopt(QSslSocket *socket, bool inbound, const QByteArray &keyId, const core::X509Certificate &cert);
    void onClosed(int id);
    void drop(Peer &p, DisconnectReason reason, RejectCode code, const QString &text);
    void misbehave(Peer &p, Misbehaviour kind, const QString &detail);
    void forgetWhatPeerSent(Peer &p);
    StaticPeer *staticFor(int connectionId);

    // messages
    void onMessage(int id, const PeerMessage &message);
    void onHello(Peer &p, const HelloMessage &m);
    void onHelloAck(Peer &p);
    void becomeReadyIfDone(Peer &p);
    void onGetHeaders(Peer &p, const GetHeadersMessage &m);
    void onHeaders(Peer &p, const HeadersMessage &m);
    void onGetBlocks(Peer &p, const GetBlocksMessage &m);
    void onBlock(Peer &p, const BlockMessage &m);
    void onInv(Peer &p, const InvMessage &m);
    void onGetTx(Peer &p, const GetTxMessage &m);
    void onTx(Peer &p, const TxMessage &m);
    void onNotFound(Peer &p, const NotFoundMessage &m);
    bool send(Peer &p, const MessageBody &body);

    // sync
    void requestHeaders(Peer &p, const QByteArray &from = {});
    void scheduleDownloads();
    void unassign(Peer &p);
    bool connectBlock(Peer *from, const Block &block, const QByteArray &hash, bool drainOrphans = true);
    void connectOrphansOf(const QByteArray &parentHash);
    void afterTipChange(bool notifyOwner);
    void recheckMembership();
    void announceTip();
    void flushAnnouncements();
    void emitProgressIfChanged();

    // housekeeping
    void maintain();

    ChainAccess &m_chain;
    PeerNodeConfig m_config;
    QByteArray m_nodeKeyId;
    core::X509Certificate m_root;
    QSslConfiguration m_tls;
    QSslServer *m_server = nullptr;
    bool m_running = false;
    qsizetype m_maxMessageSize = kDefaultMaxMessageSize;

    int m_nextId = 1;
    QHash<int, Peer *> m_peers; // owned
    QList<StaticPeer *> m_static; // owned
    BanList m_bans;

    BlockDownloads m_downloads;
    QHash<QByteArray, QList<OrphanBlock>> m_orphans;       // by parent hash
    int m_orphanCount = 0;
    QSet<QByteArray> m_invalidBlocks;
    QHash<QByteArray, int> m_txSource; // waiting tx id -> the peer that handed it over
    QSet<QByteArray> m_rejectedTx;     // refused recently: not asked for again until the tip moves
    QHash<QByteArray, qint64> m_txAsked; // id -> when asked (any peer)

    QList<QByteArray> m_pendingTxAnnouncements;
    QHash<QByteArray, int> m_txAnnounceExcept; // do not echo a transaction to its source
    bool m_tipAnnouncementPending = false;
    QTimer m_flushTimer;
    QTimer m_maintenanceTimer;
    QElapsedTimer m_uptime;
    SyncProgress m_lastProgress;
};

QString disconnectReasonName(DisconnectReason reason); // for logs
QString misbehaviourName(Misbehaviour kind);           // for logs

} // namespace careledger::ledger::net
