#pragma once

// The ledger state a transaction or block is checked against: who may sign, the validator
// rotation and each signer's last sequence. Implemented over the encrypted store
// (ChainState) and in memory (MemoryState, for streaming verification and tests).

#include "Genesis.h"
#include "LedgerError.h"
#include "Transaction.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace careledger::ledger {

struct ValidatorInfo {
    QByteArray keyId;
    QByteArray spki;
    bool operator==(const ValidatorInfo &) const = default;
};

class StateView {
public:
    virtual ~StateView() = default;
    virtual const Genesis &genesis() const = 0;
    // SPKI of the authority, an active member, an active validator or a registered user
    // key; empty when the key id is none of these.
    virtual LedgerResult<QByteArray> signerSpki(const QByteArray &keyId) = 0;
    virtual LedgerResult<quint64> lastSequence(const QByteArray &keyId) = 0; // 0 before the first tx
    virtual LedgerResult<bool> isMember(const QByteArray &keyId) = 0;
    virtual LedgerResult<bool> hasUserKey(const QByteArray &keyId) = 0;
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
    LedgerResult<QByteArray> signerSpki(const QByteArray &keyId) override;
    LedgerResult<quint64> lastSequence(const QByteArray &keyId) override;
    LedgerResult<bool> isMember(const QByteArray &keyId) override { return m_members.contains(keyId); }
    LedgerResult<bool> hasUserKey(const QByteArray &keyId) override { return m_userKeys.contains(keyId); }
    LedgerResult<QList<ValidatorInfo>> validators() override { return m_validators; }
    LedgerStatus applyTx(const Transaction &tx, quint64 height) override;

private:
    Genesis m_genesis;
    QByteArray m_authorityKeyId;
    QHash<QByteArray, QByteArray> m_members;  // key id -> SPKI
    QHash<QByteArray, QByteArray> m_userKeys; // key id -> SPKI
    QHash<QByteArray, quint64> m_sequences;
    QList<ValidatorInfo> m_validators;
};

// Every rule a transaction must satisfy to be included in a block with timestamp
// blockTimeMs on top of `state`: well-formed, this chain, known signer, valid signature,
// authorised for its type, exactly the signer's next sequence, timestamp within the
// genesis window, and consistent with the state (e.g. no second admission of a member).
LedgerStatus checkTransaction(const Transaction &tx, StateView &state, quint64 blockTimeMs);

// The subset that can never change in the future: the mempool's admission test.
// Accepts sequences beyond the next one (they wait for the gap to fill).
LedgerStatus checkTransactionForPool(const Transaction &tx, StateView &state, quint64 nowMs);

QString describeTx(const QByteArray &txId); // "tx 1a2b3c4d5e6f7a8b"

} // namespace careledger::ledger
