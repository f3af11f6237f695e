#pragma once

// Data leaving and entering the workstation as files: a patient's record as a FHIR R4
// Bundle, and the published EHRGuard table-4 dataset imported into a clinic. Access rules
// and auditing are those of the other services (export = core::PatientAction::Export).

#include "services/PatientService.h"

#include <QStringList>

namespace careledger::services {

struct ImportReport {
    int patientsCreated = 0;
    int patientsMatched = 0;   // already imported earlier (same source id): nothing duplicated
    int doctorsCreated = 0;    // staff accounts created for unknown doctor ids
    int historyEntries = 0;
    int prescriptions = 0;
    int observations = 0;      // vital-sign columns kept as manual observations
    QStringList skippedRows;   // "line 7: blood pressure “120-80” is not systolic/diastolic"
    QStringList notes;         // what was deliberately not imported, one sentence each
};

class InteropService {
public:
    explicit InteropService(Workstation &workstation) : m_workstation(workstation) {}
    Q_DISABLE_COPY_MOVE(InteropService)

    // Admin with consent (PatientAction::Export). A FHIR R4 "collection" Bundle, JSON,
    // UTF-8: Patient, Condition, MedicationRequest, Consent, AuditEvent. One audit entry.
    ServiceResult<QByteArray> exportFhir(const PatientId &patient) const;

    // Admin. Imports ../shared/data/ehrguard-table4-vitals.csv (columns patient_id,
    // timestamp, heart_rate_bpm, blood_pressure_mmhg, spo2_percent, glucose_mg_dl,
    // doctor_id, diagnosis, prescription). Idempotent: running it twice creates nothing new.
    // A malformed row is skipped with a reason; nothing already stored is touched.
    ServiceResult<ImportReport> importEhrGuardTable(const QString &csvPath);
    // The copy of the table built into the application (a Qt resource path), as the demo
    // clinic imports it.
    static QString bundledEhrGuardTable();

private:
    Workstation &m_workstation;
};

} // namespace careledger::services
