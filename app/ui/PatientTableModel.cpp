#include "ui/PatientTableModel.h"

#include "ui/RecordsUi.h"

#include <QColor>
#include <QFont>

namespace careledger::ui {

PatientTableModel::PatientTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PatientTableModel::setPatients(QList<services::PatientSummary> patients)
{
    beginResetModel();
    m_patients = std::move(patients);
    endResetModel();
}

std::optional<services::PatientSummary> PatientTableModel::patientAt(int row) const
{
    if (row < 0 || row >= m_patients.size()) {
        return std::nullopt;
    }
    return m_patients.at(row);
}

int PatientTableModel::rowOfId(const services::PatientId &id) const
{
    for (int row = 0; row < m_patients.size(); ++row) {
        if (m_patients.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int PatientTableModel::rowOfMrn(const QString &mrn) const
{
    for (int row = 0; row < m_patients.size(); ++row) {
        if (m_patients.at(row).mrn == mrn) {
            return row;
        }
    }
    return -1;
}

int PatientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.size());
}

int PatientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_patients.size()) {
        return {};
    }
    const services::PatientSummary &p = m_patients.at(index.row());
    switch (role) {
    case AccessibleRole:
        return p.accessible;
    case SortRole:
        switch (index.column()) {
        case BirthDate: return p.birthDate;
        case Registered: return p.registeredAt;
        default: return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::ForegroundRole:
        return p.accessible ? QVariant() : QVariant(QColor(0x5f, 0x6b, 0x73));
    case Qt::FontRole:
        if (!p.accessible && index.column() == FamilyName) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ToolTipRole:
        if (!p.accessible) {
            return tr("You have no access to this patient's record.");
        }
        if (p.breakGlassActive) {
            return tr("You see this record through emergency access.");
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Mrn: return p.mrn;
        case FamilyName:
            if (!p.accessible) {
                return tr("No access");
            }
            return p.breakGlassActive ? tr("%1 (emergency access)").arg(isolated(p.familyName)) : isolated(p.familyName);
        case GivenName: return p.accessible ? isolated(p.givenName) : QString();
        case BirthDate: return p.accessible ? formatDate(p.birthDate) : QStringLiteral("—");
        case SexColumn: return p.accessible ? core::sexDisplayName(p.sex) : QStringLiteral("—");
        case Registered: return formatDate(p.registeredAt.toLocalTime().date());
        default: return {};
        }
    default:
        return {};
    }
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Mrn: return tr("MRN");
    case FamilyName: return tr("Family name");
    case GivenName: return tr("Given name");
    case BirthDate: return tr("Date of birth");
    case SexColumn: return tr("Sex");
    case Registered: return tr("Registered");
    default: return {};
    }
}

} // namespace careledger::ui
