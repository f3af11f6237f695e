#pragma once

// Who may send readings: device id -> 256-bit key and whether an administrator has paired
// it with a patient. The services implement DeviceDirectory over the store; the in-memory
// directory serves the tests, the benchmark and the simulator.

#include "crypto/SecureBytes.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace careledger::sensors {

inline constexpr qsizetype kDeviceKeyBytes = 32;

struct DeviceCredentials {
    core::SecureBytes key; // 32 bytes for native (CLV1) devices; empty for HL7 monitors
    bool paired = false;
    // An HL7 monitor cannot sign its messages: it is accepted on its registration alone.
    // A device registered with a key never is, so nobody can speak for it in HL7.
    bool hl7 = false;
};

class DeviceDirectory {
public:
    virtual ~DeviceDirectory() = default;
    // Called for every frame on the gateway reader's thread; must be safe against the
    // implementation's own writers on other threads. nullopt: no such device.
    virtual std::optional<DeviceCredentials> lookup(const QString &deviceId) const = 0;
};

class InMemoryDeviceDirectory final : public DeviceDirectory {
public:
    void addNative(const QString &deviceId, const core::SecureBytes &key, bool paired = true);
    void addHl7(const QString &deviceId, bool paired = true);
    void setPaired(const QString &deviceId, bool paired);
    void remove(const QString &deviceId);

    std::optional<DeviceCredentials> lookup(const QString &deviceId) const override;

private:
    struct Entry {
        std::shared_ptr<const core::SecureBytes> key;
        bool paired = false;
        bool hl7 = false;
    };
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

// Provisioning file shared by a gateway and the workstation (docs/gateway-protocol.md §6):
// one device per line, "<device-id> <64 hex digits>" for a CLV1 device or
// "<EUI-64> hl7" for an HL7 monitor; '#' starts a comment.
struct ProvisionedDevice {
    QString id;
    core::SecureBytes key; // empty for HL7 monitors
    bool hl7 = false;
};

struct ProvisioningFile {
    std::vector<ProvisionedDevice> devices;
    QStringList problems; // "line 3: ..." for every line that was skipped
};

ProvisioningFile parseProvisioningFile(QByteArrayView text);

} // namespace careledger::sensors
