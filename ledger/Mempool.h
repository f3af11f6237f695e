#pragma once

// Transactions waiting for a block: deduplicated by id, ordered per signer by sequence
// (a gap holds back the later ones), capped in count and bytes. Refuses at the door what
// can never become valid.

#include "StateView.h"
#include "Transaction.h"

#include <QHash>

#include <map>
#include <optional>

namespace careledger::ledger {

struct MempoolLimits {
    qsizetype maxCount = 10'000;
    qsizetype maxBytes = 8 * 1024 * 1024;
};

class Mempool {
public:
    explicit Mempool(MempoolLimits limits = {}) : m_limits(limits) {}

    // Returns the tx id. Duplicate, MempoolFull, or what checkTransactionForPool() says.
    LedgerResult<QByteArray> add(const Transaction &tx, StateView &state, quint64 nowMs);

    // Transactions ready to be included on top of `state`: per signer the contiguous run
    // starting at its next sequence, merged across signers by (timestamp, id), within caps.
    LedgerResult<QList<Transaction>> ready(StateView &state, qsizetype maxCount, qsizetype maxBytes) const;

    void remove(const QByteArray &txId);
    void removeConfirmed(const QList<Transaction> &txs);
    // Drops what the state has made unusable (sequence already used).
    LedgerStatus prune(StateView &state);
    // After a reorg: tries each orphaned transaction again; those no longer valid are dropped.
    void reinsert(const QList<Transaction> &txs, StateView &state, quint64 nowMs);

    bool contains(const QByteArray &txId) const { return m_byId.contains(txId); }
    std::optional<Transaction> find(const QByteArray &txId) const; // for peers asking by id
    QList<QByteArray> ids() const;                                  // every waiting id, for announcing
    qsizetype count() const { return m_byId.size(); }
    qsizetype bytes() const { return m_bytes; }

private:
    struct Entry {
        Transaction tx;
        QByteArray id;
        qsizetype size = 0;
    };
    MempoolLimits m_limits;
    std::map<QByteArray, std::map<quint64, Entry>> m_bySigner;
    QHash<QByteArray, QPair<QByteArray, quint64>> m_byId; // id -> (signer, sequence)
    qsizetype m_bytes = 0;
};

} // namespace careledger::ledger
