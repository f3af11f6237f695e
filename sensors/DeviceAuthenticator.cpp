#include "DeviceAuthenticator.h"

#include "crypto/Crypto.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace careledger::sensors {

namespace {

Rejection reject(RejectionReason reason, QString detail)
{
    return Rejection{reason, std::move(detail)};
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

DeviceAuthenticator::DeviceAuthenticator(const DeviceDirectory &directory, AuthenticatorOptions options)
    : m_directory(directory), m_options(options)
{
}

PlausibleRange DeviceAuthenticator::plausibleRange(VitalParameter parameter)
{
    switch (parameter) {
    case VitalParameter::HeartRate:
        return {0.0, 350.0}; // 0 = asystole, must get through
    case VitalParameter::SpO2:
        return {0.0, 100.0};
    case VitalParameter::BodyTemperature:
        return {15.0, 45.0}; // °C
    case VitalParameter::RespirationRate:
        return {0.0, 200.0}; // 0 = apnoea
    case VitalParameter::SystolicBp:
        return {0.0, 400.0};
    case VitalParameter::DiastolicBp:
        return {0.0, 300.0};
    case VitalParameter::Glucose:
        return {0.0, 3000.0}; // mg/dL
    case VitalParameter::Emg:
        return {0.0, 5000.0}; // mV
    case VitalParameter::OnOxygen:
        return {0.0, 1.0};
    }
    return {0.0, 0.0};
}

GatewayResult<void> DeviceAuthenticator::checkPlausible(const Reading &reading)
{
    for (const VitalValue &v : reading.values) {
        if (v.state != ValueState::Measured)
            continue;
        const PlausibleRange range = plausibleRange(v.parameter);
        if (!std::isfinite(v.value) || v.value < range.min || v.value > range.max) {
            return reject(RejectionReason::ImplausibleValue,
                          QCoreApplication::translate(
                              "Gateway", "%1 %2 %3 is outside %4–%5, which no patient or working sensor produces.")
                              .arg(parameterName(v.parameter), number(v.value), canonicalUnit(v.parameter),
                                   number(range.min), number(range.max)));
        }
    }
    const auto systolic = reading.measured(VitalParameter::SystolicBp);
    const auto diastolic = reading.measured(VitalParameter::DiastolicBp);
    if (systolic && diastolic && *diastolic > *systolic) {
        return reject(
            RejectionReason::ImplausibleValue,
            QCoreApplication::translate("Gateway", "Diastolic pressure %1 mm[Hg] is above systolic pressure %2 mm[Hg].")
                .arg(number(*diastolic), number(*systolic)));
    }
    return {};
}

GatewayResult<void> DeviceAuthenticator::checkSequence(const DeviceState *state, quint64 sequence,
                                                       const QString &deviceId) const
{
    if (!state || sequence > state->last)
        return {};
    const bool known = sequence == state->last ||
                       std::find(state->recent.begin(), state->recent.begin() + state->recentCount, sequence) !=
                           state->recent.begin() + state->recentCount;
    if (known)
        return reject(
            RejectionReason::ReplayedSequence,
            QCoreApplication::translate("Gateway", "Device %1 already sent sequence %2.").arg(deviceId).arg(sequence));
    return reject(RejectionReason::OutOfOrderSequence,
                  QCoreApplication::translate("Gateway", "Device %1 sent sequence %2 after %3.")
                      .arg(deviceId)
                      .arg(sequence)
                      .arg(state->last));
}

GatewayResult<void> DeviceAuthenticator::checkTime(qint64 measuredAtMs, qint64 nowMs) const
{
    if (measuredAtMs < nowMs - m_options.maxAgeMs)
        return reject(
            RejectionReason::StaleTimestamp,
            QCoreApplication::translate("Gateway", "Measured %1 s before the workstation's clock; the limit is %2 s.")
                .arg((nowMs - measuredAtMs) / 1000)
                .arg(m_options.maxAgeMs / 1000));
    if (measuredAtMs > nowMs + m_options.maxAheadMs)
        return reject(
            RejectionReason::FutureTimestamp,
            QCoreApplication::translate("Gateway", "Measured %1 s after the workstation's clock; the limit is %2 s.")
                .arg((measuredAtMs - nowMs) / 1000)
                .arg(m_options.maxAheadMs / 1000));
    return {};
}

void DeviceAuthenticator::remember(DeviceState &state, quint64 sequence)
{
    state.last = std::max(state.last, sequence);
    state.recent[static_cast<std::size_t>(state.recentNext)] = sequence;
    state.recentNext = (state.recentNext + 1) % kReplayMemory;
    state.recentCount = std::min(state.recentCount + 1, kReplayMemory);
}

GatewayResult<void> DeviceAuthenticator::authenticate(const NativeFrame &frame, qint64 nowMs)
{
    const Reading &reading = frame.reading;
    const auto credentials = m_directory.lookup(reading.deviceId);
    if (!credentials)
        return reject(RejectionReason::UnknownDevice,
                      QCoreApplication::translate("Gateway", "Device %1 is not registered.").arg(reading.deviceId));
    if (!credentials->paired)
        return reject(
            RejectionReason::UnpairedDevice,
            QCoreApplication::translate("Gateway", "Device %1 is not paired with a patient.").arg(reading.deviceId));
    if (credentials->hl7 || credentials->key.size() != static_cast<std::size_t>(kDeviceKeyBytes))
        return reject(
            RejectionReason::DialectNotAllowed,
            QCoreApplication::translate("Gateway", "Device %1 is registered as an HL7 monitor and has no key.")
                .arg(reading.deviceId));

    const QByteArray expected = core::hmacSha256(credentials->key.view(), frame.signedPart);
    if (!core::constantTimeEqual(expected, frame.mac))
        return reject(RejectionReason::BadMac,
                      QCoreApplication::translate("Gateway", "The MAC of device %1 does not match its key.")
                          .arg(reading.deviceId));

    const auto it = m_states.find(reading.deviceId);
    if (auto fresh = checkSequence(it == m_states.end() ? nullptr : &*it, reading.sequence, reading.deviceId); !fresh)
        return fresh;
    // Authentic and new: the sequence is used up even if the content is refused below, so
    // the same frame can never be tried again.
    remember(it == m_states.end() ? m_states[reading.deviceId] : *it, reading.sequence);

    if (auto time = checkTime(reading.measuredAtMs, nowMs); !time)
        return time;
    return checkPlausible(reading);
}

GatewayResult<void> DeviceAuthenticator::authenticate(const Reading &reading, qint64 nowMs)
{
    const auto credentials = m_directory.lookup(reading.deviceId);
    if (!credentials)
        return reject(RejectionReason::UnknownDevice,
                      QCoreApplication::translate("Gateway", "Device %1 is not registered.").arg(reading.deviceId));
    if (!credentials->paired)
        return reject(
            RejectionReason::UnpairedDevice,
            QCoreApplication::translate("Gateway", "Device %1 is not paired with a patient.").arg(reading.deviceId));
    if (!credentials->hl7)
        return reject(RejectionReason::DialectNotAllowed,
                      QCoreApplication::translate(
                          "Gateway", "Device %1 signs its frames; an unsigned HL7 message in its name is refused.")
                          .arg(reading.deviceId));

    const auto it = m_states.find(reading.deviceId);
    const DeviceState *state = it == m_states.end() ? nullptr : &*it;
    if (state && !reading.controlId.isEmpty() &&
        std::find(state->recentControlIds.begin(), state->recentControlIds.end(), reading.controlId) !=
            state->recentControlIds.end())
        return reject(RejectionReason::ReplayedSequence,
                      QCoreApplication::translate("Gateway", "Message %1 from device %2 was already received.")
                          .arg(reading.controlId, reading.deviceId));
    if (auto fresh = checkSequence(state, reading.sequence, reading.deviceId); !fresh)
        return fresh;
    if (auto time = checkTime(reading.measuredAtMs, nowMs); !time)
        return time;
    if (auto plausible = checkPlausible(reading); !plausible)
        return plausible;

    DeviceState &accepted = m_states[reading.deviceId];
    remember(accepted, reading.sequence);
    accepted.recentControlIds[static_cast<std::size_t>(accepted.controlNext)] = reading.controlId;
    accepted.controlNext = (accepted.controlNext + 1) % static_cast<int>(accepted.recentControlIds.size());
    return {};
}

void DeviceAuthenticator::seed(const QString &deviceId, quint64 lastSequence)
{
    DeviceState &state = m_states[deviceId];
    state.last = std::max(state.last, lastSequence);
}

std::optional<quint64> DeviceAuthenticator::lastSequence(const QString &deviceId) const
{
    const auto it = m_states.constFind(deviceId);
    if (it == m_states.constEnd())
        return std::nullopt;
    return it->last;
}

} // namespace careledger::sensors
