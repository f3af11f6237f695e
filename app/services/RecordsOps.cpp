#include "services/RecordsOps.h"

#include "clinical/Mrn.h"
#include "services/RecordCommitter.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QtEndian>

namespace careledger::services::detail {

namespace {

using State = WorkstationAccess::State;

constexpr char kClinicSecretSetting[] = "clinic_secret";
const QByteArray kClinicSecretInfo = QByteArrayLiteral("careledger-clinic-secret-v1");
const QByteArray kPatientKeysInfo = QByteArrayLiteral("careledger-patient-keys-v1");
const QByteArray kPseudonymDomain = QByteArrayLiteral("careledger-pseudonym-v1");
const QByteArray kRecordDomain = QByteArrayLiteral("careledger-record-v1");
const QByteArray kWrapDomain = QByteArrayLiteral("careledger-patient-key-v1");
constexpr qsizetype kSecretSize = 32;
constexpr int kMaximumReasonLength = 500;

template <typename T> ServiceResult<T> storage(const QString &message)
{
    return ServiceResult<T>::failure(ServiceError::Storage, message);
}

ServiceResult<core::SecureBytes> deriveKey(const core::SecureBytes &databaseKey, const QByteArray &info)
{
    auto key = core::hkdfSha256(databaseKey.view(), {}, info, kSecretSize);
    if (!key)
        return storage<core::SecureBytes>(key.message());
    return std::move(key).value();
}

QByteArray keyAad(const QByteArray &pseudonym, quint32 version)
{
    return pseudonym + u32be(version);
}

QString basisId(core::ConsentBasis basis)
{
    switch (basis) {
    case core::ConsentBasis::None:
        return QStringLiteral("none");
    case core::ConsentBasis::Expired:
        return QStringLiteral("expired");
    case core::ConsentBasis::Clinic:
        return QStringLiteral("clinic");
    case core::ConsentBasis::Personal:
        return QStringLiteral("personal");
    case core::ConsentBasis::BreakGlass:
        return QStringLiteral("break-glass");
    case core::ConsentBasis::Self:
        return QStringLiteral("self");
    }
    return QStringLiteral("none");
}

ServiceResult<QByteArray> thisClinicId(core::Database &db, const QByteArray &nodeKeyId)
{
    auto st = db.prepare("SELECT member_id FROM ledger_members WHERE key_id = ?1 AND removed_height IS NULL");
    if (!st)
        return storeFailure<QByteArray>(st.error(), StoreAccess::Read);
    st->bindBlob(1, nodeKeyId);
    auto has = st->step();
    if (!has)
        return storeFailure<QByteArray>(has.error(), StoreAccess::Read);
    // A workstation that is not (or no longer) a member still names itself the way genesis
    // files made here would.
    return *has ? st->blob(0) : memberIdFor(nodeKeyId);
}

} // namespace

// ---- session -------------------------------------------------------------------------------

ServiceStatus openRecords(State &state)
{
    if (!state.store)
        return ServiceStatus::failure(ServiceError::NotLoggedIn, QCoreApplication::translate("Records", "Please sign in first."));
    core::Database &db = state.store->database();
    // Deleted rows (erasure) are overwritten with zeros in the file instead of left in free pages.
    if (auto on = db.exec("PRAGMA secure_delete = ON"); !on)
        return fromStore(on.error(), StoreAccess::Read);
    // Search and chart reads touch pages all over a large practice's store, and every page
    // missed is read and decrypted again: 64 MB of decrypted pages keeps the hot indexes
    // and patient rows in memory (SQLite allocates it only as pages are used).
    if (auto cache = db.exec("PRAGMA cache_size = -65536"); !cache)
        return fromStore(cache.error(), StoreAccess::Read);

    auto session = std::make_unique<RecordsSession>();
    auto secretKey = deriveKey(state.store->databaseKey(), kClinicSecretInfo);
    if (!secretKey)
        return secretKey.error();
    auto stored = readSetting(db, kClinicSecretSetting);
    if (!stored)
        return stored.error();
    if (!*stored) {
        const core::SecureBytes secret = core::randomSecret(kSecretSize);
        auto sealed = core::aesGcmSeal(secretKey->view(), secret.view(), kClinicSecretInfo);
        if (!sealed)
            return ServiceStatus::failure(ServiceError::Storage, sealed.message());
        // OR IGNORE: another process on the same store may have created it first; whichever
        // is stored is the clinic's secret.
        auto st = db.prepare("INSERT OR IGNORE INTO workstation_settings (key, value) VALUES (?1, ?2)");
        if (!st)
            return fromStore(st.error(), StoreAccess::Write);
        st->bind(1, QString::fromLatin1(kClinicSecretSetting)).bindBlob(2, *sealed);
        if (auto ran = st->run(); !ran)
            return fromStore(ran.error(), StoreAccess::Write);
        stored = readSetting(db, kClinicSecretSetting);
        if (!stored)
            return stored.error();
        if (!*stored)
            return ServiceStatus::failure(ServiceError::Storage, QCoreApplication::translate("Records", "The clinic secret could not be stored."));
    }
    auto secret = core::aesGcmOpen(secretKey->view(), **stored, kClinicSecretInfo);
    if (!secret || secret->size() != static_cast<std::size_t>(kSecretSize))
        return ServiceStatus::failure(ServiceError::StoreUnavailable,
                                      QCoreApplication::translate("Records", "The clinic secret cannot be opened: the store is damaged."));
    session->clinicSecret = std::move(secret).value();
    auto wrap = deriveKey(state.store->databaseKey(), kPatientKeysInfo);
    if (!wrap)
        return wrap.error();
    session->patientKeyWrap = std::move(wrap).value();
    auto clinic = thisClinicId(db, state.nodeKey.publicKey().keyId());
    if (!clinic)
        return clinic.error();
    session->clinicId = *clinic;
    session->workstationName = QSysInfo::machineHostName();
    if (session->workstationName.isEmpty())
        session->workstationName = QStringLiteral("workstation");
    state.records = std::move(session);
    return {};
}

ServiceResult<RecordsSession *> recordsSession(State &state)
{
    if (!state.records || !state.store)
        return ServiceResult<RecordsSession *>::failure(ServiceError::NotLoggedIn,
                                                        QCoreApplication::translate("Records", "Please sign in first."));
    return state.records.get();
}

// ---- settings ------------------------------------------------------------------------------

ServiceResult<std::optional<QByteArray>> readSetting(core::Database &db, const char *key)
{
    using R = ServiceResult<std::optional<QByteArray>>;
    auto st = db.prepare("SELECT value FROM workstation_settings WHERE key = ?1");
    if (!st)
        return storeFailure<std::optional<QByteArray>>(st.error(), StoreAccess::Read);
    st->bind(1, QString::fromLatin1(key));
    auto has = st->step();
    if (!has)
        return storeFailure<std::optional<QByteArray>>(has.error(), StoreAccess::Read);
    if (!*has)
        return R(std::optional<QByteArray>());
    return R(std::optional<QByteArray>(st->blob(0)));
}

ServiceStatus writeSetting(core::Database &db, const char *key, const QByteArray &value)
{
    auto st = db.prepare("INSERT OR REPLACE INTO workstation_settings (key, value) VALUES (?1, ?2)");
    if (!st)
        return fromStore(st.error(), StoreAccess::Write);
    st->bind(1, QString::fromLatin1(key)).bindBlob(2, value);
    if (auto ran = st->run(); !ran)
        return fromStore(ran.error(), StoreAccess::Write);
    return {};
}

QString clinicName(core::Database &db)
{
    auto stored = readSetting(db, kClinicNameSetting);
    if (stored && *stored && !(*stored)->isEmpty())
        return QString::fromUtf8(**stored);
    return QCoreApplication::translate("ConsentService", "This clinic");
}

ServiceResult<bool> registeringClinicDefault(core::Database &db)
{
    auto stored = readSetting(db, kRegisteringDefaultSetting);
    if (!stored)
        return stored.error();
    return !*stored || **stored != QByteArrayLiteral("0");
}

QByteArray pseudonymFor(const RecordsSession &session, const QString &mrnDigits)
{
    return core::hmacSha256(session.clinicSecret.view(), QByteArray(kPseudonymDomain + mrnDigits.toLatin1()));
}

QString isoTime(const QDateTime &at)
{
    return core::StaffDirectory::timestamp(at);
}

QDateTime parseTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : core::StaffDirectory::parseTimestamp(text);
}

