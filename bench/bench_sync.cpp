// Sync benchmark: how fast a fresh workstation catches up with a peer over mutual TLS on
// loopback, and what bounds it. Prints one JSON object on stdout.
//
//   careledger-bench-sync [--quick] [--blocks N] [--txs N] [--dir PATH]
//
// Two PeerNodes in one process, each with its own encrypted store and its own thread (the
// source in a worker thread, the syncing node in the main thread), as two workstations
// would run. The source's chain (N blocks of `txs` record puts signed by 32 staff keys,
// registered in block 1) is built beforehand, outside the timings.
//
// Figures:
// - sync: from addPeer() on the empty node until its tip is the source's tip: TLS handshake,
//   hello, headers-first download, full validation and storage of every block
//   (ChainStore::acceptBlock, one store transaction each). blocks_per_s, tx_per_s, and the
//   bytes the syncing node received.
// - raw_tls: the same number of bytes, in chunks of the average block message, sent over a
//   fresh mutual-TLS 1.3 connection between the same two identities and threads in the same
//   run, read and discarded. ratio_to_raw_tls = sync bytes/s / raw bytes/s.
// - import: the same blocks read from the source store and accepted into a third empty store
//   on one thread, no network: what validation and storage alone allow.
//   ratio_to_import = sync blocks/s / import blocks/s, the network layer's own cost.
// - peak_rss_mb: VmHWM of the process during the sync (both nodes), after the peak was reset.

#include "BenchSupport.h"
#include "crypto/X509.h"
#include "ledger/ChainStore.h"
#include "ledger/Consensus.h"
#include "ledger/Genesis.h"
#include "ledger/Mempool.h"
#include "ledger/net/PeerNode.h"
#include "ledger/net/StoreChainAccess.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <malloc.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <future>
#include <vector>

using namespace careledger;
using namespace careledger::ledger;
using careledger::core::Database;
using careledger::core::EcPrivateKey;
using careledger::core::SecureBytes;

namespace {

using careledger::bench::round3;
using careledger::bench::statusMb;
using careledger::bench::resetPeakRss;

using Clock = std::chrono::steady_clock;

constexpr quint64 kT0 = 1700000000000;
constexpr int kUsers = 32;

struct Config {
    bool quick = false;
    int blocks = 10000;
    int txs = 50;
    QString dir;
};

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

[[noreturn]] void die(const char *step, const QString &message)
{
    std::fprintf(stderr, "careledger-bench-sync: %s: %s\n", step, qPrintable(message));
    std::exit(1);
}

template <typename T, typename Code>
T check(core::Result<T, Code> result, const char *step)
{
    if (!result.ok())
        die(step, result.message());
    if constexpr (!std::is_void_v<T>)
        return std::move(result).value();
}

void checkStatus(const LedgerStatus &status, const char *step)
{
    if (!status.ok())
        die(step, status.message());
}

void progress(const QString &what)
{
    std::fprintf(stderr, "careledger-bench-sync: %s\n", qPrintable(what));
}

// ---- the consortium ------------------------------------------------------------------

struct Consortium {
    EcPrivateKey authority = check(EcPrivateKey::generate(), "key");
    EcPrivateKey source = check(EcPrivateKey::generate(), "key"); // validator and member
    EcPrivateKey sink = check(EcPrivateKey::generate(), "key");   // member
    EcPrivateKey caKey = check(EcPrivateKey::generate(), "key");
    std::vector<EcPrivateKey> users;
    core::X509Certificate root;
    core::X509Certificate sourceCert;
    core::X509Certificate sinkCert;
    Genesis genesis;
    BlockHeader genesisHeader;

