#include "services/Workstation.h"

#include "services/AuditService.h"
#include "services/ChartService.h"
#include "services/ConsentService.h"
#include "services/DeviceService.h"
#include "services/InteropService.h"
#include "services/KioskService.h"
#include "services/LedgerOps.h"
#include "services/LedgerService.h"
#include "services/PatientService.h"
#include "services/RecordCommitter.h"
#include "services/RecordsOps.h"
#include "services/StaffOps.h"
#include "services/VitalsService.h"
#include "services/WorkstationPrivate.h"
#include "staff/LoginThrottle.h"
#include "staff/PasswordPolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace careledger::services {

using detail::StoreAccess;

namespace {

QString keySlotPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(core::WorkstationStore::keySlotFileName());
}

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(core::WorkstationStore::databaseFileName());
}

ServiceStatus wrongCredentials()
{
    return ServiceStatus::failure(
        ServiceError::WrongCredentials,
        QCoreApplication::translate("Workstation", "The user name or the password is not correct."));
}

QString lockedOutMessage(const QDateTime &now, const QDateTime &until)
{
    const qint64 seconds = std::max<qint64>(1, now.secsTo(until));
    if (seconds < 60) {
        return QCoreApplication::translate("Workstation",
                                           "Too many failed sign-in attempts. Try again in %n second(s).", nullptr,
                                           static_cast<int>(seconds));
    }
    const qint64 minutes = (seconds + 59) / 60;
    return QCoreApplication::translate("Workstation", "Too many failed sign-in attempts. Try again in %n minute(s).",
                                       nullptr, static_cast<int>(minutes));
}

// Deletes the files a failed initialize() has just created, so a retry is not refused as
// "store already exists". Only our own file names are touched.
void removeNewStoreFiles(const QString &dataDir)
{
    for (const QString &base : {databasePath(dataDir), keySlotPath(dataDir)}) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(base + QLatin1StringView(suffix));
        }
    }
}

} // namespace

Workstation::State::State() = default;
Workstation::State::~State() = default;

Workstation::Workstation(QString dataDir, WorkstationOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<State>()), m_staff(std::make_unique<StaffService>(*this)),
      m_ledger(std::make_unique<LedgerService>(*this)), m_records(std::make_unique<RecordCommitter>(*this)),
      m_patients(std::make_unique<PatientService>(*this)), m_charts(std::make_unique<ChartService>(*this)),
      m_consent(std::make_unique<ConsentService>(*this)), m_audit(std::make_unique<AuditService>(*this)),
      m_interop(std::make_unique<InteropService>(*this)), m_devices(std::make_unique<DeviceService>(*this)),
      m_vitals(std::make_unique<VitalsService>(*this))
{
    if (!options.clock) {
        options.clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    }
    d->dataDir = std::move(dataDir);
    d->options = std::move(options);
    m_kiosk = std::make_unique<KioskService>(*this);
    // Runs on this object's thread: sealing a few transactions takes milliseconds.
    connect(&d->sealTimer, &QTimer::timeout, this, [this] {
        (void)sealIfDue();
    });
}

Workstation::~Workstation()
{
    // Wipe keys without notifying: listeners may already be half destroyed.
    const QSignalBlocker blocker(this);
    logout();
}

bool Workstation::storeExists(const QString &dataDir)
{
    return QFileInfo::exists(databasePath(dataDir)) || QFileInfo::exists(keySlotPath(dataDir));
}

ServiceStatus Workstation::initialize(const QString &dataDir, const QString &username, const QString &displayName,
                                      const QString &password, WorkstationOptions options)
{
    return detail::initializeStore(dataDir, username, displayName, password, std::move(options), nullptr);
}

