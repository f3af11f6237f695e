#pragma once

#include "services/ServiceTypes.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace careledger::ui {

// Staff accounts as the service listed them; the page refreshes it after every change.
class StaffTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Username, DisplayName, RoleColumn, Status, MustChangePassword, Created, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1, SortRole, EnabledRole, FilterRole };

    explicit StaffTableModel(QObject *parent = nullptr);

    void setAccounts(QList<services::StaffAccount> accounts);
    void clear();
    const QList<services::StaffAccount> &accounts() const { return m_accounts; }
    std::optional<services::StaffAccount> accountAt(int row) const;
    std::optional<services::StaffAccount> accountById(qint64 id) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::StaffAccount> m_accounts;
};

} // namespace careledger::ui
