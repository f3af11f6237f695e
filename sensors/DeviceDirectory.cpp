#include "DeviceDirectory.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSet>

namespace careledger::sensors {

namespace {

bool validDeviceId(QByteArrayView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (char c : id) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                        c == '_' || c == '.' || c == ':';
        if (!ok)
            return false;
    }
    return true;
}

bool isEui64(QByteArrayView id)
{
    if (id.size() != 16)
        return false;
    for (char c : id) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

int nibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Straight into wiped memory: the key never sits in an implicitly shared QByteArray.
core::SecureBytes parseKeyHex(QByteArrayView hex)
{
    if (hex.size() != 2 * kDeviceKeyBytes)
        return {};
    core::SecureBytes key(static_cast<std::size_t>(kDeviceKeyBytes));
    for (qsizetype i = 0; i < kDeviceKeyBytes; ++i) {
        const int hi = nibble(hex[2 * i]);
        const int lo = nibble(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return {};
        key.data()[i] = static_cast<unsigned char>((hi << 4) | lo);
    }
    return key;
}

} // namespace

void InMemoryDeviceDirectory::addNative(const QString &deviceId, const core::SecureBytes &key, bool paired)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(deviceId, Entry{std::make_shared<const core::SecureBytes>(key.clone()), paired, false});
}

void InMemoryDeviceDirectory::addHl7(const QString &deviceId, bool paired)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.insert(deviceId, Entry{std::make_shared<const core::SecureBytes>(), paired, true});
}

void InMemoryDeviceDirectory::setPaired(const QString &deviceId, bool paired)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.find(deviceId);
    if (it != m_entries.end())
        it->paired = paired;
}

void InMemoryDeviceDirectory::remove(const QString &deviceId)
{
    const QMutexLocker lock(&m_mutex);
    m_entries.remove(deviceId);
}

std::optional<DeviceCredentials> InMemoryDeviceDirectory::lookup(const QString &deviceId) const
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(deviceId);
    if (it == m_entries.constEnd())
        return std::nullopt;
    DeviceCredentials credentials;
    credentials.key = it->key->clone();
    credentials.paired = it->paired;
    credentials.hl7 = it->hl7;
    return credentials;
}

ProvisioningFile parseProvisioningFile(QByteArrayView text)
{
    ProvisioningFile out;
    QSet<QString> seen;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        ++lineNumber;
        const qsizetype hash = line.indexOf('#');
        if (hash >= 0)
            line = line.first(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> words = line.toByteArray().simplified().split(' ');
        const QString where = QCoreApplication::translate("Gateway", "line %1").arg(lineNumber);
        if (words.size() != 2) {
            out.problems.append(
                QCoreApplication::translate("Gateway", "%1: expected “<device-id> <key>” or “<EUI-64> hl7”.")
                    .arg(where));
            continue;
        }
        if (!validDeviceId(words[0])) {
            out.problems.append(
                QCoreApplication::translate("Gateway", "%1: the device id is 1 to 64 characters of A-Z a-z 0-9 - _ . :")
                    .arg(where));
            continue;
        }
        ProvisionedDevice device;
        device.id = QString::fromLatin1(words[0]);
        if (words[1] == "hl7") {
            if (!isEui64(words[0])) {
                out.problems.append(
                    QCoreApplication::translate("Gateway", "%1: an HL7 monitor is named by its EUI-64 (16 hex digits).")
                        .arg(where));
                continue;
            }
            device.id = device.id.toUpper();
            device.hl7 = true;
        } else {
            device.key = parseKeyHex(words[1]);
            if (device.key.isEmpty()) {
                out.problems.append(
                    QCoreApplication::translate("Gateway", "%1: the key must be 64 hexadecimal digits (256 bits).")
                        .arg(where));
                continue;
            }
        }
        if (seen.contains(device.id)) {
            out.problems.append(
                QCoreApplication::translate("Gateway", "%1: device %2 is listed twice; the first entry is used.")
                    .arg(where, device.id));
            continue;
        }
        seen.insert(device.id);
        out.devices.push_back(std::move(device));
    }
    return out;
}

} // namespace careledger::sensors