ServiceStatus detail::initializeStore(const QString &dataDir, const QString &username, const QString &displayName,
                                      const QString &password, WorkstationOptions options, const ChainSetup *join)
{
    if (!options.clock) {
        options.clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    }
    const QString name = username.trimmed();
    if (auto problem = detail::usernameProblem(name)) {
        return ServiceStatus::failure(ServiceError::InvalidInput, *problem);
    }
    const QString display = displayName.trimmed();
    if (auto problem = detail::displayNameProblem(display)) {
        return ServiceStatus::failure(ServiceError::InvalidInput, *problem);
    }
    if (auto problem = core::PasswordPolicy::problem(name, password); problem) {
        return ServiceStatus::failure(ServiceError::InvalidInput, *problem);
    }
    if (Workstation::storeExists(dataDir)) {
        return ServiceStatus::failure(
            ServiceError::AlreadyExists,
            QCoreApplication::translate("Workstation",
                                        "A CareLedger store already exists in %1; refusing to overwrite it.")
                .arg(QDir::toNativeSeparators(dataDir)));
    }
    if (!QDir().mkpath(dataDir)) {
        return ServiceStatus::failure(ServiceError::Storage,
                                      QCoreApplication::translate("Workstation", "The folder %1 cannot be created.")
                                          .arg(QDir::toNativeSeparators(dataDir)));
    }

    auto created = core::WorkstationStore::create(dataDir, name, password, detail::freshKdfParams(options));
    if (!created) {
        return detail::fromStore(created.error(), StoreAccess::Write);
    }
    ServiceStatus result = [&]() -> ServiceStatus {
        core::WorkstationStore &store = *created->store;
        auto key = detail::newSigningKey(created->userKey);
        if (!key) {
            return key.error();
        }
        const QDateTime now = options.clock().toUTC();
        core::StaffRecord record;
        record.username = name;
        record.displayName = display;
        record.role = roleId(Role::Admin);
        record.createdAt = now;
        record.updatedAt = now;
        core::SecurityEventRecord event;
        event.at = now;
        event.action = QStringLiteral("account created");
        event.detail = QStringLiteral("role=admin; first administrator");
        const quint64 nowMs = static_cast<quint64>(now.toMSecsSinceEpoch());
        if (auto chain = detail::createIdentityAndChain(store, join, nowMs); !chain) {
            return chain;
        }
        auto identity = detail::loadIdentity(store);
        if (!identity) {
            return identity.error();
        }
        auto chain = ledger::ChainStore::open(store.database());
        if (!chain) {
            return ServiceStatus::failure(ServiceError::Storage, chain.message());
        }
        // The first administrator's key is registered on the chain in the same database
        // transaction as the account.
        auto registration = detail::keyRegistration(**chain, identity->nodeKey, key->row.publicKey, nowMs);
        if (!registration) {
            return registration.error();
        }
        core::StaffDirectory directory(store.database());
        return detail::commitThroughTrigger(store.database(), *registration, "staff_keys", "key_id", key->row.keyId,
                                            [&]() -> ServiceStatus {
                                                if (auto id = directory.createAccount(record, key->row, event); !id) {
                                                    return detail::fromStore(id.error(), StoreAccess::Write);
                                                }
                                                return {};
                                            });
    }();
    created->store.reset();
    if (!result) {
        removeNewStoreFiles(dataDir);
    }
    return result;
}

QString Workstation::dataDir() const
{
    return d->dataDir;
}

