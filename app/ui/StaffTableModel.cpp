#include "ui/StaffTableModel.h"

#include <QColor>
#include <QLocale>

namespace careledger::ui {

StaffTableModel::StaffTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StaffTableModel::setAccounts(QList<services::StaffAccount> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

void StaffTableModel::clear()
{
    setAccounts({});
}

std::optional<services::StaffAccount> StaffTableModel::accountAt(int row) const
{
    if (row < 0 || row >= m_accounts.size()) {
        return std::nullopt;
    }
    return m_accounts.at(row);
}

std::optional<services::StaffAccount> StaffTableModel::accountById(qint64 id) const
{
    return accountAt(rowOfId(id));
}

int StaffTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_accounts.size()) {
        return {};
    }
    const services::StaffAccount &a = m_accounts.at(index.row());
    switch (role) {
    case IdRole:
        return a.id;
    case EnabledRole:
        return a.enabled;
    case FilterRole:
        return QStringList{a.username, a.displayName, services::roleDisplayName(a.role)}.join(QLatin1Char('\n'));
    case Qt::ForegroundRole:
        return a.enabled ? QVariant() : QVariant(QColor(0x7a, 0x86, 0x8e));
    case SortRole:
        if (index.column() == Created) {
            return a.createdAt;
        }
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case Qt::ToolTipRole:
        if (index.column() == Created) {
            return QLocale().toString(a.createdAt.toLocalTime(), QLocale::LongFormat);
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Username: return a.username;
        case DisplayName: return a.displayName;
        case RoleColumn: return services::roleDisplayName(a.role);
        case Status: return a.enabled ? tr("Enabled") : tr("Disabled");
        case MustChangePassword:
            // A disabled account has no password at all until it is enabled again.
            if (!a.enabled) {
                return QStringLiteral("—");
            }
            return a.mustChangePassword ? tr("Yes") : tr("No");
        case Created: return QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Username: return tr("User name");
    case DisplayName: return tr("Name");
    case RoleColumn: return tr("Role");
    case Status: return tr("Status");
    case MustChangePassword: return tr("Must change password");
    case Created: return tr("Created");
    default: return {};
    }
}

} // namespace careledger::ui