    Consortium()
    {
        for (int i = 0; i < kUsers; ++i)
            users.push_back(check(EcPrivateKey::generate(), "key"));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        root = check(core::createRootCertificate(caKey, {QStringLiteral("Bench consortium root"), {}, now.addDays(-1), now.addYears(1)}), "root CA");
        auto nodeCert = [&](const EcPrivateKey &k) {
            return check(core::issueNodeCertificate(root, caKey, k.publicKey(),
                                                    {QString::fromLatin1(k.publicKey().keyId().left(16).toHex()), {}, {}, {}, now.addDays(-1), now.addMonths(1)}),
                         "node certificate");
        };
        sourceCert = nodeCert(source);
        sinkCert = nodeCert(sink);
        genesis.chainId = core::randomBytes(kChainIdSize);
        genesis.authoritySpki = authority.publicKey().spkiDer();
        genesis.validatorSpkis = {source.publicKey().spkiDer()};
        genesis.members = {{source.publicKey().keyId().left(16), source.publicKey().spkiDer()},
                           {sink.publicKey().keyId().left(16), sink.publicKey().spkiDer()}};
        genesis.createdAtMs = kT0;
        genesis.rootCertificate = root.toDer();
        genesisHeader = check(genesis.makeHeader(authority), "genesis header");
    }

    Transaction tx(const EcPrivateKey &key, quint64 sequence, quint64 ts, TxBody body) const
    {
        Transaction t;
        t.chainId = genesis.chainId;
        t.sequence = sequence;
        t.timestampMs = ts;
        t.body = std::move(body);
        checkStatus(t.sign(key), "sign transaction");
        return t;
    }

    QList<Transaction> blockTxs(quint64 height, int count, quint64 &memberSeq, std::vector<quint64> &userSeq, quint64 &next) const
    {
        const quint64 ts = kT0 + height * 1000;
        QList<Transaction> txs;
        if (height == 1)
            for (int u = 0; u < kUsers && txs.size() < count; ++u)
                txs.append(tx(source, ++memberSeq, ts, UserKeyRegisterBody{users[static_cast<std::size_t>(u)].publicKey().spkiDer(), source.publicKey().keyId()}));
        while (txs.size() < count) {
            const quint64 n = next++;
            const auto u = static_cast<std::size_t>(n % kUsers);
            const bool byMember = height == 1;
            const quint64 seq = byMember ? ++memberSeq : ++userSeq[u];
            RecordPutBody put{"patient-" + QByteArray::number(n % 997), "rec-" + QByteArray::number(n % 5000), seq, core::sha256(QByteArray::number(n)), 1};
            txs.append(tx(byMember ? source : users[u], seq, ts, put));
        }
        return txs;
    }
};

std::unique_ptr<ChainStore> openChain(Database &db, const Consortium &c, bool initialise)
{
    auto chain = check(ChainStore::open(db), "open chain");
    if (initialise)
        checkStatus(chain->initialise(c.genesis, c.genesisHeader), "initialise chain");
    return chain;
}

// The source's chain: transactions signed on a second thread while blocks are accepted.
void buildChain(ChainStore &chain, const Consortium &c, int blocks, int perBlock)
{
    const RoundRobinAuthority consensus(c.genesis.params, check(chain.state().validators(), "validators"));
    quint64 memberSeq = 0, next = 0;
    std::vector<quint64> userSeq(kUsers, 0);
    auto sign = [&](quint64 from, quint64 to) {
        std::vector<QList<Transaction>> out;
        for (quint64 h = from; h <= to; ++h)
            out.push_back(c.blockTxs(h, perBlock, memberSeq, userSeq, next));
        return out;
    };
    constexpr quint64 kBatch = 20;
    const auto target = static_cast<quint64>(blocks);
    quint64 height = 1;
    auto pending = std::async(std::launch::async, sign, height, std::min(target, kBatch));
    while (height <= target) {
        auto batch = pending.get();
        const quint64 after = height + batch.size();
        if (after <= target)
            pending = std::async(std::launch::async, sign, after, std::min(target, after + kBatch - 1));
        for (auto &txs : batch) {
            const auto tip = check(chain.tip(), "tip");
            Block b;
            b.transactions = std::move(txs);
            b.header.height = tip.height + 1;
            b.header.previousHash = tip.hash;
            b.header.merkleRoot = b.computeMerkleRoot();
            b.header.txCount = static_cast<quint64>(b.transactions.size());
            b.header.timestampMs = kT0 + b.header.height * 1000;
            b.header.producerKeyId = c.source.publicKey().keyId();
            b.header.consensus.inTurn = true;
            b.header.consensus.weight = kInTurnWeight;
            consensus.solve(b.header);
            checkStatus(b.header.sign(c.source), "sign block");
            check(chain.acceptBlock(b, b.header.timestampMs), "accept block");
        }
        height = after;
        if ((height - 1) % 1000 < kBatch)
            progress(QStringLiteral("source chain at %1 blocks").arg(height - 1));
    }
}

QSslConfiguration tlsFor(const Consortium &c, const core::X509Certificate &cert, const EcPrivateKey &key)
{
    QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
    cfg.setProtocol(QSsl::TlsV1_3OrLater);
    cfg.setPeerVerifyMode(QSslSocket::VerifyPeer);
    cfg.setCaCertificates({QSslCertificate(c.root.toDer(), QSsl::Der)});
    cfg.setLocalCertificate(QSslCertificate(cert.toDer(), QSsl::Der));
    const SecureBytes pem = core::privateKeyPem(key);
    cfg.setPrivateKey(QSslKey(QByteArray(reinterpret_cast<const char *>(pem.data()), static_cast<qsizetype>(pem.size())), QSsl::Ec));
    return cfg;
}

// The source workstation: its own connection, chain, pool and peer node in its own thread.
class SourceThread : public QThread {
public:
    SourceThread(const Consortium &c, QString path, const SecureBytes &key) : m_c(c), m_path(std::move(path)), m_key(key.clone()) {}

