#include "services/PatientService.h"

#include "clinical/Mrn.h"
#include "services/RecordsOps.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace careledger::services {

using detail::StoreAccess;

namespace {

using State = WorkstationAccess::State;
using detail::Access;
using detail::Actor;
using detail::AuditWrite;

// An admin-only call that names no patient: a refusal is audited like any other.
ServiceResult<Actor> adminFor(State &state, const QString &auditAction)
{
    auto actor = detail::currentActor(state);
    if (!actor)
        return actor.error();
    if (actor->role != Role::Admin) {
        AuditWrite refused;
        refused.action = auditAction;
        refused.refused = true;
        refused.detail = QStringLiteral("refused: administrators only");
        if (auto audited = detail::auditAlone(state, *actor, refused); !audited)
            return audited.error();
        return ServiceResult<Actor>::failure(ServiceError::PermissionDenied,
                                             QCoreApplication::translate("StaffService", "Only an administrator may do this."));
    }
    if (!state.records)
        return detail::recordsSession(state).error();
    return actor;
}

ServiceResult<QList<detail::PatientRow>> sameNameAndBirth(core::Database &db, const core::Demographics &d)
{
    const QByteArray sql = QByteArrayLiteral("SELECT ") + detail::kPatientColumns +
                           " FROM patients WHERE family_norm = ?1 AND given_norm = ?2 AND birth_date = ?3 AND erased_at IS NULL "
                           "ORDER BY registered_at";
    auto st = db.prepare(sql.constData());
    if (!st)
        return detail::storeFailure<QList<detail::PatientRow>>(st.error(), StoreAccess::Read);
    st->bind(1, core::normaliseName(d.familyName)).bind(2, core::normaliseName(d.givenName)).bind(3, d.birthDate.toString(Qt::ISODate));
    QList<detail::PatientRow> out;
    if (auto done = st->forEachRow([&](const core::Statement &row) { out.append(detail::readPatientRow(row)); }); !done)
        return detail::storeFailure<QList<detail::PatientRow>>(done.error(), StoreAccess::Read);
    return out;
}

// The newest demographics version of a patient, decrypted.
struct CurrentDemographics {
    core::Authored<core::Demographics> value;
    quint64 version = 0;
};

ServiceResult<CurrentDemographics> currentDemographics(State &state, const detail::PatientRow &row)
{
    auto versions = detail::recordVersions(state.store->database(), row.pseudonym, row.demographicsRecordId);
    if (!versions)
        return versions.error();
    auto decoded = detail::decodeStored<core::Demographics>(state.store->database(), *state.records, row.pseudonym, versions->last());
    if (!decoded)
        return decoded.error();
    return CurrentDemographics{std::move(decoded).value(), versions->last().version};
}

PatientDetails makeDetails(const Access &access, const detail::PatientRow &row, CurrentDemographics current)
{
    PatientDetails d;
    d.summary = detail::toSummary(row, true);
    d.summary.breakGlassActive = access.decision.viaBreakGlass;
    d.demographics = std::move(current.value.value);
    d.version = current.version;
    d.authorship = std::move(current.value.authorship);
    d.recordId = row.demographicsRecordId;
    return d;
}

} // namespace

ServiceResult<QList<PatientSummary>> PatientService::findDuplicates(const core::Demographics &demographics) const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto actor = adminFor(state, QStringLiteral("duplicate-check"));
    if (!actor)
        return actor.error();
    auto rows = sameNameAndBirth(state.store->database(), demographics);
    if (!rows)
        return rows.error();
    QList<PatientSummary> out;
    for (const detail::PatientRow &row : *rows)
        out.append(detail::toSummary(row, true));
    AuditWrite audit;
    audit.action = QStringLiteral("duplicate-check");
    audit.detail = QStringLiteral("matches=%1").arg(out.size());
    if (auto audited = detail::auditAlone(state, *actor, audit); !audited)
        return audited.error();
    return out;
}

