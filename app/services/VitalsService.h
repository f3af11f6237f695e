#pragma once

// Live vital signs: the gateway reader on a thread of its own, the ingest path (device ->
// patient by pairing, red flags, alarms), the encrypted batches and their anchors, alert
// acknowledgement on the chain, a doctor's per-patient alert settings, and the reads the
// screens make (ward, live panel, trend, alerts). See docs/vitals.md.
//
// Threads. ingest() and the gateway run on the gateway thread and touch memory only, so an
// alarm is raised within milliseconds of its frame whatever the store is doing. Everything
// that reads or writes the store runs where the other services run (the service worker
// thread); flush() and anchoring run on the seal path (Workstation::sealIfDue). Signals are
// emitted from the gateway thread: connect them queued.
//
// Monitoring runs while the store is unlocked (a session is open): device keys and patient
// data keys are not in memory otherwise. Logout flushes, anchors and stops the gateway.

#include "services/PatientService.h"
#include "services/ServiceTypes.h"

#include "alerts/AlarmPriority.h"
#include "alerts/AlertOverrides.h"
#include "alerts/News2.h"
#include "alerts/VitalSigns.h"
#include "sensors/GatewayStats.h"
#include "sensors/Reading.h"
#include "sensors/SerialGatewayReader.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QVector>

#include <chrono>

#include <memory>
#include <optional>

namespace careledger::core {
class Database;
}

namespace careledger::services {

class Workstation;
namespace detail {
struct Actor;
struct RecordsSession;
}

enum class Trend : quint8 { Steady, Rising, Falling };

// The newest value of one sign of one patient, as a tile shows it.
struct VitalTile {
    core::VitalSign sign = core::VitalSign::HeartRate;
    double value = 0;
    QDateTime takenAt;
    Trend trend = Trend::Steady; // the slope of the last minute against a per-sign threshold
    std::optional<core::AlarmPriority> flag; // the sign's red flag now, if any
    bool sensorOff = false;      // the device reports the sensor off: value is the last measured one
};

enum class DeviceLink : quint8 {
    Receiving, // a reading within the last 10 s
    Silent,    // paired, but nothing for 10 s or more (a technical alarm after 30 s)
    NoDevice,  // no current pairing
};

struct MonitoredPatient {
    PatientSummary patient;
    QString deviceId;
    DeviceLink link = DeviceLink::NoDevice;
    QDateTime lastReadingAt;
    QList<VitalTile> tiles; // in core::kAllVitalSigns order, signs never received left out
    std::optional<core::News2Result> news2; // when at least one NEWS2 parameter is known
    std::optional<core::AlarmPriority> highestAlert; // of its raised (not resolved) alerts
    int activeAlerts = 0;
};

enum class AlertState : quint8 { Active, Acknowledged, Resolved };
QString alertStateDisplayName(AlertState state); // translated ("Vitals")

struct AlertInfo {
    QByteArray id;          // 16 random bytes as 32 hex digits: what the acknowledgement names
    PatientId patient;
    QString patientName;    // "Family, Given" as the search list shows it
    QString mrn;            // formatted
    QString conditionKey;   // "spo2", "news2", "implausible:spo2", "device-silent"
    core::AlarmPriority priority = core::AlarmPriority::Low;
    QString text;           // translated when raised, e.g. "SpO2 89 % ≤ 91 %"
    bool technical = false;
    bool escalated = false;
    AlertState state = AlertState::Active;
    QDateTime raisedAt;
    QString acknowledgedBy; // display name
    QDateTime acknowledgedAt;
    QDateTime resolvedAt;
};

// What an alert screen is told at once, before any store round trip.
struct AlertNotice {
    QByteArray alertId;
    PatientId patient;
    core::AlarmPriority priority = core::AlarmPriority::Low;
    bool technical = false;
    bool escalated = false;
    QString text;
    QString mrn; // formatted record number of the patient; never the name
};

struct VitalSeries {
    core::VitalSign sign = core::VitalSign::HeartRate;
    QVector<qint64> timesMs; // ascending
    QVector<double> values;
};

struct GatewaySettings {
    QString portName;  // empty: no gateway on this workstation
    qint32 baudRate = 115200;
};

struct GatewayStatus {
    GatewaySettings settings;
    sensors::SerialGatewayReader::State state = sensors::SerialGatewayReader::State::Stopped;
    QString lastError; // port error text, untranslated from the driver
    sensors::GatewayStats stats;
    quint64 readingsUnpaired = 0; // authenticated, but no pairing at the measurement time
};

class VitalsService : public QObject {
    Q_OBJECT
public:
    explicit VitalsService(Workstation &workstation);
    ~VitalsService() override;
    Q_DISABLE_COPY_MOVE(VitalsService)

