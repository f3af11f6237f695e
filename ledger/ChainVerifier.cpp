#include "ChainVerifier.h"

#include "Block.h"
#include "BlockValidator.h"
#include "Consensus.h"
#include "Genesis.h"
#include "Merkle.h"
#include "SqlUtil.h"
#include "StateView.h"
#include "Try.h"
#include "crypto/Crypto.h"

#include <memory>

namespace careledger::ledger {

LedgerResult<VerifyReport> ChainVerifier::run(const std::atomic<bool> *cancel)
{
    VerifyReport report;
    LEDGER_TRY(meta, sql::queryRow(m_db, "SELECT value, (SELECT value FROM ledger_meta WHERE key = 'genesis_hash') FROM ledger_meta WHERE key = 'genesis'"));
    if (!meta) {
        report.problems.append(QStringLiteral("the ledger holds no genesis"));
        return report;
    }
    auto genesis = Genesis::decode(meta->blob(0));
    const QByteArray genesisHash = meta->blob(1);
    meta.reset();
    if (!genesis) {
        report.problems.append(QStringLiteral("stored genesis parameters are damaged: %1").arg(genesis.message()));
        return report;
    }
    LEDGER_TRY(tipRow, sql::queryRow(m_db, "SELECT COALESCE(MAX(height), 0) FROM ledger_blocks WHERE on_main = 1"));
    const auto tipHeight = static_cast<quint64>(tipRow->int64(0));
    tipRow.reset();

    MemoryState state(genesis.value());
    LEDGER_TRY(blockStmt, sql::prepare(m_db, "SELECT hash, header, body FROM ledger_blocks WHERE on_main = 1 AND height = ?"));
    LEDGER_TRY(indexStmt, sql::prepare(m_db, "SELECT position, tx_id FROM ledger_tx_index WHERE block_hash = ? ORDER BY position"));

    ParentInfo parent;
    QList<QByteArray> producers; // nearest first, capped at the largest possible window
    for (quint64 height = 0; height <= tipHeight; ++height) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (m_progress)
            m_progress(height, tipHeight);
        blockStmt.reset();
        sql::bindOne(blockStmt, 1, height);
        LEDGER_TRY(has, sql::step(blockStmt));
        if (!has) {
            report.problems.append(QStringLiteral("block %1: missing from the main chain").arg(height));
            break;
        }
        const QByteArray storedHash = blockStmt.blob(0);
        const QByteArray headerBytes = blockStmt.blob(1);
        const QByteArray bodyBytes = blockStmt.blob(2);
        const QString name = describeBlock(height, storedHash);
        auto problem = [&](const QString &m) { report.problems.append(QStringLiteral("%1: %2").arg(name, m)); };
        ++report.blocksChecked;

        if (core::sha256(headerBytes) != storedHash)
            problem(QStringLiteral("stored header does not hash to the block hash (header altered)"));
        auto header = BlockHeader::decode(headerBytes);
        if (!header) {
            problem(QStringLiteral("header does not decode: %1").arg(header.message()));
        }

        if (height == 0) {
            if (storedHash != genesisHash)
                problem(QStringLiteral("genesis block differs from the recorded genesis hash"));
            if (bodyBytes != genesis->encode())
                problem(QStringLiteral("genesis body differs from the recorded genesis parameters"));
            if (header)
                if (auto s = genesis->verifyHeader(header.value()); !s)
                    problem(s.message());
            parent = ParentInfo{storedHash, 0, header ? header->timestampMs : 0, {}};
            continue;
        }

        Block block;
        if (header)
            block.header = header.value();
        auto txs = Block::decodeBody(bodyBytes);
        if (!txs)
            problem(QStringLiteral("body does not decode: %1").arg(txs.message()));
        else
            block.transactions = std::move(txs).value();

        // The index names transactions by their original ids, so an altered body is
        // reported against the transaction that was recorded.
        indexStmt.reset();
        sql::bindOne(indexStmt, 1, storedHash);
        const QList<QByteArray> ids = block.txIds();
        qsizetype indexed = 0;
        for (;;) {
            LEDGER_TRY(row, sql::step(indexStmt));
            if (!row)
                break;
            const qint64 position = indexStmt.int64(0);
            const QByteArray txId = indexStmt.blob(1);
            ++indexed;
            if (position >= ids.size())
                report.problems.append(QStringLiteral("%1 (%2, position %3): missing from the stored block body").arg(describeTx(txId), name).arg(position));
            else if (ids[position] != txId)
                report.problems.append(QStringLiteral("%1 (%2, position %3): stored transaction altered (it now hashes to %4)")
                                           .arg(describeTx(txId), name)
                                           .arg(position)
                                           .arg(QString::fromLatin1(ids[position].toHex())));
        }
        if (txs && indexed != ids.size())
            problem(QStringLiteral("the transaction index lists %1 transactions, the body holds %2").arg(indexed).arg(ids.size()));

        if (header) {
            if (block.header.previousHash != parent.hash)
                problem(QStringLiteral("does not link to block %1").arg(parent.height));
            ParentInfo linked = parent;
            linked.hash = block.header.previousHash; // reported above; check the rest
            if (auto s = checkBlockHeader(block, bodyBytes.size(), linked, state, std::nullopt); !s)
                problem(s.message());
        }
        const quint64 blockTime = header ? block.header.timestampMs : parent.timestampMs;
        for (qsizetype i = 0; i < block.transactions.size(); ++i) {
            const Transaction &tx = block.transactions[i];
            ++report.transactionsChecked;
            if (auto s = checkTransaction(tx, state, blockTime); !s)
                report.problems.append(QStringLiteral("%1, position %2: %3").arg(name).arg(i).arg(s.message()));
            // Applied even when faulty so one bad transaction is reported once, not again
            // for every later transaction of the same signer.
            (void)state.applyTx(tx, height);
        }

        producers.prepend(header ? block.header.producerKeyId : QByteArray());
        if (producers.size() > 64)
            producers.removeLast();
        LEDGER_TRY(validators, state.validators());
        parent.hash = storedHash;
        parent.height = height;
        parent.timestampMs = blockTime;
        parent.recentProducers = producers.first(qMin(producers.size(), validators.size() / 2));
    }
    return report;
}

} // namespace careledger::ledger
