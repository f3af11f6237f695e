#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlcipher/sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>
#include <utility>

namespace careledger::core {

namespace {

constexpr int kCipherPageSize = 4096;
constexpr int kBusyTimeoutMs = 5000;
constexpr qsizetype kRawKeySize = 32;

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct SqliteCloser {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

struct StmtFinalizer {
    void operator()(sqlite3_stmt *stmt) const { sqlite3_finalize(stmt); }
};
using StmtHandle = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

bool isPermissionErrno(int err)
{
    return err == EACCES || err == EROFS || err == EPERM;
}

bool isSpaceErrno(int err)
{
    return err == ENOSPC || err == EFBIG || err == EDQUOT;
}

QString sqliteDetail(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
}

// Runs a statement that returns at most one text value (a PRAGMA); nullopt on error.
std::optional<QByteArray> queryText(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return std::nullopt;
    StmtHandle stmt(raw);
    const int rc = sqlite3_step(stmt.get());
    if (rc == SQLITE_DONE)
        return QByteArray();
    if (rc != SQLITE_ROW)
        return std::nullopt;
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt.get(), 0));
    return QByteArray(text ? text : "");
}

// Builds SQLCipher's raw-key string form x'<64 hex>' in wipeable memory: handing SQLCipher
// the 32 bytes themselves would make it treat them as a passphrase (PBKDF2 on every open).
SecureBytes rawKeyLiteral(const SecureBytes &key)
{
    static constexpr char kHex[] = "0123456789abcdef";
    SecureBytes literal(static_cast<std::size_t>(key.size()) * 2 + 3);
    unsigned char *out = literal.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *out++ = static_cast<unsigned char>(kHex[key.data()[i] >> 4]);
        *out++ = static_cast<unsigned char>(kHex[key.data()[i] & 0x0f]);
    }
    *out = '\'';
    return literal;
}

Error<StoreError> makeError(StoreError code, QString message)
{
    return Error<StoreError>{code, std::move(message)};
}

enum class FileKind { Missing, Unreadable, NotRegular, Empty, PlainSqlite, TooSmall, OddSize, BadPageMultiple, Candidate };

struct Probe {
    FileKind kind = FileKind::Missing;
    int error = 0;
};

// Looks at the file before SQLite does, so the common wrong-file cases get a precise
// message instead of SQLite's generic "file is not a database".
Probe probeFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::stat(native.constData(), &st) != 0)
        return {errno == ENOENT ? FileKind::Missing : FileKind::Unreadable, errno};
    if (!S_ISREG(st.st_mode))
        return {FileKind::NotRegular, 0};
    if (st.st_size == 0)
        return {FileKind::Empty, 0};
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {FileKind::Unreadable, errno};
    char header[16] = {};
    const ssize_t got = ::read(fd, header, sizeof header);
    ::close(fd);
    if (got == static_cast<ssize_t>(sizeof header) && std::memcmp(header, "SQLite format 3\0", 16) == 0)
        return {FileKind::PlainSqlite, 0};
    if (st.st_size < 1024)
        return {FileKind::TooSmall, 0};
    if (st.st_size % 1024 != 0)
        return {FileKind::OddSize, 0};
    if (st.st_size % kCipherPageSize != 0)
        return {FileKind::BadPageMultiple, 0};
    return {FileKind::Candidate, 0};
}

