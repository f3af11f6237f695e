#include "ui/PrescriptionTableModel.h"

#include "ui/RecordsUi.h"

#include <QColor>
#include <QLocale>

namespace careledger::ui {

PrescriptionTableModel::PrescriptionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PrescriptionTableModel::setItems(QList<services::PrescriptionItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

std::optional<services::PrescriptionItem> PrescriptionTableModel::itemAt(int row) const
{
    if (row < 0 || row >= m_items.size()) {
        return std::nullopt;
    }
    return m_items.at(row);
}

int PrescriptionTableModel::rowOfRecord(const QByteArray &recordId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).recordId == recordId) {
            return row;
        }
    }
    return -1;
}

int PrescriptionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PrescriptionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrescriptionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const services::PrescriptionItem &item = m_items.at(index.row());
    const core::Prescription &p = item.prescription;
    const bool final = core::isFinal(p.status);
    switch (role) {
    case FinalRole:
        return final;
    case SortRole:
        switch (index.column()) {
        case Duration: return p.durationDays;
        case PrescribedOn: return p.prescribedOn;
        case Version: return item.current.version;
        case Status: return int(p.status);
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::ForegroundRole:
        return final ? QVariant(QColor(0x5f, 0x6b, 0x73)) : QVariant();
    case Qt::ToolTipRole:
        if (!p.instructions.isEmpty()) {
            return p.instructions;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Medication:
            return QStringLiteral("%1 · %2").arg(isolated(p.medication + QLatin1Char(' ') + p.strength),
                                                  isolated(core::formDisplayName(p.form)));
        case Dose: return QStringLiteral("%1 %2").arg(formatNumber(p.dose), isolated(unitDisplayName(p.doseUnit)));
        case Route: return isolated(core::routeDisplayName(p.route));
        case Frequency: return isolated(frequencyDisplayName(p.frequency));
        case Duration: return QLocale().toString(p.durationDays);
        case Status: return core::prescriptionStatusDisplayName(p.status);
        case PrescribedOn: return formatDate(p.prescribedOn);
        case Prescriber: return isolated(item.prescriberName);
        case Version: return QLocale().toString(item.current.version);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant PrescriptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Medication: return tr("Medication");
    case Dose: return tr("Dose");
    case Route: return tr("Route");
    case Frequency: return tr("Frequency");
    case Duration: return tr("Days");
    case Status: return tr("Status");
    case PrescribedOn: return tr("Date");
    case Prescriber: return tr("Prescriber");
    case Version: return tr("Version");
    default: return {};
    }
}

} // namespace careledger::ui
