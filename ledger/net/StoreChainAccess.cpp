#include "StoreChainAccess.h"

#include "ledger/Try.h"
#include "crypto/Crypto.h"

namespace careledger::ledger::net {

LedgerResult<ChainAccess::Tip> StoreChainAccess::tip()
{
    LEDGER_TRY(t, m_chain.tip());
    return Tip{t.hash, t.height, t.totalWeight};
}

LedgerResult<QList<QByteArray>> StoreChainAccess::locator()
{
    LEDGER_TRY(t, m_chain.tip());
    QList<QByteArray> out;
    quint64 step = 1;
    for (quint64 height = t.height;;) {
        LEDGER_TRY(hash, m_chain.mainHashAt(height));
        out.append(hash);
        if (height == 0)
            break;
        if (out.size() >= 10)
            step *= 2;
        height = height > step ? height - step : 0;
        if (out.size() == 63 && height > 0)
            height = 0; // the last slot is always genesis
    }
    return out;
}

LedgerResult<QList<QByteArray>> StoreChainAccess::headersAfter(const QList<QByteArray> &locator, const QByteArray &stop, qsizetype maxCount)
{
    quint64 from = 1;
    for (const QByteArray &hash : locator) {
        LEDGER_TRY(info, m_chain.blockInfo(hash));
        if (info && info->onMain) {
            from = info->height + 1;
            break;
        }
    }
    LEDGER_TRY(headers, m_chain.mainHeaders(from, maxCount));
    if (!stop.isEmpty()) {
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (core::sha256(headers[i]) == stop) {
                headers.resize(i + 1);
                break;
            }
        }
    }
    return headers;
}

LedgerResult<ChainAccess::BlockStatus> StoreChainAccess::blockStatus(const QByteArray &hash)
{
    LEDGER_TRY(info, m_chain.blockInfo(hash));
    if (!info)
        return BlockStatus::Unknown;
    if (info->invalid)
        return BlockStatus::Invalid;
    return info->onMain ? BlockStatus::MainChain : BlockStatus::SideChain;
}

LedgerResult<std::optional<ChainAccess::RawBlock>> StoreChainAccess::rawBlock(const QByteArray &hash)
{
    LEDGER_TRY(raw, m_chain.rawBlock(hash));
    if (!raw)
        return std::optional<RawBlock>();
    return std::optional<RawBlock>(RawBlock{raw->header, raw->body});
}

LedgerResult<ChainAccess::BlockOutcome> StoreChainAccess::acceptBlock(const Block &block, quint64 nowMs)
{
    LEDGER_TRY(accepted, m_chain.acceptBlock(block, nowMs));
    BlockOutcome out;
    switch (accepted.kind) {
    case ChainStore::Accepted::Extended:
        out.kind = BlockOutcome::Extended;
        out.tipChanged = true;
        break;
    case ChainStore::Accepted::Reorganised:
        out.kind = BlockOutcome::Reorganised;
        out.tipChanged = true;
        break;
    case ChainStore::Accepted::SideBranch:
        out.kind = BlockOutcome::SideBranch;
        break;
    case ChainStore::Accepted::AlreadyKnown:
        out.kind = BlockOutcome::AlreadyKnown;
        break;
    }
    m_mempool.removeConfirmed(accepted.confirmed);
    if (!accepted.orphaned.isEmpty()) {
        // ChainStore has put them back into the outbox already (so they survive a restart);
        // the pool gets those still valid on the new branch.
        m_mempool.reinsert(accepted.orphaned, m_chain.state(), nowMs);
        for (const Transaction &tx : accepted.orphaned) {
            const QByteArray id = tx.id();
            if (m_mempool.contains(id))
                out.orphanedTxIds.append(id);
        }
    }
    if (out.tipChanged)
        (void)m_mempool.prune(m_chain.state());
    return out;
}

LedgerResult<QByteArray> StoreChainAccess::acceptTransaction(const Transaction &tx, quint64 nowMs)
{
    return m_mempool.add(tx, m_chain.state(), nowMs);
}

void StoreChainAccess::discardTransactions(const QList<QByteArray> &txIds)
{
    for (const QByteArray &id : txIds) {
        auto pending = m_chain.isPending(id);
        if (pending && !*pending)
            m_mempool.remove(id);
    }
}

} // namespace careledger::ledger::net