std::optional<Error<StoreError>> errorForEncryptedProbe(const QString &path, const Probe &probe)
{
    const QString p = displayPath(path);
    switch (probe.kind) {
    case FileKind::Missing:
        return makeError(StoreError::NotFound, QCoreApplication::translate("Store", "The database file %1 does not exist.").arg(p));
    case FileKind::Unreadable:
        return makeError(isPermissionErrno(probe.error) ? StoreError::ReadOnly : StoreError::Io,
                         QCoreApplication::translate("Store", "The database file %1 cannot be read (%2).").arg(p, QString::fromLocal8Bit(std::strerror(probe.error))));
    case FileKind::NotRegular:
        return makeError(StoreError::NotADatabase, QCoreApplication::translate("Store", "%1 is not a regular file.").arg(p));
    case FileKind::Empty:
        return makeError(StoreError::NotADatabase, QCoreApplication::translate("Store", "%1 is empty: it is not a CareLedger database.").arg(p));
    case FileKind::PlainSqlite:
        return makeError(StoreError::NotADatabase,
                         QCoreApplication::translate("Store", "%1 is a plain, unencrypted SQLite file, not a CareLedger encrypted database.").arg(p));
    case FileKind::TooSmall:
    case FileKind::OddSize:
        return makeError(StoreError::NotADatabase, QCoreApplication::translate("Store", "%1 is not a CareLedger database (its size is not a whole number of pages).").arg(p));
    case FileKind::BadPageMultiple:
        return makeError(StoreError::Corrupted, QCoreApplication::translate("Store", "%1 is damaged: it was truncated or partly overwritten.").arg(p));
    case FileKind::Candidate:
        break;
    }
    return std::nullopt;
}

Error<StoreError> errorFromErrno(int err, const QString &what)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(err));
    if (isPermissionErrno(err))
        return makeError(StoreError::ReadOnly, QCoreApplication::translate("Store", "%1: the location cannot be written (%2).").arg(what, reason));
    if (isSpaceErrno(err))
        return makeError(StoreError::DiskFull, QCoreApplication::translate("Store", "%1: the disk is full (%2).").arg(what, reason));
    if (err == EEXIST)
        return makeError(StoreError::AlreadyExists, QCoreApplication::translate("Store", "%1: the file already exists.").arg(what));
    if (err == ENOENT || err == ENOTDIR)
        return makeError(StoreError::NotFound, QCoreApplication::translate("Store", "%1: the folder does not exist.").arg(what));
    return makeError(StoreError::Io, QCoreApplication::translate("Store", "%1: input/output error (%2).").arg(what, reason));
}

// SQLite retries a -wal/-shm it could not create as read-only, so errno ends up ENOENT
// rather than EACCES: an existing database in a folder we cannot write is the real cause.
bool companionFilesBlocked(sqlite3 *db)
{
    const char *file = sqlite3_db_filename(db, "main");
    if (!file || !*file)
        return false;
    const QFileInfo info(QFile::decodeName(file));
    return info.exists() && ::access(QFile::encodeName(info.absolutePath()).constData(), W_OK) != 0;
}

