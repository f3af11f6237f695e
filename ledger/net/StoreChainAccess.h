#pragma once

// ChainAccess over one ChainStore and its Mempool (one database connection, one thread):
// what careledger-node, the tests and the benchmark use until the services provide theirs.

#include "ChainAccess.h"

#include "ledger/ChainStore.h"
#include "ledger/Mempool.h"

namespace careledger::ledger::net {

class StoreChainAccess final : public ChainAccess {
public:
    // Both must outlive this object and be used only on its thread.
    StoreChainAccess(ChainStore &chain, Mempool &mempool) : m_chain(chain), m_mempool(mempool) {}

    const Genesis &genesis() const override { return m_chain.genesis(); }
    QByteArray genesisHash() const override { return m_chain.genesisHash(); }
    LedgerResult<Tip> tip() override;
    LedgerResult<QList<QByteArray>> locator() override;
    LedgerResult<QList<QByteArray>> headersAfter(const QList<QByteArray> &locator, const QByteArray &stop, qsizetype maxCount) override;
    LedgerResult<BlockStatus> blockStatus(const QByteArray &hash) override;
    LedgerResult<std::optional<RawBlock>> rawBlock(const QByteArray &hash) override;
    LedgerResult<BlockOutcome> acceptBlock(const Block &block, quint64 nowMs) override;
    LedgerResult<QByteArray> acceptTransaction(const Transaction &tx, quint64 nowMs) override;
    std::optional<Transaction> waitingTransaction(const QByteArray &txId) override { return m_mempool.find(txId); }
    bool isWaiting(const QByteArray &txId) override { return m_mempool.contains(txId); }
    QList<QByteArray> waitingTransactionIds() override { return m_mempool.ids(); }
    void discardTransactions(const QList<QByteArray> &txIds) override;
    LedgerResult<bool> isMember(const QByteArray &keyId) override { return m_chain.state().isMember(keyId); }
    LedgerResult<QByteArray> memberId(const QByteArray &keyId) override { return m_chain.activeMemberId(keyId); }

private:
    ChainStore &m_chain;
    Mempool &m_mempool;
};

} // namespace careledger::ledger::net
