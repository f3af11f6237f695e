#pragma once

// The append-only, hash-chained log of every read and write of patient data, and its
// anchoring on the chain. Entries are written by the other services (see AuditOps.h); this
// is what an administrator reads, filters and exports.

#include "services/PatientService.h"

#include <QList>

namespace careledger::services {

struct AuditEntry {
    qint64 sequence = 0;     // 1, 2, 3, ... without gaps
    QDateTime at;            // UTC
    QString actorUsername;   // empty for the kiosk patient
    QString actorRole;       // "admin", "doctor", "nurse", "patient"
    QString action;          // core::patientActionId or "search", "register", "erase", "export", ...
    PatientId patient;       // empty for actions on no single patient (search)
    QString patientMrn;      // formatted; "erased" once the patient is erased; empty without patient
    QString workstation;     // this workstation's name
    bool breakGlass = false;
    bool refused = false;    // the service refused the action (a denied attempt is audited too)
    QString detail;          // never patient data: record id, version, reason of a break-glass
};

struct AuditFilter {
    QString actorUsername;   // exact, case-insensitive; empty = anyone
    QString patientMrn;      // any accepted MRN form; empty = any patient
    QString action;          // exact; empty = any
    QDate from;              // inclusive, UTC date; null = open
    QDate to;                // inclusive; null = open
    bool breakGlassOnly = false;
    int limit = 5000;        // newest first
};

struct AuditChainStatus {
    qint64 entries = 0;
    QByteArray headHash;
    qint64 anchoredEntries = 0; // entries covered by the newest anchor (on chain or waiting)
    QDateTime lastAnchorAt;
};

class AuditService {
public:
    explicit AuditService(Workstation &workstation) : m_workstation(workstation) {}
    Q_DISABLE_COPY_MOVE(AuditService)

    ServiceResult<QList<AuditEntry>> entries(const AuditFilter &filter) const;            // admin
    ServiceResult<QList<AuditEntry>> patientTrail(const PatientId &patient) const;        // ViewAudit
    // Admin. RFC 4180 CSV with a header row, UTF-8; returns the number of rows written.
    ServiceResult<int> exportCsv(const AuditFilter &filter, const QString &path) const;
    QStringList actions() const; // the action ids that occur, for the filter box

    ServiceResult<AuditChainStatus> status() const; // admin
    // Any session: puts the current head on the chain when entries were added since the
    // last anchor (the seal timer calls this every WorkstationOptions::auditAnchorInterval).
    ServiceResult<bool> anchorIfDue();

private:
    Workstation &m_workstation;
};

} // namespace careledger::services
