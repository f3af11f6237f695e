#include "ChainStore.h"

#include "Consensus.h"
#include "SqlUtil.h"
#include "Try.h"
#include "crypto/Crypto.h"

#include <QSet>

#include <array>

namespace careledger::ledger {

namespace {

struct LedgerMigration {
    int version;
    const char *sql;
};

// Never edit a released migration: append a new one. The workstation's own schema_version
// is not touched: the ledger versions its tables separately.
constexpr std::array<LedgerMigration, 3> kMigrations{{
    {1, R"sql(
CREATE TABLE ledger_meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE ledger_blocks (
    hash         BLOB    PRIMARY KEY,
    height       INTEGER NOT NULL,
    parent       BLOB    NOT NULL,
    producer     BLOB    NOT NULL,
    timestamp_ms INTEGER NOT NULL,
    header       BLOB    NOT NULL,
    body         BLOB    NOT NULL,
    total_weight INTEGER NOT NULL,
    on_main      INTEGER NOT NULL DEFAULT 0 CHECK (on_main IN (0, 1)),
    invalid      INTEGER NOT NULL DEFAULT 0 CHECK (invalid IN (0, 1))
);
CREATE UNIQUE INDEX ledger_blocks_main_height ON ledger_blocks(height) WHERE on_main = 1;
CREATE INDEX ledger_blocks_by_parent ON ledger_blocks(parent);
CREATE TABLE ledger_tx_index (
    tx_id           BLOB    PRIMARY KEY,
    block_hash      BLOB    NOT NULL,
    height          INTEGER NOT NULL,
    position        INTEGER NOT NULL,
    type            INTEGER NOT NULL,
    signer          BLOB    NOT NULL,
    record_id       BLOB,
    pseudonym       BLOB,
    ciphertext_hash BLOB,
    record_version  INTEGER
);
CREATE INDEX ledger_tx_by_block ON ledger_tx_index(block_hash, position);
CREATE INDEX ledger_tx_by_record ON ledger_tx_index(record_id, height, position) WHERE record_id IS NOT NULL;
CREATE INDEX ledger_tx_by_pseudonym ON ledger_tx_index(pseudonym, height, position) WHERE pseudonym IS NOT NULL;
CREATE TABLE ledger_members (
    id             INTEGER PRIMARY KEY,
    key_id         BLOB    NOT NULL,
    member_id      BLOB    NOT NULL,
    spki           BLOB    NOT NULL,
    added_height   INTEGER NOT NULL,
    removed_height INTEGER
);
CREATE UNIQUE INDEX ledger_members_active ON ledger_members(key_id) WHERE removed_height IS NULL;
CREATE TABLE ledger_validators (
    id             INTEGER PRIMARY KEY, -- joining order
    key_id         BLOB    NOT NULL,
    spki           BLOB    NOT NULL,
    added_height   INTEGER NOT NULL,
    removed_height INTEGER
);
CREATE UNIQUE INDEX ledger_validators_active ON ledger_validators(key_id) WHERE removed_height IS NULL;
CREATE TABLE ledger_user_keys (
    key_id            BLOB    PRIMARY KEY,
    spki              BLOB    NOT NULL,
    member_key_id     BLOB    NOT NULL,
    registered_height INTEGER NOT NULL
);
CREATE TABLE ledger_sequences (
    key_id        BLOB    PRIMARY KEY,
    last_sequence INTEGER NOT NULL
);
)sql"},
    {2, R"sql(
-- Transactions committed together with the store rows they describe and not yet on the
-- main chain. Index columns as in ledger_tx_index, so the commit rule can be checked in SQL.
CREATE TABLE ledger_outbox (
    tx_id           BLOB    PRIMARY KEY,
    signer          BLOB    NOT NULL,
    sequence        INTEGER NOT NULL,
    type            INTEGER NOT NULL,
    record_id       BLOB,
    pseudonym       BLOB,
    ciphertext_hash BLOB,
    record_version  INTEGER,
    subject_key_id  BLOB,
    tx              BLOB    NOT NULL
);
CREATE INDEX ledger_outbox_by_signer ON ledger_outbox(signer, sequence);
CREATE INDEX ledger_outbox_by_record ON ledger_outbox(record_id) WHERE record_id IS NOT NULL;
)sql"},
    {3, R"sql(
-- Registered bedside devices (opaque id, hash of the device key): a pairing needs one.
CREATE TABLE ledger_devices (
    device_id         BLOB    PRIMARY KEY,
    key_hash          BLOB    NOT NULL,
    registered_height INTEGER NOT NULL
);
)sql"},
}};

LedgerResult<core::Transaction> beginTx(core::Database &db)
{
    auto t = db.begin();
    if (!t)
        return sql::storageError(t.error());
    return std::move(t).value();
}

LedgerStatus commitTx(core::Transaction &t)
{
    if (auto c = t.commit(); !c)
        return sql::storageError(c.error());
    return {};
}

// Index columns that let services find a record's or a patient's transactions.
struct IndexFields {
    QByteArray subjectKeyId; // the registered key of a user key registration
    QByteArray recordId;
    QByteArray pseudonym;
    QByteArray ciphertextHash;
    std::optional<quint64> version;
};

IndexFields indexFields(const TxBody &body)
{
    IndexFields f;
    std::visit(
        [&](const auto &b) {
            using B = std::decay_t<decltype(b)>;
            if constexpr (requires { b.pseudonym; })
                f.pseudonym = b.pseudonym;
            if constexpr (std::is_same_v<B, RecordPutBody>) {
                f.recordId = b.recordId;
                f.ciphertextHash = b.ciphertextHash;
                f.version = b.version;
            } else if constexpr (std::is_same_v<B, RecordEraseBody>) {
                if (!b.recordId.isEmpty())
                    f.recordId = b.recordId;
            } else if constexpr (std::is_same_v<B, UserKeyRegisterBody>) {
                if (auto key = core::EcPublicKey::fromSpkiDer(b.spki))
                    f.subjectKeyId = key->keyId();
            }
        },
        body);
    return f;
}

} // namespace

struct ChainStore::Row {
    QByteArray hash;
    quint64 height = 0;
    QByteArray parent;
    QByteArray header;
    QByteArray body;
    quint64 totalWeight = 0;
    bool onMain = false;
    bool invalid = false;
};

ChainStore::ChainStore(core::Database &db) : m_db(db) {}
ChainStore::~ChainStore() = default;

LedgerStatus ChainStore::migrate(core::Database &db)
{
    LEDGER_CHECK(sql::exec(db, "CREATE TABLE IF NOT EXISTS ledger_schema_version (version INTEGER NOT NULL)"));
    LEDGER_TRY(row, sql::queryRow(db, "SELECT COALESCE(MAX(version), 0) FROM ledger_schema_version"));
    const int stored = row ? static_cast<int>(row->int64(0)) : 0;
    row.reset();
    if (stored > kMigrations.back().version)
        return LedgerStatus::failure(LedgerError::Storage,
                                     QStringLiteral("the ledger tables were written by a newer CareLedger (schema %1, this version knows %2)")
                                         .arg(stored)
                                         .arg(kMigrations.back().version));
    for (const auto &m : kMigrations) {
        if (m.version <= stored)
            continue;
        LEDGER_TRY(t, beginTx(db));
        if (auto s = db.exec(m.sql); !s)
            return sql::storageError(s.error());
        LEDGER_CHECK(sql::exec(db, "DELETE FROM ledger_schema_version"));
        LEDGER_CHECK(sql::exec(db, "INSERT INTO ledger_schema_version (version) VALUES (?)", m.version));
        LEDGER_CHECK(commitTx(t));
    }
    return {};
}

LedgerResult<std::unique_ptr<ChainStore>> ChainStore::open(core::Database &db)
{
    LEDGER_CHECK(migrate(db));
    std::unique_ptr<ChainStore> store(new ChainStore(db));
    LEDGER_TRY(row, sql::queryRow(db, "SELECT value, (SELECT value FROM ledger_meta WHERE key = 'genesis_hash') FROM ledger_meta WHERE key = 'genesis'"));
    if (row) {
        auto genesis = Genesis::decode(row->blob(0));
        if (!genesis)
            return LedgerResult<std::unique_ptr<ChainStore>>::failure(LedgerError::Storage,
                                                                      QStringLiteral("stored genesis is damaged: %1").arg(genesis.message()));
        store->m_genesis = genesis.value();
        store->m_genesisHash = row->blob(1);
        store->m_state = std::make_unique<ChainState>(db, store->m_genesis);
    }
    return store;
}

LedgerStatus ChainStore::initialise(const Genesis &genesis, const BlockHeader &genesisHeader)
{
    if (isInitialised())
        return LedgerStatus::failure(LedgerError::Duplicate, QStringLiteral("this ledger already holds a chain"));
    LEDGER_CHECK(genesis.validate());
    LEDGER_CHECK(genesis.verifyHeader(genesisHeader));
    const QByteArray hash = genesisHeader.hash();
    auto state = std::make_unique<ChainState>(m_db, genesis);
    LEDGER_TRY(t, beginTx(m_db));
    LEDGER_CHECK(sql::exec(m_db, "INSERT INTO ledger_meta (key, value) VALUES ('genesis', ?), ('genesis_hash', ?)", genesis.encode(), hash));
    LEDGER_CHECK(sql::exec(m_db,
                           "INSERT INTO ledger_blocks (hash, height, parent, producer, timestamp_ms, header, body, total_weight, on_main) "
                           "VALUES (?, 0, ?, ?, ?, ?, ?, 0, 1)",
                           hash, genesisHeader.previousHash, genesisHeader.producerKeyId, genesisHeader.timestampMs, genesisHeader.encode(),
                           genesis.encode()));
    LEDGER_CHECK(state->initialise());
    LEDGER_CHECK(commitTx(t));
    m_genesis = genesis;
    m_genesisHash = hash;
    m_state = std::move(state);
    return {};
}

LedgerResult<std::optional<ChainStore::Row>> ChainStore::row(const QByteArray &hash)
{
    LEDGER_TRY(st, sql::queryRow(m_db, "SELECT height, parent, header, body, total_weight, on_main, invalid FROM ledger_blocks WHERE hash = ?", hash));
    if (!st)
        return std::optional<Row>();
    Row r;
    r.hash = hash;
    r.height = static_cast<quint64>(st->int64(0));
    r.parent = st->blob(1);
    r.header = st->blob(2);
    r.body = st->blob(3);
    r.totalWeight = static_cast<quint64>(st->int64(4));
    r.onMain = st->int64(5) != 0;
    r.invalid = st->int64(6) != 0;
    return std::optional<Row>(std::move(r));
}

LedgerResult<Block> ChainStore::loadBlock(const Row &r)
{
    auto fail = [&](const QString &m) {
        return LedgerResult<Block>::failure(LedgerError::Storage, QStringLiteral("%1: %2").arg(describeBlock(r.height, r.hash), m));
    };
    auto header = BlockHeader::decode(r.header);
    if (!header)
        return fail(header.message());
    Block b;
    b.header = header.value();
    if (r.height > 0) {
        auto txs = Block::decodeBody(r.body);
        if (!txs)
            return fail(txs.message());
        b.transactions = std::move(txs).value();
    }
    return b;
}

LedgerResult<ChainStore::Tip> ChainStore::tip()
{
    LEDGER_TRY(st, sql::queryRow(m_db, "SELECT hash, height, timestamp_ms, total_weight FROM ledger_blocks WHERE on_main = 1 ORDER BY height DESC LIMIT 1"));
    if (!st)
        return LedgerResult<Tip>::failure(LedgerError::NotFound, QStringLiteral("the ledger holds no chain yet"));
    return Tip{st->blob(0), static_cast<quint64>(st->int64(1)), static_cast<quint64>(st->int64(2)), static_cast<quint64>(st->int64(3))};
}

LedgerResult<ParentInfo> ChainStore::tipAsParent()
{
    LEDGER_TRY(t, tip());
    LEDGER_TRY(validators, m_state->validators());
    ParentInfo p{t.hash, t.height, t.timestampMs, {}};
    LEDGER_TRY(st, sql::prepare(m_db, "SELECT producer FROM ledger_blocks WHERE on_main = 1 AND height > 0 AND height <= ? ORDER BY height DESC LIMIT ?",
                                t.height, static_cast<qint64>(validators.size() / 2)));
    for (;;) {
        LEDGER_TRY(has, sql::step(st));
        if (!has)
            break;
        p.recentProducers.append(st.blob(0));
    }
    return p;
}

LedgerResult<quint64> ChainStore::connect(const Block &block, const QByteArray &hash, const QByteArray &body, quint64 nowMs, bool insertRow)
{
    LEDGER_TRY(parent, tipAsParent());
    LEDGER_CHECK(checkBlockHeader(block, body.size(), parent, *m_state, nowMs));
    LEDGER_CHECK(applyBlockTransactions(block, *m_state));
    const quint64 height = block.header.height;
    for (qsizetype i = 0; i < block.transactions.size(); ++i) {
        const Transaction &tx = block.transactions[i];
        const IndexFields f = indexFields(tx.body);
        auto s = sql::exec(m_db,
                           "INSERT INTO ledger_tx_index (tx_id, block_hash, height, position, type, signer, record_id, pseudonym, ciphertext_hash, "
                           "record_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           tx.id(), hash, height, static_cast<qint64>(i), static_cast<int>(tx.type()), tx.signerKeyId, f.recordId, f.pseudonym,
                           f.ciphertextHash, f.version);
        if (!s)
            return LedgerResult<quint64>::failure(LedgerError::Duplicate, QStringLiteral("%1: %2 is already on the main chain (%3)")
                                                                              .arg(describeBlock(height, hash), describeTx(tx.id()), s.message()));
        // Same database transaction as the block: a committed change is always either
        // waiting here or on the main chain, whenever the process dies.
        LEDGER_CHECK(sql::exec(m_db, "DELETE FROM ledger_outbox WHERE tx_id = ?", tx.id()));
    }
    LEDGER_TRY(parentRow, row(parent.hash));
    const quint64 total = (parentRow ? parentRow->totalWeight : 0) + block.header.consensus.weight;
    if (insertRow)
        LEDGER_CHECK(sql::exec(m_db,
                               "INSERT INTO ledger_blocks (hash, height, parent, producer, timestamp_ms, header, body, total_weight, on_main) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                               hash, height, block.header.previousHash, block.header.producerKeyId, block.header.timestampMs, block.header.encode(),
                               body, total));
    else
        LEDGER_CHECK(sql::exec(m_db, "UPDATE ledger_blocks SET on_main = 1 WHERE hash = ?", hash));
    return total;
}

LedgerResult<QList<Transaction>> ChainStore::disconnectTipInTransaction()
{
    LEDGER_TRY(t, tip());
    if (t.height == 0)
        return LedgerResult<QList<Transaction>>::failure(LedgerError::InvalidState, QStringLiteral("the genesis block cannot be disconnected"));
    LEDGER_TRY(r, row(t.hash));
    LEDGER_TRY(block, loadBlock(*r));
    for (qsizetype i = block.transactions.size() - 1; i >= 0; --i)
        LEDGER_CHECK(m_state->undoTx(block.transactions[i], t.height));
    LEDGER_CHECK(sql::exec(m_db, "DELETE FROM ledger_tx_index WHERE block_hash = ?", t.hash));
    LEDGER_CHECK(sql::exec(m_db, "UPDATE ledger_blocks SET on_main = 0 WHERE hash = ?", t.hash));
    // Back to the outbox; connecting the new branch removes again those it contains.
    for (const Transaction &tx : block.transactions)
        LEDGER_CHECK(insertPending(tx, true));
    return block.transactions;
}

LedgerResult<QList<Transaction>> ChainStore::disconnectTip()
{
    LEDGER_TRY(t, beginTx(m_db));
    LEDGER_TRY(txs, disconnectTipInTransaction());
    LEDGER_CHECK(commitTx(t));
    return txs;
}

LedgerResult<ChainStore::Accepted> ChainStore::acceptBlock(const Block &block, quint64 nowMs)
{
    using R = LedgerResult<Accepted>;
    if (!isInitialised())
        return R::failure(LedgerError::NotFound, QStringLiteral("the ledger holds no chain yet"));
    const QByteArray hash = block.header.hash();
    const QString name = describeBlock(block.header.height, hash);
    LEDGER_TRY(existing, row(hash));
    if (existing) {
        if (existing->invalid)
            return R::failure(LedgerError::InvalidState, QStringLiteral("%1 was found invalid before").arg(name));
        return Accepted{Accepted::AlreadyKnown, 0, {}, {}};
    }
    LEDGER_TRY(parentRow, row(block.header.previousHash));
    if (!parentRow)
        return R::failure(LedgerError::UnknownParent, QStringLiteral("%1: parent is unknown").arg(name));
    if (parentRow->invalid)
        return R::failure(LedgerError::InvalidState, QStringLiteral("%1 builds on an invalid block").arg(name));
    const QByteArray body = block.encodeBody();
    LEDGER_TRY(oldTip, tip());

    LEDGER_TRY(t, beginTx(m_db));
    if (block.header.previousHash == oldTip.hash) {
        LEDGER_TRY(total, connect(block, hash, body, nowMs, true));
        Q_UNUSED(total);
        LEDGER_CHECK(commitTx(t));
        return Accepted{Accepted::Extended, 0, {}, block.transactions};
    }

    // A side branch: walk back to the main chain, then try the branch on top of the fork
    // point inside this transaction; keep it only if it is now the best chain.
    QList<Row> branch;
    Row cursor = *parentRow;
    while (!cursor.onMain) {
        branch.prepend(cursor);
        LEDGER_TRY(next, row(cursor.parent));
        if (!next)
            return R::failure(LedgerError::Storage, QStringLiteral("%1: a stored ancestor is missing").arg(name));
        if (next->invalid)
            return R::failure(LedgerError::InvalidState, QStringLiteral("%1 builds on an invalid block").arg(name));
        cursor = *next;
    }
    const quint64 forkHeight = cursor.height;
    QList<Transaction> disconnected;
    quint64 disconnectedBlocks = 0;
    for (quint64 h = oldTip.height; h > forkHeight; --h) {
        LEDGER_TRY(txs, disconnectTipInTransaction());
        disconnected = txs + disconnected;
        ++disconnectedBlocks;
    }
    QList<Transaction> connected;
    for (const Row &r : branch) {
        auto stored = loadBlock(r);
        auto total = stored ? connect(*stored, r.hash, r.body, nowMs, false) : LedgerResult<quint64>(stored.error());
        if (!total) {
            // A stored side block that does not hold on top of its branch: undo everything,
            // then remember the verdict so nobody builds on it again.
            {
                core::Transaction rollback = std::move(t);
            }
            (void)sql::exec(m_db, "UPDATE ledger_blocks SET invalid = 1 WHERE hash = ?", r.hash);
            return R::failure(total.code(), total.message());
        }
        connected += stored->transactions;
    }
    LEDGER_TRY(newTotal, connect(block, hash, body, nowMs, true));
    connected += block.transactions;

    if (RoundRobinAuthority::isBetter(newTotal, hash, oldTip.totalWeight, oldTip.hash)) {
        LEDGER_CHECK(commitTx(t));
        QSet<QByteArray> connectedIds;
        for (const auto &tx : connected)
            connectedIds.insert(tx.id());
        Accepted a{Accepted::Reorganised, disconnectedBlocks, {}, connected};
        for (const auto &tx : disconnected)
            if (!connectedIds.contains(tx.id()))
                a.orphaned.append(tx);
        return a;
    }
    {
        core::Transaction rollback = std::move(t); // leaves scope: everything above is undone
    }
    LEDGER_TRY(t2, beginTx(m_db));
    LEDGER_CHECK(sql::exec(m_db,
                           "INSERT INTO ledger_blocks (hash, height, parent, producer, timestamp_ms, header, body, total_weight, on_main) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                           hash, block.header.height, block.header.previousHash, block.header.producerKeyId, block.header.timestampMs,
                           block.header.encode(), body, newTotal));
    LEDGER_CHECK(commitTx(t2));
    return Accepted{Accepted::SideBranch, 0, {}, {}};
}

LedgerResult<ChainStore::DryRun> ChainStore::dryRun(const QList<Transaction> &candidates, quint64 blockTimeMs)
{
    LEDGER_TRY(t, beginTx(m_db));
    DryRun out;
    LEDGER_TRY(t0, tip());
    for (const auto &tx : candidates) {
        if (auto s = m_db.exec("SAVEPOINT ledger_candidate"); !s)
            return sql::storageError(s.error());
        auto checked = checkTransaction(tx, *m_state, blockTimeMs);
        if (checked)
            checked = m_state->applyTx(tx, t0.height + 1);
        if (checked) {
            out.accepted.append(tx);
            (void)m_db.exec("RELEASE ledger_candidate");
        } else {
            out.rejected.append({tx, checked.message()});
            (void)m_db.exec("ROLLBACK TO ledger_candidate; RELEASE ledger_candidate");
        }
    }
    return out; // t rolls back
}

LedgerResult<Block> ChainStore::mainBlockAt(quint64 height)
{
    LEDGER_TRY(st, sql::queryRow(m_db, "SELECT hash FROM ledger_blocks WHERE on_main = 1 AND height = ?", height));
    if (!st)
        return LedgerResult<Block>::failure(LedgerError::NotFound, QStringLiteral("no main-chain block at height %1").arg(height));
    return blockByHash(st->blob(0));
}

LedgerResult<Block> ChainStore::blockByHash(const QByteArray &hash)
{
    LEDGER_TRY(r, row(hash));
    if (!r)
        return LedgerResult<Block>::failure(LedgerError::NotFound, QStringLiteral("no block %1").arg(QString::fromLatin1(hash.toHex())));
    return loadBlock(*r);
}

LedgerResult<std::optional<ChainStore::BlockInfo>> ChainStore::blockInfo(const QByteArray &hash)
{
    LEDGER_TRY(st, sql::queryRow(m_db, "SELECT height, parent, total_weight, on_main, invalid FROM ledger_blocks WHERE hash = ?", hash));
    if (!st)
        return std::optional<BlockInfo>();
    return std::optional<BlockInfo>(BlockInfo{static_cast<quint64>(st->int64(0)), st->blob(1), static_cast<quint64>(st->int64(2)),
                                              st->int64(3) != 0, st->int64(4) != 0});
}

LedgerResult<QByteArray> ChainStore::mainHashAt(quint64 height)
{
    LEDGER_TRY(st, sql::queryRow(m_db, "SELECT hash FROM ledger_blocks WHERE on_main = 1 AND height = ?", height));
    if (!st)
        return LedgerResult<QByteArray>::failure(LedgerError::NotFound, QStringLiteral("no main-chain block at height %1").arg(height));
    return st->blob(0);
}

LedgerResult<QByteArray> ChainStore::activeMemberId(const QByteArray &keyId)
{
    LEDGER_TRY(st, sql::queryRow(m_db, "SELECT member_id FROM ledger_members WHERE key_id = ? AND removed_height IS NULL", keyId));
    return st ? st->blob(0) : QByteArray();
}

LedgerResult<QList<QByteArray>> ChainStore::mainHeaders(quint64 fromHeight, qsizetype maxCount)
{
    LEDGER_TRY(st, sql::prepare(m_db, "SELECT header FROM ledger_blocks WHERE on_main = 1 AND height >= ? ORDER BY height LIMIT ?", fromHeight,
                                static_cast<qint64>(maxCount)));
    QList<QByteArray> out;
    for (;;) {
        LEDGER_TRY(has, sql::step(st));
        if (!has)
            return out;
        out.append(st.blob(0));
    }
}

LedgerResult<std::optional<ChainStore::RawBlock>> ChainStore::rawBlock(const QByteArray &hash)
{
    LEDGER_TRY(st, sql::queryRow(m_db, "SELECT header, body FROM ledger_blocks WHERE hash = ?", hash));
    if (!st)
        return std::optional<RawBlock>();
    return std::optional<RawBlock>(RawBlock{st->blob(0), st->blob(1)});
}

LedgerResult<ChainStore::TxProof> ChainStore::proveTransaction(const QByteArray &txId)
{
    using R = LedgerResult<TxProof>;
    LEDGER_TRY(st, sql::queryRow(m_db, "SELECT block_hash, position FROM ledger_tx_index WHERE tx_id = ?", txId));
    if (!st)
        return R::failure(LedgerError::NotFound, QStringLiteral("%1 is not on the main chain").arg(describeTx(txId)));
    const QByteArray blockHash = st->blob(0);
    const auto position = static_cast<quint64>(st->int64(1));
    st.reset();
    LEDGER_TRY(block, blockByHash(blockHash));
    LEDGER_TRY(proof, merkleInclusionProof(block.txIds(), position));
    return TxProof{blockHash, block.header.height, proof, block.header.merkleRoot, block.transactions[static_cast<qsizetype>(position)]};
}

LedgerStatus ChainStore::forEachRecordHead(const std::function<bool(const RecordHead &)> &visit)
{
    // Correlated lookups through ledger_tx_by_record keep this a single streaming pass.
    LEDGER_TRY(st, sql::prepare(m_db, R"sql(
SELECT t.record_id, t.pseudonym, t.type, t.record_version, t.ciphertext_hash, t.tx_id, t.height,
       EXISTS (SELECT 1 FROM ledger_tx_index e
               WHERE e.pseudonym = t.pseudonym AND e.record_id IS NULL AND e.type = ?1
                 AND (e.height > t.height OR (e.height = t.height AND e.position > t.position)))
FROM ledger_tx_index t
WHERE t.record_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM ledger_tx_index n
                  WHERE n.record_id = t.record_id
                    AND (n.height > t.height OR (n.height = t.height AND n.position > t.position)))
ORDER BY t.record_id)sql",
                                static_cast<int>(TxType::RecordErase)));
    for (;;) {
        LEDGER_TRY(has, sql::step(st));
        if (!has)
            return {};
        RecordHead head;
        head.recordId = st.blob(0);
        head.pseudonym = st.blob(1);
        head.erased = st.int64(2) == static_cast<int>(TxType::RecordErase) || st.int64(7) != 0;
        head.version = st.isNull(3) ? 0 : static_cast<quint64>(st.int64(3));
        if (!head.erased)
            head.ciphertextHash = st.blob(4);
        head.txId = st.blob(5);
        head.height = static_cast<quint64>(st.int64(6));
        if (!visit(head))
            return {};
    }
}

