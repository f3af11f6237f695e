#pragma once

// The one object the GUI and the CLI talk to. It owns the unlocked store and the session;
// every service call checks the session's role here, so no front end can differ in who
// may do what.

#include "services/ServiceTypes.h"
#include "services/StaffService.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace careledger::core {
class WorkstationStore;
struct PasswordKdfParams;
}

namespace careledger::services {

class AuditService;
class ChartService;
class ConsentService;
class DeviceService;
class InteropService;
class KioskService;
class LedgerService;
class PatientService;
class RecordCommitter;
class VitalsService;

struct WorkstationOptions {
    Clock clock;          // defaults to QDateTime::currentDateTimeUtc
    quint64 kdfCost = 1u << 15; // scrypt N for new and re-wrapped secrets (tests use less)
    // How often waiting transactions are sealed into a block while a session is open;
    // zero turns the timer off (tests call sealNow()).
    std::chrono::milliseconds sealInterval{2000};
    // How long a doctor's emergency access to a patient lasts.
    std::chrono::minutes breakGlassDuration{60};
    // How often the head of the audit hash chain is put on the chain while a session is
    // open (when entries were added); also at logout.
    std::chrono::milliseconds auditAnchorInterval{60000};
    // Live readings are anchored on the chain per patient and window of this length (by
    // arrival time); a window is anchored once it has closed (docs/vitals.md §4).
    std::chrono::milliseconds vitalsAnchorWindow{60000};
};

class Workstation : public QObject {
    Q_OBJECT
public:
    explicit Workstation(QString dataDir, WorkstationOptions options = {}, QObject *parent = nullptr);
    ~Workstation() override;
    Q_DISABLE_COPY_MOVE(Workstation)

    static bool storeExists(const QString &dataDir);
    // Creates a new store and its first admin (careledger-admin init, the demo setup).
    static ServiceStatus initialize(const QString &dataDir, const QString &username, const QString &displayName,
                                    const QString &password, WorkstationOptions options = {});

    QString dataDir() const;

    // Unlocks the store with this staff member's key slot. Enforces lockout before trying.
    ServiceResult<StaffAccount> login(const QString &username, const QString &password);
    void logout(); // wipes the database key and the user's keys from memory
    bool isLoggedIn() const;
    std::optional<StaffAccount> currentUser() const;
    QDateTime lockedUntil(const QString &username) const; // invalid when not locked

    ServiceStatus changeOwnPassword(const QString &currentPassword, const QString &newPassword);

    StaffService &staff();
    LedgerService &ledger();
    RecordCommitter &records();
    PatientService &patients();
    ChartService &charts();
    ConsentService &consent();
    AuditService &audit();
    InteropService &interop();
    DeviceService &devices();
    KioskService &kiosk(); // patient kiosk mode and the patient session (KioskService.h)
    VitalsService &vitals();

    // Seals every waiting transaction this node may seal now (the timer does the same).
    // Returns the number of blocks sealed. Requires a session (any role).
    ServiceResult<int> sealNow();
    // Seals only when transactions wait (0 otherwise): what the seal timer calls. A front end
    // that calls the services from a worker thread calls this on that thread every
    // sealInterval(), because the built-in timer only runs when login() was called on the
    // Workstation's own thread (a timer cannot be started from another thread).
    ServiceResult<int> sealIfDue();
    std::chrono::milliseconds sealInterval() const;

Q_SIGNALS:
    void sessionChanged();

private:
    friend struct WorkstationAccess; // the service implementations' view of the session
    struct State;
    std::unique_ptr<State> d;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<LedgerService> m_ledger;
    std::unique_ptr<RecordCommitter> m_records;
    std::unique_ptr<PatientService> m_patients;
    std::unique_ptr<ChartService> m_charts;
    std::unique_ptr<ConsentService> m_consent;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<InteropService> m_interop;
    std::unique_ptr<DeviceService> m_devices;
    std::unique_ptr<KioskService> m_kiosk;
    std::unique_ptr<VitalsService> m_vitals;
};

} // namespace careledger::services
