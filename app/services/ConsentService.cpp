#include "services/ConsentService.h"

#include "services/RecordsOps.h"

#include <QCoreApplication>

namespace careledger::services {

using detail::StoreAccess;

namespace {

using State = WorkstationAccess::State;
using detail::Access;

constexpr int kMinimumBreakGlassReason = 10;

QString otherClinicName(const QByteArray &clinicId)
{
    return QCoreApplication::translate("ConsentService", "Clinic %1").arg(detail::shortHex(clinicId));
}

std::optional<quint64> msOf(const QDateTime &at)
{
    if (!at.isValid())
        return std::nullopt;
    return static_cast<quint64>(at.toMSecsSinceEpoch());
}

ServiceStatus expiryProblem(const State &state, const QDateTime &expiresAt)
{
    if (expiresAt.isValid() && expiresAt.toUTC() <= state.now())
        return detail::invalidInput(QCoreApplication::translate("ConsentService", "The end of the access must be in the future."));
    return {};
}

// Wraps the patient's newest key for the grantee's clinic, puts the grant on the chain and
// stores its row, with the audit entry, in one database transaction.
ServiceResult<qint64> storeGrant(State &state, const Access &access, std::optional<qint64> staffId, const QByteArray &granteeKeyId,
                                 const QByteArray &clinicId, const QDateTime &expiresAt, const QString &auditDetail)
{
    core::Database &db = state.store->database();
    auto key = detail::patientKey(db, *state.records, access.patient.pseudonym, std::nullopt);
    if (!key)
        return key.error();
    auto recipient = detail::grantRecipient(state, staffId ? QByteArray() : clinicId);
    if (!recipient)
        return recipient.error();
    auto wrapped = core::wrapForRecipient(*recipient, key->key.view(), detail::wrapContext(access.patient.pseudonym, key->version));
    if (!wrapped)
        return ServiceResult<qint64>::failure(ServiceError::Storage, wrapped.message());
    const QList<detail::BodyToSign> bodies{
        {detail::actingKey(state, access.actor), ledger::ConsentGrantBody{access.patient.pseudonym, granteeKeyId, clinicId, msOf(expiresAt), core::sha256(*wrapped)}}};
    qint64 id = 0;
    auto done = detail::commitBodies(state, bodies, [&](core::Database &tdb, const QList<ledger::Transaction> &txs) -> ServiceStatus {
        auto st = tdb.prepare("INSERT INTO consent_grants (pseudonym, staff_id, clinic_id, grantee_key_id, granted_at, granted_by, expires_at, "
                              "registration_default, wrapped_key, wrapped_key_version, grant_tx_id, granted_by_patient) "
                              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, ?8, ?9, ?10, ?11)");
        if (!st)
            return detail::fromStore(st.error(), StoreAccess::Write);
        st->bindBlob(1, access.patient.pseudonym);
        if (staffId) {
            st->bind(2, *staffId).bindNull(3).bindBlob(4, granteeKeyId);
        } else {
            st->bindNull(2).bindBlob(3, clinicId).bindNull(4);
        }
        st->bind(5, detail::isoTime(state.now()));
        if (access.actor.patient.isEmpty())
            st->bind(6, access.actor.id);
        else
            st->bindNull(6); // the patient at the kiosk: granted_by_patient
        if (expiresAt.isValid())
            st->bind(7, detail::isoTime(expiresAt));
        else
            st->bindNull(7);
        st->bindBlob(8, *wrapped).bind(9, static_cast<qint64>(key->version)).bindBlob(10, txs.first().id());
        st->bind(11, access.actor.patient.isEmpty() ? 0 : 1);
        if (auto ran = st->run(); !ran)
            return detail::fromStore(ran.error(), StoreAccess::Write);
        id = tdb.lastInsertRowId();
        return detail::appendAudit(state, tdb, access.actor, detail::auditFor(access, auditDetail.arg(tdb.lastInsertRowId())));
    });
    if (!done)
        return done.error();
    return id;
}

ServiceResult<bool> hasActiveGrant(State &state, const QByteArray &pseudonym, std::optional<qint64> staffId, const QByteArray &clinicId)
{
    auto st = state.store->database().prepare(
        "SELECT 1 FROM consent_grants WHERE pseudonym = ?1 AND (staff_id = ?2 OR clinic_id = ?3) AND revoked_at IS NULL "
        "AND (expires_at IS NULL OR expires_at > ?4)");
    if (!st)
        return detail::storeFailure<bool>(st.error(), StoreAccess::Read);
    st->bindBlob(1, pseudonym);
    if (staffId)
        st->bind(2, *staffId).bindNull(3);
    else
        st->bindNull(2).bindBlob(3, clinicId);
    st->bind(4, detail::isoTime(state.now()));
    auto has = st->step();
    if (!has)
        return detail::storeFailure<bool>(has.error(), StoreAccess::Read);
    return *has;
}

} // namespace

ServiceResult<QList<ClinicInfo>> ConsentService::clinics() const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto actor = detail::currentActor(state);
    if (!actor)
        return actor.error();
    auto session = detail::recordsSession(state);
    if (!session)
        return session.error();
    core::Database &db = state.store->database();
    QList<ClinicInfo> out;
    ClinicInfo self;
    self.clinicId = (*session)->clinicId;
    self.name = detail::clinicName(db);
    self.thisClinic = true;
    out.append(self);
    auto st = db.prepare("SELECT member_id FROM ledger_members WHERE removed_height IS NULL ORDER BY id");
    if (!st)
        return detail::storeFailure<QList<ClinicInfo>>(st.error(), StoreAccess::Read);
    if (auto done = st->forEachRow([&](const core::Statement &row) {
            const QByteArray id = row.blob(0);
            if (id != self.clinicId)
                out.append(ClinicInfo{id, otherClinicName(id), false});
        });
        !done)
        return detail::storeFailure<QList<ClinicInfo>>(done.error(), StoreAccess::Read);
    return out;
}

