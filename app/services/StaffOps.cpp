#include "services/StaffOps.h"

#include "services/LedgerOps.h"
#include "staff/PasswordPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace careledger::services::detail {

namespace {

constexpr int kMaximumDisplayNameLength = 100;

} // namespace

core::Error<ServiceError> fromStore(const core::Error<core::StoreError> &error, StoreAccess access)
{
    using core::StoreError;
    const bool writing = access == StoreAccess::Write;
    ServiceError code = ServiceError::StoreUnavailable;
    switch (error.code) {
    case StoreError::WrongKey:
    case StoreError::Corrupted:
    case StoreError::NotADatabase:
    case StoreError::SchemaTooNew:
        code = ServiceError::StoreUnavailable;
        break;
    case StoreError::WrongPassword:
        code = ServiceError::WrongCredentials;
        break;
    case StoreError::AlreadyExists:
    case StoreError::Constraint:
        code = ServiceError::AlreadyExists;
        break;
    case StoreError::NotFound:
        code = writing ? ServiceError::Storage : ServiceError::NotFound;
        break;
    case StoreError::ReadOnly:
    case StoreError::DiskFull:
    case StoreError::Busy:
    case StoreError::Io:
    case StoreError::Internal:
        code = writing ? ServiceError::Storage : ServiceError::StoreUnavailable;
        break;
    }
    return {code, error.message};
}

QString normaliseUsername(const QString &username)
{
    return username.trimmed().toLower();
}

std::optional<QString> usernameProblem(const QString &username)
{
    if (username.size() < 3 || username.size() > 32) {
        return QCoreApplication::translate("StaffService", "The user name must be 3 to 32 characters long.");
    }
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._-]+$"));
    if (!allowed.match(username).hasMatch()) {
        return QCoreApplication::translate(
            "StaffService",
            "The user name may contain only lower-case letters, digits, dots, underscores and hyphens.");
    }
    return std::nullopt;
}

std::optional<QString> displayNameProblem(const QString &displayName)
{
    if (displayName.trimmed().isEmpty()) {
        return QCoreApplication::translate("StaffService", "The display name must not be empty.");
    }
    if (displayName.size() > kMaximumDisplayNameLength) {
        return QCoreApplication::translate("StaffService", "The display name must be at most %1 characters long.")
            .arg(kMaximumDisplayNameLength);
    }
    return std::nullopt;
}

StaffAccount toAccount(const core::StaffRecord &record, const QByteArray &signingKeyId)
{
    StaffAccount account;
    account.id = record.id;
    account.username = record.username;
    account.displayName = record.displayName;
    // The schema's CHECK constraint admits only the three known roles; the least powerful
    // one is the safe reading of anything else.
    account.role = roleFromId(record.role).value_or(Role::Nurse);
    account.enabled = record.enabled;
    account.mustChangePassword = record.mustChangePassword;
    account.createdAt = record.createdAt;
    account.signingKeyId = signingKeyId;
    return account;
}

QByteArray signingKeyAad(const QByteArray &keyId)
{
    return QByteArrayLiteral("careledger-staff-key-v1") + keyId;
}

ServiceResult<QByteArray> sealSigningKey(const core::EcPrivateKey &key, const QByteArray &keyId,
                                         const core::SecureBytes &userKey)
{
    const core::SecureBytes pkcs8 = key.pkcs8Der();
    auto sealed = core::aesGcmSeal(userKey.view(), pkcs8.view(), signingKeyAad(keyId));
    if (!sealed) {
        return ServiceResult<QByteArray>::failure(
            ServiceError::Storage,
            QCoreApplication::translate("StaffService", "The signing key could not be sealed: %1")
                .arg(sealed.message()));
    }
    return std::move(sealed).value();
}

ServiceResult<SigningKey> newSigningKey(const core::SecureBytes &userKey)
{
    auto generated = core::EcPrivateKey::generate();
    if (!generated) {
        return ServiceResult<SigningKey>::failure(
            ServiceError::Storage,
            QCoreApplication::translate("StaffService", "A signing key could not be generated: %1")
                .arg(generated.message()));
    }
    SigningKey out;
    out.privateKey = std::move(generated).value();
    const core::EcPublicKey publicKey = out.privateKey.publicKey();
    out.row.keyId = publicKey.keyId();
    out.row.publicKey = publicKey.spkiDer();
    auto sealed = sealSigningKey(out.privateKey, out.row.keyId, userKey);
    if (!sealed) {
        return sealed.error();
    }
    out.row.sealedPrivateKey = std::move(sealed).value();
    return out;
}

ServiceResult<core::EcPrivateKey> openSigningKey(const core::StaffKeyRecord &key, const core::SecureBytes &userKey)
{
    const auto unavailable = [](const QString &why) {
        return ServiceResult<core::EcPrivateKey>::failure(
            ServiceError::StoreUnavailable,
            QCoreApplication::translate(
                "StaffService", "Your signing key cannot be opened (%1). Ask an administrator to reset your password.")
                .arg(why));
    };
    if (key.sealedPrivateKey.isEmpty()) {
        return unavailable(QCoreApplication::translate("StaffService", "the key has been retired"));
    }
    auto pkcs8 = core::aesGcmOpen(userKey.view(), key.sealedPrivateKey, signingKeyAad(key.keyId));
    if (!pkcs8 && !key.pendingSealedPrivateKey.isEmpty()) {
        // A password change stopped after the new slot was written: the key staged for the
        // new password is the one this password opens.
        pkcs8 = core::aesGcmOpen(userKey.view(), key.pendingSealedPrivateKey, signingKeyAad(key.keyId));
    }
    if (!pkcs8) {
        return unavailable(QCoreApplication::translate("StaffService", "it is not sealed under this password"));
    }
    auto privateKey = core::EcPrivateKey::fromPkcs8Der(pkcs8->view());
    if (!privateKey) {
        return unavailable(QCoreApplication::translate("StaffService", "the stored key is damaged"));
    }
    if (privateKey->publicKey().keyId() != key.keyId) {
        return unavailable(
            QCoreApplication::translate("StaffService", "the stored key does not match its public half"));
    }
    return std::move(privateKey).value();
}

