#include "Consensus.h"

#include "Cbor.h"

namespace careledger::ledger {

RoundRobinAuthority::RoundRobinAuthority(ConsensusParams params, QList<ValidatorInfo> validators)
    : m_params(params), m_validators(std::move(validators))
{
}

QByteArray RoundRobinAuthority::inTurnProducer(quint64 height) const
{
    if (m_validators.isEmpty())
        return {};
    return m_validators[static_cast<qsizetype>(height % static_cast<quint64>(m_validators.size()))].keyId;
}

QByteArray RoundRobinAuthority::validatorSpki(const QByteArray &keyId) const
{
    for (const auto &v : m_validators)
        if (v.keyId == keyId)
            return v.spki;
    return {};
}

LedgerResult<ConsensusData> RoundRobinAuthority::sealData(const QByteArray &producer, quint64 height, quint64 parentTimestampMs,
                                                          quint64 timestampMs, const QList<QByteArray> &recentProducers) const
{
    using R = LedgerResult<ConsensusData>;
    if (validatorSpki(producer).isEmpty())
        return R::failure(LedgerError::NotAuthorised, QStringLiteral("producer %1 is not a validator").arg(cbor::shortHex(producer)));
    const qsizetype window = recentWindow();
    for (qsizetype i = 0; i < qMin(window, recentProducers.size()); ++i)
        if (recentProducers[i] == producer)
            return R::failure(LedgerError::ConsensusViolation,
                              QStringLiteral("producer %1 already sealed one of the last %2 blocks").arg(cbor::shortHex(producer)).arg(window));
    if (timestampMs <= parentTimestampMs)
        return R::failure(LedgerError::BadTimestamp, QStringLiteral("timestamp is not after the parent's"));
    ConsensusData data;
    data.inTurn = inTurnProducer(height) == producer;
    data.weight = data.inTurn ? kInTurnWeight : kOutOfTurnWeight;
    if (!data.inTurn && timestampMs < parentTimestampMs + m_params.outOfTurnDelayMs)
        return R::failure(LedgerError::ConsensusViolation, QStringLiteral("out-of-turn block sealed %1 ms after its parent (at least %2 ms required)")
                                                               .arg(timestampMs - parentTimestampMs)
                                                               .arg(m_params.outOfTurnDelayMs));
    if (m_params.powDifficultyBits > 0)
        data.powNonce = 0;
    return data;
}

std::optional<quint64> RoundRobinAuthority::earliestSealTime(const QByteArray &producer, quint64 height, quint64 parentTimestampMs,
                                                             const QList<QByteArray> &recentProducers) const
{
    const quint64 earliest = inTurnProducer(height) == producer ? parentTimestampMs + 1 : parentTimestampMs + qMax<quint64>(1, m_params.outOfTurnDelayMs);
    if (!sealData(producer, height, parentTimestampMs, earliest, recentProducers))
        return std::nullopt;
    return earliest;
}

LedgerStatus RoundRobinAuthority::checkHeader(const BlockHeader &header, quint64 parentTimestampMs, const QList<QByteArray> &recentProducers) const
{
    auto expected = sealData(header.producerKeyId, header.height, parentTimestampMs, header.timestampMs, recentProducers);
    if (!expected)
        return expected.error();
    if (header.consensus.inTurn != expected->inTurn || header.consensus.weight != expected->weight)
        return LedgerStatus::failure(LedgerError::ConsensusViolation, QStringLiteral("in-turn flag or weight does not match the rotation"));
    if (header.consensus.powNonce.has_value() != expected->powNonce.has_value())
        return LedgerStatus::failure(LedgerError::ConsensusViolation, QStringLiteral("proof-of-work nonce present without difficulty or missing"));
    if (m_params.powDifficultyBits > 0 && !meetsDifficulty(header.powHash(), m_params.powDifficultyBits))
        return LedgerStatus::failure(LedgerError::ConsensusViolation,
                                     QStringLiteral("proof of work below %1 leading zero bits").arg(m_params.powDifficultyBits));
    return {};
}

bool RoundRobinAuthority::meetsDifficulty(QByteArrayView hash, quint64 bits)
{
    for (qsizetype i = 0; i < hash.size() && bits > 0; ++i) {
        const auto b = static_cast<quint8>(hash[i]);
        if (bits >= 8) {
            if (b != 0)
                return false;
            bits -= 8;
        } else {
            return (b >> (8 - bits)) == 0;
        }
    }
    return bits == 0;
}

void RoundRobinAuthority::solve(BlockHeader &header) const
{
    if (m_params.powDifficultyBits == 0) {
        header.consensus.powNonce.reset();
        return;
    }
    quint64 nonce = 0;
    do {
        header.consensus.powNonce = nonce++;
    } while (!meetsDifficulty(header.powHash(), m_params.powDifficultyBits));
}

bool RoundRobinAuthority::isBetter(quint64 weight, const QByteArray &tipHash, quint64 otherWeight, const QByteArray &otherTipHash)
{
    if (weight != otherWeight)
        return weight > otherWeight;
    return tipHash < otherTipHash;
}

} // namespace careledger::ledger
