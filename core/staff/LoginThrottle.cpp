#include "staff/LoginThrottle.h"

#include <algorithm>

namespace careledger::core {

qint64 LoginThrottle::lockSeconds(int failureCount)
{
    if (failureCount <= kFreeFailures) {
        return 0;
    }
    qint64 seconds = kFirstLockSeconds;
    // Doubling stops at the cap, so a huge counter cannot overflow the shift.
    for (int i = kFreeFailures + 1; i < failureCount && seconds < kMaximumLockSeconds; ++i) {
        seconds *= 2;
    }
    return std::min(seconds, kMaximumLockSeconds);
}

QDateTime LoginThrottle::lockedUntil(int failureCount, const QDateTime &now)
{
    const qint64 seconds = lockSeconds(failureCount);
    if (seconds == 0) {
        return {};
    }
    return now.addSecs(seconds);
}

} // namespace careledger::core
