// Every way opening or writing the store can fail gets its own error class and a readable
// message, never a crash, and leaves the files that were there untouched.

#include "crypto/Crypto.h"
#include "store/KeySlots.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace careledger::core;

namespace {

const QString kUser = QStringLiteral("admin");
const QString kPassword = QStringLiteral("correct horse battery staple");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) && file.write(bytes) == bytes.size();
}

// SHA-256 of every file in the folder, so "nothing was changed" covers -wal, -shm and the sidecar.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> hashes;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        hashes.insert(name, sha256(readAll(QDir(dir).filePath(name))));
    return hashes;
}

PasswordKdfParams fastParams()
{
    return PasswordKdfParams::withFreshSalt(1u << 10, 8, 1);
}

QString dbPathIn(const QString &dir)
{
    return QDir(dir).filePath(WorkstationStore::databaseFileName());
}

QString slotPathIn(const QString &dir)
{
    return QDir(dir).filePath(WorkstationStore::keySlotFileName());
}

// A closed store with some rows, so it spans many pages.
bool makeStore(const QString &dir, int rows = 300, SecureBytes *keyOut = nullptr)
{
    auto created = WorkstationStore::create(dir, kUser, kPassword, fastParams());
    if (!created.ok())
        return false;
    if (keyOut)
        *keyOut = created->store->databaseKey().clone();
    Database &db = created->store->database();
    if (!db.exec("CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT NOT NULL)").ok())
        return false;
    auto tx = db.begin();
    auto insert = db.prepare("INSERT INTO filler (body) VALUES (?1)");
    if (!tx.ok() || !insert.ok())
        return false;
    for (int i = 0; i < rows; ++i)
        if (!insert->bind(1, QStringLiteral("row %1 ").arg(i).repeated(12)).run().ok())
            return false;
    return tx->commit().ok();
}

qint64 fillerRows(Database &db)
{
    auto query = db.prepare("SELECT count(*) FROM filler");
    if (!query.ok())
        return -1;
    auto row = query->step();
    return row.ok() && *row ? query->int64(0) : -1;
}

// Lowers RLIMIT_FSIZE (SIGXFSZ ignored, so writes fail with EFBIG as on a full disk) and
// restores both on scope exit, also when a check fails early.
class FileSizeLimit {
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        if (::getrlimit(RLIMIT_FSIZE, &m_saved) != 0)
            return;
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_saved;
        limited.rlim_cur = static_cast<rlim_t>(bytes);
        m_active = ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)
    bool active() const { return m_active; }

private:
    rlimit m_saved{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_active = false;
};

constexpr int kChildSuccess = 100;

// Root ignores file permissions, so permission checks run in a child that has dropped to
// "nobody" first. The child reports a StoreError as its exit code (kChildSuccess on success).
int runUnprivileged(const std::function<int()> &body)
{
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t pid = ::fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        if (::geteuid() == 0) {
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                ::_exit(201);
        }
        ::_exit(body());
    }
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

template <typename T>
int exitCodeFor(const StoreResult<T> &result)
{
    if (!result.ok())
        std::fprintf(stderr, "child: %s\n", qPrintable(result.message()));
    return result.ok() ? kChildSuccess : static_cast<int>(result.code());
}

} // namespace

