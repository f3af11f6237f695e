#include "services/DemoClinic.h"

#include "services/StaffOps.h"
#include "services/WorkstationPrivate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace careledger::services {

namespace {

struct DemoAccount {
    const char *username;
    const char *displayName;
    Role role;
    const char *password;
};

// These credentials are for the demo clinic only (they are published in README.md); a real
// workstation is created with `careledger-admin init`, whose passwords nobody else knows.
constexpr DemoAccount kAdmin{"admin", "Amira Haddad", Role::Admin, "demo-front-desk"};
constexpr DemoAccount kStaff[] = {
    {"doctor", "Dr. Claire Martin", Role::Doctor, "demo-stethoscope"},
    {"nurse", "Piotr Kowalski", Role::Nurse, "demo-ward-round"},
};

QString text(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

ServiceStatus failure(const QString &message)
{
    return ServiceStatus::failure(ServiceError::Storage, message);
}

ServiceStatus populate(const QString &dir, const WorkstationOptions &options)
{
    if (auto done = Workstation::initialize(dir, text(kAdmin.username), text(kAdmin.displayName), text(kAdmin.password),
                                            options);
        !done) {
        return done;
    }
    Workstation workstation(dir, options);
    auto admin = workstation.login(text(kAdmin.username), text(kAdmin.password));
    if (!admin) {
        return admin.error();
    }
    auto &state = WorkstationAccess::state(workstation);
    for (const DemoAccount &account : kStaff) {
        // Not must-change: the demo has to be usable at once with the published passwords.
        auto created =
            detail::createAccount(state, admin->id, text(account.username), text(account.displayName), account.role,
                                  text(account.password), false);
        if (!created) {
            return created.error();
        }
    }
    workstation.logout();
    return {};
}

// Removes only what a previous interrupted run may have left in our own staging folder.
bool clearStaging(const QString &staging)
{
    QDir dir(staging);
    if (!dir.exists()) {
        return true;
    }
    const QStringList leftovers = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : leftovers) {
        if (!name.startsWith(core::WorkstationStore::databaseFileName()) &&
            !name.startsWith(core::WorkstationStore::keySlotFileName())) {
            return false;
        }
        dir.remove(name);
    }
    return QDir().rmdir(staging);
}

} // namespace

QString defaultDemoDataDir()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty()) {
        base = QDir::home().filePath(QStringLiteral(".local/share"));
    }
    return QDir(base).filePath(QStringLiteral("CareLedger/demo-clinic"));
}

ServiceStatus ensureDemoClinic(const QString &dataDir, WorkstationOptions options)
{
    if (dataDir.isEmpty()) {
        return ServiceStatus::failure(ServiceError::InvalidInput,
                                      QCoreApplication::translate("DemoClinic", "No data folder was given."));
    }
    if (Workstation::storeExists(dataDir)) {
        return {};
    }
    const QString target = QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath());
    const QString staging = target + QStringLiteral(".creating");
    if (!clearStaging(staging)) {
        return failure(QCoreApplication::translate("DemoClinic", "The folder %1 is in the way; remove it and retry.")
                           .arg(QDir::toNativeSeparators(staging)));
    }
    if (auto done = populate(staging, options); !done) {
        clearStaging(staging);
        return done;
    }

    QDir targetDir(target);
    if (targetDir.exists() && targetDir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        QDir().rmdir(target);
    }
    bool moved = false;
    if (!QFileInfo::exists(target)) {
        moved = QDir().rename(staging, target);
    } else {
        // The folder already holds other things: move the two files in, slots last, since
        // login needs both and storeExists() already refuses to rebuild over either.
        moved = QDir().rename(QDir(staging).filePath(core::WorkstationStore::databaseFileName()),
                              targetDir.filePath(core::WorkstationStore::databaseFileName())) &&
                QDir().rename(QDir(staging).filePath(core::WorkstationStore::keySlotFileName()),
                              targetDir.filePath(core::WorkstationStore::keySlotFileName()));
        if (moved) {
            clearStaging(staging);
        }
    }
    if (!moved) {
        return failure(QCoreApplication::translate("DemoClinic", "The demo clinic could not be moved into %1.")
                           .arg(QDir::toNativeSeparators(target)));
    }
    return {};
}

} // namespace careledger::services
