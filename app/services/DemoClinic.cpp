#include "services/DemoClinic.h"

#include "services/ChartService.h"
#include "services/ConsentService.h"
#include "services/DeviceService.h"
#include "services/InteropService.h"
#include "services/KioskService.h"
#include "services/PatientService.h"
#include "services/RecordsOps.h"
#include "services/StaffOps.h"
#include "services/VitalsService.h"
#include "services/WorkstationPrivate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

// The one patient a demo story is about, found by the family name the bundled identities
// file gives it.
ServiceResult<PatientId> demoPatient(Workstation &workstation, const QString &familyName)
{
    auto found = workstation.patients().search(familyName);
    if (!found)
        return found.error();
    if (found->size() != 1)
        return ServiceResult<PatientId>::failure(ServiceError::NotFound, QStringLiteral("demo patient %1").arg(familyName));
    return found->first().id;
}

ServiceResult<QByteArray> firstPrescription(Workstation &workstation, const PatientId &patient)
{
    auto chart = workstation.charts().open(patient);
    if (!chart)
        return chart.error();
    if (!chart->prescriptions || chart->prescriptions->isEmpty())
        return ServiceResult<QByteArray>::failure(ServiceError::NotFound, QStringLiteral("demo prescription"));
    return chart->prescriptions->first().recordId;
}

// Changes a doctor made after the import, so versions show in the chart: an amended and a
// stopped prescription, a resolved problem.
ServiceStatus doctorsChanges(Workstation &workstation)
{
    auto olvast = demoPatient(workstation, QStringLiteral("Olvast"));
    if (!olvast)
        return olvast.error();
    auto medA = firstPrescription(workstation, *olvast);
    if (!medA)
        return medA.error();
    auto chart = workstation.charts().open(*olvast);
    if (!chart)
        return chart.error();
    core::Prescription higher = chart->prescriptions->first().prescription;
    higher.dose = 2;
    higher.quantity = 60;
    if (auto done = workstation.charts().amendPrescription(*olvast, *medA, higher, QStringLiteral("Blood pressure still above target"));
        !done)
        return done.error();

    auto brancusel = demoPatient(workstation, QStringLiteral("Brancusel"));
    if (!brancusel)
        return brancusel.error();
    auto medB = firstPrescription(workstation, *brancusel);
    if (!medB)
        return medB.error();
    if (auto done = workstation.charts().setPrescriptionStatus(*brancusel, *medB, core::PrescriptionStatus::Stopped,
                                                               QStringLiteral("Gastro-intestinal side effects"));
        !done)
        return done.error();

    auto quiroga = demoPatient(workstation, QStringLiteral("Quiroga"));
    if (!quiroga)
        return quiroga.error();
    auto history = workstation.charts().open(*quiroga);
    if (!history)
        return history.error();
    if (history->history && !history->history->isEmpty()) {
        core::HistoryEntry resolved = history->history->first().entry;
        resolved.status = core::ProblemStatus::Resolved;
        if (auto done = workstation.charts().updateHistory(*quiroga, history->history->first().recordId, resolved,
                                                           QStringLiteral("Blood pressure normal at three visits"));
            !done)
            return done.error();
    }
    return {};
}

// Access states to look at: a personal grant that has run out, and one that was revoked.
ServiceStatus accessStories(Workstation &workstation, const QDateTime &now)
{
    auto carvalheda = demoPatient(workstation, QStringLiteral("Carvalheda"));
    if (!carvalheda)
        return carvalheda.error();
    // Expires one minute after the demo is created: expired by the time anyone looks.
    if (auto done = workstation.consent().grantToStaff(*carvalheda, text(kStaff[1].username), now.addSecs(60)); !done)
        return done.error();
    auto demirkaya = demoPatient(workstation, QStringLiteral("Demirkaya"));
    if (!demirkaya)
        return demirkaya.error();
    auto grant = workstation.consent().grantToStaff(*demirkaya, text(kStaff[1].username), QDateTime());
    if (!grant)
        return grant.error();
    return workstation.consent().revoke(*demirkaya, *grant, QStringLiteral("Patient asked to limit access to the treating doctor"));
}

constexpr const char *kMonitoredFamilies[] = {"Olvast", "Brancusel", "Quiroga"};

