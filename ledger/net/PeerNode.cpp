#include "PeerNode.h"

#include "ledger/Block.h"
#include "ledger/Transaction.h"

#include <QRandomGenerator>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

namespace careledger::ledger::net {

namespace {

constexpr qsizetype kMaxWanted = 50'000;     // headers ahead of the blocks: more waits until downloads catch up
constexpr qsizetype kWantedLowWater = 10'000;
constexpr int kMaxOrphans = 1024;            // blocks whose parent has not arrived yet
constexpr qsizetype kMaxRejectedTx = 20'000;
constexpr qsizetype kMaxInvalidBlocks = 10'000;
constexpr qsizetype kBlockMessageOverhead = 64 * 1024;

const char *kRefusedProperty = "careledgerRefused";

// Codes whose failure can never turn into success later: only a broken or hostile sender
// produces them. Everything else (unknown signer, sequence, timestamp) may be a race.
bool isPermanentTxFailure(LedgerError code)
{
    switch (code) {
    case LedgerError::Malformed:
    case LedgerError::NonCanonical:
    case LedgerError::TooLarge:
    case LedgerError::BadSignature:
    case LedgerError::WrongChain:
        return true;
    default:
        return false;
    }
}

RejectCode rejectCodeFor(Misbehaviour kind)
{
    switch (kind) {
    case Misbehaviour::Oversize:
        return RejectCode::Oversize;
    case Misbehaviour::Malformed:
        return RejectCode::Malformed;
    case Misbehaviour::WrongChain:
        return RejectCode::WrongChain;
    case Misbehaviour::InvalidBlock:
        return RejectCode::InvalidBlock;
    case Misbehaviour::InvalidTransaction:
        return RejectCode::InvalidTransaction;
    case Misbehaviour::Flood:
        return RejectCode::RateLimited;
    default:
        return RejectCode::ProtocolViolation;
    }
}

DisconnectReason reasonForReject(quint64 code)
{
    switch (static_cast<RejectCode>(code)) {
    case RejectCode::NotMember:
        return DisconnectReason::NotMember;
    case RejectCode::Banned:
        return DisconnectReason::Banned;
    case RejectCode::WrongChain:
        return DisconnectReason::WrongChain;
    case RejectCode::ProtocolVersion:
        return DisconnectReason::ProtocolVersion;
    case RejectCode::DuplicateConnection:
        return DisconnectReason::DuplicateConnection;
    case RejectCode::ShuttingDown:
        return DisconnectReason::ShuttingDown;
    case RejectCode::Timeout:
        return DisconnectReason::Timeout;
    default:
        return DisconnectReason::Closed;
    }
}

template <typename T>
QList<QList<T>> chunks(const QList<T> &items, qsizetype size)
{
    QList<QList<T>> out;
    for (qsizetype i = 0; i < items.size(); i += size)
        out.append(items.mid(i, size));
    return out;
}

} // namespace

int misbehaviourPoints(Misbehaviour kind)
{
    switch (kind) {
    case Misbehaviour::Oversize:
    case Misbehaviour::Malformed:
    case Misbehaviour::WrongChain:
    case Misbehaviour::InvalidBlock:
    case Misbehaviour::InvalidTransaction:
        return 100;
    case Misbehaviour::ProtocolViolation:
        return 20;
    case Misbehaviour::Unsolicited:
    case Misbehaviour::Flood:
        return 10;
    }
    return 100;
}

QString misbehaviourName(Misbehaviour kind)
{
    switch (kind) {
    case Misbehaviour::Oversize:
        return QStringLiteral("oversize message");
    case Misbehaviour::Malformed:
        return QStringLiteral("malformed message");
    case Misbehaviour::WrongChain:
        return QStringLiteral("wrong chain");
    case Misbehaviour::InvalidBlock:
        return QStringLiteral("invalid block");
    case Misbehaviour::InvalidTransaction:
        return QStringLiteral("invalid transaction");
    case Misbehaviour::Flood:
        return QStringLiteral("flood");
    case Misbehaviour::Unsolicited:
        return QStringLiteral("unsolicited data");
    case Misbehaviour::ProtocolViolation:
        return QStringLiteral("protocol violation");
    }
    return QStringLiteral("misbehaviour");
}

QString disconnectReasonName(DisconnectReason reason)
{
    switch (reason) {
    case DisconnectReason::None:
        return QStringLiteral("none");
    case DisconnectReason::Closed:
        return QStringLiteral("closed");
    case DisconnectReason::ConnectFailed:
        return QStringLiteral("connect failed");
    case DisconnectReason::NotMember:
        return QStringLiteral("not a member");
    case DisconnectReason::BadCertificate:
        return QStringLiteral("bad certificate");
    case DisconnectReason::Banned:
        return QStringLiteral("banned");
    case DisconnectReason::Misbehaviour:
        return QStringLiteral("misbehaviour");
    case DisconnectReason::WrongChain:
        return QStringLiteral("wrong chain");
    case DisconnectReason::ProtocolVersion:
        return QStringLiteral("protocol version");
    case DisconnectReason::DuplicateConnection:
        return QStringLiteral("duplicate connection");
    case DisconnectReason::SelfConnection:
        return QStringLiteral("self connection");
    case DisconnectReason::Timeout:
        return QStringLiteral("timeout");
    case DisconnectReason::TooManyPeers:
        return QStringLiteral("too many peers");
    case DisconnectReason::SlowReader:
        return QStringLiteral("slow reader");
    case DisconnectReason::Removed:
        return QStringLiteral("removed");
    case DisconnectReason::ShuttingDown:
        return QStringLiteral("shutting down");
    }
    return QStringLiteral("unknown");
}

struct PeerNode::Peer {
    PeerConnection *conn = nullptr;
    PeerInfo info;
    bool helloSent = false;
    bool helloReceived = false;
    bool helloAcked = false;
    qint64 startedAt = 0;
    qint64 lastMessageAt = 0;
    bool headersPending = false;
    bool headersAgain = false; // an announcement arrived while a headers request was out
    qint64 headersAskedAt = 0;
    QByteArray resumeFrom;     // more headers may follow this one (asked for when the queue drains)
    QHash<QByteArray, qint64> inFlight;
    QSet<QByteArray> txAsked;
    quint64 pingNonce = 0;
    qint64 pingSentAt = 0;
    qint64 lastPingAt = 0;
    DisconnectReason closeReason = DisconnectReason::None;

