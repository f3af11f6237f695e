#include "ui/DeviceTableModel.h"

#include "ui/RecordsUi.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace careledger::ui {

QStringList deviceTypeIds()
{
    return {QStringLiteral("multiparameter-monitor"), QStringLiteral("pulse-oximeter"), QStringLiteral("thermometer"),
            QStringLiteral("bp-cuff"),                QStringLiteral("glucometer"),     QStringLiteral("emg-sensor"),
            QStringLiteral("other")};
}

QString deviceTypeDisplayName(const QString &typeId)
{
    const auto t = [](const char *text) { return QCoreApplication::translate("DeviceTypes", text); };
    if (typeId == QLatin1String("multiparameter-monitor")) return t("Multiparameter monitor");
    if (typeId == QLatin1String("pulse-oximeter")) return t("Pulse oximeter");
    if (typeId == QLatin1String("thermometer")) return t("Thermometer");
    if (typeId == QLatin1String("bp-cuff")) return t("Blood pressure cuff");
    if (typeId == QLatin1String("glucometer")) return t("Glucometer");
    if (typeId == QLatin1String("emg-sensor")) return t("EMG sensor");
    if (typeId == QLatin1String("other")) return t("Other");
    return typeId;
}

DeviceTableModel::DeviceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DeviceTableModel::setDevices(QList<services::DeviceInfo> devices, QHash<services::PatientId, QString> mrns)
{
    beginResetModel();
    m_devices = std::move(devices);
    m_mrns = std::move(mrns);
    endResetModel();
}

void DeviceTableModel::clear()
{
    setDevices({}, {});
}

std::optional<services::DeviceInfo> DeviceTableModel::deviceAt(int row) const
{
    if (row < 0 || row >= m_devices.size()) {
        return std::nullopt;
    }
    return m_devices.at(row);
}

int DeviceTableModel::rowOfDevice(const QString &deviceId) const
{
    for (int row = 0; row < m_devices.size(); ++row) {
        if (m_devices.at(row).deviceId == deviceId) {
            return row;
        }
    }
    return -1;
}

int DeviceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size()) {
        return {};
    }
    const services::DeviceInfo &d = m_devices.at(index.row());
    switch (role) {
    case DeviceIdRole:
        return d.deviceId;
    case PairedRole:
        return d.current.has_value();
    case FilterRole: {
        QStringList words{d.deviceId, deviceTypeDisplayName(d.type), d.model, d.serial};
        if (d.current) {
            words << m_mrns.value(d.current->patient);
        }
        return words.join(QLatin1Char('\n'));
    }
    case SortRole:
        if (index.column() == Registered) {
            return d.registeredAt;
        }
        if (index.column() == PairedSince) {
            return d.current ? d.current->from : QDateTime();
        }
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case Qt::FontRole:
        if (index.column() == DeviceId) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceId: return d.deviceId;
        case Type: return deviceTypeDisplayName(d.type);
        case Model: return isolated(d.model);
        case Serial: return isolated(d.serial);
        case Registered: return formatDateTime(d.registeredAt);
        case Patient:
            if (!d.current) {
                return tr("Not paired");
            }
            return m_mrns.contains(d.current->patient) ? isolated(m_mrns.value(d.current->patient)) : tr("Unknown patient");
        case PairedSince: return d.current ? formatDateTime(d.current->from) : QString();
        default: return {};
        }
    case Qt::ForegroundRole:
        return index.column() == Patient && !d.current ? QVariant(QColor(0x7a, 0x86, 0x8e)) : QVariant();
    default:
        return {};
    }
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DeviceId: return tr("Device id");
    case Type: return tr("Type");
    case Model: return tr("Model");
    case Serial: return tr("Serial number");
    case Registered: return tr("Registered");
    case Patient: return tr("Patient (MRN)");
    case PairedSince: return tr("Paired since");
    default: return {};
    }
}

} // namespace careledger::ui
