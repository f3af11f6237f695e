#include "TxBodies.h"

#include "Cbor.h"
#include "crypto/Crypto.h"

#include <QList>
#include <QPair>

namespace careledger::ledger {

namespace {

// Collects entries in ascending key order so the map count is known before writing.
class Entries {
public:
    void u(quint64 key, quint64 v)
    {
        cbor::Writer w;
        w.uint(v);
        m_items.append({key, w.take()});
    }
    void b(quint64 key, const QByteArray &v)
    {
        cbor::Writer w;
        w.bytes(v);
        m_items.append({key, w.take()});
    }
    void optB(quint64 key, const QByteArray &v)
    {
        if (!v.isEmpty())
            b(key, v);
    }
    void optU(quint64 key, const std::optional<quint64> &v)
    {
        if (v)
            u(key, *v);
    }
    void write(cbor::Writer &w) const
    {
        w.map(static_cast<quint64>(m_items.size()));
        for (const auto &[key, value] : m_items) {
            w.uint(key);
            w.raw(value);
        }
    }

private:
    QList<QPair<quint64, QByteArray>> m_items;
};

QByteArray id(cbor::Reader &r, const char *what) { return r.bytes(what, 1, kMaxIdSize); }
QByteArray hash(cbor::Reader &r, const char *what) { return r.bytes(what, kHashSize, kHashSize); }
QByteArray spki(cbor::Reader &r) { return r.bytes("public key", 1, kMaxSpkiSize); }

QByteArray optBytes(cbor::MapReader &m, cbor::Reader &r, quint64 key, const char *what, qsizetype minSize, qsizetype maxSize)
{
    return m.optionalKey(key) ? r.bytes(what, minSize, maxSize) : QByteArray();
}

LedgerStatus bad(const QString &message)
{
    return LedgerStatus::failure(LedgerError::Malformed, message);
}

LedgerStatus checkId(const QByteArray &v, const char *what, bool optional = false)
{
    if ((v.isEmpty() && !optional) || v.size() > kMaxIdSize)
        return bad(QStringLiteral("%1 must be 1 to %2 bytes").arg(QLatin1String(what)).arg(kMaxIdSize));
    return {};
}

LedgerStatus checkHash(const QByteArray &v, const char *what, bool optional = false)
{
    if ((optional && v.isEmpty()) || v.size() == kHashSize)
        return {};
    return bad(QStringLiteral("%1 must be %2 bytes").arg(QLatin1String(what)).arg(kHashSize));
}

LedgerStatus checkSpki(const QByteArray &v)
{
    if (v.isEmpty() || v.size() > kMaxSpkiSize || !core::EcPublicKey::fromSpkiDer(v).ok())
        return bad(QStringLiteral("public key is not a P-256 SubjectPublicKeyInfo"));
    return {};
}

LedgerStatus checkGrantee(const QByteArray &keyId, const QByteArray &clinicId)
{
    if (keyId.isEmpty() == clinicId.isEmpty())
        return bad(QStringLiteral("consent names exactly one of a grantee key id or a clinic id"));
    if (auto s = checkHash(keyId, "grantee key id", true); !s)
        return s;
    return checkId(clinicId, "clinic id", true);
}

template <typename... F>
LedgerStatus all(F... checks)
{
    LedgerStatus result;
    ((result.ok() ? (void)(result = checks()) : void()), ...);
    return result;
}

} // namespace

TxType bodyType(const TxBody &body)
{
    return static_cast<TxType>(body.index() + 1);
}

bool isKnownTxType(quint64 value)
{
    return value >= 1 && value <= std::variant_size_v<TxBody>;
}

bool isAuthorityOnly(TxType type)
{
    return type == TxType::MemberAdmit || type == TxType::MemberRemove || type == TxType::ValidatorAdd || type == TxType::ValidatorRemove;
}

QString txTypeName(TxType type)
{
    switch (type) {
    case TxType::MemberAdmit: return QStringLiteral("member admission");
    case TxType::MemberRemove: return QStringLiteral("member removal");
    case TxType::ValidatorAdd: return QStringLiteral("validator addition");
    case TxType::ValidatorRemove: return QStringLiteral("validator removal");
    case TxType::UserKeyRegister: return QStringLiteral("user key registration");
    case TxType::RecordPut: return QStringLiteral("record put");
    case TxType::RecordErase: return QStringLiteral("record erasure");
    case TxType::ConsentGrant: return QStringLiteral("consent grant");
    case TxType::ConsentRevoke: return QStringLiteral("consent revocation");
    case TxType::VitalsAnchor: return QStringLiteral("vitals anchor");
    case TxType::AlertAck: return QStringLiteral("alert acknowledgement");
    case TxType::AlertThresholdOverride: return QStringLiteral("alert threshold override");
    case TxType::AuditAnchor: return QStringLiteral("audit anchor");
    case TxType::DeviceRegister: return QStringLiteral("device registration");
    case TxType::DevicePair: return QStringLiteral("device pairing");
    case TxType::DeviceUnpair: return QStringLiteral("device unpairing");
    }
    return QStringLiteral("unknown type %1").arg(static_cast<int>(type));
}

LedgerStatus validateBody(const TxBody &body)
{
    struct V {
        LedgerStatus operator()(const MemberAdmitBody &b) const
        {
            return all([&] { return checkId(b.memberId, "member id"); }, [&] { return checkSpki(b.spki); });
        }
        LedgerStatus operator()(const MemberRemoveBody &b) const { return checkHash(b.memberKeyId, "member key id"); }
        LedgerStatus operator()(const ValidatorAddBody &b) const { return checkSpki(b.spki); }
        LedgerStatus operator()(const ValidatorRemoveBody &b) const { return checkHash(b.validatorKeyId, "validator key id"); }
        LedgerStatus operator()(const UserKeyRegisterBody &b) const
        {
            return all([&] { return checkSpki(b.spki); }, [&] { return checkHash(b.memberKeyId, "member key id"); });
        }
        LedgerStatus operator()(const RecordPutBody &b) const
        {
            return all([&] { return checkId(b.pseudonym, "pseudonym"); }, [&] { return checkId(b.recordId, "record id"); },
                       [&] { return checkHash(b.ciphertextHash, "ciphertext hash"); });
        }
        LedgerStatus operator()(const RecordEraseBody &b) const
        {
            return all([&] { return checkId(b.pseudonym, "pseudonym"); }, [&] { return checkId(b.recordId, "record id", true); });
        }
        LedgerStatus operator()(const ConsentGrantBody &b) const
        {
            return all([&] { return checkId(b.pseudonym, "pseudonym"); }, [&] { return checkGrantee(b.granteeKeyId, b.clinicId); },
                       [&] { return checkHash(b.wrappedKeyHash, "wrapped key hash"); });
        }
        LedgerStatus operator()(const ConsentRevokeBody &b) const
        {
            return all([&] { return checkId(b.pseudonym, "pseudonym"); }, [&] { return checkGrantee(b.granteeKeyId, b.clinicId); });
        }
        LedgerStatus operator()(const VitalsAnchorBody &b) const
        {
            return all([&] { return checkId(b.pseudonym, "pseudonym"); }, [&] { return checkHash(b.merkleRoot, "vitals Merkle root"); },
                       [&] {
                           return b.windowStartMs < b.windowEndMs ? LedgerStatus() : bad(QStringLiteral("vitals window ends before it starts"));
                       },
                       [&] { return b.count > 0 ? LedgerStatus() : bad(QStringLiteral("vitals anchor covers no readings")); });
        }
        LedgerStatus operator()(const AlertAckBody &b) const
        {
            return all([&] { return checkId(b.pseudonym, "pseudonym"); }, [&] { return checkId(b.alertId, "alert id"); });
        }
        LedgerStatus operator()(const AlertThresholdOverrideBody &b) const
        {
            return all([&] { return checkId(b.pseudonym, "pseudonym"); }, [&] { return checkHash(b.overrideHash, "override hash"); });
        }
        LedgerStatus operator()(const AuditAnchorBody &b) const { return checkHash(b.headHash, "audit head hash"); }
        LedgerStatus operator()(const DeviceRegisterBody &b) const
        {
            return all([&] { return checkId(b.deviceId, "device id"); }, [&] { return checkHash(b.keyHash, "device key hash"); });
        }
        LedgerStatus operator()(const DevicePairBody &b) const
        {
            return all([&] { return checkId(b.deviceId, "device id"); }, [&] { return checkId(b.pseudonym, "pseudonym"); });
        }
        LedgerStatus operator()(const DeviceUnpairBody &b) const { return checkId(b.deviceId, "device id"); }
    };
    return std::visit(V{}, body);
}

void encodeBody(cbor::Writer &w, const TxBody &body)
{
    struct E {
        Entries &e;
        void operator()(const MemberAdmitBody &b) { e.b(1, b.memberId); e.b(2, b.spki); }
        void operator()(const MemberRemoveBody &b) { e.b(1, b.memberKeyId); }
        void operator()(const ValidatorAddBody &b) { e.b(1, b.spki); }
        void operator()(const ValidatorRemoveBody &b) { e.b(1, b.validatorKeyId); }
        void operator()(const UserKeyRegisterBody &b) { e.b(1, b.spki); e.b(2, b.memberKeyId); }
        void operator()(const RecordPutBody &b)
        {
            e.b(1, b.pseudonym); e.b(2, b.recordId); e.u(3, b.version); e.b(4, b.ciphertextHash); e.u(5, b.recordKind);
        }
        void operator()(const RecordEraseBody &b) { e.b(1, b.pseudonym); e.optB(2, b.recordId); }
        void operator()(const ConsentGrantBody &b)
        {
            e.b(1, b.pseudonym); e.optB(2, b.granteeKeyId); e.optB(3, b.clinicId); e.optU(4, b.expiresAtMs); e.b(5, b.wrappedKeyHash);
        }
        void operator()(const ConsentRevokeBody &b) { e.b(1, b.pseudonym); e.optB(2, b.granteeKeyId); e.optB(3, b.clinicId); }
        void operator()(const VitalsAnchorBody &b)
        {
            e.b(1, b.pseudonym); e.u(2, b.windowStartMs); e.u(3, b.windowEndMs); e.u(4, b.count); e.b(5, b.merkleRoot);
        }
        void operator()(const AlertAckBody &b) { e.b(1, b.pseudonym); e.b(2, b.alertId); }
        void operator()(const AlertThresholdOverrideBody &b) { e.b(1, b.pseudonym); e.u(2, b.parameter); e.b(3, b.overrideHash); }
        void operator()(const AuditAnchorBody &b) { e.b(1, b.headHash); e.u(2, b.entryCount); }
        void operator()(const DeviceRegisterBody &b) { e.b(1, b.deviceId); e.b(2, b.keyHash); }
        void operator()(const DevicePairBody &b) { e.b(1, b.deviceId); e.b(2, b.pseudonym); e.u(3, b.fromMs); }
        void operator()(const DeviceUnpairBody &b) { e.b(1, b.deviceId); e.u(2, b.atMs); }
    };
    Entries entries;
    std::visit(E{entries}, body);
    entries.write(w);
}

TxBody decodeBody(TxType type, cbor::Reader &r)
{
    cbor::MapReader m(r, "transaction body", 8);
    TxBody result;
    switch (type) {
    case TxType::MemberAdmit: {
        MemberAdmitBody b;
        m.key(1); b.memberId = id(r, "member id");
        m.key(2); b.spki = spki(r);
        result = b;
        break;
    }
    case TxType::MemberRemove: {
        MemberRemoveBody b;
        m.key(1); b.memberKeyId = hash(r, "member key id");
        result = b;
        break;
    }
    case TxType::ValidatorAdd: {
        ValidatorAddBody b;
        m.key(1); b.spki = spki(r);
        result = b;
        break;
    }
    case TxType::ValidatorRemove: {
        ValidatorRemoveBody b;
        m.key(1); b.validatorKeyId = hash(r, "validator key id");
        result = b;
        break;
    }
    case TxType::UserKeyRegister: {
        UserKeyRegisterBody b;
        m.key(1); b.spki = spki(r);
        m.key(2); b.memberKeyId = hash(r, "member key id");
        result = b;
        break;
    }
    case TxType::RecordPut: {
        RecordPutBody b;
        m.key(1); b.pseudonym = id(r, "pseudonym");
        m.key(2); b.recordId = id(r, "record id");
        m.key(3); b.version = r.uint("record version");
        m.key(4); b.ciphertextHash = hash(r, "ciphertext hash");
        m.key(5); b.recordKind = r.uint("record kind");
        result = b;
        break;
    }
    case TxType::RecordErase: {
        RecordEraseBody b;
        m.key(1); b.pseudonym = id(r, "pseudonym");
        b.recordId = optBytes(m, r, 2, "record id", 1, kMaxIdSize);
        result = b;
        break;
    }
    case TxType::ConsentGrant: {
        ConsentGrantBody b;
        m.key(1); b.pseudonym = id(r, "pseudonym");
        b.granteeKeyId = optBytes(m, r, 2, "grantee key id", kKeyIdSize, kKeyIdSize);
        b.clinicId = optBytes(m, r, 3, "clinic id", 1, kMaxIdSize);
        if (m.optionalKey(4))
            b.expiresAtMs = r.uint("consent expiry");
        m.key(5); b.wrappedKeyHash = hash(r, "wrapped key hash");
        result = b;
        break;
    }
    case TxType::ConsentRevoke: {
        ConsentRevokeBody b;
        m.key(1); b.pseudonym = id(r, "pseudonym");
        b.granteeKeyId = optBytes(m, r, 2, "grantee key id", kKeyIdSize, kKeyIdSize);
        b.clinicId = optBytes(m, r, 3, "clinic id", 1, kMaxIdSize);
        result = b;
        break;
    }
    case TxType::VitalsAnchor: {
        VitalsAnchorBody b;
        m.key(1); b.pseudonym = id(r, "pseudonym");
        m.key(2); b.windowStartMs = r.uint("window start");
        m.key(3); b.windowEndMs = r.uint("window end");
        m.key(4); b.count = r.uint("reading count");
        m.key(5); b.merkleRoot = hash(r, "vitals Merkle root");
        result = b;
        break;
    }
    case TxType::AlertAck: {
        AlertAckBody b;
        m.key(1); b.pseudonym = id(r, "pseudonym");
        m.key(2); b.alertId = id(r, "alert id");
        result = b;
        break;
    }
    case TxType::AlertThresholdOverride: {
        AlertThresholdOverrideBody b;
        m.key(1); b.pseudonym = id(r, "pseudonym");
        m.key(2); b.parameter = r.uint("vital-sign parameter");
        m.key(3); b.overrideHash = hash(r, "override hash");
        result = b;
        break;
    }
    case TxType::AuditAnchor: {
        AuditAnchorBody b;
        m.key(1); b.headHash = hash(r, "audit head hash");
        m.key(2); b.entryCount = r.uint("audit entry count");
        result = b;
        break;
    }
    case TxType::DeviceRegister: {
        DeviceRegisterBody b;
        m.key(1); b.deviceId = id(r, "device id");
        m.key(2); b.keyHash = hash(r, "device key hash");
        result = b;
        break;
    }
    case TxType::DevicePair: {
        DevicePairBody b;
        m.key(1); b.deviceId = id(r, "device id");
        m.key(2); b.pseudonym = id(r, "pseudonym");
        m.key(3); b.fromMs = r.uint("pairing start");
        result = b;
        break;
    }
    case TxType::DeviceUnpair: {
        DeviceUnpairBody b;
        m.key(1); b.deviceId = id(r, "device id");
        m.key(2); b.atMs = r.uint("pairing end");
        result = b;
        break;
    }
    }
    m.finish();
    return result;
}

} // namespace careledger::ledger
