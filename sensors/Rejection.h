#pragma once

// Why the gateway path refused some input. One code per cause a technician or the alert
// engine would treat differently; the detail sentence (translated, context "Gateway") says
// exactly what was wrong and never contains key material or patient data.

#include "Result.h"

#include <QMetaType>
#include <QString>

namespace careledger::sensors {

enum class RejectionReason : quint8 {
    // stream level (GatewayStreamFramer)
    Garbage,   // bytes that belong to no frame
    Oversized, // a frame longer than the dialect's limit
    Truncated, // an MLLP frame cut off by a new start byte or the port closing
    // content (codecs)
    Malformed,          // breaks the grammar; the detail names where
    UnknownParameter,   // native key not in the protocol
    DuplicateParameter, // the same parameter twice in one frame or message
    MissingUnit,
    WrongUnit,
    NonNumericValue,    // includes NaN/Inf spellings and numbers too long to be a measurement
    UnsupportedMessage, // HL7 that is not ORU^R01, or one with no observation we can use
    // authentication (DeviceAuthenticator)
    UnknownDevice,
    UnpairedDevice,
    DialectNotAllowed, // HL7 claiming a device registered for authenticated frames
    BadMac,
    ReplayedSequence,   // a sequence (or HL7 control id) this device already used
    OutOfOrderSequence, // below the newest accepted one but not a known replay
    StaleTimestamp,
    FutureTimestamp,
    ImplausibleValue, // outside what any patient or monitor can produce (technical alarm)
};
inline constexpr int kRejectionReasonCount = 19;

// Stable, untranslated identifier for logs, JSON and counters: "bad-mac", "oversized", ...
QString reasonKey(RejectionReason reason);
// Translated short caption ("Bad MAC").
QString reasonText(RejectionReason reason);

// A rejection is an error in the core::Result sense: code + sentence.
using Rejection = core::Error<RejectionReason>;
template <typename T> using GatewayResult = core::Result<T, RejectionReason>;

} // namespace careledger::sensors

Q_DECLARE_METATYPE(careledger::sensors::RejectionReason)
