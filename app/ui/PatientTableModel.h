#pragma once

#include "services/PatientService.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace careledger::ui {

// Patients as a search returned them. A row the reader has no access to (a doctor's exact
// MRN hit) shows its MRN and "No access" instead of a name.
class PatientTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Mrn, FamilyName, GivenName, BirthDate, SexColumn, Registered, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole + 1, AccessibleRole };

    explicit PatientTableModel(QObject *parent = nullptr);

    void setPatients(QList<services::PatientSummary> patients);
    void clear() { setPatients({}); }
    const QList<services::PatientSummary> &patients() const { return m_patients; }
    std::optional<services::PatientSummary> patientAt(int row) const;
    int rowOfId(const services::PatientId &id) const;
    int rowOfMrn(const QString &mrn) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::PatientSummary> m_patients;
};

} // namespace careledger::ui
