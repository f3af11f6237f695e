#include "ui/AuditTableModel.h"

#include "ui/RecordsUi.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace careledger::ui {

namespace {
const QColor kBreakGlassBackground(0xfb, 0xe3, 0xe1);
const QColor kRefusedText(0x8c, 0x1d, 0x18);
} // namespace

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(QList<services::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

std::optional<services::AuditEntry> AuditTableModel::entryAt(int row) const
{
    if (row < 0 || row >= m_entries.size()) {
        return std::nullopt;
    }
    return m_entries.at(row);
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::roleText(const QString &roleId)
{
    if (const auto role = services::roleFromId(roleId)) {
        return services::roleDisplayName(*role);
    }
    if (roleId == QLatin1String("patient")) {
        return tr("Patient");
    }
    return roleId;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const services::AuditEntry &e = m_entries.at(index.row());
    switch (role) {
    case BreakGlassRole:
        return e.breakGlass;
    case RefusedRole:
        return e.refused;
    case SortRole:
        switch (index.column()) {
        case Time: return e.sequence;
        case BreakGlass: return e.breakGlass;
        case Refused: return e.refused;
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::BackgroundRole:
        return e.breakGlass ? QVariant(kBreakGlassBackground) : QVariant();
    case Qt::ForegroundRole:
        if (e.refused && (index.column() == Refused || index.column() == Action)) {
            return kRefusedText;
        }
        return {};
    case Qt::FontRole:
        if ((e.breakGlass && index.column() == BreakGlass) || (e.refused && index.column() == Refused)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (e.breakGlass && index.column() == BreakGlass) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        if (e.refused && index.column() == Refused) {
            return QApplication::style()->standardIcon(QStyle::SP_BrowserStop);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == BreakGlass && e.breakGlass) {
            return tr("Done through emergency access");
        }
        if (index.column() == Time) {
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        }
        if (index.column() == Detail && !e.detail.isEmpty()) {
            return e.detail;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Time: return formatDateTimeWithSeconds(e.at);
        case User: return e.actorUsername.isEmpty() ? tr("(patient)") : isolated(e.actorUsername);
        case RoleColumn: return roleText(e.actorRole);
        case Action: return auditActionDisplayName(e.action);
        case PatientMrn:
            if (e.patientMrn == QLatin1String("erased")) {
                return tr("erased");
            }
            return e.patientMrn.isEmpty() ? QStringLiteral("—") : e.patientMrn;
        case WorkstationColumn: return isolated(e.workstation);
        case BreakGlass: return e.breakGlass ? tr("Yes", "emergency access") : QString();
        case Refused: return e.refused ? tr("Refused") : QString();
        case Detail: return isolated(e.detail);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time: return tr("Time");
    case User: return tr("User");
    case RoleColumn: return tr("Role");
    case Action: return tr("Action");
    case PatientMrn: return tr("Patient MRN");
    case WorkstationColumn: return tr("Workstation");
    case BreakGlass: return tr("Emergency");
    case Refused: return tr("Refused");
    case Detail: return tr("Detail");
    default: return {};
    }
}

} // namespace careledger::ui