ServiceResult<StaffAccount> Workstation::login(const QString &username, const QString &password)
{
    if (d->kiosk) {
        // Only an administrator's password ends kiosk mode (KioskService::leaveKiosk).
        return ServiceResult<StaffAccount>::failure(
            ServiceError::PermissionDenied,
            QCoreApplication::translate("KioskService", "This workstation is in kiosk mode; an administrator must leave it first."));
    }
    logout();
    const QString name = detail::normaliseUsername(username);
    const QString &dataDir = d->dataDir;
    if (!QFileInfo::exists(databasePath(dataDir)) || !QFileInfo::exists(keySlotPath(dataDir))) {
        return ServiceResult<StaffAccount>::failure(
            ServiceError::StoreUnavailable,
            QCoreApplication::translate("Workstation", "There is no CareLedger store in %1.")
                .arg(QDir::toNativeSeparators(dataDir)));
    }
    auto keySlotFile = core::KeySlotFile::open(keySlotPath(dataDir));
    if (!keySlotFile) {
        return detail::storeFailure<StaffAccount>(keySlotFile.error(), StoreAccess::Read);
    }

    // Lockout is decided before any password work, so a locked name costs an attacker
    // nothing to try and gains them nothing either.
    const QDateTime now = d->now();
    const core::LoginFailures failures = (*keySlotFile)->failures(name);
    if (failures.lockedUntil.isValid() && failures.lockedUntil > now) {
        return ServiceResult<StaffAccount>::failure(ServiceError::LockedOut,
                                                    lockedOutMessage(now, failures.lockedUntil));
    }
    const auto fail = [&]() -> ServiceResult<StaffAccount> {
        const int count = failures.count + 1;
        // If the counter cannot be written the attempt still fails; throttling is then
        // only as good as the sidecar (see the threat model).
        (void)(*keySlotFile)->recordFailure(name, count, core::LoginThrottle::lockedUntil(count, now));
        return wrongCredentials().error();
    };

    if (name.isEmpty() || password.isEmpty() || detail::usernameProblem(name) || !(*keySlotFile)->hasSlot(name)) {
        // Same scrypt cost as a real slot, so the answer time does not reveal which names exist.
        (void)core::derivePasswordKey(password.toUtf8(), detail::freshKdfParams(d->options));
        return fail();
    }

    auto unlocked = core::WorkstationStore::unlock(dataDir, name, password);
    if (!unlocked) {
        if (unlocked.code() == core::StoreError::WrongPassword || unlocked.code() == core::StoreError::NotFound) {
            return fail();
        }
        return detail::storeFailure<StaffAccount>(unlocked.error(), StoreAccess::Read);
    }

    std::unique_ptr<core::WorkstationStore> store = std::move(unlocked->store);
    auto directory = std::make_unique<core::StaffDirectory>(store->database());
    auto record = directory->findByUsername(name);
    if (!record) {
        if (record.code() == core::StoreError::NotFound) {
            // A slot without an account (an interrupted account creation) opens nothing.
            return fail();
        }
        return detail::storeFailure<StaffAccount>(record.error(), StoreAccess::Read);
    }
    if (!record->enabled) {
        return ServiceResult<StaffAccount>::failure(
            ServiceError::AccountDisabled,
            QCoreApplication::translate("Workstation", "This account is disabled. Ask an administrator to enable it."));
    }
    auto keyRow = directory->activeKey(record->id);
    if (!keyRow) {
        return ServiceResult<StaffAccount>::failure(
            ServiceError::StoreUnavailable,
            QCoreApplication::translate(
                "Workstation", "Your signing key cannot be opened (%1). Ask an administrator to reset your password.")
                .arg(keyRow.message()));
    }
    auto signingKey = detail::openSigningKey(*keyRow, unlocked->userKey);
    if (!signingKey) {
        return signingKey.error();
    }
    if (!keyRow->pendingSealedPrivateKey.isEmpty()) {
        // Finish an interrupted password change (promote) or drop one that never got its slot.
        const bool interrupted =
            core::aesGcmOpen(unlocked->userKey.view(), keyRow->pendingSealedPrivateKey,
                             detail::signingKeyAad(keyRow->keyId))
                .ok();
        core::SecurityEventRecord event;
        event.at = now;
        event.actorId = record->id;
        event.targetId = record->id;
        event.action = QStringLiteral("password change completed at sign-in");
        if (interrupted) {
            (void)directory->resealKey(record->id, keyRow->id, keyRow->pendingSealedPrivateKey, now, event);
            record->mustChangePassword = false;
        } else {
            (void)directory->stagePendingSeal(record->id, keyRow->id, QByteArray());
        }
    }
    (void)store->keySlots().clearFailures(name);

    d->user = detail::toAccount(*record, keyRow->keyId);
    d->signingKey = std::move(signingKey).value();
    d->store = std::move(store);
    d->directory = std::move(directory);
    if (auto chain = detail::openChain(*d); !chain) {
        const QSignalBlocker blocker(this);
        logout();
        return chain.error();
    }
    if (auto records = detail::openRecords(*d); !records) {
        const QSignalBlocker blocker(this);
        logout();
        return records.error();
    }
    d->lastAuditAnchorCheck = d->now();
    // Live monitoring is best effort at sign-in: a device or setting that cannot be read
    // leaves the records usable.
    (void)m_vitals->openSession();
    if (d->options.sealInterval.count() > 0 && QThread::currentThread() == thread()) {
        d->sealTimer.start(d->options.sealInterval);
    }
    Q_EMIT sessionChanged();
    return *d->user;
}

