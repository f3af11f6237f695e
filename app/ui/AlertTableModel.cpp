#include "ui/AlertTableModel.h"

#include "ui/RecordsUi.h"
#include "ui/VitalsUi.h"

#include <QFont>

namespace careledger::ui {

AlertTableModel::AlertTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlertTableModel::setAlerts(QList<services::AlertInfo> alerts)
{
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

const services::AlertInfo *AlertTableModel::alertAt(int row) const
{
    return row >= 0 && row < m_alerts.size() ? &m_alerts.at(row) : nullptr;
}

int AlertTableModel::rowOf(const QByteArray &alertId) const
{
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts.at(row).id == alertId) {
            return row;
        }
    }
    return -1;
}

int AlertTableModel::waitingCount() const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(),
                             [](const services::AlertInfo &a) { return a.state == services::AlertState::Active; }));
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size()) {
        return {};
    }
    const services::AlertInfo &a = m_alerts.at(index.row());
    const int column = index.column();
    const bool waiting = a.state == services::AlertState::Active;
    switch (role) {
    case IdRole:
        return a.id;
    case StateRole:
        return int(a.state);
    case SortRole:
        switch (column) {
        // Waiting first, then by priority, then newest: what needs a person most.
        case Priority: return (waiting ? 100 : 0) + int(a.priority) * 10 + (a.escalated ? 1 : 0);
        case Raised: return a.raisedAt.toMSecsSinceEpoch();
        case State: return int(a.state) * 2 + (a.escalated ? 0 : 1);
        case Acknowledged: return a.acknowledgedAt.isValid() ? a.acknowledgedAt.toMSecsSinceEpoch() : 0;
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::BackgroundRole:
        if (column == Priority && a.state != services::AlertState::Resolved) {
            return alarmFill(a.priority);
        }
        if (waiting && a.priority == core::AlarmPriority::High) {
            return alarmRowTint(core::AlarmPriority::High);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Priority && a.state != services::AlertState::Resolved) {
            return alarmText(a.priority);
        }
        if (waiting && a.priority == core::AlarmPriority::High) {
            return QColor(0x8c, 0x1d, 0x18);
        }
        if (a.state == services::AlertState::Resolved) {
            return QColor(0x5f, 0x6b, 0x73);
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(waiting && (column == Priority || a.priority == core::AlarmPriority::High));
        font.setItalic(a.technical && (column == Kind || column == Condition));
        return font;
    }
    case Qt::ToolTipRole:
        if (column == Condition) {
            return a.text;
        }
        if (column == State && a.state == services::AlertState::Resolved && a.resolvedAt.isValid()) {
            return tr("Resolved at %1").arg(formatDateTimeWithSeconds(a.resolvedAt));
        }
        if (column == Acknowledged && !a.acknowledgedBy.isEmpty()) {
            return tr("%1, %2").arg(a.acknowledgedBy, formatDateTimeWithSeconds(a.acknowledgedAt));
        }
        if (column == Kind && a.technical) {
            return tr("A problem with the equipment, not the patient's condition: check the device and sensor.");
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Priority: return priorityText(a.priority);
        case Kind: return a.technical ? tr("Technical") : tr("Clinical");
        case Patient: return a.patientName.isEmpty() ? QStringLiteral("—") : isolated(a.patientName);
        case Mrn: return a.mrn;
        case Condition: return isolated(a.text);
        case Raised: return formatAlertTime(a.raisedAt);
        case State:
            return a.escalated ? tr("%1, escalated").arg(services::alertStateDisplayName(a.state))
                               : services::alertStateDisplayName(a.state);
        case Acknowledged:
            if (a.acknowledgedBy.isEmpty()) {
                return QStringLiteral("—");
            }
            return tr("%1, %2").arg(isolated(a.acknowledgedBy), formatAlertTime(a.acknowledgedAt));
        default: return {};
        }
    default:
        return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Priority: return tr("Priority");
    case Kind: return tr("Kind");
    case Patient: return tr("Patient");
    case Mrn: return tr("MRN");
    case Condition: return tr("Condition");
    case Raised: return tr("Raised");
    case State: return tr("State");
    case Acknowledged: return tr("Acknowledged by");
    default: return {};
    }
}

} // namespace careledger::ui
