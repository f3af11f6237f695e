#include "services/InteropService.h"

#include "clinical/EhrGuardTable.h"
#include "clinical/FhirBundle.h"
#include "clinical/Mrn.h"
#include "services/RecordsOps.h"
#include "staff/PasswordPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace careledger::services {

using detail::StoreAccess;

namespace {

using State = WorkstationAccess::State;

const QString kEhrGuardSource = QStringLiteral("ehrguard-table4");
const QString kIdentitiesResource = QStringLiteral(":/careledger/demo/ehrguard-identities.csv");

// The invented identities bundled for the dataset's patient ids (resources/demo).
QHash<QString, core::Demographics> bundledIdentities()
{
    QHash<QString, core::Demographics> out;
    QFile file(kIdentitiesResource);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QList<QByteArray> lines = file.readAll().split('\n');
    bool header = true;
    for (QByteArray line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (header) {
            header = false;
            continue;
        }
        const QList<QByteArray> f = line.split(',');
        if (f.size() != 5)
            continue;
        core::Demographics d;
        d.givenName = QString::fromUtf8(f.at(1));
        d.familyName = QString::fromUtf8(f.at(2));
        d.birthDate = QDate::fromString(QString::fromLatin1(f.at(3)), Qt::ISODate);
        d.sex = core::sexFromId(QString::fromLatin1(f.at(4))).value_or(core::Sex::Unknown);
        out.insert(QString::fromLatin1(f.at(0)), d);
    }
    return out;
}

ServiceResult<std::optional<QByteArray>> importedAs(core::Database &db, const QString &sourceId)
{
    using R = ServiceResult<std::optional<QByteArray>>;
    auto st = db.prepare("SELECT pseudonym FROM import_sources WHERE source = ?1 AND source_id = ?2");
    if (!st)
        return detail::storeFailure<std::optional<QByteArray>>(st.error(), StoreAccess::Read);
    st->bind(1, kEhrGuardSource).bind(2, sourceId);
    auto has = st->step();
    if (!has)
        return detail::storeFailure<std::optional<QByteArray>>(has.error(), StoreAccess::Read);
    return *has ? R(std::optional<QByteArray>(st->blob(0))) : R(std::optional<QByteArray>());
}

// A staff account for a doctor id of the source ("D001" -> d001, "Dr D001"), created once.
// Its password is random and shown to nobody: an administrator resets it to hand the
// account over. 192 random bits need no password stretching, so the slot uses the lowest
// scrypt cost; the reset writes a new slot at the workstation's cost.
ServiceResult<bool> ensureDoctor(State &state, const detail::Actor &actor, const QString &doctorId)
{
    const QString username = doctorId.toLower();
    auto existing = state.directory->findByUsername(username);
    if (existing)
        return false;
    if (existing.code() != core::StoreError::NotFound)
        return detail::storeFailure<bool>(existing.error(), StoreAccess::Read);
    QString password;
    do {
        password = QString::fromLatin1(core::randomBytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    } while (core::PasswordPolicy::problem(username, password));
    const quint64 cost = state.options.kdfCost;
    state.options.kdfCost = 1u << 10;
    auto created = detail::createAccount(state, actor.id, username, QStringLiteral("Dr ") + doctorId, Role::Doctor, password, true);
    state.options.kdfCost = cost;
    if (!created)
        return created.error();
    return true;
}

std::pair<double, QString> amountAndUnit(const QString &strength)
{
    const QStringList parts = strength.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return {0, QString()};
    bool ok = false;
    const double amount = parts.first().toDouble(&ok);
    return ok ? std::make_pair(amount, parts.last()) : std::make_pair(0.0, QString());
}

// The fixed terms an imported prescription gets: the table only names the drug and its
// strength (docs/records.md, "EHRGuard import").
core::Prescription importedPrescription(const QString &medication, const QString &strength, QDate on)
{
    core::Prescription p;
    p.medication = medication;
    p.strength = strength;
    p.frequency = QStringLiteral("as directed");
    p.durationDays = 30;
    p.prescribedOn = on;
    p.status = core::PrescriptionStatus::Active;
    const auto [amount, unit] = amountAndUnit(strength);
    if (unit == QLatin1StringView("unit")) {
        // Insulin: doses in units, injected.
        p.form = QStringLiteral("injection");
        p.route = QStringLiteral("subcutaneous");
        p.dose = amount > 0 ? amount : 1;
        p.doseUnit = QStringLiteral("unit");
        p.quantity = p.dose * 30;
        p.quantityUnit = QStringLiteral("unit");
    } else {
        p.form = QStringLiteral("tablet");
        p.route = QStringLiteral("oral");
        p.dose = 1;
        p.doseUnit = QStringLiteral("tablet");
        p.quantity = 30;
        p.quantityUnit = QStringLiteral("tablet");
    }
    return p;
}

} // namespace

QString InteropService::bundledEhrGuardTable()
{
    return QStringLiteral(":/careledger/demo/ehrguard-table4-vitals.csv");
}

ServiceResult<QByteArray> InteropService::exportFhir(const PatientId &patient) const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::Export, QStringLiteral("export"));
    if (!access)
        return access.error();
    core::Database &db = state.store->database();
    const detail::RecordsSession &session = *state.records;
    const auto fail = [&](const core::Error<ServiceError> &e) { return detail::auditedFailure<QByteArray>(state, *access, e); };

    core::FhirPatientRecord record;
    record.mrn = detail::displayMrn(access->patient);
    record.pseudonym = patient;
    record.clinicName = detail::clinicName(db);
    auto demographics = detail::recordVersions(db, patient, access->patient.demographicsRecordId);
    if (!demographics)
        return fail(demographics.error());
    auto current = detail::decodeStored<core::Demographics>(db, session, patient, demographics->last());
    if (!current)
        return fail(current.error());
    record.demographics = current->value;
    record.demographicsAuthorship = current->authorship;
    record.demographicsVersion = demographics->last().version;

    auto history = detail::firstAndCurrent<core::HistoryEntry>(db, session, patient, QStringLiteral("history"));
    if (!history)
        return fail(history.error());
    for (const auto &item : *history)
        record.conditions.append({item.recordId, item.newest.version, item.current.value, item.first.authorship, item.current.authorship});
    auto prescriptions = detail::firstAndCurrent<core::Prescription>(db, session, patient, QStringLiteral("prescription"));
    if (!prescriptions)
        return fail(prescriptions.error());
    for (const auto &item : *prescriptions)
        record.medications.append({item.recordId, item.newest.version, item.current.value, item.first.authorship, item.current.authorship});

    const QDateTime now = state.now();
    {
        auto st = db.prepare("SELECT g.clinic_id, s.display_name, g.granted_at, g.expires_at, g.revoked_at FROM consent_grants g "
                             "LEFT JOIN staff_accounts s ON s.id = g.staff_id WHERE g.pseudonym = ?1 ORDER BY g.id");
        if (!st)
            return fail(detail::fromStore(st.error(), StoreAccess::Read));
        st->bindBlob(1, patient);
        const QString thisClinic = detail::clinicName(db);
        auto done = st->forEachRow([&](const core::Statement &row) {
            core::FhirPatientRecord::ConsentGrant g;
            g.toClinic = !row.isNull(0);
            g.granteeName = g.toClinic ? (row.blob(0) == session.clinicId ? thisClinic : detail::shortHex(row.blob(0))) : row.text(1);
            g.grantedAt = detail::parseTime(row.text(2));
            g.expiresAt = row.isNull(3) ? QDateTime() : detail::parseTime(row.text(3));
            g.revokedAt = row.isNull(4) ? QDateTime() : detail::parseTime(row.text(4));
            g.active = !g.revokedAt.isValid() && (!g.expiresAt.isValid() || g.expiresAt > now);
            record.consents.append(g);
        });
        if (!done)
            return fail(detail::fromStore(done.error(), StoreAccess::Read));
    }
    {
        auto st = db.prepare("SELECT a.at, COALESCE(s.display_name, a.actor_username), a.actor_role, a.action, a.workstation, a.break_glass, "
                             "a.refused FROM audit_log a LEFT JOIN staff_accounts s ON s.id = a.actor_id WHERE a.pseudonym = ?1 ORDER BY a.seq");
        if (!st)
            return fail(detail::fromStore(st.error(), StoreAccess::Read));
        st->bindBlob(1, patient);
        auto done = st->forEachRow([&](const core::Statement &row) {
            record.auditEvents.append({detail::parseTime(row.text(0)), row.text(1), row.text(2), row.text(3), row.text(4), row.int64(5) != 0,
                                       row.int64(6) != 0});
        });
        if (!done)
            return fail(detail::fromStore(done.error(), StoreAccess::Read));
    }
    const QByteArray json = core::toFhirBundleJson(record, now);
    if (auto audited = detail::auditAlone(state, access->actor,
                                          detail::auditFor(*access, QStringLiteral("FHIR bundle: conditions=%1 medications=%2 consents=%3")
                                                                        .arg(record.conditions.size())
                                                                        .arg(record.medications.size())
                                                                        .arg(record.consents.size())));
        !audited)
        return audited.error();
    return json;
}

