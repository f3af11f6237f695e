#include "staff/PasswordPolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace careledger::core {

std::optional<QString> PasswordPolicy::problem(const QString &username, const QString &password)
{
    // Counting code points keeps the rule fair for passwords outside the BMP.
    const QList<uint> codePoints = password.toUcs4();
    if (codePoints.size() < kMinimumLength) {
        return QCoreApplication::translate("PasswordPolicy", "The password must be at least %1 characters long.")
            .arg(kMinimumLength);
    }
    const QString name = username.trimmed();
    if (!name.isEmpty() && password.contains(name, Qt::CaseInsensitive)) {
        return QCoreApplication::translate("PasswordPolicy", "The password must not contain the user name.");
    }
    if (std::all_of(codePoints.cbegin(), codePoints.cend(), [&](uint c) { return c == codePoints.front(); })) {
        return QCoreApplication::translate("PasswordPolicy", "The password must not repeat a single character.");
    }
    return std::nullopt;
}

} // namespace careledger::core
