// Key slots: several staff passwords open one store; each slot is independent; failed-login
// counters survive a restart.

#include "crypto/Crypto.h"
#include "store/KeySlots.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger::core;

namespace {

const QString kAlice = QStringLiteral("alice");
const QString kBob = QStringLiteral("bob");
const QString kAlicePassword = QStringLiteral("alice-first-password");
const QString kBobPassword = QStringLiteral("bob-password-2024");

PasswordKdfParams fastParams()
{
    return PasswordKdfParams::withFreshSalt(1u << 10, 8, 1);
}

QString slotPathIn(const QString &dir)
{
    return QDir(dir).filePath(WorkstationStore::keySlotFileName());
}

// Two users who can both open the store.
bool makeTwoUserStore(const QString &dir)
{
    auto created = WorkstationStore::create(dir, kAlice, kAlicePassword, fastParams());
    if (!created.ok())
        return false;
    if (!created->store->database().exec("CREATE TABLE shared (v TEXT); INSERT INTO shared VALUES ('seen by both');").ok())
        return false;
    return created->store->keySlots().putSlot(kBob, kBobPassword, created->store->databaseKey(), fastParams()).ok();
}

QString sharedValue(WorkstationStore &store)
{
    auto query = store.database().prepare("SELECT v FROM shared");
    if (!query.ok())
        return {};
    auto row = query->step();
    return row.ok() && *row ? query->text(0) : QString();
}

QByteArray bytes(const SecureBytes &secret)
{
    return secret.view().toByteArray();
}

} // namespace

