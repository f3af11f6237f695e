#pragma once

// Keys, device ids and frame builders shared by the gateway tests.

#include "sensors/DeviceDirectory.h"
#include "sensors/GatewayFrameCodec.h"

#include <QByteArray>

namespace careledger::sensors::testing {

// A fixed "now" so every test is deterministic: 2026-03-02T09:00:00Z.
inline constexpr qint64 kNowMs = 1772442000000;

inline const QString kDeviceId = QStringLiteral("bed7-hub");
inline const QString kMonitorEui = QStringLiteral("0123456789ABCDEF");

inline core::SecureBytes testKey(char fill = 'k')
{
    return core::SecureBytes::fromView(QByteArray(kDeviceKeyBytes, fill));
}

inline Reading sampleReading(quint64 sequence = 1, qint64 measuredAtMs = kNowMs)
{
    Reading r;
    r.deviceId = kDeviceId;
    r.sequence = sequence;
    r.measuredAtMs = measuredAtMs;
    r.values = {
        {VitalParameter::HeartRate, ValueState::Measured, 72},
        {VitalParameter::SpO2, ValueState::Measured, 98},
        {VitalParameter::BodyTemperature, ValueState::Measured, 36.8},
        {VitalParameter::RespirationRate, ValueState::Measured, 14},
        {VitalParameter::SystolicBp, ValueState::Measured, 120},
        {VitalParameter::DiastolicBp, ValueState::Measured, 80},
        {VitalParameter::Glucose, ValueState::Measured, 110},
        {VitalParameter::Emg, ValueState::Measured, 0.4},
        {VitalParameter::OnOxygen, ValueState::Measured, 0},
    };
    return r;
}

// "CLV1 <device> <seq> <now> <fields>" signed with the test key.
inline QByteArray signedLine(const QByteArray &fields, quint64 sequence = 1, qint64 measuredAtMs = kNowMs,
                             const QString &deviceId = kDeviceId, const core::SecureBytes &key = testKey())
{
    const QByteArray head =
        "CLV1 " + deviceId.toLatin1() + ' ' + QByteArray::number(sequence) + ' ' + QByteArray::number(measuredAtMs);
    return GatewayFrameCodec::sign(QByteArray(head + ' ' + fields), key.view());
}

} // namespace careledger::sensors::testing
