#include "ui/GrantTableModel.h"

#include "ui/RecordsUi.h"

#include <QColor>

namespace careledger::ui {

GrantTableModel::GrantTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void GrantTableModel::setGrants(QList<services::AccessGrant> grants)
{
    beginResetModel();
    m_grants = std::move(grants);
    endResetModel();
}

std::optional<services::AccessGrant> GrantTableModel::grantAt(int row) const
{
    if (row < 0 || row >= m_grants.size()) {
        return std::nullopt;
    }
    return m_grants.at(row);
}

int GrantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grants.size());
}

int GrantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GrantTableModel::statusText(const services::AccessGrant &grant)
{
    if (grant.revokedAt.isValid()) {
        return tr("Revoked");
    }
    if (!grant.active) {
        return tr("Expired");
    }
    return tr("Active");
}

QVariant GrantTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_grants.size()) {
        return {};
    }
    const services::AccessGrant &g = m_grants.at(index.row());
    switch (role) {
    case ActiveRole:
        return g.active;
    case SortRole:
        switch (index.column()) {
        case Granted: return g.grantedAt;
        case Expires: return g.expiresAt;
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::ForegroundRole:
        return g.active ? QVariant() : QVariant(QColor(0x7a, 0x86, 0x8e));
    case Qt::ToolTipRole:
        if (index.column() == Revocation && g.revokedAt.isValid()) {
            return data(index, Qt::DisplayRole);
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Grantee:
            return g.toClinic || g.granteeUsername.isEmpty()
                ? isolated(g.granteeName)
                : QStringLiteral("%1 (%2)").arg(isolated(g.granteeName), isolated(g.granteeUsername));
        case Kind:
            if (g.registrationDefault) {
                return tr("Clinic (at registration)");
            }
            return g.toClinic ? tr("Clinic") : tr("Staff member");
        case Status: return statusText(g);
        case Granted: return formatDateTime(g.grantedAt);
        case GrantedBy: return g.grantedBy.isEmpty() ? QStringLiteral("—") : isolated(g.grantedBy);
        case Expires: return g.expiresAt.isValid() ? formatDateTime(g.expiresAt) : tr("No expiry");
        case Revocation:
            if (!g.revokedAt.isValid()) {
                return QStringLiteral("—");
            }
            return tr("%1 by %2: %3").arg(formatDateTime(g.revokedAt), isolated(g.revokedBy), isolated(g.revokeReason));
        default: return {};
        }
    default:
        return {};
    }
}

QVariant GrantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Grantee: return tr("Who");
    case Kind: return tr("Kind");
    case Status: return tr("Status");
    case Granted: return tr("Granted");
    case GrantedBy: return tr("Granted by");
    case Expires: return tr("Expires");
    case Revocation: return tr("Revoked");
    default: return {};
    }
}

} // namespace careledger::ui
