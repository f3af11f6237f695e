#include "staff/StaffDirectory.h"

#include <QCoreApplication>

namespace careledger::core {

namespace {

constexpr const char *kAccountColumns =
    "id, username, display_name, role, enabled, must_change_password, created_at, updated_at";

StaffRecord readAccount(const Statement &st)
{
    StaffRecord r;
    r.id = st.int64(0);
    r.username = st.text(1);
    r.displayName = st.text(2);
    r.role = st.text(3);
    r.enabled = st.int64(4) != 0;
    r.mustChangePassword = st.int64(5) != 0;
    r.createdAt = StaffDirectory::parseTimestamp(st.text(6));
    r.updatedAt = StaffDirectory::parseTimestamp(st.text(7));
    return r;
}

StaffKeyRecord readKey(const Statement &st)
{
    StaffKeyRecord k;
    k.id = st.int64(0);
    k.staffId = st.int64(1);
    k.keyId = st.blob(2);
    k.publicKey = st.blob(3);
    if (!st.isNull(4)) {
        k.sealedPrivateKey = st.blob(4);
    }
    k.createdAt = StaffDirectory::parseTimestamp(st.text(5));
    if (!st.isNull(6)) {
        k.retiredAt = StaffDirectory::parseTimestamp(st.text(6));
    }
    if (!st.isNull(7)) {
        k.pendingSealedPrivateKey = st.blob(7);
    }
    return k;
}

void bindOptionalId(Statement &st, int index, qint64 id)
{
    if (id > 0) {
        st.bind(index, id);
    } else {
        st.bindNull(index);
    }
}

// An UPDATE that matched no row means the account vanished underneath us.
StoreStatus requireOneChange(const Database &db, const QString &what)
{
    if (db.changes() != 1) {
        return StoreStatus::failure(
            StoreError::NotFound,
            QCoreApplication::translate("StaffDirectory", "No such staff account (%1).").arg(what));
    }
    return {};
}

} // namespace

QString StaffDirectory::timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime StaffDirectory::parseTimestamp(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

StoreResult<StaffRecord> StaffDirectory::findOne(const char *sql, const std::function<void(Statement &)> &bind,
                                                 const QString &what)
{
    auto st = m_db.prepare(sql);
    if (!st) {
        return st.error();
    }
    bind(*st);
    auto row = st->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return StoreResult<StaffRecord>::failure(
            StoreError::NotFound,
            QCoreApplication::translate("StaffDirectory", "No such staff account (%1).").arg(what));
    }
    return readAccount(*st);
}

StoreResult<StaffRecord> StaffDirectory::findById(qint64 staffId)
{
    static const QByteArray sql = QByteArray("SELECT ") + kAccountColumns + " FROM staff_accounts WHERE id = ?1";
    return findOne(
        sql.constData(), [&](Statement &st) { st.bind(1, staffId); }, QString::number(staffId));
}

StoreResult<StaffRecord> StaffDirectory::findByUsername(const QString &username)
{
    static const QByteArray sql = QByteArray("SELECT ") + kAccountColumns + " FROM staff_accounts WHERE username = ?1";
    return findOne(
        sql.constData(), [&](Statement &st) { st.bind(1, username); },
        QCoreApplication::translate("StaffDirectory", "by user name"));
}

StoreResult<QList<StaffRecord>> StaffDirectory::list()
{
    static const QByteArray sql = QByteArray("SELECT ") + kAccountColumns + " FROM staff_accounts ORDER BY username";
    auto st = m_db.prepare(sql.constData());
    if (!st) {
        return st.error();
    }
    QList<StaffRecord> out;
    if (auto done = st->forEachRow([&](const Statement &row) { out.append(readAccount(row)); }); !done) {
        return done.error();
    }
    return out;
}

StoreResult<int> StaffDirectory::countEnabled(const QString &role)
{
    auto st = m_db.prepare("SELECT count(*) FROM staff_accounts WHERE role = ?1 AND enabled = 1");
    if (!st) {
        return st.error();
    }
    st->bind(1, role);
    auto row = st->step();
    if (!row) {
        return row.error();
    }
    return *row ? static_cast<int>(st->int64(0)) : 0;
}

StoreResult<StaffKeyRecord> StaffDirectory::activeKey(qint64 staffId)
{
    auto st = m_db.prepare("SELECT id, staff_id, key_id, public_key, sealed_private_key, created_at, retired_at,"
                           " pending_sealed_private_key"
                           " FROM staff_keys WHERE staff_id = ?1 AND retired_at IS NULL");
    if (!st) {
        return st.error();
    }
    st->bind(1, staffId);
    auto row = st->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return StoreResult<StaffKeyRecord>::failure(
            StoreError::NotFound,
            QCoreApplication::translate("StaffDirectory", "This staff account has no active signing key."));
    }
    return readKey(*st);
}

