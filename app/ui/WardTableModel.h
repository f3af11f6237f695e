#pragma once

#include "services/VitalsService.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>

namespace careledger::ui {

// The monitored patients of the ward, one row each: link state, NEWS2 and the newest values,
// coloured by their flags. SeverityRole orders rows most urgent first (highest alert, then
// NEWS2), whichever column a proxy sorts.
class WardTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Patient, Mrn, Link, News2, HeartRate, SpO2, Respiration, Temperature, BloodPressure, LastReading,
                  HighestAlert, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole + 1, SeverityRole, PriorityRole };

    explicit WardTableModel(QObject *parent = nullptr);

    // Keeps rows of patients still monitored in place (selection and scrolling survive the
    // once-a-second refresh); only a change of the patient set resets the model.
    void setPatients(QList<services::MonitoredPatient> patients);
    void clear() { setPatients({}); }
    // The clock the "12 s ago" column is computed against; ages are recomputed by touchAges().
    void setNow(const QDateTime &nowUtc);
    void touchAges(const QDateTime &nowUtc);

    const QList<services::MonitoredPatient> &patients() const { return m_patients; }
    const services::MonitoredPatient *patientAt(int row) const;
    int rowOf(const services::PatientId &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Highest alert first (none counts lowest), then the NEWS2 aggregate.
    static qint64 severityKey(const services::MonitoredPatient &patient);

private:
    std::optional<core::VitalSign> signOf(int column) const;
    std::optional<core::AlarmPriority> flagOf(const services::MonitoredPatient &p, int column) const;
    bool sensorOff(const services::MonitoredPatient &p, int column) const;

    QList<services::MonitoredPatient> m_patients;
    QDateTime m_now;
};

} // namespace careledger::ui
