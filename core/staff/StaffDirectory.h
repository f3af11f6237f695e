#pragma once

// Persistence of staff accounts, their signing keys and security events in the
// workstation database. Rules (who may do what) live in the services, not here.

#include "store/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace careledger::core {

struct StaffRecord {
    qint64 id = 0;
    QString username;
    QString displayName;
    QString role; // stored form: "admin", "doctor", "nurse"
    bool enabled = true;
    bool mustChangePassword = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct StaffKeyRecord {
    qint64 id = 0;
    qint64 staffId = 0;
    QByteArray keyId;            // SHA-256 of publicKey
    QByteArray publicKey;        // SubjectPublicKeyInfo DER
    QByteArray sealedPrivateKey; // empty once retired
    QByteArray pendingSealedPrivateKey; // set while a password change is under way
    QDateTime createdAt;
    QDateTime retiredAt; // invalid while the key is active
};

// A freshly generated signing key, private half already sealed under the owner's user key.
struct NewStaffKey {
    QByteArray keyId;
    QByteArray publicKey;
    QByteArray sealedPrivateKey;
};

struct SecurityEventRecord {
    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0; // 0 when no staff member acted (workstation set-up)
    QString action;
    qint64 targetId = 0; // 0 when the event concerns no account
    QString detail;      // never a secret
};

// Reads and writes staff_accounts, staff_keys and security_events; every multi-row change
// is one transaction, so an account never exists without its key and its event.
class StaffDirectory {
public:
    explicit StaffDirectory(Database &db) : m_db(db) {}
    Q_DISABLE_COPY_MOVE(StaffDirectory)

    StoreResult<StaffRecord> findById(qint64 staffId);
    StoreResult<StaffRecord> findByUsername(const QString &username); // case-insensitive
    StoreResult<QList<StaffRecord>> list();                           // by user name
    StoreResult<int> countEnabled(const QString &role);

    StoreResult<StaffKeyRecord> activeKey(qint64 staffId);     // NotFound when none
    StoreResult<QList<StaffKeyRecord>> keys(qint64 staffId);   // oldest first
    StoreResult<QList<SecurityEventRecord>> events(int limit); // newest first

    // Inserts the account, its key and `event` (whose target becomes the new account).
    // Returns the new account id; Constraint when the user name is taken.
    StoreResult<qint64> createAccount(const StaffRecord &account, const NewStaffKey &key, SecurityEventRecord event);
    // Clears the enabled flag and records the event.
    StoreStatus disable(qint64 staffId, const QDateTime &now, const SecurityEventRecord &event);
    // Retires the active key (its sealed private half is erased), installs `key`, marks the
    // account enabled with a password to change, and records the event.
    StoreStatus issueKey(qint64 staffId, const NewStaffKey &key, const QDateTime &now,
                         const SecurityEventRecord &event);
    // Replaces the sealed private half of an active key (same key, new password) and clears
    // the must-change flag.
    // First step of a password change: the same key sealed under the new password's user key.
    StoreStatus stagePendingSeal(qint64 staffId, qint64 keyRowId, const QByteArray &sealedPrivateKey);
    StoreStatus resealKey(qint64 staffId, qint64 keyRowId, const QByteArray &sealedPrivateKey, const QDateTime &now,
                          const SecurityEventRecord &event);
    StoreStatus recordEvent(const SecurityEventRecord &event);

    static QString timestamp(const QDateTime &at); // UTC ISO 8601 with milliseconds
    static QDateTime parseTimestamp(const QString &text);

private:
    StoreResult<StaffRecord> findOne(const char *sql, const std::function<void(Statement &)> &bind,
                                     const QString &what);
    StoreStatus insertKey(qint64 staffId, const NewStaffKey &key, const QDateTime &now);
    StoreStatus insertEvent(const SecurityEventRecord &event);
    // Runs `sql` (?1 = staff id, ?2 = now) and requires it to change exactly that account.
    StoreStatus updateAccount(const char *sql, qint64 staffId, const QDateTime &now);

    Database &m_db;
};

} // namespace careledger::core
