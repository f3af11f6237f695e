#pragma once

// Bedside devices: registration (a random 256-bit key shown once), pairing with a patient
// for a time range, unpairing, the list. Each change is on the chain (device register, pair,
// unpair) in the same commit as its rows. See docs/vitals.md.

#include "crypto/SecureBytes.h"
#include "services/PatientService.h"
#include "services/ServiceTypes.h"

#include <QList>
#include <QString>

#include <optional>

namespace careledger::services {

class Workstation;

struct DeviceRegistration {
    QString deviceId;       // what the device puts in its frames
    QByteArray keyHex;      // the device key, 64 hex digits: returned here once, never again
    QByteArray provisioningLine() const; // "<device-id> <64 hex digits>\n" (docs/gateway-protocol.md §5.1)
};

struct DevicePairing {
    PatientId patient;
    QDateTime from;
    QDateTime to; // invalid while current
    QString mrn;  // formatted record number, so a device list needs no patient read; empty once erased
};

struct DeviceInfo {
    QString deviceId;
    QString type;
    QString model;
    QString serial;
    QDateTime registeredAt;
    std::optional<DevicePairing> current;
    bool hl7 = false; // an HL7 monitor (no key; accepted on its registration and pairing)
};

class DeviceService {
public:
    explicit DeviceService(Workstation &workstation) : m_workstation(workstation) {}

    // Admins only. type, model and serial stay in the encrypted store.
    ServiceResult<DeviceRegistration> registerDevice(const QString &type, const QString &model, const QString &serial);
    // Writes the registration's provisioning line to a new file readable by its owner only (0600).
    static ServiceStatus writeProvisioningFile(const QString &path, const DeviceRegistration &registration);
    // Admins. An HL7 bedside monitor cannot sign its messages: it is known by the EUI-64 it
    // sends (16 hex digits; dashes and colons of a printed label are dropped) and accepted on
    // its registration and pairing alone. Returns the normalised id. AlreadyExists when taken.
    ServiceResult<QString> registerHl7Monitor(const QString &type, const QString &model, const QString &serial, const QString &eui64);

    // Admins (PatientAction::EditDemographics on the patient). A current pairing of the device
    // ends at `from`. `from` must not be before the device's latest pairing start.
    ServiceStatus pair(const QString &deviceId, const PatientId &patient, const QDateTime &from);
    ServiceStatus unpair(const QString &deviceId, const QDateTime &at);

    ServiceResult<QList<DeviceInfo>> devices(); // admins, doctors and nurses
    // Who the device's readings belonged to at `at`; nullopt when nobody. No access check:
    // for the ingest path.
    ServiceResult<std::optional<PatientId>> patientAt(const QString &deviceId, const QDateTime &at);

private:
    // key: the CLV1 device's key; null for an HL7 monitor.
    ServiceStatus registerWith(const QString &deviceId, const QString &type, const QString &model, const QString &serial,
                               const core::SecureBytes *key);
    Workstation &m_workstation;
};

} // namespace careledger::services
