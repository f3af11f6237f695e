#pragma once

// Key slots (as LUKS does): the workstation database key is random; one copy of it is
// wrapped with AES-256-GCM under a key derived (scrypt) from each staff member's password.
// Slots live in an unencrypted sidecar SQLite file next to the database, together with
// the failed-login counters that must be readable before any key is known.

#include "crypto/Crypto.h"
#include "store/Database.h"

#include <QDateTime>

namespace careledger::core {

struct LoginFailures {
    int count = 0;          // consecutive failures since the last success
    QDateTime lockedUntil;  // invalid when not locked
};

// What one password opens. One scrypt run per login: the password key is split by HKDF
// into the slot-wrapping key and the user key, which wraps that user's private signing key.
struct SlotKeys {
    SecureBytes databaseKey;
    SecureBytes userKey;
};

class KeySlotFile {
public:
    Q_DISABLE_COPY_MOVE(KeySlotFile)
    ~KeySlotFile();

    // storeId: random 16 bytes naming the store; keyCheck: HMAC proving a key belongs to it.
    static StoreResult<std::unique_ptr<KeySlotFile>> create(const QString &path, QByteArrayView storeId, QByteArrayView keyCheck);
    static StoreResult<std::unique_ptr<KeySlotFile>> open(const QString &path);

    QByteArray storeId() const;
    QByteArray keyCheck() const;
    // SHA-256(storeId || UTF-8 of the NFC, case-folded user name): how a user is named in
    // the file, so staff names are not listed in clear.
    QByteArray slotId(const QString &username) const;

    bool hasSlot(const QString &username) const;
    // A slot computed but not yet written: lets a caller make other changes that depend on the
    // new user key durable before the slot that produces it exists.
    struct PreparedSlot {
        QByteArray slotId;
        QString kdf;
        QByteArray sealedKey;
        SecureBytes userKey;
    };
    StoreResult<PreparedSlot> prepareSlot(const QString &username, const QString &password,
                                          const SecureBytes &databaseKey, const PasswordKdfParams &params) const;
    StoreStatus commitSlot(const PreparedSlot &slot); // replaces an existing slot

    // Wraps databaseKey under a key derived from password; replaces an existing slot.
    // Returns the user key (see SlotKeys) for the same password.
    StoreResult<SecureBytes> putSlot(const QString &username, const QString &password, const SecureBytes &databaseKey,
                                     const PasswordKdfParams &params);
    // WrongPassword when the password does not open the slot; NotFound when there is none.
    StoreResult<SlotKeys> unlock(const QString &username, const QString &password) const;
    StoreStatus removeSlot(const QString &username);

    LoginFailures failures(const QString &username) const;
    StoreStatus recordFailure(const QString &username, int count, const QDateTime &lockedUntil);
    StoreStatus clearFailures(const QString &username);

private:
    explicit KeySlotFile(std::unique_ptr<Database> db);
    std::unique_ptr<Database> m_db;
    QByteArray m_storeId;
    QByteArray m_keyCheck;
};

// The encrypted workstation database plus its key-slot file, in one data directory.
class WorkstationStore {
public:
    Q_DISABLE_COPY_MOVE(WorkstationStore)
    ~WorkstationStore();

    static QString databaseFileName() { return QStringLiteral("careledger.db"); }
    static QString keySlotFileName() { return QStringLiteral("keyslots.db"); }
    // HMAC-SHA256(databaseKey, "careledger key check v1" || storeId): proves a key belongs
    // to a store without revealing it.
    static QByteArray keyCheckFor(const SecureBytes &databaseKey, QByteArrayView storeId);

    struct Unlocked;
    // New data directory: random database key, first slot for `username`, schema migrated.
    static StoreResult<Unlocked> create(const QString &dataDir, const QString &username,
                                                                 const QString &password, const PasswordKdfParams &params);
    // Unlocks with a staff password. Distinct errors: NotFound (no store / no slot),
    // WrongPassword, WrongKey (slot opens, but the key is not this database's), Corrupted,
    // NotADatabase, SchemaTooNew, ReadOnly. Never modifies the files on failure.
    static StoreResult<Unlocked> unlock(const QString &dataDir, const QString &username,
                                                                 const QString &password);
    // Opens with the raw database key (recovery, tests).
    static StoreResult<std::unique_ptr<WorkstationStore>> openWithKey(const QString &dataDir, const SecureBytes &key);

    Database &database() { return *m_db; }
    KeySlotFile &keySlots() { return *m_slots; }
    const SecureBytes &databaseKey() const { return m_key; } // needed to add or re-wrap slots
    QString dataDir() const { return m_dataDir; }

private:
    WorkstationStore(QString dataDir, SecureBytes key, std::unique_ptr<Database> db, std::unique_ptr<KeySlotFile> slots);
    QString m_dataDir;
    SecureBytes m_key;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KeySlotFile> m_slots;
};

struct WorkstationStore::Unlocked {
    std::unique_ptr<WorkstationStore> store;
    SecureBytes userKey; // the unlocking user's key (SlotKeys::userKey)
};

// The workstation schema, newest last. Tests may apply a prefix to build an older store.
std::span<const Migration> workstationMigrations();

} // namespace careledger::core
