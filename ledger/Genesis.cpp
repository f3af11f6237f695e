#include "Genesis.h"

#include "Cbor.h"
#include "Merkle.h"
#include "crypto/Crypto.h"
#include "crypto/X509.h"

#include <QSet>

namespace careledger::ledger {

namespace {

constexpr qsizetype kMaxGenesisSize = 512 * 1024;

QByteArray keyIdOf(const QByteArray &spki)
{
    auto key = core::EcPublicKey::fromSpkiDer(spki);
    return key ? key->keyId() : QByteArray();
}

LedgerStatus invalid(const QString &message)
{
    return LedgerStatus::failure(LedgerError::Malformed, QStringLiteral("genesis: %1").arg(message));
}

} // namespace

QByteArray Genesis::authorityKeyId() const
{
    return keyIdOf(authoritySpki);
}

QList<QByteArray> Genesis::validatorKeyIds() const
{
    QList<QByteArray> ids;
    for (const auto &spki : validatorSpkis)
        ids.append(keyIdOf(spki));
    return ids;
}

LedgerStatus Genesis::validate() const
{
    if (version != kGenesisVersion)
        return invalid(QStringLiteral("unsupported version %1").arg(version));
    if (chainId.size() != kChainIdSize)
        return invalid(QStringLiteral("chain id must be %1 bytes").arg(kChainIdSize));
    if (authorityKeyId().isEmpty())
        return invalid(QStringLiteral("the authority key is not a P-256 public key"));
    if (validatorSpkis.isEmpty() || static_cast<quint64>(validatorSpkis.size()) > kMaxGenesisValidators)
        return invalid(QStringLiteral("needs 1 to %1 validators").arg(kMaxGenesisValidators));
    QSet<QByteArray> seen;
    for (const auto &id : validatorKeyIds()) {
        if (id.isEmpty())
            return invalid(QStringLiteral("a validator key is not a P-256 public key"));
        if (seen.contains(id))
            return invalid(QStringLiteral("validator %1 is listed twice").arg(cbor::shortHex(id)));
        seen.insert(id);
    }
    if (static_cast<quint64>(members.size()) > kMaxGenesisMembers)
        return invalid(QStringLiteral("more than %1 members").arg(kMaxGenesisMembers));
    seen.clear();
    for (const auto &m : members) {
        const QByteArray id = keyIdOf(m.spki);
        if (id.isEmpty() || m.memberId.isEmpty() || m.memberId.size() > kMaxIdSize)
            return invalid(QStringLiteral("a member has an invalid id or key"));
        if (seen.contains(id))
            return invalid(QStringLiteral("member %1 is listed twice").arg(cbor::shortHex(id)));
        seen.insert(id);
    }
    if (params.maxBlockTxs == 0 || params.maxBlockBytes < 1024 || params.maxBlockBytes > static_cast<quint64>(kHardMaxBodySize))
        return invalid(QStringLiteral("block size limits are out of range"));
    if (params.powDifficultyBits > kMaxPowDifficulty)
        return invalid(QStringLiteral("proof-of-work difficulty above %1 bits").arg(kMaxPowDifficulty));
    if (params.timestampWindowMs == 0)
        return invalid(QStringLiteral("the timestamp window must not be zero"));
    if (!rootCertificate.isEmpty()) {
        if (rootCertificate.size() > kMaxRootCertificateSize)
            return invalid(QStringLiteral("the root certificate exceeds %1 bytes").arg(kMaxRootCertificateSize));
        auto root = core::X509Certificate::fromDer(rootCertificate);
        if (!root)
            return invalid(QStringLiteral("the root certificate does not parse: %1").arg(root.message()));
        if (!root->isCa() || root->publicKey().isNull())
            return invalid(QStringLiteral("the root certificate is not a P-256 CA certificate"));
    }
    return {};
}

QByteArray Genesis::encode() const
{
    cbor::Writer w;
    w.map(rootCertificate.isEmpty() ? 7 : 8);
    w.uint(1);
    w.uint(version);
    w.uint(2);
    w.bytes(chainId);
    w.uint(3);
    w.bytes(authoritySpki);
    w.uint(4);
    w.array(static_cast<quint64>(validatorSpkis.size()));
    for (const auto &v : validatorSpkis)
        w.bytes(v);
    w.uint(5);
    w.array(static_cast<quint64>(members.size()));
    for (const auto &m : members) {
        w.map(2);
        w.uint(1);
        w.bytes(m.memberId);
        w.uint(2);
        w.bytes(m.spki);
    }
    w.uint(6);
    w.map(5);
    w.uint(1);
    w.uint(params.outOfTurnDelayMs);
    w.uint(2);
    w.uint(params.timestampWindowMs);
    w.uint(3);
    w.uint(params.maxBlockBytes);
    w.uint(4);
    w.uint(params.maxBlockTxs);
    w.uint(5);
    w.uint(params.powDifficultyBits);
    w.uint(7);
    w.uint(createdAtMs);
    if (!rootCertificate.isEmpty()) {
        w.uint(8);
        w.bytes(rootCertificate);
    }
    return w.take();
}

LedgerResult<Genesis> Genesis::decode(QByteArrayView bytes)
{
    if (bytes.size() > kMaxGenesisSize)
        return LedgerResult<Genesis>::failure(LedgerError::TooLarge, QStringLiteral("genesis exceeds %1 bytes").arg(kMaxGenesisSize));
    auto decoded = cbor::decodeGuarded<Genesis>([&]() -> LedgerResult<Genesis> {
        cbor::Reader r(bytes);
        cbor::MapReader m(r, "genesis", 8);
        Genesis g;
        m.key(1);
        g.version = r.uint("genesis version");
        m.key(2);
        g.chainId = r.bytes("chain id", kChainIdSize, kChainIdSize);
        m.key(3);
        g.authoritySpki = r.bytes("authority key", 1, kMaxSpkiSize);
        m.key(4);
        const quint64 nv = r.array("validators", kMaxGenesisValidators);
        for (quint64 i = 0; i < nv; ++i)
            g.validatorSpkis.append(r.bytes("validator key", 1, kMaxSpkiSize));
        m.key(5);
        const quint64 nm = r.array("members", kMaxGenesisMembers);
        for (quint64 i = 0; i < nm; ++i) {
            cbor::MapReader mm(r, "member", 2);
            GenesisMember member;
            mm.key(1);
            member.memberId = r.bytes("member id", 1, kMaxIdSize);
            mm.key(2);
            member.spki = r.bytes("member key", 1, kMaxSpkiSize);
            mm.finish();
            g.members.append(member);
        }
        m.key(6);
        cbor::MapReader p(r, "consensus parameters", 5);
        p.key(1);
        g.params.outOfTurnDelayMs = r.uint("out-of-turn delay");
        p.key(2);
        g.params.timestampWindowMs = r.uint("timestamp window");
        p.key(3);
        g.params.maxBlockBytes = r.uint("max block bytes");
        p.key(4);
        g.params.maxBlockTxs = r.uint("max block transactions");
        p.key(5);
        g.params.powDifficultyBits = r.uint("proof-of-work difficulty");
        p.finish();
        m.key(7);
        g.createdAtMs = r.uint("creation time");
        if (m.optionalKey(8))
            g.rootCertificate = r.bytes("root certificate", 1, kMaxRootCertificateSize);
        m.finish();
        r.expectEnd("genesis");
        return g;
    });
    if (!decoded)
        return decoded;
    if (decoded->encode() != bytes)
        return LedgerResult<Genesis>::failure(LedgerError::NonCanonical, QStringLiteral("genesis is not canonically encoded"));
    if (auto s = decoded->validate(); !s)
        return s.error();
    return decoded;
}

LedgerResult<BlockHeader> Genesis::makeHeader(const core::EcPrivateKey &authority) const
{
    if (auto s = validate(); !s)
        return s.error();
    if (authority.publicKey().keyId() != authorityKeyId())
        return LedgerResult<BlockHeader>::failure(LedgerError::NotAuthorised, QStringLiteral("genesis must be signed by the authority key it names"));
    BlockHeader h;
    h.height = 0;
    h.previousHash = QByteArray(kHashSize, '\0');
    h.merkleRoot = merkleLeafHash(encode());
    h.timestampMs = createdAtMs;
    if (auto s = h.sign(authority); !s)
        return s.error();
    return h;
}

LedgerStatus Genesis::verifyHeader(const BlockHeader &h) const
{
    auto fail = [](const QString &m) { return LedgerStatus::failure(LedgerError::WrongChain, QStringLiteral("genesis block: %1").arg(m)); };
    if (h.height != 0 || h.previousHash != QByteArray(kHashSize, '\0') || h.txCount != 0 || h.consensus != ConsensusData{})
        return fail(QStringLiteral("not a height-0 header"));
    if (h.merkleRoot != merkleLeafHash(encode()))
        return fail(QStringLiteral("root does not commit to the genesis parameters"));
    if (h.timestampMs != createdAtMs)
        return fail(QStringLiteral("timestamp differs from the creation time"));
    auto authority = core::EcPublicKey::fromSpkiDer(authoritySpki);
    if (!authority || !h.verifySignature(authority.value()))
        return LedgerStatus::failure(LedgerError::BadSignature, QStringLiteral("genesis block is not signed by the health authority"));
    return {};
}

} // namespace careledger::ledger
