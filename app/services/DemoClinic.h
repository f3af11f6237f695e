#pragma once

// The demo clinic: a ready-to-use workstation store with one account per role, so the
// product can be tried without setting anything up.

#include "services/ServiceTypes.h"
#include "services/Workstation.h"

namespace careledger::services {

// <GenericDataLocation>/CareLedger/demo-clinic (e.g. ~/.local/share/CareLedger/demo-clinic).
// Chosen explicitly so it does not depend on the application's organisation name.
QString defaultDemoDataDir();

// Creates the demo clinic in dataDir unless a store already exists there (then: nothing).
// The store is built in a sibling folder and moved into place, so an interrupted run never
// leaves a half-populated clinic that later runs would take for a finished one.
ServiceStatus ensureDemoClinic(const QString &dataDir, WorkstationOptions options = {});

// The demo's bedside gateway: three CLV1 monitors paired with three demo patients, their
// keys in a provisioning file beside the store (mode 0600), and the workstation's gateway
// port set to a pty link beside it, which careledger-gateway-sim creates when started with
// demoGatewaySimulatorArguments(). So a new user sees live vitals without hardware.
QString demoGatewayKeyFile(const QString &dataDir);
QString demoGatewayPortLink(const QString &dataDir);
// steady, deteriorating (in 2.5 minutes) and sensor-off, one per monitor.
QStringList demoGatewaySimulatorArguments(const QString &dataDir);

} // namespace careledger::services
