#include "ui/WardTableModel.h"

#include "ui/RecordsUi.h"
#include "ui/VitalsUi.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace careledger::ui {

WardTableModel::WardTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void WardTableModel::setPatients(QList<services::MonitoredPatient> patients)
{
    // The proxy does the ordering: rows keep the order they had, so a refresh of the same
    // patients is a dataChanged and the view's selection stays where it is.
    bool sameSet = patients.size() == m_patients.size();
    QList<services::MonitoredPatient> reordered;
    reordered.reserve(patients.size());
    for (qsizetype i = 0; sameSet && i < m_patients.size(); ++i) {
        const auto it = std::find_if(patients.cbegin(), patients.cend(), [&](const services::MonitoredPatient &p) {
            return p.patient.id == m_patients.at(i).patient.id;
        });
        sameSet = it != patients.cend();
        if (sameSet) {
            reordered << *it;
        }
    }
    if (sameSet) {
        m_patients = std::move(reordered);
        if (!m_patients.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_patients = std::move(patients);
    endResetModel();
}

void WardTableModel::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
}

void WardTableModel::touchAges(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    if (!m_patients.isEmpty()) {
        Q_EMIT dataChanged(index(0, LastReading), index(rowCount() - 1, LastReading), {Qt::DisplayRole});
    }
}

const services::MonitoredPatient *WardTableModel::patientAt(int row) const
{
    return row >= 0 && row < m_patients.size() ? &m_patients.at(row) : nullptr;
}

int WardTableModel::rowOf(const services::PatientId &id) const
{
    for (int row = 0; row < m_patients.size(); ++row) {
        if (m_patients.at(row).patient.id == id) {
            return row;
        }
    }
    return -1;
}

int WardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.size());
}

int WardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 WardTableModel::severityKey(const services::MonitoredPatient &patient)
{
    const qint64 alert = patient.highestAlert ? qint64(*patient.highestAlert) : 0;
    const qint64 news2 = patient.news2 ? patient.news2->aggregate : -1;
    return alert * 1000 + news2 + 1;
}

std::optional<core::VitalSign> WardTableModel::signOf(int column) const
{
    switch (column) {
    case HeartRate: return core::VitalSign::HeartRate;
    case SpO2: return core::VitalSign::SpO2;
    case Respiration: return core::VitalSign::RespirationRate;
    case Temperature: return core::VitalSign::Temperature;
    case BloodPressure: return core::VitalSign::Systolic;
    default: return std::nullopt;
    }
}

std::optional<core::AlarmPriority> WardTableModel::flagOf(const services::MonitoredPatient &p, int column) const
{
    if (column == HighestAlert) {
        return p.highestAlert;
    }
    if (column == News2) {
        if (!p.news2) {
            return std::nullopt;
        }
        switch (p.news2->risk) {
        case core::News2Risk::High: return core::AlarmPriority::High;
        case core::News2Risk::Medium: return core::AlarmPriority::Medium;
        case core::News2Risk::LowMedium: return core::AlarmPriority::Low;
        case core::News2Risk::Low: return std::nullopt;
        }
        return std::nullopt;
    }
    const auto sign = signOf(column);
    if (!sign) {
        return std::nullopt;
    }
    const services::VitalTile *tile = findTile(p.tiles, *sign);
    std::optional<core::AlarmPriority> flag = tile ? tile->flag : std::nullopt;
    if (*sign == core::VitalSign::Systolic) {
        const services::VitalTile *diastolic = findTile(p.tiles, core::VitalSign::Diastolic);
        flag = worse(flag, diastolic ? diastolic->flag : std::nullopt);
    }
    return flag;
}

bool WardTableModel::sensorOff(const services::MonitoredPatient &p, int column) const
{
    const auto sign = signOf(column);
    const services::VitalTile *tile = sign ? findTile(p.tiles, *sign) : nullptr;
    return tile && tile->sensorOff;
}

QVariant WardTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_patients.size()) {
        return {};
    }
    const services::MonitoredPatient &p = m_patients.at(index.row());
    const int column = index.column();
    switch (role) {
    case SeverityRole:
        return severityKey(p);
    case PriorityRole: {
        const auto flag = flagOf(p, column);
        return flag ? QVariant(int(*flag)) : QVariant();
    }
    case SortRole:
        switch (column) {
        case News2: return p.news2 ? p.news2->aggregate : -1;
        case LastReading: return p.lastReadingAt.isValid() ? p.lastReadingAt.toMSecsSinceEpoch() : 0;
        case HighestAlert: return severityKey(p);
        case Link: return int(p.link);
        default:
            if (const auto sign = signOf(column)) {
                const services::VitalTile *tile = findTile(p.tiles, *sign);
                return tile ? tile->value : -1.0;
            }
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    case Qt::BackgroundRole:
        if (const auto flag = flagOf(p, column)) {
            return alarmFill(*flag);
        }
        if ((column == Link && p.link != services::DeviceLink::Receiving) || sensorOff(p, column)) {
            return silentFill();
        }
        return {};
    case Qt::ForegroundRole:
        if (const auto flag = flagOf(p, column)) {
            return alarmText(*flag);
        }
        if ((column == Link && p.link != services::DeviceLink::Receiving) || sensorOff(p, column)) {
            return silentText();
        }
        return {};
    case Qt::FontRole:
        if (column == News2 || (column == HighestAlert && p.highestAlert)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= News2 && column <= BloodPressure) {
            return int(Qt::AlignTrailing | Qt::AlignVCenter);
        }
        return {};
    case Qt::ToolTipRole:
        if (column == News2 && p.news2) {
            return p.news2->summary();
        }
        if (column == Link && !p.deviceId.isEmpty()) {
            return tr("Device %1").arg(p.deviceId);
        }
        if (column == HighestAlert && p.activeAlerts > 0) {
            return tr("%n alert(s) not resolved", nullptr, p.activeAlerts);
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Patient: return patientDisplayName(p.patient);
        case Mrn: return p.patient.mrn;
        case Link: return linkText(p.link);
        case News2:
            if (!p.news2) {
                return QStringLiteral("—");
            }
            // A partial score is a lower bound: never shown as if complete.
            return p.news2->partial() ? tr("≥ %1").arg(QLocale().toString(p.news2->aggregate))
                                      : QLocale().toString(p.news2->aggregate);
        case LastReading: return formatAge(p.lastReadingAt, m_now);
        case HighestAlert:
            if (!p.highestAlert) {
                return QStringLiteral("—");
            }
            return p.activeAlerts > 1 ? tr("%1 (%2)").arg(priorityText(*p.highestAlert), QLocale().toString(p.activeAlerts))
                                      : priorityText(*p.highestAlert);
        default:
            if (const auto sign = signOf(column)) {
                QString text = tileNumber(p.tiles, *sign);
                const services::VitalTile *tile = findTile(p.tiles, *sign);
                if (tile && tile->sensorOff) {
                    text = tr("%1 (off)").arg(text);
                }
                return text;
            }
            return {};
        }
    default:
        return {};
    }
}

QVariant WardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Patient: return tr("Patient");
    case Mrn: return tr("MRN");
    case Link: return tr("Device");
    case News2: return tr("NEWS2");
    case HeartRate: return tr("HR /min");
    case SpO2: return tr("SpO2 %");
    case Respiration: return tr("RR /min");
    case Temperature: return tr("Temp °C");
    case BloodPressure: return tr("BP mmHg");
    case LastReading: return tr("Last reading");
    case HighestAlert: return tr("Highest alert");
    default: return {};
    }
}

} // namespace careledger::ui
