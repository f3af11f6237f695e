#pragma once

// Who may do what with a patient's record: one pure function of role, action and the
// reader's consent basis, so the whole matrix is testable cell by cell and every front end
// gets the same answer. The services work out the basis (grants, expiry, break-glass) and
// call this before touching any record.

#include <QString>

namespace careledger::core {

enum class AccessRole { Admin, Doctor, Nurse, Patient };

enum class PatientAction {
    ViewDemographics,
    EditDemographics,
    ViewHistory,
    WriteHistory,
    ViewPrescriptions,
    WritePrescription, // create, amend, complete, stop
    ViewAccess,        // the list of grants
    ManageAccess,      // grant, revoke
    ViewAudit,         // the patient's audit trail
    Erase,
    Export,            // FHIR bundle of the whole record
    BreakGlass,        // start emergency access
    ViewVitals,        // live readings, their trend and the patient's alerts
    AcknowledgeAlert,  // acknowledge an alarm (on the chain, signed by the clinician)
    EditAlertSettings, // a doctor's per-patient alert limits
};

// Why this reader may (or may not) see this patient.
enum class ConsentBasis {
    None,       // no grant for the reader or the reader's clinic
    Expired,    // there was a grant, it has expired
    Clinic,     // an active grant to the reader's clinic (the registering clinic's default is one)
    Personal,   // an active grant to the reader personally
    BreakGlass, // an active emergency-access window of this reader
    Self,       // the reader is the patient (kiosk)
};

struct AccessDecision {
    bool allowed = false;
    bool viaBreakGlass = false; // allowed only because of emergency access: audit highlights it
    QString reason;             // translated; why it was refused (empty when allowed)
};

// The matrix (documented in docs/records.md):
// - An erased patient: every action refused.
// - Admin: ViewDemographics, EditDemographics, ViewAccess, ManageAccess, ViewAudit, Erase
//   whatever the basis (registration and consent administration are the clinic's duty);
//   Export only with Clinic or Personal; clinical content (history, prescriptions) and
//   BreakGlass never.
// - Doctor: ViewDemographics, ViewHistory, WriteHistory, ViewPrescriptions,
//   WritePrescription, ViewAccess with Clinic, Personal or BreakGlass (the last flagged
//   viaBreakGlass); BreakGlass itself only with None or Expired; never EditDemographics,
//   ManageAccess, ViewAudit, Erase, Export.
// - Nurse: ViewDemographics, ViewHistory, ViewPrescriptions, ViewAccess, ViewVitals,
//   AcknowledgeAlert with Clinic or Personal; nothing else (never EditAlertSettings).
// - Patient: with Self only: ViewDemographics, ViewPrescriptions, ViewAccess, ManageAccess,
//   ViewVitals.
// - Admin never ViewVitals, AcknowledgeAlert or EditAlertSettings (clinical content).
AccessDecision decideAccess(AccessRole role, PatientAction action, ConsentBasis basis, bool patientErased);

QString patientActionId(PatientAction action); // stable, e.g. "view-history"; used in the audit log

} // namespace careledger::core
