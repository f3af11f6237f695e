#include "services/AuditService.h"

#include "clinical/Mrn.h"
#include "services/RecordsOps.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace careledger::services {

using detail::StoreAccess;

namespace {

using State = WorkstationAccess::State;

AuditEntry toEntry(const core::Statement &row)
{
    const detail::AuditRow r = detail::readAuditRow(row);
    AuditEntry e;
    e.sequence = r.seq;
    e.at = detail::parseTime(r.at);
    e.actorUsername = r.actorUsername;
    e.actorRole = r.actorRole;
    e.action = r.action;
    e.patient = r.pseudonym;
    e.workstation = r.workstation;
    e.breakGlass = r.breakGlass;
    e.refused = r.refused;
    e.detail = r.detail;
    if (!r.pseudonym.isEmpty()) {
        // Columns after the entry's own: the patient's MRN and erasure time.
        if (!row.isNull(13))
            e.patientMrn = QStringLiteral("erased");
        else if (!row.isNull(12))
            e.patientMrn = core::formatMrn(row.text(12));
    }
    return e;
}

ServiceResult<QList<AuditEntry>> query(State &state, const AuditFilter &filter, const QByteArray &onlyPatient)
{
    using R = ServiceResult<QList<AuditEntry>>;
    core::Database &db = state.store->database();
    QByteArray pseudonym = onlyPatient;
    if (pseudonym.isEmpty() && !filter.patientMrn.trimmed().isEmpty()) {
        const auto mrn = core::parseMrn(filter.patientMrn);
        if (!mrn)
            return R::failure(ServiceError::InvalidInput,
                              QCoreApplication::translate("AuditService", "“%1” is not a valid record number.").arg(filter.patientMrn.trimmed()));
        auto st = db.prepare("SELECT pseudonym FROM patients WHERE mrn = ?1");
        if (!st)
            return detail::storeFailure<QList<AuditEntry>>(st.error(), StoreAccess::Read);
        st->bind(1, *mrn);
        auto has = st->step();
        if (!has)
            return detail::storeFailure<QList<AuditEntry>>(has.error(), StoreAccess::Read);
        if (!*has)
            return R(QList<AuditEntry>());
        pseudonym = st->blob(0);
    }
    QByteArray sql = QByteArrayLiteral("SELECT ");
    for (const QByteArray &column : QByteArray(detail::kAuditRowColumns).split(','))
        sql += "a." + column.trimmed() + ", ";
    sql += "p.mrn, p.erased_at FROM audit_log a LEFT JOIN patients p ON p.pseudonym = a.pseudonym WHERE 1 = 1";
    if (!filter.actorUsername.trimmed().isEmpty())
        sql += " AND a.actor_username = ?1 COLLATE NOCASE";
    if (!pseudonym.isEmpty())
        sql += " AND a.pseudonym = ?2";
    if (!filter.action.isEmpty())
        sql += " AND a.action = ?3";
    if (filter.from.isValid())
        sql += " AND a.at >= ?4";
    if (filter.to.isValid())
        sql += " AND a.at < ?5";
    if (filter.breakGlassOnly)
        sql += " AND a.break_glass = 1";
    sql += " ORDER BY a.seq DESC LIMIT ?6";
    auto st = db.prepare(sql.constData());
    if (!st)
        return detail::storeFailure<QList<AuditEntry>>(st.error(), StoreAccess::Read);
    if (!filter.actorUsername.trimmed().isEmpty())
        st->bind(1, filter.actorUsername.trimmed());
    if (!pseudonym.isEmpty())
        st->bindBlob(2, pseudonym);
    if (!filter.action.isEmpty())
        st->bind(3, filter.action);
    // Dates are UTC days; the stored text sorts like the times it holds.
    if (filter.from.isValid())
        st->bind(4, detail::isoTime(QDateTime(filter.from, QTime(0, 0), Qt::UTC)));
    if (filter.to.isValid())
        st->bind(5, detail::isoTime(QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC)));
    st->bind(6, static_cast<qint64>(filter.limit > 0 ? filter.limit : 5000));
    QList<AuditEntry> out;
    if (auto done = st->forEachRow([&](const core::Statement &row) { out.append(toEntry(row)); }); !done)
        return detail::storeFailure<QList<AuditEntry>>(done.error(), StoreAccess::Read);
    return out;
}

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

} // namespace

