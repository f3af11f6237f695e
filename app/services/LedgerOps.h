#pragma once

// The services' side of the chain engine: the workstation's node identity, opening the
// chain at login, the commit rule (store rows and their signed transaction in one database
// transaction) and sealing. Not a front-end API.

#include "ledger/BlockProducer.h"
#include "ledger/ChainStore.h"
#include "ledger/Mempool.h"
#include "services/LedgerService.h"
#include "services/WorkstationPrivate.h"

#include <functional>

namespace careledger::services::detail {

// What a workstation keeps about itself in workstation_identity.
struct NodeIdentity {
    core::EcPrivateKey nodeKey;
    core::EcPrivateKey authorityKey; // null unless this store keeps the authority (single workstation)
};

// A consortium to join instead of founding a single-workstation one.
struct ChainSetup {
    ledger::Genesis genesis;
    ledger::BlockHeader genesisHeader;
    const core::EcPrivateKey *nodeKey = nullptr; // must be a member of the genesis
};

// Workstation::initialize, optionally joining a consortium instead of founding one.
ServiceStatus initializeStore(const QString &dataDir, const QString &username, const QString &displayName, const QString &password,
                              WorkstationOptions options, const ChainSetup *join);

ServiceResult<NodeIdentity> loadIdentity(core::WorkstationStore &store);
// Writes the identity row and initialises the chain: from `join` when given, otherwise a
// new single-workstation consortium (this node its only validator and member, the
// authority key kept sealed in the store).
ServiceStatus createIdentityAndChain(core::WorkstationStore &store, const ChainSetup *join, quint64 nowMs);

ledger::Genesis singleWorkstationGenesis(const core::EcPublicKey &authority, const core::EcPublicKey &node, quint64 nowMs);
QByteArray memberIdFor(const QByteArray &keyId); // the member id a node gets in genesis files made here

// Opens the chain of an unlocked store into the session (creating identity and chain for
// a store that predates them), registers any staff key not yet registered, rebuilds the
// mempool from the outbox.
ServiceStatus openChain(WorkstationAccess::State &state);
void closeChain(WorkstationAccess::State &state);

quint64 nowMs(const WorkstationAccess::State &state);

// Builds and signs a transaction with the signer's next sequence.
ServiceResult<ledger::Transaction> makeTransaction(ledger::ChainStore &chain, const core::EcPrivateKey &signer,
                                                   ledger::TxBody body, quint64 nowMs);

// The commit rule: writeRows and the enqueueing of tx in one database transaction.
ServiceStatus commit(WorkstationAccess::State &state, const ledger::Transaction &tx,
                     const std::function<ServiceStatus(core::Database &)> &writeRows);

// The commit rule for a change the chain witnesses with several transactions (a patient's
// registration: its demographics and the clinic's access grant): each body is signed in
// order by its signer (sequences follow each other, also for one signer) and enqueued,
// then writeRows gets the signed transactions; all in one database transaction.
struct BodyToSign {
    const core::EcPrivateKey *signer = nullptr;
    ledger::TxBody body;
};
ServiceResult<QList<ledger::Transaction>> commitBodies(
    WorkstationAccess::State &state, const QList<BodyToSign> &bodies,
    const std::function<ServiceStatus(core::Database &, const QList<ledger::Transaction> &)> &writeRows);

// For writers that open and commit their own database transaction (StaffDirectory): a
// temporary trigger enqueues tx inside that transaction when a row whose `column` equals
// `value` is inserted into `table`. After write() returns, the outbox must hold tx exactly
// when the row was written.
ServiceStatus commitThroughTrigger(core::Database &db, const ledger::Transaction &tx, const char *table, const char *column,
                                   const QByteArray &value, const std::function<ServiceStatus()> &write);

// Registration of a staff signing key, signed by the node key.
ServiceResult<ledger::Transaction> keyRegistration(ledger::ChainStore &chain, const core::EcPrivateKey &nodeKey,
                                                   const QByteArray &staffSpki, quint64 nowMs);

// Adds to the mempool what waits in the outbox and is not there yet (some are refused
// until an earlier block makes their signer known).
void refillMempool(WorkstationAccess::State &state);
// Seals blocks while this node may and transactions are ready; returns how many.
ServiceResult<int> sealPending(WorkstationAccess::State &state);

// Everything verify() checks, on a connection of the caller's.
ServiceResult<VerifyResult> verifyDatabase(core::Database &db, const std::function<void(quint64, quint64)> &progress,
                                           const std::atomic<bool> *cancel);

QString shortHex(const QByteArray &bytes); // first 8 bytes, as the ledger names things

} // namespace careledger::services::detail
