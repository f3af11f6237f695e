#include "store/KeySlots.h"

#include <QCoreApplication>
#include <QDir>

#include <openssl/crypto.h>

namespace careledger::core {

namespace {

constexpr int kFormatVersion = 1;
constexpr qsizetype kStoreIdSize = 16;
constexpr qsizetype kDatabaseKeySize = 32;

constexpr char kWrapInfo[] = "careledger keyslot wrap v1";
constexpr char kUserKeyInfo[] = "careledger user key v1";
constexpr char kSealAadPrefix[] = "careledger-keyslot-v1";

constexpr const char *kSchema = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE slots (
    slot_id    BLOB PRIMARY KEY,
    kdf        TEXT NOT NULL,
    sealed_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE login_failures (
    slot_id      BLOB PRIMARY KEY,
    count        INTEGER NOT NULL,
    locked_until TEXT
);
)sql";

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The password's UTF-8 bytes are secret: wiped as soon as scrypt has read them.
class PasswordBytes {
public:
    explicit PasswordBytes(const QString &password) : m_bytes(password.toUtf8()) {}
    ~PasswordBytes() { OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    Q_DISABLE_COPY_MOVE(PasswordBytes)
    QByteArrayView view() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

struct SlotSecrets {
    SecureBytes wrapKey;
    SecureBytes userKey;
};

// One scrypt run, then HKDF splits the result so the slot-wrapping key and the user key are
// independent; the slot id as HKDF salt keeps two users with the same password (and even the
// same scrypt salt) apart.
StoreResult<SlotSecrets> deriveSlotSecrets(const QString &password, const PasswordKdfParams &params, QByteArrayView slotId,
                                           StoreError badParamsCode)
{
    SecureBytes passwordKey;
    {
        PasswordBytes utf8(password);
        auto derived = derivePasswordKey(utf8.view(), params, kAesKeySize);
        if (!derived.ok())
            return StoreResult<SlotSecrets>::failure(badParamsCode, QCoreApplication::translate("Store", "The password key parameters are not usable: %1").arg(derived.message()));
        passwordKey = std::move(*derived);
    }
    auto wrapKey = hkdfSha256(passwordKey.view(), slotId, QByteArrayView(kWrapInfo), kAesKeySize);
    auto userKey = hkdfSha256(passwordKey.view(), slotId, QByteArrayView(kUserKeyInfo), kAesKeySize);
    passwordKey.wipe();
    if (!wrapKey.ok() || !userKey.ok())
        return StoreResult<SlotSecrets>::failure(StoreError::Internal, QCoreApplication::translate("Store", "Deriving the key-slot keys failed."));
    return SlotSecrets{std::move(*wrapKey), std::move(*userKey)};
}

QByteArray sealAad(QByteArrayView storeId, QByteArrayView slotId)
{
    QByteArray aad(kSealAadPrefix);
    aad.append(storeId);
    aad.append(slotId);
    return aad;
}

QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

KeySlotFile::KeySlotFile(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

KeySlotFile::~KeySlotFile() = default;

StoreResult<std::unique_ptr<KeySlotFile>> KeySlotFile::create(const QString &path, QByteArrayView storeId, QByteArrayView keyCheck)
{
    using R = StoreResult<std::unique_ptr<KeySlotFile>>;
    if (storeId.size() != kStoreIdSize || keyCheck.size() != kSha256Size)
        return R::failure(StoreError::Internal, QCoreApplication::translate("Store", "Creating the key-slot file: the store id or key check has the wrong length."));
    auto db = Database::createPlain(path);
    if (!db.ok())
        return db.error();

    auto populate = [&](Database &file) -> StoreStatus {
        auto tx = file.begin();
        if (!tx.ok())
            return tx.error();
        if (auto made = file.exec(kSchema); !made.ok())
            return made;
        auto insert = file.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)");
        if (!insert.ok())
            return insert.error();
        if (auto r = insert->bind(1, QStringLiteral("format")).bind(2, kFormatVersion).run(); !r.ok())
            return r;
        if (auto r = insert->bind(1, QStringLiteral("store_id")).bindBlob(2, storeId).run(); !r.ok())
            return r;
        if (auto r = insert->bind(1, QStringLiteral("key_check")).bindBlob(2, keyCheck).run(); !r.ok())
            return r;
        return tx->commit();
    };
    if (auto populated = populate(**db); !populated.ok()) {
        db->reset();
        Database::removeFiles(path);
        return populated.error();
    }
    std::unique_ptr<KeySlotFile> file(new KeySlotFile(std::move(*db)));
    file->m_storeId = storeId.toByteArray();
    file->m_keyCheck = keyCheck.toByteArray();
    return file;
}

StoreResult<std::unique_ptr<KeySlotFile>> KeySlotFile::open(const QString &path)
{
    using R = StoreResult<std::unique_ptr<KeySlotFile>>;
    auto db = Database::openPlain(path, false);
    if (!db.ok())
        return db.error();
    const QString damaged = QCoreApplication::translate("Store", "The key-slot file %1 is damaged or incomplete.").arg(displayPath(path));

    auto tables = (*db)->prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'slots', 'login_failures')");
    if (!tables.ok())
        return tables.error();
    if (auto row = tables->step(); !row.ok())
        return row.error();
    if (tables->int64(0) != 3)
        return R::failure(StoreError::Corrupted, damaged);

    auto meta = (*db)->prepare("SELECT key, value FROM meta");
    if (!meta.ok())
        return meta.error();
    std::optional<qint64> format;
    QByteArray storeId;
    QByteArray keyCheck;
    for (;;) {
        auto row = meta->step();
        if (!row.ok())
            return row.error();
        if (!*row)
            break;
        const QString key = meta->text(0);
        if (key == QLatin1String("format"))
            format = meta->int64(1);
        else if (key == QLatin1String("store_id"))
            storeId = meta->blob(1);
        else if (key == QLatin1String("key_check"))
            keyCheck = meta->blob(1);
    }
    if (!format)
        return R::failure(StoreError::Corrupted, damaged);
    if (*format > kFormatVersion)
        return R::failure(StoreError::SchemaTooNew,
                          QCoreApplication::translate("Store", "The key-slot file %1 was written by a newer version of CareLedger; install it to open this store.")
                              .arg(displayPath(path)));
    if (*format != kFormatVersion || storeId.size() != kStoreIdSize || keyCheck.size() != kSha256Size)
        return R::failure(StoreError::Corrupted, damaged);

    std::unique_ptr<KeySlotFile> file(new KeySlotFile(std::move(*db)));
    file->m_storeId = storeId;
    file->m_keyCheck = keyCheck;
    return file;
}

QByteArray KeySlotFile::storeId() const
{
    return m_storeId;
}

QByteArray KeySlotFile::keyCheck() const
{
    return m_keyCheck;
}

QByteArray KeySlotFile::slotId(const QString &username) const
{
    // NFC then case folding: "Élise", "élise" and a decomposed "e\u0301lise" are one user.
    const QByteArray name = username.normalized(QString::NormalizationForm_C).toCaseFolded().toUtf8();
    QByteArray input = m_storeId;
    input.append(name);
    return sha256(input);
}

bool KeySlotFile::hasSlot(const QString &username) const
{
    auto query = m_db->prepare("SELECT 1 FROM slots WHERE slot_id = ?1");
    if (!query.ok())
        return false;
    auto row = query->bindBlob(1, slotId(username)).step();
    return row.ok() && *row;
}

StoreResult<KeySlotFile::PreparedSlot> KeySlotFile::prepareSlot(const QString &username, const QString &password,
                                                                const SecureBytes &databaseKey,
                                                                const PasswordKdfParams &params) const
{
    using R = StoreResult<PreparedSlot>;
    if (databaseKey.size() != static_cast<std::size_t>(kDatabaseKeySize))
        return R::failure(StoreError::Internal, QCoreApplication::translate("Store", "Saving a key slot: the database key must be 32 bytes."));
    // A slot for a key that is not this store's would lock its user out for good.
    if (!constantTimeEqual(WorkstationStore::keyCheckFor(databaseKey, m_storeId), m_keyCheck))
        return R::failure(StoreError::WrongKey, QCoreApplication::translate("Store", "Saving a key slot: the key does not belong to this store."));

    PasswordKdfParams effective = params;
    if (effective.salt.isEmpty())
        effective = PasswordKdfParams::withFreshSalt(params.n, params.r, params.p);

    PreparedSlot slot;
    slot.slotId = slotId(username);
    auto secrets = deriveSlotSecrets(password, effective, slot.slotId, StoreError::Internal);
    if (!secrets.ok())
        return secrets.error();
    auto sealed = aesGcmSeal(secrets->wrapKey.view(), databaseKey.view(), sealAad(m_storeId, slot.slotId));
    secrets->wrapKey.wipe();
    if (!sealed.ok())
        return R::failure(StoreError::Internal, QCoreApplication::translate("Store", "Sealing the key slot failed."));
    slot.kdf = effective.toString();
    slot.sealedKey = *sealed;
    slot.userKey = std::move(secrets->userKey);
    return slot;
}

StoreStatus KeySlotFile::commitSlot(const PreparedSlot &slot)
{
    auto tx = m_db->begin();
    if (!tx.ok())
        return tx.error();
    auto insert = m_db->prepare("INSERT OR REPLACE INTO slots (slot_id, kdf, sealed_key, created_at) VALUES (?1, ?2, ?3, ?4)");
    if (!insert.ok())
        return insert.error();
    if (auto r = insert->bindBlob(1, slot.slotId).bind(2, slot.kdf).bindBlob(3, slot.sealedKey).bind(4, utcNow()).run(); !r.ok())
        return r.error();
    return tx->commit();
}

StoreResult<SecureBytes> KeySlotFile::putSlot(const QString &username, const QString &password, const SecureBytes &databaseKey,
                                              const PasswordKdfParams &params)
{
    auto slot = prepareSlot(username, password, databaseKey, params);
    if (!slot.ok())
        return slot.error();
    if (auto committed = commitSlot(*slot); !committed.ok())
        return committed.error();
    return std::move(slot->userKey);
}

StoreResult<SlotKeys> KeySlotFile::unlock(const QString &username, const QString &password) const
{
    using R = StoreResult<SlotKeys>;
    const QByteArray id = slotId(username);
    auto query = m_db->prepare("SELECT kdf, sealed_key FROM slots WHERE slot_id = ?1");
    if (!query.ok())
        return query.error();
    auto row = query->bindBlob(1, id).step();
    if (!row.ok())
        return row.error();
    if (!*row)
        return R::failure(StoreError::NotFound, QCoreApplication::translate("Store", "There is no key slot for this user name."));
    const QString kdf = query->text(0);
    const QByteArray sealed = query->blob(1);
    query->reset();

    const QString damaged = QCoreApplication::translate("Store", "The key slot in %1 is damaged.").arg(displayPath(m_db->path()));
    auto params = PasswordKdfParams::fromString(kdf);
    if (!params.ok())
        return R::failure(StoreError::Corrupted, damaged);
    auto secrets = deriveSlotSecrets(password, *params, id, StoreError::Corrupted);
    if (!secrets.ok())
        return secrets.error();
    auto opened = aesGcmOpen(secrets->wrapKey.view(), sealed, sealAad(m_storeId, id));
    secrets->wrapKey.wipe();
    if (!opened.ok()) {
        if (opened.code() == CryptoError::AuthenticationFailed)
            return R::failure(StoreError::WrongPassword, QCoreApplication::translate("Store", "The password does not open this key slot."));
        return R::failure(StoreError::Corrupted, damaged);
    }
    if (opened->size() != static_cast<std::size_t>(kDatabaseKeySize))
        return R::failure(StoreError::Corrupted, damaged);
    return SlotKeys{std::move(*opened), std::move(secrets->userKey)};
}

StoreStatus KeySlotFile::removeSlot(const QString &username)
{
    const QByteArray id = slotId(username);
    auto tx = m_db->begin();
    if (!tx.ok())
        return tx.error();
    auto count = m_db->prepare("SELECT count(*), coalesce(sum(slot_id = ?1), 0) FROM slots");
    if (!count.ok())
        return count.error();
    if (auto row = count->bindBlob(1, id).step(); !row.ok())
        return row.error();
    const qint64 total = count->int64(0);
    const qint64 mine = count->int64(1);
    count->reset();
    if (mine == 0)
        return StoreStatus::failure(StoreError::NotFound, QCoreApplication::translate("Store", "There is no key slot for this user name."));
    if (total <= 1)
        return StoreStatus::failure(StoreError::Constraint,
                                    QCoreApplication::translate("Store", "Refusing to remove the last key slot: nobody could open the store any more."));
    for (const char *sql : {"DELETE FROM slots WHERE slot_id = ?1", "DELETE FROM login_failures WHERE slot_id = ?1"}) {
        auto del = m_db->prepare(sql);
        if (!del.ok())
            return del.error();
        if (auto r = del->bindBlob(1, id).run(); !r.ok())
            return r;
    }
    return tx->commit();
}

LoginFailures KeySlotFile::failures(const QString &username) const
{
    LoginFailures result;
    auto query = m_db->prepare("SELECT count, locked_until FROM login_failures WHERE slot_id = ?1");
    if (!query.ok())
        return result;
    auto row = query->bindBlob(1, slotId(username)).step();
    if (!row.ok() || !*row)
        return result;
    result.count = static_cast<int>(query->int64(0));
    if (!query->isNull(1)) {
        result.lockedUntil = QDateTime::fromString(query->text(1), Qt::ISODateWithMs);
        if (result.lockedUntil.isValid())
            result.lockedUntil = result.lockedUntil.toUTC();
    }
    return result;
}

StoreStatus KeySlotFile::recordFailure(const QString &username, int count, const QDateTime &lockedUntil)
{
    auto tx = m_db->begin();
    if (!tx.ok())
        return tx.error();
    auto upsert = m_db->prepare("INSERT OR REPLACE INTO login_failures (slot_id, count, locked_until) VALUES (?1, ?2, ?3)");
    if (!upsert.ok())
        return upsert.error();
    upsert->bindBlob(1, slotId(username)).bind(2, count);
    if (lockedUntil.isValid())
        upsert->bind(3, lockedUntil.toUTC().toString(Qt::ISODateWithMs));
    else
        upsert->bindNull(3);
    if (auto r = upsert->run(); !r.ok())
        return r;
    return tx->commit();
}

StoreStatus KeySlotFile::clearFailures(const QString &username)
{
    auto tx = m_db->begin();
    if (!tx.ok())
        return tx.error();
    auto del = m_db->prepare("DELETE FROM login_failures WHERE slot_id = ?1");
    if (!del.ok())
        return del.error();
    if (auto r = del->bindBlob(1, slotId(username)).run(); !r.ok())
        return r;
    return tx->commit();
}

} // namespace careledger::core