void Workstation::logout()
{
    const bool hadSession = d->user.has_value() || d->store != nullptr;
    // Readings waiting in memory are stored and anchored while the keys are still here.
    if (m_vitals)
        m_vitals->closeSession();
    if (m_kiosk) {
        m_kiosk->patientLogout(); // its audit entry goes on the chain with the anchor below
    }
    if (d->storeOpen() && d->chain && d->records) {
        // The audit entries of this session go on the chain with the last block it seals.
        (void)detail::anchorAudit(*d);
    }
    detail::closeChain(*d);
    d->records.reset(); // wipes the clinic secret and the patient-key wrapping key
    d->kiosk.reset();
    d->user.reset();
    d->signingKey = core::EcPrivateKey();
    d->directory.reset();
    d->store.reset(); // closes the database and wipes the database key
    if (hadSession) {
        Q_EMIT sessionChanged();
    }
}

bool Workstation::isLoggedIn() const
{
    return d->user.has_value();
}

std::optional<StaffAccount> Workstation::currentUser() const
{
    return d->user;
}

QDateTime Workstation::lockedUntil(const QString &username) const
{
    if (!QFileInfo::exists(keySlotPath(d->dataDir))) {
        return {};
    }
    auto keySlotFile = core::KeySlotFile::open(keySlotPath(d->dataDir));
    if (!keySlotFile) {
        return {};
    }
    const core::LoginFailures failures = (*keySlotFile)->failures(detail::normaliseUsername(username));
    if (failures.lockedUntil.isValid() && failures.lockedUntil > d->now()) {
        return failures.lockedUntil.toUTC();
    }
    return {};
}

ServiceStatus Workstation::changeOwnPassword(const QString &currentPassword, const QString &newPassword)
{
    if (!d->user || !d->store) {
        return ServiceStatus::failure(ServiceError::NotLoggedIn,
                                      QCoreApplication::translate("Workstation", "Please sign in first."));
    }
    const StaffAccount &user = *d->user;
    core::KeySlotFile &keySlotFile = d->store->keySlots();

    // The current password is checked against the slot like a login, with the same lockout,
    // so an unattended session cannot be used to guess it.
    const QDateTime now = d->now();
    const core::LoginFailures failures = keySlotFile.failures(user.username);
    if (failures.lockedUntil.isValid() && failures.lockedUntil > now) {
        return ServiceStatus::failure(ServiceError::LockedOut, lockedOutMessage(now, failures.lockedUntil));
    }
    auto current = keySlotFile.unlock(user.username, currentPassword);
    if (!current) {
        if (current.code() == core::StoreError::WrongPassword) {
            const int count = failures.count + 1;
            (void)keySlotFile.recordFailure(user.username, count, core::LoginThrottle::lockedUntil(count, now));
            return ServiceStatus::failure(
                ServiceError::WrongCredentials,
                QCoreApplication::translate("Workstation", "The current password is not correct."));
        }
        return detail::fromStore(current.error(), StoreAccess::Read);
    }
    (void)keySlotFile.clearFailures(user.username);
    if (newPassword == currentPassword) {
        return ServiceStatus::failure(
            ServiceError::InvalidInput,
            QCoreApplication::translate("Workstation", "The new password must be different from the current one."));
    }
    if (auto problem = core::PasswordPolicy::problem(user.username, newPassword)) {
        return ServiceStatus::failure(ServiceError::InvalidInput, *problem);
    }

    auto keyRow = d->directory->activeKey(user.id);
    if (!keyRow) {
        return detail::fromStore(keyRow.error(), StoreAccess::Read);
    }
    if (keyRow->keyId != user.signingKeyId) {
        return ServiceStatus::failure(
            ServiceError::StoreUnavailable,
            QCoreApplication::translate("Workstation",
                                        "Your signing key was replaced since you signed in. Please sign in again."));
    }
    // Three steps over two files, ordered so that a crash between any two leaves a password
    // that opens both the store and the signing key: stage the key sealed under the new
    // password, write the new slot, promote the staged key (login finishes an interrupted one).
    auto slot = keySlotFile.prepareSlot(user.username, newPassword, d->store->databaseKey(),
                                        detail::freshKdfParams(d->options));
    if (!slot) {
        return detail::fromStore(slot.error(), StoreAccess::Write);
    }
    // The same key, so everything signed so far stays attributable to this member.
    auto sealed = detail::sealSigningKey(d->signingKey, keyRow->keyId, slot->userKey);
    if (!sealed) {
        return sealed.error();
    }
    if (auto staged = d->directory->stagePendingSeal(user.id, keyRow->id, *sealed); !staged) {
        return detail::fromStore(staged.error(), StoreAccess::Write);
    }
    if (auto written = keySlotFile.commitSlot(*slot); !written) {
        (void)d->directory->stagePendingSeal(user.id, keyRow->id, QByteArray());
        return detail::fromStore(written.error(), StoreAccess::Write);
    }
    core::SecurityEventRecord event;
    event.at = now;
    event.actorId = user.id;
    event.action = QStringLiteral("password changed");
    event.targetId = user.id;
    if (auto done = d->directory->resealKey(user.id, keyRow->id, *sealed, now, event); !done) {
        return detail::fromStore(done.error(), StoreAccess::Write);
    }
    d->user->mustChangePassword = false;
    Q_EMIT sessionChanged();
    return {};
}

