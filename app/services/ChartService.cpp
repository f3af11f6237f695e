#include "services/ChartService.h"

#include "services/RecordsOps.h"

#include <QCoreApplication>

#include <algorithm>

namespace careledger::services {

using detail::StoreAccess;

namespace {

using State = WorkstationAccess::State;
using detail::Access;

const QString kHistory = QStringLiteral("history");
const QString kPrescription = QStringLiteral("prescription");
const QString kDemographics = QStringLiteral("demographics");

QString recordLabel(const QString &kind, const QByteArray &recordId, quint64 version)
{
    return QStringLiteral("%1 record %2 version %3").arg(kind, detail::shortHex(recordId)).arg(version);
}

VersionInfo infoOf(const detail::StoredVersion &v, const core::RecordAuthorship &authorship)
{
    VersionInfo info;
    info.version = v.version;
    info.authorship = authorship;
    info.transactionId = v.txId;
    return info;
}

// The newest version of a record of this kind, for a change: NotFound when the record is
// not this patient's or of another kind.
ServiceResult<QList<detail::StoredVersion>> versionsOfKind(State &state, const QByteArray &pseudonym, const QByteArray &recordId,
                                                           const QString &kind)
{
    auto versions = detail::recordVersions(state.store->database(), pseudonym, recordId);
    if (!versions)
        return versions.error();
    if (versions->first().kind != kind)
        return ServiceResult<QList<detail::StoredVersion>>::failure(
            ServiceError::NotFound, QCoreApplication::translate("ChartService", "This patient has no such record."));
    return versions;
}

ServiceResult<quint64> writeVersion(State &state, const Access &access, const QByteArray &recordId, quint64 version, const QString &kind,
                                    const QByteArray &plaintext)
{
    auto written = detail::writeRecords(state, access.actor, access.patient.pseudonym, {{recordId, version, kind, plaintext}},
                                        detail::auditFor(access, recordLabel(kind, recordId, version)));
    if (!written)
        return detail::auditedFailure<quint64>(state, access, written.error());
    return version;
}

} // namespace

ServiceResult<PatientChart> ChartService::open(const PatientId &patient) const
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::ViewDemographics, QStringLiteral("view-chart"));
    if (!access)
        return access.error();
    const bool seesHistory = detail::alsoAllowed(*access, core::PatientAction::ViewHistory);
    const bool seesPrescriptions = detail::alsoAllowed(*access, core::PatientAction::ViewPrescriptions);
    core::Database &db = state.store->database();
    const detail::RecordsSession &session = *state.records;

    PatientChart chart;
    chart.viaBreakGlass = access->decision.viaBreakGlass;
    if (chart.viaBreakGlass)
        chart.breakGlassUntil = access->basis.breakGlassUntil;
    auto demographics = detail::recordVersions(db, patient, access->patient.demographicsRecordId);
    if (!demographics)
        return detail::auditedFailure<PatientChart>(state, *access, demographics.error());
    auto current = detail::decodeStored<core::Demographics>(db, session, patient, demographics->last());
    if (!current)
        return detail::auditedFailure<PatientChart>(state, *access, current.error());
    chart.patient.summary = detail::toSummary(access->patient, true);
    chart.patient.summary.breakGlassActive = chart.viaBreakGlass;
    chart.patient.demographics = current->value;
    chart.patient.version = demographics->last().version;
    chart.patient.authorship = current->authorship;
    chart.patient.recordId = access->patient.demographicsRecordId;

    if (seesHistory) {
        auto items = detail::firstAndCurrent<core::HistoryEntry>(db, session, patient, kHistory);
        if (!items)
            return detail::auditedFailure<PatientChart>(state, *access, items.error());
        chart.history = QList<HistoryItem>();
        for (const auto &item : *items) {
            HistoryItem h;
            h.recordId = item.recordId;
            h.entry = item.current.value;
            h.current = infoOf(item.newest, item.current.authorship);
            h.firstWrittenAt = item.first.authorship.writtenAt;
            h.firstAuthorName = item.first.authorship.authorName;
            chart.history->append(h);
        }
    }
    if (seesPrescriptions) {
        auto items = detail::firstAndCurrent<core::Prescription>(db, session, patient, kPrescription);
        if (!items)
            return detail::auditedFailure<PatientChart>(state, *access, items.error());
        chart.prescriptions = QList<PrescriptionItem>();
        for (const auto &item : *items) {
            PrescriptionItem p;
            p.recordId = item.recordId;
            p.prescription = item.current.value;
            p.current = infoOf(item.newest, item.current.authorship);
            p.firstWrittenAt = item.first.authorship.writtenAt;
            p.prescriberName = item.first.authorship.authorName;
            chart.prescriptions->append(p);
        }
    }
    if (chart.history) {
        std::stable_sort(chart.history->begin(), chart.history->end(), [](const HistoryItem &a, const HistoryItem &b) {
            return a.current.authorship.writtenAt > b.current.authorship.writtenAt;
        });
    }
    if (chart.prescriptions) {
        std::stable_sort(chart.prescriptions->begin(), chart.prescriptions->end(), [](const PrescriptionItem &a, const PrescriptionItem &b) {
            const bool aFinal = core::isFinal(a.prescription.status);
            const bool bFinal = core::isFinal(b.prescription.status);
            if (aFinal != bFinal)
                return !aFinal;
            return a.firstWrittenAt > b.firstWrittenAt;
        });
    }
    const QString detailText = QStringLiteral("history=%1 prescriptions=%2")
                                   .arg(chart.history ? QString::number(chart.history->size()) : QStringLiteral("hidden"),
                                        chart.prescriptions ? QString::number(chart.prescriptions->size()) : QStringLiteral("hidden"));
    if (auto audited = detail::auditAlone(state, access->actor, detail::auditFor(*access, detailText)); !audited)
        return audited.error();
    return chart;
}