    bool live() const { return info.state != PeerState::Closing; }
    bool ready() const { return info.state == PeerState::Ready; }
};

struct PeerNode::StaticPeer {
    QString host;
    quint16 port = 0;
    QByteArray keyId;
    int connectionId = 0;
    QSslSocket *dialing = nullptr;
    qint64 dialStartedAt = 0;
    qint64 backoffMs = 0;
    qint64 nextAttemptAt = 0;
    DisconnectReason lastFailure = DisconnectReason::None;
    bool self = false;
};

PeerNode::PeerNode(ChainAccess &chain, PeerNodeConfig config, QObject *parent) : QObject(parent), m_chain(chain), m_config(std::move(config))
{
    qRegisterMetaType<PeerInfo>();
    qRegisterMetaType<BanInfo>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<DisconnectReason>();
    qRegisterMetaType<Misbehaviour>();
    m_config.headersPerMessage = qBound(1, m_config.headersPerMessage, int(kMaxHeadersPerMessage));
    m_config.maxBlocksInFlight = qBound(1, m_config.maxBlocksInFlight, 1024);
    m_uptime.start();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &PeerNode::flushAnnouncements);
    m_maintenanceTimer.setInterval(qBound(20, qMin(m_config.stallTimeoutMs, m_config.handshakeTimeoutMs) / 4, 250));
    connect(&m_maintenanceTimer, &QTimer::timeout, this, &PeerNode::maintain);
}

PeerNode::~PeerNode()
{
    stop();
    qDeleteAll(m_static);
}

quint64 PeerNode::chainNow() const
{
    return m_config.clock ? m_config.clock() : static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
}

PeerConnection::Limits PeerNode::connectionLimits() const
{
    return PeerConnection::Limits{m_maxMessageSize, m_config.messagesPerSecond, m_config.messageBurst, m_config.bytesPerSecond, m_config.byteBurst};
}

// ---- lifecycle -------------------------------------------------------------------------

NetStatus PeerNode::start(const core::EcPrivateKey &nodeKey, const TlsIdentity &identity)
{
    auto invalid = [](const QString &m) { return NetStatus::failure(NetError::InvalidIdentity, m); };
    if (m_running)
        return {};
    if (!QSslSocket::supportsSsl() || !QSslSocket::isProtocolSupported(QSsl::TlsV1_3))
        return NetStatus::failure(NetError::TlsUnavailable, QStringLiteral("this Qt build offers no TLS 1.3"));
    m_nodeKeyId = nodeKey.publicKey().keyId();
    if (m_nodeKeyId.isEmpty())
        return invalid(QStringLiteral("the node key is empty"));
    if (identity.certificate.publicKeyId() != m_nodeKeyId)
        return invalid(QStringLiteral("the certificate is for another key than the node key"));
    m_root = identity.root;
    const QByteArray genesisRoot = m_chain.genesis().rootCertificate;
    if (!genesisRoot.isEmpty()) {
        if (m_root.isNull()) {
            auto root = core::X509Certificate::fromDer(genesisRoot);
            if (!root)
                return invalid(root.message());
            m_root = std::move(root).value();
        } else if (m_root.toDer() != genesisRoot) {
            return invalid(QStringLiteral("the root certificate is not the one the genesis names"));
        }
    }
    if (m_root.isNull())
        return invalid(QStringLiteral("no consortium root certificate"));
    if (auto v = core::verifyNodeCertificate(identity.certificate, m_root, wallNow()); !v)
        return invalid(v.message());
    auto member = m_chain.isMember(m_nodeKeyId);
    if (!member || !*member)
        return invalid(QStringLiteral("the node key is not a member of this chain"));

    m_maxMessageSize = m_config.maxMessageSize > 0
                           ? m_config.maxMessageSize
                           : qMax(kDefaultMaxMessageSize, static_cast<qsizetype>(m_chain.genesis().params.maxBlockBytes) + kBlockMessageOverhead);

    const core::SecureBytes pem = core::privateKeyPem(nodeKey);
    QByteArray pemCopy(reinterpret_cast<const char *>(pem.data()), static_cast<qsizetype>(pem.size()));
    const QSslKey key(pemCopy, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    pemCopy.fill('\0');
    if (key.isNull())
        return invalid(QStringLiteral("the TLS backend cannot load the node key"));
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setProtocol(QSsl::TlsV1_3OrLater);
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_tls.setCaCertificates({QSslCertificate(m_root.toDer(), QSsl::Der)}); // replaces the system store
    m_tls.setLocalCertificate(QSslCertificate(identity.certificate.toDer(), QSsl::Der));
    m_tls.setPrivateKey(key);

    if (m_config.listen) {
        m_server = new QSslServer(this);
        m_server->setSslConfiguration(m_tls);
        m_server->setHandshakeTimeout(m_config.handshakeTimeoutMs);
        auto refuse = [this](QSslSocket *socket) {
            if (socket->property(kRefusedProperty).toBool())
                return;
            socket->setProperty(kRefusedProperty, true);
            emit connectionRefused(socket->peerAddress(), DisconnectReason::BadCertificate);
        };
        connect(m_server, &QSslServer::sslErrors, this, [refuse](QSslSocket *socket, const QList<QSslError> &) { refuse(socket); });
        connect(m_server, &QSslServer::errorOccurred, this, [refuse](QSslSocket *socket, QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInvalidUserDataError)
                refuse(socket);
        });
        connect(m_server, &QSslServer::pendingConnectionAvailable, this, &PeerNode::onPendingConnections);
        if (!m_server->listen(m_config.listenAddress, m_config.listenPort)) {
            const QString why = m_server->errorString();
            delete m_server;
            m_server = nullptr;
            return NetStatus::failure(NetError::ListenFailed, why);
        }
    }
    m_running = true;
    m_maintenanceTimer.start();
    for (StaticPeer *sp : std::as_const(m_static)) {
        sp->nextAttemptAt = 0;
        sp->backoffMs = m_config.reconnectInitialMs;
    }
    QTimer::singleShot(0, this, &PeerNode::maintain);
    if (m_server)
        emit listening(m_server->serverPort());
    return {};
}

void PeerNode::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_maintenanceTimer.stop();
    m_flushTimer.stop();
    for (StaticPeer *sp : std::as_const(m_static)) {
        if (sp->dialing) {
            sp->dialing->disconnect(this);
            sp->dialing->abort();
            sp->dialing->deleteLater();
            sp->dialing = nullptr;
        }
        sp->connectionId = 0;
    }
    const auto peers = m_peers;
    m_peers.clear();
    for (Peer *p : peers) {
        p->conn->disconnect(this);
        if (p->live())
            p->conn->closeWith(RejectCode::ShuttingDown, QStringLiteral("shutting down"));
        p->conn->deleteLater(); // the socket goes with it; the goodbye may not get out
        const bool wasReady = p->ready();
        PeerInfo info = p->info;
        delete p;
        if (wasReady)
            emit peerDisconnected(info, DisconnectReason::ShuttingDown);
    }
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    m_downloads.clear();
    m_orphans.clear();
    m_orphanCount = 0;
    m_txAsked.clear();
    m_pendingTxAnnouncements.clear();
    m_txAnnounceExcept.clear();
}

