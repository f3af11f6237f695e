#pragma once

#include "services/ChartService.h"

#include <QAbstractTableModel>

#include <optional>

namespace careledger::ui {

// A patient's prescriptions, current version of each, with their status; completed and
// stopped ones read greyed.
class PrescriptionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Medication, Dose, Route, Frequency, Duration, Status, PrescribedOn, Prescriber, Version, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole + 1, FinalRole };

    explicit PrescriptionTableModel(QObject *parent = nullptr);

    void setItems(QList<services::PrescriptionItem> items);
    const QList<services::PrescriptionItem> &items() const { return m_items; }
    std::optional<services::PrescriptionItem> itemAt(int row) const;
    int rowOfRecord(const QByteArray &recordId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::PrescriptionItem> m_items;
};

} // namespace careledger::ui
