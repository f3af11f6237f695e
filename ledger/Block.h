#pragma once

#include "LedgerError.h"
#include "Transaction.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace careledger::ledger {

inline constexpr quint64 kBlockVersion = 1;
inline constexpr qsizetype kMaxHeaderSize = 512;
inline constexpr qsizetype kHardMaxBodySize = 16 * 1024 * 1024; // above any genesis max block size
inline constexpr char kBlockSigningDomain[] = "careledger-block-v1";

struct ConsensusData {
    bool inTurn = false;
    quint64 weight = 0;                 // 2 in turn, 1 out of turn, 0 genesis
    std::optional<quint64> powNonce;    // present exactly when genesis sets a difficulty
    bool operator==(const ConsensusData &) const = default;
};

struct BlockHeader {
    quint64 version = kBlockVersion;
    quint64 height = 0;
    QByteArray previousHash; // 32 zero bytes for genesis
    QByteArray merkleRoot;   // RFC 6962 root of the tx ids (genesis: leaf hash of the genesis encoding)
    quint64 txCount = 0;
    quint64 timestampMs = 0;
    QByteArray producerKeyId;
    ConsensusData consensus;
    QByteArray signature;

    QByteArray unsignedEncoding() const;
    QByteArray signingInput() const; // kBlockSigningDomain || unsignedEncoding()
    QByteArray encode() const;
    QByteArray hash() const;    // SHA-256(encode()): the block hash
    QByteArray powHash() const; // SHA-256(signingInput()): ground before signing, so sealing signs once

    LedgerStatus sign(const core::EcPrivateKey &key); // sets producerKeyId
    bool verifySignature(const core::EcPublicKey &key) const;

    static LedgerResult<BlockHeader> decode(QByteArrayView bytes);
    bool operator==(const BlockHeader &) const = default;
};

struct Block {
    BlockHeader header;
    QList<Transaction> transactions;

    QList<QByteArray> txIds() const;
    QByteArray computeMerkleRoot() const;
    QByteArray encodeBody() const; // CBOR array of byte strings, each a transaction's encoding

    // Decodes each transaction strictly; a failure names its position.
    static LedgerResult<QList<Transaction>> decodeBody(QByteArrayView bytes);
};

} // namespace careledger::ledger