    // ---- gateway (service thread) -------------------------------------------------------
    // Admins. Stored in workstation_settings; takes effect at once when a session is open.
    ServiceStatus setGatewaySettings(const GatewaySettings &settings);
    ServiceResult<GatewaySettings> gatewaySettings();
    GatewayStatus gatewayStatus() const; // any thread

    // ---- session (service thread) ---------------------------------------------------------
    // Workstation::login calls openSession(): devices, keys, pairings, device sequences and
    // per-patient settings into memory, then the gateway when a port is configured.
    // Workstation::logout calls closeSession() before any key is wiped: stops the gateway,
    // flushes and anchors, and drops everything held in memory. DeviceService calls
    // reloadDevices() after each registration, pairing or unpairing.
    ServiceStatus openSession();
    void closeSession();
    ServiceStatus reloadDevices();

    // ---- ingest (gateway thread; also called directly by tests and the benchmark) --------
    // One authenticated reading: its patient by pairing at its measurement time (counted
    // and dropped when none), the patient's newest values, red flags and alarms (signals
    // at once), and the reading queued for the next flush.
    void ingest(const sensors::Reading &reading);
    // Raises delayed conditions, escalations and device-silent alarms: the gateway thread
    // calls it every second.
    void advance();

    // ---- store (service thread) -----------------------------------------------------------
    // Writes queued readings (encrypted batches) and alert changes in one transaction, and
    // anchors every closed window. The seal path calls it; also at logout.
    ServiceStatus flush();

    // Doctors and nurses: the monitored patients they may see (a current pairing), most
    // severe first. Audited once per patient per reader and 15 minutes (a screen that
    // refreshes every second is one look, not 900).
    ServiceResult<QList<MonitoredPatient>> ward();
    ServiceResult<MonitoredPatient> live(const PatientId &patient);
    // Stored and queued readings of [from, to), one series per sign present. Doctors,
    // nurses (ViewVitals) and the patient themselves. One audit entry.
    ServiceResult<QList<VitalSeries>> trend(const PatientId &patient, const QDateTime &from, const QDateTime &to);
    // Alerts of the patients the reader may see: active and acknowledged ones, plus the
    // resolved ones of the last `resolvedWithin`.
    ServiceResult<QList<AlertInfo>> alerts(std::chrono::hours resolvedWithin = std::chrono::hours(24));
    // Doctors and nurses: the alerts row and the alert acknowledgement transaction in one
    // commit; a latched alarm resolves. AlreadyExists when already acknowledged.
    ServiceStatus acknowledge(const QByteArray &alertId);

    // Doctors: per-patient limits and SpO2 scale, a "threshold-override" record version
    // (encrypted, on the chain) with a reason. Doctors and nurses may read them.
    ServiceResult<core::PatientAlertSettings> alertSettings(const PatientId &patient);
    ServiceStatus setAlertSettings(const PatientId &patient, const core::PatientAlertSettings &settings,
                                   const QString &reason);

Q_SIGNALS:
    // Emitted from the gateway thread (acknowledge() emits alertRaised and alertsChanged on
    // the thread that calls it).
    void alertRaised(const careledger::services::AlertNotice &notice); // raised, raised again, escalated
    void alertsChanged();   // any alert event, acknowledgements included
    void readingsChanged(); // new readings arrived (at most ten times a second)
    void gatewayStatusChanged();

private:
    friend struct VitalsAccess;
    struct State;
    void startGateway();
    void stopGateway();
    ServiceStatus anchorClosedWindows(qint64 windowMs);
    ServiceStatus restoreLatest(core::Database &db, const detail::RecordsSession &session, qint64 nowMs);
    MonitoredPatient monitored(const QByteArray &pseudonym, qint64 nowMs) const;
    void auditLook(const detail::Actor &actor, const QByteArray &pseudonym, bool breakGlass, const QString &detail);
    Workstation &m_workstation;
    std::unique_ptr<State> d;
};

} // namespace careledger::services

Q_DECLARE_METATYPE(careledger::services::AlertNotice)