LedgerStatus ChainStore::insertPending(const Transaction &tx, bool ignoreDuplicate)
{
    const IndexFields f = indexFields(tx.body);
    const char *sqlText = ignoreDuplicate
                              ? "INSERT OR IGNORE INTO ledger_outbox (tx_id, signer, sequence, type, record_id, pseudonym, ciphertext_hash, "
                                "record_version, subject_key_id, tx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                              : "INSERT INTO ledger_outbox (tx_id, signer, sequence, type, record_id, pseudonym, ciphertext_hash, "
                                "record_version, subject_key_id, tx) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql::exec(m_db, sqlText, tx.id(), tx.signerKeyId, tx.sequence, static_cast<int>(tx.type()), f.recordId, f.pseudonym,
                     f.ciphertextHash, f.version, f.subjectKeyId, tx.encode());
}

LedgerStatus ChainStore::enqueue(const Transaction &tx)
{
    if (!m_db.inTransaction())
        return LedgerStatus::failure(LedgerError::InvalidState,
                                     QStringLiteral("%1: a transaction is enqueued only inside the caller's database transaction").arg(describeTx(tx.id())));
    LEDGER_CHECK(tx.checkWellFormed());
    return insertPending(tx, false);
}

namespace {

QByteArray sqlLiteral(const QByteArray &v)
{
    return v.isNull() ? QByteArrayLiteral("NULL") : QByteArrayLiteral("X'") + v.toHex() + '\'';
}

QByteArray sqlLiteral(std::optional<quint64> v)
{
    return v ? QByteArray::number(static_cast<qint64>(*v)) : QByteArrayLiteral("NULL");
}

} // namespace

