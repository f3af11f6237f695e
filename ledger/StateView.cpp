#include "StateView.h"

#include "Cbor.h"
#include "Try.h"
#include "crypto/Crypto.h"

namespace careledger::ledger {

namespace {

constexpr qsizetype kMaxValidators = 64;

QByteArray keyIdOf(const QByteArray &spki, StateView &state)
{
    return state.publicKey(spki).keyId(); // empty when the key does not parse
}

LedgerStatus fail(LedgerError code, const Transaction &tx, const QString &message)
{
    return LedgerStatus::failure(code, QStringLiteral("%1 (%2 by %3, sequence %4): %5")
                                           .arg(describeTx(tx.id()), txTypeName(tx.type()), cbor::shortHex(tx.signerKeyId))
                                           .arg(tx.sequence)
                                           .arg(message));
}

LedgerStatus checkStatic(const Transaction &tx, StateView &state)
{
    if (auto s = tx.checkWellFormed(); !s)
        return fail(s.code(), tx, s.message());
    if (tx.chainId != state.genesis().chainId)
        return fail(LedgerError::WrongChain, tx, QStringLiteral("belongs to another chain"));
    return {};
}

// The signer is the authority, an active member, an active validator or a registered user
// key; `key` is then its parsed key (null when it does not parse: reported as a bad signature).
LedgerStatus checkSignerKnown(const Transaction &tx, StateView &state, core::EcPublicKey &key)
{
    LEDGER_TRY(spki, state.signerSpki(tx.signerKeyId));
    if (spki.isEmpty())
        return fail(LedgerError::UnknownSigner, tx, QStringLiteral("the signer is not a known key of this chain"));
    key = state.publicKey(spki);
    return {};
}

LedgerStatus checkSignature(const Transaction &tx, const core::EcPublicKey &key)
{
    if (key.isNull() || !tx.verifySignature(key))
        return fail(LedgerError::BadSignature, tx, QStringLiteral("the signature does not verify"));
    return {};
}

bool isDeviceTx(TxType type)
{
    return type == TxType::DeviceRegister || type == TxType::DevicePair || type == TxType::DeviceUnpair;
}

LedgerStatus checkAuthorisation(const Transaction &tx, StateView &state)
{
    const bool byAuthority = tx.signerKeyId == state.authorityKeyId();
    if (isAuthorityOnly(tx.type()) && !byAuthority)
        return fail(LedgerError::NotAuthorised, tx, QStringLiteral("only the health authority may issue this"));
    if (isDeviceTx(tx.type())) {
        LEDGER_TRY(userKey, state.hasUserKey(tx.signerKeyId));
        if (!userKey)
            return fail(LedgerError::NotAuthorised, tx, QStringLiteral("only a registered user key may register or pair devices"));
    }
    if (tx.type() == TxType::UserKeyRegister && !byAuthority) {
        LEDGER_TRY(member, state.isMember(tx.signerKeyId));
        if (!member)
            return fail(LedgerError::NotAuthorised, tx, QStringLiteral("only a member or the authority may register user keys"));
    }
    return {};
}

LedgerStatus checkSigner(const Transaction &tx, StateView &state)
{
    core::EcPublicKey key;
    if (auto s = checkSignerKnown(tx, state, key); !s)
        return s;
    if (auto s = checkSignature(tx, key); !s)
        return s;
    return checkAuthorisation(tx, state);
}

LedgerStatus checkTimestamp(const Transaction &tx, StateView &state, quint64 referenceMs)
{
    const quint64 window = state.genesis().params.timestampWindowMs;
    const quint64 diff = tx.timestampMs > referenceMs ? tx.timestampMs - referenceMs : referenceMs - tx.timestampMs;
    if (diff > window)
        return fail(LedgerError::BadTimestamp, tx, QStringLiteral("timestamp is %1 ms away from the block time (window %2 ms)").arg(diff).arg(window));
    return {};
}

LedgerStatus checkEffects(const Transaction &tx, StateView &state)
{
    auto invalid = [&](const QString &m) { return fail(LedgerError::InvalidState, tx, m); };
    if (const auto *admit = std::get_if<MemberAdmitBody>(&tx.body)) {
        LEDGER_TRY(member, state.isMember(keyIdOf(admit->spki, state)));
        if (member)
            return invalid(QStringLiteral("the member is already admitted"));
    } else if (const auto *removal = std::get_if<MemberRemoveBody>(&tx.body)) {
        LEDGER_TRY(member, state.isMember(removal->memberKeyId));
        if (!member)
            return invalid(QStringLiteral("no such member"));
    } else if (std::holds_alternative<ValidatorAddBody>(tx.body) || std::holds_alternative<ValidatorRemoveBody>(tx.body)) {
        LEDGER_TRY(validators, state.validators());
        const QByteArray keyId = std::holds_alternative<ValidatorAddBody>(tx.body) ? keyIdOf(std::get<ValidatorAddBody>(tx.body).spki, state)
                                                                                   : std::get<ValidatorRemoveBody>(tx.body).validatorKeyId;
        const bool present = std::any_of(validators.begin(), validators.end(), [&](const ValidatorInfo &v) { return v.keyId == keyId; });
        if (std::holds_alternative<ValidatorAddBody>(tx.body)) {
            if (present)
                return invalid(QStringLiteral("already a validator"));
            if (validators.size() >= kMaxValidators)
                return invalid(QStringLiteral("the validator set is full"));
        } else {
            if (!present)
                return invalid(QStringLiteral("not a validator"));
            if (validators.size() == 1)
                return invalid(QStringLiteral("the last validator cannot be removed"));
        }
    } else if (const auto *reg = std::get_if<UserKeyRegisterBody>(&tx.body)) {
        LEDGER_TRY(known, state.hasUserKey(keyIdOf(reg->spki, state)));
        if (known)
            return invalid(QStringLiteral("the user key is already registered"));
        LEDGER_TRY(member, state.isMember(reg->memberKeyId));
        if (!member)
            return invalid(QStringLiteral("the user key names a clinic that is not a member"));
    } else if (const auto *device = std::get_if<DeviceRegisterBody>(&tx.body)) {
        LEDGER_TRY(known, state.hasDevice(device->deviceId));
        if (known)
            return invalid(QStringLiteral("the device is already registered"));
    } else if (isDeviceTx(tx.type())) {
        const QByteArray deviceId = std::holds_alternative<DevicePairBody>(tx.body) ? std::get<DevicePairBody>(tx.body).deviceId
                                                                                   : std::get<DeviceUnpairBody>(tx.body).deviceId;
        LEDGER_TRY(known, state.hasDevice(deviceId));
        if (!known)
            return invalid(QStringLiteral("the device is not registered"));
    }
    return {};
}

} // namespace

core::EcPublicKey KeyCache::key(const QByteArray &spki)
{
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_keys.constFind(spki); it != m_keys.constEnd())
            return *it;
    }
    auto parsed = core::EcPublicKey::fromSpkiDer(spki); // outside the lock: the slow part
    core::EcPublicKey key = parsed ? std::move(parsed).value() : core::EcPublicKey();
    std::lock_guard lock(m_mutex);
    if (m_keys.size() >= kMaxKeys)
        m_keys.clear();
    m_keys.insert(spki, key);
    return key;
}

