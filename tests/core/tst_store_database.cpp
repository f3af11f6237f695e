// Database, Statement and Transaction over SQLCipher: the contract other modules rely on.

#include "crypto/Crypto.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger::core;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 countRows(Database &db, const char *sql)
{
    auto query = db.prepare(sql);
    if (!query.ok())
        return -1;
    auto row = query->step();
    return row.ok() && *row ? query->int64(0) : -1;
}

QString pragmaText(Database &db, const char *sql)
{
    auto query = db.prepare(sql);
    if (!query.ok())
        return {};
    auto row = query->step();
    return row.ok() && *row ? query->text(0) : QString();
}

} // namespace

class TestStoreDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_key;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    std::unique_ptr<Database> createWithTable(const QString &file)
    {
        auto db = Database::create(file, m_key);
        if (!db.ok())
            return nullptr;
        if (!(*db)->exec("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, weight REAL, data BLOB)").ok())
            return nullptr;
        return std::move(*db);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_key = randomSecret(32);
    }

    void forEachRowVisitsEveryRowInOrderAndResets()
    {
        auto db = createWithTable(path("rows.db"));
        QVERIFY(db);
        auto insert = db->prepare("INSERT INTO items (name) VALUES (?1)");
        QVERIFY(insert.ok());
        for (const char *name : {"gauze", "saline", "swab"})
            QVERIFY(insert->bind(1, QString::fromLatin1(name)).run().ok());

        auto select = db->prepare("SELECT name FROM items WHERE id >= ?1 ORDER BY id");
        QVERIFY(select.ok());
        QStringList names;
        QVERIFY(select->bind(1, qint64(2)).forEachRow([&](const Statement &row) { names << row.text(0); }).ok());
        QCOMPARE(names, QStringList({QStringLiteral("saline"), QStringLiteral("swab")}));

        // Reset afterwards: the same statement runs again with new bindings.
        names.clear();
        QVERIFY(select->bind(1, qint64(1)).forEachRow([&](const Statement &row) { names << row.text(0); }).ok());
        QCOMPARE(names.size(), 3);

        // An error mid-way is returned, not swallowed.
        auto broken = db->prepare("INSERT INTO items (name) SELECT name FROM items");
        QVERIFY(broken.ok());
        const auto status = broken->forEachRow([](const Statement &) {});
        QVERIFY(!status.ok());
        QCOMPARE(status.code(), StoreError::Constraint);
    }

    void createThenOpen()
    {
        const QString file = path("create.db");
        {
            auto db = createWithTable(file);
            QVERIFY(db);
            auto insert = db->prepare("INSERT INTO items (name, weight) VALUES (?1, ?2)");
            QVERIFY(insert.ok());
            QVERIFY(insert->bind(1, QStringLiteral("gauze")).bind(2, 1.5).run().ok());
            QCOMPARE(db->lastInsertRowId(), 1);
            QCOMPARE(db->changes(), 1);
        }
        auto reopened = Database::open(file, m_key);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        QCOMPARE(countRows(**reopened, "SELECT count(*) FROM items"), 1);
        QCOMPARE((*reopened)->path(), file);
    }

    void createRefusesExistingAndOpenRefusesMissing()
    {
        const QString file = path("exists.db");
        QVERIFY(createWithTable(file));
        const QByteArray before = readAll(file);
        auto again = Database::create(file, m_key);
        QVERIFY(!again.ok());
        QCOMPARE(again.code(), StoreError::AlreadyExists);
        QCOMPARE(readAll(file), before);

        auto missing = Database::open(path("nothing-here.db"), m_key);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.code(), StoreError::NotFound);
        QVERIFY(!QFile::exists(path("nothing-here.db")));
        QVERIFY(!QFile::exists(path("nothing-here.db-wal")));
    }

    void rejectsKeysOfTheWrongSize()
    {
        SecureBytes shortKey(16);
        auto db = Database::create(path("short-key.db"), shortKey);
        QVERIFY(!db.ok());
        QVERIFY(!Database::filesExist(path("short-key.db")));
    }

    void preparedStatementsRoundTripEveryType()
    {
        auto db = createWithTable(path("types.db"));
        QVERIFY(db);
        const QString name = QStringLiteral("Zoë ✓ 患者");
        const QByteArray blob("\x00\x01\xff binary", 10);
        auto insert = db->prepare("INSERT INTO items (id, name, weight, data) VALUES (?1, ?2, ?3, ?4)");
        QVERIFY(insert.ok());
        QVERIFY(insert->bind(1, qint64(1) << 40).bind(2, name).bind(3, 72.25).bindBlob(4, blob).run().ok());
        // run() resets and clears bindings, so the statement is reusable.
        QVERIFY(insert->bind(1, 7).bind(2, QStringLiteral("empty")).bindNull(3).bindBlob(4, QByteArray()).run().ok());

        auto select = db->prepare("SELECT id, name, weight, data FROM items ORDER BY id DESC");
        QVERIFY(select.ok());
        auto row = select->step();
        QVERIFY(row.ok() && *row);
        QCOMPARE(select->int64(0), qint64(1) << 40);
        QCOMPARE(select->text(1), name);
        QCOMPARE(select->real(2), 72.25);
        QCOMPARE(select->blob(3), blob);
        row = select->step();
        QVERIFY(row.ok() && *row);
        QCOMPARE(select->int64(0), 7);
        QVERIFY(select->isNull(2));
        QVERIFY(!select->isNull(3)); // an empty blob is not NULL
        QCOMPARE(select->blob(3).size(), 0);
        row = select->step();
        QVERIFY(row.ok() && !*row);

        select->reset();
        row = select->step();
        QVERIFY(row.ok() && *row);
        QCOMPARE(select->int64(0), qint64(1) << 40);
    }

    void misuseIsAnErrorNotACrash()
    {
        Statement empty;
        auto step = empty.step();
        QVERIFY(!step.ok());
        QCOMPARE(step.code(), StoreError::Internal);

        auto db = createWithTable(path("misuse.db"));
        QVERIFY(db);
        auto bad = db->prepare("SELEKT nonsense");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.code(), StoreError::Internal);

        auto insert = db->prepare("INSERT INTO items (name) VALUES (?1)");
        QVERIFY(insert.ok());
        auto outOfRange = insert->bind(5, 1).step();
        QVERIFY(!outOfRange.ok());
        QCOMPARE(outOfRange.code(), StoreError::Internal);

        auto tx = db->begin();
        QVERIFY(tx.ok());
        auto nested = db->begin();
        QVERIFY(!nested.ok());
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = createWithTable(path("tx.db"));
        QVERIFY(db);
        {
            auto tx = db->begin();
            QVERIFY(tx.ok());
            QVERIFY(db->inTransaction());
            QVERIFY(db->exec("INSERT INTO items (name) VALUES ('dropped')").ok());
        }
        QVERIFY(!db->inTransaction());
        QCOMPARE(countRows(*db, "SELECT count(*) FROM items"), 0);
        {
            auto tx = db->begin();
            QVERIFY(tx.ok());
            QVERIFY(db->exec("INSERT INTO items (name) VALUES ('kept')").ok());
            Transaction moved(std::move(*tx));
            QVERIFY(moved.commit().ok());
            QVERIFY(!moved.commit().ok()); // finished: a second commit is refused, not repeated
        }
        QCOMPARE(countRows(*db, "SELECT count(*) FROM items"), 1);
    }

    void constraintViolationsAreClassified()
    {
        auto db = createWithTable(path("constraint.db"));
        QVERIFY(db);
        QVERIFY(db->exec("INSERT INTO items (name) VALUES ('unique')").ok());
        auto duplicate = db->exec("INSERT INTO items (name) VALUES ('unique')");
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.code(), StoreError::Constraint);
        QVERIFY(!duplicate.message().contains(QLatin1String("'unique'"))); // never row contents

        auto insert = db->prepare("INSERT INTO items (name) VALUES (?1)");
        QVERIFY(insert.ok());
        auto notNull = insert->bindNull(1).step();
        QVERIFY(!notNull.ok());
        QCOMPARE(notNull.code(), StoreError::Constraint);

        // A failed statement inside a transaction leaves the transaction usable and
        // rolling back discards the earlier statements too.
        {
            auto tx = db->begin();
            QVERIFY(tx.ok());
            QVERIFY(db->exec("INSERT INTO items (name) VALUES ('first')").ok());
            QCOMPARE(db->exec("INSERT INTO items (name) VALUES ('unique')").code(), StoreError::Constraint);
        }
        QCOMPARE(countRows(*db, "SELECT count(*) FROM items"), 1);
    }

    void foreignKeysAreEnforced()
    {
        auto db = Database::create(path("fk.db"), m_key);
        QVERIFY(db.ok());
        QVERIFY((*db)->exec("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                            "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));")
                    .ok());
        QCOMPARE(pragmaText(**db, "PRAGMA foreign_keys"), QStringLiteral("1"));
        auto orphan = (*db)->exec("INSERT INTO child (parent_id) VALUES (42)");
        QVERIFY(!orphan.ok());
        QCOMPARE(orphan.code(), StoreError::Constraint);
        QVERIFY((*db)->exec("INSERT INTO parent (id) VALUES (42); INSERT INTO child (parent_id) VALUES (42);").ok());
        QCOMPARE((*db)->exec("DELETE FROM parent").code(), StoreError::Constraint);

        (*db).reset();
        auto reopened = Database::open(path("fk.db"), m_key);
        QVERIFY(reopened.ok());
        QCOMPARE(pragmaText(**reopened, "PRAGMA foreign_keys"), QStringLiteral("1"));
        QCOMPARE((*reopened)->exec("INSERT INTO child (parent_id) VALUES (7)").code(), StoreError::Constraint);
    }

    void walIsOnAndReadersDoNotBlockTheWriter()
    {
        const QString file = path("wal.db");
        auto writer = createWithTable(file);
        QVERIFY(writer);
        QCOMPARE(pragmaText(*writer, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QVERIFY(writer->exec("INSERT INTO items (name) VALUES ('committed')").ok());
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));

        auto reader = Database::open(file, m_key);
        QVERIFY2(reader.ok(), qPrintable(reader.message()));
        QCOMPARE(pragmaText(**reader, "PRAGMA journal_mode"), QStringLiteral("wal"));

        auto tx = writer->begin();
        QVERIFY(tx.ok());
        QVERIFY(writer->exec("INSERT INTO items (name) VALUES ('pending')").ok());
        // The reader sees the last committed state while the write transaction is open.
        QCOMPARE(countRows(**reader, "SELECT count(*) FROM items"), 1);
        QVERIFY(tx->commit().ok());
        QCOMPARE(countRows(**reader, "SELECT count(*) FROM items"), 2);
    }

    void cipherPagesAre4096BytesAndTheHeaderIsEncrypted()
    {
        const QString file = path("pages.db");
        {
            auto db = createWithTable(file);
            QVERIFY(db);
            QCOMPARE(pragmaText(*db, "PRAGMA page_size"), QStringLiteral("4096"));
            QCOMPARE(pragmaText(*db, "PRAGMA cipher_page_size"), QStringLiteral("4096"));
            QVERIFY(!pragmaText(*db, "PRAGMA cipher_version").isEmpty());
        }
        const QByteArray bytes = readAll(file);
        QVERIFY(bytes.size() >= 4096);
        QCOMPARE(bytes.size() % 4096, 0);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        auto reopened = Database::open(file, m_key);
        QVERIFY(reopened.ok());
        QCOMPARE(pragmaText(**reopened, "PRAGMA page_size"), QStringLiteral("4096"));
    }

    void migrationsApplyInOrderOnce()
    {
        static constexpr Migration kSteps[] = {
            {1, "CREATE TABLE a (x INTEGER);"},
            {2, "CREATE TABLE b (y INTEGER); INSERT INTO a (x) VALUES (1);"},
        };
        auto db = Database::create(path("migrate.db"), m_key);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion().value(), 0);
        QVERIFY((*db)->migrate(std::span(kSteps).first(1)).ok());
        QCOMPARE((*db)->schemaVersion().value(), 1);
        QVERIFY((*db)->migrate(kSteps).ok());
        QCOMPARE((*db)->schemaVersion().value(), 2);
        QVERIFY((*db)->migrate(kSteps).ok()); // nothing pending: no second insert
        QCOMPARE(countRows(**db, "SELECT count(*) FROM a"), 1);

        static constexpr Migration kUnordered[] = {{2, "SELECT 1"}, {1, "SELECT 1"}};
        QCOMPARE((*db)->migrate(kUnordered).code(), StoreError::Internal);
    }

    void plainFilesUseTheSameLibraryUnencrypted()
    {
        const QString file = path("plain.db");
        {
            auto db = Database::createPlain(file);
            QVERIFY2(db.ok(), qPrintable(db.message()));
            QVERIFY((*db)->exec("CREATE TABLE t (x); INSERT INTO t VALUES (1);").ok());
        }
        QVERIFY(readAll(file).startsWith(QByteArray("SQLite format 3\0", 16)));
        QCOMPARE(Database::createPlain(file).code(), StoreError::AlreadyExists);
        auto reopened = Database::openPlain(file, false);
        QVERIFY(reopened.ok());
        QCOMPARE(countRows(**reopened, "SELECT count(*) FROM t"), 1);

        QCOMPARE(Database::openPlain(path("absent-plain.db"), false).code(), StoreError::NotFound);
        QVERIFY(!QFile::exists(path("absent-plain.db")));

        QVERIFY(createWithTable(path("encrypted-for-plain.db")));
        QCOMPARE(Database::openPlain(path("encrypted-for-plain.db"), false).code(), StoreError::NotADatabase);
    }
};

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_store_database.moc"
