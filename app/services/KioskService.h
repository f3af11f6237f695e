#pragma once

// The patient kiosk: a workstation an administrator has opened for patients. While it is
// in kiosk mode no staff call passes (the staff session is gone: requireSession answers
// NotLoggedIn), a patient signs in with their record number (MRN) and a PIN, sees their own
// prescriptions and who may see their record, grants and revokes access, and gets what a
// printed prescription shows with a code staff can check against the chain. Every call
// that reads or writes patient data goes through the same access gate and audit log as
// staff calls, with the patient as the actor (AccessPolicy: role Patient, basis Self).
//
// The PDF itself is drawn by the front end (QPdfWriter is in QtGui; the services link only
// QtCore): prescriptionDocument() returns everything the page shows.
//
// Session changes (enterKiosk, leaveKiosk, patientLogin, patientLogout) emit
// Workstation::sessionChanged. In kiosk mode Workstation::isLoggedIn() is false,
// Workstation::currentUser() is empty and inKiosk() is true. The store stays unlocked (the
// database key of the administrator who opened the kiosk), so sealing and the seal timer
// keep working; Workstation::sealIfDue() may be called as in a staff session.
//
// Formats (PIN hashes, the verification code) and rules: docs/records.md, "Patient kiosk".

#include "clinical/ClinicalRecords.h"
#include "services/ConsentService.h"
#include "services/PatientService.h"
#include "services/ServiceTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace careledger::services {

class Workstation;

// The signed-in patient as the kiosk screens show them. Holds no key.
struct PatientSession {
    PatientId patient;    // pseudonym: pass it to VitalsService::trend() and the like
    QString mrn;          // formatted "1234-5678-9"
    QString givenName;
    QString familyName;
    QDateTime signedInAt; // UTC
};

// One of the patient's prescriptions as the kiosk lists it: the current version.
struct KioskPrescription {
    QByteArray recordId;
    quint64 version = 0;              // current version
    core::Prescription prescription;  // current version; status says active, amended, completed, stopped
    QString prescriberName;           // author of version 1
    QDateTime firstWrittenAt;         // version 1
    QDateTime updatedAt;              // current version
    bool active = false;              // Active or Amended (not final)
};

// What a printed or saved prescription shows. All text is ready to print except the
// medication fields, which are as the doctor wrote them (use core::formDisplayName /
// routeDisplayName / prescriptionStatusDisplayName for the ids).
struct PrescriptionDocument {
    QString clinicName;
    QString patientName;              // "Given Family"
    QString mrn;                      // formatted
    QDate birthDate;
    QByteArray recordId;
    quint64 version = 0;              // the version printed: always the current one
    core::Prescription prescription;
    QString prescriberName;           // author of version 1
    QString lastChangedBy;            // author of the printed version
    QDateTime firstWrittenAt;
    QDateTime versionWrittenAt;
    // 32 characters of Crockford base32 in eight groups of four ("7QK2-...-M4ZX"; see
    // docs/records.md): it names the record (by a prefix of its id) and the version and
    // carries a check tied to the version's record-put transaction on the chain.
    QString verificationCode;
    QDateTime generatedAt;            // UTC, when this document was made
};

// What a staff member's check of a printed code found.
enum class PrescriptionCodeStatus {
    Current,    // the code matches the chain and names the current version
    Superseded, // the code matches the chain, but a newer version exists (amended, completed, stopped)
    Unknown,    // no prescription version on this workstation matches the code (forged, mistyped, erased, or another clinic's)
    Tampered,   // the code matches the chain but the stored ciphertext does not (damaged store): report it
};

struct PrescriptionCheck {
    PrescriptionCodeStatus status = PrescriptionCodeStatus::Unknown;
    QString summary;                 // translated one-line verdict for the screen
    // Filled when the code names a known version (Current, Superseded, Tampered):
    PatientId patient;
    QString mrn;                     // formatted; empty when erased
    QByteArray recordId;
    quint64 codeVersion = 0;         // the version the code was printed from
    quint64 currentVersion = 0;      // the newest version on the chain
    QByteArray transactionId;        // the record-put transaction of codeVersion
    // Filled only when the checker may read the patient's prescriptions (doctor or nurse with
    // access): the prescription as of codeVersion and the current status.
    std::optional<core::Prescription> printed;
    std::optional<core::PrescriptionStatus> currentStatus;
};

class KioskService {
public:
    explicit KioskService(Workstation &workstation) : m_workstation(workstation) {}
    Q_DISABLE_COPY_MOVE(KioskService)

    // ---- kiosk mode --------------------------------------------------------------------
    // Admin (no pending temporary password). Ends the staff session but keeps the store
    // unlocked: the administrator's signing key is wiped, only patient calls work. Logged
    // in the staff security log ("kiosk opened").
    ServiceStatus enterKiosk();
    bool inKiosk() const;
    // Verifies an enabled administrator's password against their key slot. Wrong name,
    // non-admin, disabled account and wrong password are not told apart
    // (WrongCredentials) and count toward that name's sign-in lockout, shared with
    // Workstation::login (LockedOut while locked: Workstation::lockedUntil()). On success
    // the patient session (if any) and the kiosk end and the workstation logs out
    // entirely: the front end shows the staff sign-in screen. NotLoggedIn when not in kiosk.
    ServiceStatus leaveKiosk(const QString &adminUsername, const QString &password);

