#pragma once

// Building blocks shared by Workstation, StaffService and the demo clinic: validation,
// error mapping, signing-key sealing and account creation. Not a front-end API.

#include "services/WorkstationPrivate.h"

namespace careledger::services::detail {

enum class StoreAccess { Read, Write };

// Maps a store failure to what a front end can act on. Opening or reading a damaged or
// foreign store is StoreUnavailable; a failed write (disk full, read-only) is Storage.
core::Error<ServiceError> fromStore(const core::Error<core::StoreError> &error, StoreAccess access);

template <typename T> ServiceResult<T> storeFailure(const core::Error<core::StoreError> &error, StoreAccess access)
{
    return ServiceResult<T>(fromStore(error, access));
}

// User names are compared in lower case, so "Admin" and "admin" share one lockout counter.
QString normaliseUsername(const QString &username);
std::optional<QString> usernameProblem(const QString &username);
std::optional<QString> displayNameProblem(const QString &displayName);

StaffAccount toAccount(const core::StaffRecord &record, const QByteArray &signingKeyId);

// Associated data binding a sealed private key to its key id, so sealed blobs cannot be
// swapped between rows.
QByteArray signingKeyAad(const QByteArray &keyId);

struct SigningKey {
    core::EcPrivateKey privateKey;
    core::NewStaffKey row;
};
// A new P-256 signing key, private half sealed under userKey.
ServiceResult<SigningKey> newSigningKey(const core::SecureBytes &userKey);
ServiceResult<QByteArray> sealSigningKey(const core::EcPrivateKey &key, const QByteArray &keyId,
                                         const core::SecureBytes &userKey);
ServiceResult<core::EcPrivateKey> openSigningKey(const core::StaffKeyRecord &key, const core::SecureBytes &userKey);

core::PasswordKdfParams freshKdfParams(const WorkstationOptions &options);

// Session gate for every service call: NotLoggedIn, PermissionDenied while a temporary
// password is pending, PermissionDenied when `role` is required and not held. The role is
// re-read from the store, so an account changed since login cannot keep its old powers.
ServiceStatus requireSession(WorkstationAccess::State &state, std::optional<Role> role);


// Validates and creates an account with its key slot and signing key. actorId 0 means
// the workstation itself (initial set-up).
ServiceResult<StaffAccount> createAccount(WorkstationAccess::State &state, qint64 actorId, const QString &username,
                                          const QString &displayName, Role role, const QString &password,
                                          bool mustChangePassword);

} // namespace careledger::services::detail