core::PasswordKdfParams freshKdfParams(const WorkstationOptions &options)
{
    return core::PasswordKdfParams::withFreshSalt(options.kdfCost);
}

ServiceStatus requireSession(WorkstationAccess::State &state, std::optional<Role> role)
{
    if (!state.user || !state.directory) {
        return ServiceStatus::failure(ServiceError::NotLoggedIn,
                                      QCoreApplication::translate("StaffService", "Please sign in first."));
    }
    if (state.user->mustChangePassword) {
        return ServiceStatus::failure(
            ServiceError::PermissionDenied,
            QCoreApplication::translate("StaffService", "Please change your temporary password first."));
    }
    if (!role) {
        return {};
    }
    auto current = state.directory->findById(state.user->id);
    if (!current) {
        return fromStore(current.error(), StoreAccess::Read);
    }
    if (!current->enabled || roleFromId(current->role) != role) {
        return ServiceStatus::failure(
            ServiceError::PermissionDenied,
            *role == Role::Admin ? QCoreApplication::translate("StaffService", "Only an administrator may do this.")
                                 : QCoreApplication::translate("StaffService", "Your role does not allow this."));
    }
    return {};
}

ServiceResult<StaffAccount> createAccount(WorkstationAccess::State &state, qint64 actorId, const QString &username,
                                          const QString &displayName, Role role, const QString &password,
                                          bool mustChangePassword)
{
    const QString name = username.trimmed();
    if (auto problem = usernameProblem(name)) {
        return ServiceResult<StaffAccount>::failure(ServiceError::InvalidInput, *problem);
    }
    const QString display = displayName.trimmed();
    if (auto problem = displayNameProblem(display)) {
        return ServiceResult<StaffAccount>::failure(ServiceError::InvalidInput, *problem);
    }
    if (auto problem = core::PasswordPolicy::problem(name, password); problem) {
        return ServiceResult<StaffAccount>::failure(ServiceError::InvalidInput, *problem);
    }
    core::StaffDirectory &directory = *state.directory;
    if (auto existing = directory.findByUsername(name); existing) {
        return ServiceResult<StaffAccount>::failure(
            ServiceError::AlreadyExists,
            QCoreApplication::translate("StaffService", "The user name “%1” is already taken.").arg(name));
    } else if (existing.code() != core::StoreError::NotFound) {
        return storeFailure<StaffAccount>(existing.error(), StoreAccess::Read);
    }

    core::KeySlotFile &keySlotFile = state.store->keySlots();
    auto userKey = keySlotFile.putSlot(name, password, state.store->databaseKey(), freshKdfParams(state.options));
    if (!userKey) {
        return storeFailure<StaffAccount>(userKey.error(), StoreAccess::Write);
    }
    auto key = newSigningKey(*userKey);
    if (!key) {
        (void)keySlotFile.removeSlot(name);
        return key.error();
    }

    const QDateTime now = state.now();
    core::StaffRecord record;
    record.username = name;
    record.displayName = display;
    record.role = roleId(role);
    record.enabled = true;
    record.mustChangePassword = mustChangePassword;
    record.createdAt = now;
    record.updatedAt = now;
    core::SecurityEventRecord event;
    event.at = now;
    event.actorId = actorId;
    event.action = QStringLiteral("account created");
    event.detail = QStringLiteral("role=") + record.role;
    // The key's registration on the chain commits with the account, or neither does.
    auto registration = state.chain ? keyRegistration(*state.chain, state.nodeKey, key->row.publicKey, nowMs(state))
                                    : ServiceResult<ledger::Transaction>::failure(ServiceError::NotLoggedIn, QString());
    if (!registration) {
        (void)keySlotFile.removeSlot(name);
        return registration.error();
    }
    core::StoreResult<qint64> id = core::Error<core::StoreError>{core::StoreError::Internal, QString()};
    const ServiceStatus committed =
        commitThroughTrigger(state.store->database(), *registration, "staff_keys", "key_id", key->row.keyId, [&]() -> ServiceStatus {
            id = directory.createAccount(record, key->row, event);
            return {};
        });
    if (!committed) {
        (void)keySlotFile.removeSlot(name);
        return committed.error();
    }
    if (id) {
        (void)state.mempool->add(*registration, state.chain->state(), nowMs(state));
    }
    if (!id) {
        // Without its account row the slot would open the store for nobody we know of.
        (void)keySlotFile.removeSlot(name);
        if (id.code() == core::StoreError::Constraint) {
            return ServiceResult<StaffAccount>::failure(
                ServiceError::AlreadyExists,
                QCoreApplication::translate("StaffService", "The user name “%1” is already taken.").arg(name));
        }
        return storeFailure<StaffAccount>(id.error(), StoreAccess::Write);
    }
    record.id = *id;
    (void)keySlotFile.clearFailures(name);
    return toAccount(record, key->row.keyId);
}

} // namespace careledger::services::detail
