#pragma once

#include "services/ServiceTypes.h"

#include <QList>
#include <QString>

namespace careledger::ui {

// The parts of the main window. Which ones a role sees is decided here for the navigation
// only; the services still check the role on every call.
enum class Section { StaffAccounts, Patients, Devices, Ledger, AuditLog, Peers, LiveVitals, Alerts };

QList<Section> sectionsForRole(services::Role role);
QString sectionTitle(Section section);  // translated
QString sectionId(Section section);     // stable object-name form, e.g. "staff-accounts"

} // namespace careledger::ui
