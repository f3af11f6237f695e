#include "services/ServiceTypes.h"

#include <QCoreApplication>

namespace careledger::services {

QString roleId(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Doctor:
        return QStringLiteral("doctor");
    case Role::Nurse:
        return QStringLiteral("nurse");
    }
    return QStringLiteral("nurse");
}

std::optional<Role> roleFromId(const QString &id)
{
    for (Role role : {Role::Admin, Role::Doctor, Role::Nurse}) {
        if (id == roleId(role)) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Doctor:
        return QCoreApplication::translate("Role", "Doctor");
    case Role::Nurse:
        return QCoreApplication::translate("Role", "Nurse");
    }
    return QString();
}

} // namespace careledger::services
