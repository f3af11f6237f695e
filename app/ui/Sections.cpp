#include "ui/Sections.h"

#include <QCoreApplication>

namespace careledger::ui {

QList<Section> sectionsForRole(services::Role role)
{
    switch (role) {
    case services::Role::Admin:
        return {Section::StaffAccounts, Section::Patients, Section::Devices,
                Section::Ledger,        Section::AuditLog, Section::Peers};
    case services::Role::Doctor:
        return {Section::Patients, Section::LiveVitals, Section::Alerts};
    case services::Role::Nurse:
        return {Section::LiveVitals, Section::Alerts, Section::Patients};
    }
    return {};
}

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::StaffAccounts: return QCoreApplication::translate("Sections", "Staff accounts");
    case Section::Patients: return QCoreApplication::translate("Sections", "Patients");
    case Section::Devices: return QCoreApplication::translate("Sections", "Devices");
    case Section::Ledger: return QCoreApplication::translate("Sections", "Ledger");
    case Section::AuditLog: return QCoreApplication::translate("Sections", "Audit log");
    case Section::Peers: return QCoreApplication::translate("Sections", "Peers");
    case Section::LiveVitals: return QCoreApplication::translate("Sections", "Live vitals");
    case Section::Alerts: return QCoreApplication::translate("Sections", "Alerts");
    }
    return {};
}

QString sectionId(Section section)
{
    switch (section) {
    case Section::StaffAccounts: return QStringLiteral("staff-accounts");
    case Section::Patients: return QStringLiteral("patients");
    case Section::Devices: return QStringLiteral("devices");
    case Section::Ledger: return QStringLiteral("ledger");
    case Section::AuditLog: return QStringLiteral("audit-log");
    case Section::Peers: return QStringLiteral("peers");
    case Section::LiveVitals: return QStringLiteral("live-vitals");
    case Section::Alerts: return QStringLiteral("alerts");
    }
    return {};
}

} // namespace careledger::ui
