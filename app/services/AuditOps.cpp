#include "services/AuditOps.h"

#include "ledger/StateView.h"
#include "services/RecordsOps.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSysInfo>

namespace careledger::services::detail {

namespace {

using State = WorkstationAccess::State;

const QByteArray kAuditDomain = QByteArrayLiteral("careledger-audit-v1");

void putBytes(QByteArray &out, QByteArrayView bytes)
{
    out += u32be(static_cast<quint32>(bytes.size()));
    out += bytes;
}

void putText(QByteArray &out, const QString &text)
{
    putBytes(out, text.toUtf8());
}

// Restores full durability after a read's entry, whatever happens in between.
struct NormalSyncScope {
    core::Database &db;
    explicit NormalSyncScope(core::Database &d) : db(d) { (void)db.exec("PRAGMA synchronous = NORMAL"); }
    ~NormalSyncScope() { (void)db.exec("PRAGMA synchronous = FULL"); }
    Q_DISABLE_COPY_MOVE(NormalSyncScope)
};

struct Head {
    qint64 count = 0;
    QByteArray hash;
};

ServiceResult<Head> auditHead(core::Database &db)
{
    auto st = db.prepare("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!st)
        return storeFailure<Head>(st.error(), StoreAccess::Read);
    auto has = st->step();
    if (!has)
        return storeFailure<Head>(has.error(), StoreAccess::Read);
    Head h;
    h.hash = QByteArray(core::kSha256Size, '\0');
    if (*has) {
        h.count = st->int64(0);
        h.hash = st->blob(1);
    }
    return h;
}

} // namespace

AuditRow readAuditRow(const core::Statement &st, int c)
{
    AuditRow r;
    r.seq = st.int64(c);
    r.at = st.text(c + 1);
    r.actorId = st.isNull(c + 2) ? 0 : st.int64(c + 2);
    r.actorUsername = st.text(c + 3);
    r.actorRole = st.text(c + 4);
    r.action = st.text(c + 5);
    r.pseudonym = st.isNull(c + 6) ? QByteArray() : st.blob(c + 6);
    r.workstation = st.text(c + 7);
    r.breakGlass = st.int64(c + 8) != 0;
    r.refused = st.int64(c + 9) != 0;
    r.detail = st.text(c + 10);
    r.entryHash = st.blob(c + 11);
    return r;
}

QByteArray auditEncoding(const AuditRow &row)
{
    QByteArray out = kAuditDomain;
    out += u64be(static_cast<quint64>(row.seq));
    putText(out, row.at);
    out += u64be(static_cast<quint64>(row.actorId));
    putText(out, row.actorUsername);
    putText(out, row.actorRole);
    putText(out, row.action);
    putBytes(out, row.pseudonym);
    putText(out, row.workstation);
    out += static_cast<char>(row.breakGlass ? 1 : 0);
    out += static_cast<char>(row.refused ? 1 : 0);
    putText(out, row.detail);
    return out;
}

QByteArray auditHash(const QByteArray &previousHash, const AuditRow &row)
{
    core::Sha256 h;
    h.add(previousHash);
    h.add(auditEncoding(row));
    return h.finish();
}

ServiceStatus appendAudit(State &state, core::Database &db, const Actor &actor, const AuditWrite &entry)
{
    auto head = auditHead(db);
    if (!head)
        return head.error();
    AuditRow row;
    row.seq = head->count + 1;
    row.at = isoTime(state.now());
    row.actorId = actor.id;
    row.actorUsername = actor.username;
    row.actorRole = actor.patient.isEmpty() ? roleId(actor.role) : QStringLiteral("patient");
    row.action = entry.action;
    row.pseudonym = entry.pseudonym;
    row.workstation = state.records ? state.records->workstationName : QSysInfo::machineHostName();
    row.breakGlass = entry.breakGlass;
    row.refused = entry.refused;
    row.detail = entry.detail;
    row.entryHash = auditHash(head->hash, row);
    auto st = db.prepare("INSERT INTO audit_log (seq, at, actor_id, actor_username, actor_role, action, pseudonym, workstation, "
                         "break_glass, refused, detail, entry_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    if (!st)
        return fromStore(st.error(), StoreAccess::Write);
    st->bind(1, row.seq).bind(2, row.at).bind(3, row.actorId).bind(4, row.actorUsername).bind(5, row.actorRole).bind(6, row.action);
    if (row.pseudonym.isEmpty())
        st->bindNull(7);
    else
        st->bindBlob(7, row.pseudonym);
    st->bind(8, row.workstation).bind(9, row.breakGlass ? 1 : 0).bind(10, row.refused ? 1 : 0).bind(11, row.detail);
    st->bindBlob(12, row.entryHash);
    if (auto ran = st->run(); !ran)
        return fromStore(ran.error(), StoreAccess::Write);
    return {};
}

ServiceStatus auditAlone(State &state, const Actor &actor, const AuditWrite &entry)
{
    if (!state.store)
        return ServiceStatus::failure(ServiceError::NotLoggedIn, QCoreApplication::translate("Records", "Please sign in first."));
    core::Database &db = state.store->database();
    const NormalSyncScope normal(db);
    auto t = db.begin();
    if (!t)
        return fromStore(t.error(), StoreAccess::Write);
    if (auto s = appendAudit(state, db, actor, entry); !s)
        return s;
    if (auto c = t->commit(); !c)
        return fromStore(c.error(), StoreAccess::Write);
    return {};
}

ServiceResult<bool> anchorAudit(State &state)
{
    if (!state.store || !state.chain || state.nodeKey.isNull())
        return ServiceResult<bool>::failure(ServiceError::NotLoggedIn, QCoreApplication::translate("Records", "Please sign in first."));
    core::Database &db = state.store->database();
    auto head = auditHead(db);
    if (!head)
        return head.error();
    qint64 anchored = 0;
    {
        auto st = db.prepare("SELECT COALESCE(MAX(entry_count), 0) FROM audit_anchors");
        if (!st)
            return storeFailure<bool>(st.error(), StoreAccess::Read);
        if (auto has = st->step(); !has)
            return storeFailure<bool>(has.error(), StoreAccess::Read);
        anchored = st->int64(0);
    }
    if (head->count <= anchored)
        return false;
    // Signed by the node key: the log is the workstation's, and verify can then tell this
    // workstation's anchors on a shared chain from other members'.
    const QList<BodyToSign> bodies{{&state.nodeKey, ledger::AuditAnchorBody{head->hash, static_cast<quint64>(head->count)}}};
    auto done = commitBodies(state, bodies, [&](core::Database &tdb, const QList<ledger::Transaction> &txs) -> ServiceStatus {
        auto insert = tdb.prepare("INSERT INTO audit_anchors (entry_count, head_hash, tx_id, at) VALUES (?1, ?2, ?3, ?4)");
        if (!insert)
            return fromStore(insert.error(), StoreAccess::Write);
        insert->bind(1, head->count).bindBlob(2, head->hash).bindBlob(3, txs.first().id()).bind(4, isoTime(state.now()));
        if (auto ran = insert->run(); !ran)
            return fromStore(ran.error(), StoreAccess::Write);
        return {};
    });
    if (!done)
        return done.error();
    return true;
}

// ---- verification --------------------------------------------------------------------------

namespace {

struct ChainAnchor {
    QByteArray txId;
    QByteArray headHash;
    quint64 count = 0;
};

QString txName(const QByteArray &txId)
{
    return ledger::describeTx(txId);
}

// This workstation's anchor transactions, on the main chain or waiting in the outbox.
ServiceResult<QList<ChainAnchor>> chainAnchors(core::Database &db)
{
    using R = ServiceResult<QList<ChainAnchor>>;
    QByteArray nodeKeyId;
    {
        auto st = db.prepare("SELECT node_key_id FROM workstation_identity WHERE id = 1");
        if (!st)
            return storeFailure<QList<ChainAnchor>>(st.error(), StoreAccess::Read);
        auto has = st->step();
        if (!has)
            return storeFailure<QList<ChainAnchor>>(has.error(), StoreAccess::Read);
        if (!*has)
            return R(QList<ChainAnchor>());
        nodeKeyId = st->blob(0);
    }
    const int type = static_cast<int>(ledger::TxType::AuditAnchor);
    QList<ChainAnchor> out;
    struct Located {
        QByteArray txId;
        QByteArray blockHash;
        qsizetype position = 0;
    };
    QList<Located> onChain;
    {
        auto st = db.prepare("SELECT tx_id, block_hash, position FROM ledger_tx_index WHERE type = ?1 AND signer = ?2 ORDER BY height, position");
        if (!st)
            return storeFailure<QList<ChainAnchor>>(st.error(), StoreAccess::Read);
        st->bind(1, type).bindBlob(2, nodeKeyId);
        if (auto done = st->forEachRow([&](const core::Statement &row) {
                onChain.append({row.blob(0), row.blob(1), static_cast<qsizetype>(row.int64(2))});
            });
            !done)
            return storeFailure<QList<ChainAnchor>>(done.error(), StoreAccess::Read);
    }
    if (!onChain.isEmpty()) {
        auto chain = ledger::ChainStore::open(db);
        if (!chain)
            return R::failure(ServiceError::StoreUnavailable, chain.message());
        // One block read per block that holds anchors (usually one anchor each).
        QByteArray loadedHash;
        ledger::Block block;
        for (const Located &at : onChain) {
            if (at.blockHash != loadedHash) {
                auto loaded = (*chain)->blockByHash(at.blockHash);
                if (!loaded)
                    return R::failure(ServiceError::StoreUnavailable, loaded.message());
                block = std::move(loaded).value();
                loadedHash = at.blockHash;
            }
            if (at.position >= block.transactions.size())
                continue; // the chain verifier names a body that disagrees with its index
            const ledger::Transaction &tx = block.transactions.at(at.position);
            if (const auto *body = std::get_if<ledger::AuditAnchorBody>(&tx.body); body && tx.id() == at.txId)
                out.append({at.txId, body->headHash, body->entryCount});
        }
    }
    auto st = db.prepare("SELECT tx_id, tx FROM ledger_outbox WHERE type = ?1 AND signer = ?2 ORDER BY sequence");
    if (!st)
        return storeFailure<QList<ChainAnchor>>(st.error(), StoreAccess::Read);
    st->bind(1, type).bindBlob(2, nodeKeyId);
    if (auto done = st->forEachRow([&](const core::Statement &row) {
            auto tx = ledger::Transaction::decode(row.blob(1));
            if (!tx)
                return;
            if (const auto *body = std::get_if<ledger::AuditAnchorBody>(&tx->body))
                out.append({row.blob(0), body->headHash, body->entryCount});
        });
        !done)
        return storeFailure<QList<ChainAnchor>>(done.error(), StoreAccess::Read);
    return out;
}

struct LocalAnchor {
    qint64 count = 0;
    QByteArray headHash;
    QByteArray txId;
};

} // namespace

ServiceStatus verifyAudit(core::Database &db, VerifyResult &out, const std::atomic<bool> *cancel)
{
    QStringList &problems = out.problems;
    auto anchors = chainAnchors(db);
    if (!anchors)
        return anchors.error();
    QList<LocalAnchor> local;
    {
        auto st = db.prepare("SELECT entry_count, head_hash, tx_id FROM audit_anchors ORDER BY entry_count");
        if (!st)
            return fromStore(st.error(), StoreAccess::Read);
        if (auto done = st->forEachRow([&](const core::Statement &row) { local.append({row.int64(0), row.blob(1), row.blob(2)}); }); !done)
            return fromStore(done.error(), StoreAccess::Read);
    }

    // Each local anchor row against its transaction, and each transaction against a row.
    QHash<QByteArray, ChainAnchor> byTx;
    for (const ChainAnchor &a : *anchors)
        byTx.insert(a.txId, a);
    QSet<QByteArray> localTxs;
    for (const LocalAnchor &a : local) {
        localTxs.insert(a.txId);
        const auto it = byTx.constFind(a.txId);
        if (it == byTx.constEnd())
            problems.append(QStringLiteral("audit anchor at entry %1: its transaction is neither on the chain nor waiting").arg(a.count));
        else if (it->headHash != a.headHash || static_cast<qint64>(it->count) != a.count)
            problems.append(QStringLiteral("audit anchor at entry %1: differs from its transaction (%2) (altered)").arg(a.count).arg(txName(a.txId)));
    }
    // What the entries must hash to, by count: the chain's word, which the store cannot change.
    QMap<qint64, ChainAnchor> expected;
    for (const ChainAnchor &a : *anchors) {
        if (!localTxs.contains(a.txId))
            problems.append(QStringLiteral("audit anchor at entry %1 (%2): on the chain but missing from the store (deleted)").arg(a.count).arg(txName(a.txId)));
        expected.insert(static_cast<qint64>(a.count), a);
    }

    const QByteArray sql = QByteArrayLiteral("SELECT ") + kAuditRowColumns + " FROM audit_log ORDER BY seq";
    auto st = db.prepare(sql.constData());
    if (!st)
        return fromStore(st.error(), StoreAccess::Read);
    const QByteArray zero(core::kSha256Size, '\0');
    QByteArray previousStored = zero;
    QByteArray recomputed = zero;
    qint64 next = 1;
    qint64 last = 0;
    for (;;) {
        if (cancel && cancel->load()) {
            out.cancelled = true;
            return {};
        }
        auto has = st->step();
        if (!has)
            return fromStore(has.error(), StoreAccess::Read);
        if (!*has)
            break;
        const AuditRow row = readAuditRow(*st);
        if (row.seq > next) {
            problems.append(row.seq == next + 1 ? QStringLiteral("audit entry %1: missing").arg(next)
                                                : QStringLiteral("audit entries %1 to %2: missing").arg(next).arg(row.seq - 1));
        } else if (auditHash(previousStored, row) != row.entryHash) {
            // Only checkable when the entry before is present; after a gap the missing one is named.
            problems.append(QStringLiteral("audit entry %1: altered").arg(row.seq));
        }
        recomputed = auditHash(recomputed, row);
        if (const auto it = expected.constFind(row.seq); it != expected.constEnd() && it->headHash != recomputed)
            problems.append(QStringLiteral("audit log: entries 1 to %1 no longer match their anchor (%2) (altered)").arg(row.seq).arg(txName(it->txId)));
        ++out.auditEntriesChecked;
        previousStored = row.entryHash;
        next = row.seq + 1;
        last = row.seq;
    }
    qint64 covered = 0;
    for (const ChainAnchor &a : *anchors)
        covered = qMax(covered, static_cast<qint64>(a.count));
    for (const LocalAnchor &a : local)
        covered = qMax(covered, a.count);
    if (covered > last)
        problems.append(QStringLiteral("audit log: entries after %1 were deleted (an anchor covers %2)").arg(last).arg(covered));
    return {};
}

} // namespace careledger::services::detail