Error<StoreError> classify(sqlite3 *db, const QString &what)
{
    if (!db)
        return makeError(StoreError::Internal, QCoreApplication::translate("Store", "%1: out of memory.").arg(what));
    const int ext = sqlite3_extended_errcode(db);
    const int sysErr = sqlite3_system_errno(db);
    const QString detail = sqliteDetail(db);
    switch (ext & 0xff) {
    case SQLITE_FULL:
        return makeError(StoreError::DiskFull,
                         QCoreApplication::translate("Store", "%1: the disk is full or the file size limit was reached; nothing was changed.").arg(what));
    case SQLITE_IOERR:
        if (isSpaceErrno(sysErr))
            return makeError(StoreError::DiskFull,
                             QCoreApplication::translate("Store", "%1: the disk is full or the file size limit was reached; nothing was changed.").arg(what));
        if (isPermissionErrno(sysErr))
            return makeError(StoreError::ReadOnly, QCoreApplication::translate("Store", "%1: the data folder or file cannot be written.").arg(what));
        return makeError(StoreError::Io, QCoreApplication::translate("Store", "%1: input/output error (%2).").arg(what, detail));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(StoreError::ReadOnly, QCoreApplication::translate("Store", "%1: the data folder or file cannot be written.").arg(what));
    case SQLITE_CANTOPEN:
        if (isPermissionErrno(sysErr) || companionFilesBlocked(db))
            return makeError(StoreError::ReadOnly, QCoreApplication::translate("Store", "%1: the data folder or file cannot be written.").arg(what));
        if (sysErr == ENOENT)
            return makeError(StoreError::NotFound, QCoreApplication::translate("Store", "%1: the file or its folder does not exist.").arg(what));
        return makeError(StoreError::Io, QCoreApplication::translate("Store", "%1: the file cannot be opened (%2).").arg(what, detail));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(StoreError::Busy, QCoreApplication::translate("Store", "%1: the database is in use by another program; try again.").arg(what));
    case SQLITE_CONSTRAINT:
        return makeError(StoreError::Constraint, QCoreApplication::translate("Store", "%1: the change conflicts with existing data (%2).").arg(what, detail));
    case SQLITE_CORRUPT:
    case SQLITE_FORMAT:
        return makeError(StoreError::Corrupted, QCoreApplication::translate("Store", "%1: the database file is damaged.").arg(what));
    case SQLITE_NOTADB:
        return makeError(StoreError::WrongKey, QCoreApplication::translate("Store", "%1: wrong key or damaged file.").arg(what));
    case SQLITE_NOMEM:
        return makeError(StoreError::Internal, QCoreApplication::translate("Store", "%1: out of memory.").arg(what));
    default:
        return makeError(StoreError::Internal, QCoreApplication::translate("Store", "%1: unexpected database error (%2).").arg(what, detail));
    }
}

int execRaw(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}

std::optional<Error<StoreError>> applyConnectionSettings(sqlite3 *db, const QString &what)
{
    // Temporary tables and sort spills would otherwise go to unencrypted temp files.
    if (execRaw(db, "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;") != SQLITE_OK)
        return classify(db, what);
    if (queryText(db, "PRAGMA foreign_keys") != QByteArray("1"))
        return makeError(StoreError::Internal, QCoreApplication::translate("Store", "%1: foreign keys could not be enabled.").arg(what));
    return std::nullopt;
}

// Failures that say something about the machine, not about the file's contents.
bool isEnvironmentError(StoreError code)
{
    return code == StoreError::Busy || code == StoreError::ReadOnly || code == StoreError::DiskFull || code == StoreError::Io
        || code == StoreError::Internal;
}

// quick_check reads every page: a damaged page (bad HMAC or a malformed b-tree) fails here
// rather than in the middle of a clinician's work.
std::optional<Error<StoreError>> quickCheck(sqlite3 *db, const QString &path, const QString &what)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &raw, nullptr) != SQLITE_OK) {
        auto err = classify(db, what);
        if (isEnvironmentError(err.code))
            return err;
        return makeError(StoreError::Corrupted, QCoreApplication::translate("Store", "%1 is damaged (integrity check failed).").arg(displayPath(path)));
    }
    StmtHandle stmt(raw);
    const int rc = sqlite3_step(stmt.get());
    if (rc == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt.get(), 0));
        if (text && std::strcmp(text, "ok") == 0)
            return std::nullopt;
        return makeError(StoreError::Corrupted, QCoreApplication::translate("Store", "%1 is damaged (integrity check failed).").arg(displayPath(path)));
    }
    auto err = classify(db, what);
    if (isEnvironmentError(err.code))
        return err;
    return makeError(StoreError::Corrupted, QCoreApplication::translate("Store", "%1 is damaged (integrity check failed).").arg(displayPath(path)));
}

std::optional<Error<StoreError>> checkIntValue(sqlite3 *db, const char *sql, int expected, const QString &what, const char *setting)
{
    const auto value = queryText(db, sql);
    if (!value)
        return classify(db, what);
    if (value->toInt() != expected)
        return makeError(StoreError::Internal,
                         QCoreApplication::translate("Store", "%1: the setting %2 did not take effect.").arg(what, QString::fromLatin1(setting)));
    return std::nullopt;
}

