#include "ChainVerifier.h"

#include "Block.h"
#include "BlockValidator.h"
#include "Consensus.h"
#include "Genesis.h"
#include "Merkle.h"
#include "SqlUtil.h"
#include "StateView.h"
#include "Try.h"
#include "crypto/Crypto.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace careledger::ledger {

namespace {

// Transactions checked by one task: enough to make the hand-over cheap next to the
// signatures, few enough to spread a block over the workers.
constexpr qsizetype kTxsPerTask = 16;

// What checkBlockHeader() reads of the state at the parent (the genesis and the validator set),
// captured by the verifier thread so that a worker can check the header without a copy of
// the whole state.
class HeaderState final : public StateView {
public:
    HeaderState(const Genesis &genesis, QList<ValidatorInfo> validators, std::shared_ptr<KeyCache> keys)
        : m_genesis(genesis), m_validators(std::move(validators)), m_keys(std::move(keys))
    {
    }
    const Genesis &genesis() const override { return m_genesis; }
    core::EcPublicKey publicKey(const QByteArray &spki) override { return m_keys->key(spki); }
    LedgerResult<QList<ValidatorInfo>> validators() override { return m_validators; }
    LedgerResult<QByteArray> signerSpki(const QByteArray &) override { return notHeld<QByteArray>(); }
    LedgerResult<quint64> lastSequence(const QByteArray &) override { return notHeld<quint64>(); }
    LedgerResult<bool> isMember(const QByteArray &) override { return notHeld<bool>(); }
    LedgerResult<bool> hasUserKey(const QByteArray &) override { return notHeld<bool>(); }
    LedgerResult<bool> hasDevice(const QByteArray &) override { return notHeld<bool>(); }

private:
    template <typename T>
    static LedgerResult<T> notHeld()
    {
        return LedgerResult<T>::failure(LedgerError::NotFound, QStringLiteral("the header check reads only the validator set"));
    }
    const Genesis &m_genesis;
    QList<ValidatorInfo> m_validators;
    std::shared_ptr<KeyCache> m_keys;
};

// One block from reading until its findings are reported. The verifier thread fills it, then
// only reads `early`; each task writes its own slots, which the verifier thread reads once
// `remaining` is zero (both under the pool's mutex).
struct PendingBlock {
    quint64 height = 0;
    QString name;
    QStringList early; // found while reading: they come first
    Block block;
    QList<QByteArray> txIds;
    qsizetype bodySize = 0;
    std::unique_ptr<HeaderState> headerState; // set when the header is to be checked
    ParentInfo linked;
    std::vector<PreparedTxCheck> prepared; // the state lookups of each transaction, in order
    QString headerProblem;
    std::vector<QString> txProblems; // per position; empty when the transaction is fine
    int remaining = 0;
};

// The checks of transactions [first, last) of a block, whose state lookups the verifier thread
// has done (prepareTransactionCheck), and of the header when first is 0.
void checkRange(PendingBlock &pb, qsizetype first, qsizetype last)
{
    const Block &block = pb.block;
    if (first == 0 && pb.headerState)
        if (auto s = checkBlockHeader(block, pb.bodySize, pb.linked, *pb.headerState, std::nullopt, &pb.txIds); !s)
            pb.headerProblem = s.message();
    for (qsizetype i = first; i < last; ++i) {
        const auto slot = static_cast<std::size_t>(i);
        if (auto s = finishTransactionCheck(block.transactions.at(i), pb.prepared[slot]); !s)
            pb.txProblems[slot] = QStringLiteral("%1, position %2: %3").arg(pb.name).arg(i).arg(s.message());
        pb.prepared[slot].signerKey = core::EcPublicKey(); // done with it
    }
}

// Runs check tasks on worker threads, or at once on the calling thread when it has none.
class CheckPool {
public:
    explicit CheckPool(int threads)
    {
        if (threads > 1)
            for (int i = 0; i < threads; ++i)
                m_workers.emplace_back([this] { work(); });
    }
    ~CheckPool()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_queue.clear(); // an early return: nobody waits for these any more
        }
        m_wake.notify_all();
        for (auto &w : m_workers)
            w.join();
    }
    CheckPool(const CheckPool &) = delete;
    CheckPool &operator=(const CheckPool &) = delete;

    // The tasks of one block; it counts as done when all of them have run.
    void submit(const std::shared_ptr<PendingBlock> &pb, std::vector<std::function<void()>> tasks)
    {
        if (m_workers.empty()) {
            for (auto &t : tasks)
                t();
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            pb->remaining = static_cast<int>(tasks.size());
            for (auto &t : tasks)
                m_queue.push_back(Task{pb, std::move(t)});
        }
        m_wake.notify_all();
    }

    void waitFor(const PendingBlock &pb)
    {
        if (m_workers.empty())
            return;
        std::unique_lock lock(m_mutex);
        m_done.wait(lock, [&] { return pb.remaining == 0; });
    }

