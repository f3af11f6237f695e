#pragma once

// Who may see a patient's record: grants to a staff member or a clinic (optionally
// expiring), revocation (which rotates the patient's data key for later writes), the
// registering clinic's default, and doctors' emergency access ("break-glass"). Every grant
// and revocation is a signed transaction; the wrapped data key stays in the store.

#include "clinical/AccessPolicy.h"
#include "services/PatientService.h"

#include <QList>

namespace careledger::services {

struct ClinicInfo {
    QByteArray clinicId; // the consortium member id
    QString name;        // this clinic's configured name; short hex for other members
    bool thisClinic = false;
};

struct AccessGrant {
    qint64 id = 0;
    bool toClinic = false;
    QByteArray clinicId;       // when toClinic
    QString granteeUsername;   // when a staff member
    QString granteeName;       // staff display name or clinic name
    QDateTime grantedAt;
    QString grantedBy;         // display name of who granted
    QDateTime expiresAt;       // invalid: no expiry
    QDateTime revokedAt;       // invalid: not revoked
    QString revokedBy;
    QString revokeReason;
    bool registrationDefault = false; // the registering clinic's automatic grant
    bool active = false;       // not revoked and not expired now
};

struct BreakGlassAccess {
    QString doctorName;
    QString reason;
    QDateTime startedAt;
    QDateTime expiresAt;
};

class ConsentService {
public:
    explicit ConsentService(Workstation &workstation) : m_workstation(workstation) {}
    Q_DISABLE_COPY_MOVE(ConsentService)

    ServiceResult<QList<ClinicInfo>> clinics() const; // any session

    // ViewAccess: grants (newest first, revoked and expired included) and emergency accesses.
    ServiceResult<QList<AccessGrant>> grants(const PatientId &patient) const;
    ServiceResult<QList<BreakGlassAccess>> breakGlassHistory(const PatientId &patient) const;

    // ManageAccess. expiresAt invalid = no expiry; otherwise it must be in the future.
    ServiceResult<qint64> grantToStaff(const PatientId &patient, const QString &username, const QDateTime &expiresAt);
    ServiceResult<qint64> grantToClinic(const PatientId &patient, const QByteArray &clinicId, const QDateTime &expiresAt);
    // ManageAccess. Reason required. Rotates the patient data key: later records are
    // encrypted under a new key the revoked grantee never received.
    ServiceStatus revoke(const PatientId &patient, qint64 grantId, const QString &reason);

    // Doctor without a grant. Reason required (at least 10 characters). Opens a window of
    // WorkstationOptions::breakGlassDuration; returns when it ends. Audited as break-glass.
    ServiceResult<QDateTime> breakGlass(const PatientId &patient, const QString &reason);

    // What the current session's user has for this patient (no audit entry: it reads no
    // patient data).
    ServiceResult<core::ConsentBasis> basis(const PatientId &patient) const;

    // Admin. Whether a newly registered patient's record is visible to the registering
    // clinic's staff (default true). Stored in the workstation settings.
    ServiceResult<bool> registeringClinicDefault() const;
    ServiceStatus setRegisteringClinicDefault(bool visible);

private:
    Workstation &m_workstation;
};

} // namespace careledger::services
