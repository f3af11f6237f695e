#pragma once

// Everything the peer layer asks of the chain engine, on the thread that owns the engine's
// database connection. StoreChainAccess implements it over one ChainStore and Mempool; the
// services can implement it over their own engine (which owns the connection, the outbox
// and the block producer) without the peer layer knowing.

#include "ledger/Block.h"
#include "ledger/Genesis.h"
#include "ledger/LedgerError.h"
#include "ledger/Transaction.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace careledger::ledger::net {

class ChainAccess {
public:
    virtual ~ChainAccess() = default;

    virtual const Genesis &genesis() const = 0;
    virtual QByteArray genesisHash() const = 0;

    struct Tip {
        QByteArray hash;
        quint64 height = 0;
        quint64 totalWeight = 0;
    };
    virtual LedgerResult<Tip> tip() = 0;

    // Main-chain hashes, newest first: the last ten one by one, then in doubling steps,
    // always ending with the genesis hash (at most 64).
    virtual LedgerResult<QList<QByteArray>> locator() = 0;
    // Encoded main-chain headers after the newest locator hash that is on this node's main
    // chain (after genesis when none is), up to and including `stop` when given.
    virtual LedgerResult<QList<QByteArray>> headersAfter(const QList<QByteArray> &locator, const QByteArray &stop, qsizetype maxCount) = 0;

    enum class BlockStatus { Unknown, MainChain, SideChain, Invalid };
    virtual LedgerResult<BlockStatus> blockStatus(const QByteArray &hash) = 0;
    struct RawBlock {
        QByteArray header;
        QByteArray body;
    };
    virtual LedgerResult<std::optional<RawBlock>> rawBlock(const QByteArray &hash) = 0; // nullopt: not stored

    struct BlockOutcome {
        enum Kind { Extended, Reorganised, SideBranch, AlreadyKnown } kind = Extended;
        bool tipChanged = false;
        QList<QByteArray> orphanedTxIds; // back in the pool after a reorganisation: to be announced again
    };
    // Validates fully and stores atomically (an invalid block leaves no trace); keeps the
    // pool consistent: confirmed transactions leave it, orphaned ones come back.
    virtual LedgerResult<BlockOutcome> acceptBlock(const Block &block, quint64 nowMs) = 0;

    // Into the pool of waiting transactions (Duplicate when already there).
    virtual LedgerResult<QByteArray> acceptTransaction(const Transaction &tx, quint64 nowMs) = 0;
    virtual std::optional<Transaction> waitingTransaction(const QByteArray &txId) = 0;
    virtual bool isWaiting(const QByteArray &txId) = 0;
    virtual QList<QByteArray> waitingTransactionIds() = 0;
    // Drops what a peer that was cut off handed us, except transactions this node
    // committed itself (those are in its outbox and stay).
    virtual void discardTransactions(const QList<QByteArray> &txIds) = 0;

    // Is this key id an active member at the tip, and under which member id?
    virtual LedgerResult<bool> isMember(const QByteArray &keyId) = 0;
    virtual LedgerResult<QByteArray> memberId(const QByteArray &keyId) = 0; // empty when not an active member
};

} // namespace careledger::ledger::net
