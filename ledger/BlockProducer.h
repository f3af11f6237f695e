#pragma once

// Seals the next block from the mempool when this node's validator key may: in turn at
// once, out of turn only after the delay, never twice within the sealing window.

#include "Block.h"
#include "ChainStore.h"
#include "Mempool.h"

#include <optional>

namespace careledger::ledger {

class BlockProducer {
public:
    // The key must outlive the producer.
    BlockProducer(ChainStore &chain, Mempool &mempool, const core::EcPrivateKey &key);

    void setAllowEmptyBlocks(bool allow) { m_allowEmpty = allow; }

    // The block sealed and accepted as the new tip, or nullopt when this key may not seal
    // now (not a validator, too early out of turn, sealed too recently, nothing to seal).
    // Transactions that turn out invalid on top of the tip are dropped from the mempool.
    LedgerResult<std::optional<Block>> sealIfDue(quint64 nowMs);

private:
    ChainStore &m_chain;
    Mempool &m_mempool;
    const core::EcPrivateKey &m_key;
    QByteArray m_keyId;
    bool m_allowEmpty = false;
};

} // namespace careledger::ledger