    // Whether the front end opens kiosk mode right after an administrator signs in
    // (the `careledger --kiosk` flag does the same for one run). Stored in the encrypted
    // workstation settings, so it can only be read with a session: any staff session may
    // read it (a doctor signing in on a kiosk workstation is told to fetch an
    // administrator); only an administrator may change it.
    ServiceResult<bool> kioskOnStart() const;
    ServiceStatus setKioskOnStart(bool enabled);

    // ---- the patient session (kiosk mode only; PermissionDenied otherwise) --------------
    // MRN in any accepted form ("1234-5678-9", "123456789", spaces). A malformed number
    // (wrong length, bad check digit) is InvalidInput; an unknown or erased patient, a
    // patient without a PIN and a wrong PIN are all WrongCredentials with one message.
    // After 5 consecutive wrong PINs for one MRN every attempt is refused (LockedOut, the
    // message says for how long) for 15 minutes; each further wrong PIN after that locks
    // again for 15 minutes. A right PIN clears the count. Replaces any patient session.
    // Audited ("patient-sign-in", and refusals with refused = 1).
    ServiceResult<PatientSession> patientLogin(const QString &mrn, const QString &pin);
    // Wipes everything about the patient from memory (the idle timer calls this too).
    // Audited ("patient-sign-out") when a patient was signed in. Stays in kiosk mode.
    void patientLogout();
    std::optional<PatientSession> currentPatient() const;
    // Until when this MRN's PIN sign-in is locked; invalid when it is not (or the MRN is
    // unknown or malformed). Kiosk mode only.
    QDateTime patientLockedUntil(const QString &mrn) const;

    // ---- PINs --------------------------------------------------------------------------
    // PIN rule: 6 to 8 ASCII digits, not all the same digit, not an ascending or descending
    // run (123456, 876543). Returns the translated problem, or nullopt when acceptable.
    static std::optional<QString> pinProblem(const QString &pin);
    // Admin staff session (at registration, or a reset when the patient forgot it): sets
    // the PIN and clears the patient's failure count and lockout. Audited ("set-pin").
    ServiceStatus setPatientPin(const PatientId &patient, const QString &pin);
    // Admin. Whether the patient has a PIN (the registration dialog and the chart show it).
    ServiceResult<bool> hasPin(const PatientId &patient) const;
    // The signed-in patient. The current PIN is checked like a sign-in (a wrong one counts
    // toward the lockout; the session is ended when it locks). Audited ("change-pin").
    ServiceStatus changeOwnPin(const QString &currentPin, const QString &newPin);

    // ---- the signed-in patient's record (NotLoggedIn without a patient session) ---------
    // Active and amended first (newest first), then completed and stopped (newest first).
    // One audit entry ("kiosk-prescriptions").
    ServiceResult<QList<KioskPrescription>> prescriptions() const;
    // One of the patient's own prescriptions, ready to print, with its verification code.
    // A record id that is not this patient's prescription is NotFound (audited as refused).
    // One audit entry ("kiosk-prescription-document").
    ServiceResult<PrescriptionDocument> prescriptionDocument(const QByteArray &recordId) const;
    // Who may see the record: grants newest first, revoked and expired included
    // (ConsentService::grants for the patient). One audit entry.
    ServiceResult<QList<AccessGrant>> accessList() const;
    ServiceResult<QList<BreakGlassAccess>> emergencyAccesses() const;
    // Staff members a patient may name in a grant: enabled doctors and nurses of this
    // workstation (user name and display name, no audit: no patient data).
    struct Grantee {
        QString username;
        QString displayName;
        Role role = Role::Nurse;
    };
    ServiceResult<QList<Grantee>> grantees() const;
    ServiceResult<QList<ClinicInfo>> clinics() const;
    // As ConsentService, for the patient's own record (ManageAccess, basis Self). The chain
    // transaction is signed by this workstation's node key (a patient has no key on the
    // chain); the audit entry and the grant row name the patient as the one who acted.
    ServiceResult<qint64> grantToStaff(const QString &username, const QDateTime &expiresAt);
    ServiceResult<qint64> grantToClinic(const QByteArray &clinicId, const QDateTime &expiresAt);
    ServiceStatus revoke(qint64 grantId, const QString &reason);
    // Weekly vitals: call Workstation::vitals().trend(currentPatient()->patient, from, to);
    // the access gate accepts the patient acting on their own record (ViewVitals, Self).

    // ---- staff: checking a printed code ------------------------------------------------
    // Doctor, nurse or admin staff session. Accepts the code as printed, in any case, with
    // or without dashes and spaces; O is read as 0 and I, L as 1. A code that does not
    // parse is InvalidInput with a message saying what is wrong (length, characters); a
    // well-formed code that matches nothing is a PrescriptionCheck with status Unknown.
    // The check recomputes the code from the record-put transaction on the chain and
    // compares the stored ciphertext's hash with it. One audit entry ("verify-prescription")
    // naming the patient when the code matched one.
    ServiceResult<PrescriptionCheck> verifyPrescriptionCode(const QString &code) const;

private:
    Workstation &m_workstation;
};

} // namespace careledger::services
