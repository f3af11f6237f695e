#pragma once

// A patient's record as a FHIR R4 Bundle (type "collection", JSON). Pure mapping from plain
// values to JSON so it is testable without a store; the services gather the values (with
// the access checks and the audit entry) and call this.

#include "clinical/ClinicalRecords.h"

#include <QList>

namespace careledger::core {

struct FhirPatientRecord {
    QString mrn;          // formatted; Patient.identifier (type MR)
    QByteArray pseudonym; // hex in Patient.identifier with the consortium's pseudonym system
    QString clinicName;   // Patient.managingOrganization display
    Demographics demographics;
    RecordAuthorship demographicsAuthorship;
    quint64 demographicsVersion = 1;

    struct Condition {
        QByteArray recordId;
        quint64 version = 1;
        HistoryEntry entry;
        RecordAuthorship first;   // recorder, recordedDate
        RecordAuthorship current; // meta.lastUpdated
    };
    QList<Condition> conditions;

    struct Medication {
        QByteArray recordId;
        quint64 version = 1;
        Prescription prescription;
        RecordAuthorship first;   // requester (the prescriber), authoredOn
        RecordAuthorship current; // meta.lastUpdated; changeReason -> statusReason / note
    };
    QList<Medication> medications;

    struct ConsentGrant {
        bool toClinic = false;
        QString granteeName;
        QDateTime grantedAt;
        QDateTime expiresAt; // invalid: none
        QDateTime revokedAt; // invalid: not revoked
        bool active = false;
    };
    QList<ConsentGrant> consents;

    struct AuditEvent {
        QDateTime at;
        QString actorName;
        QString actorRole;
        QString action; // core::patientActionId or a service action id
        QString workstation;
        bool breakGlass = false;
        bool refused = false;
    };
    QList<AuditEvent> auditEvents;
};

// Valid FHIR R4 JSON: every resource has its required elements, codes come from the
// bound value sets (administrative-gender, condition-clinical, medicationrequest-status,
// consent-state-codes, audit-event-type), free text (CodeableConcept.text) where the user
// entered no code. fullUrl values are urn:uuid: derived deterministically from record ids.
// Empty when the record has no pseudonym or no MRN: every exported Patient carries both
// identifiers, so a receiver can always match it again.
QByteArray toFhirBundleJson(const FhirPatientRecord &record, const QDateTime &generatedAt);

} // namespace careledger::core