quint16 PeerNode::listenPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

// ---- static peers and queries ------------------------------------------------------------

void PeerNode::addPeer(const QString &host, quint16 port)
{
    for (const StaticPeer *sp : std::as_const(m_static))
        if (sp->host == host && sp->port == port)
            return;
    auto *sp = new StaticPeer;
    sp->host = host;
    sp->port = port;
    sp->backoffMs = m_config.reconnectInitialMs;
    m_static.append(sp);
    if (m_running)
        QTimer::singleShot(0, this, &PeerNode::maintain);
}

void PeerNode::removePeer(const QString &host, quint16 port)
{
    for (qsizetype i = 0; i < m_static.size(); ++i) {
        StaticPeer *sp = m_static[i];
        if (sp->host != host || sp->port != port)
            continue;
        m_static.removeAt(i);
        if (sp->dialing) {
            sp->dialing->disconnect(this);
            sp->dialing->abort();
            sp->dialing->deleteLater();
        }
        if (Peer *p = m_peers.value(sp->connectionId))
            drop(*p, DisconnectReason::Removed, RejectCode::ShuttingDown, QStringLiteral("removed"));
        delete sp;
        return;
    }
}

QList<StaticPeerInfo> PeerNode::staticPeers() const
{
    QList<StaticPeerInfo> out;
    const qint64 now = monotonicNow();
    for (const StaticPeer *sp : m_static) {
        StaticPeerInfo info{sp->host, sp->port, sp->keyId, sp->connectionId, {}, sp->lastFailure};
        if (!sp->connectionId && !sp->dialing)
            info.nextAttempt = wallNow().addMSecs(qMax<qint64>(0, sp->nextAttemptAt - now));
        out.append(info);
    }
    return out;
}

PeerNode::StaticPeer *PeerNode::staticFor(int connectionId)
{
    for (StaticPeer *sp : std::as_const(m_static))
        if (sp->connectionId == connectionId)
            return sp;
    return nullptr;
}

QList<PeerInfo> PeerNode::peers() const
{
    QList<PeerInfo> out;
    for (const Peer *p : m_peers) {
        PeerInfo info = p->info;
        info.bytesIn = p->conn->bytesIn();
        info.bytesOut = p->conn->bytesOut();
        info.blocksInFlight = static_cast<int>(p->inFlight.size());
        out.append(info);
    }
    std::sort(out.begin(), out.end(), [](const PeerInfo &a, const PeerInfo &b) { return a.id < b.id; });
    return out;
}

std::optional<PeerInfo> PeerNode::peer(const QByteArray &keyId) const
{
    for (const PeerInfo &info : peers())
        if (info.keyId == keyId && info.state == PeerState::Ready)
            return info;
    return std::nullopt;
}

void PeerNode::disconnectPeer(int connectionId)
{
    if (Peer *p = m_peers.value(connectionId))
        drop(*p, DisconnectReason::Removed, RejectCode::ShuttingDown, QStringLiteral("disconnected by the operator"));
}

QList<BanInfo> PeerNode::bans()
{
    return m_bans.list(wallNow());
}

void PeerNode::ban(const QByteArray &keyId, const QHostAddress &address, qint64 durationMs)
{
    const BanInfo info{keyId, address, wallNow().addMSecs(durationMs), Misbehaviour::ProtocolViolation, true};
    m_bans.ban(keyId, address, info.until, info.reason, true);
    emit peerBanned(info);
    for (Peer *p : std::as_const(m_peers))
        if (p->live() && ((!keyId.isEmpty() && p->info.keyId == keyId) || (!address.isNull() && addressKey(p->info.address) == addressKey(address))))
            drop(*p, DisconnectReason::Banned, RejectCode::Banned, QStringLiteral("banned"));
}

void PeerNode::unban(const QByteArray &keyId, const QHostAddress &address)
{
    if (!keyId.isEmpty())
        m_bans.unbanKey(keyId);
    if (!address.isNull())
        m_bans.unbanAddress(address);
}

SyncProgress PeerNode::syncProgress()
{
    SyncProgress s;
    if (auto tip = m_chain.tip())
        s.localHeight = tip->height;
    s.bestKnownHeight = s.localHeight;
    for (const Peer *p : std::as_const(m_peers)) {
        if (!p->ready())
            continue;
        s.bestKnownHeight = qMax(s.bestKnownHeight, p->info.bestHeight);
        s.blocksInFlight += static_cast<int>(p->inFlight.size());
        s.syncing = s.syncing || p->headersPending;
    }
    s.bestKnownHeight = qMax(s.bestKnownHeight, m_downloads.highest());
    s.blocksWanted = static_cast<int>(m_downloads.size());
    s.syncing = s.syncing || m_downloads.size() > 0;
    return s;
}

void PeerNode::emitProgressIfChanged()
{
    const SyncProgress s = syncProgress();
    if (s.localHeight != m_lastProgress.localHeight || s.bestKnownHeight != m_lastProgress.bestKnownHeight
        || s.blocksWanted != m_lastProgress.blocksWanted || s.syncing != m_lastProgress.syncing) {
        m_lastProgress = s;
        emit syncProgressChanged(s);
    }
}

// ---- connections -----------------------------------------------------------------------

void PeerNode::dial(StaticPeer &sp)
{
    auto *socket = new QSslSocket(this);
    socket->setSslConfiguration(m_tls);
    sp.dialing = socket;
    sp.dialStartedAt = monotonicNow();
    StaticPeer *spp = &sp;
    // Identity is the member key id in the certificate, not a host name: only the name
    // check may be waived; every chain error still fails the handshake.
    connect(socket, &QSslSocket::sslErrors, this, [socket](const QList<QSslError> &errors) {
        const bool onlyName = std::all_of(errors.begin(), errors.end(), [](const QSslError &e) { return e.error() == QSslError::HostNameMismatch; });
        if (onlyName)
            socket->ignoreSslErrors(errors);
        else
            socket->setProperty(kRefusedProperty, true);
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, spp] {
        if (!m_static.contains(spp) || spp->dialing != socket)
            return;
        socket->disconnect(this);
        spp->dialing = nullptr;
        QByteArray keyId;
        core::X509Certificate cert;
        if (auto refused = checkPeerCertificate(socket, &keyId, &cert)) {
            spp->lastFailure = *refused;
            spp->self = *refused == DisconnectReason::SelfConnection;
            spp->nextAttemptAt = monotonicNow() + spp->backoffMs;
            spp->backoffMs = qMin<qint64>(spp->backoffMs * 2, m_config.reconnectMaxMs);
            emit connectionRefused(socket->peerAddress(), *refused);
            socket->abort();
            socket->deleteLater();
            return;
        }
        Peer &p = adopt(socket, false, keyId, cert);
        spp->connectionId = p.info.id;
        spp->keyId = keyId;
    });
    auto failed = [this, socket, spp] {
        if (!m_static.contains(spp) || spp->dialing != socket)
            return;
        socket->disconnect(this);
        spp->dialing = nullptr;
        spp->lastFailure = socket->property(kRefusedProperty).toBool() ? DisconnectReason::BadCertificate : DisconnectReason::ConnectFailed;
        spp->nextAttemptAt = monotonicNow() + spp->backoffMs;
        spp->backoffMs = qMin<qint64>(spp->backoffMs * 2, m_config.reconnectMaxMs);
        emit connectionRefused(socket->peerAddress(), spp->lastFailure);
        socket->abort();
        socket->deleteLater();
    };
    connect(socket, &QSslSocket::errorOccurred, this, failed);
    connect(socket, &QSslSocket::disconnected, this, failed);
    socket->connectToHostEncrypted(sp.host, sp.port);
}

