#pragma once

// What the front ends may see and ask of the workstation's chain. Read calls and verify()
// require a logged-in admin (checked here, whatever the front end).

#include "services/ServiceTypes.h"

#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace careledger::services {

class Workstation;

struct LedgerOverview {
    QByteArray chainId;
    QByteArray genesisHash;
    quint64 height = 0;
    QByteArray tipHash;
    QDateTime tipTime;
    int validatorCount = 0;
    int memberCount = 0;
    int pendingTransactions = 0; // committed locally, not yet in a block
    bool thisNodeIsValidator = false;
};

struct BlockSummary {
    quint64 height = 0;
    QByteArray hash;
    QByteArray previousHash;
    QByteArray merkleRoot;
    QDateTime time;
    QByteArray producerKeyId;
    bool inTurn = true;
    int transactionCount = 0;
    int sizeBytes = 0;
};

struct TransactionSummary {
    QByteArray id;
    QString type;          // stable identifier, e.g. "user-key-registration"; the UI translates
    QByteArray signerKeyId;
    quint64 sequence = 0;
    QDateTime time;
    QString subject;       // record id / key id / pseudonym in short hex; never personal data
    int sizeBytes = 0;
};

struct VerifyResult {
    quint64 blocksChecked = 0;
    quint64 transactionsChecked = 0;
    quint64 recordsChecked = 0;
    quint64 recordsErased = 0;
    quint64 auditEntriesChecked = 0;
    quint64 vitalsWindowsChecked = 0; // anchored windows of readings that match their anchor
    quint64 vitalsWindowsErased = 0;  // anchored windows whose patient was erased
    QStringList problems; // one line each, naming the block, transaction or record
    bool cancelled = false;
    bool ok() const { return problems.isEmpty() && !cancelled; }
};

// An RFC 6962 inclusion proof of a record's newest transaction in a main-chain block,
// with every byte an independent checker needs (see docs/ledger.md, "Inclusion proofs").
struct RecordProof {
    QByteArray recordId;
    quint64 version = 0;
    QByteArray transaction; // full canonical encoding; its SHA-256 is txId
    QByteArray txId;
    quint64 leafIndex = 0;
    quint64 treeSize = 0;
    QList<QByteArray> auditPath; // leaf level first
    quint64 blockHeight = 0;
    QByteArray blockHash;   // SHA-256(header)
    QByteArray header;      // full canonical header encoding (holds the Merkle root)
    QByteArray merkleRoot;
};

class LedgerService {
public:
    explicit LedgerService(Workstation &workstation) : m_workstation(workstation) {}
    Q_DISABLE_COPY_MOVE(LedgerService)

    ServiceResult<LedgerOverview> overview() const;
    // Main-chain blocks, newest first, at most `limit`, starting below `beforeHeight`
    // (0 = from the tip).
    ServiceResult<QList<BlockSummary>> recentBlocks(int limit, quint64 beforeHeight = 0) const;
    ServiceResult<QList<TransactionSummary>> blockTransactions(const QByteArray &blockHash) const;

    // Full verification on a connection of its own: safe to call from a worker thread while
    // the session stays logged in. progress(done, total) is called from that thread.
    ServiceResult<VerifyResult> verify(const std::function<void(quint64 done, quint64 total)> &progress,
                                       const std::atomic<bool> *cancel) const;

    // Proof that the record's newest on-chain transaction (put or erase) is in its block.
    // NotFound when no transaction of this record is on the main chain yet.
    ServiceResult<RecordProof> recordProof(const QByteArray &recordId) const;

private:
    Workstation &m_workstation;
};

} // namespace careledger::services