core::EcPublicKey StateView::publicKey(const QByteArray &spki)
{
    auto key = core::EcPublicKey::fromSpkiDer(spki);
    return key ? std::move(key).value() : core::EcPublicKey();
}

QString describeTx(const QByteArray &txId)
{
    return QStringLiteral("tx %1").arg(QString::fromLatin1(txId.toHex()));
}

PreparedTxCheck prepareTransactionCheck(const Transaction &tx, StateView &state, quint64 blockTimeMs)
{
    PreparedTxCheck p;
    if (tx.chainId != state.genesis().chainId) {
        p.beforeSignature = fail(LedgerError::WrongChain, tx, QStringLiteral("belongs to another chain"));
        return p;
    }
    p.beforeSignature = checkSignerKnown(tx, state, p.signerKey);
    if (!p.beforeSignature)
        return p;
    p.afterSignature = [&]() -> LedgerStatus {
        if (auto s = checkAuthorisation(tx, state); !s)
            return s;
        LEDGER_TRY(last, state.lastSequence(tx.signerKeyId));
        if (tx.sequence != last + 1)
            return fail(LedgerError::BadSequence, tx,
                        tx.sequence <= last ? QStringLiteral("sequence already used (last is %1)").arg(last)
                                            : QStringLiteral("sequence skips ahead (next is %1)").arg(last + 1));
        if (auto s = checkTimestamp(tx, state, blockTimeMs); !s)
            return s;
        return checkEffects(tx, state);
    }();
    return p;
}