ServiceResult<QList<AccessGrant>> ConsentService::grants(const PatientId &patient) const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::ViewAccess, QStringLiteral("view-access"));
    if (!access)
        return access.error();
    core::Database &db = state.store->database();
    const QString thisClinic = detail::clinicName(db);
    auto st = db.prepare(R"sql(
SELECT g.id, g.staff_id, g.clinic_id, g.granted_at, g.expires_at, g.revoked_at, g.revoke_reason, g.registration_default,
       s.username, s.display_name, gb.display_name, rb.display_name, g.granted_by_patient, g.revoked_by_patient
FROM consent_grants g
LEFT JOIN staff_accounts s ON s.id = g.staff_id
LEFT JOIN staff_accounts gb ON gb.id = g.granted_by
LEFT JOIN staff_accounts rb ON rb.id = g.revoked_by
WHERE g.pseudonym = ?1 ORDER BY g.id DESC)sql");
    if (!st)
        return detail::auditedFailure<QList<AccessGrant>>(state, *access, detail::fromStore(st.error(), StoreAccess::Read));
    st->bindBlob(1, patient);
    const QDateTime now = state.now();
    QList<AccessGrant> out;
    auto done = st->forEachRow([&](const core::Statement &row) {
        AccessGrant g;
        g.id = row.int64(0);
        g.toClinic = row.isNull(1);
        if (g.toClinic) {
            g.clinicId = row.blob(2);
            g.granteeName = g.clinicId == state.records->clinicId ? thisClinic : otherClinicName(g.clinicId);
        } else {
            g.granteeUsername = row.text(8);
            g.granteeName = row.text(9);
        }
        g.grantedAt = detail::parseTime(row.text(3));
        g.expiresAt = row.isNull(4) ? QDateTime() : detail::parseTime(row.text(4));
        g.revokedAt = row.isNull(5) ? QDateTime() : detail::parseTime(row.text(5));
        g.revokeReason = row.isNull(6) ? QString() : row.text(6);
        g.registrationDefault = row.int64(7) != 0;
        const QString patientActed = QCoreApplication::translate("ConsentService", "The patient");
        g.grantedBy = row.int64(12) != 0 ? patientActed : row.text(10);
        g.revokedBy = row.int64(13) != 0 ? patientActed : row.isNull(11) ? QString() : row.text(11);
        g.active = !g.revokedAt.isValid() && (!g.expiresAt.isValid() || g.expiresAt > now);
        out.append(g);
    });
    if (!done)
        return detail::auditedFailure<QList<AccessGrant>>(state, *access, detail::fromStore(done.error(), StoreAccess::Read));
    if (auto audited = detail::auditAlone(state, access->actor, detail::auditFor(*access, QStringLiteral("grants=%1").arg(out.size())));
        !audited)
        return audited.error();
    return out;
}

