#pragma once

// The ledger state at the main-chain tip, kept in the workstation's encrypted store. Every
// change is reversible from the transaction alone (rows carry the height that added or
// removed them), so disconnecting a block needs no separate undo data.

#include "StateView.h"

namespace careledger::core {
class Database;
}

namespace careledger::ledger {

class ChainState final : public MutableState {
public:
    ChainState(core::Database &db, Genesis genesis);

    LedgerStatus initialise(); // genesis members and validators at height 0

    const Genesis &genesis() const override { return m_genesis; }
    QByteArray authorityKeyId() const override { return m_authorityKeyId; }
    core::EcPublicKey publicKey(const QByteArray &spki) override { return m_keys.key(spki); }
    LedgerResult<QByteArray> signerSpki(const QByteArray &keyId) override;
    LedgerResult<quint64> lastSequence(const QByteArray &keyId) override;
    LedgerResult<bool> isMember(const QByteArray &keyId) override;
    LedgerResult<bool> hasUserKey(const QByteArray &keyId) override;
    LedgerResult<bool> hasDevice(const QByteArray &deviceId) override;
    LedgerResult<QList<ValidatorInfo>> validators() override;
    LedgerStatus applyTx(const Transaction &tx, quint64 height) override;
    LedgerStatus undoTx(const Transaction &tx, quint64 height); // exact inverse of applyTx

private:
    core::Database &m_db;
    Genesis m_genesis;
    QByteArray m_authorityKeyId;
    KeyCache m_keys; // parsed signer keys: each is parsed once, not per transaction
};

} // namespace careledger::ledger