QByteArray ChainStore::enqueueStatement(const Transaction &tx)
{
    const IndexFields f = indexFields(tx.body);
    return QByteArrayLiteral("INSERT INTO ledger_outbox (tx_id, signer, sequence, type, record_id, pseudonym, ciphertext_hash, "
                             "record_version, subject_key_id, tx) VALUES (") +
           sqlLiteral(tx.id()) + ", " + sqlLiteral(tx.signerKeyId) + ", " + sqlLiteral(std::optional<quint64>(tx.sequence)) + ", " +
           QByteArray::number(static_cast<int>(tx.type())) + ", " + sqlLiteral(f.recordId) + ", " + sqlLiteral(f.pseudonym) + ", " +
           sqlLiteral(f.ciphertextHash) + ", " + sqlLiteral(f.version) + ", " + sqlLiteral(f.subjectKeyId) + ", " + sqlLiteral(tx.encode()) +
           ")";
}

LedgerResult<QList<Transaction>> ChainStore::pendingTransactions()
{
    LEDGER_TRY(st, sql::prepare(m_db, "SELECT tx FROM ledger_outbox ORDER BY signer, sequence"));
    QList<Transaction> out;
    for (;;) {
        LEDGER_TRY(has, sql::step(st));
        if (!has)
            return out;
        auto tx = Transaction::decode(st.blob(0));
        if (!tx)
            return LedgerResult<QList<Transaction>>::failure(LedgerError::Storage, QStringLiteral("a waiting transaction is damaged: %1").arg(tx.message()));
        out.append(std::move(tx).value());
    }
}

