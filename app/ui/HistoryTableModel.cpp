#include "ui/HistoryTableModel.h"

#include "ui/RecordsUi.h"

#include <QColor>
#include <QLocale>

namespace careledger::ui {

HistoryTableModel::HistoryTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void HistoryTableModel::setItems(QList<services::HistoryItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

std::optional<services::HistoryItem> HistoryTableModel::itemAt(int row) const
{
    if (row < 0 || row >= m_items.size()) {
        return std::nullopt;
    }
    return m_items.at(row);
}

int HistoryTableModel::rowOfRecord(const QByteArray &recordId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).recordId == recordId) {
            return row;
        }
    }
    return -1;
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const services::HistoryItem &item = m_items.at(index.row());
    const core::HistoryEntry &h = item.entry;
    switch (role) {
    case SortRole:
        switch (index.column()) {
        case Onset: return h.onsetDate;
        case Updated: return item.current.authorship.writtenAt;
        case Version: return item.current.version;
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::ForegroundRole:
        return h.status == core::ProblemStatus::Active ? QVariant() : QVariant(QColor(0x5f, 0x6b, 0x73));
    case Qt::ToolTipRole:
        if (index.column() == Condition && !h.description.isEmpty()) {
            return h.description;
        }
        if (index.column() == Code && !h.code.isEmpty()) {
            return codeSystemDisplayName(h.codeSystem);
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Condition: return isolated(h.condition);
        case Code:
            return h.code.isEmpty() ? QStringLiteral("—")
                                    : QStringLiteral("%1 (%2)").arg(isolated(h.code), isolated(codeSystemDisplayName(h.codeSystem)));
        case Status: return core::problemStatusDisplayName(h.status);
        case Onset: return formatDate(h.onsetDate);
        case Updated: return formatDateTime(item.current.authorship.writtenAt);
        case UpdatedBy: return isolated(item.current.authorship.authorName);
        case Version: return QLocale().toString(item.current.version);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Condition: return tr("Condition");
    case Code: return tr("Code");
    case Status: return tr("Status");
    case Onset: return tr("Onset");
    case Updated: return tr("Last updated");
    case UpdatedBy: return tr("By");
    case Version: return tr("Version");
    default: return {};
    }
}

} // namespace careledger::ui
