#pragma once

#include "services/ServiceTypes.h"

#include <QList>

namespace careledger::services {

class Workstation;

// Staff account administration. Every call requires a logged-in admin.
class StaffService {
public:
    explicit StaffService(Workstation &workstation) : m_workstation(workstation) {}
    Q_DISABLE_COPY_MOVE(StaffService)

    ServiceResult<QList<StaffAccount>> list() const;
    ServiceResult<StaffAccount> create(const QString &username, const QString &displayName, Role role,
                                       const QString &initialPassword);
    // Disabling destroys the account's key slot, so the password no longer opens the store.
    ServiceStatus disable(qint64 staffId);
    // A disabled account has no key slot left: re-enabling sets a temporary password
    // (changed at next login) and issues a new signing key.
    ServiceStatus enable(qint64 staffId, const QString &temporaryPassword);
    // Re-wraps the account's slot under a temporary password and issues a new signing key
    // (the old private key cannot be opened without the old password).
    ServiceStatus resetPassword(qint64 staffId, const QString &temporaryPassword);
    // The staff security log, newest first.
    ServiceResult<QList<SecurityEvent>> securityEvents(int limit = 200) const;

private:
    Workstation &m_workstation;
};

} // namespace careledger::services
