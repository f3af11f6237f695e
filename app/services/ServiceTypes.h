#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace careledger::services {

enum class Role { Admin, Doctor, Nurse };

QString roleId(Role role);                           // "admin", "doctor", "nurse" (stored form)
std::optional<Role> roleFromId(const QString &id);
QString roleDisplayName(Role role);                  // translated

struct StaffAccount {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Nurse;
    bool enabled = true;
    bool mustChangePassword = false;
    QDateTime createdAt;
    QByteArray signingKeyId; // SHA-256 of the active signing key's SPKI DER
};

enum class ServiceError {
    NotLoggedIn,
    PermissionDenied,
    InvalidInput,     // the message says which field and why
    WrongCredentials, // unknown user name or wrong password (deliberately not told apart)
    LockedOut,        // too many failures; Workstation::lockedUntil() tells until when
    AccountDisabled,
    NotFound,
    AlreadyExists,
    StoreUnavailable, // no store, damaged store, wrong key, newer schema: the message says which
    Storage,          // a write failed (disk full, read-only); nothing was changed
};

template <typename T>
using ServiceResult = core::Result<T, ServiceError>;
using ServiceStatus = core::Result<void, ServiceError>;

using Clock = std::function<QDateTime()>; // UTC

// One entry of the staff security log as an administrator reads it (never holds secrets).
struct SecurityEvent {
    qint64 id = 0;
    QDateTime at;   // UTC
    QString actor;  // user name of who acted; empty for the workstation's own set-up
    QString action; // "account created", "account disabled", "password reset", ...
    QString target; // user name of the account concerned
    QString detail;
};

} // namespace careledger::services