ServiceResult<QList<BreakGlassAccess>> ConsentService::breakGlassHistory(const PatientId &patient) const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::ViewAccess, QStringLiteral("view-break-glass"));
    if (!access)
        return access.error();
    auto st = state.store->database().prepare("SELECT s.display_name, b.reason, b.started_at, b.expires_at FROM break_glass b "
                                              "JOIN staff_accounts s ON s.id = b.staff_id WHERE b.pseudonym = ?1 ORDER BY b.id DESC");
    if (!st)
        return detail::auditedFailure<QList<BreakGlassAccess>>(state, *access, detail::fromStore(st.error(), StoreAccess::Read));
    st->bindBlob(1, patient);
    QList<BreakGlassAccess> out;
    auto done = st->forEachRow([&](const core::Statement &row) {
        out.append(BreakGlassAccess{row.text(0), row.text(1), detail::parseTime(row.text(2)), detail::parseTime(row.text(3))});
    });
    if (!done)
        return detail::auditedFailure<QList<BreakGlassAccess>>(state, *access, detail::fromStore(done.error(), StoreAccess::Read));
    if (auto audited = detail::auditAlone(state, access->actor, detail::auditFor(*access, QStringLiteral("accesses=%1").arg(out.size())));
        !audited)
        return audited.error();
    return out;
}

ServiceResult<qint64> ConsentService::grantToStaff(const PatientId &patient, const QString &username, const QDateTime &expiresAt)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::ManageAccess, QStringLiteral("manage-access"));
    if (!access)
        return access.error();
    if (auto problem = expiryProblem(state, expiresAt); !problem)
        return detail::auditedFailure<qint64>(state, *access, problem.error());
    auto staff = state.directory->findByUsername(detail::normaliseUsername(username));
    if (!staff) {
        if (staff.code() == core::StoreError::NotFound)
            return detail::auditedFailure<qint64>(
                state, *access,
                {ServiceError::InvalidInput, QCoreApplication::translate("ConsentService", "There is no staff member “%1”.").arg(username.trimmed())});
        return detail::auditedFailure<qint64>(state, *access, detail::fromStore(staff.error(), StoreAccess::Read));
    }
    const auto role = roleFromId(staff->role);
    if (role != Role::Doctor && role != Role::Nurse)
        return detail::auditedFailure<qint64>(
            state, *access,
            {ServiceError::InvalidInput,
             QCoreApplication::translate("ConsentService", "Only doctors and nurses read clinical records; grant access to one of them.")});
    if (!staff->enabled)
        return detail::auditedFailure<qint64>(
            state, *access,
            {ServiceError::InvalidInput, QCoreApplication::translate("ConsentService", "The account “%1” is disabled.").arg(staff->username)});
    auto already = hasActiveGrant(state, patient, staff->id, {});
    if (!already)
        return detail::auditedFailure<qint64>(state, *access, already.error());
    if (*already)
        return detail::auditedFailure<qint64>(
            state, *access,
            {ServiceError::AlreadyExists,
             QCoreApplication::translate("ConsentService", "%1 already has access to this patient.").arg(staff->displayName)});
    auto key = state.directory->activeKey(staff->id);
    if (!key)
        return detail::auditedFailure<qint64>(state, *access, detail::fromStore(key.error(), StoreAccess::Read));
    auto id = storeGrant(state, *access, staff->id, key->keyId, {}, expiresAt.toUTC(),
                         QStringLiteral("grant %1 to staff ") + staff->username);
    if (!id)
        return detail::auditedFailure<qint64>(state, *access, id.error());
    return id;
}

ServiceResult<qint64> ConsentService::grantToClinic(const PatientId &patient, const QByteArray &clinicId, const QDateTime &expiresAt)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::ManageAccess, QStringLiteral("manage-access"));
    if (!access)
        return access.error();
    if (auto problem = expiryProblem(state, expiresAt); !problem)
        return detail::auditedFailure<qint64>(state, *access, problem.error());
    if (clinicId.isEmpty())
        return detail::auditedFailure<qint64>(
            state, *access, {ServiceError::InvalidInput, QCoreApplication::translate("ConsentService", "Please choose a clinic.")});
    if (auto recipient = detail::grantRecipient(state, clinicId); !recipient)
        return detail::auditedFailure<qint64>(state, *access, {ServiceError::InvalidInput, recipient.message()});
    auto already = hasActiveGrant(state, patient, std::nullopt, clinicId);
    if (!already)
        return detail::auditedFailure<qint64>(state, *access, already.error());
    if (*already)
        return detail::auditedFailure<qint64>(
            state, *access,
            {ServiceError::AlreadyExists, QCoreApplication::translate("ConsentService", "This clinic already has access to this patient.")});
    auto id = storeGrant(state, *access, std::nullopt, {}, clinicId, expiresAt.toUTC(),
                         QStringLiteral("grant %1 to clinic ") + detail::shortHex(clinicId));
    if (!id)
        return detail::auditedFailure<qint64>(state, *access, id.error());
    return id;
}