    quint16 waitForPort() { return m_port.get_future().get(); }

    // A raw TLS server in this thread that sends `total` bytes in `chunk`-byte writes to the
    // first client, keeping a few MiB queued. Returns its port.
    quint16 startRawServer(qint64 total, qint64 chunk)
    {
        std::promise<quint16> port;
        QMetaObject::invokeMethod(
            m_context,
            [&] {
                auto *server = new QSslServer(m_context);
                server->setSslConfiguration(tlsFor(m_c, m_c.sourceCert, m_c.source));
                QObject::connect(server, &QSslServer::pendingConnectionAvailable, server, [server, total, chunk] {
                    auto *socket = qobject_cast<QSslSocket *>(server->nextPendingConnection());
                    if (!socket)
                        return;
                    auto sent = std::make_shared<qint64>(0);
                    const QByteArray block(static_cast<qsizetype>(chunk), '\x5a');
                    auto pump = [socket, sent, total, block] {
                        while (*sent < total && socket->bytesToWrite() < 4 * 1024 * 1024) {
                            const qint64 n = std::min<qint64>(block.size(), total - *sent);
                            socket->write(block.constData(), n);
                            *sent += n;
                        }
                    };
                    QObject::connect(socket, &QSslSocket::bytesWritten, socket, pump);
                    pump();
                });
                if (!server->listen(QHostAddress(QStringLiteral("127.0.0.1"))))
                    die("raw server", server->errorString());
                port.set_value(server->serverPort());
            },
            Qt::QueuedConnection);
        return port.get_future().get();
    }

    void finish()
    {
        QMetaObject::invokeMethod(m_context, [] { QThread::currentThread()->quit(); }, Qt::QueuedConnection);
        wait();
    }

protected:
    void run() override
    {
        QObject context;
        m_context = &context;
        auto db = check(Database::open(m_path, m_key), "open source store");
        auto chain = openChain(*db, m_c, false);
        Mempool mempool;
        net::StoreChainAccess access(*chain, mempool);
        net::PeerNodeConfig config;
        config.listenAddress = QHostAddress(QStringLiteral("127.0.0.1"));
        config.stallTimeoutMs = 120'000; // a loaded machine must not look like a stalled peer
        net::PeerNode node(access, config);
        check(node.start(m_c.source, {m_c.sourceCert, m_c.root}), "start source node");
        m_port.set_value(node.listenPort());
        exec();
        node.stop();
        m_context = nullptr;
    }

private:
    const Consortium &m_c;
    QString m_path;
    SecureBytes m_key;
    std::promise<quint16> m_port;
    QObject *m_context = nullptr;
};

Config parseArguments(const QStringList &args)
{
    Config config;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--quick")) {
            config.quick = true;
            config.blocks = 500;
        } else if (arg == QLatin1String("--blocks") && hasValue) {
            config.blocks = std::max(2, args[++i].toInt());
        } else if (arg == QLatin1String("--txs") && hasValue) {
            config.txs = std::max(kUsers, args[++i].toInt());
        } else if (arg == QLatin1String("--dir") && hasValue) {
            config.dir = args[++i];
        } else {
            std::fprintf(stderr, "usage: careledger-bench-sync [--quick] [--blocks N] [--txs N] [--dir PATH]\n");
            std::exit(2);
        }
    }
    return config;
}

