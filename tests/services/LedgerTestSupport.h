#pragma once

// Helpers shared by the ledger service tests: a workstation with an admin session and the
// raw-key view of its store, for tests that play the attacker.

#include "ServiceTestSupport.h"
#include "services/LedgerService.h"
#include "services/RecordCommitter.h"

#include <QDir>

namespace careledger::services::testing {

inline WorkstationOptions ledgerTestOptions(const ManualClock &clock = {})
{
    WorkstationOptions options = testOptions(clock);
    options.sealInterval = std::chrono::milliseconds(0); // tests seal explicitly
    return options;
}

inline QString adminDisplayName()
{
    return QStringLiteral("Amira Haddad");
}

} // namespace careledger::services::testing
