#pragma once

// The session as the service implementations see it. Front ends never include this file:
// they hold no store handle and no key.

#include "crypto/Crypto.h"
#include "services/Workstation.h"
#include "staff/StaffDirectory.h"
#include "store/KeySlots.h"

#include <memory>
#include <optional>

namespace careledger::services {

struct Workstation::State {
    QString dataDir;
    WorkstationOptions options;
    // Present only while someone is logged in; dropping them wipes the database key.
    std::unique_ptr<core::WorkstationStore> store;
    std::unique_ptr<core::StaffDirectory> directory;
    core::EcPrivateKey signingKey;
    std::optional<StaffAccount> user;

    QDateTime now() const { return options.clock().toUTC(); }
};

struct WorkstationAccess {
    using State = Workstation::State;
    static State &state(Workstation &workstation) { return *workstation.d; }
    static const State &state(const Workstation &workstation) { return *workstation.d; }
};

} // namespace careledger::services
