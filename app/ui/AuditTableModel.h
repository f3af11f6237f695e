#pragma once

#include "services/AuditService.h"

#include <QAbstractTableModel>

#include <optional>

namespace careledger::ui {

// Audit entries, newest first. Emergency-access rows have their own background and say
// "Emergency access" with a warning icon; refused rows say "Refused": never colour alone.
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, User, RoleColumn, Action, PatientMrn, WorkstationColumn, BreakGlass, Refused, Detail, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole + 1, BreakGlassRole, RefusedRole };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setEntries(QList<services::AuditEntry> entries);
    void clear() { setEntries({}); }
    const QList<services::AuditEntry> &entries() const { return m_entries; }
    std::optional<services::AuditEntry> entryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleText(const QString &roleId);

private:
    QList<services::AuditEntry> m_entries;
};

} // namespace careledger::ui
