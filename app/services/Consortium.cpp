#include "services/Consortium.h"

#include "services/LedgerOps.h"

#include <QCoreApplication>

namespace careledger::services {

namespace {

const QByteArray kKeyMagic = QByteArrayLiteral("careledger-sealed-key-v1");
const QByteArray kGenesisMagic = QByteArrayLiteral("careledger-genesis-v1");

template <typename T> ServiceResult<T> invalid(const QString &message)
{
    return ServiceResult<T>::failure(ServiceError::InvalidInput, message);
}

QList<QByteArray> lines(const QByteArray &bytes)
{
    QList<QByteArray> out = bytes.trimmed().split('\n');
    for (QByteArray &l : out)
        l = l.trimmed();
    return out;
}

} // namespace

ServiceResult<QByteArray> sealKeyFile(const core::EcPrivateKey &key, const QString &passphrase, quint64 kdfCost)
{
    const core::PasswordKdfParams params = core::PasswordKdfParams::withFreshSalt(kdfCost);
    QByteArray passUtf8 = passphrase.toUtf8();
    auto wrapKey = core::derivePasswordKey(passUtf8, params);
    passUtf8.fill('\0');
    if (!wrapKey)
        return invalid<QByteArray>(wrapKey.message());
    const QByteArray head = kKeyMagic + '\n' + params.toString().toLatin1() + '\n';
    const core::SecureBytes pkcs8 = key.pkcs8Der();
    auto sealed = core::aesGcmSeal(wrapKey->view(), pkcs8.view(), head);
    if (!sealed)
        return ServiceResult<QByteArray>::failure(ServiceError::Storage, sealed.message());
    return QByteArray(head + sealed->toBase64() + '\n');
}

ServiceResult<core::EcPrivateKey> openKeyFile(const QByteArray &file, const QString &passphrase)
{
    const QList<QByteArray> l = lines(file);
    if (l.size() != 3 || l[0] != kKeyMagic)
        return invalid<core::EcPrivateKey>(QCoreApplication::translate("Consortium", "This is not a CareLedger key file."));
    auto params = core::PasswordKdfParams::fromString(QString::fromLatin1(l[1]));
    if (!params)
        return invalid<core::EcPrivateKey>(QCoreApplication::translate("Consortium", "The key file's parameters are damaged."));
    QByteArray passUtf8 = passphrase.toUtf8();
    auto wrapKey = core::derivePasswordKey(passUtf8, *params);
    passUtf8.fill('\0');
    if (!wrapKey)
        return invalid<core::EcPrivateKey>(wrapKey.message());
    auto pkcs8 = core::aesGcmOpen(wrapKey->view(), QByteArray::fromBase64(l[2]), QByteArray(l[0] + '\n' + l[1] + '\n'));
    if (!pkcs8)
        return ServiceResult<core::EcPrivateKey>::failure(ServiceError::WrongCredentials,
                                                          QCoreApplication::translate("Consortium", "The passphrase does not open this key file."));
    auto key = core::EcPrivateKey::fromPkcs8Der(pkcs8->view());
    if (!key)
        return invalid<core::EcPrivateKey>(QCoreApplication::translate("Consortium", "The key in this file is damaged."));
    return std::move(key).value();
}

QByteArray encodeGenesisFile(const GenesisFile &file)
{
    return QByteArray(kGenesisMagic + '\n' + file.genesis.encode().toBase64() + '\n' + file.header.encode().toBase64() + '\n');
}

ServiceResult<GenesisFile> decodeGenesisFile(const QByteArray &bytes)
{
    const QList<QByteArray> l = lines(bytes);
    if (l.size() != 3 || l[0] != kGenesisMagic)
        return invalid<GenesisFile>(QCoreApplication::translate("Consortium", "This is not a CareLedger genesis file."));
    auto genesis = ledger::Genesis::decode(QByteArray::fromBase64(l[1]));
    auto header = ledger::BlockHeader::decode(QByteArray::fromBase64(l[2]));
    if (!genesis || !header)
        return invalid<GenesisFile>(QCoreApplication::translate("Consortium", "The genesis file is damaged: %1")
                                        .arg(genesis ? header.message() : genesis.message()));
    if (auto s = genesis->validate(); !s)
        return invalid<GenesisFile>(s.message());
    if (auto s = genesis->verifyHeader(*header); !s)
        return invalid<GenesisFile>(s.message());
    return GenesisFile{std::move(genesis).value(), std::move(header).value()};
}

ServiceResult<GenesisFile> makeGenesis(const core::EcPrivateKey &authority, const QList<QByteArray> &validatorSpkis,
                                       const QList<QByteArray> &memberSpkis, quint64 outOfTurnDelayMs, quint64 powBits, const QDateTime &now)
{
    GenesisFile f;
    ledger::Genesis &g = f.genesis;
    g.chainId = core::randomBytes(ledger::kChainIdSize);
    g.authoritySpki = authority.publicKey().spkiDer();
    g.validatorSpkis = validatorSpkis;
    QList<QByteArray> members = validatorSpkis;
    for (const QByteArray &m : memberSpkis)
        if (!members.contains(m))
            members.append(m);
    for (const QByteArray &spki : members) {
        auto key = core::EcPublicKey::fromSpkiDer(spki);
        if (!key)
            return invalid<GenesisFile>(QCoreApplication::translate("Consortium", "A public key file does not hold a P-256 public key."));
        g.members.append(ledger::GenesisMember{detail::memberIdFor(key->keyId()), spki});
    }
    g.params.outOfTurnDelayMs = outOfTurnDelayMs;
    g.params.powDifficultyBits = powBits;
    g.createdAtMs = static_cast<quint64>(now.toMSecsSinceEpoch());
    if (auto s = g.validate(); !s)
        return invalid<GenesisFile>(s.message());
    auto header = g.makeHeader(authority);
    if (!header)
        return invalid<GenesisFile>(header.message());
    f.header = std::move(header).value();
    return f;
}

ServiceStatus initializeJoining(const QString &dataDir, const QString &username, const QString &displayName, const QString &password,
                                const GenesisFile &genesis, const core::EcPrivateKey &nodeKey, WorkstationOptions options)
{
    const detail::ChainSetup join{genesis.genesis, genesis.header, &nodeKey};
    return detail::initializeStore(dataDir, username, displayName, password, std::move(options), &join);
}

} // namespace careledger::services