ServiceResult<PatientSummary> PatientService::registerPatient(const core::Demographics &demographics, bool allowDuplicate)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto actor = adminFor(state, QStringLiteral("register"));
    if (!actor)
        return actor.error();
    if (auto valid = core::validate(demographics, state.now().date()); !valid)
        return ServiceResult<PatientSummary>::failure(ServiceError::InvalidInput, valid.message());
    auto duplicates = sameNameAndBirth(state.store->database(), demographics);
    if (!duplicates)
        return duplicates.error();
    if (!duplicates->isEmpty() && !allowDuplicate) {
        AuditWrite refused;
        refused.action = QStringLiteral("register");
        refused.refused = true;
        refused.detail = QStringLiteral("possible duplicate of %1 registered patient(s)").arg(duplicates->size());
        if (auto audited = detail::auditAlone(state, *actor, refused); !audited)
            return audited.error();
        return ServiceResult<PatientSummary>::failure(
            ServiceError::AlreadyExists,
            QCoreApplication::translate("PatientService",
                                        "%n patient(s) with the same name and date of birth are already registered. "
                                        "Check that this is a different person, then confirm the registration.",
                                        nullptr, static_cast<int>(duplicates->size())));
    }
    detail::Registration registration;
    registration.demographics = demographics;
    registration.auditAction = QStringLiteral("register");
    registration.auditDetail = duplicates->isEmpty() ? QString()
                                                     : QStringLiteral("registered despite %1 possible duplicate(s)").arg(duplicates->size());
    auto row = detail::registerNew(state, *actor, registration);
    if (!row)
        return row.error();
    return detail::toSummary(*row, true);
}

ServiceResult<PatientDetails> PatientService::updateDemographics(const PatientId &patient, const core::Demographics &demographics,
                                                                 const QString &reason)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::EditDemographics, QStringLiteral("edit-demographics"));
    if (!access)
        return access.error();
    if (auto valid = core::validate(demographics, state.now().date()); !valid)
        return detail::auditedFailure<PatientDetails>(state, *access, {ServiceError::InvalidInput, valid.message()});
    if (!reason.trimmed().isEmpty()) {
        if (const QString problem = detail::reasonProblem(reason); !problem.isEmpty())
            return detail::auditedFailure<PatientDetails>(state, *access, {ServiceError::InvalidInput, problem});
    }
    auto current = currentDemographics(state, access->patient);
    if (!current)
        return detail::auditedFailure<PatientDetails>(state, *access, current.error());
    const quint64 version = current->version + 1;
    const core::RecordAuthorship authorship = detail::authorshipNow(state, access->actor, reason);
    const detail::NewVersion next{access->patient.demographicsRecordId, version, QStringLiteral("demographics"),
                                  core::encodeRecord(demographics, authorship)};
    auto written = detail::writeRecords(
        state, access->actor, patient, {next},
        detail::auditFor(*access, QStringLiteral("demographics record %1 version %2").arg(detail::shortHex(next.recordId)).arg(version)),
        [&](core::Database &db) { return detail::writePatientIndex(db, patient, demographics); });
    if (!written)
        return detail::auditedFailure<PatientDetails>(state, *access, written.error());
    detail::PatientRow row = access->patient;
    row.givenName = demographics.givenName.trimmed();
    row.familyName = demographics.familyName.trimmed();
    row.birthDate = demographics.birthDate;
    row.sex = demographics.sex;
    return makeDetails(*access, row, CurrentDemographics{core::Authored<core::Demographics>{demographics, authorship}, version});
}

