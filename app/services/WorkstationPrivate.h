#pragma once

// The session as the service implementations see it. Front ends never include this file:
// they hold no store handle and no key.

#include "crypto/Crypto.h"
#include "services/Workstation.h"
#include "staff/StaffDirectory.h"
#include "store/KeySlots.h"

#include <QHash>
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

// The patient signed in at the kiosk (KioskService.h). Names are kept only to greet the
// patient; patientLogout() overwrites and drops them.
struct KioskPatient {
    QByteArray pseudonym;
    QString mrnDigits;
    QString givenName;
    QString familyName;
    QDateTime signedInAt;
};

// Kiosk mode: the store stays unlocked (the database key of the administrator who opened
// it) but `user` and `signingKey` are empty, so every staff call fails requireSession with
// NotLoggedIn; only KioskService and the patient actor of detail::authorize act.
struct KioskState {
    qint64 openedBy = 0; // the administrator's staff id, for the security log
    std::optional<KioskPatient> patient;
    // Wrong sign-ins for record numbers without a PIN row (unknown, erased, no PIN yet):
    // counted here so they lock out exactly like real ones and reveal nothing.
    struct Failures {
        int count = 0;
        QDateTime lockedUntil;
    };
    QHash<QString, Failures> failuresWithoutPin; // by MRN digits
};
} // namespace detail

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
    std::optional<detail::KioskState> kiosk; // present in kiosk mode (then `user` is empty)

    State();
    ~State();

    QDateTime now() const { return options.clock().toUTC(); }
    // A staff session or kiosk mode: the store, the chain and the seal timer are open.
    bool storeOpen() const { return (user.has_value() || kiosk.has_value()) && store != nullptr; }
};

struct WorkstationAccess {
    using State = Workstation::State;
    static State &state(Workstation &workstation) { return *workstation.d; }
    static const State &state(const Workstation &workstation) { return *workstation.d; }
};

} // namespace careledger::services