std::optional<DisconnectReason> PeerNode::checkPeerCertificate(QSslSocket *socket, QByteArray *keyId, core::X509Certificate *cert)
{
    const QSslCertificate presented = socket->peerCertificate();
    if (presented.isNull())
        return DisconnectReason::BadCertificate;
    auto parsed = core::X509Certificate::fromDer(presented.toDer());
    if (!parsed || !core::verifyNodeCertificate(*parsed, m_root, wallNow()))
        return DisconnectReason::BadCertificate;
    *cert = *parsed;
    *keyId = parsed->publicKeyId();
    if (m_bans.isKeyBanned(*keyId, wallNow()))
        return DisconnectReason::Banned;
    if (*keyId == m_nodeKeyId)
        return DisconnectReason::SelfConnection;
    auto member = m_chain.isMember(*keyId);
    if (!member) {
        emit engineError(member.message());
        return DisconnectReason::NotMember;
    }
    if (!*member)
        return DisconnectReason::NotMember;
    return std::nullopt;
}

void PeerNode::onPendingConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        const QHostAddress address = socket->peerAddress();
        std::optional<DisconnectReason> refused;
        QByteArray keyId;
        core::X509Certificate cert;
        if (m_bans.isAddressBanned(address, wallNow()))
            refused = DisconnectReason::Banned;
        else if (std::count_if(m_peers.begin(), m_peers.end(), [](const Peer *p) { return p->conn->inbound() && p->live(); }) >= m_config.maxInboundPeers)
            refused = DisconnectReason::TooManyPeers;
        else
            refused = checkPeerCertificate(socket, &keyId, &cert);
        if (refused) {
            // Nothing is sent: a non-member learns nothing beyond the TLS handshake.
            emit connectionRefused(address, *refused);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        adopt(socket, true, keyId, cert);
    }
}

PeerNode::Peer &PeerNode::adopt(QSslSocket *socket, bool inbound, const QByteArray &keyId, const core::X509Certificate &cert)
{
    auto *p = new Peer;
    const int id = m_nextId++;
    p->conn = new PeerConnection(id, socket, inbound, connectionLimits(), this);
    p->info.id = id;
    p->info.address = socket->peerAddress();
    p->info.port = socket->peerPort();
    p->info.inbound = inbound;
    p->info.state = PeerState::Handshaking;
    p->info.keyId = keyId;
    if (auto member = m_chain.memberId(keyId))
        p->info.memberId = *member;
    p->info.certificateName = cert.subjectCommonName();
    p->info.organization = cert.subjectOrganization();
    p->info.connectedAt = wallNow();
    p->startedAt = p->lastMessageAt = p->lastPingAt = monotonicNow();
    m_peers.insert(id, p);

    connect(p->conn, &PeerConnection::messageReceived, this, [this, id](const PeerMessage &m) { onMessage(id, m); });
    connect(p->conn, &PeerConnection::fault, this, [this, id](Misbehaviour kind, const QString &detail) {
        if (Peer *peer = m_peers.value(id); peer && peer->live())
            misbehave(*peer, kind, detail);
    });
    // Queued: a connection may close inside one of our own handlers; the peer record must
    // stay valid until that handler has returned.
    connect(p->conn, &PeerConnection::closed, this, [this, id] { onClosed(id); }, Qt::QueuedConnection);

    auto tip = m_chain.tip();
    if (!tip) {
        emit engineError(tip.message());
        drop(*p, DisconnectReason::ShuttingDown, RejectCode::ShuttingDown, QStringLiteral("engine unavailable"));
        return *p;
    }
    HelloMessage hello{kProtocolVersion, m_chain.genesis().chainId, m_chain.genesisHash(), tip->height, tip->hash, tip->totalWeight, m_nodeKeyId,
                       m_config.userAgent.left(kMaxUserAgentSize / 4)};
    p->conn->startReading();
    p->helloSent = send(*p, hello);
    return *p;
}

void PeerNode::onClosed(int id)
{
    Peer *p = m_peers.take(id);
    if (!p)
        return;
    const DisconnectReason reason = p->closeReason == DisconnectReason::None ? DisconnectReason::Closed : p->closeReason;
    const bool wasReady = p->helloReceived && p->helloAcked;
    unassign(*p);
    m_downloads.forgetPeer(id);
    for (const QByteArray &txId : std::as_const(p->txAsked))
        m_txAsked.remove(txId);
    if (StaticPeer *sp = staticFor(id)) {
        sp->connectionId = 0;
        sp->lastFailure = reason;
        sp->nextAttemptAt = monotonicNow() + sp->backoffMs;
        sp->backoffMs = qMin<qint64>(sp->backoffMs * 2, m_config.reconnectMaxMs);
    }
    PeerInfo info = p->info;
    info.state = PeerState::Closing;
    info.bytesIn = p->conn->bytesIn();
    info.bytesOut = p->conn->bytesOut();
    p->conn->deleteLater();
    delete p;
    if (wasReady)
        emit peerDisconnected(info, reason);
    scheduleDownloads();
    emitProgressIfChanged();
}

void PeerNode::drop(Peer &p, DisconnectReason reason, RejectCode code, const QString &text)
{
    if (!p.live())
        return;
    p.closeReason = reason;
    p.info.state = PeerState::Closing;
    unassign(p);
    p.conn->closeWith(code, text);
}