ServiceResult<ImportReport> InteropService::importEhrGuardTable(const QString &csvPath)
{
    using R = ServiceResult<ImportReport>;
    State &state = WorkstationAccess::state(m_workstation);
    auto actor = detail::currentActor(state);
    if (!actor)
        return actor.error();
    if (actor->role != Role::Admin) {
        detail::AuditWrite refused;
        refused.action = QStringLiteral("import");
        refused.refused = true;
        refused.detail = QStringLiteral("refused: administrators only");
        if (auto audited = detail::auditAlone(state, *actor, refused); !audited)
            return audited.error();
        return R::failure(ServiceError::PermissionDenied, QCoreApplication::translate("StaffService", "Only an administrator may do this."));
    }
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(ServiceError::NotFound, QCoreApplication::translate("InteropService", "The file %1 cannot be read: %2").arg(csvPath, file.errorString()));
    auto table = core::parseEhrGuardTable(file.readAll());
    if (!table)
        return R::failure(ServiceError::InvalidInput, table.message());

    ImportReport report;
    report.skippedRows = table->problems;
    const QHash<QString, core::Demographics> identities = bundledIdentities();
    core::Database &db = state.store->database();
    const QDate today = state.now().date();

    // Rows grouped by source patient, in file order: each patient is created once, with all
    // its rows, in one database transaction.
    QStringList order;
    QHash<QString, QList<core::EhrGuardRow>> byPatient;
    for (const core::EhrGuardRow &row : table->rows) {
        if (!byPatient.contains(row.patientId))
            order.append(row.patientId);
        byPatient[row.patientId].append(row);
    }
    int vitalsRows = 0;
    for (const QString &sourceId : order) {
        const QList<core::EhrGuardRow> &rows = byPatient[sourceId];
        auto known = importedAs(db, sourceId);
        if (!known)
            return known.error();
        if (*known) {
            ++report.patientsMatched;
            continue;
        }
        const auto identity = identities.constFind(sourceId);
        if (identity == identities.constEnd()) {
            for (const core::EhrGuardRow &row : rows)
                report.skippedRows.append(QCoreApplication::translate("InteropService", "line %1: patient %2 has no identity in the bundled identities file, so it is not imported")
                                              .arg(row.line)
                                              .arg(sourceId));
            continue;
        }
        detail::Registration registration;
        registration.demographics = *identity;
        registration.auditAction = QStringLiteral("import");
        registration.auditDetail = QStringLiteral("EHRGuard table 4 patient %1").arg(sourceId);
        int history = 0;
        int prescriptions = 0;
        for (const core::EhrGuardRow &row : rows) {
            auto doctor = ensureDoctor(state, *actor, row.doctorId);
            if (!doctor)
                return doctor.error();
            if (*doctor)
                ++report.doctorsCreated;
            const QString reason = QStringLiteral("Imported from EHRGuard table 4 (doctor %1)").arg(row.doctorId);
            const core::RecordAuthorship authorship = detail::authorshipNow(state, *actor, reason);
            const QDate on = row.takenAt.date();
            const bool instructionOnly = row.prescription && row.prescription->second.isEmpty();
            if (!row.diagnosis.isEmpty() || instructionOnly) {
                core::HistoryEntry h;
                h.condition = row.diagnosis.isEmpty() ? row.prescription->first : row.diagnosis;
                if (instructionOnly && !row.diagnosis.isEmpty())
                    h.description = QStringLiteral("Care given: %1").arg(row.prescription->first);
                h.onsetDate = on;
                h.status = core::ProblemStatus::Active;
                if (auto valid = core::validate(h, today, identity->birthDate); !valid) {
                    report.skippedRows.append(QCoreApplication::translate("InteropService", "line %1: %2").arg(row.line).arg(valid.message()));
                    continue;
                }
                registration.records.append({detail::newRecordId(), 1, QStringLiteral("history"), core::encodeRecord(h, authorship)});
                ++history;
            }
            if (row.prescription && !instructionOnly) {
                const core::Prescription p = importedPrescription(row.prescription->first, row.prescription->second, on);
                if (auto valid = core::validate(p, today); !valid) {
                    report.skippedRows.append(QCoreApplication::translate("InteropService", "line %1: %2").arg(row.line).arg(valid.message()));
                    continue;
                }
                registration.records.append({detail::newRecordId(), 1, QStringLiteral("prescription"), core::encodeRecord(p, authorship)});
                ++prescriptions;
            }
            ++vitalsRows;
        }
        registration.extraRows = [&](core::Database &tdb, const QByteArray &pseudonym) -> ServiceStatus {
            auto st = tdb.prepare("INSERT INTO import_sources (source, source_id, pseudonym) VALUES (?1, ?2, ?3)");
            if (!st)
                return detail::fromStore(st.error(), StoreAccess::Write);
            st->bind(1, kEhrGuardSource).bind(2, sourceId).bindBlob(3, pseudonym);
            if (auto ran = st->run(); !ran)
                return detail::fromStore(ran.error(), StoreAccess::Write);
            return {};
        };
        auto created = detail::registerNew(state, *actor, registration);
        if (!created)
            return created.error();
        ++report.patientsCreated;
        report.historyEntries += history;
        report.prescriptions += prescriptions;
    }
    if (vitalsRows > 0)
        report.notes.append(QCoreApplication::translate("InteropService",
                                                        "The vital signs of %n row(s) (heart rate, blood pressure, SpO2, glucose) were "
                                                        "not imported: this workstation records vital signs from bedside devices only.",
                                                        nullptr, vitalsRows));
    return report;
}

} // namespace careledger::services