private:
    struct Task {
        std::shared_ptr<PendingBlock> block;
        std::function<void()> run;
    };

    void work()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [&] { return m_stop || !m_queue.empty(); });
            if (m_stop)
                return;
            Task task = std::move(m_queue.front());
            m_queue.pop_front();
            lock.unlock();
            task.run();
            task.run = nullptr; // drop what the task captured outside the lock
            lock.lock();
            if (--task.block->remaining == 0)
                m_done.notify_all();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    std::deque<Task> m_queue;
    bool m_stop = false;
    std::vector<std::thread> m_workers;
};

} // namespace

int ChainVerifier::threadCount() const
{
    if (m_threads > 0)
        return m_threads;
    return static_cast<int>(qMax(1u, std::thread::hardware_concurrency()));
}

int ChainVerifier::windowBlocks() const
{
    return threadCount() > 1 ? 4 * threadCount() : 1;
}

LedgerResult<VerifyReport> ChainVerifier::run(const std::atomic<bool> *cancel)
{
    VerifyReport report;
    LEDGER_TRY(meta, sql::queryRow(m_db, "SELECT value, (SELECT value FROM ledger_meta WHERE key = 'genesis_hash') FROM ledger_meta WHERE key = 'genesis'"));
    if (!meta) {
        report.problems.append(QStringLiteral("the ledger holds no genesis"));
        return report;
    }
    auto genesis = Genesis::decode(meta->blob(0));
    const QByteArray genesisHash = meta->blob(1);
    meta.reset();
    if (!genesis) {
        report.problems.append(QStringLiteral("stored genesis parameters are damaged: %1").arg(genesis.message()));
        return report;
    }
    LEDGER_TRY(tipRow, sql::queryRow(m_db, "SELECT COALESCE(MAX(height), 0) FROM ledger_blocks WHERE on_main = 1"));
    const auto tipHeight = static_cast<quint64>(tipRow->int64(0));
    tipRow.reset();

    MemoryState state(genesis.value());
    LEDGER_TRY(blockStmt, sql::prepare(m_db, "SELECT hash, header, body FROM ledger_blocks WHERE on_main = 1 AND height = ?"));
    LEDGER_TRY(indexStmt, sql::prepare(m_db, "SELECT position, tx_id FROM ledger_tx_index WHERE block_hash = ? ORDER BY position"));

    // Blocks in chain order whose findings are not reported yet. Declared before the pool so
    // that an early return stops the workers first.
    std::deque<std::shared_ptr<PendingBlock>> held;
    CheckPool pool(threadCount());
    const auto window = static_cast<std::size_t>(windowBlocks());
    auto flush = [&](std::size_t keep) {
        while (held.size() > keep) {
            const std::shared_ptr<PendingBlock> pb = std::move(held.front());
            held.pop_front();
            pool.waitFor(*pb);
            report.problems.append(pb->early);
            if (!pb->headerProblem.isEmpty())
                report.problems.append(pb->headerProblem);
            for (const QString &p : pb->txProblems)
                if (!p.isEmpty())
                    report.problems.append(p);
        }
    };

    ParentInfo parent;
    QList<QByteArray> producers; // nearest first, capped at the largest possible window
    for (quint64 height = 0; height <= tipHeight; ++height) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (m_progress)
            m_progress(height, tipHeight);
        blockStmt.reset();
        sql::bindOne(blockStmt, 1, height);
        LEDGER_TRY(has, sql::step(blockStmt));
        if (!has) {
            flush(0);
            report.problems.append(QStringLiteral("block %1: missing from the main chain").arg(height));
            break;
        }
        flush(window - 1); // room for this block
        auto pb = std::make_shared<PendingBlock>();
        held.push_back(pb);
        report.peakBlocksHeld = qMax<quint64>(report.peakBlocksHeld, held.size());
        const QByteArray storedHash = blockStmt.blob(0);
        const QByteArray headerBytes = blockStmt.blob(1);
        const QByteArray bodyBytes = blockStmt.blob(2);
        pb->height = height;
        pb->name = describeBlock(height, storedHash);
        const QString &name = pb->name;
        auto problem = [&](const QString &m) { pb->early.append(QStringLiteral("%1: %2").arg(name, m)); };
        ++report.blocksChecked;

        if (core::sha256(headerBytes) != storedHash)
            problem(QStringLiteral("stored header does not hash to the block hash (header altered)"));
        auto header = BlockHeader::decode(headerBytes);
        if (!header) {
            problem(QStringLiteral("header does not decode: %1").arg(header.message()));
        }

        if (height == 0) {
            if (storedHash != genesisHash)
                problem(QStringLiteral("genesis block differs from the recorded genesis hash"));
            if (bodyBytes != genesis->encode())
                problem(QStringLiteral("genesis body differs from the recorded genesis parameters"));
            if (header)
                if (auto s = genesis->verifyHeader(header.value()); !s)
                    problem(s.message());
            parent = ParentInfo{storedHash, 0, header ? header->timestampMs : 0, {}};
            continue;
        }

        Block &block = pb->block;
        if (header)
            block.header = header.value();
        auto txs = Block::decodeBody(bodyBytes);
        if (!txs)
            problem(QStringLiteral("body does not decode: %1").arg(txs.message()));
        else
            block.transactions = std::move(txs).value();

        // The index names transactions by their original ids, so an altered body is
        // reported against the transaction that was recorded.
        indexStmt.reset();
        sql::bindOne(indexStmt, 1, storedHash);
        pb->txIds = block.txIds();
        const QList<QByteArray> &ids = pb->txIds;
        qsizetype indexed = 0;
        for (;;) {
            LEDGER_TRY(row, sql::step(indexStmt));
            if (!row)
                break;
            const qint64 position = indexStmt.int64(0);
            const QByteArray txId = indexStmt.blob(1);
            ++indexed;
            if (position >= ids.size())
                pb->early.append(QStringLiteral("%1 (%2, position %3): missing from the stored block body").arg(describeTx(txId), name).arg(position));
            else if (ids[position] != txId)
                pb->early.append(QStringLiteral("%1 (%2, position %3): stored transaction altered (it now hashes to %4)")
                                     .arg(describeTx(txId), name)
                                     .arg(position)
                                     .arg(QString::fromLatin1(ids[position].toHex())));
        }
        if (txs && indexed != ids.size())
            problem(QStringLiteral("the transaction index lists %1 transactions, the body holds %2").arg(indexed).arg(ids.size()));

        if (header) {
            if (block.header.previousHash != parent.hash)
                problem(QStringLiteral("does not link to block %1").arg(parent.height));
            pb->linked = parent;
            pb->linked.hash = block.header.previousHash; // reported above; check the rest
            LEDGER_TRY(validatorsAtParent, state.validators());
            pb->headerState = std::make_unique<HeaderState>(state.genesis(), std::move(validatorsAtParent), state.keyCache());
        }
        const quint64 blockTime = header ? block.header.timestampMs : parent.timestampMs;
        pb->bodySize = bodyBytes.size();
        const qsizetype count = block.transactions.size();
        pb->txProblems.resize(static_cast<std::size_t>(count));
        report.transactionsChecked += static_cast<quint64>(count);

        // The state lookups happen here, in chain order, and the state moves on through the
        // block (faulty transactions included, so one bad transaction is reported once, not
        // again for every later one of its signer); the workers then need no state at all.
        pb->prepared.reserve(static_cast<std::size_t>(count));
        for (const Transaction &tx : std::as_const(block.transactions)) {
            pb->prepared.push_back(prepareTransactionCheck(tx, state, blockTime));
            (void)state.applyTx(tx, height);
        }
        std::vector<std::function<void()>> tasks;
        const qsizetype taskCount = qMax<qsizetype>(1, (count + kTxsPerTask - 1) / kTxsPerTask);
        const qsizetype perTask = qMax<qsizetype>(1, (count + taskCount - 1) / taskCount); // even shares
        for (qsizetype first = 0; first < count || (first == 0 && pb->headerState); first += perTask) {
            const qsizetype last = qMin(count, first + perTask);
            tasks.emplace_back([pb, first, last] { checkRange(*pb, first, last); });
            if (count == 0)
                break;
        }
        pool.submit(pb, std::move(tasks));

        producers.prepend(header ? block.header.producerKeyId : QByteArray());
        if (producers.size() > 64)
            producers.removeLast();
        LEDGER_TRY(validators, state.validators());
        parent.hash = storedHash;
        parent.height = height;
        parent.timestampMs = blockTime;
        parent.recentProducers = producers.first(qMin(producers.size(), validators.size() / 2));
    }
    flush(0);
    return report;
}

} // namespace careledger::ledger
