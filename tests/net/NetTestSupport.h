#pragma once

// A test consortium for the peer layer: a root CA, node keys 1..3 (validators and members),
// key 4 (member only), key 5 (holds a certificate but is no member); nodes on loopback, each
// with its own encrypted store; and a hand-driven raw peer for protocol-level attacks.

#include "../ledger/TestChain.h"

#include "crypto/X509.h"
#include "ledger/BlockProducer.h"
#include "ledger/Mempool.h"
#include "ledger/net/PeerMessage.h"
#include "ledger/net/PeerNode.h"
#include "ledger/net/StoreChainAccess.h"

#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTest>

#include <functional>

namespace careledger::ledger::net::test {

using ledger::test::fixedKey;
using ledger::test::fixedKeyId;
using ledger::test::fixedSpki;

inline const QHostAddress kLoopback{QStringLiteral("127.0.0.1")};

struct TestCa {
    core::EcPrivateKey key;
    core::X509Certificate root;
};

inline TestCa makeCa(const QString &name = QStringLiteral("Test consortium root CA"))
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TestCa ca{std::move(core::EcPrivateKey::generate()).value(), {}};
    ca.root = std::move(core::createRootCertificate(ca.key, {name, QStringLiteral("Test Health Network"), now.addDays(-30), now.addYears(5)})).value();
    return ca;
}

inline core::X509Certificate issue(const TestCa &ca, const core::EcPublicKey &key, QDateTime notBefore = {}, QDateTime notAfter = {})
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    core::NodeCertificateRequest request{QString::fromLatin1(key.keyId().left(16).toHex()), QStringLiteral("Test clinic"), {}, {},
                                         notBefore.isValid() ? notBefore : now.addDays(-1), notAfter.isValid() ? notAfter : now.addYears(1)};
    return std::move(core::issueNodeCertificate(ca.root, ca.key, key, request)).value();
}

inline quint64 nowMs()
{
    return static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
}

// Keys by index as in TestKeys.h; the sealing helpers need references that outlive them.
inline const core::EcPrivateKey &key(int index)
{
    static const std::array<core::EcPrivateKey, 6> keys = {fixedKey(0), fixedKey(1), fixedKey(2), fixedKey(3), fixedKey(4), fixedKey(5)};
    return keys[static_cast<std::size_t>(index)];
}

struct TestConsortium {
    TestCa ca = makeCa();
    Genesis genesis;
    BlockHeader genesisHeader;
    std::array<core::X509Certificate, 6> certs;

    TestConsortium()
    {
        genesis.chainId = QByteArray(16, '\x6b');
        genesis.authoritySpki = fixedSpki(0);
        genesis.validatorSpkis = {fixedSpki(1), fixedSpki(2), fixedSpki(3)};
        for (int i = 1; i <= 4; ++i)
            genesis.members.append({fixedKeyId(i).left(16), fixedSpki(i)});
        genesis.createdAtMs = nowMs() - 60'000;
        genesis.rootCertificate = ca.root.toDer();
        genesisHeader = genesis.makeHeader(fixedKey(0)).value();
        for (int i = 0; i < 6; ++i)
            certs[static_cast<std::size_t>(i)] = issue(ca, fixedKey(i).publicKey());
    }

    QByteArray genesisHash() const { return genesisHeader.hash(); }

    Transaction recordPut(int signer, quint64 sequence, const QByteArray &recordId) const
    {
        Transaction tx;
        tx.chainId = genesis.chainId;
        tx.sequence = sequence;
        tx.timestampMs = nowMs();
        tx.body = RecordPutBody{"pseudonym-" + QByteArray::number(signer), recordId, 1, core::sha256(recordId), 1};
        (void)tx.sign(key(signer));
        return tx;
    }

    Transaction authorityTx(quint64 sequence, TxBody body) const
    {
        Transaction tx;
        tx.chainId = genesis.chainId;
        tx.sequence = sequence;
        tx.timestampMs = nowMs();
        tx.body = std::move(body);
        (void)tx.sign(key(0));
        return tx;
    }
};

inline PeerNodeConfig testConfig()
{
    PeerNodeConfig c;
    c.listenAddress = kLoopback;
    c.stallTimeoutMs = 4000;
    c.handshakeTimeoutMs = 4000;
    c.pingIntervalMs = 2000;
    c.pingTimeoutMs = 4000;
    c.reconnectInitialMs = 100;
    c.reconnectMaxMs = 800;
    c.banDurationMs = 60'000;
    return c;
}

// One workstation: encrypted store, chain, mempool and peer node.
struct TestNode {
    int keyIndex = 0;
    QTemporaryDir dir;
    std::unique_ptr<core::Database> db;
    std::unique_ptr<ChainStore> chain;
    Mempool mempool;
    std::unique_ptr<StoreChainAccess> access;
    std::unique_ptr<PeerNode> node;

    bool create(const TestConsortium &c, int index, PeerNodeConfig config = testConfig())
    {
        keyIndex = index;
        auto created = core::Database::create(dir.filePath(QStringLiteral("node.db")), core::randomSecret(32));
        if (!created)
            return false;
        db = std::move(created).value();
        auto opened = ChainStore::open(*db);
        if (!opened)
            return false;
        chain = std::move(opened).value();
        if (!chain->initialise(c.genesis, c.genesisHeader))
            return false;
        access = std::make_unique<StoreChainAccess>(*chain, mempool);
        node = std::make_unique<PeerNode>(*access, std::move(config));
        return true;
    }

    bool start(const TestConsortium &c)
    {
        auto started = node->start(key(keyIndex), TlsIdentity{c.certs[static_cast<std::size_t>(keyIndex)], c.ca.root});
        if (!started)
            qWarning("start failed: %s", qPrintable(started.message()));
        return started.ok();
    }

