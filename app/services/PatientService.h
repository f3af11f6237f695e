#pragma once

// Patient registration, search, demographics and erasure. Every call checks the session's
// role and the patient's consent through core::decideAccess and writes exactly one audit
// entry for each patient it reads or writes (search: one entry per call, naming no patient).

#include "clinical/ClinicalRecords.h"
#include "services/ServiceTypes.h"

#include <QList>

namespace careledger::services {

class Workstation;

// A patient is identified to front ends by its chain pseudonym (32 bytes, HMAC-SHA256 of
// the MRN under the clinic's secret): opaque, never personal data.
using PatientId = QByteArray;

struct PatientSummary {
    PatientId id;
    QString mrn;          // formatted "1234-5678-9"
    QString givenName;    // empty when !accessible
    QString familyName;   // empty when !accessible
    QDate birthDate;      // null when !accessible
    core::Sex sex = core::Sex::Unknown;
    QDateTime registeredAt;
    bool accessible = true;       // false: found by exact MRN by a doctor without a grant
    bool breakGlassActive = false; // the reader sees it only through emergency access
};

// The current demographics with their version history metadata.
struct PatientDetails {
    PatientSummary summary;
    core::Demographics demographics;
    quint64 version = 0;
    core::RecordAuthorship authorship; // of the current version
    QByteArray recordId;               // the demographics record (ChartService::versions)
};

class PatientService {
public:
    explicit PatientService(Workstation &workstation) : m_workstation(workstation) {}
    Q_DISABLE_COPY_MOVE(PatientService)

    // Same normalised given and family names and birth date (admin; audit "duplicate-check").
    ServiceResult<QList<PatientSummary>> findDuplicates(const core::Demographics &demographics) const;

    // Admin. Validates, generates MRN, pseudonym and data key, stores demographics version 1
    // (encrypted, on the chain) and, when the clinic's default says so, the registering
    // clinic's access grant. When duplicates exist and !allowDuplicate: AlreadyExists with a
    // message naming how many (no names).
    ServiceResult<PatientSummary> registerPatient(const core::Demographics &demographics, bool allowDuplicate);

    // Admin. New demographics version; earlier versions stay readable in versions().
    ServiceResult<PatientDetails> updateDemographics(const PatientId &patient, const core::Demographics &demographics,
                                                     const QString &reason);

    // Name prefix ("smi", "smith jo": every word must prefix the given or family name, or the
    // whole query a name of several words) or an MRN (any accepted form; a valid check digit
    // required). Admins see every registered patient; doctors and nurses only those they have
    // access to, plus (doctors) an exact-MRN hit without access as !accessible so they can
    // start emergency access. Patients whose family name matches come first (by family name,
    // given name, birth date), then those matched by given name (by given name, family name,
    // birth date). At most `limit` results: a short prefix returns the first `limit`.
    ServiceResult<QList<PatientSummary>> search(const QString &query, int limit = 200) const;

    ServiceResult<PatientDetails> details(const PatientId &patient) const; // ViewDemographics

    // Admin. Crypto-shredding (GDPR art. 17): destroys the patient's data keys, every stored
    // ciphertext and the search entry, records one erase transaction for all the patient's
    // records, keeps hashes and the pseudonym. The reason goes to the audit log.
    ServiceStatus erase(const PatientId &patient, const QString &reason);

private:
    Workstation &m_workstation;
};

} // namespace careledger::services