ServiceResult<QList<AuditEntry>> AuditService::entries(const AuditFilter &filter) const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto actor = detail::currentActor(state, Role::Admin); !actor)
        return actor.error();
    return query(state, filter, {});
}

ServiceResult<QList<AuditEntry>> AuditService::patientTrail(const PatientId &patient) const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::ViewAudit, QStringLiteral("view-audit"));
    if (!access)
        return access.error();
    AuditFilter all;
    all.limit = 100000;
    auto trail = query(state, all, patient);
    if (!trail)
        return detail::auditedFailure<QList<AuditEntry>>(state, *access, trail.error());
    if (auto audited = detail::auditAlone(state, access->actor, detail::auditFor(*access, QStringLiteral("entries=%1").arg(trail->size())));
        !audited)
        return audited.error();
    return trail;
}

ServiceResult<int> AuditService::exportCsv(const AuditFilter &filter, const QString &path) const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto actor = detail::currentActor(state, Role::Admin);
    if (!actor)
        return actor.error();
    auto rows = query(state, filter, {});
    if (!rows)
        return rows.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ServiceResult<int>::failure(ServiceError::Storage,
                                           QCoreApplication::translate("AuditService", "The file %1 cannot be written: %2").arg(path, file.errorString()));
    const QStringList header{QStringLiteral("sequence"), QStringLiteral("time_utc"), QStringLiteral("user"), QStringLiteral("role"),
                             QStringLiteral("action"), QStringLiteral("patient_mrn"), QStringLiteral("workstation"),
                             QStringLiteral("break_glass"), QStringLiteral("refused"), QStringLiteral("detail")};
    const auto writeLine = [&](const QStringList &fields) {
        QByteArray line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                line += ',';
            line += csvField(fields.at(i));
        }
        line += "\r\n";
        file.write(line);
    };
    writeLine(header);
    for (const AuditEntry &e : *rows) {
        writeLine({QString::number(e.sequence), e.at.toString(Qt::ISODateWithMs), e.actorUsername, e.actorRole, e.action, e.patientMrn,
                   e.workstation, e.breakGlass ? QStringLiteral("1") : QStringLiteral("0"),
                   e.refused ? QStringLiteral("1") : QStringLiteral("0"), e.detail});
    }
    if (!file.commit())
        return ServiceResult<int>::failure(ServiceError::Storage,
                                           QCoreApplication::translate("AuditService", "The file %1 cannot be written: %2").arg(path, file.errorString()));
    // The export carries record numbers out of the workstation: it is itself audited.
    detail::AuditWrite audit;
    audit.action = QStringLiteral("export-audit");
    audit.detail = QStringLiteral("rows=%1").arg(rows->size());
    if (auto audited = detail::auditAlone(state, *actor, audit); !audited)
        return audited.error();
    return static_cast<int>(rows->size());
}

QStringList AuditService::actions() const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto actor = detail::currentActor(state, Role::Admin); !actor)
        return {};
    QStringList out;
    auto st = state.store->database().prepare("SELECT DISTINCT action FROM audit_log ORDER BY action");
    if (st)
        (void)st->forEachRow([&](const core::Statement &row) { out.append(row.text(0)); });
    return out;
}

ServiceResult<AuditChainStatus> AuditService::status() const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto actor = detail::currentActor(state, Role::Admin); !actor)
        return actor.error();
    core::Database &db = state.store->database();
    AuditChainStatus s;
    auto head = db.prepare("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!head)
        return detail::storeFailure<AuditChainStatus>(head.error(), StoreAccess::Read);
    auto has = head->step();
    if (!has)
        return detail::storeFailure<AuditChainStatus>(has.error(), StoreAccess::Read);
    if (*has) {
        s.entries = head->int64(0);
        s.headHash = head->blob(1);
    }
    auto anchor = db.prepare("SELECT entry_count, at FROM audit_anchors ORDER BY entry_count DESC LIMIT 1");
    if (!anchor)
        return detail::storeFailure<AuditChainStatus>(anchor.error(), StoreAccess::Read);
    has = anchor->step();
    if (!has)
        return detail::storeFailure<AuditChainStatus>(has.error(), StoreAccess::Read);
    if (*has) {
        s.anchoredEntries = anchor->int64(0);
        s.lastAnchorAt = detail::parseTime(anchor->text(1));
    }
    return s;
}

ServiceResult<bool> AuditService::anchorIfDue()
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto actor = detail::currentActor(state); !actor)
        return actor.error();
    return detail::anchorAudit(state);
}

} // namespace careledger::services