ServiceResult<QList<RecordVersion>> ChartService::versions(const PatientId &patient, const QByteArray &recordId) const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto actor = detail::currentActor(state); !actor)
        return actor.error();
    // The kind decides which right is needed; it says nothing about the content.
    QString kind;
    {
        auto st = state.store->database().prepare("SELECT kind FROM record_payloads WHERE record_id = ?1 AND patient_pseudonym = ?2 LIMIT 1");
        if (!st)
            return detail::storeFailure<QList<RecordVersion>>(st.error(), StoreAccess::Read);
        st->bindBlob(1, recordId).bindBlob(2, patient);
        auto has = st->step();
        if (!has)
            return detail::storeFailure<QList<RecordVersion>>(has.error(), StoreAccess::Read);
        if (*has)
            kind = st->text(0);
    }
    const core::PatientAction action = kind == kHistory        ? core::PatientAction::ViewHistory
                                       : kind == kPrescription ? core::PatientAction::ViewPrescriptions
                                                               : core::PatientAction::ViewDemographics;
    auto access = detail::authorize(state, patient, action, QStringLiteral("view-versions"));
    if (!access)
        return access.error();
    auto stored = detail::recordVersions(state.store->database(), patient, recordId);
    if (!stored)
        return detail::auditedFailure<QList<RecordVersion>>(state, *access, stored.error());
    QList<RecordVersion> out;
    for (const detail::StoredVersion &v : *stored) {
        RecordVersion rv;
        auto fill = [&](auto decoded) -> ServiceStatus {
            if (!decoded)
                return decoded.error();
            rv.info = infoOf(v, decoded->authorship);
            rv.value = std::move(decoded->value);
            return {};
        };
        ServiceStatus ok;
        if (v.kind == kHistory)
            ok = fill(detail::decodeStored<core::HistoryEntry>(state.store->database(), *state.records, patient, v));
        else if (v.kind == kPrescription)
            ok = fill(detail::decodeStored<core::Prescription>(state.store->database(), *state.records, patient, v));
        else if (v.kind == kDemographics)
            ok = fill(detail::decodeStored<core::Demographics>(state.store->database(), *state.records, patient, v));
        else
            ok = ServiceStatus::failure(ServiceError::NotFound, QCoreApplication::translate("ChartService", "This patient has no such record."));
        if (!ok)
            return detail::auditedFailure<QList<RecordVersion>>(state, *access, ok.error());
        out.append(std::move(rv));
    }
    if (auto audited = detail::auditAlone(
            state, access->actor,
            detail::auditFor(*access, QStringLiteral("%1 record %2: %3 version(s)").arg(kind, detail::shortHex(recordId)).arg(out.size())));
        !audited)
        return audited.error();
    return out;
}

ServiceResult<QByteArray> ChartService::addHistory(const PatientId &patient, const core::HistoryEntry &entry)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::WriteHistory, QStringLiteral("write-history"));
    if (!access)
        return access.error();
    if (auto valid = core::validate(entry, state.now().date(), access->patient.birthDate); !valid)
        return detail::auditedFailure<QByteArray>(state, *access, {ServiceError::InvalidInput, valid.message()});
    const QByteArray recordId = detail::newRecordId();
    const QByteArray plain = core::encodeRecord(entry, detail::authorshipNow(state, access->actor, QString()));
    auto written = writeVersion(state, *access, recordId, 1, kHistory, plain);
    if (!written)
        return written.error();
    return recordId;
}