// Keys the connection and sets the cipher page size; both must happen before the first
// page is read, on create and on every open.
std::optional<Error<StoreError>> keyConnection(sqlite3 *db, const SecureBytes &key, const QString &what)
{
    if (key.size() != static_cast<std::size_t>(kRawKeySize))
        return makeError(StoreError::Internal, QCoreApplication::translate("Store", "%1: the database key must be 32 bytes.").arg(what));
    {
        SecureBytes literal = rawKeyLiteral(key);
        const int rc = sqlite3_key(db, literal.data(), static_cast<int>(literal.size()));
        literal.wipe();
        if (rc != SQLITE_OK)
            return classify(db, what);
    }
    // A plain SQLite build ignores unknown pragmas: cipher_version proves this is SQLCipher.
    const auto version = queryText(db, "PRAGMA cipher_version");
    if (!version || version->isEmpty())
        return makeError(StoreError::Internal, QCoreApplication::translate("Store", "%1: the SQLite library in use does not encrypt (SQLCipher missing).").arg(what));
    if (execRaw(db, "PRAGMA cipher_page_size = 4096") != SQLITE_OK)
        return classify(db, what);
    return checkIntValue(db, "PRAGMA cipher_page_size", kCipherPageSize, what, "cipher_page_size");
}

std::optional<Error<StoreError>> enableWal(sqlite3 *db, const QString &what)
{
    const auto mode = queryText(db, "PRAGMA journal_mode = WAL");
    if (!mode)
        return classify(db, what);
    if (mode->toLower() != "wal")
        return makeError(StoreError::Internal, QCoreApplication::translate("Store", "%1: write-ahead logging could not be enabled.").arg(what));
    return std::nullopt;
}

// O_EXCL reserves the name atomically, so two creators cannot both believe they made it.
StoreStatus reserveNewFile(const QString &path, const QString &what)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int err = errno;
        if (err == EEXIST)
            return makeError(StoreError::AlreadyExists, QCoreApplication::translate("Store", "%1: %2 already exists; refusing to overwrite it.").arg(what, displayPath(path)));
        return errorFromErrno(err, what);
    }
    ::close(fd);
    return {};
}

constexpr const char *kCompanionSuffixes[] = {"", "-wal", "-shm", "-journal"};

} // namespace

