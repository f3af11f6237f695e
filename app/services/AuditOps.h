#pragma once

// Writing, hashing, anchoring and checking the audit log (audit_log, audit_anchors). The
// services write one entry per call that reads or writes patient data; AuditService reads
// them. Not a front-end API. Formats: docs/records.md, "Audit log".

#include "services/LedgerService.h"
#include "services/WorkstationPrivate.h"

namespace careledger::services::detail {

// Who acts: the session's user as the store has it at the time of the call.
struct Actor {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Nurse;
    QByteArray signingKeyId;
    // Non-empty: the patient signed in at the kiosk, acting on their own record (this is
    // their pseudonym). Then id is 0, username empty, no signing key, and `role` means
    // nothing: the audit log says "patient" and the access policy uses AccessRole::Patient.
    QByteArray patient;
};

// What the caller says about one entry; time, actor and workstation are filled in.
struct AuditWrite {
    QString action;       // core::patientActionId or a service action ("search", "register", ...)
    QByteArray pseudonym; // empty: no single patient
    bool breakGlass = false;
    bool refused = false;
    QString detail; // never patient data
};

// One stored entry, as hashed.
struct AuditRow {
    qint64 seq = 0;
    QString at;
    qint64 actorId = 0;
    QString actorUsername;
    QString actorRole;
    QString action;
    QByteArray pseudonym;
    QString workstation;
    bool breakGlass = false;
    bool refused = false;
    QString detail;
    QByteArray entryHash;
};

inline constexpr char kAuditRowColumns[] =
    "seq, at, actor_id, actor_username, actor_role, action, pseudonym, workstation, break_glass, refused, detail, entry_hash";
AuditRow readAuditRow(const core::Statement &st, int firstColumn = 0);

// "careledger-audit-v1" || u64 seq || str at || i64 actor id || str user || str role ||
// str action || bytes pseudonym || str workstation || u8 break-glass || u8 refused || str detail
// (str/bytes = u32 BE length || bytes, text in UTF-8).
QByteArray auditEncoding(const AuditRow &row);
// SHA-256(previous entry hash (32 zero bytes before entry 1) || auditEncoding(row)).
QByteArray auditHash(const QByteArray &previousHash, const AuditRow &row);

// Appends inside the caller's open database transaction.
ServiceStatus appendAudit(WorkstationAccess::State &state, core::Database &db, const Actor &actor, const AuditWrite &entry);
// Appends in a transaction of its own, committed with synchronous = NORMAL (reads and
// refusals: survives a program crash, may lose the newest entries on power loss).
ServiceStatus auditAlone(WorkstationAccess::State &state, const Actor &actor, const AuditWrite &entry);

// Puts the head of the audit chain on the ledger (signed by the node key) with its local
// audit_anchors row, when entries were added since the newest anchor. Returns whether it did.
ServiceResult<bool> anchorAudit(WorkstationAccess::State &state);

// Recomputes the audit chain and checks every anchor against its transaction and the
// entries; appends one problem line per finding.
ServiceStatus verifyAudit(core::Database &db, VerifyResult &out, const std::atomic<bool> *cancel);

} // namespace careledger::services::detail