class TestStoreErrors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wrongKey()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path()));
        const auto before = snapshot(dir.path());
        const SecureBytes otherKey = randomSecret(32);

        auto viaStore = WorkstationStore::openWithKey(dir.path(), otherKey);
        QVERIFY(!viaStore.ok());
        QCOMPARE(viaStore.code(), StoreError::WrongKey);

        auto viaDatabase = Database::open(dbPathIn(dir.path()), otherKey);
        QVERIFY(!viaDatabase.ok());
        QCOMPARE(viaDatabase.code(), StoreError::WrongKey);
        QVERIFY2(viaDatabase.message().contains(QLatin1String("wrong key or damaged file")), qPrintable(viaDatabase.message()));
        QCOMPARE(snapshot(dir.path()), before);
    }

    void wrongPasswordAndUnknownUser()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path(), 10));
        const auto before = snapshot(dir.path());
        auto wrong = WorkstationStore::unlock(dir.path(), kUser, QStringLiteral("incorrect horse"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.code(), StoreError::WrongPassword);
        auto unknown = WorkstationStore::unlock(dir.path(), QStringLiteral("mallory"), kPassword);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.code(), StoreError::NotFound);
        QCOMPARE(snapshot(dir.path()), before);

        auto right = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QVERIFY2(right.ok(), qPrintable(right.message()));
    }

    void damagedMiddlePage()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path()));
        const QString db = dbPathIn(dir.path());
        const qint64 pages = QFileInfo(db).size() / 4096;
        QVERIFY(pages >= 8);
        QVERIFY(overwrite(db, (pages / 2) * 4096 + 700, QByteArray(48, '\x5a')));
        const auto before = snapshot(dir.path());

        auto unlocked = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QVERIFY(!unlocked.ok());
        QCOMPARE(unlocked.code(), StoreError::Corrupted);
        QVERIFY(!unlocked.message().isEmpty());
        QCOMPARE(snapshot(dir.path()), before);
    }

    void damagedFirstPage()
    {
        QTemporaryDir dir;
        SecureBytes key;
        QVERIFY(makeStore(dir.path(), 300, &key));
        const QString db = dbPathIn(dir.path());
        QVERIFY(overwrite(db, 200, QByteArray(64, '\x00')));
        const auto before = snapshot(dir.path());

        // The key check proves the key right, so the store can tell damage from a wrong key.
        auto unlocked = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QVERIFY(!unlocked.ok());
        QCOMPARE(unlocked.code(), StoreError::Corrupted);
        QCOMPARE(WorkstationStore::openWithKey(dir.path(), key).code(), StoreError::Corrupted);

        // Without the key check the database alone cannot tell the two apart, and says so.
        auto alone = Database::open(db, key);
        QCOMPARE(alone.code(), StoreError::WrongKey);
        QVERIFY2(alone.message().contains(QLatin1String("wrong key or damaged file")), qPrintable(alone.message()));
        QCOMPARE(snapshot(dir.path()), before);
    }

    void truncatedDatabase()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path()));
        const QString db = dbPathIn(dir.path());
        const qint64 size = QFileInfo(db).size();
        QVERIFY(QFile::resize(db, size - 2048)); // not a whole number of 4096-byte pages
        auto unlocked = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QVERIFY(!unlocked.ok());
        QCOMPARE(unlocked.code(), StoreError::Corrupted);

        QVERIFY(QFile::resize(db, size - 3 * 4096)); // whole pages missing at the end
        unlocked = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QVERIFY(!unlocked.ok());
        QCOMPARE(unlocked.code(), StoreError::Corrupted);
    }

    void notADatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expectedWord");
        QTest::newRow("text") << QByteArray("Patient list\nnot a database at all\n") << QStringLiteral("not a CareLedger database");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("odd size") << QByteArray(5000, 'x') << QStringLiteral("not a CareLedger database");
    }

    void notADatabase()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expectedWord);
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path(), 1));
        const QString db = dbPathIn(dir.path());
        QVERIFY(writeAll(db, content));
        const auto before = snapshot(dir.path());

        auto opened = Database::open(db, randomSecret(32));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), StoreError::NotADatabase);
        QVERIFY2(opened.message().contains(expectedWord), qPrintable(opened.message()));
        auto unlocked = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QCOMPARE(unlocked.code(), StoreError::NotADatabase);
        QCOMPARE(snapshot(dir.path()), before);
    }

    void plainSqliteIsNotADatabase()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path(), 1));
        const QString db = dbPathIn(dir.path());
        QVERIFY(QFile::remove(db));
        {
            auto plain = Database::createPlain(db);
            QVERIFY(plain.ok());
            QVERIFY((*plain)->exec("CREATE TABLE t (x); INSERT INTO t VALUES ('clear text');").ok());
        }
        const auto before = snapshot(dir.path());
        auto opened = Database::open(db, randomSecret(32));
        QCOMPARE(opened.code(), StoreError::NotADatabase);
        QVERIFY2(opened.message().contains(QLatin1String("plain, unencrypted SQLite file")), qPrintable(opened.message()));
        auto unlocked = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QCOMPARE(unlocked.code(), StoreError::NotADatabase);
        QCOMPARE(snapshot(dir.path()), before);
    }

    void damagedKeySlotFile()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path(), 1));
        const QString slotsPath = slotPathIn(dir.path());
        QVERIFY(writeAll(slotsPath, QByteArray("garbage where the key slots were")));
        const auto before = snapshot(dir.path());
        auto unlocked = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QVERIFY(!unlocked.ok());
        QCOMPARE(unlocked.code(), StoreError::NotADatabase);

        // A valid SQLite file without the expected tables is a damaged sidecar.
        QVERIFY(QFile::remove(slotsPath));
        {
            auto plain = Database::createPlain(slotsPath);
            QVERIFY(plain.ok());
            QVERIFY((*plain)->exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)").ok());
        }
        QCOMPARE(WorkstationStore::unlock(dir.path(), kUser, kPassword).code(), StoreError::Corrupted);
        QCOMPARE(snapshot(dir.path()).value(WorkstationStore::databaseFileName()), before.value(WorkstationStore::databaseFileName()));
    }

    void missingFiles()
    {
        QTemporaryDir dir;
        auto none = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QCOMPARE(none.code(), StoreError::NotFound);
        QCOMPARE(WorkstationStore::openWithKey(dir.path(), randomSecret(32)).code(), StoreError::NotFound);
        QVERIFY(QDir(dir.path()).isEmpty());
        QCOMPARE(Database::open(dbPathIn(dir.path()), randomSecret(32)).code(), StoreError::NotFound);
        QVERIFY(QDir(dir.path()).isEmpty());

        QVERIFY(makeStore(dir.path(), 1));
        QVERIFY(QFile::remove(dbPathIn(dir.path())));
        auto noDatabase = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QCOMPARE(noDatabase.code(), StoreError::NotFound);
        QVERIFY(!QFile::exists(dbPathIn(dir.path())));
    }

    void createOverExisting()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path(), 5));
        const auto before = snapshot(dir.path());
        auto again = WorkstationStore::create(dir.path(), QStringLiteral("someone"), kPassword, fastParams());
        QVERIFY(!again.ok());
        QCOMPARE(again.code(), StoreError::AlreadyExists);
        QCOMPARE(Database::create(dbPathIn(dir.path()), randomSecret(32)).code(), StoreError::AlreadyExists);
        QCOMPARE(KeySlotFile::create(slotPathIn(dir.path()), randomBytes(16), randomBytes(32)).code(), StoreError::AlreadyExists);
        QCOMPARE(snapshot(dir.path()), before);

        // A lone sidecar (or a stray WAL) is enough to refuse: it could belong to a store.
        QTemporaryDir other;
        QVERIFY(writeAll(QDir(other.path()).filePath(QStringLiteral("careledger.db-wal")), QByteArray("stale")));
        QCOMPARE(WorkstationStore::create(other.path(), kUser, kPassword, fastParams()).code(), StoreError::AlreadyExists);
        QCOMPARE(QDir(other.path()).entryList(QDir::Files).size(), 1);
    }

    void failedCreateRemovesOnlyWhatItMade()
    {
        QTemporaryDir dir;
        const QString target = QDir(dir.path()).filePath(QStringLiteral("a/b/store"));
        PasswordKdfParams unusable = fastParams();
        unusable.n = 3; // rejected by the KDF after the database was made
        auto created = WorkstationStore::create(target, kUser, kPassword, unusable);
        QVERIFY(!created.ok());
        QVERIFY(QDir(dir.path()).isEmpty());

        QVERIFY(writeAll(QDir(dir.path()).filePath(QStringLiteral("keep.txt")), QByteArray("mine")));
        QVERIFY(!WorkstationStore::create(dir.path(), kUser, kPassword, unusable).ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), QStringList{QStringLiteral("keep.txt")});
    }

    void unwritableLocationForEveryUser()
    {
        // Nobody, not even root, can create a folder under /proc.
        auto created = WorkstationStore::create(QStringLiteral("/proc/careledger-store-test/data"), kUser, kPassword, fastParams());
        QVERIFY(!created.ok());
        QCOMPARE(created.code(), StoreError::ReadOnly);
    }

    void readOnlyLocation()
    {
        QTemporaryDir dir;
        const QString store = QDir(dir.path()).filePath(QStringLiteral("store"));
        QVERIFY(makeStore(store, 5));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                      | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
        const auto before = snapshot(store);
        const QByteArray storeNative = QFile::encodeName(store);
        auto chmodAll = [&](mode_t dirMode, mode_t fileMode) {
            for (const QString &name : QDir(store).entryList(QDir::Files))
                ::chmod(QFile::encodeName(QDir(store).filePath(name)).constData(), fileMode);
            ::chmod(storeNative.constData(), dirMode);
        };

        // Writable files in a read-only folder: the WAL files cannot be created.
        chmodAll(0555, 0666);
        int code = runUnprivileged([&] { return exitCodeFor(WorkstationStore::unlock(store, kUser, kPassword)); });
        QCOMPARE(code, static_cast<int>(StoreError::ReadOnly));

        // Read-only files in a read-only folder.
        chmodAll(0555, 0444);
        code = runUnprivileged([&] { return exitCodeFor(WorkstationStore::unlock(store, kUser, kPassword)); });
        QCOMPARE(code, static_cast<int>(StoreError::ReadOnly));

        // A new store in a read-only folder.
        const QString inside = QDir(store).filePath(QStringLiteral("new"));
        code = runUnprivileged([&] { return exitCodeFor(WorkstationStore::create(inside, kUser, kPassword, fastParams())); });
        QCOMPARE(code, static_cast<int>(StoreError::ReadOnly));
        code = runUnprivileged([&] { return exitCodeFor(Database::create(QDir(store).filePath(QStringLiteral("x.db")), randomSecret(32))); });
        QCOMPARE(code, static_cast<int>(StoreError::ReadOnly));

        chmodAll(0755, 0644);
        QCOMPARE(snapshot(store), before);
        auto unlocked = WorkstationStore::unlock(store, kUser, kPassword);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.message()));
        QCOMPARE(fillerRows(unlocked->store->database()), 5);
    }

    void diskFull()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path(), 40));
        {
            auto unlocked = WorkstationStore::unlock(dir.path(), kUser, kPassword);
            QVERIFY(unlocked.ok());
            Database &db = unlocked->store->database();
            QVERIFY(db.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
            const QString dbPath = dbPathIn(dir.path());
            const QByteArray mainBefore = sha256(readAll(dbPath));

            std::optional<StoreError> failure;
            {
                FileSizeLimit limit(QFileInfo(dbPath).size() + 256 * 1024);
                QVERIFY(limit.active());
                auto tx = db.begin();
                QVERIFY(tx.ok());
                auto insert = db.prepare("INSERT INTO filler (body) VALUES (?1)");
                QVERIFY(insert.ok());
                const QString big = QStringLiteral("x").repeated(8000);
                for (int i = 0; i < 400 && !failure; ++i) {
                    if (auto r = insert->bind(1, big).run(); !r.ok())
                        failure = r.code();
                }
                if (!failure) {
                    if (auto committed = tx->commit(); !committed.ok())
                        failure = committed.code();
                }
            }

            QVERIFY(failure.has_value());
            QCOMPARE(*failure, StoreError::DiskFull);
            QVERIFY(!db.inTransaction());
            QCOMPARE(sha256(readAll(dbPath)), mainBefore);
            // The connection stays usable once space is back.
            QCOMPARE(fillerRows(db), 40);
            QVERIFY(db.exec("INSERT INTO filler (body) VALUES ('after')").ok());
        }
        auto reopened = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        QCOMPARE(fillerRows(reopened->store->database()), 41);
    }

    void busy()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path(), 1));
        auto first = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        auto second = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QVERIFY(first.ok() && second.ok());
        auto holding = first->store->database().begin();
        QVERIFY(holding.ok());
        QVERIFY(second->store->database().exec("PRAGMA busy_timeout = 50").ok());
        auto blocked = second->store->database().begin();
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.code(), StoreError::Busy);
    }

    void schemaTooNew()
    {
        QTemporaryDir dir;
        QVERIFY(makeStore(dir.path(), 1));
        {
            auto unlocked = WorkstationStore::unlock(dir.path(), kUser, kPassword);
            QVERIFY(unlocked.ok());
            QVERIFY(unlocked->store->database().exec("UPDATE schema_version SET version = 999").ok());
        }
        const auto before = snapshot(dir.path());
        auto refused = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), StoreError::SchemaTooNew);
        QVERIFY2(refused.message().contains(QLatin1String("newer version of CareLedger")), qPrintable(refused.message()));
        QCOMPARE(snapshot(dir.path()), before);

        // The same for a key-slot file from a newer CareLedger.
        {
            auto plain = Database::openPlain(slotPathIn(dir.path()), false);
            QVERIFY(plain.ok());
            QVERIFY((*plain)->exec("UPDATE meta SET value = 2 WHERE key = 'format'").ok());
        }
        QCOMPARE(WorkstationStore::unlock(dir.path(), kUser, kPassword).code(), StoreError::SchemaTooNew);
    }
};

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "tst_store_errors.moc"