class TestStoreKeySlots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twoSlotsOpenTheSameStore()
    {
        QTemporaryDir dir;
        QVERIFY(makeTwoUserStore(dir.path()));
        auto alice = WorkstationStore::unlock(dir.path(), kAlice, kAlicePassword);
        QVERIFY2(alice.ok(), qPrintable(alice.message()));
        auto bob = WorkstationStore::unlock(dir.path(), kBob, kBobPassword);
        QVERIFY2(bob.ok(), qPrintable(bob.message()));
        QCOMPARE(bytes(alice->store->databaseKey()), bytes(bob->store->databaseKey()));
        QCOMPARE(sharedValue(*alice->store), QStringLiteral("seen by both"));
        QCOMPARE(sharedValue(*bob->store), QStringLiteral("seen by both"));
        QCOMPARE(alice->store->keySlots().storeId().size(), 16);
    }

    void userNamesAreCaseInsensitive()
    {
        QTemporaryDir dir;
        QVERIFY(makeTwoUserStore(dir.path()));
        QVERIFY(WorkstationStore::unlock(dir.path(), QStringLiteral("ALICE"), kAlicePassword).ok());
        auto slotFile = KeySlotFile::open(slotPathIn(dir.path()));
        QVERIFY(slotFile.ok());
        QVERIFY((*slotFile)->hasSlot(QStringLiteral("Bob")));
        QVERIFY(!(*slotFile)->hasSlot(QStringLiteral("carol")));
        QCOMPARE((*slotFile)->slotId(QStringLiteral("Bob")), (*slotFile)->slotId(kBob));
        QCOMPARE((*slotFile)->slotId(kBob).size(), 32);
    }

    void changingOnePasswordLeavesTheOtherSlot()
    {
        QTemporaryDir dir;
        QVERIFY(makeTwoUserStore(dir.path()));
        const QString newPassword = QStringLiteral("alice-second-password");
        QByteArray newUserKey;
        {
            auto alice = WorkstationStore::unlock(dir.path(), kAlice, kAlicePassword);
            QVERIFY(alice.ok());
            auto rewrapped = alice->store->keySlots().putSlot(kAlice, newPassword, alice->store->databaseKey(), fastParams());
            QVERIFY2(rewrapped.ok(), qPrintable(rewrapped.message()));
            newUserKey = bytes(*rewrapped);
        }
        auto old = WorkstationStore::unlock(dir.path(), kAlice, kAlicePassword);
        QVERIFY(!old.ok());
        QCOMPARE(old.code(), StoreError::WrongPassword);
        auto fresh = WorkstationStore::unlock(dir.path(), kAlice, newPassword);
        QVERIFY(fresh.ok());
        QCOMPARE(bytes(fresh->userKey), newUserKey);
        QVERIFY(WorkstationStore::unlock(dir.path(), kBob, kBobPassword).ok());
    }

    void removeSlot()
    {
        QTemporaryDir dir;
        QVERIFY(makeTwoUserStore(dir.path()));
        {
            auto slotFile = KeySlotFile::open(slotPathIn(dir.path()));
            QVERIFY(slotFile.ok());
            QVERIFY((*slotFile)->recordFailure(kAlice, 2, QDateTime()).ok());
            QVERIFY((*slotFile)->removeSlot(kAlice).ok());
            QVERIFY(!(*slotFile)->hasSlot(kAlice));
            QCOMPARE((*slotFile)->failures(kAlice).count, 0);
            QCOMPARE((*slotFile)->removeSlot(kAlice).code(), StoreError::NotFound);
            // The last slot is the only way in: removing it is refused.
            QCOMPARE((*slotFile)->removeSlot(kBob).code(), StoreError::Constraint);
        }
        QCOMPARE(WorkstationStore::unlock(dir.path(), kAlice, kAlicePassword).code(), StoreError::NotFound);
        QVERIFY(WorkstationStore::unlock(dir.path(), kBob, kBobPassword).ok());
    }

    void userKeysDifferPerUserAndAreStablePerPassword()
    {
        QTemporaryDir dir;
        const QString samePassword = QStringLiteral("shared-password-bad-idea");
        const PasswordKdfParams sameParams = fastParams(); // even the same scrypt salt
        auto created = WorkstationStore::create(dir.path(), kAlice, samePassword, sameParams);
        QVERIFY(created.ok());
        auto bobKey = created->store->keySlots().putSlot(kBob, samePassword, created->store->databaseKey(), sameParams);
        QVERIFY(bobKey.ok());
        const QByteArray aliceKey = bytes(created->userKey);
        QCOMPARE(aliceKey.size(), 32);
        QVERIFY(aliceKey != bytes(*bobKey));
        QVERIFY(aliceKey != bytes(created->store->databaseKey()));
        created->store.reset();

        for (int i = 0; i < 2; ++i) {
            auto alice = WorkstationStore::unlock(dir.path(), kAlice, samePassword);
            QVERIFY(alice.ok());
            QCOMPARE(bytes(alice->userKey), aliceKey);
            auto bob = WorkstationStore::unlock(dir.path(), kBob, samePassword);
            QVERIFY(bob.ok());
            QCOMPARE(bytes(bob->userKey), bytes(*bobKey));
        }
    }

    void slotsCannotBeSwappedBetweenUsers()
    {
        QTemporaryDir dir;
        QVERIFY(makeTwoUserStore(dir.path()));
        QByteArray aliceId;
        QByteArray bobId;
        {
            auto slotFile = KeySlotFile::open(slotPathIn(dir.path()));
            QVERIFY(slotFile.ok());
            aliceId = (*slotFile)->slotId(kAlice);
            bobId = (*slotFile)->slotId(kBob);
        }
        // Someone with write access to the sidecar copies Bob's slot over Alice's.
        {
            auto plain = Database::openPlain(slotPathIn(dir.path()), false);
            QVERIFY(plain.ok());
            auto copy = (*plain)->prepare(
                "UPDATE slots SET kdf = (SELECT kdf FROM slots WHERE slot_id = ?2), "
                "sealed_key = (SELECT sealed_key FROM slots WHERE slot_id = ?2) WHERE slot_id = ?1");
            QVERIFY(copy.ok());
            QVERIFY(copy->bindBlob(1, aliceId).bindBlob(2, bobId).run().ok());
        }
        // The sealed key is bound to its slot id, so Bob's password does not open "alice".
        QCOMPARE(WorkstationStore::unlock(dir.path(), kAlice, kBobPassword).code(), StoreError::WrongPassword);
    }

    void putSlotRefusesAForeignKey()
    {
        QTemporaryDir dir;
        QVERIFY(makeTwoUserStore(dir.path()));
        auto slotFile = KeySlotFile::open(slotPathIn(dir.path()));
        QVERIFY(slotFile.ok());
        auto refused = (*slotFile)->putSlot(QStringLiteral("carol"), QStringLiteral("pw-carol-123"), randomSecret(32), fastParams());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), StoreError::WrongKey);
        QVERIFY(!(*slotFile)->hasSlot(QStringLiteral("carol")));
    }

    void keyCheckMismatchIsWrongKey()
    {
        QTemporaryDir dir;
        QVERIFY(makeTwoUserStore(dir.path()));
        {
            auto plain = Database::openPlain(slotPathIn(dir.path()), false);
            QVERIFY(plain.ok());
            auto update = (*plain)->prepare("UPDATE meta SET value = ?1 WHERE key = 'key_check'");
            QVERIFY(update.ok());
            QVERIFY(update->bindBlob(1, randomBytes(32)).run().ok());
        }
        QCOMPARE(WorkstationStore::unlock(dir.path(), kBob, kBobPassword).code(), StoreError::WrongKey);
    }

    void failureCountersPersistAcrossReopen()
    {
        QTemporaryDir dir;
        QVERIFY(makeTwoUserStore(dir.path()));
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(90);
        {
            auto slotFile = KeySlotFile::open(slotPathIn(dir.path()));
            QVERIFY(slotFile.ok());
            QCOMPARE((*slotFile)->failures(kBob).count, 0);
            QVERIFY(!(*slotFile)->failures(kBob).lockedUntil.isValid());
            QVERIFY((*slotFile)->recordFailure(kBob, 5, until).ok());
            // Names without a slot are throttled too.
            QVERIFY((*slotFile)->recordFailure(QStringLiteral("nobody-here"), 1, QDateTime()).ok());
        }
        {
            auto slotFile = KeySlotFile::open(slotPathIn(dir.path()));
            QVERIFY(slotFile.ok());
            const LoginFailures bob = (*slotFile)->failures(QStringLiteral("BOB"));
            QCOMPARE(bob.count, 5);
            QCOMPARE(bob.lockedUntil, until);
            QCOMPARE(bob.lockedUntil.timeSpec(), Qt::UTC);
            const LoginFailures ghost = (*slotFile)->failures(QStringLiteral("nobody-here"));
            QCOMPARE(ghost.count, 1);
            QVERIFY(!ghost.lockedUntil.isValid());
            QCOMPARE((*slotFile)->failures(kAlice).count, 0);
            QVERIFY((*slotFile)->clearFailures(kBob).ok());
        }
        auto slotFile = KeySlotFile::open(slotPathIn(dir.path()));
        QVERIFY(slotFile.ok());
        QCOMPARE((*slotFile)->failures(kBob).count, 0);
        QVERIFY(!(*slotFile)->failures(kBob).lockedUntil.isValid());
    }

    void defaultCostSlot()
    {
        QTemporaryDir dir;
        const PasswordKdfParams defaults = PasswordKdfParams::withFreshSalt();
        QCOMPARE(defaults.n, quint64(1) << 15);
        auto created = WorkstationStore::create(dir.path(), kAlice, kAlicePassword, defaults);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        const QByteArray userKey = bytes(created->userKey);
        created->store.reset();

        QElapsedTimer timer;
        timer.start();
        auto unlocked = WorkstationStore::unlock(dir.path(), kAlice, kAlicePassword);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(unlocked.ok());
        QCOMPARE(bytes(unlocked->userKey), userKey);
        qInfo("unlock at scrypt N=2^15, r=8: %lld ms", static_cast<long long>(elapsed));
        QCOMPARE(WorkstationStore::unlock(dir.path(), kAlice, QStringLiteral("wrong")).code(), StoreError::WrongPassword);
    }
};

QTEST_GUILESS_MAIN(TestStoreKeySlots)
#include "tst_store_keyslots.moc"