void PeerNode::misbehave(Peer &p, Misbehaviour kind, const QString &detail)
{
    if (!p.live())
        return;
    const int points = misbehaviourPoints(kind);
    p.info.score += points;
    emit peerMisbehaved(p.info, kind, points);
    const bool streamBroken = kind == Misbehaviour::Oversize || kind == Misbehaviour::Malformed;
    if (p.info.score >= m_config.banThreshold) {
        const BanInfo info{p.info.keyId, p.info.address, wallNow().addMSecs(m_config.banDurationMs), kind, false};
        m_bans.ban(info.keyId, info.address, info.until, kind, false);
        // Whatever it handed us that is not settled on the chain goes with it.
        forgetWhatPeerSent(p);
        drop(p, DisconnectReason::Misbehaviour, rejectCodeFor(kind), misbehaviourName(kind) + QStringLiteral(": ") + detail.left(120));
        emit peerBanned(info);
        // Every other connection of the same member (or from the same address) goes too.
        for (Peer *other : std::as_const(m_peers))
            if (other != &p && other->live()
                && (other->info.keyId == info.keyId || addressKey(other->info.address) == addressKey(info.address)))
                drop(*other, DisconnectReason::Banned, RejectCode::Banned, QStringLiteral("banned"));
    } else if (streamBroken) {
        drop(p, DisconnectReason::Misbehaviour, rejectCodeFor(kind), misbehaviourName(kind));
    }
}

void PeerNode::forgetWhatPeerSent(Peer &p)
{
    QList<QByteArray> txs;
    for (auto it = m_txSource.begin(); it != m_txSource.end();) {
        if (it.value() == p.info.id) {
            txs.append(it.key());
            m_pendingTxAnnouncements.removeAll(it.key());
            it = m_txSource.erase(it);
        } else {
            ++it;
        }
    }
    if (!txs.isEmpty())
        m_chain.discardTransactions(txs);
    for (auto it = m_orphans.begin(); it != m_orphans.end();) {
        auto &list = it.value();
        const auto before = list.size();
        list.removeIf([&](const OrphanBlock &o) { return o.from == p.info.id; });
        m_orphanCount -= static_cast<int>(before - list.size());
        it = list.isEmpty() ? m_orphans.erase(it) : std::next(it);
    }
    // Headers it announced are hearsay now: only other peers' word keeps them wanted.
    unassign(p);
    m_downloads.forgetPeer(p.info.id);
}

bool PeerNode::send(Peer &p, const MessageBody &body)
{
    if (!p.live())
        return false;
    const bool sent = p.conn->send(PeerMessage{body});
    if (sent && p.conn->writeBacklog() > m_config.maxWriteBacklog)
        drop(p, DisconnectReason::SlowReader, RejectCode::Timeout, QStringLiteral("not reading"));
    return sent;
}

// ---- messages --------------------------------------------------------------------------

void PeerNode::onMessage(int id, const PeerMessage &message)
{
    Peer *pp = m_peers.value(id);
    if (!pp || !pp->live())
        return;
    Peer &p = *pp;
    p.info.lastSeen = wallNow();
    p.lastMessageAt = monotonicNow();
    const MessageType type = message.type();
    const bool handshakeMessage = type == MessageType::Hello || type == MessageType::HelloAck || type == MessageType::Ping
        || type == MessageType::Pong || type == MessageType::Reject;
    if (!p.ready() && !handshakeMessage) {
        misbehave(p, Misbehaviour::ProtocolViolation, messageTypeName(type) + QStringLiteral(" before the handshake"));
        return;
    }
    std::visit(
        [&](const auto &m) {
            using M = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<M, HelloMessage>)
                onHello(p, m);
            else if constexpr (std::is_same_v<M, HelloAckMessage>)
                onHelloAck(p);
            else if constexpr (std::is_same_v<M, GetHeadersMessage>)
                onGetHeaders(p, m);
            else if constexpr (std::is_same_v<M, HeadersMessage>)
                onHeaders(p, m);
            else if constexpr (std::is_same_v<M, GetBlocksMessage>)
                onGetBlocks(p, m);
            else if constexpr (std::is_same_v<M, BlockMessage>)
                onBlock(p, m);
            else if constexpr (std::is_same_v<M, InvMessage>)
                onInv(p, m);
            else if constexpr (std::is_same_v<M, GetTxMessage>)
                onGetTx(p, m);
            else if constexpr (std::is_same_v<M, TxMessage>)
                onTx(p, m);
            else if constexpr (std::is_same_v<M, NotFoundMessage>)
                onNotFound(p, m);
            else if constexpr (std::is_same_v<M, PingMessage>)
                send(p, PongMessage{m.nonce});
            else if constexpr (std::is_same_v<M, PongMessage>) {
                if (p.pingSentAt && m.nonce == p.pingNonce)
                    p.pingSentAt = 0;
            } else if constexpr (std::is_same_v<M, RejectMessage>) {
                // The peer says goodbye; not held against it.
                p.closeReason = reasonForReject(m.code);
                p.info.state = PeerState::Closing;
                unassign(p);
                p.conn->abort();
            }
        },
        message.body);
    if (p.live())
        emitProgressIfChanged();
}

void PeerNode::onHello(Peer &p, const HelloMessage &m)
{
    if (p.helloReceived) {
        misbehave(p, Misbehaviour::ProtocolViolation, QStringLiteral("second hello"));
        return;
    }
    if (m.protocolVersion != kProtocolVersion) {
        drop(p, DisconnectReason::ProtocolVersion, RejectCode::ProtocolVersion, QStringLiteral("protocol version %1 only").arg(kProtocolVersion));
        return;
    }
    if (m.chainId != m_chain.genesis().chainId || m.genesisHash != m_chain.genesisHash()) {
        misbehave(p, Misbehaviour::WrongChain, QStringLiteral("hello for another chain"));
        if (p.live())
            drop(p, DisconnectReason::WrongChain, RejectCode::WrongChain, QStringLiteral("another chain"));
        return;
    }
    if (m.nodeKeyId != p.info.keyId) {
        misbehave(p, Misbehaviour::WrongChain, QStringLiteral("hello names another key than the certificate"));
        if (p.live())
            drop(p, DisconnectReason::BadCertificate, RejectCode::ProtocolViolation, QStringLiteral("key id mismatch"));
        return;
    }
    p.helloReceived = true;
    p.info.bestHeight = m.bestHeight;
    p.info.bestHash = m.bestHash;
    p.info.totalWeight = m.totalWeight;
    p.info.userAgent = m.userAgent;

    // One connection per member. Both ends keep the one dialled by the lower key id, so
    // they agree without talking about it; two in the same direction: the newer wins.
    const bool keepOutbound = m_nodeKeyId < p.info.keyId;
    for (Peer *other : std::as_const(m_peers)) {
        if (other == &p || !other->live() || other->info.keyId != p.info.keyId)
            continue;
        const bool pPreferred = other->conn->inbound() == p.conn->inbound() ? true : (!p.conn->inbound()) == keepOutbound;
        if (pPreferred) {
            drop(*other, DisconnectReason::DuplicateConnection, RejectCode::DuplicateConnection, QStringLiteral("duplicate connection"));
        } else {
            drop(p, DisconnectReason::DuplicateConnection, RejectCode::DuplicateConnection, QStringLiteral("duplicate connection"));
            return;
        }
    }
    if (StaticPeer *sp = staticFor(p.info.id))
        sp->keyId = p.info.keyId;
    send(p, HelloAckMessage{});
    becomeReadyIfDone(p);
}

