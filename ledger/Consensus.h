#pragma once

// Round-robin authority consensus for a permissioned consortium (a Clique-like rule set):
// the in-turn producer of height h is validators[h mod N] in joining order; another
// validator may seal out of turn only after the parent's time + outOfTurnDelay and weighs
// less; nobody seals twice within floor(N/2)+1 consecutive blocks; optional proof of work.

#include "Block.h"
#include "Genesis.h"
#include "StateView.h"

namespace careledger::ledger {

inline constexpr quint64 kInTurnWeight = 2;
inline constexpr quint64 kOutOfTurnWeight = 1;

class RoundRobinAuthority {
public:
    RoundRobinAuthority(ConsensusParams params, QList<ValidatorInfo> validators);

    const QList<ValidatorInfo> &validators() const { return m_validators; }
    QByteArray inTurnProducer(quint64 height) const;
    // How many blocks before a new one must all be by other producers: floor(N/2).
    qsizetype recentWindow() const { return m_validators.size() / 2; }
    QByteArray validatorSpki(const QByteArray &keyId) const; // empty if not a validator

    // The consensus data `producer` must put in a block at `height` with `timestampMs`, or
    // why it may not seal it. recentProducers: producers of the blocks just before, nearest
    // first (at least recentWindow() of them when the chain is that long; genesis excluded).
    LedgerResult<ConsensusData> sealData(const QByteArray &producer, quint64 height, quint64 parentTimestampMs, quint64 timestampMs,
                                         const QList<QByteArray> &recentProducers) const;
    // Earliest time `producer` may seal at `height`, or nullopt if it may not at all now.
    std::optional<quint64> earliestSealTime(const QByteArray &producer, quint64 height, quint64 parentTimestampMs,
                                            const QList<QByteArray> &recentProducers) const;

    // Producer authorised, flags and weight as sealData() says, proof of work if required.
    LedgerStatus checkHeader(const BlockHeader &header, quint64 parentTimestampMs, const QList<QByteArray> &recentProducers) const;

    static bool meetsDifficulty(QByteArrayView hash, quint64 bits);
    // Grinds header.consensus.powNonce until powHash() meets the difficulty (before signing).
    void solve(BlockHeader &header) const;

    // Fork choice: greater total weight wins; equal weight goes to the lower tip hash.
    static bool isBetter(quint64 weight, const QByteArray &tipHash, quint64 otherWeight, const QByteArray &otherTipHash);

private:
    ConsensusParams m_params;
    QList<ValidatorInfo> m_validators;
};

} // namespace careledger::ledger