    quint16 port() const { return node->listenPort(); }
    quint64 height() const { return chain->tip().value().height; }
    QByteArray tipHash() const { return chain->tip().value().hash; }
    int readyPeers() const
    {
        const auto list = node->peers();
        return static_cast<int>(std::count_if(list.begin(), list.end(), [](const PeerInfo &p) { return p.state == PeerState::Ready; }));
    }

    // Seals one block on this node's chain with the in-turn validator's key (tests hold all
    // three), including what is ready in the mempool, and tells the peer node.
    std::optional<Block> seal()
    {
        const auto tip = chain->tip().value();
        const int producer = 1 + static_cast<int>((tip.height + 1) % 3);
        BlockProducer p(*chain, mempool, key(producer));
        p.setAllowEmptyBlocks(true);
        auto block = p.sealIfDue(qMax(nowMs(), tip.timestampMs + 1));
        if (!block || !*block) {
            qWarning("sealing failed: %s", block ? "not due" : qPrintable(block.message()));
            return std::nullopt;
        }
        if (node)
            node->localBlocksAdded();
        return **block;
    }

    bool sealMany(int n)
    {
        for (int i = 0; i < n; ++i)
            if (!seal())
                return false;
        return true;
    }

    QByteArray submit(const Transaction &tx)
    {
        auto id = mempool.add(tx, chain->state(), nowMs());
        if (!id) {
            qWarning("submit failed: %s", qPrintable(id.message()));
            return {};
        }
        if (node)
            node->localTransactionsAdded({*id});
        return *id;
    }

    bool onMainChain(const QByteArray &txId) const { return chain->proveTransaction(txId).ok(); }
};

// Copies main-chain blocks 1..upTo of `from` into `to` directly, as if synced earlier.
inline bool copyBlocks(TestNode &from, TestNode &to, quint64 upTo)
{
    for (quint64 h = 1; h <= upTo; ++h) {
        auto block = from.chain->mainBlockAt(h);
        if (!block || !to.chain->acceptBlock(*block, nowMs()))
            return false;
    }
    return true;
}

// A hand-driven member (or impostor) speaking the wire protocol directly.
class RawPeer : public QObject {
public:
    QSslSocket socket;
    FrameReader reader{64 * 1024 * 1024};
    QList<PeerMessage> received;
    bool gotUndecodable = false;
    bool closed = false; // the connection ended (or never came about)
    std::function<void(const PeerMessage &)> onMessage;

    // certificate/key may be null for a client that presents none.
    RawPeer(const core::X509Certificate &root, const core::X509Certificate *certificate, const core::EcPrivateKey *privateKey)
    {
        QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
        cfg.setProtocol(QSsl::TlsV1_3OrLater);
        cfg.setPeerVerifyMode(QSslSocket::VerifyPeer);
        cfg.setCaCertificates({QSslCertificate(root.toDer(), QSsl::Der)});
        if (certificate && privateKey) {
            const core::SecureBytes pem = core::privateKeyPem(*privateKey);
            cfg.setLocalCertificate(QSslCertificate(certificate->toDer(), QSsl::Der));
            cfg.setPrivateKey(QSslKey(QByteArray(reinterpret_cast<const char *>(pem.data()), static_cast<qsizetype>(pem.size())), QSsl::Ec));
        }
        socket.setSslConfiguration(cfg);
        QObject::connect(&socket, &QSslSocket::sslErrors, &socket, [this](const QList<QSslError> &errors) {
            for (const QSslError &e : errors)
                if (e.error() != QSslError::HostNameMismatch)
                    return;
            socket.ignoreSslErrors(errors);
        });
        QObject::connect(&socket, &QSslSocket::disconnected, &socket, [this] { closed = true; });
        QObject::connect(&socket, &QSslSocket::errorOccurred, &socket, [this] {
            if (socket.state() == QAbstractSocket::UnconnectedState)
                closed = true;
        });
        QObject::connect(&socket, &QSslSocket::readyRead, &socket, [this] {
            reader.append(socket.readAll());
            QByteArray m;
            while (reader.next(&m) == FrameReader::Status::Message) {
                auto decoded = PeerMessage::decode(m);
                if (!decoded) {
                    gotUndecodable = true;
                    continue;
                }
                received.append(*decoded);
                if (onMessage)
                    onMessage(*decoded);
            }
        });
    }

    void connectTo(quint16 port, const QHostAddress &from = {})
    {
        if (!from.isNull())
            socket.bind(from, 0);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    }

    bool isOpen() const { return socket.state() == QAbstractSocket::ConnectedState; }

    void send(const MessageBody &body) { socket.write(frame(PeerMessage{body}.encode().value())); }
    void sendRaw(const QByteArray &bytes) { socket.write(bytes); }

    void sendHello(const TestConsortium &c, const QByteArray &keyId, quint64 height = 0, QByteArray bestHash = {}, quint64 weight = 0)
    {
        send(HelloMessage{kProtocolVersion, c.genesis.chainId, c.genesisHash(), height, bestHash.isEmpty() ? c.genesisHash() : bestHash, weight, keyId,
                          QStringLiteral("raw-peer")});
    }

    template <typename M>
    int count() const
    {
        return static_cast<int>(std::count_if(received.begin(), received.end(), [](const PeerMessage &m) { return std::holds_alternative<M>(m.body); }));
    }
    template <typename M>
    std::optional<M> last() const
    {
        for (auto it = received.rbegin(); it != received.rend(); ++it)
            if (const auto *m = std::get_if<M>(&it->body))
                return *m;
        return std::nullopt;
    }
};

} // namespace careledger::ledger::net::test