ServiceStatus ConsentService::revoke(const PatientId &patient, qint64 grantId, const QString &reason)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::ManageAccess, QStringLiteral("manage-access"));
    if (!access)
        return access.error();
    const auto fail = [&](const core::Error<ServiceError> &e) -> ServiceStatus { return detail::auditedFailure<bool>(state, *access, e).error(); };
    if (const QString problem = detail::reasonProblem(reason); !problem.isEmpty())
        return fail({ServiceError::InvalidInput, problem});
    core::Database &db = state.store->database();
    QByteArray granteeKeyId;
    QByteArray clinicId;
    {
        auto st = db.prepare("SELECT grantee_key_id, clinic_id, revoked_at FROM consent_grants WHERE id = ?1 AND pseudonym = ?2");
        if (!st)
            return fail(detail::fromStore(st.error(), StoreAccess::Read));
        st->bind(1, grantId).bindBlob(2, patient);
        auto has = st->step();
        if (!has)
            return fail(detail::fromStore(has.error(), StoreAccess::Read));
        if (!*has)
            return fail({ServiceError::NotFound, QCoreApplication::translate("ConsentService", "This patient has no such access grant.")});
        if (!st->isNull(2))
            return fail({ServiceError::InvalidInput, QCoreApplication::translate("ConsentService", "This access grant is already revoked.")});
        granteeKeyId = st->isNull(0) ? QByteArray() : st->blob(0);
        clinicId = st->isNull(1) ? QByteArray() : st->blob(1);
    }
    if (granteeKeyId.isEmpty() && clinicId.isEmpty())
        return fail({ServiceError::StoreUnavailable, QCoreApplication::translate("ConsentService", "This access grant is damaged.")});

    // Rotation: later records are sealed under a key the revoked grantee never received;
    // grants still active get the new key wrapped for them.
    auto current = detail::patientKey(db, *state.records, patient, std::nullopt);
    if (!current)
        return fail(current.error());
    const detail::PatientKey next = detail::generatePatientKey(current->version + 1);
    struct Rewrap {
        qint64 id;
        QByteArray wrapped;
    };
    QList<Rewrap> rewraps;
    {
        auto st = db.prepare("SELECT id, clinic_id FROM consent_grants WHERE pseudonym = ?1 AND id <> ?2 AND revoked_at IS NULL "
                             "AND (expires_at IS NULL OR expires_at > ?3)");
        if (!st)
            return fail(detail::fromStore(st.error(), StoreAccess::Read));
        st->bindBlob(1, patient).bind(2, grantId).bind(3, detail::isoTime(state.now()));
        QList<std::pair<qint64, QByteArray>> active;
        if (auto done = st->forEachRow([&](const core::Statement &row) {
                active.append({row.int64(0), row.isNull(1) ? QByteArray() : row.blob(1)});
            });
            !done)
            return fail(detail::fromStore(done.error(), StoreAccess::Read));
        for (const auto &[id, clinic] : active) {
            auto recipient = detail::grantRecipient(state, clinic);
            if (!recipient)
                continue; // a clinic that left the consortium gets no new key
            auto wrapped = core::wrapForRecipient(*recipient, next.key.view(), detail::wrapContext(patient, next.version));
            if (!wrapped)
                return fail({ServiceError::Storage, wrapped.message()});
            rewraps.append({id, *wrapped});
        }
    }
    const QList<detail::BodyToSign> bodies{{detail::actingKey(state, access->actor), ledger::ConsentRevokeBody{patient, granteeKeyId, clinicId}}};
    auto done = detail::commitBodies(state, bodies, [&](core::Database &tdb, const QList<ledger::Transaction> &txs) -> ServiceStatus {
        auto st = tdb.prepare("UPDATE consent_grants SET revoked_at = ?2, revoked_by = ?3, revoke_reason = ?4, revoke_tx_id = ?5, "
                              "revoked_by_patient = ?6 WHERE id = ?1 AND revoked_at IS NULL");
        if (!st)
            return detail::fromStore(st.error(), StoreAccess::Write);
        const bool byPatient = !access->actor.patient.isEmpty();
        st->bind(1, grantId).bind(2, detail::isoTime(state.now())).bind(4, reason.trimmed());
        if (byPatient)
            st->bindNull(3);
        else
            st->bind(3, access->actor.id);
        st->bindBlob(5, txs.first().id()).bind(6, byPatient ? 1 : 0);
        if (auto ran = st->run(); !ran)
            return detail::fromStore(ran.error(), StoreAccess::Write);
        if (tdb.changes() != 1)
            return detail::invalidInput(QCoreApplication::translate("ConsentService", "This access grant is already revoked."));
        if (auto s = detail::storePatientKey(tdb, *state.records, patient, next, state.now()); !s)
            return s;
        for (const Rewrap &r : rewraps) {
            auto up = tdb.prepare("UPDATE consent_grants SET wrapped_key = ?2, wrapped_key_version = ?3 WHERE id = ?1");
            if (!up)
                return detail::fromStore(up.error(), StoreAccess::Write);
            up->bind(1, r.id).bindBlob(2, r.wrapped).bind(3, static_cast<qint64>(next.version));
            if (auto ran = up->run(); !ran)
                return detail::fromStore(ran.error(), StoreAccess::Write);
        }
        return detail::appendAudit(state, tdb, access->actor,
                                   detail::auditFor(*access, QStringLiteral("revoke grant %1; data key version %2").arg(grantId).arg(next.version)));
    });
    if (!done)
        return fail(done.error());
    return {};
}

