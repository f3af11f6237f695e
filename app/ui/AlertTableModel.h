#pragma once

#include "services/VitalsService.h"

#include <QAbstractTableModel>
#include <QList>

namespace careledger::ui {

// Alerts as VitalsService::alerts() returned them. A technical alarm (sensor off, device
// silent, implausible value) says so in words in its own column and in italics; a
// high-priority alert still waiting for acknowledgement is red across the row.
class AlertTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The acknowledgement last: it stretches and elides (its tooltip has it all). Escalation
    // is part of the state ("Active, escalated").
    enum Column { Priority, Kind, Patient, Mrn, Condition, Raised, State, Acknowledged, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole + 1, StateRole, IdRole };

    explicit AlertTableModel(QObject *parent = nullptr);

    void setAlerts(QList<services::AlertInfo> alerts);
    void clear() { setAlerts({}); }
    const QList<services::AlertInfo> &alerts() const { return m_alerts; }
    const services::AlertInfo *alertAt(int row) const;
    int rowOf(const QByteArray &alertId) const;
    int waitingCount() const; // active, not yet acknowledged

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::AlertInfo> m_alerts;
};

} // namespace careledger::ui