ServiceResult<QList<PatientSummary>> PatientService::search(const QString &query, int limit) const
{
    using R = ServiceResult<QList<PatientSummary>>;
    State &state = WorkstationAccess::state(m_workstation);
    auto actor = detail::currentActor(state);
    if (!actor)
        return actor.error();
    auto session = detail::recordsSession(state);
    if (!session)
        return session.error();
    core::Database &db = state.store->database();
    const bool admin = actor->role == Role::Admin;
    const QString text = query.trimmed();
    limit = qBound(1, limit, 10000);

    std::optional<QString> mrn;
    QStringList words;
    if (std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); })) {
        mrn = core::parseMrn(text);
        if (!mrn)
            return R::failure(ServiceError::InvalidInput,
                              QCoreApplication::translate("PatientService",
                                                          "“%1” is not a valid record number: check the digits (for example 1234-5678-9).").arg(text));
    } else {
        words = core::normaliseName(text).split(u' ', Qt::SkipEmptyParts);
    }

    // Access columns: an active grant (personal or this clinic) and an open emergency window.
    const QByteArray select = QByteArrayLiteral("SELECT ") + detail::kPatientColumns + R"sql(,
  EXISTS (SELECT 1 FROM consent_grants g WHERE g.pseudonym = patients.pseudonym AND g.revoked_at IS NULL
          AND (g.expires_at IS NULL OR g.expires_at > ?1) AND (g.staff_id = ?2 OR g.clinic_id = ?3)),
  EXISTS (SELECT 1 FROM break_glass b WHERE b.pseudonym = patients.pseudonym AND b.staff_id = ?2 AND b.expires_at > ?1)
FROM patients WHERE erased_at IS NULL)sql";

    // Every word starts the given or the family name ("smith jo"), or the whole query starts
    // a name of several words ("quiroga vell", "anna maria").
    const QString whole = words.join(u' ');
    const auto matchesAll = [&](const detail::PatientRow &row) {
        const QString given = core::normaliseName(row.givenName);
        const QString family = core::normaliseName(row.familyName);
        if (family.startsWith(whole) || given.startsWith(whole) || QString(given + u' ' + family).startsWith(whole))
            return true;
        for (const QString &w : words)
            if (!given.startsWith(w) && !family.startsWith(w))
                return false;
        return true;
    };

    // Each query reads one index in its own order and stops at the limit, so a short prefix
    // that matches tens of thousands of patients costs no more than a rare one: family-name
    // matches come first (by family name, given name, birth date), then given-name matches
    // (by given name). Sorting the union instead would read and sort every match.
    QList<QByteArray> queries;
    if (mrn) {
        queries.append(select + " AND mrn = ?4");
    } else if (words.isEmpty()) {
        queries.append(select + " ORDER BY family_norm, given_norm, birth_date");
    } else {
        queries.append(select + " AND family_norm >= ?4 AND family_norm < ?5 ORDER BY family_norm, given_norm, birth_date");
        queries.append(select + " AND given_norm >= ?4 AND given_norm < ?5 AND NOT (family_norm >= ?4 AND family_norm < ?5)"
                                " ORDER BY given_norm");
    }
    QList<PatientSummary> out;
    for (qsizetype queryIndex = 0; queryIndex < queries.size(); ++queryIndex) {
        if (out.size() >= limit)
            break;
        auto st = db.prepare(queries.at(queryIndex).constData());
        if (!st)
            return detail::storeFailure<QList<PatientSummary>>(st.error(), StoreAccess::Read);
        st->bind(1, detail::isoTime(state.now())).bind(2, actor->id).bindBlob(3, (*session)->clinicId);
        if (mrn)
            st->bind(4, *mrn);
        else if (!words.isEmpty())
            st->bind(4, words.first()).bind(5, words.first() + QChar(0xDBFF) + QChar(0xDFFF)); // U+10FFFF sorts after every name
        const qsizetype groupStart = out.size();
        for (;;) {
            auto has = st->step();
            if (!has)
                return detail::storeFailure<QList<PatientSummary>>(has.error(), StoreAccess::Read);
            if (!*has || out.size() >= limit)
                break;
            const detail::PatientRow row = detail::readPatientRow(*st);
            const bool granted = st->int64(10) != 0;
            const bool breakGlass = st->int64(11) != 0;
            const bool accessible = admin || granted || breakGlass;
            if (!mrn && !matchesAll(row))
                continue;
            // Access is filtered here rather than in SQL so each row's two checks run once.
            // Nurses find only patients they may see, even by record number; doctors also
            // find an exact record number they have no access to (for emergency access).
            if (!accessible && (actor->role != Role::Doctor || !mrn))
                continue;
            PatientSummary summary = detail::toSummary(row, accessible);
            summary.breakGlassActive = !admin && !granted && breakGlass;
            out.append(summary);
        }
        // The given-name index holds only the given name: order that group fully here.
        if (queryIndex == 1) {
            std::stable_sort(out.begin() + groupStart, out.end(), [](const PatientSummary &a, const PatientSummary &b) {
                const auto key = [](const PatientSummary &p) {
                    return std::make_tuple(core::normaliseName(p.givenName), core::normaliseName(p.familyName), p.birthDate);
                };
                return key(a) < key(b);
            });
        }
    }
    AuditWrite audit;
    audit.action = QStringLiteral("search");
    audit.detail = QStringLiteral("%1 search, results=%2").arg(mrn ? QStringLiteral("record-number") : QStringLiteral("name")).arg(out.size());
    if (auto audited = detail::auditAlone(state, *actor, audit); !audited)
        return audited.error();
    return out;
}

