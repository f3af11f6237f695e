#pragma once

#include "services/DeviceService.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace careledger::ui {

// Registered bedside devices as DeviceService listed them, with the record number of the
// patient each one is paired with now; the page refreshes it after every change.
class DeviceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DeviceId, Type, Model, Serial, Registered, Patient, PairedSince, ColumnCount };
    enum DataRole { DeviceIdRole = Qt::UserRole + 1, SortRole, FilterRole, PairedRole };

    explicit DeviceTableModel(QObject *parent = nullptr);

    // `mrns`: record number of each currently paired patient, by pseudonym.
    void setDevices(QList<services::DeviceInfo> devices, QHash<services::PatientId, QString> mrns);
    void clear();
    const QList<services::DeviceInfo> &devices() const { return m_devices; }
    std::optional<services::DeviceInfo> deviceAt(int row) const;
    int rowOfDevice(const QString &deviceId) const;
    QString mrnOf(const services::PatientId &patient) const { return m_mrns.value(patient); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<services::DeviceInfo> m_devices;
    QHash<services::PatientId, QString> m_mrns;
};

// The device types offered when registering: stored in English (the id), shown translated.
QStringList deviceTypeIds();
QString deviceTypeDisplayName(const QString &typeId); // unknown ids as stored

} // namespace careledger::ui