ServiceResult<quint64> ChartService::updateHistory(const PatientId &patient, const QByteArray &recordId, const core::HistoryEntry &entry,
                                                   const QString &reason)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::WriteHistory, QStringLiteral("write-history"));
    if (!access)
        return access.error();
    if (const QString problem = detail::reasonProblem(reason); !problem.isEmpty())
        return detail::auditedFailure<quint64>(state, *access, {ServiceError::InvalidInput, problem});
    auto versions = versionsOfKind(state, patient, recordId, kHistory);
    if (!versions)
        return detail::auditedFailure<quint64>(state, *access, versions.error());
    if (auto valid = core::validate(entry, state.now().date(), access->patient.birthDate); !valid)
        return detail::auditedFailure<quint64>(state, *access, {ServiceError::InvalidInput, valid.message()});
    const QByteArray plain = core::encodeRecord(entry, detail::authorshipNow(state, access->actor, reason));
    return writeVersion(state, *access, recordId, versions->last().version + 1, kHistory, plain);
}

ServiceResult<QByteArray> ChartService::prescribe(const PatientId &patient, const core::Prescription &prescription)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::WritePrescription, QStringLiteral("write-prescription"));
    if (!access)
        return access.error();
    const QDate today = state.now().date();
    core::Prescription p = prescription;
    if (p.status != core::PrescriptionStatus::Active)
        return detail::auditedFailure<QByteArray>(
            state, *access,
            {ServiceError::InvalidInput, QCoreApplication::translate("ChartService", "A new prescription starts as active.")});
    if (p.prescribedOn.isNull())
        p.prescribedOn = today;
    if (auto valid = core::validate(p, today); !valid)
        return detail::auditedFailure<QByteArray>(state, *access, {ServiceError::InvalidInput, valid.message()});
    const QByteArray recordId = detail::newRecordId();
    auto written = writeVersion(state, *access, recordId, 1, kPrescription,
                                core::encodeRecord(p, detail::authorshipNow(state, access->actor, QString())));
    if (!written)
        return written.error();
    return recordId;
}

namespace {

// The newest version of a prescription that may still change.
ServiceResult<std::pair<core::Prescription, quint64>> changeablePrescription(State &state, const Access &access, const QByteArray &recordId)
{
    using R = ServiceResult<std::pair<core::Prescription, quint64>>;
    auto versions = versionsOfKind(state, access.patient.pseudonym, recordId, kPrescription);
    if (!versions)
        return versions.error();
    auto current = detail::decodeStored<core::Prescription>(state.store->database(), *state.records, access.patient.pseudonym, versions->last());
    if (!current)
        return current.error();
    if (core::isFinal(current->value.status))
        return R::failure(ServiceError::InvalidInput,
                          QCoreApplication::translate("ChartService", "This prescription is %1 and can no longer be changed; write a new one instead.")
                              .arg(core::prescriptionStatusDisplayName(current->value.status).toLower()));
    return std::make_pair(current->value, versions->last().version);
}

} // namespace

ServiceResult<quint64> ChartService::amendPrescription(const PatientId &patient, const QByteArray &recordId,
                                                       const core::Prescription &prescription, const QString &reason)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::WritePrescription, QStringLiteral("write-prescription"));
    if (!access)
        return access.error();
    if (const QString problem = detail::reasonProblem(reason); !problem.isEmpty())
        return detail::auditedFailure<quint64>(state, *access, {ServiceError::InvalidInput, problem});
    auto current = changeablePrescription(state, *access, recordId);
    if (!current)
        return detail::auditedFailure<quint64>(state, *access, current.error());
    core::Prescription p = prescription;
    p.status = core::PrescriptionStatus::Amended;
    if (p.prescribedOn.isNull())
        p.prescribedOn = current->first.prescribedOn;
    if (auto valid = core::validate(p, state.now().date()); !valid)
        return detail::auditedFailure<quint64>(state, *access, {ServiceError::InvalidInput, valid.message()});
    return writeVersion(state, *access, recordId, current->second + 1, kPrescription,
                        core::encodeRecord(p, detail::authorshipNow(state, access->actor, reason)));
}

ServiceResult<quint64> ChartService::setPrescriptionStatus(const PatientId &patient, const QByteArray &recordId,
                                                           core::PrescriptionStatus status, const QString &reason)
{
    State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::WritePrescription, QStringLiteral("write-prescription"));
    if (!access)
        return access.error();
    if (status != core::PrescriptionStatus::Completed && status != core::PrescriptionStatus::Stopped)
        return detail::auditedFailure<quint64>(
            state, *access,
            {ServiceError::InvalidInput,
             QCoreApplication::translate("ChartService", "A prescription can only be marked completed or stopped; amend it to change its terms.")});
    if (const QString problem = detail::reasonProblem(reason); !problem.isEmpty())
        return detail::auditedFailure<quint64>(state, *access, {ServiceError::InvalidInput, problem});
    auto current = changeablePrescription(state, *access, recordId);
    if (!current)
        return detail::auditedFailure<quint64>(state, *access, current.error());
    core::Prescription p = current->first;
    p.status = status;
    return writeVersion(state, *access, recordId, current->second + 1, kPrescription,
                        core::encodeRecord(p, detail::authorshipNow(state, access->actor, reason)));
}

} // namespace careledger::services