void PeerNode::onHelloAck(Peer &p)
{
    if (!p.helloSent || p.helloAcked) {
        misbehave(p, Misbehaviour::ProtocolViolation, QStringLiteral("unexpected hello-ack"));
        return;
    }
    p.helloAcked = true;
    becomeReadyIfDone(p);
}

void PeerNode::becomeReadyIfDone(Peer &p)
{
    if (!p.live() || p.ready() || !p.helloReceived || !p.helloAcked)
        return;
    p.info.state = PeerState::Ready;
    if (StaticPeer *sp = staticFor(p.info.id)) {
        sp->backoffMs = m_config.reconnectInitialMs;
        sp->lastFailure = DisconnectReason::None;
    }
    emit peerConnected(p.info);
    // What waits here may be news there: a validator on the other side can seal it.
    const QList<QByteArray> waiting = m_chain.waitingTransactionIds();
    for (const auto &chunk : chunks(waiting, kMaxInvTxs))
        send(p, InvMessage{{}, chunk});
    auto status = m_chain.blockStatus(p.info.bestHash);
    if (status && *status == ChainAccess::BlockStatus::Unknown)
        requestHeaders(p);
}

void PeerNode::onGetHeaders(Peer &p, const GetHeadersMessage &m)
{
    auto headers = m_chain.headersAfter(m.locator, m.stop, m_config.headersPerMessage);
    if (!headers) {
        emit engineError(headers.message());
        return;
    }
    send(p, HeadersMessage{*headers});
}

void PeerNode::onHeaders(Peer &p, const HeadersMessage &m)
{
    if (!p.headersPending) {
        misbehave(p, Misbehaviour::Unsolicited, QStringLiteral("headers nobody asked for"));
        return;
    }
    p.headersPending = false;
    const bool again = std::exchange(p.headersAgain, false);
    if (m.headers.isEmpty()) {
        p.resumeFrom.clear();
        if (again)
            requestHeaders(p);
        return;
    }
    QByteArray previousHash;
    quint64 previousHeight = 0;
    for (qsizetype i = 0; i < m.headers.size(); ++i) {
        auto header = BlockHeader::decode(m.headers[i]);
        if (!header) {
            misbehave(p, Misbehaviour::InvalidBlock, QStringLiteral("header %1: %2").arg(i).arg(header.message()));
            return;
        }
        const QByteArray hash = header->hash();
        if (i == 0) {
            auto parent = m_chain.blockStatus(header->previousHash);
            if (!parent) {
                emit engineError(parent.message());
                return;
            }
            if (*parent == ChainAccess::BlockStatus::Invalid || m_invalidBlocks.contains(header->previousHash)) {
                misbehave(p, Misbehaviour::InvalidBlock, QStringLiteral("headers build on an invalid block"));
                return;
            }
            if (*parent == ChainAccess::BlockStatus::Unknown && !m_downloads.contains(header->previousHash)) {
                misbehave(p, Misbehaviour::InvalidBlock, QStringLiteral("headers do not connect to the chain"));
                return;
            }
        } else if (header->previousHash != previousHash || header->height != previousHeight + 1) {
            misbehave(p, Misbehaviour::InvalidBlock, QStringLiteral("headers do not form a chain"));
            return;
        }
        if (m_invalidBlocks.contains(hash)) {
            misbehave(p, Misbehaviour::InvalidBlock, QStringLiteral("headers name a block found invalid"));
            return;
        }
        previousHash = hash;
        previousHeight = header->height;
        auto known = m_chain.blockStatus(hash);
        if (!known) {
            emit engineError(known.message());
            return;
        }
        if (*known == ChainAccess::BlockStatus::Invalid) {
            misbehave(p, Misbehaviour::InvalidBlock, QStringLiteral("headers name a block found invalid"));
            return;
        }
        if (*known == ChainAccess::BlockStatus::Unknown)
            m_downloads.add(hash, header->height, p.info.id);
        if (header->height >= p.info.bestHeight) {
            p.info.bestHeight = header->height;
            p.info.bestHash = hash;
        }
    }
    // A non-empty answer may have a sequel; ask for it now unless the queue is already long.
    p.resumeFrom = previousHash;
    if (m_downloads.size() < kMaxWanted)
        requestHeaders(p, previousHash);
    scheduleDownloads();
}

void PeerNode::onGetBlocks(Peer &p, const GetBlocksMessage &m)
{
    QList<QByteArray> missing;
    for (const QByteArray &hash : m.hashes) {
        if (!p.live())
            return;
        if (hash == m_chain.genesisHash()) { // everybody has it; its body is not a block body
            missing.append(hash);
            continue;
        }
        auto raw = m_chain.rawBlock(hash);
        if (!raw) {
            emit engineError(raw.message());
            return;
        }
        if (!*raw) {
            missing.append(hash);
            continue;
        }
        send(p, BlockMessage{(*raw)->header, (*raw)->body});
    }
    if (!missing.isEmpty())
        send(p, NotFoundMessage{missing, {}});
}

void PeerNode::onBlock(Peer &p, const BlockMessage &m)
{
    auto header = BlockHeader::decode(m.header);
    if (!header) {
        misbehave(p, Misbehaviour::InvalidBlock, header.message());
        return;
    }
    const QByteArray hash = header->hash();
    if (!p.inFlight.remove(hash)) {
        misbehave(p, Misbehaviour::Unsolicited, QStringLiteral("block nobody asked for"));
        return;
    }
    m_downloads.arrived(hash);
    auto txs = Block::decodeBody(m.body);
    if (!txs) {
        if (m_invalidBlocks.size() < kMaxInvalidBlocks)
            m_invalidBlocks.insert(hash);
        misbehave(p, Misbehaviour::InvalidBlock, txs.message());
        return;
    }
    if (header->height > p.info.bestHeight) {
        p.info.bestHeight = header->height;
        p.info.bestHash = hash;
    }
    connectBlock(&p, Block{*header, std::move(txs).value()}, hash);
    scheduleDownloads();
}

