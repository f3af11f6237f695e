#pragma once

#include <QDateTime>

namespace careledger::core {

// Turns a count of consecutive failed logins into the time until which logins are refused.
struct LoginThrottle {
    static constexpr int kFreeFailures = 4;         // failures 1..4 cost nothing
    static constexpr qint64 kFirstLockSeconds = 30; // the 5th failure locks for this long
    static constexpr qint64 kMaximumLockSeconds = 3600;

    // Lock length after `failureCount` consecutive failures: 0, or 30 s doubling per further
    // failure, capped at one hour.
    static qint64 lockSeconds(int failureCount);
    // now + lockSeconds(failureCount); an invalid QDateTime when there is no lock.
    static QDateTime lockedUntil(int failureCount, const QDateTime &now);
};

} // namespace careledger::core