ServiceResult<PatientDetails> PatientService::details(const PatientId &patient) const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::ViewDemographics, QStringLiteral("view-demographics"));
    if (!access)
        return access.error();
    auto current = currentDemographics(state, access->patient);
    if (!current)
        return detail::auditedFailure<PatientDetails>(state, *access, current.error());
    PatientDetails out = makeDetails(*access, access->patient, std::move(current).value());
    if (auto audited = detail::auditAlone(state, access->actor,
                                          detail::auditFor(*access, QStringLiteral("demographics version %1").arg(out.version)));
        !audited)
        return audited.error();
    return out;
}

ServiceStatus PatientService::erase(const PatientId &patient, const QString &reason)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::Erase, QStringLiteral("erase"));
    if (!access)
        return access.error();
    if (const QString problem = detail::reasonProblem(reason); !problem.isEmpty())
        return detail::auditedFailure<bool>(state, *access, {ServiceError::InvalidInput, problem}).error();
    const QString at = detail::isoTime(state.now());
    const QList<detail::BodyToSign> bodies{{&state.signingKey, ledger::RecordEraseBody{patient, {}}}};
    auto done = detail::commitBodies(state, bodies, [&](core::Database &db, const QList<ledger::Transaction> &) -> ServiceStatus {
        // Every ciphertext, every key, every wrapped key and the search entry's personal
        // columns; the pseudonym, the hashes and the audit trail stay.
        const char *statements[] = {
            "UPDATE record_payloads SET ciphertext = NULL, erased = 1 WHERE patient_pseudonym = ?1",
            "DELETE FROM patient_keys WHERE pseudonym = ?1",
            "DELETE FROM patient_pins WHERE pseudonym = ?1", // the kiosk PIN: nothing left to sign in to
            "DELETE FROM vital_readings WHERE pseudonym = ?1", // anchors stay: the window verifies as erased
            "UPDATE consent_grants SET wrapped_key = NULL, wrapped_key_version = NULL WHERE pseudonym = ?1",
            "UPDATE break_glass SET reason = '' WHERE pseudonym = ?1",
            "UPDATE patients SET mrn = NULL, given_name = NULL, family_name = NULL, given_norm = NULL, family_norm = NULL, "
            "birth_date = NULL, sex = NULL, erased_at = ?2 WHERE pseudonym = ?1",
        };
        for (const char *sql : statements) {
            auto st = db.prepare(sql);
            if (!st)
                return detail::fromStore(st.error(), StoreAccess::Write);
            st->bindBlob(1, patient);
            if (QByteArrayView(sql).contains("?2"))
                st->bind(2, at);
            if (auto ran = st->run(); !ran)
                return detail::fromStore(ran.error(), StoreAccess::Write);
        }
        return detail::appendAudit(state, db, access->actor, detail::auditFor(*access, reason.trimmed()));
    });
    if (!done)
        return detail::auditedFailure<bool>(state, *access, done.error()).error();
    // Old page images of what was just deleted may still sit in the WAL: copy everything
    // into the (secure-deleted) database file and empty the WAL.
    (void)state.store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return {};
}

} // namespace careledger::services
