#pragma once

// Walks the stored main chain from genesis, a small window of blocks at a time (memory does
// not grow with chain length), and re-checks every header hash, parent link, producer signature,
// consensus rule, Merkle root, transaction signature and sequence, and the transaction
// index. Every problem becomes one line naming the block (height and stored hash) or the
// transaction id. Stored payloads against on-chain hashes are checked by the services
// (ChainStore::forEachRecordHead).
//
// Reading, decoding, every state lookup and the state bookkeeping stay on the calling thread
// (the only one to use the database connection); well-formedness and signature checks, and
// the header checks (against the validator set captured at the parent), run on worker
// threads, which need no copy of the state. Signer keys are parsed once each (KeyCache).
// Problems are reported in chain order whatever the number of threads.

#include "LedgerError.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace careledger::core {
class Database;
}

namespace careledger::ledger {

struct VerifyReport {
    quint64 blocksChecked = 0;
    quint64 transactionsChecked = 0;
    quint64 peakBlocksHeld = 0; // at most ChainVerifier::windowBlocks()
    QStringList problems;
    bool cancelled = false;
    bool ok() const { return problems.isEmpty() && !cancelled; }
};

class ChainVerifier {
public:
    // Reads only; use a connection of its own so the writer is not held up.
    explicit ChainVerifier(core::Database &db) : m_db(db) {}

    // Called on the calling thread as each block is read.
    void setProgressCallback(std::function<void(quint64 height, quint64 tipHeight)> progress) { m_progress = std::move(progress); }

    // Worker threads for the signature and rule checks; 0 (the default) means
    // std::thread::hardware_concurrency(). With 1 everything runs on the calling thread.
    void setThreadCount(int threads) { m_threads = threads < 0 ? 0 : threads; }
    int threadCount() const; // the number run() will use

    // Most blocks held at once (read, waiting for or under check), whatever the chain length.
    int windowBlocks() const;

    // Fails only when the store cannot be read at all; findings are in the report.
    LedgerResult<VerifyReport> run(const std::atomic<bool> *cancel = nullptr);

private:
    core::Database &m_db;
    std::function<void(quint64, quint64)> m_progress;
    int m_threads = 0;
};

} // namespace careledger::ledger
