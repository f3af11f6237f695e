#pragma once

// The consortium's founding document, written once by the health authority. Its block
// (height 0) carries the encoding as body; the genesis block hash identifies the chain.

#include "Block.h"
#include "LedgerError.h"

#include <QByteArray>
#include <QList>

namespace careledger::ledger {

inline constexpr quint64 kGenesisVersion = 1;
inline constexpr quint64 kMaxGenesisValidators = 64;
inline constexpr quint64 kMaxGenesisMembers = 1024;
inline constexpr quint64 kMaxPowDifficulty = 64;
inline constexpr qsizetype kMaxRootCertificateSize = 8192;

struct ConsensusParams {
    quint64 outOfTurnDelayMs = 10'000;
    quint64 timestampWindowMs = 600'000; // tx time vs block time, and block time vs local clock
    quint64 maxBlockBytes = 1024 * 1024; // encoded body
    quint64 maxBlockTxs = 2000;
    quint64 powDifficultyBits = 0; // 0: no proof of work
    bool operator==(const ConsensusParams &) const = default;
};

struct GenesisMember {
    QByteArray memberId;
    QByteArray spki;
    bool operator==(const GenesisMember &) const = default;
};

struct Genesis {
    quint64 version = kGenesisVersion;
    QByteArray chainId; // 16 random bytes
    QByteArray authoritySpki;
    QList<QByteArray> validatorSpkis; // joining order = rotation order
    QList<GenesisMember> members;
    ConsensusParams params;
    quint64 createdAtMs = 0;
    // DER of the consortium's TLS root CA (key 8). Optional: a genesis without it encodes
    // exactly as before, and its peers take the root from their configuration.
    QByteArray rootCertificate;

    QByteArray authorityKeyId() const;
    QList<QByteArray> validatorKeyIds() const;

    LedgerStatus validate() const; // parseable keys, no duplicates, sane parameters, a CA root if any
    QByteArray encode() const;
    static LedgerResult<Genesis> decode(QByteArrayView bytes);

    // Height 0, previous hash all zero, merkleRoot = merkleLeafHash(encode()), no
    // transactions, weight 0, signed by the authority.
    LedgerResult<BlockHeader> makeHeader(const core::EcPrivateKey &authority) const;
    LedgerStatus verifyHeader(const BlockHeader &header) const;

    bool operator==(const Genesis &) const = default;
};

} // namespace careledger::ledger
