#pragma once

// The session as the service implementations see it. Front ends never include this file:
// they hold no store handle and no key.

#include "crypto/Crypto.h"
#include "services/Workstation.h"
#include "staff/StaffDirectory.h"
#include "store/KeySlots.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace careledger::ledger {
class ChainStore;
class Mempool;
class BlockProducer;
} // namespace careledger::ledger

namespace careledger::services {

namespace detail {
struct RecordsSession;
}

struct Workstation::State {
    QString dataDir;
    WorkstationOptions options;
    // Present only while someone is logged in; dropping them wipes the database key.
    std::unique_ptr<core::WorkstationStore> store;
    std::unique_ptr<core::StaffDirectory> directory;
    core::EcPrivateKey signingKey;
    std::optional<StaffAccount> user;
    // The chain engine, open while the store is (see LedgerOps.h). Declared after the
    // store so they are destroyed before it; the producer refers to the others.
    core::EcPrivateKey nodeKey;
    std::unique_ptr<ledger::ChainStore> chain;
    std::unique_ptr<ledger::Mempool> mempool;
    std::unique_ptr<ledger::BlockProducer> producer;
    QTimer sealTimer;
    // Keys and names the clinical-records services derive once per session (RecordsOps.h);
    // dropped, and its secrets wiped, at logout.
    std::unique_ptr<detail::RecordsSession> records;
    QDateTime lastAuditAnchorCheck; // when sealIfDue() last considered anchoring the audit log

    State();
    ~State();

    QDateTime now() const { return options.clock().toUTC(); }
};

struct WorkstationAccess {
    using State = Workstation::State;
    static State &state(Workstation &workstation) { return *workstation.d; }
    static const State &state(const Workstation &workstation) { return *workstation.d; }
};

} // namespace careledger::services
