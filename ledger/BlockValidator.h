#pragma once

// The block rules, shared by the chain store, the producer and the verifier so that all
// three judge a block the same way.

#include "Block.h"
#include "StateView.h"

#include <optional>

namespace careledger::ledger {

struct ParentInfo {
    QByteArray hash;
    quint64 height = 0;
    quint64 timestampMs = 0;
    QList<QByteArray> recentProducers; // nearest first, genesis excluded
};

QString describeBlock(quint64 height, const QByteArray &hash); // "block 5 (1a2b3c4d5e6f7a8b)"

// Height, parent link, transaction count, Merkle root, size caps, timestamp (not after
// nowMs + window when nowMs is given), producer authorisation and signature, and the
// consensus rules, all against the state at the parent. txIds, when given, are the ids of
// block.transactions already computed by the caller (saves hashing each transaction again).
LedgerStatus checkBlockHeader(const Block &block, qsizetype encodedBodySize, const ParentInfo &parent, StateView &state,
                              std::optional<quint64> nowMs, const QList<QByteArray> *txIds = nullptr);

// Checks each transaction with checkTransaction() and applies it, in order; the first
// failure names the block, the transaction and its position.
LedgerStatus applyBlockTransactions(const Block &block, MutableState &state);

} // namespace careledger::ledger
