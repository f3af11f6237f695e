// A store written by the previous CareLedger is upgraded on unlock without losing rows; a
// store from a newer CareLedger is refused untouched.

#include "crypto/Crypto.h"
#include "store/KeySlots.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger::core;

namespace {

const QString kUser = QStringLiteral("admin");
const QString kPassword = QStringLiteral("upgrade-me-please");

PasswordKdfParams fastParams()
{
    return PasswordKdfParams::withFreshSalt(1u << 10, 8, 1);
}

bool tableExists(Database &db, const char *name)
{
    auto query = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
    if (!query.ok())
        return false;
    auto row = query->bind(1, QString::fromLatin1(name)).step();
    return row.ok() && *row && query->int64(0) == 1;
}

// What an older CareLedger left behind: the schema up to `version`, and a working slot.
bool buildStoreAtVersion(const QString &dir, int version)
{
    const auto all = workstationMigrations();
    const SecureBytes key = randomSecret(32);
    const QByteArray storeId = randomBytes(16);
    auto db = Database::create(QDir(dir).filePath(WorkstationStore::databaseFileName()), key);
    if (!db.ok() || !(*db)->migrate(all.first(static_cast<std::size_t>(version))).ok())
        return false;
    if (!(*db)->exec("INSERT INTO staff_accounts (username, display_name, role, created_at, updated_at) "
                     "VALUES ('admin', 'Ada Admin', 'admin', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")
             .ok())
        return false;
    auto slotFile = KeySlotFile::create(QDir(dir).filePath(WorkstationStore::keySlotFileName()), storeId,
                                        WorkstationStore::keyCheckFor(key, storeId));
    return slotFile.ok() && (*slotFile)->putSlot(kUser, kPassword, key, fastParams()).ok();
}

} // namespace

class TestStoreMigration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newStoreIsAtTheNewestVersion()
    {
        QTemporaryDir dir;
        auto created = WorkstationStore::create(dir.path(), kUser, kPassword, fastParams());
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QCOMPARE(created->store->database().schemaVersion().value(), workstationMigrations().back().version);
    }

    void unlockUpgradesAnOlderStoreKeepingItsRows()
    {
        const auto all = workstationMigrations();
        QVERIFY(all.size() >= 2);
        const int newest = all.back().version;
        QTemporaryDir dir;
        QVERIFY(buildStoreAtVersion(dir.path(), newest - 1));

        auto unlocked = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QVERIFY2(unlocked.ok(), qPrintable(unlocked.message()));
        Database &db = unlocked->store->database();
        QCOMPARE(db.schemaVersion().value(), newest);
        QVERIFY(tableExists(db, "security_events"));
        auto row = db.prepare("SELECT display_name FROM staff_accounts WHERE username = 'admin'");
        QVERIFY(row.ok());
        auto stepped = row->step();
        QVERIFY(stepped.ok() && *stepped);
        QCOMPARE(row->text(0), QStringLiteral("Ada Admin"));
        row->reset();

        // The new tables work with the old rows (foreign key into staff_accounts).
        QVERIFY(db.exec("INSERT INTO security_events (at, actor_id, action) VALUES ('2024-01-02T00:00:00Z', 1, 'login')").ok());
        unlocked->store.reset();
        auto again = WorkstationStore::unlock(dir.path(), kUser, kPassword);
        QVERIFY(again.ok());
        QCOMPARE(again->store->database().schemaVersion().value(), newest);
    }

    void aFailingMigrationLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        auto db = Database::create(QDir(dir.path()).filePath(QStringLiteral("steps.db")), randomSecret(32));
        QVERIFY(db.ok());
        static constexpr Migration kSteps[] = {
            {1, "CREATE TABLE one (x INTEGER);"},
            {2, "CREATE TABLE two (x INTEGER); CREATE TABLE broken (;"},
        };
        QVERIFY(!(*db)->migrate(kSteps).ok());
        QCOMPARE((*db)->schemaVersion().value(), 1);
        QVERIFY(tableExists(**db, "one"));
        QVERIFY(!tableExists(**db, "two")); // the half of migration 2 that ran was rolled back
        QVERIFY(!(*db)->inTransaction());
    }

    void aNewerStoreIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(buildStoreAtVersion(dir.path(), static_cast<int>(workstationMigrations().size())));
        auto key = [&]() -> SecureBytes {
            auto unlocked = WorkstationStore::unlock(dir.path(), kUser, kPassword);
            return unlocked.ok() ? unlocked->store->databaseKey().clone() : SecureBytes();
        }();
        QVERIFY(!key.isEmpty());

        // Seen by an older CareLedger that only knows the first migration.
        auto db = Database::open(QDir(dir.path()).filePath(WorkstationStore::databaseFileName()), key);
        QVERIFY(db.ok());
        auto refused = (*db)->migrate(workstationMigrations().first(1));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), StoreError::SchemaTooNew);
        QVERIFY2(refused.message().contains(QLatin1String("newer version of CareLedger")), qPrintable(refused.message()));
        QCOMPARE((*db)->schemaVersion().value(), workstationMigrations().back().version);
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_store_migration.moc"