bool PeerNode::connectBlock(Peer *from, const Block &block, const QByteArray &hash, bool drainOrphans)
{
    auto outcome = m_chain.acceptBlock(block, chainNow());
    if (!outcome) {
        switch (outcome.code()) {
        case LedgerError::UnknownParent:
            // Arrived before its parent (two peers, or a parent still in flight).
            if (m_orphanCount < kMaxOrphans && from) {
                m_orphans[block.header.previousHash].append(OrphanBlock{block, hash, from->info.id});
                ++m_orphanCount;
                if (!m_downloads.contains(block.header.previousHash))
                    requestHeaders(*from);
            } else if (from) {
                m_downloads.add(hash, block.header.height, from->info.id); // no room: fetch it again later
            }
            return false;
        case LedgerError::Storage:
        case LedgerError::Cancelled:
            emit engineError(outcome.message());
            return false;
        default:
            // The ledger refused it and rolled everything back: nothing of it is stored.
            if (m_invalidBlocks.size() < kMaxInvalidBlocks)
                m_invalidBlocks.insert(hash);
            // Its descendants waiting here are invalid too.
            QList<QByteArray> doomed{hash};
            while (!doomed.isEmpty()) {
                const auto children = m_orphans.take(doomed.takeFirst());
                m_orphanCount -= static_cast<int>(children.size());
                for (const OrphanBlock &o : children) {
                    m_invalidBlocks.insert(o.hash);
                    doomed.append(o.hash);
                }
            }
            if (from)
                misbehave(*from, Misbehaviour::InvalidBlock, outcome.message());
            return false;
        }
    }
    emit blockAccepted(hash, block.header.height);
    for (const QByteArray &txId : std::as_const(outcome->orphanedTxIds)) {
        m_pendingTxAnnouncements.append(txId);
        m_txAnnounceExcept.remove(txId);
    }
    if (outcome->tipChanged)
        afterTipChange(true);
    if (drainOrphans)
        connectOrphansOf(hash);
    return true;
}

void PeerNode::connectOrphansOf(const QByteArray &parentHash)
{
    QList<QByteArray> parents{parentHash};
    while (!parents.isEmpty()) {
        const auto children = m_orphans.take(parents.takeFirst());
        m_orphanCount -= static_cast<int>(children.size());
        for (const OrphanBlock &o : children) {
            Peer *from = m_peers.value(o.from);
            if (connectBlock(from && from->live() ? from : nullptr, o.block, o.hash, false))
                parents.append(o.hash);
        }
    }
}

void PeerNode::onInv(Peer &p, const InvMessage &m)
{
    bool needHeaders = false;
    for (const QByteArray &hash : m.blocks) {
        if (m_invalidBlocks.contains(hash) || m_downloads.contains(hash))
            continue;
        auto status = m_chain.blockStatus(hash);
        if (!status) {
            emit engineError(status.message());
            return;
        }
        if (*status == ChainAccess::BlockStatus::Unknown)
            needHeaders = true;
    }
    if (needHeaders) {
        if (p.headersPending)
            p.headersAgain = true;
        else
            requestHeaders(p);
    }
    QList<QByteArray> ask;
    const qint64 now = monotonicNow();
    for (const QByteArray &id : m.txs) {
        if (m_rejectedTx.contains(id) || m_chain.isWaiting(id))
            continue;
        auto asked = m_txAsked.constFind(id);
        if (asked != m_txAsked.constEnd() && now - *asked < m_config.stallTimeoutMs)
            continue;
        ask.append(id);
        m_txAsked.insert(id, now);
        p.txAsked.insert(id);
    }
    for (const auto &chunk : chunks(ask, kMaxInvTxs))
        send(p, GetTxMessage{chunk});
}

void PeerNode::onGetTx(Peer &p, const GetTxMessage &m)
{
    QList<QByteArray> found;
    QList<QByteArray> missing;
    for (const QByteArray &id : m.ids) {
        if (auto tx = m_chain.waitingTransaction(id))
            found.append(tx->encode());
        else
            missing.append(id);
    }
    for (const auto &chunk : chunks(found, kMaxTxsPerMessage))
        send(p, TxMessage{chunk});
    if (!missing.isEmpty())
        send(p, NotFoundMessage{{}, missing});
}

void PeerNode::onTx(Peer &p, const TxMessage &m)
{
    const quint64 now = chainNow();
    for (const QByteArray &encoded : m.txs) {
        if (!p.live())
            return;
        auto tx = Transaction::decode(encoded);
        if (!tx) {
            misbehave(p, Misbehaviour::InvalidTransaction, tx.message());
            continue;
        }
        const QByteArray id = tx->id();
        if (!p.txAsked.remove(id)) {
            misbehave(p, Misbehaviour::Unsolicited, QStringLiteral("transaction nobody asked for"));
            continue;
        }
        m_txAsked.remove(id);
        auto accepted = m_chain.acceptTransaction(*tx, now);
        if (accepted) {
            m_txSource.insert(id, p.info.id);
            m_pendingTxAnnouncements.append(id);
            m_txAnnounceExcept.insert(id, p.info.id);
            m_flushTimer.start();
            emit transactionAccepted(id);
        } else if (isPermanentTxFailure(accepted.code())) {
            if (m_rejectedTx.size() < kMaxRejectedTx)
                m_rejectedTx.insert(id);
            misbehave(p, Misbehaviour::InvalidTransaction, accepted.message());
        } else if (accepted.code() == LedgerError::Storage) {
            emit engineError(accepted.message());
        } else if (accepted.code() != LedgerError::Duplicate && m_rejectedTx.size() < kMaxRejectedTx) {
            m_rejectedTx.insert(id); // may become valid after the next block: asked again then
        }
    }
}

void PeerNode::onNotFound(Peer &p, const NotFoundMessage &m)
{
    for (const QByteArray &hash : m.blocks) {
        if (p.inFlight.remove(hash))
            m_downloads.release(hash, p.info.id, false);
    }
    for (const QByteArray &id : m.txs)
        if (p.txAsked.remove(id))
            m_txAsked.remove(id);
    scheduleDownloads();
}

// ---- sync ------------------------------------------------------------------------------

void PeerNode::requestHeaders(Peer &p, const QByteArray &from)
{
    if (!p.ready() || p.headersPending)
        return;
    auto locator = m_chain.locator();
    if (!locator) {
        emit engineError(locator.message());
        return;
    }
    QList<QByteArray> hashes = *locator;
    if (!from.isEmpty())
        hashes.prepend(from);
    if (hashes.size() > kMaxLocatorHashes)
        hashes.remove(kMaxLocatorHashes - 1, hashes.size() - kMaxLocatorHashes); // keeps genesis last
    if (send(p, GetHeadersMessage{hashes, {}})) {
        p.headersPending = true;
        p.headersAskedAt = monotonicNow();
    }
}

