#pragma once

#include "services/ChartService.h"

#include <QAbstractTableModel>

#include <optional>

namespace careledger::ui {

// A patient's problem list, current version of each entry.
class HistoryTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Condition, Code, Status, Onset, Updated, UpdatedBy, Version, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole + 1 };

    explicit HistoryTableModel(QObject *parent = nullptr);

    void setItems(QList<services::HistoryItem> items);
    const QList<services::HistoryItem> &items() const { return m_items; }
    std::optional<services::HistoryItem> itemAt(int row) const;
    int rowOfRecord(const QByteArray &recordId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::HistoryItem> m_items;
};

} // namespace careledger::ui
