#pragma once

// Helpers shared by the service tests: a clock the test moves by hand and cheap scrypt.

#include "services/Workstation.h"

#include <QTest>

#include <memory>

namespace careledger::services::testing {

inline constexpr quint64 kTestKdfCost = 1u << 10;
inline const QString kAdminName = QStringLiteral("admin");
inline const QString kAdminPassword = QStringLiteral("correct horse battery");

// A clock shared by every Workstation a test creates, so a "restart" keeps the same time.
struct ManualClock {
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    void advance(qint64 seconds) { *now = now->addSecs(seconds); }
    Clock clock() const
    {
        return [now = now] {
            return *now;
        };
    }
};

inline WorkstationOptions testOptions(const ManualClock &clock = {})
{
    WorkstationOptions options;
    options.clock = clock.clock();
    options.kdfCost = kTestKdfCost;
    return options;
}

inline QString errorText(ServiceError code)
{
    switch (code) {
    case ServiceError::NotLoggedIn:
        return QStringLiteral("NotLoggedIn");
    case ServiceError::PermissionDenied:
        return QStringLiteral("PermissionDenied");
    case ServiceError::InvalidInput:
        return QStringLiteral("InvalidInput");
    case ServiceError::WrongCredentials:
        return QStringLiteral("WrongCredentials");
    case ServiceError::LockedOut:
        return QStringLiteral("LockedOut");
    case ServiceError::AccountDisabled:
        return QStringLiteral("AccountDisabled");
    case ServiceError::NotFound:
        return QStringLiteral("NotFound");
    case ServiceError::AlreadyExists:
        return QStringLiteral("AlreadyExists");
    case ServiceError::StoreUnavailable:
        return QStringLiteral("StoreUnavailable");
    case ServiceError::Storage:
        return QStringLiteral("Storage");
    }
    return QStringLiteral("?");
}

// "ok" or "<code>: <message>", so a failed comparison shows why.
template <typename R> QString outcome(const R &result)
{
    return result.ok() ? QStringLiteral("ok") : errorText(result.code()) + QStringLiteral(": ") + result.message();
}

template <typename R> QString codeOf(const R &result)
{
    return result.ok() ? QStringLiteral("ok") : errorText(result.code());
}

} // namespace careledger::services::testing

#define CL_VERIFY_OK(expr)                                                                                             \
    do {                                                                                                               \
        const auto clResult_ = (expr);                                                                                 \
        QVERIFY2(clResult_.ok(), qPrintable(::careledger::services::testing::outcome(clResult_)));                     \
    } while (false)
