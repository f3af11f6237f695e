#include "ChainState.h"

#include "SqlUtil.h"
#include "Try.h"
#include "crypto/Crypto.h"

namespace careledger::ledger {

ChainState::ChainState(core::Database &db, Genesis genesis)
    : m_db(db), m_genesis(std::move(genesis)), m_authorityKeyId(m_genesis.authorityKeyId())
{
}

LedgerStatus ChainState::initialise()
{
    for (const auto &m : m_genesis.members)
        LEDGER_CHECK(sql::exec(m_db, "INSERT INTO ledger_members (key_id, member_id, spki, added_height) VALUES (?, ?, ?, 0)",
                               publicKey(m.spki).keyId(), m.memberId, m.spki));
    for (const auto &spki : m_genesis.validatorSpkis)
        LEDGER_CHECK(sql::exec(m_db, "INSERT INTO ledger_validators (key_id, spki, added_height) VALUES (?, ?, 0)", publicKey(spki).keyId(), spki));
    return {};
}

LedgerResult<QByteArray> ChainState::signerSpki(const QByteArray &keyId)
{
    if (keyId == m_authorityKeyId)
        return m_genesis.authoritySpki;
    LEDGER_TRY(row, sql::queryRow(m_db,
                                  "SELECT spki FROM ledger_members WHERE key_id = ?1 AND removed_height IS NULL "
                                  "UNION ALL SELECT spki FROM ledger_validators WHERE key_id = ?1 AND removed_height IS NULL "
                                  "UNION ALL SELECT spki FROM ledger_user_keys WHERE key_id = ?1 LIMIT 1",
                                  keyId));
    return row ? row->blob(0) : QByteArray();
}

LedgerResult<quint64> ChainState::lastSequence(const QByteArray &keyId)
{
    LEDGER_TRY(row, sql::queryRow(m_db, "SELECT last_sequence FROM ledger_sequences WHERE key_id = ?", keyId));
    return row ? static_cast<quint64>(row->int64(0)) : quint64(0);
}

LedgerResult<bool> ChainState::isMember(const QByteArray &keyId)
{
    LEDGER_TRY(row, sql::queryRow(m_db, "SELECT 1 FROM ledger_members WHERE key_id = ? AND removed_height IS NULL", keyId));
    return row.has_value();
}

LedgerResult<bool> ChainState::hasUserKey(const QByteArray &keyId)
{
    LEDGER_TRY(row, sql::queryRow(m_db, "SELECT 1 FROM ledger_user_keys WHERE key_id = ?", keyId));
    return row.has_value();
}

LedgerResult<bool> ChainState::hasDevice(const QByteArray &deviceId)
{
    LEDGER_TRY(row, sql::queryRow(m_db, "SELECT 1 FROM ledger_devices WHERE device_id = ?", deviceId));
    return row.has_value();
}

LedgerResult<QList<ValidatorInfo>> ChainState::validators()
{
    LEDGER_TRY(st, sql::prepare(m_db, "SELECT key_id, spki FROM ledger_validators WHERE removed_height IS NULL ORDER BY id"));
    QList<ValidatorInfo> out;
    for (;;) {
        LEDGER_TRY(has, sql::step(st));
        if (!has)
            break;
        out.append({st.blob(0), st.blob(1)});
    }
    return out;
}

LedgerStatus ChainState::applyTx(const Transaction &tx, quint64 height)
{
    LEDGER_CHECK(sql::exec(m_db, "INSERT OR REPLACE INTO ledger_sequences (key_id, last_sequence) VALUES (?, ?)", tx.signerKeyId, tx.sequence));
    if (const auto *admit = std::get_if<MemberAdmitBody>(&tx.body))
        return sql::exec(m_db, "INSERT INTO ledger_members (key_id, member_id, spki, added_height) VALUES (?, ?, ?, ?)", publicKey(admit->spki).keyId(),
                         admit->memberId, admit->spki, height);
    if (const auto *removal = std::get_if<MemberRemoveBody>(&tx.body))
        return sql::exec(m_db, "UPDATE ledger_members SET removed_height = ? WHERE key_id = ? AND removed_height IS NULL", height,
                         removal->memberKeyId);
    if (const auto *vadd = std::get_if<ValidatorAddBody>(&tx.body))
        return sql::exec(m_db, "INSERT INTO ledger_validators (key_id, spki, added_height) VALUES (?, ?, ?)", publicKey(vadd->spki).keyId(), vadd->spki, height);
    if (const auto *vrem = std::get_if<ValidatorRemoveBody>(&tx.body))
        return sql::exec(m_db, "UPDATE ledger_validators SET removed_height = ? WHERE key_id = ? AND removed_height IS NULL", height,
                         vrem->validatorKeyId);
    if (const auto *reg = std::get_if<UserKeyRegisterBody>(&tx.body))
        return sql::exec(m_db, "INSERT INTO ledger_user_keys (key_id, spki, member_key_id, registered_height) VALUES (?, ?, ?, ?)",
                         publicKey(reg->spki).keyId(), reg->spki, reg->memberKeyId, height);
    if (const auto *device = std::get_if<DeviceRegisterBody>(&tx.body))
        return sql::exec(m_db, "INSERT INTO ledger_devices (device_id, key_hash, registered_height) VALUES (?, ?, ?)", device->deviceId,
                         device->keyHash, height);
    return {};
}

LedgerStatus ChainState::undoTx(const Transaction &tx, quint64 height)
{
    // Sequences are contiguous, so the previous value is always sequence - 1.
    if (tx.sequence <= 1)
        LEDGER_CHECK(sql::exec(m_db, "DELETE FROM ledger_sequences WHERE key_id = ?", tx.signerKeyId));
    else
        LEDGER_CHECK(sql::exec(m_db, "UPDATE ledger_sequences SET last_sequence = ? WHERE key_id = ?", tx.sequence - 1, tx.signerKeyId));
    if (const auto *admit = std::get_if<MemberAdmitBody>(&tx.body))
        return sql::exec(m_db, "DELETE FROM ledger_members WHERE key_id = ? AND added_height = ? AND removed_height IS NULL", publicKey(admit->spki).keyId(), height);
    if (const auto *removal = std::get_if<MemberRemoveBody>(&tx.body))
        return sql::exec(m_db, "UPDATE ledger_members SET removed_height = NULL WHERE key_id = ? AND removed_height = ?", removal->memberKeyId, height);
    if (const auto *vadd = std::get_if<ValidatorAddBody>(&tx.body))
        return sql::exec(m_db, "DELETE FROM ledger_validators WHERE key_id = ? AND added_height = ? AND removed_height IS NULL", publicKey(vadd->spki).keyId(),
                         height);
    if (const auto *vrem = std::get_if<ValidatorRemoveBody>(&tx.body))
        return sql::exec(m_db, "UPDATE ledger_validators SET removed_height = NULL WHERE key_id = ? AND removed_height = ?", vrem->validatorKeyId,
                         height);
    if (const auto *reg = std::get_if<UserKeyRegisterBody>(&tx.body))
        return sql::exec(m_db, "DELETE FROM ledger_user_keys WHERE key_id = ? AND registered_height = ?", publicKey(reg->spki).keyId(), height);
    if (const auto *device = std::get_if<DeviceRegisterBody>(&tx.body))
        return sql::exec(m_db, "DELETE FROM ledger_devices WHERE device_id = ? AND registered_height = ?", device->deviceId, height);
    return {};
}

} // namespace careledger::ledger