StoreResult<QList<StaffKeyRecord>> StaffDirectory::keys(qint64 staffId)
{
    auto st = m_db.prepare("SELECT id, staff_id, key_id, public_key, sealed_private_key, created_at, retired_at,"
                           " pending_sealed_private_key"
                           " FROM staff_keys WHERE staff_id = ?1 ORDER BY id");
    if (!st) {
        return st.error();
    }
    st->bind(1, staffId);
    QList<StaffKeyRecord> out;
    if (auto done = st->forEachRow([&](const Statement &row) { out.append(readKey(row)); }); !done) {
        return done.error();
    }
    return out;
}

StoreResult<QList<SecurityEventRecord>> StaffDirectory::events(int limit)
{
    auto st = m_db.prepare("SELECT id, at, actor_id, action, target_id, detail FROM security_events"
                           " ORDER BY id DESC LIMIT ?1");
    if (!st) {
        return st.error();
    }
    st->bind(1, limit);
    QList<SecurityEventRecord> out;
    const auto read = [&](const Statement &row) {
        SecurityEventRecord e;
        e.id = row.int64(0);
        e.at = parseTimestamp(row.text(1));
        e.actorId = row.isNull(2) ? 0 : row.int64(2);
        e.action = row.text(3);
        e.targetId = row.isNull(4) ? 0 : row.int64(4);
        e.detail = row.text(5);
        out.append(e);
    };
    if (auto done = st->forEachRow(read); !done) {
        return done.error();
    }
    return out;
}

StoreStatus StaffDirectory::insertKey(qint64 staffId, const NewStaffKey &key, const QDateTime &now)
{
    auto st = m_db.prepare("INSERT INTO staff_keys (staff_id, key_id, public_key, sealed_private_key, created_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!st) {
        return st.error();
    }
    st->bind(1, staffId).bindBlob(2, key.keyId).bindBlob(3, key.publicKey).bindBlob(4, key.sealedPrivateKey);
    st->bind(5, timestamp(now));
    return st->run();
}

StoreStatus StaffDirectory::updateAccount(const char *sql, qint64 staffId, const QDateTime &now)
{
    auto st = m_db.prepare(sql);
    if (!st) {
        return st.error();
    }
    st->bind(1, staffId).bind(2, timestamp(now));
    if (auto done = st->run(); !done) {
        return done;
    }
    return requireOneChange(m_db, QString::number(staffId));
}

StoreStatus StaffDirectory::insertEvent(const SecurityEventRecord &event)
{
    auto st = m_db.prepare("INSERT INTO security_events (at, actor_id, action, target_id, detail)"
                           " VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!st) {
        return st.error();
    }
    st->bind(1, timestamp(event.at));
    bindOptionalId(*st, 2, event.actorId);
    st->bind(3, event.action);
    bindOptionalId(*st, 4, event.targetId);
    st->bind(5, event.detail);
    return st->run();
}

StoreResult<qint64> StaffDirectory::createAccount(const StaffRecord &account, const NewStaffKey &key,
                                                  SecurityEventRecord event)
{
    auto tx = m_db.begin();
    if (!tx) {
        return tx.error();
    }
    auto st = m_db.prepare("INSERT INTO staff_accounts (username, display_name, role, enabled, must_change_password,"
                           " created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)");
    if (!st) {
        return st.error();
    }
    st->bind(1, account.username).bind(2, account.displayName).bind(3, account.role);
    st->bind(4, account.enabled ? 1 : 0).bind(5, account.mustChangePassword ? 1 : 0);
    st->bind(6, timestamp(account.createdAt));
    if (auto done = st->run(); !done) {
        return done.error();
    }
    const qint64 id = m_db.lastInsertRowId();
    if (auto done = insertKey(id, key, account.createdAt); !done) {
        return done.error();
    }
    event.targetId = id;
    if (auto done = insertEvent(event); !done) {
        return done.error();
    }
    if (auto done = tx->commit(); !done) {
        return done.error();
    }
    return id;
}