QByteArray u32be(quint32 value)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

QByteArray u64be(quint64 value)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

// ---- patient data keys ---------------------------------------------------------------------

PatientKey generatePatientKey(quint32 version)
{
    return PatientKey{version, core::randomSecret(core::kAesKeySize)};
}

ServiceStatus storePatientKey(core::Database &db, const RecordsSession &session, const QByteArray &pseudonym, const PatientKey &key,
                              const QDateTime &now)
{
    auto sealed = core::aesGcmSeal(session.patientKeyWrap.view(), key.key.view(), keyAad(pseudonym, key.version));
    if (!sealed)
        return ServiceStatus::failure(ServiceError::Storage, sealed.message());
    auto st = db.prepare("INSERT INTO patient_keys (pseudonym, key_version, sealed_key, created_at) VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return fromStore(st.error(), StoreAccess::Write);
    st->bindBlob(1, pseudonym).bind(2, static_cast<qint64>(key.version)).bindBlob(3, *sealed).bind(4, isoTime(now));
    if (auto ran = st->run(); !ran)
        return fromStore(ran.error(), StoreAccess::Write);
    return {};
}

ServiceResult<PatientKey> patientKey(core::Database &db, const RecordsSession &session, const QByteArray &pseudonym,
                                     std::optional<quint32> version)
{
    auto st = version ? db.prepare("SELECT key_version, sealed_key FROM patient_keys WHERE pseudonym = ?1 AND key_version = ?2")
                      : db.prepare("SELECT key_version, sealed_key FROM patient_keys WHERE pseudonym = ?1 ORDER BY key_version DESC LIMIT 1");
    if (!st)
        return storeFailure<PatientKey>(st.error(), StoreAccess::Read);
    st->bindBlob(1, pseudonym);
    if (version)
        st->bind(2, static_cast<qint64>(*version));
    auto has = st->step();
    if (!has)
        return storeFailure<PatientKey>(has.error(), StoreAccess::Read);
    if (!*has)
        return ServiceResult<PatientKey>::failure(ServiceError::StoreUnavailable,
                                                  QCoreApplication::translate("Records", "The patient's data key is not stored on this workstation."));
    PatientKey key;
    key.version = static_cast<quint32>(st->int64(0));
    auto opened = core::aesGcmOpen(session.patientKeyWrap.view(), st->blob(1), keyAad(pseudonym, key.version));
    if (!opened)
        return ServiceResult<PatientKey>::failure(ServiceError::StoreUnavailable,
                                                  QCoreApplication::translate("Records", "The patient's data key cannot be opened: the store is damaged."));
    key.key = std::move(opened).value();
    return key;
}

QByteArray wrapContext(const QByteArray &pseudonym, quint32 version)
{
    return kWrapDomain + pseudonym + u32be(version);
}

// ---- record payloads -----------------------------------------------------------------------

QByteArray recordAad(const QByteArray &recordId, quint64 version, const QByteArray &pseudonym, quint64 kindCode)
{
    return kRecordDomain + recordId + u64be(version) + pseudonym + u64be(kindCode);
}

ServiceResult<QByteArray> sealRecord(const PatientKey &key, const QByteArray &recordId, quint64 version, const QByteArray &pseudonym,
                                     const QString &kind, QByteArrayView plaintext)
{
    const auto code = RecordCommitter::kindCode(kind);
    if (!code)
        return ServiceResult<QByteArray>::failure(ServiceError::InvalidInput,
                                                  QCoreApplication::translate("Records", "Unknown record kind “%1”.").arg(kind));
    auto sealed = core::aesGcmSeal(key.key.view(), plaintext, recordAad(recordId, version, pseudonym, *code));
    if (!sealed)
        return storage<QByteArray>(sealed.message());
    return QByteArray(QByteArray(1, kRecordFormatVersion) + u32be(key.version) + *sealed);
}

quint32 recordKeyVersion(const QByteArray &stored)
{
    if (stored.size() < 5 || stored.at(0) != kRecordFormatVersion)
        return 0;
    return qFromBigEndian<quint32>(stored.constData() + 1);
}

ServiceResult<core::SecureBytes> openRecord(core::Database &db, const RecordsSession &session, const QByteArray &stored,
                                            const QByteArray &recordId, quint64 version, const QByteArray &pseudonym, const QString &kind)
{
    const auto damaged = [] {
        return ServiceResult<core::SecureBytes>::failure(
            ServiceError::StoreUnavailable,
            QCoreApplication::translate("Records", "A stored record cannot be decrypted: it was altered or its key is missing."));
    };
    const quint32 keyVersion = recordKeyVersion(stored);
    const auto code = RecordCommitter::kindCode(kind);
    if (keyVersion == 0 || !code)
        return damaged();
    auto key = patientKey(db, session, pseudonym, keyVersion);
    if (!key)
        return key.error();
    auto plain = core::aesGcmOpen(key->key.view(), QByteArrayView(stored).sliced(5), recordAad(recordId, version, pseudonym, *code));
    if (!plain)
        return damaged();
    return std::move(plain).value();
}

namespace {

StoredVersion readStored(const core::Statement &st)
{
    StoredVersion v;
    v.recordId = st.blob(0);
    v.version = static_cast<quint64>(st.int64(1));
    v.kind = st.text(2);
    v.ciphertext = st.blob(3);
    v.txId = st.isNull(4) ? QByteArray() : st.blob(4);
    return v;
}

} // namespace

ServiceResult<QList<StoredVersion>> storedVersions(core::Database &db, const QByteArray &pseudonym, const QStringList &kinds)
{
    QByteArray sql = "SELECT record_id, version, kind, ciphertext, tx_id FROM record_payloads WHERE patient_pseudonym = ?1 AND erased = 0 "
                     "AND kind IN (";
    for (int i = 0; i < kinds.size(); ++i)
        sql += (i ? ", ?" : "?") + QByteArray::number(i + 2);
    sql += ") ORDER BY record_id, version";
    auto st = db.prepare(sql.constData());
    if (!st)
        return storeFailure<QList<StoredVersion>>(st.error(), StoreAccess::Read);
    st->bindBlob(1, pseudonym);
    for (int i = 0; i < kinds.size(); ++i)
        st->bind(i + 2, kinds.at(i));
    QList<StoredVersion> out;
    if (auto done = st->forEachRow([&](const core::Statement &row) { out.append(readStored(row)); }); !done)
        return storeFailure<QList<StoredVersion>>(done.error(), StoreAccess::Read);
    return out;
}

ServiceResult<QList<StoredVersion>> recordVersions(core::Database &db, const QByteArray &pseudonym, const QByteArray &recordId)
{
    auto st = db.prepare("SELECT record_id, version, kind, ciphertext, tx_id, patient_pseudonym, erased FROM record_payloads "
                         "WHERE record_id = ?1 ORDER BY version");
    if (!st)
        return storeFailure<QList<StoredVersion>>(st.error(), StoreAccess::Read);
    st->bindBlob(1, recordId);
    QList<StoredVersion> out;
    bool foreign = false;
    if (auto done = st->forEachRow([&](const core::Statement &row) {
            if (row.blob(5) != pseudonym || row.int64(6) != 0)
                foreign = true;
            else
                out.append(readStored(row));
        });
        !done)
        return storeFailure<QList<StoredVersion>>(done.error(), StoreAccess::Read);
    if (foreign || out.isEmpty())
        return ServiceResult<QList<StoredVersion>>::failure(ServiceError::NotFound,
                                                            QCoreApplication::translate("ChartService", "This patient has no such record."));
    return out;
}

template <typename T>
ServiceResult<core::Authored<T>> decodeStored(core::Database &db, const RecordsSession &session, const QByteArray &pseudonym,
                                              const StoredVersion &v)
{
    auto plain = openRecord(db, session, v.ciphertext, v.recordId, v.version, pseudonym, v.kind);
    if (!plain)
        return plain.error();
    auto decoded = [&] {
        if constexpr (std::is_same_v<T, core::Demographics>)
            return core::decodeDemographics(plain->view());
        else if constexpr (std::is_same_v<T, core::HistoryEntry>)
            return core::decodeHistoryEntry(plain->view());
        else
            return core::decodePrescription(plain->view());
    }();
    if (!decoded)
        return ServiceResult<core::Authored<T>>::failure(
            ServiceError::StoreUnavailable,
            QCoreApplication::translate("Records", "A stored record cannot be read: %1").arg(decoded.message()));
    return std::move(decoded).value();
}

template ServiceResult<core::Authored<core::Demographics>> decodeStored<core::Demographics>(core::Database &, const RecordsSession &,
                                                                                           const QByteArray &, const StoredVersion &);
template ServiceResult<core::Authored<core::HistoryEntry>> decodeStored<core::HistoryEntry>(core::Database &, const RecordsSession &,
                                                                                           const QByteArray &, const StoredVersion &);
template ServiceResult<core::Authored<core::Prescription>> decodeStored<core::Prescription>(core::Database &, const RecordsSession &,
                                                                                           const QByteArray &, const StoredVersion &);

template <typename T>
ServiceResult<QList<FirstAndCurrent<T>>> firstAndCurrent(core::Database &db, const RecordsSession &session, const QByteArray &pseudonym,
                                                         const QString &kind)
{
    auto all = storedVersions(db, pseudonym, {kind});
    if (!all)
        return all.error();
    QList<FirstAndCurrent<T>> out;
    // Rows come grouped by record id, versions ascending.
    qsizetype begin = 0;
    while (begin < all->size()) {
        qsizetype end = begin + 1;
        while (end < all->size() && all->at(end).recordId == all->at(begin).recordId)
            ++end;
        const StoredVersion &first = all->at(begin);
        const StoredVersion &newest = all->at(end - 1);
        auto current = decodeStored<T>(db, session, pseudonym, newest);
        if (!current)
            return current.error();
        FirstAndCurrent<T> item;
        item.recordId = first.recordId;
        item.newest = newest;
        if (end - begin == 1) {
            item.first = *current;
        } else {
            auto firstDecoded = decodeStored<T>(db, session, pseudonym, first);
            if (!firstDecoded)
                return firstDecoded.error();
            item.first = std::move(firstDecoded).value();
        }
        item.current = std::move(current).value();
        out.append(std::move(item));
        begin = end;
    }
    return out;
}

template ServiceResult<QList<FirstAndCurrent<core::Demographics>>> firstAndCurrent<core::Demographics>(core::Database &, const RecordsSession &,
                                                                                                     const QByteArray &, const QString &);
template ServiceResult<QList<FirstAndCurrent<core::HistoryEntry>>> firstAndCurrent<core::HistoryEntry>(core::Database &, const RecordsSession &,
                                                                                                     const QByteArray &, const QString &);
template ServiceResult<QList<FirstAndCurrent<core::Prescription>>> firstAndCurrent<core::Prescription>(core::Database &, const RecordsSession &,
                                                                                                     const QByteArray &, const QString &);

// ---- the search index row ------------------------------------------------------------------

PatientRow readPatientRow(const core::Statement &st, int c)
{
    PatientRow r;
    r.pseudonym = st.blob(c);
    r.mrn = st.isNull(c + 1) ? QString() : st.text(c + 1);
    r.givenName = st.text(c + 2);
    r.familyName = st.text(c + 3);
    r.birthDate = st.isNull(c + 4) ? QDate() : QDate::fromString(st.text(c + 4), Qt::ISODate);
    r.sex = core::sexFromId(st.text(c + 5)).value_or(core::Sex::Unknown);
    r.registeredAt = parseTime(st.text(c + 6));
    r.registeringClinic = st.blob(c + 7);
    r.erasedAt = st.isNull(c + 8) ? QDateTime() : parseTime(st.text(c + 8));
    r.demographicsRecordId = st.blob(c + 9);
    return r;
}

ServiceResult<std::optional<PatientRow>> findPatient(core::Database &db, const QByteArray &pseudonym)
{
    using R = ServiceResult<std::optional<PatientRow>>;
    if (pseudonym.size() != core::kSha256Size)
        return R(std::optional<PatientRow>());
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kPatientColumns + " FROM patients WHERE pseudonym = ?1";
    auto st = db.prepare(sql.constData());
    if (!st)
        return storeFailure<std::optional<PatientRow>>(st.error(), StoreAccess::Read);
    st->bindBlob(1, pseudonym);
    auto has = st->step();
    if (!has)
        return storeFailure<std::optional<PatientRow>>(has.error(), StoreAccess::Read);
    if (!*has)
        return R(std::optional<PatientRow>());
    return R(std::optional<PatientRow>(readPatientRow(*st)));
}

ServiceStatus writePatientIndex(core::Database &db, const QByteArray &pseudonym, const core::Demographics &d)
{
    auto st = db.prepare("UPDATE patients SET given_name = ?2, family_name = ?3, given_norm = ?4, family_norm = ?5, birth_date = ?6, "
                         "sex = ?7 WHERE pseudonym = ?1");
    if (!st)
        return fromStore(st.error(), StoreAccess::Write);
    st->bindBlob(1, pseudonym).bind(2, d.givenName.trimmed()).bind(3, d.familyName.trimmed());
    st->bind(4, core::normaliseName(d.givenName)).bind(5, core::normaliseName(d.familyName));
    st->bind(6, d.birthDate.toString(Qt::ISODate)).bind(7, core::sexId(d.sex));
    if (auto ran = st->run(); !ran)
        return fromStore(ran.error(), StoreAccess::Write);
    return {};
}

QString displayMrn(const PatientRow &row)
{
    return row.mrn.isEmpty() ? QString() : core::formatMrn(row.mrn);
}

PatientSummary toSummary(const PatientRow &row, bool accessible)
{
    PatientSummary s;
    s.id = row.pseudonym;
    s.mrn = displayMrn(row);
    s.registeredAt = row.registeredAt;
    s.accessible = accessible;
    if (accessible) {
        s.givenName = row.givenName;
        s.familyName = row.familyName;
        s.birthDate = row.birthDate;
        s.sex = row.sex;
    }
    return s;
}

// ---- who is asking -------------------------------------------------------------------------

ServiceResult<Actor> currentActor(State &state, std::optional<Role> role)
{
    if (auto allowed = requireSession(state, role); !allowed)
        return allowed.error();
    auto record = state.directory->findById(state.user->id);
    if (!record)
        return storeFailure<Actor>(record.error(), StoreAccess::Read);
    if (!record->enabled)
        return ServiceResult<Actor>::failure(ServiceError::PermissionDenied,
                                             QCoreApplication::translate("StaffService", "Your role does not allow this."));
    Actor actor;
    actor.id = record->id;
    actor.username = record->username;
    actor.displayName = record->displayName;
    actor.role = roleFromId(record->role).value_or(Role::Nurse);
    actor.signingKeyId = state.user->signingKeyId;
    return actor;
}

ServiceResult<Actor> sessionActor(State &state)
{
    if (state.user || !state.kiosk || !state.kiosk->patient || !state.store)
        return currentActor(state);
    Actor actor;
    actor.patient = state.kiosk->patient->pseudonym;
    return actor;
}

core::AccessRole accessRole(const Actor &actor)
{
    return actor.patient.isEmpty() ? accessRole(actor.role) : core::AccessRole::Patient;
}

const core::EcPrivateKey *actingKey(State &state, const Actor &actor)
{
    return actor.patient.isEmpty() ? &state.signingKey : &state.nodeKey;
}

core::AccessRole accessRole(Role role)
{
    switch (role) {
    case Role::Admin:
        return core::AccessRole::Admin;
    case Role::Doctor:
        return core::AccessRole::Doctor;
    case Role::Nurse:
        return core::AccessRole::Nurse;
    }
    return core::AccessRole::Nurse;
}

ServiceResult<Basis> consentBasis(core::Database &db, const RecordsSession &session, qint64 staffId, const QByteArray &pseudonym,
                                  const QDateTime &now)
{
    auto st = db.prepare(R"sql(
SELECT
  EXISTS (SELECT 1 FROM consent_grants WHERE pseudonym = ?1 AND staff_id = ?2 AND revoked_at IS NULL
          AND (expires_at IS NULL OR expires_at > ?4)),
  EXISTS (SELECT 1 FROM consent_grants WHERE pseudonym = ?1 AND clinic_id = ?3 AND revoked_at IS NULL
          AND (expires_at IS NULL OR expires_at > ?4)),
  (SELECT MAX(expires_at) FROM break_glass WHERE pseudonym = ?1 AND staff_id = ?2 AND expires_at > ?4),
  EXISTS (SELECT 1 FROM consent_grants WHERE pseudonym = ?1 AND (staff_id = ?2 OR clinic_id = ?3) AND revoked_at IS NULL
          AND expires_at IS NOT NULL AND expires_at <= ?4))sql");
    if (!st)
        return storeFailure<Basis>(st.error(), StoreAccess::Read);
    st->bindBlob(1, pseudonym).bind(2, staffId).bindBlob(3, session.clinicId).bind(4, isoTime(now));
    auto has = st->step();
    if (!has)
        return storeFailure<Basis>(has.error(), StoreAccess::Read);
    Basis b;
    if (!st->isNull(2))
        b.breakGlassUntil = parseTime(st->text(2));
    if (st->int64(0) != 0)
        b.basis = core::ConsentBasis::Personal;
    else if (st->int64(1) != 0)
        b.basis = core::ConsentBasis::Clinic;
    else if (b.breakGlassUntil.isValid())
        b.basis = core::ConsentBasis::BreakGlass;
    else if (st->int64(3) != 0)
        b.basis = core::ConsentBasis::Expired;
    return b;
}

ServiceResult<Access> authorize(State &state, const PatientId &patient, core::PatientAction action, const QString &auditAction)
{
    auto actor = sessionActor(state);
    if (!actor)
        return actor.error();
    auto session = recordsSession(state);
    if (!session)
        return session.error();
    core::Database &db = state.store->database();
    auto row = findPatient(db, patient);
    if (!row)
        return row.error();
    if (!*row)
        return ServiceResult<Access>::failure(ServiceError::NotFound,
                                              QCoreApplication::translate("PatientService", "This patient is not registered on this workstation."));
    // A patient's only basis is being the patient: grants and emergency windows are staff's.
    auto basis = actor->patient.isEmpty() ? consentBasis(db, **session, actor->id, patient, state.now())
                                          : ServiceResult<Basis>(Basis{actor->patient == patient ? core::ConsentBasis::Self
                                                                                                 : core::ConsentBasis::None,
                                                                       {}});
    if (!basis)
        return basis.error();
    Access access;
    access.actor = std::move(actor).value();
    access.patient = std::move(**row);
    access.basis = *basis;
    access.auditAction = auditAction;
    access.decision = core::decideAccess(accessRole(access.actor), action, basis->basis, access.patient.erased());
    if (!access.decision.allowed) {
        AuditWrite entry;
        entry.action = auditAction;
        entry.pseudonym = patient;
        entry.refused = true;
        entry.detail = QStringLiteral("refused %1 (consent: %2%3)")
                           .arg(core::patientActionId(action), basisId(basis->basis),
                                access.patient.erased() ? QStringLiteral(", erased") : QString());
        if (auto audited = auditAlone(state, access.actor, entry); !audited)
            return audited.error();
        const QString reason = access.decision.reason.isEmpty()
                                   ? QCoreApplication::translate("PatientService", "You may not do this for this patient.")
                                   : access.decision.reason;
        return ServiceResult<Access>::failure(ServiceError::PermissionDenied, reason);
    }
    return access;
}

bool alsoAllowed(const Access &access, core::PatientAction action)
{
    return core::decideAccess(accessRole(access.actor), action, access.basis.basis, access.patient.erased()).allowed;
}

AuditWrite auditFor(const Access &access, const QString &detail, bool refused)
{
    AuditWrite w;
    w.action = access.auditAction;
    w.pseudonym = access.patient.pseudonym;
    w.breakGlass = access.decision.viaBreakGlass;
    w.refused = refused;
    w.detail = detail;
    return w;
}

core::RecordAuthorship authorshipNow(const State &state, const Actor &actor, const QString &reason)
{
    core::RecordAuthorship a;
    a.writtenAt = QDateTime::fromMSecsSinceEpoch(state.now().toMSecsSinceEpoch(), Qt::UTC);
    a.authorName = actor.displayName;
    a.authorRole = roleId(actor.role);
    a.authorKeyId = actor.signingKeyId;
    a.changeReason = reason.trimmed();
    return a;
}

QByteArray newRecordId()
{
    return core::randomBytes(kRecordIdSize);
}

ServiceResult<QList<ledger::Transaction>> writeRecords(State &state, const Actor &actor, const QByteArray &pseudonym,
                                                       const QList<NewVersion> &versions, const AuditWrite &audit,
                                                       const std::function<ServiceStatus(core::Database &)> &extraRows)
{
    auto session = recordsSession(state);
    if (!session)
        return session.error();
    core::Database &db = state.store->database();
    auto key = patientKey(db, **session, pseudonym, std::nullopt);
    if (!key)
        return key.error();
    QList<BodyToSign> bodies;
    QList<QByteArray> ciphertexts;
    for (const NewVersion &v : versions) {
        auto sealed = sealRecord(*key, v.recordId, v.version, pseudonym, v.kind, v.plaintext);
        if (!sealed)
            return sealed.error();
        const quint64 code = *RecordCommitter::kindCode(v.kind);
        bodies.append({&state.signingKey, ledger::RecordPutBody{pseudonym, v.recordId, v.version, core::sha256(*sealed), code}});
        ciphertexts.append(*sealed);
    }
    return commitBodies(state, bodies, [&](core::Database &tdb, const QList<ledger::Transaction> &txs) -> ServiceStatus {
        for (qsizetype i = 0; i < versions.size(); ++i) {
            const NewVersion &v = versions.at(i);
            if (auto s = RecordCommitter::writeVersion(tdb, v.recordId, v.version, pseudonym, v.kind, ciphertexts.at(i), txs.at(i).id()); !s)
                return s;
        }
        if (extraRows) {
            if (auto s = extraRows(tdb); !s)
                return s;
        }
        return appendAudit(state, tdb, actor, audit);
    });
}

ServiceResult<core::EcPublicKey> grantRecipient(State &state, const QByteArray &clinicId)
{
    using R = ServiceResult<core::EcPublicKey>;
    auto session = recordsSession(state);
    if (!session)
        return session.error();
    if (clinicId.isEmpty() || clinicId == (*session)->clinicId)
        return state.nodeKey.publicKey();
    auto st = state.store->database().prepare("SELECT spki FROM ledger_members WHERE member_id = ?1 AND removed_height IS NULL");
    if (!st)
        return storeFailure<core::EcPublicKey>(st.error(), StoreAccess::Read);
    st->bindBlob(1, clinicId);
    auto has = st->step();
    if (!has)
        return storeFailure<core::EcPublicKey>(has.error(), StoreAccess::Read);
    if (!*has)
        return R::failure(ServiceError::NotFound,
                          QCoreApplication::translate("ConsentService", "This clinic is not a member of the consortium."));
    auto key = core::EcPublicKey::fromSpkiDer(st->blob(0));
    if (!key)
        return R::failure(ServiceError::StoreUnavailable, key.message());
    return std::move(key).value();
}

ServiceResult<PatientRow> registerNew(State &state, const Actor &actor, const Registration &r)
{
    using R = ServiceResult<PatientRow>;
    auto session = recordsSession(state);
    if (!session)
        return session.error();
    core::Database &db = state.store->database();
    auto withDefault = registeringClinicDefault(db);
    if (!withDefault)
        return withDefault.error();
    auto recipient = grantRecipient(state, {});
    if (!recipient)
        return recipient.error();
    const QDateTime now = state.now();
    const core::RecordAuthorship authorship = authorshipNow(state, actor, QString());
    const QByteArray demographics = core::encodeRecord(r.demographics, authorship);

    // Nine random digits collide rarely; the UNIQUE constraint is the real guard.
    constexpr int kAttempts = 8;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        const QString mrn = core::generateMrn();
        {
            auto taken = db.prepare("SELECT 1 FROM patients WHERE mrn = ?1");
            if (!taken)
                return storeFailure<PatientRow>(taken.error(), StoreAccess::Read);
            taken->bind(1, mrn);
            auto has = taken->step();
            if (!has)
                return storeFailure<PatientRow>(has.error(), StoreAccess::Read);
            if (*has)
                continue;
        }
        PatientRow row;
        row.pseudonym = pseudonymFor(**session, mrn);
        row.mrn = mrn;
        row.givenName = r.demographics.givenName.trimmed();
        row.familyName = r.demographics.familyName.trimmed();
        row.birthDate = r.demographics.birthDate;
        row.sex = r.demographics.sex;
        row.registeredAt = now;
        row.registeringClinic = (*session)->clinicId;
        row.demographicsRecordId = newRecordId();
        const PatientKey key = generatePatientKey(1);

        QList<NewVersion> versions{{row.demographicsRecordId, 1, QStringLiteral("demographics"), demographics}};
        versions += r.records;
        QList<BodyToSign> bodies;
        QList<QByteArray> ciphertexts;
        for (const NewVersion &v : versions) {
            auto sealed = sealRecord(key, v.recordId, v.version, row.pseudonym, v.kind, v.plaintext);
            if (!sealed)
                return sealed.error();
            bodies.append({&state.signingKey, ledger::RecordPutBody{row.pseudonym, v.recordId, v.version, core::sha256(*sealed),
                                                                    *RecordCommitter::kindCode(v.kind)}});
            ciphertexts.append(*sealed);
        }
        QByteArray wrapped;
        if (*withDefault) {
            auto w = core::wrapForRecipient(*recipient, key.key.view(), wrapContext(row.pseudonym, key.version));
            if (!w)
                return R::failure(ServiceError::Storage, w.message());
            wrapped = *w;
            bodies.append({&state.signingKey, ledger::ConsentGrantBody{row.pseudonym, {}, row.registeringClinic, std::nullopt,
                                                                       core::sha256(wrapped)}});
        }
        AuditWrite audit;
        audit.action = r.auditAction;
        audit.pseudonym = row.pseudonym;
        audit.detail = r.auditDetail;
        auto done = commitBodies(state, bodies, [&](core::Database &tdb, const QList<ledger::Transaction> &txs) -> ServiceStatus {
            if (auto s = storePatientKey(tdb, **session, row.pseudonym, key, now); !s)
                return s;
            auto insert = tdb.prepare("INSERT INTO patients (pseudonym, mrn, registered_at, registering_clinic, demographics_record_id) "
                                      "VALUES (?1, ?2, ?3, ?4, ?5)");
            if (!insert)
                return fromStore(insert.error(), StoreAccess::Write);
            insert->bindBlob(1, row.pseudonym).bind(2, mrn).bind(3, isoTime(now)).bindBlob(4, row.registeringClinic);
            insert->bindBlob(5, row.demographicsRecordId);
            if (auto ran = insert->run(); !ran)
                return fromStore(ran.error(), StoreAccess::Write);
            if (auto s = writePatientIndex(tdb, row.pseudonym, r.demographics); !s)
                return s;
            for (qsizetype i = 0; i < versions.size(); ++i) {
                const NewVersion &v = versions.at(i);
                if (auto s = RecordCommitter::writeVersion(tdb, v.recordId, v.version, row.pseudonym, v.kind, ciphertexts.at(i), txs.at(i).id());
                    !s)
                    return s;
            }
            if (*withDefault) {
                auto grant = tdb.prepare("INSERT INTO consent_grants (pseudonym, clinic_id, granted_at, granted_by, registration_default, "
                                         "wrapped_key, wrapped_key_version, grant_tx_id) VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, ?7)");
                if (!grant)
                    return fromStore(grant.error(), StoreAccess::Write);
                grant->bindBlob(1, row.pseudonym).bindBlob(2, row.registeringClinic).bind(3, isoTime(now)).bind(4, actor.id);
                grant->bindBlob(5, wrapped).bind(6, static_cast<qint64>(key.version)).bindBlob(7, txs.last().id());
                if (auto ran = grant->run(); !ran)
                    return fromStore(ran.error(), StoreAccess::Write);
            }
            if (r.extraRows) {
                if (auto s = r.extraRows(tdb, row.pseudonym); !s)
                    return s;
            }
            return appendAudit(state, tdb, actor, audit);
        });
        if (!done && done.code() == ServiceError::AlreadyExists)
            continue; // the MRN (or its pseudonym) was taken meanwhile
        if (!done)
            return done.error();
        return row;
    }
    return R::failure(ServiceError::Storage,
                      QCoreApplication::translate("PatientService", "No free record number was found; please try again."));
}

ServiceStatus invalidInput(const QString &message)
{
    return ServiceStatus::failure(ServiceError::InvalidInput, message);
}

QString reasonProblem(const QString &reason)
{
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("ChartService", "Please give a reason for the change.");
    if (trimmed.size() > kMaximumReasonLength)
        return QCoreApplication::translate("ChartService", "The reason must be at most %1 characters long.").arg(kMaximumReasonLength);
    return QString();
}

} // namespace careledger::services::detail
