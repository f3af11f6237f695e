#pragma once

#include <QString>

#include <optional>

namespace careledger::core {

// Decides whether a staff password is acceptable for a given user name.
struct PasswordPolicy {
    static constexpr int kMinimumLength = 12; // in Unicode code points, not UTF-16 units

    // The first problem found, as a sentence a user can act on; nothing when acceptable.
    static std::optional<QString> problem(const QString &username, const QString &password);
};

} // namespace careledger::core
