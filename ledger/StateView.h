#pragma once

// The ledger state a transaction or block is checked against: who may sign, the validator
// rotation and each signer's last sequence. Implemented over the encrypted store
// (ChainState) and in memory (MemoryState, for streaming verification and tests).

#include "Genesis.h"
#include "LedgerError.h"
#include "Transaction.h"
#include "crypto/Crypto.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <mutex>

namespace careledger::ledger {

struct ValidatorInfo {
    QByteArray keyId;
    QByteArray spki;
    bool operator==(const ValidatorInfo &) const = default;
};

// Parsed public keys by SubjectPublicKeyInfo. A key is a pure function of its encoding, so a
// key parsed once serves every later transaction of its signer; whether the key may still sign
// is always looked up in the state first. Thread-safe; copies of a state share one cache. Its
// size is capped (it starts over when full), so it never grows with chain length.
class KeyCache {
public:
    static constexpr qsizetype kMaxKeys = 4096;
    // The key, or a null key when the encoding is not a P-256 SubjectPublicKeyInfo.
    core::EcPublicKey key(const QByteArray &spki);

private:
    std::mutex m_mutex;
    QHash<QByteArray, core::EcPublicKey> m_keys;
};

class StateView {
public:
    virtual ~StateView() = default;
    virtual const Genesis &genesis() const = 0;
    virtual QByteArray authorityKeyId() const { return genesis().authorityKeyId(); }
    // The parsed key of a SPKI returned by signerSpki() or a validator's; null when it does
    // not parse. Views with a KeyCache parse each key once.
    virtual core::EcPublicKey publicKey(const QByteArray &spki);
    // SPKI of the authority, an active member, an active validator or a registered user
    // key; empty when the key id is none of these.
    virtual LedgerResult<QByteArray> signerSpki(const QByteArray &keyId) = 0;
    virtual LedgerResult<quint64> lastSequence(const QByteArray &keyId) = 0; // 0 before the first tx
    virtual LedgerResult<bool> isMember(const QByteArray &keyId) = 0;
    virtual LedgerResult<bool> hasUserKey(const QByteArray &keyId) = 0;
    virtual LedgerResult<bool> hasDevice(const QByteArray &deviceId) = 0; // registered bedside device
    virtual LedgerResult<QList<ValidatorInfo>> validators() = 0; // active, in joining order
};

class MutableState : public StateView {
public:
    // Records the effects of a transaction that passed checkTransaction() in a block at height.
    virtual LedgerStatus applyTx(const Transaction &tx, quint64 height) = 0;
};

// State held in memory; its size grows with the number of signers, never with chain length.
class MemoryState final : public MutableState {
public:
    explicit MemoryState(Genesis genesis);

    const Genesis &genesis() const override { return m_genesis; }
    QByteArray authorityKeyId() const override { return m_authorityKeyId; }
    core::EcPublicKey publicKey(const QByteArray &spki) override { return m_keys->key(spki); }
    const std::shared_ptr<KeyCache> &keyCache() const { return m_keys; } // shared by copies
    LedgerResult<QByteArray> signerSpki(const QByteArray &keyId) override;
    LedgerResult<quint64> lastSequence(const QByteArray &keyId) override;
    LedgerResult<bool> isMember(const QByteArray &keyId) override { return m_members.contains(keyId); }
    LedgerResult<bool> hasUserKey(const QByteArray &keyId) override { return m_userKeys.contains(keyId); }
    LedgerResult<bool> hasDevice(const QByteArray &deviceId) override { return m_devices.contains(deviceId); }
    LedgerResult<QList<ValidatorInfo>> validators() override { return m_validators; }
    LedgerStatus applyTx(const Transaction &tx, quint64 height) override;

private:
    Genesis m_genesis;
    QByteArray m_authorityKeyId;
    QHash<QByteArray, QByteArray> m_members;  // key id -> SPKI
    QHash<QByteArray, QByteArray> m_userKeys; // key id -> SPKI
    QHash<QByteArray, quint64> m_sequences;
    QSet<QByteArray> m_devices;
    QList<ValidatorInfo> m_validators;
    std::shared_ptr<KeyCache> m_keys = std::make_shared<KeyCache>();
};

// Every rule a transaction must satisfy to be included in a block with timestamp
// blockTimeMs on top of `state`: well-formed, this chain, known signer, valid signature,
// authorised for its type, exactly the signer's next sequence, timestamp within the
// genesis window, and consistent with the state (e.g. no second admission of a member).
LedgerStatus checkTransaction(const Transaction &tx, StateView &state, quint64 blockTimeMs);

// checkTransaction() in two halves with the same outcome, for a verifier that walks the state
// on one thread and verifies signatures on others: prepareTransactionCheck() does every state
// lookup (on the thread that owns the state, against the state before tx), and
// finishTransactionCheck() does the rest (well-formedness, the signature) on any thread and
// returns the first failure in checkTransaction()'s order.
struct PreparedTxCheck {
    LedgerStatus beforeSignature; // chain, known signer
    core::EcPublicKey signerKey;  // null when the signer is unknown or its key does not parse
    LedgerStatus afterSignature;  // authorisation, sequence, timestamp, effects
};
PreparedTxCheck prepareTransactionCheck(const Transaction &tx, StateView &state, quint64 blockTimeMs);
LedgerStatus finishTransactionCheck(const Transaction &tx, const PreparedTxCheck &prepared);

// The subset that can never change in the future: the mempool's admission test.
// Accepts sequences beyond the next one (they wait for the gap to fill).
LedgerStatus checkTransactionForPool(const Transaction &tx, StateView &state, quint64 nowMs);

QString describeTx(const QByteArray &txId); // "tx 1a2b3c4d5e6f7a8b"

} // namespace careledger::ledger
