#include "services/StaffService.h"

#include "services/LedgerOps.h"
#include "services/StaffOps.h"
#include "services/Workstation.h"
#include "services/WorkstationPrivate.h"
#include "staff/PasswordPolicy.h"

#include <QCoreApplication>
#include <QHash>

namespace careledger::services {

using detail::StoreAccess;

namespace {

using State = WorkstationAccess::State;

ServiceResult<core::StaffRecord> findTarget(State &state, qint64 staffId)
{
    auto record = state.directory->findById(staffId);
    if (!record) {
        if (record.code() == core::StoreError::NotFound) {
            return ServiceResult<core::StaffRecord>::failure(
                ServiceError::NotFound, QCoreApplication::translate("StaffService", "There is no such staff account."));
        }
        return detail::storeFailure<core::StaffRecord>(record.error(), StoreAccess::Read);
    }
    return std::move(record).value();
}

core::SecurityEventRecord event(const State &state, const QString &action, qint64 targetId, const QString &detail = {})
{
    core::SecurityEventRecord e;
    e.at = state.now();
    e.actorId = state.user->id;
    e.action = action;
    e.targetId = targetId;
    e.detail = detail;
    return e;
}

// New slot under the temporary password, then the new signing key in the database, so a
// crash in between leaves either the old state or a slot whose account still refuses
// (disabled) or whose key does not open (reset again).
ServiceStatus issueTemporaryPassword(State &state, const core::StaffRecord &target, const QString &temporaryPassword,
                                     const QString &action)
{
    if (auto problem = core::PasswordPolicy::problem(target.username, temporaryPassword)) {
        return ServiceStatus::failure(ServiceError::InvalidInput, *problem);
    }
    core::KeySlotFile &keySlotFile = state.store->keySlots();
    auto userKey = keySlotFile.putSlot(target.username, temporaryPassword, state.store->databaseKey(),
                                       detail::freshKdfParams(state.options));
    if (!userKey) {
        return detail::fromStore(userKey.error(), StoreAccess::Write);
    }
    auto key = detail::newSigningKey(*userKey);
    if (!key) {
        return key.error();
    }
    const auto e = event(state, action, target.id, QStringLiteral("new signing key"));
    // The new key's registration on the chain commits with the key row, or neither does.
    auto registration = detail::keyRegistration(*state.chain, state.nodeKey, key->row.publicKey, detail::nowMs(state));
    ServiceStatus done = registration.ok() ? ServiceStatus() : ServiceStatus(registration.error());
    if (done) {
        done = detail::commitThroughTrigger(state.store->database(), *registration, "staff_keys", "key_id", key->row.keyId,
                                            [&]() -> ServiceStatus {
                                                if (auto issued = state.directory->issueKey(target.id, key->row, e.at, e); !issued) {
                                                    return detail::fromStore(issued.error(), StoreAccess::Write);
                                                }
                                                return {};
                                            });
    }
    if (!done) {
        if (!target.enabled) {
            (void)keySlotFile.removeSlot(target.username); // keep a disabled account slot-less
        }
        return done;
    }
    (void)state.mempool->add(*registration, state.chain->state(), detail::nowMs(state));
    // An administrator's intervention also lifts a lockout.
    (void)keySlotFile.clearFailures(target.username);
    return {};
}

} // namespace

ServiceResult<QList<StaffAccount>> StaffService::list() const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, Role::Admin); !allowed) {
        return allowed.error();
    }
    auto records = state.directory->list();
    if (!records) {
        return detail::storeFailure<QList<StaffAccount>>(records.error(), StoreAccess::Read);
    }
    QList<StaffAccount> out;
    out.reserve(records->size());
    for (const core::StaffRecord &record : *records) {
        auto key = state.directory->activeKey(record.id);
        out.append(detail::toAccount(record, key ? key->keyId : QByteArray()));
    }
    return out;
}

ServiceResult<StaffAccount> StaffService::create(const QString &username, const QString &displayName, Role role,
                                                 const QString &initialPassword)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, Role::Admin); !allowed) {
        return allowed.error();
    }
    // Someone else chose this password, so its owner must replace it at first login.
    return detail::createAccount(state, state.user->id, username, displayName, role, initialPassword, true);
}

