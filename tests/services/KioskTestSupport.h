#pragma once

// Helpers shared by the kiosk tests: a clinic with patients who have PINs, kiosk mode
// opened and left by the administrator, and patient sign-in.

#include "RecordsTestSupport.h"
#include "clinical/Mrn.h"
#include "services/KioskService.h"

namespace careledger::services::testing {

inline const QString kPin = QStringLiteral("482915");
inline const QString kOtherPin = QStringLiteral("730264");

inline QString mrnOf(Clinic &clinic, const PatientId &patient)
{
    auto store = clinic.raw(); // also when no session is open
    auto st = store->database().prepare("SELECT mrn FROM patients WHERE pseudonym = ?1");
    st->bindBlob(1, patient);
    if (!st->step().value())
        qFatal("no such patient");
    return st->text(0); // nine digits
}

// Registers a patient and gives them a PIN (admin session left open).
inline PatientId registerWithPin(Clinic &clinic, const core::Demographics &d, const QString &pin)
{
    const PatientId id = clinic.registerPatient(d);
    auto set = clinic.as(kAdminName).kiosk().setPatientPin(id, pin);
    if (!set)
        qFatal("%s", qPrintable(outcome(set)));
    return id;
}

inline Workstation &openKiosk(Clinic &clinic)
{
    Workstation &ws = clinic.as(kAdminName);
    auto entered = ws.kiosk().enterKiosk();
    if (!entered)
        qFatal("%s", qPrintable(outcome(entered)));
    return ws;
}

inline void closeKiosk(Clinic &clinic)
{
    auto left = clinic.ws().kiosk().leaveKiosk(kAdminName, kAdminPassword);
    if (!left)
        qFatal("%s", qPrintable(outcome(left)));
}

inline Workstation &kioskPatient(Clinic &clinic, const PatientId &patient, const QString &pin = kPin)
{
    Workstation &ws = clinic.ws();
    if (!ws.kiosk().inKiosk())
        openKiosk(clinic);
    auto session = ws.kiosk().patientLogin(mrnOf(clinic, patient), pin);
    if (!session)
        qFatal("%s", qPrintable(outcome(session)));
    return ws;
}

struct AuditRowView {
    QString action;
    QByteArray pseudonym;
    QString actorUsername;
    QString actorRole;
    qint64 actorId = -1;
    bool refused = false;
    QString detail;
};

inline QList<AuditRowView> auditSince(Clinic &clinic, qint64 afterSeq)
{
    auto st = WorkstationAccess::state(clinic.ws()).store->database().prepare(
        "SELECT action, pseudonym, actor_username, actor_role, actor_id, refused, detail FROM audit_log WHERE seq > ?1 ORDER BY seq");
    st->bind(1, afterSeq);
    QList<AuditRowView> out;
    (void)st->forEachRow([&](const core::Statement &row) {
        out.append({row.text(0), row.isNull(1) ? QByteArray() : row.blob(1), row.text(2), row.text(3), row.isNull(4) ? 0 : row.int64(4),
                    row.int64(5) != 0, row.text(6)});
    });
    return out;
}

} // namespace careledger::services::testing
