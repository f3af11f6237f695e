#pragma once

// RAII access to one SQLCipher database through the C API. One Database per thread.

#include "crypto/SecureBytes.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <span>

struct sqlite3;
struct sqlite3_stmt;

namespace careledger::core {

class Database;

// A prepared statement; reset and reusable. Bind indices are 1-based as in SQLite.
class Statement {
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &text);
    Statement &bindBlob(int index, QByteArrayView blob);
    Statement &bindNull(int index);

    // true: a row is available; false: done. Errors are classified (DiskFull, Constraint, ...).
    StoreResult<bool> step();
    StoreStatus run(); // steps until done, then resets
    // Calls `row` for each result row, then resets. Stops at the first error.
    StoreStatus forEachRow(const std::function<void(const Statement &)> &row);
    void reset();      // also clears bindings

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_bindFailed = false; // reported by the next step(): bind() chains and cannot fail
};

// Rolls back on destruction unless committed.
class Transaction {
public:
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();
    StoreStatus commit();

private:
    friend class Database;
    explicit Transaction(Database *db) : m_db(db) {}
    Database *m_db = nullptr;
};

struct Migration {
    int version;     // 1, 2, 3, ... applied in order, each in its own transaction
    const char *sql; // may hold several statements
};

class Database {
public:
    Q_DISABLE_COPY_MOVE(Database)
    ~Database();

    // Encrypted database with a raw 256-bit key (never a passphrase), 4096-byte cipher pages,
    // WAL, foreign keys on. create() refuses an existing file; open() refuses a missing one.
    static StoreResult<std::unique_ptr<Database>> create(const QString &path, const SecureBytes &key);
    static StoreResult<std::unique_ptr<Database>> open(const QString &path, const SecureBytes &key);
    // Unencrypted SQLite through the same library (the key-slot sidecar only).
    static StoreResult<std::unique_ptr<Database>> openPlain(const QString &path, bool createIfMissing);
    // Like openPlain, but refuses an existing file (AlreadyExists), as create() does.
    static StoreResult<std::unique_ptr<Database>> createPlain(const QString &path);
    // Removes a database file and its -wal, -shm and -journal companions (cleanup after a
    // failed create; never call it on a store that existed before).
    static void removeFiles(const QString &path);
    // True if the file or any of its companions exists.
    static bool filesExist(const QString &path);

    StoreStatus exec(const char *sql);
    StoreResult<Statement> prepare(const char *sql);
    StoreResult<Transaction> begin(); // BEGIN IMMEDIATE
    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;

    // Applies every migration above the stored version; fails with SchemaTooNew if the
    // stored version is above the newest known one.
    StoreStatus migrate(std::span<const Migration> migrations);
    StoreResult<int> schemaVersion();

    QString path() const { return m_path; }

    // Maps the connection's last error to a StoreError with a readable message.
    // `what` names the operation for the message ("saving staff account").
    template <typename T = void>
    Result<T, StoreError> lastError(const QString &what) const { return Result<T, StoreError>(classifyLastError(what)); }
    Error<StoreError> classifyLastError(const QString &what) const;

private:
    Database(sqlite3 *db, QString path);
    static StoreResult<std::unique_ptr<Database>> openPlainConnection(const QString &path, bool create, const QString &what);
    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace careledger::core