StaffService &Workstation::staff()
{
    return *m_staff;
}

LedgerService &Workstation::ledger()
{
    return *m_ledger;
}

RecordCommitter &Workstation::records()
{
    return *m_records;
}

PatientService &Workstation::patients()
{
    return *m_patients;
}

ChartService &Workstation::charts()
{
    return *m_charts;
}

ConsentService &Workstation::consent()
{
    return *m_consent;
}

AuditService &Workstation::audit()
{
    return *m_audit;
}

InteropService &Workstation::interop()
{
    return *m_interop;
}

DeviceService &Workstation::devices()
{
    return *m_devices;
}

KioskService &Workstation::kiosk()
{
    return *m_kiosk;
}

VitalsService &Workstation::vitals()
{
    return *m_vitals;
}

ServiceResult<int> Workstation::sealIfDue()
{
    if (!d->storeOpen() || !d->chain || !d->mempool) {
        return 0;
    }
    // The audit log's head goes on the chain every auditAnchorInterval (when it grew), so
    // the GUI's sealing schedule needs nothing else.
    const qint64 anchorEvery = d->options.auditAnchorInterval.count();
    const QDateTime now = d->now();
    if (anchorEvery > 0 && d->records && (!d->lastAuditAnchorCheck.isValid() || d->lastAuditAnchorCheck.msecsTo(now) >= anchorEvery)) {
        d->lastAuditAnchorCheck = now;
        (void)detail::anchorAudit(*d);
    }
    // Readings and alert changes, and the anchors of closed windows, before the pending
    // count: the anchors go out with this seal.
    (void)m_vitals->flush();
    auto pending = d->chain->pendingCount();
    if (!pending || *pending == 0) {
        return 0;
    }
    return sealNow();
}

std::chrono::milliseconds Workstation::sealInterval() const
{
    return d->options.sealInterval;
}

ServiceResult<int> Workstation::sealNow()
{
    if (!d->storeOpen() || !d->chain) {
        return ServiceResult<int>::failure(ServiceError::NotLoggedIn,
                                           QCoreApplication::translate("Workstation", "Please sign in first."));
    }
    return detail::sealPending(*d);
}

} // namespace careledger::services
