#pragma once

// Decides whether a decoded frame may become a reading: the device is registered and
// paired, the frame is authentic (CLV1: HMAC-SHA256 with the device key; HL7: registration
// only), it is newer than everything the device sent before, its timestamp is close to
// the workstation's clock, and no value is physically impossible.

#include "DeviceDirectory.h"
#include "GatewayFrameCodec.h"

#include <QHash>

#include <array>

namespace careledger::sensors {

struct AuthenticatorOptions {
    qint64 maxAgeMs = 5 * 60 * 1000;   // older than now - maxAge: stale
    qint64 maxAheadMs = 5 * 60 * 1000; // newer than now + maxAhead: future
};

// The range outside which a value cannot come from a living patient or a working sensor
// (docs/gateway-protocol.md §5). Wider than the alert engine's "implausible" band on
// purpose: a reading refused here is lost, so only the impossible is refused.
struct PlausibleRange {
    double min;
    double max;
};

class DeviceAuthenticator {
public:
    static constexpr int kReplayMemory = 64; // recently accepted sequences told apart from late ones

    explicit DeviceAuthenticator(const DeviceDirectory &directory, AuthenticatorOptions options = {});

    // CLV1: unknown device, unpaired, HL7-only device, MAC, sequence, time window, values.
    GatewayResult<void> authenticate(const NativeFrame &frame, qint64 nowMs);
    // HL7: unknown device, unpaired, device with a key, control id / time monotonicity,
    // time window, values. The device's state advances only when everything passed, so a
    // forged message cannot push it forward and lock the real monitor out.
    GatewayResult<void> authenticate(const Reading &hl7Reading, qint64 nowMs);

    // Restores the newest accepted sequence (HL7: observation time) after a restart, from
    // what the workstation stored, so old frames cannot be replayed into a fresh process.
    void seed(const QString &deviceId, quint64 lastSequence);
    std::optional<quint64> lastSequence(const QString &deviceId) const;

    static PlausibleRange plausibleRange(VitalParameter parameter);
    static GatewayResult<void> checkPlausible(const Reading &reading);

private:
    struct DeviceState {
        quint64 last = 0;
        std::array<quint64, kReplayMemory> recent{}; // ring of accepted sequences
        int recentCount = 0;
        int recentNext = 0;
        std::array<QString, 16> recentControlIds; // HL7 retransmissions
        int controlNext = 0;
    };

    GatewayResult<void> checkSequence(const DeviceState *state, quint64 sequence, const QString &deviceId) const;
    GatewayResult<void> checkTime(qint64 measuredAtMs, qint64 nowMs) const;
    void remember(DeviceState &state, quint64 sequence);

    const DeviceDirectory &m_directory;
    AuthenticatorOptions m_options;
    QHash<QString, DeviceState> m_states; // only for devices that passed authentication
};

} // namespace careledger::sensors
