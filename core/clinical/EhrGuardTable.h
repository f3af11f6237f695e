#pragma once

// The published EHRGuard "table 4" dataset (../shared/data/ehrguard-table4-vitals.csv):
// patient_id, timestamp, heart_rate_bpm, blood_pressure_mmhg, spo2_percent,
// glucose_mg_dl, doctor_id, diagnosis, prescription. Parsed into checked rows; a malformed
// row is reported with its line number and reason and never stops the others.

#include "clinical/ClinicalRecords.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace careledger::core {

struct EhrGuardRow {
    int line = 0;            // 1-based line in the file (header is line 1)
    QString patientId;       // "P001"
    QDateTime takenAt;       // UTC (the file's local times are read as UTC)
    int heartRateBpm = 0;
    int systolicMmHg = 0;
    int diastolicMmHg = 0;
    int spo2Percent = 0;
    int glucoseMgDl = 0;
    QString doctorId;        // "D001"
    QString diagnosis;       // empty when the file says "Normal" (no problem to record)
    // The prescription column split into medication and strength ("MedA 50 mg" ->
    // "MedA", "50 mg"; "Insulin 5u" -> "Insulin", "5 unit"); nullopt for "None"; a
    // non-drug instruction ("Emergency Care") is kept as medication with empty strength.
    std::optional<std::pair<QString, QString>> prescription;
};

struct EhrGuardTable {
    QList<EhrGuardRow> rows;
    QStringList problems; // "line 7: blood pressure “120-80” is not systolic/diastolic"
};

// Fails only when the header is not the expected one (the message names the first
// unexpected column) or the input is not UTF-8 text; bad rows go to problems.
ClinicalResult<EhrGuardTable> parseEhrGuardTable(QByteArrayView csv);

} // namespace careledger::core
