#pragma once

// Walks the stored main chain from genesis, one block at a time (memory does not grow with
// chain length), and re-checks every header hash, parent link, producer signature,
// consensus rule, Merkle root, transaction signature and sequence, and the transaction
// index. Every problem becomes one line naming the block (height and stored hash) or the
// transaction id. Stored payloads against on-chain hashes are checked by the services
// (ChainStore::forEachRecordHead).

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
    QStringList problems;
    bool cancelled = false;
    bool ok() const { return problems.isEmpty() && !cancelled; }
};

class ChainVerifier {
public:
    // Reads only; use a connection of its own so the writer is not held up.
    explicit ChainVerifier(core::Database &db) : m_db(db) {}

    void setProgressCallback(std::function<void(quint64 height, quint64 tipHeight)> progress) { m_progress = std::move(progress); }

    // Fails only when the store cannot be read at all; findings are in the report.
    LedgerResult<VerifyReport> run(const std::atomic<bool> *cancel = nullptr);

private:
    core::Database &m_db;
    std::function<void(quint64, quint64)> m_progress;
};

} // namespace careledger::ledger
