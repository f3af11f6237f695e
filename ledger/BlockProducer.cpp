#include "BlockProducer.h"

#include "Consensus.h"
#include "Try.h"
#include "crypto/Crypto.h"

namespace careledger::ledger {

BlockProducer::BlockProducer(ChainStore &chain, Mempool &mempool, const core::EcPrivateKey &key)
    : m_chain(chain), m_mempool(mempool), m_key(key), m_keyId(key.publicKey().keyId())
{
}

LedgerResult<std::optional<Block>> BlockProducer::sealIfDue(quint64 nowMs)
{
    using R = LedgerResult<std::optional<Block>>;
    LEDGER_TRY(parent, m_chain.tipAsParent());
    LEDGER_TRY(validators, m_chain.state().validators());
    const ConsensusParams &params = m_chain.genesis().params;
    const RoundRobinAuthority consensus(params, validators);
    const quint64 height = parent.height + 1;
    const auto earliest = consensus.earliestSealTime(m_keyId, height, parent.timestampMs, parent.recentProducers);
    if (!earliest || nowMs < *earliest)
        return R(std::nullopt);
    const quint64 timestamp = qMax(nowMs, parent.timestampMs + 1);

    // Leave room for the array header and the byte-string heads around each transaction.
    LEDGER_TRY(candidates, m_mempool.ready(m_chain.state(), static_cast<qsizetype>(params.maxBlockTxs),
                                           static_cast<qsizetype>(params.maxBlockBytes) - 16 - 3 * static_cast<qsizetype>(params.maxBlockTxs)));
    LEDGER_TRY(dry, m_chain.dryRun(candidates, timestamp));
    for (const auto &[tx, reason] : dry.rejected)
        m_mempool.remove(tx.id());
    if (dry.accepted.isEmpty() && !m_allowEmpty)
        return R(std::nullopt);

    Block block;
    block.transactions = dry.accepted;
    BlockHeader &h = block.header;
    h.height = height;
    h.previousHash = parent.hash;
    h.merkleRoot = block.computeMerkleRoot();
    h.txCount = static_cast<quint64>(block.transactions.size());
    h.timestampMs = timestamp;
    h.producerKeyId = m_keyId;
    LEDGER_TRY(data, consensus.sealData(m_keyId, height, parent.timestampMs, timestamp, parent.recentProducers));
    h.consensus = data;
    consensus.solve(h);
    LEDGER_CHECK(h.sign(m_key));
    LEDGER_TRY(accepted, m_chain.acceptBlock(block, nowMs));
    m_mempool.removeConfirmed(accepted.confirmed);
    LEDGER_CHECK(m_mempool.prune(m_chain.state()));
    return R(std::optional<Block>(std::move(block)));
}

} // namespace careledger::ledger
