#include "store/KeySlots.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace careledger::core {

namespace {

constexpr qsizetype kStoreIdSize = 16;
constexpr qsizetype kDatabaseKeySize = 32;
constexpr char kKeyCheckLabel[] = "careledger key check v1";

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Creates dir and any missing parents, recording each one made so a failed create() can
// remove exactly those (never a folder that was there before).
StoreStatus makeDirectories(const QString &dir, QStringList &created)
{
    const QString absolute = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    QStringList missing;
    for (QString current = absolute; !QFileInfo::exists(current);) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    const QString what = QCoreApplication::translate("Store", "Creating the data folder %1").arg(displayPath(absolute));
    for (const QString &path : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0) {
            const int err = errno;
            const QString reason = QString::fromLocal8Bit(std::strerror(err));
            if (err == ENOSPC || err == EDQUOT)
                return StoreStatus::failure(StoreError::DiskFull, QCoreApplication::translate("Store", "%1: the disk is full (%2).").arg(what, reason));
            return StoreStatus::failure(StoreError::ReadOnly, QCoreApplication::translate("Store", "%1: the folder cannot be created (%2).").arg(what, reason));
        }
        created.append(path);
    }
    if (!QFileInfo(absolute).isDir())
        return StoreStatus::failure(StoreError::ReadOnly, QCoreApplication::translate("Store", "%1: a file is in the way.").arg(what));
    return {};
}

void removeDirectories(const QStringList &created)
{
    // rmdir only removes empty folders: anything someone else put there stays.
    for (auto it = created.crbegin(); it != created.crend(); ++it)
        ::rmdir(QFile::encodeName(*it).constData());
}

// The key is proven right by the key check, so "wrong key or damaged file" can only mean
// damaged.
Error<StoreError> keyProvenError(const Error<StoreError> &error, const QString &dbPath)
{
    if (error.code == StoreError::WrongKey)
        return Error<StoreError>{StoreError::Corrupted,
                                 QCoreApplication::translate("Store", "The database %1 is damaged: the key is right but the file cannot be read.").arg(displayPath(dbPath))};
    return error;
}

StoreResult<std::unique_ptr<Database>> openVerified(const QString &dbPath, const SecureBytes &key, const KeySlotFile &slotFile)
{
    if (!constantTimeEqual(WorkstationStore::keyCheckFor(key, slotFile.storeId()), slotFile.keyCheck()))
        return StoreResult<std::unique_ptr<Database>>::failure(
            StoreError::WrongKey, QCoreApplication::translate("Store", "The key does not belong to the database %1.").arg(displayPath(dbPath)));
    auto db = Database::open(dbPath, key);
    if (!db.ok())
        return keyProvenError(db.error(), dbPath);
    if (auto migrated = (*db)->migrate(workstationMigrations()); !migrated.ok())
        return keyProvenError(migrated.error(), dbPath);
    return db;
}

std::optional<Error<StoreError>> requireStoreFiles(const QString &dataDir)
{
    const QString dbPath = QDir(dataDir).filePath(WorkstationStore::databaseFileName());
    const QString slotPath = QDir(dataDir).filePath(WorkstationStore::keySlotFileName());
    const bool hasDb = QFileInfo::exists(dbPath);
    const bool hasSlots = QFileInfo::exists(slotPath);
    if (!hasDb && !hasSlots)
        return Error<StoreError>{StoreError::NotFound, QCoreApplication::translate("Store", "There is no CareLedger store in %1.").arg(displayPath(dataDir))};
    if (!hasDb)
        return Error<StoreError>{StoreError::NotFound, QCoreApplication::translate("Store", "The database file %1 is missing.").arg(displayPath(dbPath))};
    if (!hasSlots)
        return Error<StoreError>{StoreError::NotFound, QCoreApplication::translate("Store", "The key-slot file %1 is missing.").arg(displayPath(slotPath))};
    return std::nullopt;
}

} // namespace

WorkstationStore::WorkstationStore(QString dataDir, SecureBytes key, std::unique_ptr<Database> db, std::unique_ptr<KeySlotFile> slotFile)
    : m_dataDir(std::move(dataDir)), m_key(std::move(key)), m_db(std::move(db)), m_slots(std::move(slotFile))
{
}

WorkstationStore::~WorkstationStore() = default;