// Runs the event loop until `done` holds or `limitMs` passes.
bool spinUntil(const std::function<bool()> &done, qint64 limitMs)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > limitMs)
            loop.quit();
    });
    poll.start(5);
    if (!done())
        loop.exec();
    return done();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Config config = parseArguments(QCoreApplication::arguments());
    QTemporaryDir temporary(config.dir.isEmpty() ? QDir::tempPath() + QStringLiteral("/careledger-bench-XXXXXX")
                                                 : QDir(config.dir).filePath(QStringLiteral("careledger-bench-XXXXXX")));
    if (!temporary.isValid())
        die("temporary folder", temporary.errorString());
    const QDir dir(temporary.path());
    const Consortium c;

    // The source chain.
    const QString sourcePath = dir.filePath(QStringLiteral("source.db"));
    const SecureBytes sourceKey = core::randomSecret(32);
    {
        auto db = check(Database::create(sourcePath, sourceKey), "create source store");
        auto chain = openChain(*db, c, true);
        progress(QStringLiteral("building the source chain: %1 blocks x %2 transactions").arg(config.blocks).arg(config.txs));
        buildChain(*chain, c, config.blocks, config.txs);
    }
    const auto target = static_cast<quint64>(config.blocks);

    SourceThread source(c, sourcePath, sourceKey);
    source.start();
    const quint16 port = source.waitForPort();

    // The syncing workstation.
    auto sinkDb = check(Database::create(dir.filePath(QStringLiteral("sink.db")), core::randomSecret(32)), "create sink store");
    auto sinkChain = openChain(*sinkDb, c, true);
    Mempool sinkPool;
    net::StoreChainAccess sinkAccess(*sinkChain, sinkPool);
    net::PeerNodeConfig sinkConfig;
    sinkConfig.listen = false;
    sinkConfig.stallTimeoutMs = 120'000;
    net::PeerNode sink(sinkAccess, sinkConfig);
    check(sink.start(c.sink, {c.sinkCert, c.root}), "start sink node");

    progress(QStringLiteral("syncing"));
    const bool peakReset = resetPeakRss();
    const double rssBefore = statusMb("VmRSS");
    const auto syncStart = Clock::now();
    sink.addPeer(QStringLiteral("127.0.0.1"), port);
    const bool synced = spinUntil([&] { return check(sinkChain->tip(), "tip").height >= target; }, std::max<qint64>(600'000, config.blocks * 200LL));
    const double syncSeconds = seconds(Clock::now() - syncStart);
    const double peakRss = statusMb("VmHWM");
    if (!synced)
        die("sync", QStringLiteral("the node did not catch up in time (height %1 of %2)").arg(check(sinkChain->tip(), "tip").height).arg(target));
    qint64 syncBytes = 0;
    for (const net::PeerInfo &p : sink.peers())
        syncBytes += p.bytesIn;
    sink.stop();

    progress(QStringLiteral("raw TLS transfer of the same bytes"));
    const qint64 chunk = std::max<qint64>(1024, syncBytes / std::max(1, config.blocks));
    const quint16 rawPort = source.startRawServer(syncBytes, chunk);
    QSslSocket raw;
    raw.setSslConfiguration(tlsFor(c, c.sinkCert, c.sink));
    QObject::connect(&raw, &QSslSocket::sslErrors, &raw, [&raw](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            if (e.error() != QSslError::HostNameMismatch)
                return;
        raw.ignoreSslErrors(errors);
    });
    qint64 rawReceived = 0;
    QObject::connect(&raw, &QSslSocket::readyRead, &raw, [&] { rawReceived += raw.readAll().size(); });
    const auto rawStart = Clock::now();
    raw.connectToHostEncrypted(QStringLiteral("127.0.0.1"), rawPort);
    if (!spinUntil([&] { return rawReceived >= syncBytes; }, 600'000))
        die("raw TLS", QStringLiteral("received %1 of %2 bytes").arg(rawReceived).arg(syncBytes));
    const double rawSeconds = seconds(Clock::now() - rawStart);
    raw.abort();
    source.finish();

    progress(QStringLiteral("importing the same blocks without the network"));
    double importSeconds = 0;
    {
        auto reader = check(Database::open(sourcePath, sourceKey), "open source store for reading");
        auto readChain = openChain(*reader, c, false);
        auto importDb = check(Database::create(dir.filePath(QStringLiteral("import.db")), core::randomSecret(32)), "create import store");
        auto importChain = openChain(*importDb, c, true);
        const auto start = Clock::now();
        for (quint64 h = 1; h <= target; ++h) {
            const Block b = check(readChain->mainBlockAt(h), "read block");
            check(importChain->acceptBlock(b, b.header.timestampMs), "import block");
        }
        importSeconds = seconds(Clock::now() - start);
        if (check(importChain->tip(), "tip").hash != check(sinkChain->tip(), "tip").hash)
            die("import", QStringLiteral("the imported chain differs from the synced one"));
    }

    const double syncBlocksPerS = static_cast<double>(target) / syncSeconds;
    const double syncBytesPerS = static_cast<double>(syncBytes) / syncSeconds;
    const double rawBytesPerS = static_cast<double>(syncBytes) / rawSeconds;
    const double importBlocksPerS = static_cast<double>(target) / importSeconds;
    const double ratioTls = syncBytesPerS / rawBytesPerS;
    const double ratioImport = syncBlocksPerS / importBlocksPerS;

    QJsonObject syncOut;
    syncOut.insert(QStringLiteral("seconds"), round3(syncSeconds));
    syncOut.insert(QStringLiteral("blocks_per_s"), round3(syncBlocksPerS));
    syncOut.insert(QStringLiteral("tx_per_s"), std::round(syncBlocksPerS * config.txs));
    syncOut.insert(QStringLiteral("bytes_received"), syncBytes);
    syncOut.insert(QStringLiteral("mb_per_s"), round3(syncBytesPerS / 1e6));

    QJsonObject rawOut;
    rawOut.insert(QStringLiteral("seconds"), round3(rawSeconds));
    rawOut.insert(QStringLiteral("mb_per_s"), round3(rawBytesPerS / 1e6));
    rawOut.insert(QStringLiteral("chunk_bytes"), chunk);
    rawOut.insert(QStringLiteral("via"), QStringLiteral("QSslServer -> QSslSocket, TLS 1.3 mutual, same certificates and threads, bytes read and dropped"));

    QJsonObject importOut;
    importOut.insert(QStringLiteral("seconds"), round3(importSeconds));
    importOut.insert(QStringLiteral("blocks_per_s"), round3(importBlocksPerS));
    importOut.insert(QStringLiteral("via"), QStringLiteral("ChainStore::mainBlockAt on the source store, ChainStore::acceptBlock into an empty store, one thread"));

    QJsonObject memory;
    memory.insert(QStringLiteral("peak_rss_mb"), peakRss);
    memory.insert(QStringLiteral("rss_before_sync_mb"), rssBefore);
    memory.insert(QStringLiteral("peak_reset"), peakReset);

    QJsonObject targets;
    targets.insert(QStringLiteral("ratio_to_raw_tls"), round3(ratioTls));
    targets.insert(QStringLiteral("ratio_to_raw_tls_min"), 0.5);
    targets.insert(QStringLiteral("ratio_to_raw_tls_met"), ratioTls >= 0.5);
    targets.insert(QStringLiteral("ratio_to_import"), round3(ratioImport));

    QJsonObject result;
    result.insert(QStringLiteral("benchmark"), QStringLiteral("sync"));
    result.insert(QStringLiteral("quick"), config.quick);
    result.insert(QStringLiteral("blocks"), config.blocks);
    result.insert(QStringLiteral("txs_per_block"), config.txs);
    result.insert(QStringLiteral("sync"), syncOut);
    result.insert(QStringLiteral("raw_tls"), rawOut);
    result.insert(QStringLiteral("import"), importOut);
    result.insert(QStringLiteral("memory"), memory);
    result.insert(QStringLiteral("targets"), targets);
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