// ---- Statement ----------------------------------------------------------------------

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_bindFailed(std::exchange(other.m_bindFailed, false))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindFailed = std::exchange(other.m_bindFailed, false);
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (!m_stmt || sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (!m_stmt || sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

// A null QString binds as empty text, not NULL: use bindNull() for NULL, so a default
// constructed string never trips a NOT NULL column by accident.
Statement &Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!m_stmt || sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

// An empty view binds a zero-length blob, not NULL.
Statement &Statement::bindBlob(int index, QByteArrayView blob)
{
    const char *data = blob.data() ? blob.data() : "";
    if (!m_stmt || sqlite3_bind_blob(m_stmt, index, data, static_cast<int>(blob.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (!m_stmt || sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        m_bindFailed = true;
    return *this;
}

StoreResult<bool> Statement::step()
{
    if (!m_stmt || !m_db)
        return StoreResult<bool>::failure(StoreError::Internal, QCoreApplication::translate("Store", "A database statement was used before it was prepared."));
    if (m_bindFailed)
        return StoreResult<bool>::failure(StoreError::Internal, QCoreApplication::translate("Store", "A value could not be bound to a database statement."));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Classify before resetting: the reset would not change the code, but keeps it simple
    // to reason about which call produced the message.
    auto error = m_db->classifyLastError(QCoreApplication::translate("Store", "Database operation"));
    sqlite3_reset(m_stmt);
    return error;
}

StoreStatus Statement::run()
{
    return forEachRow([](const Statement &) {});
}

StoreStatus Statement::forEachRow(const std::function<void(const Statement &)> &row)
{
    for (;;) {
        auto more = step();
        if (!more.ok()) {
            reset();
            return more.error();
        }
        if (!*more)
            break;
        row(*this);
    }
    reset();
    return {};
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindFailed = false;
}

qint64 Statement::int64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::real(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

QString Statement::text(int column) const
{
    if (!m_stmt)
        return {};
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::blob(int column) const
{
    if (!m_stmt)
        return {};
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

// ---- Transaction --------------------------------------------------------------------

Transaction::Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction()
{
    // SQLite may already have rolled back by itself (SQLITE_FULL, IOERR): only roll back
    // what is still open.
    if (m_db && m_db->inTransaction())
        (void)m_db->exec("ROLLBACK");
}

StoreStatus Transaction::commit()
{
    if (!m_db)
        return StoreStatus::failure(StoreError::Internal, QCoreApplication::translate("Store", "The transaction was already finished."));
    Database *db = std::exchange(m_db, nullptr);
    if (auto committed = db->exec("COMMIT"); !committed.ok()) {
        if (db->inTransaction())
            (void)db->exec("ROLLBACK");
        return committed;
    }
    return {};
}

// ---- Database -----------------------------------------------------------------------

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

StoreResult<std::unique_ptr<Database>> Database::create(const QString &path, const SecureBytes &key)
{
    using R = StoreResult<std::unique_ptr<Database>>;
    const QString what = QCoreApplication::translate("Store", "Creating the database %1").arg(displayPath(path));
    if (key.size() != static_cast<std::size_t>(kRawKeySize))
        return R::failure(StoreError::Internal, QCoreApplication::translate("Store", "%1: the database key must be 32 bytes.").arg(what));
    // Leftover -wal/-shm files from another database would be replayed into the new one.
    if (filesExist(path))
        return R::failure(StoreError::AlreadyExists, QCoreApplication::translate("Store", "%1: a database file already exists there; refusing to overwrite it.").arg(what));
    // O_EXCL reserves the name atomically; from here on every failure removes what we made.
    if (auto reserved = reserveNewFile(path, what); !reserved.ok())
        return reserved.error();

    auto fail = [&](sqlite3 *raw, Error<StoreError> error) -> R {
        if (raw)
            sqlite3_close_v2(raw);
        removeFiles(path);
        return error;
    };

    sqlite3 *raw = nullptr;
    const QByteArray native = QFile::encodeName(path);
    if (sqlite3_open_v2(native.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return fail(raw, classify(raw, what));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    if (auto err = keyConnection(raw, key, what))
        return fail(raw, *err);
    // WAL: readers on other threads never block the writer, and a kill -9 loses nothing
    // committed. synchronous = FULL also keeps the last commits across a power cut.
    if (auto err = enableWal(raw, what))
        return fail(raw, *err);
    if (execRaw(raw, "PRAGMA synchronous = FULL") != SQLITE_OK)
        return fail(raw, classify(raw, what));
    if (auto err = applyConnectionSettings(raw, what))
        return fail(raw, *err);
    if (auto err = checkIntValue(raw, "PRAGMA page_size", kCipherPageSize, what, "page_size"))
        return fail(raw, *err);
    return std::unique_ptr<Database>(new Database(raw, path));
}

StoreResult<std::unique_ptr<Database>> Database::open(const QString &path, const SecureBytes &key)
{
    using R = StoreResult<std::unique_ptr<Database>>;
    const QString what = QCoreApplication::translate("Store", "Opening the database %1").arg(displayPath(path));
    if (key.size() != static_cast<std::size_t>(kRawKeySize))
        return R::failure(StoreError::Internal, QCoreApplication::translate("Store", "%1: the database key must be 32 bytes.").arg(what));
    if (auto err = errorForEncryptedProbe(path, probeFile(path)))
        return *err;

    sqlite3 *opened = nullptr;
    const QByteArray native = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(native.constData(), &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    SqliteHandle db(opened);
    if (rc != SQLITE_OK)
        return classify(db.get(), what);
    sqlite3_extended_result_codes(db.get(), 1);
    sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
    // SQLite silently falls back to read-only when the file is write-protected.
    if (sqlite3_db_readonly(db.get(), "main") == 1)
        return R::failure(StoreError::ReadOnly, QCoreApplication::translate("Store", "%1: the file is read-only.").arg(what));
    if (auto err = keyConnection(db.get(), key, what))
        return *err;
    // The first read decrypts page 1: a wrong key fails here, not in the middle of work.
    if (!queryText(db.get(), "SELECT count(*) FROM sqlite_master"))
        return classify(db.get(), what);
    if (auto err = checkIntValue(db.get(), "PRAGMA page_size", kCipherPageSize, what, "page_size"))
        return *err;
    if (auto err = enableWal(db.get(), what))
        return *err;
    if (execRaw(db.get(), "PRAGMA synchronous = FULL") != SQLITE_OK)
        return classify(db.get(), what);
    if (auto err = applyConnectionSettings(db.get(), what))
        return *err;
    if (auto err = quickCheck(db.get(), path, what))
        return *err;
    return std::unique_ptr<Database>(new Database(db.release(), path));
}

StoreResult<std::unique_ptr<Database>> Database::openPlain(const QString &path, bool createIfMissing)
{
    using R = StoreResult<std::unique_ptr<Database>>;
    const QString what = QCoreApplication::translate("Store", "Opening %1").arg(displayPath(path));
    const Probe probe = probeFile(path);
    switch (probe.kind) {
    case FileKind::Missing:
        if (!createIfMissing)
            return R::failure(StoreError::NotFound, QCoreApplication::translate("Store", "The file %1 does not exist.").arg(displayPath(path)));
        break;
    case FileKind::Unreadable:
    case FileKind::NotRegular:
        return *errorForEncryptedProbe(path, probe);
    case FileKind::Empty:
    case FileKind::PlainSqlite:
        break;
    default:
        return R::failure(StoreError::NotADatabase, QCoreApplication::translate("Store", "%1 is not an SQLite file.").arg(displayPath(path)));
    }
    return openPlainConnection(path, createIfMissing, what);
}

StoreResult<std::unique_ptr<Database>> Database::createPlain(const QString &path)
{
    const QString what = QCoreApplication::translate("Store", "Creating %1").arg(displayPath(path));
    if (filesExist(path))
        return StoreResult<std::unique_ptr<Database>>::failure(
            StoreError::AlreadyExists, QCoreApplication::translate("Store", "%1: a file already exists there; refusing to overwrite it.").arg(what));
    if (auto reserved = reserveNewFile(path, what); !reserved.ok())
        return reserved.error();
    auto db = openPlainConnection(path, false, what);
    if (!db.ok())
        removeFiles(path);
    return db;
}

StoreResult<std::unique_ptr<Database>> Database::openPlainConnection(const QString &path, bool create, const QString &what)
{
    using R = StoreResult<std::unique_ptr<Database>>;
    sqlite3 *opened = nullptr;
    const QByteArray native = QFile::encodeName(path);
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (create)
        flags |= SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(native.constData(), &opened, flags, nullptr);
    SqliteHandle db(opened);
    if (rc != SQLITE_OK)
        return classify(db.get(), what);
    sqlite3_extended_result_codes(db.get(), 1);
    sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
    if (sqlite3_db_readonly(db.get(), "main") == 1)
        return R::failure(StoreError::ReadOnly, QCoreApplication::translate("Store", "%1: the file is read-only.").arg(what));
    if (!queryText(db.get(), "SELECT count(*) FROM sqlite_master")) {
        auto err = classify(db.get(), what);
        if (err.code == StoreError::WrongKey)
            return R::failure(StoreError::NotADatabase, QCoreApplication::translate("Store", "%1 is not an SQLite file.").arg(displayPath(path)));
        return err;
    }
    if (execRaw(db.get(), "PRAGMA synchronous = FULL") != SQLITE_OK)
        return classify(db.get(), what);
    if (auto err = applyConnectionSettings(db.get(), what))
        return *err;
    if (auto err = quickCheck(db.get(), path, what))
        return *err;
    return std::unique_ptr<Database>(new Database(db.release(), path));
}

StoreStatus Database::exec(const char *sql)
{
    if (execRaw(m_db, sql) != SQLITE_OK)
        return classifyLastError(QCoreApplication::translate("Store", "Database operation"));
    return {};
}

StoreResult<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return classifyLastError(QCoreApplication::translate("Store", "Preparing a database statement"));
    }
    if (!stmt)
        return StoreResult<Statement>::failure(StoreError::Internal, QCoreApplication::translate("Store", "Preparing a database statement: the statement is empty."));
    return Statement(this, stmt);
}

StoreResult<Transaction> Database::begin()
{
    if (execRaw(m_db, "BEGIN IMMEDIATE") != SQLITE_OK)
        return classifyLastError(QCoreApplication::translate("Store", "Starting a transaction"));
    return Transaction(this);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

void Database::removeFiles(const QString &path)
{
    for (const char *suffix : kCompanionSuffixes)
        QFile::remove(path + QLatin1String(suffix));
}

bool Database::filesExist(const QString &path)
{
    for (const char *suffix : kCompanionSuffixes)
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return true;
    return false;
}

StoreResult<int> Database::schemaVersion()
{
    auto exists = prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!exists.ok())
        return exists.error();
    auto row = exists->step();
    if (!row.ok())
        return row.error();
    if (exists->int64(0) == 0)
        return 0;
    auto query = prepare("SELECT coalesce(max(version), 0) FROM schema_version");
    if (!query.ok())
        return query.error();
    auto versionRow = query->step();
    if (!versionRow.ok())
        return versionRow.error();
    return static_cast<int>(query->int64(0));
}

StoreStatus Database::migrate(std::span<const Migration> migrations)
{
    int newest = 0;
    for (const Migration &m : migrations) {
        if (m.version <= newest || !m.sql)
            return StoreStatus::failure(StoreError::Internal, QCoreApplication::translate("Store", "The list of schema migrations is not in increasing order."));
        newest = m.version;
    }
    auto current = schemaVersion();
    if (!current.ok())
        return current.error();
    if (*current > newest)
        return StoreStatus::failure(StoreError::SchemaTooNew,
                                    QCoreApplication::translate("Store", "%1 was written by a newer version of CareLedger (data format %2; this version knows up to %3). "
                                       "Install the newer CareLedger to open it; nothing was changed.")
                                        .arg(displayPath(m_path))
                                        .arg(*current)
                                        .arg(newest));
    for (const Migration &m : migrations) {
        if (m.version <= *current)
            continue;
        auto tx = begin();
        if (!tx.ok())
            return tx.error();
        const QString what = QCoreApplication::translate("Store", "Upgrading the data format to version %1").arg(m.version);
        if (execRaw(m_db, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)") != SQLITE_OK
            || execRaw(m_db, m.sql) != SQLITE_OK || execRaw(m_db, "DELETE FROM schema_version") != SQLITE_OK)
            return classifyLastError(what);
        auto bump = prepare("INSERT INTO schema_version (version) VALUES (?1)");
        if (!bump.ok())
            return bump.error();
        if (auto ran = bump->bind(1, m.version).run(); !ran.ok())
            return ran.error();
        if (auto committed = tx->commit(); !committed.ok())
            return committed.error();
    }
    return {};
}

Error<StoreError> Database::classifyLastError(const QString &what) const
{
    return classify(m_db, what);
}

} // namespace careledger::core
