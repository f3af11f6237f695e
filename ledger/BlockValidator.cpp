#include "BlockValidator.h"

#include "Consensus.h"
#include "Merkle.h"
#include "Try.h"
#include "crypto/Crypto.h"

namespace careledger::ledger {

QString describeBlock(quint64 height, const QByteArray &hash)
{
    return QStringLiteral("block %1 (%2)").arg(height).arg(QString::fromLatin1(hash.first(qMin<qsizetype>(8, hash.size())).toHex()));
}

LedgerStatus checkBlockHeader(const Block &block, qsizetype encodedBodySize, const ParentInfo &parent, StateView &state,
                              std::optional<quint64> nowMs, const QList<QByteArray> *txIds)
{
    const BlockHeader &h = block.header;
    const QString name = describeBlock(h.height, h.hash());
    auto fail = [&](LedgerError code, const QString &m) { return LedgerStatus::failure(code, QStringLiteral("%1: %2").arg(name, m)); };
    const ConsensusParams &params = state.genesis().params;

    if (h.height != parent.height + 1)
        return fail(LedgerError::BadHeight, QStringLiteral("height should be %1").arg(parent.height + 1));
    if (h.previousHash != parent.hash)
        return fail(LedgerError::BadParent, QStringLiteral("previous hash does not match block %1").arg(parent.height));
    if (static_cast<quint64>(block.transactions.size()) > params.maxBlockTxs)
        return fail(LedgerError::TooLarge, QStringLiteral("%1 transactions (at most %2)").arg(block.transactions.size()).arg(params.maxBlockTxs));
    if (static_cast<quint64>(encodedBodySize) > params.maxBlockBytes)
        return fail(LedgerError::TooLarge, QStringLiteral("body is %1 bytes (at most %2)").arg(encodedBodySize).arg(params.maxBlockBytes));
    if (h.txCount != static_cast<quint64>(block.transactions.size()))
        return fail(LedgerError::BadMerkleRoot, QStringLiteral("header counts %1 transactions, body has %2").arg(h.txCount).arg(block.transactions.size()));
    if (h.merkleRoot != (txIds && txIds->size() == block.transactions.size() ? merkleRoot(*txIds) : block.computeMerkleRoot()))
        return fail(LedgerError::BadMerkleRoot, QStringLiteral("Merkle root does not match its transactions"));
    if (nowMs && h.timestampMs > *nowMs + params.timestampWindowMs)
        return fail(LedgerError::BadTimestamp, QStringLiteral("timestamp is %1 ms in the future").arg(h.timestampMs - *nowMs));

    LEDGER_TRY(validators, state.validators());
    const RoundRobinAuthority consensus(params, validators);
    const QByteArray spki = consensus.validatorSpki(h.producerKeyId);
    if (spki.isEmpty())
        return fail(LedgerError::NotAuthorised, QStringLiteral("producer %1 is not a validator").arg(QString::fromLatin1(h.producerKeyId.first(8).toHex())));
    const core::EcPublicKey key = state.publicKey(spki);
    if (key.isNull() || !h.verifySignature(key))
        return fail(LedgerError::BadSignature, QStringLiteral("producer signature does not verify"));
    if (auto s = consensus.checkHeader(h, parent.timestampMs, parent.recentProducers); !s)
        return fail(s.code(), s.message());
    return {};
}

LedgerStatus applyBlockTransactions(const Block &block, MutableState &state)
{
    const QString name = describeBlock(block.header.height, block.header.hash());
    for (qsizetype i = 0; i < block.transactions.size(); ++i) {
        const Transaction &tx = block.transactions[i];
        auto s = checkTransaction(tx, state, block.header.timestampMs);
        if (s)
            s = state.applyTx(tx, block.header.height);
        if (!s)
            return LedgerStatus::failure(s.code(), QStringLiteral("%1, position %2: %3").arg(name).arg(i).arg(s.message()));
    }
    return {};
}

} // namespace careledger::ledger