LedgerStatus finishTransactionCheck(const Transaction &tx, const PreparedTxCheck &prepared)
{
    // checkTransaction()'s order: well-formed, chain and signer, signature, the rest.
    if (auto s = tx.checkWellFormed(); !s)
        return fail(s.code(), tx, s.message());
    if (!prepared.beforeSignature)
        return prepared.beforeSignature;
    if (auto s = checkSignature(tx, prepared.signerKey); !s)
        return s;
    return prepared.afterSignature;
}

LedgerStatus checkTransaction(const Transaction &tx, StateView &state, quint64 blockTimeMs)
{
    return finishTransactionCheck(tx, prepareTransactionCheck(tx, state, blockTimeMs));
}

LedgerStatus checkTransactionForPool(const Transaction &tx, StateView &state, quint64 nowMs)
{
    if (auto s = checkStatic(tx, state); !s)
        return s;
    if (auto s = checkSigner(tx, state); !s)
        return s;
    LEDGER_TRY(last, state.lastSequence(tx.signerKeyId));
    if (tx.sequence <= last)
        return fail(LedgerError::BadSequence, tx, QStringLiteral("sequence already used (last is %1)").arg(last));
    return checkTimestamp(tx, state, nowMs);
}

MemoryState::MemoryState(Genesis genesis) : m_genesis(std::move(genesis)), m_authorityKeyId(m_genesis.authorityKeyId())
{
    for (const auto &m : m_genesis.members)
        m_members.insert(keyIdOf(m.spki, *this), m.spki);
    for (const auto &spki : m_genesis.validatorSpkis)
        m_validators.append({keyIdOf(spki, *this), spki});
}

LedgerResult<QByteArray> MemoryState::signerSpki(const QByteArray &keyId)
{
    if (keyId == m_authorityKeyId)
        return m_genesis.authoritySpki;
    if (auto it = m_members.constFind(keyId); it != m_members.constEnd())
        return *it;
    for (const auto &v : m_validators)
        if (v.keyId == keyId)
            return v.spki;
    return m_userKeys.value(keyId);
}

LedgerResult<quint64> MemoryState::lastSequence(const QByteArray &keyId)
{
    return m_sequences.value(keyId, 0);
}

LedgerStatus MemoryState::applyTx(const Transaction &tx, quint64 /*height*/)
{
    m_sequences.insert(tx.signerKeyId, tx.sequence);
    if (const auto *admit = std::get_if<MemberAdmitBody>(&tx.body))
        m_members.insert(keyIdOf(admit->spki, *this), admit->spki);
    else if (const auto *removal = std::get_if<MemberRemoveBody>(&tx.body))
        m_members.remove(removal->memberKeyId);
    else if (const auto *vadd = std::get_if<ValidatorAddBody>(&tx.body))
        m_validators.append({keyIdOf(vadd->spki, *this), vadd->spki});
    else if (const auto *vrem = std::get_if<ValidatorRemoveBody>(&tx.body))
        m_validators.removeIf([&](const ValidatorInfo &v) { return v.keyId == vrem->validatorKeyId; });
    else if (const auto *reg = std::get_if<UserKeyRegisterBody>(&tx.body))
        m_userKeys.insert(keyIdOf(reg->spki, *this), reg->spki);
    else if (const auto *device = std::get_if<DeviceRegisterBody>(&tx.body))
        m_devices.insert(device->deviceId);
    return {};
}

} // namespace careledger::ledger