LedgerResult<qint64> ChainStore::pendingCount()
{
    LEDGER_TRY(st, sql::queryRow(m_db, "SELECT COUNT(*) FROM ledger_outbox"));
    return st ? st->int64(0) : qint64(0);
}

LedgerResult<bool> ChainStore::isPending(const QByteArray &txId)
{
    LEDGER_TRY(st, sql::queryRow(m_db, "SELECT 1 FROM ledger_outbox WHERE tx_id = ?", txId));
    return st.has_value();
}

LedgerResult<quint64> ChainStore::nextSequence(const QByteArray &signerKeyId)
{
    if (!isInitialised())
        return LedgerResult<quint64>::failure(LedgerError::NotFound, QStringLiteral("the ledger holds no chain yet"));
    LEDGER_TRY(onChain, m_state->lastSequence(signerKeyId));
    LEDGER_TRY(st, sql::queryRow(m_db, "SELECT COALESCE(MAX(sequence), 0) FROM ledger_outbox WHERE signer = ?", signerKeyId));
    const quint64 waiting = st ? static_cast<quint64>(st->int64(0)) : 0;
    return qMax(onChain, waiting) + 1;
}

LedgerResult<std::optional<ChainStore::RecordHead>> ChainStore::recordHead(const QByteArray &recordId)
{
    using R = LedgerResult<std::optional<RecordHead>>;
    LEDGER_TRY(st, sql::queryRow(m_db,
                                 "SELECT pseudonym, type, record_version, ciphertext_hash, tx_id, height FROM ledger_tx_index "
                                 "WHERE record_id = ? ORDER BY height DESC, position DESC LIMIT 1",
                                 recordId));
    if (!st)
        return R(std::nullopt);
    RecordHead head;
    head.recordId = recordId;
    head.pseudonym = st->blob(0);
    head.erased = st->int64(1) == static_cast<int>(TxType::RecordErase);
    head.version = st->isNull(2) ? 0 : static_cast<quint64>(st->int64(2));
    if (!head.erased)
        head.ciphertextHash = st->blob(3);
    head.txId = st->blob(4);
    head.height = static_cast<quint64>(st->int64(5));
    st.reset();
    if (!head.erased) {
        LEDGER_TRY(erase, sql::queryRow(m_db,
                                        "SELECT 1 FROM ledger_tx_index WHERE pseudonym = ? AND record_id IS NULL AND type = ? "
                                        "AND (height > ? OR (height = ? AND position > (SELECT position FROM ledger_tx_index WHERE tx_id = ?)))",
                                        head.pseudonym, static_cast<int>(TxType::RecordErase), head.height, head.height, head.txId));
        if (erase) {
            head.erased = true;
            head.ciphertextHash.clear();
        }
    }
    return R(std::move(head));
}

} // namespace careledger::ledger
