#pragma once

#include "LedgerError.h"
#include "TxBodies.h"

#include <QByteArray>

namespace careledger::core {
class EcPrivateKey;
class EcPublicKey;
} // namespace careledger::core

namespace careledger::ledger {

inline constexpr quint64 kTxVersion = 1;
inline constexpr qsizetype kChainIdSize = 16;
inline constexpr qsizetype kMaxSignatureSize = 72; // DER ECDSA-Sig-Value on P-256
inline constexpr qsizetype kMaxTxSize = 2048;
inline constexpr char kTxSigningDomain[] = "careledger-tx-v1";

// One signed change to the ledger. Plain value: construct, sign(), encode(); or decode().
struct Transaction {
    quint64 version = kTxVersion;
    QByteArray chainId;     // 16 bytes, from genesis
    QByteArray signerKeyId; // SHA-256 of the signer's SPKI DER
    quint64 sequence = 0;   // the signer's first transaction has sequence 1
    quint64 timestampMs = 0;
    TxBody body;
    QByteArray signature; // DER ECDSA P-256 over signingInput()

    TxType type() const { return bodyType(body); }
    QByteArray unsignedEncoding() const; // CBOR map without the signature entry
    QByteArray signingInput() const;     // kTxSigningDomain || unsignedEncoding()
    QByteArray encode() const;           // full canonical CBOR
    QByteArray id() const;               // SHA-256(encode())

    // Sets signerKeyId to the key's id, then signs.
    LedgerStatus sign(const core::EcPrivateKey &key);
    bool verifySignature(const core::EcPublicKey &key) const;

    // Checks everything that needs no chain state: version, sizes, body rules.
    LedgerStatus checkWellFormed() const;

    // Strict: also rejects any input that does not re-encode to the same bytes.
    static LedgerResult<Transaction> decode(QByteArrayView bytes);

    bool operator==(const Transaction &) const = default;
};

} // namespace careledger::ledger