// Runs in the admin's session: registers and pairs the monitors, writes their keys for the
// simulator and points the gateway at the pty link of the final folder.
ServiceStatus demoGateway(Workstation &workstation, const QString &dir, const QString &target, const QDateTime &now)
{
    QByteArray provisioning("# Demo clinic bedside monitors (careledger-gateway-sim --ward)\n");
    int bed = 1;
    for (const char *family : kMonitoredFamilies) {
        auto patient = demoPatient(workstation, text(family));
        if (!patient) {
            return patient.error();
        }
        auto device = workstation.devices().registerDevice(QStringLiteral("Multiparameter monitor"),
                                                           QStringLiteral("CL-Sim bedside monitor"),
                                                           QStringLiteral("DEMO-BED-%1").arg(bed++));
        if (!device) {
            return device.error();
        }
        if (auto paired = workstation.devices().pair(device->deviceId, *patient, now); !paired) {
            return paired;
        }
        provisioning += device->provisioningLine();
    }
    QFile keys(demoGatewayKeyFile(dir));
    if (!keys.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !keys.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        keys.write(provisioning) != provisioning.size() || !keys.flush()) {
        return failure(QCoreApplication::translate("DemoClinic", "The demo gateway's key file cannot be written: %1")
                           .arg(keys.errorString()));
    }
    return workstation.vitals().setGatewaySettings(GatewaySettings{demoGatewayPortLink(target), 115200});
}

ServiceStatus populate(const QString &dir, const QString &target, const WorkstationOptions &options)
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
    if (auto named = detail::writeSetting(state.store->database(), detail::kClinicNameSetting, QByteArrayLiteral("Demo Clinic")); !named) {
        return named;
    }
    // The published EHRGuard table 4, with invented identities: 20 patients with history and
    // prescriptions, and a staff account per doctor of the table.
    auto imported = workstation.interop().importEhrGuardTable(InteropService::bundledEhrGuardTable());
    if (!imported) {
        return imported.error();
    }
    if (auto stories = accessStories(workstation, state.now()); !stories) {
        return stories;
    }
    if (auto gateway = demoGateway(workstation, dir, target, state.now()); !gateway) {
        return gateway;
    }
    // A kiosk PIN for the first monitored patient (published in README.md with her record
    // number), so the kiosk can be tried at once.
    auto kioskPatient = demoPatient(workstation, text(kMonitoredFamilies[0]));
    if (!kioskPatient) {
        return kioskPatient.error();
    }
    if (auto pin = workstation.kiosk().setPatientPin(*kioskPatient, QStringLiteral("482915")); !pin) {
        return pin;
    }
    const DemoAccount &doctor = kStaff[0];
    if (auto login = workstation.login(text(doctor.username), text(doctor.password)); !login) {
        return login.error();
    }
    if (auto changes = doctorsChanges(workstation); !changes) {
        return changes;
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
            !name.startsWith(core::WorkstationStore::keySlotFileName()) &&
            name != QFileInfo(demoGatewayKeyFile(staging)).fileName()) {
            return false;
        }
        dir.remove(name);
    }
    return QDir().rmdir(staging);
}

} // namespace

QString demoGatewayKeyFile(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("demo-gateway-devices.txt"));
}

QString demoGatewayPortLink(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("demo-gateway-pty"));
}

QStringList demoGatewaySimulatorArguments(const QString &dataDir)
{
    return {QStringLiteral("--device-key-file"), demoGatewayKeyFile(dataDir), QStringLiteral("--pty"),
            QStringLiteral("--pty-link"), demoGatewayPortLink(dataDir), QStringLiteral("--ward"),
            QStringLiteral("steady,deteriorating,sensor-off"), QStringLiteral("--speed"), QStringLiteral("4")};
}

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
    if (auto done = populate(staging, target, options); !done) {
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
        // The folder already holds other things: move the files in, slots last, since
        // login needs both and storeExists() already refuses to rebuild over either.
        moved = QDir().rename(demoGatewayKeyFile(staging), demoGatewayKeyFile(target)) &&
                QDir().rename(QDir(staging).filePath(core::WorkstationStore::databaseFileName()),
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