ServiceStatus StaffService::disable(qint64 staffId)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, Role::Admin); !allowed) {
        return allowed;
    }
    auto target = findTarget(state, staffId);
    if (!target) {
        return target.error();
    }
    // The clinic must keep someone who can administer it; this is checked first so a sole
    // administrator learns the real reason.
    if (target->enabled && target->role == roleId(Role::Admin)) {
        auto admins = state.directory->countEnabled(roleId(Role::Admin));
        if (!admins) {
            return detail::fromStore(admins.error(), StoreAccess::Read);
        }
        if (*admins <= 1) {
            return ServiceStatus::failure(
                ServiceError::PermissionDenied,
                QCoreApplication::translate("StaffService", "The last enabled administrator cannot be disabled."));
        }
    }
    if (target->id == state.user->id) {
        return ServiceStatus::failure(
            ServiceError::PermissionDenied,
            QCoreApplication::translate("StaffService", "You cannot disable your own account."));
    }
    core::KeySlotFile &keySlotFile = state.store->keySlots();
    if (target->enabled) {
        // The flag first: if the slot removal below never happens, login still refuses.
        const auto e = event(state, QStringLiteral("account disabled"), target->id);
        if (auto done = state.directory->disable(target->id, e.at, e); !done) {
            return detail::fromStore(done.error(), StoreAccess::Write);
        }
    }
    if (keySlotFile.hasSlot(target->username)) {
        if (auto removed = keySlotFile.removeSlot(target->username);
            !removed && removed.code() != core::StoreError::NotFound) {
            return ServiceStatus::failure(
                ServiceError::Storage,
                QCoreApplication::translate("StaffService",
                                            "The account is disabled, but its password could not be revoked: %1")
                    .arg(removed.message()));
        }
    }
    return {};
}

ServiceStatus StaffService::enable(qint64 staffId, const QString &temporaryPassword)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, Role::Admin); !allowed) {
        return allowed;
    }
    auto target = findTarget(state, staffId);
    if (!target) {
        return target.error();
    }
    if (target->enabled) {
        return ServiceStatus::failure(
            ServiceError::InvalidInput,
            QCoreApplication::translate("StaffService",
                                        "This account is already enabled; reset its password instead."));
    }
    return issueTemporaryPassword(state, *target, temporaryPassword, QStringLiteral("account enabled"));
}

ServiceStatus StaffService::resetPassword(qint64 staffId, const QString &temporaryPassword)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, Role::Admin); !allowed) {
        return allowed;
    }
    auto target = findTarget(state, staffId);
    if (!target) {
        return target.error();
    }
    if (target->id == state.user->id) {
        return ServiceStatus::failure(
            ServiceError::PermissionDenied,
            QCoreApplication::translate("StaffService", "Change your own password instead of resetting it."));
    }
    if (!target->enabled) {
        return ServiceStatus::failure(
            ServiceError::InvalidInput,
            QCoreApplication::translate("StaffService",
                                        "This account is disabled; enable it with a temporary password instead."));
    }
    return issueTemporaryPassword(state, *target, temporaryPassword, QStringLiteral("password reset"));
}

ServiceResult<QList<SecurityEvent>> StaffService::securityEvents(int limit) const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, Role::Admin); !allowed) {
        return allowed.error();
    }
    auto records = state.directory->events(std::max(1, limit));
    if (!records) {
        return detail::storeFailure<QList<SecurityEvent>>(records.error(), StoreAccess::Read);
    }
    auto accounts = state.directory->list();
    if (!accounts) {
        return detail::storeFailure<QList<SecurityEvent>>(accounts.error(), StoreAccess::Read);
    }
    QHash<qint64, QString> names;
    for (const core::StaffRecord &account : *accounts) {
        names.insert(account.id, account.username);
    }
    QList<SecurityEvent> out;
    out.reserve(records->size());
    for (const core::SecurityEventRecord &record : *records) {
        out.append(SecurityEvent{record.id, record.at, names.value(record.actorId), record.action,
                                 names.value(record.targetId), record.detail});
    }
    return out;
}

} // namespace careledger::services
