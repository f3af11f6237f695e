#pragma once

#include "Result.h"

namespace careledger::core {

enum class AlertError {
    Invalid,  // a per-patient setting is out of range; the message names the parameter
    Decode,   // stored alert settings are not in the expected format version or encoding
    NotFound, // no raised alarm under that patient and condition
};
template <typename T>
using AlertResult = Result<T, AlertError>;
using AlertStatus = Result<void, AlertError>;

} // namespace careledger::core