ServiceResult<QDateTime> ConsentService::breakGlass(const PatientId &patient, const QString &reason)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::BreakGlass, QStringLiteral("break-glass"));
    if (!access)
        return access.error();
    const QString why = reason.trimmed();
    if (why.size() < kMinimumBreakGlassReason || why.size() > 500)
        return detail::auditedFailure<QDateTime>(
            state, *access,
            {ServiceError::InvalidInput,
             QCoreApplication::translate("ConsentService", "Please explain the emergency (at least %1 characters).").arg(kMinimumBreakGlassReason)});
    const QDateTime now = state.now();
    const QDateTime until = now.addSecs(std::chrono::duration_cast<std::chrono::seconds>(state.options.breakGlassDuration).count());
    // The window and its audit entry in one database transaction; a failure leaves neither
    // and is audited as refused.
    const auto open = [&]() -> ServiceStatus {
        core::Database &db = state.store->database();
        auto t = db.begin();
        if (!t)
            return detail::fromStore(t.error(), StoreAccess::Write);
        auto st = db.prepare("INSERT INTO break_glass (pseudonym, staff_id, reason, started_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)");
        if (!st)
            return detail::fromStore(st.error(), StoreAccess::Write);
        st->bindBlob(1, patient).bind(2, access->actor.id).bind(3, why).bind(4, detail::isoTime(now)).bind(5, detail::isoTime(until));
        if (auto ran = st->run(); !ran)
            return detail::fromStore(ran.error(), StoreAccess::Write);
        detail::AuditWrite entry = detail::auditFor(*access, why);
        entry.breakGlass = true;
        if (auto s = detail::appendAudit(state, db, access->actor, entry); !s)
            return s;
        if (auto c = t->commit(); !c)
            return detail::fromStore(c.error(), StoreAccess::Write);
        return {};
    };
    if (auto opened = open(); !opened)
        return detail::auditedFailure<QDateTime>(state, *access, opened.error());
    return until;
}

ServiceResult<core::ConsentBasis> ConsentService::basis(const PatientId &patient) const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto actor = detail::currentActor(state);
    if (!actor)
        return actor.error();
    auto session = detail::recordsSession(state);
    if (!session)
        return session.error();
    auto row = detail::findPatient(state.store->database(), patient);
    if (!row)
        return row.error();
    if (!*row)
        return ServiceResult<core::ConsentBasis>::failure(
            ServiceError::NotFound, QCoreApplication::translate("PatientService", "This patient is not registered on this workstation."));
    auto b = detail::consentBasis(state.store->database(), **session, actor->id, patient, state.now());
    if (!b)
        return b.error();
    return b->basis;
}

ServiceResult<bool> ConsentService::registeringClinicDefault() const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto actor = detail::currentActor(state, Role::Admin); !actor)
        return actor.error();
    return detail::registeringClinicDefault(state.store->database());
}

ServiceStatus ConsentService::setRegisteringClinicDefault(bool visible)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto actor = detail::currentActor(state, Role::Admin); !actor)
        return actor.error();
    return detail::writeSetting(state.store->database(), detail::kRegisteringDefaultSetting,
                                visible ? QByteArrayLiteral("1") : QByteArrayLiteral("0"));
}

} // namespace careledger::services
