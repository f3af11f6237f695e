#include "Reading.h"

#include "Rejection.h"

#include <QCoreApplication>

namespace careledger::sensors {

std::optional<VitalValue> Reading::find(VitalParameter parameter) const
{
    for (const VitalValue &v : values) {
        if (v.parameter == parameter)
            return v;
    }
    return std::nullopt;
}

std::optional<double> Reading::measured(VitalParameter parameter) const
{
    const auto v = find(parameter);
    if (!v || v->state != ValueState::Measured)
        return std::nullopt;
    return v->value;
}

QString canonicalUnit(VitalParameter parameter)
{
    switch (parameter) {
    case VitalParameter::HeartRate:
    case VitalParameter::RespirationRate:
        return QStringLiteral("/min");
    case VitalParameter::SpO2:
        return QStringLiteral("%");
    case VitalParameter::BodyTemperature:
        return QStringLiteral("Cel");
    case VitalParameter::SystolicBp:
    case VitalParameter::DiastolicBp:
        return QStringLiteral("mm[Hg]");
    case VitalParameter::Glucose:
        return QStringLiteral("mg/dL");
    case VitalParameter::Emg:
        return QStringLiteral("mV");
    case VitalParameter::OnOxygen:
        return QString();
    }
    return QString();
}

QString parameterKey(VitalParameter parameter)
{
    switch (parameter) {
    case VitalParameter::HeartRate:
        return QStringLiteral("heart-rate");
    case VitalParameter::SpO2:
        return QStringLiteral("spo2");
    case VitalParameter::BodyTemperature:
        return QStringLiteral("body-temperature");
    case VitalParameter::RespirationRate:
        return QStringLiteral("respiration-rate");
    case VitalParameter::SystolicBp:
        return QStringLiteral("systolic-bp");
    case VitalParameter::DiastolicBp:
        return QStringLiteral("diastolic-bp");
    case VitalParameter::Glucose:
        return QStringLiteral("glucose");
    case VitalParameter::Emg:
        return QStringLiteral("emg");
    case VitalParameter::OnOxygen:
        return QStringLiteral("on-oxygen");
    }
    return QString();
}

QString parameterName(VitalParameter parameter)
{
    switch (parameter) {
    case VitalParameter::HeartRate:
        return QCoreApplication::translate("Gateway", "heart rate");
    case VitalParameter::SpO2:
        return QCoreApplication::translate("Gateway", "SpO2");
    case VitalParameter::BodyTemperature:
        return QCoreApplication::translate("Gateway", "body temperature");
    case VitalParameter::RespirationRate:
        return QCoreApplication::translate("Gateway", "respiration rate");
    case VitalParameter::SystolicBp:
        return QCoreApplication::translate("Gateway", "systolic blood pressure");
    case VitalParameter::DiastolicBp:
        return QCoreApplication::translate("Gateway", "diastolic blood pressure");
    case VitalParameter::Glucose:
        return QCoreApplication::translate("Gateway", "glucose");
    case VitalParameter::Emg:
        return QCoreApplication::translate("Gateway", "EMG");
    case VitalParameter::OnOxygen:
        return QCoreApplication::translate("Gateway", "on oxygen");
    }
    return QString();
}

QString reasonKey(RejectionReason reason)
{
    switch (reason) {
    case RejectionReason::Garbage:
        return QStringLiteral("garbage");
    case RejectionReason::Oversized:
        return QStringLiteral("oversized");
    case RejectionReason::Truncated:
        return QStringLiteral("truncated");
    case RejectionReason::Malformed:
        return QStringLiteral("malformed");
    case RejectionReason::UnknownParameter:
        return QStringLiteral("unknown-parameter");
    case RejectionReason::DuplicateParameter:
        return QStringLiteral("duplicate-parameter");
    case RejectionReason::MissingUnit:
        return QStringLiteral("missing-unit");
    case RejectionReason::WrongUnit:
        return QStringLiteral("wrong-unit");
    case RejectionReason::NonNumericValue:
        return QStringLiteral("non-numeric-value");
    case RejectionReason::UnsupportedMessage:
        return QStringLiteral("unsupported-message");
    case RejectionReason::UnknownDevice:
        return QStringLiteral("unknown-device");
    case RejectionReason::UnpairedDevice:
        return QStringLiteral("unpaired-device");
    case RejectionReason::DialectNotAllowed:
        return QStringLiteral("dialect-not-allowed");
    case RejectionReason::BadMac:
        return QStringLiteral("bad-mac");
    case RejectionReason::ReplayedSequence:
        return QStringLiteral("replayed-sequence");
    case RejectionReason::OutOfOrderSequence:
        return QStringLiteral("out-of-order-sequence");
    case RejectionReason::StaleTimestamp:
        return QStringLiteral("stale-timestamp");
    case RejectionReason::FutureTimestamp:
        return QStringLiteral("future-timestamp");
    case RejectionReason::ImplausibleValue:
        return QStringLiteral("implausible-value");
    }
    return QStringLiteral("unknown");
}

QString reasonText(RejectionReason reason)
{
    switch (reason) {
    case RejectionReason::Garbage:
        return QCoreApplication::translate("Gateway", "Unrecognised bytes");
    case RejectionReason::Oversized:
        return QCoreApplication::translate("Gateway", "Frame too long");
    case RejectionReason::Truncated:
        return QCoreApplication::translate("Gateway", "Incomplete frame");
    case RejectionReason::Malformed:
        return QCoreApplication::translate("Gateway", "Malformed frame");
    case RejectionReason::UnknownParameter:
        return QCoreApplication::translate("Gateway", "Unknown parameter");
    case RejectionReason::DuplicateParameter:
        return QCoreApplication::translate("Gateway", "Duplicate parameter");
    case RejectionReason::MissingUnit:
        return QCoreApplication::translate("Gateway", "Missing unit");
    case RejectionReason::WrongUnit:
        return QCoreApplication::translate("Gateway", "Wrong unit");
    case RejectionReason::NonNumericValue:
        return QCoreApplication::translate("Gateway", "Value is not a number");
    case RejectionReason::UnsupportedMessage:
        return QCoreApplication::translate("Gateway", "Unsupported message");
    case RejectionReason::UnknownDevice:
        return QCoreApplication::translate("Gateway", "Unknown device");
    case RejectionReason::UnpairedDevice:
        return QCoreApplication::translate("Gateway", "Device not paired");
    case RejectionReason::DialectNotAllowed:
        return QCoreApplication::translate("Gateway", "Unauthenticated message for an authenticated device");
    case RejectionReason::BadMac:
        return QCoreApplication::translate("Gateway", "Authentication failed");
    case RejectionReason::ReplayedSequence:
        return QCoreApplication::translate("Gateway", "Replayed frame");
    case RejectionReason::OutOfOrderSequence:
        return QCoreApplication::translate("Gateway", "Frame out of order");
    case RejectionReason::StaleTimestamp:
        return QCoreApplication::translate("Gateway", "Timestamp too old");
    case RejectionReason::FutureTimestamp:
        return QCoreApplication::translate("Gateway", "Timestamp in the future");
    case RejectionReason::ImplausibleValue:
        return QCoreApplication::translate("Gateway", "Implausible value");
    }
    return QString();
}

} // namespace careledger::sensors
