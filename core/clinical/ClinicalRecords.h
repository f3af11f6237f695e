#pragma once

// The clinical records a workstation keeps: demographics, problem-list entries and
// prescriptions. Each is a plain value, validated here (so every front end gets the same
// messages) and serialised to canonical CBOR before the services encrypt it under the
// patient's data key. Nothing in this file touches the store, the chain or a key.

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace careledger::core {

enum class ClinicalError {
    Invalid, // a field is missing or out of range; the message names the field
    Decode,  // a stored payload is not a record of the expected kind and format version
};
template <typename T>
using ClinicalResult = Result<T, ClinicalError>;
using ClinicalStatus = Result<void, ClinicalError>;

// FHIR administrative-gender values.
enum class Sex { Female, Male, Other, Unknown };
QString sexId(Sex sex);                     // "female", "male", "other", "unknown"
std::optional<Sex> sexFromId(const QString &id);
QString sexDisplayName(Sex sex);            // translated

struct Demographics {
    QString givenName;   // required
    QString familyName;  // required
    QDate birthDate;     // required, not in the future, not before 1900-01-01
    Sex sex = Sex::Unknown;
    QString address;     // optional, multi-line allowed
    QString phone;       // optional; digits, spaces, + - ( ) . only, 6 to 20 digits
    QString email;       // optional; one @, a dot in the domain, no spaces
    QString emergencyContactName;  // optional
    QString emergencyContactPhone; // optional, same rule as phone; required when a name is given
    bool operator==(const Demographics &) const = default;
};

// FHIR condition-clinical values used by the problem list.
enum class ProblemStatus { Active, Resolved, Inactive };
QString problemStatusId(ProblemStatus status); // "active", "resolved", "inactive"
std::optional<ProblemStatus> problemStatusFromId(const QString &id);
QString problemStatusDisplayName(ProblemStatus status); // translated

struct HistoryEntry {
    QString condition;   // required: what the clinician calls it ("Type 2 diabetes")
    QString code;        // optional code for the condition; empty means free text only
    QString codeSystem;  // required when code is set: a FHIR system URI (ICD-10, SNOMED CT)
    QString description; // optional free text
    QDate onsetDate;     // optional (null = unknown); not in the future, not before birth
    ProblemStatus status = ProblemStatus::Active;
    bool operator==(const HistoryEntry &) const = default;
};

// "amended" is an active prescription whose terms were changed after it was first issued;
// "completed" and "stopped" are final.
enum class PrescriptionStatus { Active, Amended, Completed, Stopped };
QString prescriptionStatusId(PrescriptionStatus status); // "active", "amended", "completed", "stopped"
std::optional<PrescriptionStatus> prescriptionStatusFromId(const QString &id);
QString prescriptionStatusDisplayName(PrescriptionStatus status); // translated
bool isFinal(PrescriptionStatus status);

struct Prescription {
    QString medication;    // required ("Metformin")
    QString strength;      // required ("500 mg")
    QString form;          // required; one of prescriptionForms() or free text
    double dose = 0;       // required, > 0 and <= 10000
    QString doseUnit;      // required ("tablet", "mg", "mL", "unit")
    QString route;         // required; one of prescriptionRoutes() or free text
    QString frequency;     // required ("twice daily", "every 8 hours")
    int durationDays = 0;  // required, 1..3650
    double quantity = 0;   // required, > 0 and <= 100000
    QString quantityUnit;  // required ("tablet")
    int refills = 0;       // 0..12
    QString instructions;  // optional ("with food")
    QDate prescribedOn;    // required; not in the future, not before 1900
    PrescriptionStatus status = PrescriptionStatus::Active;
    bool operator==(const Prescription &) const = default;
};
QStringList prescriptionForms();  // stable ids: "tablet", "capsule", "oral-solution", ...
QStringList prescriptionRoutes(); // stable ids: "oral", "sublingual", "intravenous", ...
QString formDisplayName(const QString &formId);   // translated; unknown ids returned as given
QString routeDisplayName(const QString &routeId); // translated; unknown ids returned as given

// Who wrote a version and why: kept inside the encrypted payload (names are personal data
// of staff and never go on the chain; the chain has the signer's key id).
struct RecordAuthorship {
    QDateTime writtenAt;  // UTC, millisecond precision
    QString authorName;   // display name at the time of writing
    QString authorRole;   // "admin", "doctor", "nurse", "patient"
    QByteArray authorKeyId;
    QString changeReason; // required for every version after the first of a prescription or history entry
    bool operator==(const RecordAuthorship &) const = default;
};

// Validation. `today` is the caller's clock (UTC date). Messages are translated, name the
// field as the form labels it, and say what is allowed.
ClinicalStatus validate(const Demographics &d, QDate today);
ClinicalStatus validate(const HistoryEntry &h, QDate today, QDate birthDate);
ClinicalStatus validate(const Prescription &p, QDate today);

// Serialisation: canonical CBOR map with a format version, the record kind and the
// authorship. decode* fails with Decode on anything else (wrong kind, unknown version,
// missing field, trailing bytes).
QByteArray encodeRecord(const Demographics &d, const RecordAuthorship &a);
QByteArray encodeRecord(const HistoryEntry &h, const RecordAuthorship &a);
QByteArray encodeRecord(const Prescription &p, const RecordAuthorship &a);
template <typename T>
struct Authored {
    T value;
    RecordAuthorship authorship;
};
ClinicalResult<Authored<Demographics>> decodeDemographics(QByteArrayView cbor);
ClinicalResult<Authored<HistoryEntry>> decodeHistoryEntry(QByteArrayView cbor);
ClinicalResult<Authored<Prescription>> decodePrescription(QByteArrayView cbor);

// Name matching for search and duplicate checks: case-folded, accents removed (NFKD, marks
// dropped), inner whitespace collapsed, apostrophes and hyphens kept. "Zoë  O'Neil" ->
// "zoe o'neil".
QString normaliseName(const QString &name);

} // namespace careledger::core
