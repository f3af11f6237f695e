#pragma once

// A patient's chart: problem list and prescriptions, with every version kept. Doctors
// write; doctors and nurses read (core::decideAccess decides, with the consent basis the
// services work out). Each call that reads or writes patient data writes one audit entry.

#include "clinical/ClinicalRecords.h"
#include "services/PatientService.h"

#include <QList>

#include <variant>

namespace careledger::services {

struct VersionInfo {
    quint64 version = 0;
    core::RecordAuthorship authorship;
    QByteArray transactionId; // the record-put transaction of this version
};

struct HistoryItem {
    QByteArray recordId;
    core::HistoryEntry entry; // current version
    VersionInfo current;
    QDateTime firstWrittenAt;
    QString firstAuthorName;
};

struct PrescriptionItem {
    QByteArray recordId;
    core::Prescription prescription; // current version
    VersionInfo current;
    QDateTime firstWrittenAt;
    QString prescriberName; // author of version 1
};

enum class RecordKind { Demographics, History, Prescription };

struct RecordVersion {
    VersionInfo info;
    std::variant<core::Demographics, core::HistoryEntry, core::Prescription> value;
};

// Everything the chart window shows at open; sections the reader may not see are absent
// (std::nullopt), not empty.
struct PatientChart {
    PatientDetails patient;
    std::optional<QList<HistoryItem>> history;             // newest update first
    std::optional<QList<PrescriptionItem>> prescriptions;  // active/amended first, then newest
    bool viaBreakGlass = false;
    QDateTime breakGlassUntil; // valid when viaBreakGlass
};

class ChartService {
public:
    explicit ChartService(Workstation &workstation) : m_workstation(workstation) {}
    Q_DISABLE_COPY_MOVE(ChartService)

    // Decrypts and assembles the current versions (one audit entry "view-chart").
    ServiceResult<PatientChart> open(const PatientId &patient) const;

    // Every version of one record of this patient, oldest first (one audit entry).
    ServiceResult<QList<RecordVersion>> versions(const PatientId &patient, const QByteArray &recordId) const;

    // Doctor. Returns the new record id.
    ServiceResult<QByteArray> addHistory(const PatientId &patient, const core::HistoryEntry &entry);
    // Doctor. A new version; reason required. Returns the new version number.
    ServiceResult<quint64> updateHistory(const PatientId &patient, const QByteArray &recordId, const core::HistoryEntry &entry,
                                         const QString &reason);

    // Doctor. status must be Active; prescribedOn defaults to today when null. Returns the
    // new record id.
    ServiceResult<QByteArray> prescribe(const PatientId &patient, const core::Prescription &prescription);
    // Doctor. New version with status Amended; reason required; refused on a final status.
    ServiceResult<quint64> amendPrescription(const PatientId &patient, const QByteArray &recordId,
                                             const core::Prescription &prescription, const QString &reason);
    // Doctor. Completed or Stopped; reason required; refused on a final status.
    ServiceResult<quint64> setPrescriptionStatus(const PatientId &patient, const QByteArray &recordId,
                                                 core::PrescriptionStatus status, const QString &reason);

private:
    Workstation &m_workstation;
};

} // namespace careledger::services