StoreStatus StaffDirectory::disable(qint64 staffId, const QDateTime &now, const SecurityEventRecord &event)
{
    auto tx = m_db.begin();
    if (!tx) {
        return tx.error();
    }
    if (auto done = updateAccount("UPDATE staff_accounts SET enabled = 0, updated_at = ?2 WHERE id = ?1", staffId, now);
        !done) {
        return done;
    }
    if (auto done = insertEvent(event); !done) {
        return done;
    }
    return tx->commit();
}

StoreStatus StaffDirectory::issueKey(qint64 staffId, const NewStaffKey &key, const QDateTime &now,
                                     const SecurityEventRecord &event)
{
    auto tx = m_db.begin();
    if (!tx) {
        return tx.error();
    }
    if (auto done = updateAccount("UPDATE staff_accounts SET enabled = 1, must_change_password = 1, updated_at = ?2"
                                  " WHERE id = ?1",
                                  staffId, now);
        !done) {
        return done;
    }
    // The old private half is erased, not kept: nobody may sign with it again, while its
    // public half still verifies what it signed.
    auto retire = m_db.prepare("UPDATE staff_keys SET retired_at = ?2, sealed_private_key = NULL"
                               " WHERE staff_id = ?1 AND retired_at IS NULL");
    if (!retire) {
        return retire.error();
    }
    retire->bind(1, staffId).bind(2, timestamp(now));
    if (auto done = retire->run(); !done) {
        return done;
    }
    if (auto done = insertKey(staffId, key, now); !done) {
        return done;
    }
    if (auto done = insertEvent(event); !done) {
        return done;
    }
    return tx->commit();
}

StoreStatus StaffDirectory::stagePendingSeal(qint64 staffId, qint64 keyRowId, const QByteArray &sealedPrivateKey)
{
    auto st = m_db.prepare("UPDATE staff_keys SET pending_sealed_private_key = ?3"
                           " WHERE id = ?1 AND staff_id = ?2 AND retired_at IS NULL");
    if (!st) {
        return st.error();
    }
    st->bind(1, keyRowId).bind(2, staffId).bindBlob(3, sealedPrivateKey);
    if (auto done = st->run(); !done) {
        return done;
    }
    if (m_db.changes() != 1) {
        return StoreStatus::failure(
            StoreError::NotFound,
            QCoreApplication::translate("StaffDirectory", "This staff account has no active signing key."));
    }
    return {};
}

StoreStatus StaffDirectory::resealKey(qint64 staffId, qint64 keyRowId, const QByteArray &sealedPrivateKey,
                                      const QDateTime &now, const SecurityEventRecord &event)
{
    auto tx = m_db.begin();
    if (!tx) {
        return tx.error();
    }
    auto key = m_db.prepare("UPDATE staff_keys SET sealed_private_key = ?3, pending_sealed_private_key = NULL"
                            " WHERE id = ?1 AND staff_id = ?2 AND retired_at IS NULL");
    if (!key) {
        return key.error();
    }
    key->bind(1, keyRowId).bind(2, staffId).bindBlob(3, sealedPrivateKey);
    if (auto done = key->run(); !done) {
        return done;
    }
    if (m_db.changes() != 1) {
        return StoreStatus::failure(
            StoreError::NotFound,
            QCoreApplication::translate("StaffDirectory", "This staff account has no active signing key."));
    }
    if (auto done = updateAccount("UPDATE staff_accounts SET must_change_password = 0, updated_at = ?2 WHERE id = ?1",
                                  staffId, now);
        !done) {
        return done;
    }
    if (auto done = insertEvent(event); !done) {
        return done;
    }
    return tx->commit();
}

StoreStatus StaffDirectory::recordEvent(const SecurityEventRecord &event)
{
    return insertEvent(event);
}

} // namespace careledger::core
