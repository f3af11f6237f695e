// Invariant 1: nothing readable on disk without the key, including what still sits in the WAL
// and what the key-slot sidecar holds in clear.

#include "crypto/Crypto.h"
#include "store/KeySlots.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger::core;

namespace {

const QString kMarker = QStringLiteral("CARELEDGER-MARKER-7f3a");
const QString kUser = QStringLiteral("Dr.Nightingale");
const QString kPassword = QStringLiteral("lamp-and-ledger-1854");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray out;
    for (const QChar c : text) {
        const char hi = static_cast<char>(c.unicode() >> 8);
        const char lo = static_cast<char>(c.unicode() & 0xff);
        out.append(bigEndian ? hi : lo);
        out.append(bigEndian ? lo : hi);
    }
    return out;
}

// Every spelling of `text` that could leak: UTF-8 as given, lower and upper case, UTF-16.
QList<QByteArray> spellings(const QString &text)
{
    QList<QByteArray> out;
    for (const QString &variant : {text, text.toLower(), text.toUpper(), text.toCaseFolded()}) {
        out << variant.toUtf8() << utf16(variant, false) << utf16(variant, true);
    }
    return out;
}

PasswordKdfParams fastParams()
{
    return PasswordKdfParams::withFreshSalt(1u << 10, 8, 1);
}

} // namespace

class TestStoreEncryptionAtRest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void markerIsNeitherInTheDatabaseNorInTheWal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto created = WorkstationStore::create(dir.path(), kUser, kPassword, fastParams());
        QVERIFY2(created.ok(), qPrintable(created.message()));
        Database &db = created->store->database();
        QVERIFY(db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL, body16 BLOB NOT NULL)").ok());
        auto insert = db.prepare("INSERT INTO notes (body, body16) VALUES (?1, ?2)");
        QVERIFY(insert.ok());
        for (int i = 0; i < 50; ++i)
            QVERIFY(insert->bind(1, kMarker + QString::number(i)).bindBlob(2, utf16(kMarker, false)).run().ok());

        // The connection stays open: the rows are in the WAL, not yet checkpointed.
        const QString dbPath = QDir(dir.path()).filePath(WorkstationStore::databaseFileName());
        const QByteArray main = readAll(dbPath);
        const QByteArray wal = readAll(dbPath + QStringLiteral("-wal"));
        const QByteArray shm = readAll(dbPath + QStringLiteral("-shm"));
        QVERIFY2(wal.size() > 0, "expected the rows to sit in the WAL");
        QVERIFY(!main.startsWith("SQLite format 3"));
        for (const QByteArray &needle : spellings(kMarker)) {
            QVERIFY(!main.contains(needle));
            QVERIFY(!wal.contains(needle));
            QVERIFY(!shm.contains(needle));
        }
        // Table and column names are encrypted too.
        QVERIFY(!main.contains("CREATE TABLE") && !wal.contains("CREATE TABLE"));
        QVERIFY(!wal.contains("body16"));

        // Sanity: the rows are there for whoever holds the key.
        auto count = db.prepare("SELECT count(*) FROM notes WHERE body LIKE 'CARELEDGER-MARKER-7f3a%'");
        QVERIFY(count.ok());
        QVERIFY(count->step().ok());
        QCOMPARE(count->int64(0), 50);

        // After a clean close everything is checkpointed into the main file: still unreadable.
        created->store.reset();
        const QByteArray closed = readAll(dbPath);
        QVERIFY(!closed.startsWith("SQLite format 3"));
        for (const QByteArray &needle : spellings(kMarker))
            QVERIFY(!closed.contains(needle));
    }

    void sidecarHoldsNoUserNameNorPasswordNorKey()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto created = WorkstationStore::create(dir.path(), kUser, kPassword, fastParams());
        QVERIFY2(created.ok(), qPrintable(created.message()));
        KeySlotFile &slotFile = created->store->keySlots();
        QVERIFY(slotFile.putSlot(QStringLiteral("nurse.ratched"), QStringLiteral("another-password-9"),
                                 created->store->databaseKey(), fastParams())
                    .ok());
        QVERIFY(slotFile.recordFailure(QStringLiteral("unknown.intruder"), 3, QDateTime::currentDateTimeUtc().addSecs(60)).ok());
        const QByteArray key = created->store->databaseKey().view().toByteArray();
        const QByteArray userKey = created->userKey.view().toByteArray();
        created->store.reset();

        const QString slotPath = QDir(dir.path()).filePath(WorkstationStore::keySlotFileName());
        QByteArray sidecar = readAll(slotPath);
        for (const QString &suffix : {QStringLiteral("-journal"), QStringLiteral("-wal")})
            sidecar += readAll(slotPath + suffix);
        QVERIFY(sidecar.startsWith("SQLite format 3")); // plain by design: read before any key
        const QStringList secrets{kUser, QStringLiteral("nurse.ratched"), QStringLiteral("unknown.intruder"), kPassword,
                                  QStringLiteral("another-password-9")};
        for (const QString &secret : secrets)
            for (const QByteArray &needle : spellings(secret))
                QVERIFY2(!sidecar.contains(needle), qPrintable(secret));
        QVERIFY(!sidecar.contains(key));
        QVERIFY(!sidecar.contains(key.toHex()));
        QVERIFY(!sidecar.contains(userKey));
    }
};

QTEST_GUILESS_MAIN(TestStoreEncryptionAtRest)
#include "tst_store_encryption_at_rest.moc"
