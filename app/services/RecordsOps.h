#pragma once

// Building blocks of the clinical-records services (patients, charts, consent, audit,
// interop): the clinic secret and pseudonyms, per-patient data keys, record encryption, the
// search index row, the consent basis and the one access gate every patient call goes
// through. Not a front-end API. See docs/records.md for every format.

#include "clinical/AccessPolicy.h"
#include "clinical/ClinicalRecords.h"
#include "services/AuditOps.h"
#include "services/LedgerOps.h"
#include "services/PatientService.h"
#include "services/StaffOps.h"

#include <optional>

namespace careledger::services::detail {

// Derived once per session (Workstation::login) and wiped at logout.
struct RecordsSession {
    core::SecureBytes clinicSecret;   // 32 bytes; pseudonyms are HMACs under it
    core::SecureBytes patientKeyWrap; // seals patient_keys rows
    QByteArray clinicId;              // this clinic's consortium member id
    QString workstationName;          // for the audit log
};

inline constexpr qsizetype kRecordIdSize = 16;
inline constexpr char kRecordFormatVersion = 0x01;

// Loads (or, the first time, creates) the clinic secret and derives the session's keys.
ServiceStatus openRecords(WorkstationAccess::State &state);
// The session's records context; NotLoggedIn when there is none.
ServiceResult<RecordsSession *> recordsSession(WorkstationAccess::State &state);

// ---- settings (workstation_settings) ------------------------------------------------------
ServiceResult<std::optional<QByteArray>> readSetting(core::Database &db, const char *key);
ServiceStatus writeSetting(core::Database &db, const char *key, const QByteArray &value);
QString clinicName(core::Database &db);              // configured, else "This clinic" (translated)
ServiceResult<bool> registeringClinicDefault(core::Database &db); // default true
inline constexpr char kClinicNameSetting[] = "clinic_name";
inline constexpr char kRegisteringDefaultSetting[] = "registering_clinic_default";

QByteArray pseudonymFor(const RecordsSession &session, const QString &mrnDigits);

QString isoTime(const QDateTime &at); // the store's timestamp text (UTC, milliseconds)
QDateTime parseTime(const QString &text);
QByteArray u32be(quint32 value);
QByteArray u64be(quint64 value);

// ---- patient data keys --------------------------------------------------------------------
struct PatientKey {
    quint32 version = 0;
    core::SecureBytes key;
};
PatientKey generatePatientKey(quint32 version); // in memory; storePatientKey() keeps it
ServiceStatus storePatientKey(core::Database &db, const RecordsSession &session, const QByteArray &pseudonym, const PatientKey &key,
                              const QDateTime &now);
ServiceResult<PatientKey> patientKey(core::Database &db, const RecordsSession &session, const QByteArray &pseudonym,
                                     std::optional<quint32> version); // nullopt: the newest
// Context of a data key wrapped for a clinic node (core::wrapForRecipient).
QByteArray wrapContext(const QByteArray &pseudonym, quint32 version);

// ---- record payloads ----------------------------------------------------------------------
QByteArray recordAad(const QByteArray &recordId, quint64 version, const QByteArray &pseudonym, quint64 kindCode);
// 0x01 || u32 BE key version || AES-256-GCM seal.
ServiceResult<QByteArray> sealRecord(const PatientKey &key, const QByteArray &recordId, quint64 version, const QByteArray &pseudonym,
                                     const QString &kind, QByteArrayView plaintext);
ServiceResult<core::SecureBytes> openRecord(core::Database &db, const RecordsSession &session, const QByteArray &stored,
                                            const QByteArray &recordId, quint64 version, const QByteArray &pseudonym, const QString &kind);
quint32 recordKeyVersion(const QByteArray &stored); // 0 when not in the format

struct StoredVersion {
    QByteArray recordId;
    quint64 version = 0;
    QString kind;
    QByteArray ciphertext;
    QByteArray txId;
};
// Every stored (not erased) version of the patient's records of these kinds, by record id
// then version.
ServiceResult<QList<StoredVersion>> storedVersions(core::Database &db, const QByteArray &pseudonym, const QStringList &kinds);
// Every version of one record, oldest first; NotFound when it is not this patient's.
ServiceResult<QList<StoredVersion>> recordVersions(core::Database &db, const QByteArray &pseudonym, const QByteArray &recordId);

template <typename T>
ServiceResult<core::Authored<T>> decodeStored(core::Database &db, const RecordsSession &session, const QByteArray &pseudonym,
                                              const StoredVersion &v);

// The first and the newest version of each record of one kind, decrypted (one decryption
// when they are the same version), in record-id order.
template <typename T>
struct FirstAndCurrent {
    QByteArray recordId;
    core::Authored<T> first;
    core::Authored<T> current;
    StoredVersion newest;
};
template <typename T>
ServiceResult<QList<FirstAndCurrent<T>>> firstAndCurrent(core::Database &db, const RecordsSession &session, const QByteArray &pseudonym,
                                                         const QString &kind);

// ---- the search index row -----------------------------------------------------------------
struct PatientRow {
    QByteArray pseudonym;
    QString mrn; // nine digits; empty once erased
    QString givenName;
    QString familyName;
    QDate birthDate;
    core::Sex sex = core::Sex::Unknown;
    QDateTime registeredAt;
    QByteArray registeringClinic;
    QDateTime erasedAt;
    QByteArray demographicsRecordId;
    bool erased() const { return erasedAt.isValid(); }
};
inline constexpr char kPatientColumns[] =
    "pseudonym, mrn, given_name, family_name, birth_date, sex, registered_at, registering_clinic, erased_at, demographics_record_id";
PatientRow readPatientRow(const core::Statement &st, int firstColumn = 0);
ServiceResult<std::optional<PatientRow>> findPatient(core::Database &db, const QByteArray &pseudonym);
// Updates the clear search columns from demographics.
ServiceStatus writePatientIndex(core::Database &db, const QByteArray &pseudonym, const core::Demographics &d);
PatientSummary toSummary(const PatientRow &row, bool accessible);
QString displayMrn(const PatientRow &row); // formatted, or empty once erased

// ---- who is asking, and may they ----------------------------------------------------------
// The session's user as the store has it now (disabled or changed accounts lose their
// powers at once); the optional role is required as in requireSession.
ServiceResult<Actor> currentActor(WorkstationAccess::State &state, std::optional<Role> role = std::nullopt);
// Who acts on a patient's record: the staff user (currentActor), or in kiosk mode the
// signed-in patient (Actor::patient set); NotLoggedIn when neither. Only authorize() and
// KioskService use it, so every staff-only call still refuses a patient.
ServiceResult<Actor> sessionActor(WorkstationAccess::State &state);
core::AccessRole accessRole(Role role);
core::AccessRole accessRole(const Actor &actor); // Patient for a kiosk patient
// The key that signs the chain transaction of this actor's change: the staff member's own
// key, or for a patient (who has no key on the chain) this workstation's node key.
const core::EcPrivateKey *actingKey(WorkstationAccess::State &state, const Actor &actor);

struct Basis {
    core::ConsentBasis basis = core::ConsentBasis::None;
    QDateTime breakGlassUntil; // valid when an emergency-access window of the reader is open
};
ServiceResult<Basis> consentBasis(core::Database &db, const RecordsSession &session, qint64 staffId, const QByteArray &pseudonym,
                                  const QDateTime &now);

struct Access {
    Actor actor;
    PatientRow patient;
    Basis basis;
    core::AccessDecision decision;
    QString auditAction;
};

// The one gate of every service call that touches a patient: session, current account,
// patient (NotFound: no audit entry), consent basis (Self for a kiosk patient's own
// record, None for any other), core::decideAccess. A refusal is
// audited (refused = 1) and returned as PermissionDenied with the policy's reason.
ServiceResult<Access> authorize(WorkstationAccess::State &state, const PatientId &patient, core::PatientAction action,
                                const QString &auditAction);
// Whether one more action is allowed for the same reader and patient (sections of a chart).
bool alsoAllowed(const Access &access, core::PatientAction action);

// The audit entry of an authorised call (break-glass flag from the decision).
AuditWrite auditFor(const Access &access, const QString &detail, bool refused = false);
// For a call that was authorised but then failed: writes its (refused) entry and passes
// the failure on, so every call leaves exactly one entry.
template <typename T>
ServiceResult<T> auditedFailure(WorkstationAccess::State &state, const Access &access, const core::Error<ServiceError> &error)
{
    (void)auditAlone(state, access.actor, auditFor(access, error.message, true));
    return ServiceResult<T>(error);
}

// Authorship of a version written now by the session's user.
core::RecordAuthorship authorshipNow(const WorkstationAccess::State &state, const Actor &actor, const QString &reason);

QByteArray newRecordId();

// One version to store: encrypted under the patient's newest key inside writeRecords.
struct NewVersion {
    QByteArray recordId;
    quint64 version = 1;
    QString kind;
    QByteArray plaintext; // canonical CBOR from core::encodeRecord
};
// Encrypts the versions, signs one record put each with the session user's key, and
// commits versions, the audit entry and extraRows in one database transaction.
ServiceResult<QList<ledger::Transaction>> writeRecords(WorkstationAccess::State &state, const Actor &actor, const QByteArray &pseudonym,
                                                       const QList<NewVersion> &versions, const AuditWrite &audit,
                                                       const std::function<ServiceStatus(core::Database &)> &extraRows = {});

// A new patient: MRN (retried on the rare collision), pseudonym, data key version 1,
// demographics version 1, the registering clinic's grant when the default says so, and any
// further first versions (an import's history and prescriptions), with one audit entry,
// all in one database transaction.
struct Registration {
    core::Demographics demographics;
    QList<NewVersion> records;
    QString auditAction;
    QString auditDetail;
    std::function<ServiceStatus(core::Database &, const QByteArray &pseudonym)> extraRows;
};
ServiceResult<PatientRow> registerNew(WorkstationAccess::State &state, const Actor &actor, const Registration &registration);

// A grant row's recipient: the node key of the clinic that holds the key for the grantee
// (this workstation for local staff and this clinic).
ServiceResult<core::EcPublicKey> grantRecipient(WorkstationAccess::State &state, const QByteArray &clinicId);

ServiceStatus invalidInput(const QString &message);
QString reasonProblem(const QString &reason); // empty when the reason is acceptable

} // namespace careledger::services::detail