QByteArray WorkstationStore::keyCheckFor(const SecureBytes &databaseKey, QByteArrayView storeId)
{
    QByteArray message(kKeyCheckLabel);
    message.append(storeId);
    return hmacSha256(databaseKey.view(), message);
}

StoreResult<WorkstationStore::Unlocked> WorkstationStore::create(const QString &dataDir, const QString &username,
                                                                const QString &password, const PasswordKdfParams &params)
{
    using R = StoreResult<Unlocked>;
    const QString dbPath = QDir(dataDir).filePath(databaseFileName());
    const QString slotPath = QDir(dataDir).filePath(keySlotFileName());
    if (Database::filesExist(dbPath) || Database::filesExist(slotPath))
        return R::failure(StoreError::AlreadyExists,
                          QCoreApplication::translate("Store", "%1 already holds a CareLedger store; refusing to overwrite it.").arg(displayPath(dataDir)));

    QStringList createdDirs;
    if (auto made = makeDirectories(dataDir, createdDirs); !made.ok())
        return made.error();

    bool madeDb = false;
    bool madeSlots = false;
    std::unique_ptr<Database> db;
    std::unique_ptr<KeySlotFile> slotFile;
    auto fail = [&](const Error<StoreError> &error) -> R {
        slotFile.reset();
        db.reset();
        if (madeSlots)
            Database::removeFiles(slotPath);
        if (madeDb)
            Database::removeFiles(dbPath);
        removeDirectories(createdDirs);
        return error;
    };

    SecureBytes key = randomSecret(kDatabaseKeySize);
    const QByteArray storeId = randomBytes(kStoreIdSize);

    auto createdDb = Database::create(dbPath, key);
    if (!createdDb.ok())
        return fail(createdDb.error());
    madeDb = true;
    db = std::move(*createdDb);
    if (auto migrated = db->migrate(workstationMigrations()); !migrated.ok())
        return fail(migrated.error());

    auto createdSlots = KeySlotFile::create(slotPath, storeId, keyCheckFor(key, storeId));
    if (!createdSlots.ok())
        return fail(createdSlots.error());
    madeSlots = true;
    slotFile = std::move(*createdSlots);
    auto userKey = slotFile->putSlot(username, password, key, params);
    if (!userKey.ok())
        return fail(userKey.error());

    std::unique_ptr<WorkstationStore> store(new WorkstationStore(dataDir, std::move(key), std::move(db), std::move(slotFile)));
    return Unlocked{std::move(store), std::move(*userKey)};
}

StoreResult<WorkstationStore::Unlocked> WorkstationStore::unlock(const QString &dataDir, const QString &username,
                                                                const QString &password)
{
    if (auto missing = requireStoreFiles(dataDir))
        return *missing;
    const QString dbPath = QDir(dataDir).filePath(databaseFileName());
    auto slotFile = KeySlotFile::open(QDir(dataDir).filePath(keySlotFileName()));
    if (!slotFile.ok())
        return slotFile.error();
    auto keys = (*slotFile)->unlock(username, password);
    if (!keys.ok())
        return keys.error();
    auto db = openVerified(dbPath, keys->databaseKey, **slotFile);
    if (!db.ok())
        return db.error();
    std::unique_ptr<WorkstationStore> store(
        new WorkstationStore(dataDir, std::move(keys->databaseKey), std::move(*db), std::move(*slotFile)));
    return Unlocked{std::move(store), std::move(keys->userKey)};
}

StoreResult<std::unique_ptr<WorkstationStore>> WorkstationStore::openWithKey(const QString &dataDir, const SecureBytes &key)
{
    if (auto missing = requireStoreFiles(dataDir))
        return *missing;
    if (key.size() != static_cast<std::size_t>(kDatabaseKeySize))
        return StoreResult<std::unique_ptr<WorkstationStore>>::failure(StoreError::WrongKey, QCoreApplication::translate("Store", "A database key is 32 bytes long."));
    const QString dbPath = QDir(dataDir).filePath(databaseFileName());
    auto slotFile = KeySlotFile::open(QDir(dataDir).filePath(keySlotFileName()));
    if (!slotFile.ok())
        return slotFile.error();
    auto db = openVerified(dbPath, key, **slotFile);
    if (!db.ok())
        return db.error();
    return std::unique_ptr<WorkstationStore>(new WorkstationStore(dataDir, key.clone(), std::move(*db), std::move(*slotFile)));
}

} // namespace careledger::core
