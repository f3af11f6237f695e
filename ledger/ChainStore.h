#pragma once

// Blocks, the transaction index and the chain state in the workstation's encrypted store.
// Chooses the best chain (greatest total weight, then lower tip hash) and switches to it;
// connecting, disconnecting or reorganising is one database transaction each.

#include "Block.h"
#include "BlockValidator.h"
#include "ChainState.h"
#include "Genesis.h"
#include "Merkle.h"

#include <functional>
#include <memory>
#include <optional>

namespace careledger::core {
class Database;
}

namespace careledger::ledger {

inline constexpr int kLedgerSchemaVersion = 3;

class ChainStore {
public:
    ~ChainStore();
    ChainStore(const ChainStore &) = delete;
    ChainStore &operator=(const ChainStore &) = delete;

    // Creates or upgrades the ledger tables (versioned in ledger_schema_version) and loads
    // the genesis if the chain was initialised before. The database must outlive the store.
    static LedgerResult<std::unique_ptr<ChainStore>> open(core::Database &db);
    static LedgerStatus migrate(core::Database &db);

    LedgerStatus initialise(const Genesis &genesis, const BlockHeader &genesisHeader);
    bool isInitialised() const { return m_state != nullptr; }
    const Genesis &genesis() const { return m_genesis; }
    QByteArray genesisHash() const { return m_genesisHash; }
    ChainState &state() { return *m_state; }

    struct Tip {
        QByteArray hash;
        quint64 height = 0;
        quint64 timestampMs = 0;
        quint64 totalWeight = 0;
    };
    LedgerResult<Tip> tip();
    LedgerResult<ParentInfo> tipAsParent(); // what a block built on the tip is checked against

    struct Accepted {
        enum Kind { Extended, Reorganised, SideBranch, AlreadyKnown } kind = Extended;
        quint64 disconnectedBlocks = 0;
        QList<Transaction> orphaned;  // from disconnected blocks, not in the new branch: back to the mempool
        QList<Transaction> confirmed; // newly on the main chain: out of the mempool
    };
    // Validates fully against the state at its parent; unknown parents are refused.
    LedgerResult<Accepted> acceptBlock(const Block &block, quint64 nowMs);

    // Undoes the tip block (it stays stored as a side block); for recovery and tests.
    LedgerResult<QList<Transaction>> disconnectTip();

    // Runs the candidates through the checks on top of the tip state inside a transaction
    // that is always rolled back; returns those that would apply, in order, and the
    // rejected ones with their reasons.
    struct DryRun {
        QList<Transaction> accepted;
        QList<QPair<Transaction, QString>> rejected;
    };
    LedgerResult<DryRun> dryRun(const QList<Transaction> &candidates, quint64 blockTimeMs);

    LedgerResult<Block> mainBlockAt(quint64 height);
    LedgerResult<Block> blockByHash(const QByteArray &hash);

    // ---- for peers: what a node serves and asks about without decoding bodies ---------
    struct BlockInfo {
        quint64 height = 0;
        QByteArray parent;
        quint64 totalWeight = 0;
        bool onMain = false;
        bool invalid = false; // a stored side block that failed when its branch was tried
    };
    LedgerResult<std::optional<BlockInfo>> blockInfo(const QByteArray &hash); // nullopt: not stored
    LedgerResult<QByteArray> mainHashAt(quint64 height);                        // NotFound above the tip
    LedgerResult<QByteArray> activeMemberId(const QByteArray &keyId);           // empty when not an active member
    // Encoded headers of the main chain from `fromHeight` upwards, at most maxCount.
    LedgerResult<QList<QByteArray>> mainHeaders(quint64 fromHeight, qsizetype maxCount);
    // The stored encodings, exactly as received: header and body (a CBOR array of
    // transaction encodings; for the genesis block, the genesis encoding).
    struct RawBlock {
        QByteArray header;
        QByteArray body;
    };
    LedgerResult<std::optional<RawBlock>> rawBlock(const QByteArray &hash);

    struct TxProof {
        QByteArray blockHash;
        quint64 height = 0;
        InclusionProof proof;
        QByteArray merkleRoot;
        Transaction tx;
    };
    LedgerResult<TxProof> proveTransaction(const QByteArray &txId);

    // The newest main-chain transaction for each record id, in record-id order: what the
    // stored ciphertext must hash to, or that the record was erased.
    struct RecordHead {
        QByteArray recordId;
        QByteArray pseudonym;
        quint64 version = 0;
        QByteArray ciphertextHash; // empty when erased
        bool erased = false;
        QByteArray txId;
        quint64 height = 0;
    };
    LedgerStatus forEachRecordHead(const std::function<bool(const RecordHead &)> &visit); // return false to stop
    LedgerResult<std::optional<RecordHead>> recordHead(const QByteArray &recordId);          // nullopt: never on chain

    // ---- outbox: committed locally, not yet on the main chain -------------------------
    // A transaction is written to ledger_outbox inside the caller's database transaction,
    // together with the store rows it describes. Connecting a block deletes its
    // transactions from the outbox in the block's own database transaction; disconnecting
    // one (a reorg) puts them back. So a committed row always has its transaction either
    // waiting here or on the main chain, wherever the process is killed.

    // Fails (InvalidState) when no database transaction is open: enqueueing alone would
    // break the commit rule.
    LedgerStatus enqueue(const Transaction &tx);
    // The same insert as SQL text with literal values, for a trigger that must enqueue
    // inside a database transaction someone else opens and commits.
    static QByteArray enqueueStatement(const Transaction &tx);
    LedgerResult<QList<Transaction>> pendingTransactions(); // by signer, then sequence
    LedgerResult<qint64> pendingCount();
    LedgerResult<bool> isPending(const QByteArray &txId);
    // The sequence the signer's next transaction must carry: after both its last one on
    // the main chain and its last one waiting in the outbox.
    LedgerResult<quint64> nextSequence(const QByteArray &signerKeyId);

private:
    explicit ChainStore(core::Database &db);
    struct Row;
    LedgerResult<std::optional<Row>> row(const QByteArray &hash);
    LedgerResult<Block> loadBlock(const Row &r);
    LedgerResult<quint64> connect(const Block &block, const QByteArray &hash, const QByteArray &body, quint64 nowMs, bool insertRow);
    LedgerResult<QList<Transaction>> disconnectTipInTransaction();
    LedgerStatus insertPending(const Transaction &tx, bool ignoreDuplicate);

    core::Database &m_db;
    Genesis m_genesis;
    QByteArray m_genesisHash;
    std::unique_ptr<ChainState> m_state;
};

} // namespace careledger::ledger