void PeerNode::scheduleDownloads()
{
    if (!m_downloads.hasUnassigned())
        return;
    const int max = m_config.maxBlocksInFlight;
    QList<Peer *> candidates;
    for (Peer *p : std::as_const(m_peers))
        if (p->ready())
            candidates.append(p);
    // Least loaded first, so blocks spread over the peers that have them.
    std::sort(candidates.begin(), candidates.end(), [](const Peer *a, const Peer *b) {
        return a->inFlight.size() != b->inFlight.size() ? a->inFlight.size() < b->inFlight.size() : a->info.id < b->info.id;
    });
    const qint64 now = monotonicNow();
    for (Peer *p : std::as_const(candidates)) {
        const int free = max - static_cast<int>(p->inFlight.size());
        // Refill in batches rather than one hash per message.
        if (free <= 0 || (!p->inFlight.isEmpty() && free < qMax(1, max / 2)))
            continue;
        const QList<QByteArray> batch = m_downloads.assign(p->info.id, free);
        for (const auto &chunk : chunks(batch, kMaxBlocksPerRequest)) {
            for (const QByteArray &hash : chunk)
                p->inFlight.insert(hash, now);
            send(*p, GetBlocksMessage{chunk});
        }
        if (!m_downloads.hasUnassigned())
            break;
    }
}

void PeerNode::unassign(Peer &p)
{
    // It will not deliver them: they go to the other peers whose headers named them.
    for (auto it = p.inFlight.cbegin(); it != p.inFlight.cend(); ++it)
        m_downloads.release(it.key(), p.info.id, false);
    p.inFlight.clear();
}

void PeerNode::afterTipChange(bool notifyOwner)
{
    m_rejectedTx.clear(); // a transaction refused for its sequence or signer may fit now
    for (auto it = m_txSource.begin(); it != m_txSource.end();)
        it = m_chain.isWaiting(it.key()) ? std::next(it) : m_txSource.erase(it); // settled or dropped
    recheckMembership();
    m_tipAnnouncementPending = true;
    m_flushTimer.start();
    if (notifyOwner) {
        if (auto tip = m_chain.tip())
            emit tipChanged(tip->hash, tip->height);
    }
}

void PeerNode::recheckMembership()
{
    for (Peer *p : std::as_const(m_peers)) {
        if (!p->live())
            continue;
        auto member = m_chain.isMember(p->info.keyId);
        if (!member) {
            emit engineError(member.message());
            return;
        }
        if (!*member) {
            // Removed from the consortium: cut off now, and nothing it handed us or signed
            // that is still waiting stays.
            QList<QByteArray> theirs;
            for (const QByteArray &id : m_chain.waitingTransactionIds())
                if (auto tx = m_chain.waitingTransaction(id); tx && tx->signerKeyId == p->info.keyId)
                    theirs.append(id);
            m_chain.discardTransactions(theirs);
            forgetWhatPeerSent(*p);
            drop(*p, DisconnectReason::NotMember, RejectCode::NotMember, QStringLiteral("no longer a member"));
        }
    }
}

void PeerNode::announceTip()
{
    auto tip = m_chain.tip();
    if (!tip)
        return;
    for (Peer *p : std::as_const(m_peers))
        if (p->ready() && p->info.bestHash != tip->hash)
            send(*p, InvMessage{{tip->hash}, {}});
}

void PeerNode::flushAnnouncements()
{
    if (!m_running)
        return;
    if (std::exchange(m_tipAnnouncementPending, false))
        announceTip();
    if (m_pendingTxAnnouncements.isEmpty())
        return;
    const QList<QByteArray> ids = std::exchange(m_pendingTxAnnouncements, {});
    const auto except = std::exchange(m_txAnnounceExcept, {});
    for (Peer *p : std::as_const(m_peers)) {
        if (!p->ready())
            continue;
        QList<QByteArray> forPeer;
        for (const QByteArray &id : ids)
            if (except.value(id, 0) != p->info.id && m_chain.isWaiting(id))
                forPeer.append(id);
        for (const auto &chunk : chunks(forPeer, kMaxInvTxs))
            send(*p, InvMessage{{}, chunk});
    }
}

void PeerNode::localBlocksAdded()
{
    if (!m_running)
        return;
    afterTipChange(false);
    emitProgressIfChanged();
}

void PeerNode::localTransactionsAdded(const QList<QByteArray> &txIds)
{
    if (!m_running)
        return;
    for (const QByteArray &id : txIds) {
        m_pendingTxAnnouncements.append(id);
        m_txAnnounceExcept.remove(id);
    }
    m_flushTimer.start();
}

// ---- housekeeping ----------------------------------------------------------------------

void PeerNode::maintain()
{
    if (!m_running)
        return;
    const qint64 now = monotonicNow();
    for (Peer *p : std::as_const(m_peers)) {
        if (!p->live())
            continue;
        if (!p->ready()) {
            if (now - p->startedAt > m_config.handshakeTimeoutMs)
                drop(*p, DisconnectReason::Timeout, RejectCode::Timeout, QStringLiteral("handshake timed out"));
            continue;
        }
        bool stalled = p->headersPending && now - p->headersAskedAt > m_config.stallTimeoutMs;
        for (auto it = p->inFlight.cbegin(); !stalled && it != p->inFlight.cend(); ++it)
            stalled = now - it.value() > m_config.stallTimeoutMs;
        if (stalled) {
            // Its blocks go back to the queue for the other peers.
            drop(*p, DisconnectReason::Timeout, RejectCode::Timeout, QStringLiteral("download stalled"));
            continue;
        }
        if (p->pingSentAt && now - p->pingSentAt > m_config.pingTimeoutMs) {
            drop(*p, DisconnectReason::Timeout, RejectCode::Timeout, QStringLiteral("no pong"));
            continue;
        }
        if (!p->pingSentAt && now - p->lastPingAt >= m_config.pingIntervalMs) {
            p->pingNonce = QRandomGenerator::global()->generate64();
            p->pingSentAt = p->lastPingAt = now;
            send(*p, PingMessage{p->pingNonce});
        }
        if (!p->headersPending && !p->resumeFrom.isEmpty() && m_downloads.size() < kWantedLowWater)
            requestHeaders(*p, p->resumeFrom);
    }
    for (auto it = m_txAsked.begin(); it != m_txAsked.end();)
        it = now - it.value() > m_config.stallTimeoutMs ? m_txAsked.erase(it) : std::next(it);

    for (StaticPeer *sp : std::as_const(m_static)) {
        if (sp->dialing) {
            if (now - sp->dialStartedAt > m_config.handshakeTimeoutMs)
                sp->dialing->abort(); // reported through errorOccurred / disconnected
            continue;
        }
        if (sp->connectionId || sp->self || now < sp->nextAttemptAt)
            continue;
        if (!sp->keyId.isEmpty()) {
            const bool connected = std::any_of(m_peers.begin(), m_peers.end(), [&](const Peer *p) { return p->live() && p->info.keyId == sp->keyId; });
            if (connected)
                continue; // it dialled us: one connection per member is enough
            if (m_bans.isKeyBanned(sp->keyId, wallNow()))
                continue;
        }
        const QHostAddress literal(sp->host);
        if (!literal.isNull() && m_bans.isAddressBanned(literal, wallNow()))
            continue;
        dial(*sp);
    }
    emitProgressIfChanged();
}

} // namespace careledger::ledger::net
