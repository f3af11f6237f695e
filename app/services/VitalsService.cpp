#include "services/VitalsService.h"

#include "alerts/AlarmTracker.h"
#include "alerts/AlertRules.h"
#include "ledger/TxBodies.h"
#include "sensors/DeviceDirectory.h"
#include "services/RecordsOps.h"
#include "services/VitalsOps.h"
#include "services/WorkstationPrivate.h"
#include "store/Database.h"
#include "store/KeySlots.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <limits>
#include <map>
#include <numeric>

namespace careledger::services {

using State = WorkstationAccess::State;
using detail::StoreAccess;

namespace {

constexpr qint64 kOpenEnded = std::numeric_limits<qint64>::max();
constexpr qint64 kReceivingWithinMs = 10'000;
constexpr qint64 kSilentAfterMs = 30'000;
constexpr qint64 kAnchorGraceMs = 2'000;  // readings of a window still on their way to the queue
constexpr qint64 kAuditCoalesceMs = 15 * 60'000;
constexpr qint64 kTrendMinuteMs = 60'000;
constexpr qint64 kRestoreWindowMs = 10 * 60'000; // how far back a new session looks for the newest values
constexpr qint64 kReadingsSignalMs = 100;  // at most ten readingsChanged a second
constexpr qint64 kMaxReadingSkewMs = 6 * 60'000; // the authenticator accepts measurement times within 5 min of arrival
constexpr qsizetype kFlushEvery = 256;

constexpr char kGatewayPortSetting[] = "vitals_gateway_port";
constexpr char kGatewayBaudSetting[] = "vitals_gateway_baud";
constexpr char kRuleProfileSetting[] = "vitals_rule_profile";
const QString kSettingsKind = QStringLiteral("threshold-override");

core::VitalSign signOf(sensors::VitalParameter parameter)
{
    switch (parameter) {
    case sensors::VitalParameter::HeartRate: return core::VitalSign::HeartRate;
    case sensors::VitalParameter::SpO2: return core::VitalSign::SpO2;
    case sensors::VitalParameter::BodyTemperature: return core::VitalSign::Temperature;
    case sensors::VitalParameter::RespirationRate: return core::VitalSign::RespirationRate;
    case sensors::VitalParameter::SystolicBp: return core::VitalSign::Systolic;
    case sensors::VitalParameter::DiastolicBp: return core::VitalSign::Diastolic;
    case sensors::VitalParameter::Glucose: return core::VitalSign::Glucose;
    case sensors::VitalParameter::Emg: return core::VitalSign::Emg;
    case sensors::VitalParameter::OnOxygen: return core::VitalSign::OnOxygen;
    }
    return core::VitalSign::HeartRate;
}

std::size_t idx(core::VitalSign sign)
{
    return static_cast<std::size_t>(sign);
}

QByteArray deviceKeyAad(const QByteArray &deviceId)
{
    return QByteArrayLiteral("careledger-device-key-v1") + detail::u32be(static_cast<quint32>(deviceId.size())) + deviceId;
}

struct Pairing {
    QByteArray pseudonym;
    qint64 fromMs = 0;
    qint64 toMs = kOpenEnded;
};

struct Sample {
    qint64 atMs = 0;
    double value = 0;
};

// What the ward and the live panel show of one patient, kept by the gateway thread.
struct PatientLive {
    QString trackerKey; // the pseudonym in hex: the alarm tracker's patient key
    core::VitalSnapshot snapshot; // what the rules read: sensor-off values are cleared
    std::array<std::optional<core::Observation>, core::kVitalSignCount> shown{}; // last measured
    std::array<bool, core::kVitalSignCount> sensorOff{};
    std::array<std::deque<Sample>, core::kVitalSignCount> lastMinute;
    QList<core::AlarmCondition> conditions; // of the newest evaluation
    QList<core::RedFlag> flags;
    std::optional<core::News2Result> news2;
    QString deviceId;
    qint64 lastReadingMs = 0;
    bool silent = false;
};

struct AlertRow {
    QByteArray id; // 16 bytes
    QByteArray pseudonym;
    QString conditionKey;
    core::AlarmPriority priority = core::AlarmPriority::Low;
    QString text;
    qint64 raisedAtMs = 0;
    AlertState state = AlertState::Active;
    qint64 acknowledgedBy = 0;
    qint64 acknowledgedAtMs = 0;
    qint64 resolvedAtMs = 0;
    bool escalated = false;
    bool technical = false;
    QByteArray ackTxId;
};

QString stateId(AlertState s)
{
    switch (s) {
    case AlertState::Active: return QStringLiteral("active");
    case AlertState::Acknowledged: return QStringLiteral("acknowledged");
    case AlertState::Resolved: return QStringLiteral("resolved");
    }
    return QStringLiteral("active");
}

AlertState stateFromId(const QString &id)
{
    if (id == QLatin1String("acknowledged"))
        return AlertState::Acknowledged;
    if (id == QLatin1String("resolved"))
        return AlertState::Resolved;
    return AlertState::Active;
}

constexpr char kAlertColumns[] = "SELECT id, pseudonym, sign, priority, text, raised_at_ms, state, acknowledged_by, "
                                 "acknowledged_at_ms, resolved_at_ms, escalated, technical, ack_tx_id";

// One row of kAlertColumns.
AlertRow readAlertRow(const core::Statement &r)
{
    AlertRow a;
    a.id = r.blob(0);
    a.pseudonym = r.blob(1);
    a.conditionKey = detail::alertConditionKey(r.int64(2));
    a.priority = static_cast<core::AlarmPriority>(std::clamp<qint64>(r.int64(3), 1, 3));
    a.text = r.text(4);
    a.raisedAtMs = r.int64(5);
    a.state = stateFromId(r.text(6));
    a.acknowledgedBy = r.isNull(7) ? 0 : r.int64(7);
    a.acknowledgedAtMs = r.isNull(8) ? 0 : r.int64(8);
    a.resolvedAtMs = r.isNull(9) ? 0 : r.int64(9);
    a.escalated = r.int64(10) != 0;
    a.technical = r.int64(11) != 0;
    a.ackTxId = r.isNull(12) ? QByteArray() : r.blob(12);
    return a;
}

struct QueuedReading {
    QByteArray pseudonym;
    qint64 windowStartMs = 0;
    QByteArray encoding;
};

struct DeviceSequence {
    quint64 sequence = 0;
    qint64 timeMs = 0;
};

// Owns the gateway reader and the one-second timer on the gateway thread.
class GatewayHost : public QObject {
public:
    sensors::SerialGatewayReader *reader = nullptr;
    QTimer *timer = nullptr;
};

ServiceStatus run(core::Statement &st)
{
    if (auto ran = st.run(); !ran)
        return detail::fromStore(ran.error(), StoreAccess::Write);
    return {};
}

} // namespace

QString alertStateDisplayName(AlertState state)
{
    switch (state) {
    // Spelled out: lupdate files a namespace-level tr() under the namespace, not "Vitals".
    case AlertState::Active:
        return QCoreApplication::translate("Vitals", "Active");
    case AlertState::Acknowledged:
        return QCoreApplication::translate("Vitals", "Acknowledged");
    case AlertState::Resolved:
        return QCoreApplication::translate("Vitals", "Resolved");
    }
    return QString();
}

struct VitalsService::State {
    mutable QMutex mutex;
    bool open = false;
    qint64 windowMs = 60'000;
    core::RuleSet rules = core::RuleSet::news2();
    core::AlarmTracker tracker;
    sensors::InMemoryDeviceDirectory directory; // thread-safe on its own
    QSet<QString> directoryIds;
    QHash<QString, QList<Pairing>> pairings; // by device, ascending from
    QHash<QByteArray, PatientLive> patients;
    QHash<QByteArray, core::PatientAlertSettings> settings;
    QList<QueuedReading> queue;
    QHash<QString, DeviceSequence> sequences;
    QSet<QString> dirtySequences;
    QHash<QByteArray, AlertRow> alerts; // this session's and the stored unresolved ones
    QSet<QByteArray> dirtyAlerts;
    QHash<QPair<QByteArray, QString>, QByteArray> activeAlert; // (pseudonym, condition) -> alert id
    QHash<QByteArray, QString> mrns; // paired patients' formatted record numbers, for notices
    qint64 sessionOpenedMs = 0;
    qint64 lastReadingsSignalMs = 0;
    quint64 unpaired = 0;
    QHash<QPair<qint64, QByteArray>, qint64> lastLook; // (staff id, pseudonym) -> when audited
    // Gateway
    GatewaySettings gateway;
    GatewayStatus status;
    std::unique_ptr<QThread> thread;
    GatewayHost *host = nullptr;

    const Pairing *pairingAt(const QString &deviceId, qint64 atMs) const
    {
        const auto it = pairings.constFind(deviceId);
        if (it == pairings.constEnd())
            return nullptr;
        for (auto p = it->crbegin(); p != it->crend(); ++p)
            if (p->fromMs <= atMs && atMs < p->toMs)
                return &*p;
        return nullptr;
    }
    std::optional<QString> currentDevice(const QByteArray &pseudonym) const
    {
        for (auto it = pairings.constBegin(); it != pairings.constEnd(); ++it)
            if (!it->isEmpty() && it->last().toMs == kOpenEnded && it->last().pseudonym == pseudonym)
                return it.key();
        return std::nullopt;
    }
    qint64 windowStart(qint64 atMs) const { return atMs - (((atMs % windowMs) + windowMs) % windowMs); }

    // Turns tracker events into alert rows and notices. Called with the mutex held.
    void handle(const QByteArray &pseudonym, const QList<core::AlarmEvent> &events, qint64 nowMs, QList<AlertNotice> &notices)
    {
        for (const core::AlarmEvent &e : events) {
            const QByteArray p = pseudonym.isEmpty() ? QByteArray::fromHex(e.alarm.patientKey.toLatin1()) : pseudonym;
            const QPair<QByteArray, QString> key(p, e.alarm.conditionKey);
            switch (e.type) {
            case core::AlarmEventType::Raised: {
                // Raised again at a higher priority: a new alert (the old one's acknowledgement
                // named the old id), the old one ends here.
                if (const auto old = activeAlert.constFind(key); old != activeAlert.constEnd()) {
                    AlertRow &row = alerts[*old];
                    row.state = AlertState::Resolved;
                    row.resolvedAtMs = nowMs;
                    dirtyAlerts.insert(row.id);
                }
                AlertRow row;
                row.id = core::randomBytes(16);
                row.pseudonym = p;
                row.conditionKey = e.alarm.conditionKey;
                row.priority = e.alarm.priority;
                row.text = e.alarm.text;
                row.raisedAtMs = e.alarm.raisedAtMs;
                row.technical = e.alarm.technical;
                alerts.insert(row.id, row);
                activeAlert.insert(key, row.id);
                dirtyAlerts.insert(row.id);
                notices.append(AlertNotice{row.id.toHex(), p, row.priority, row.technical, false, row.text, mrns.value(p)});
                break;
            }
            case core::AlarmEventType::Escalated: {
                const QByteArray id = activeAlert.value(key);
                if (id.isEmpty())
                    break;
                AlertRow &row = alerts[id];
                row.escalated = true;
                dirtyAlerts.insert(id);
                notices.append(AlertNotice{id.toHex(), p, row.priority, row.technical, true, row.text, mrns.value(p)});
                break;
            }
            case core::AlarmEventType::Acknowledged:
                break; // written by acknowledge()
            case core::AlarmEventType::Resolved: {
                const QByteArray id = activeAlert.take(key);
                if (id.isEmpty())
                    break;
                AlertRow &row = alerts[id];
                row.state = AlertState::Resolved;
                row.resolvedAtMs = nowMs;
                dirtyAlerts.insert(id);
                break;
            }
            }
        }
    }
};

VitalsService::VitalsService(Workstation &workstation) : m_workstation(workstation), d(std::make_unique<State>())
{
    qRegisterMetaType<AlertNotice>();
}

VitalsService::~VitalsService()
{
    closeSession();
}

// ---- session ---------------------------------------------------------------------------------

namespace {

struct Loaded {
    std::map<QString, core::SecureBytes> keys;
    QSet<QString> hl7; // HL7 monitors: registered without a key
    QHash<QString, QList<Pairing>> pairings;
};

ServiceResult<Loaded> loadDevices(core::Database &db, const detail::RecordsSession &session)
{
    Loaded out;
    auto devices = db.prepare("SELECT device_id, sealed_key FROM devices");
    if (!devices)
        return detail::storeFailure<Loaded>(devices.error(), StoreAccess::Read);
    auto ran = devices->forEachRow([&](const core::Statement &row) {
        const QByteArray id = row.blob(0);
        if (row.blob(1).isEmpty()) { // an HL7 monitor: known by its registration alone
            out.hl7.insert(QString::fromUtf8(id));
            return;
        }
        auto key = core::aesGcmOpen(session.patientKeyWrap.view(), row.blob(1), deviceKeyAad(id));
        if (key) // a key that does not open stays unknown: its frames are refused
            out.keys.emplace(QString::fromUtf8(id), std::move(key).value());
    });
    if (!ran)
        return detail::storeFailure<Loaded>(ran.error(), StoreAccess::Read);
    auto pairs = db.prepare("SELECT device_id, pseudonym, from_ms, to_ms FROM device_pairings ORDER BY device_id, from_ms, id");
    if (!pairs)
        return detail::storeFailure<Loaded>(pairs.error(), StoreAccess::Read);
    ran = pairs->forEachRow([&](const core::Statement &row) {
        out.pairings[QString::fromUtf8(row.blob(0))].append(Pairing{row.blob(1), row.int64(2), row.isNull(3) ? kOpenEnded : row.int64(3)});
    });
    if (!ran)
        return detail::storeFailure<Loaded>(ran.error(), StoreAccess::Read);
    return out;
}

// The doctor's newest settings for a patient; defaults when none.
struct SettingsRecord {
    core::PatientAlertSettings settings;
    QByteArray recordId;
    quint64 version = 0;
};

ServiceResult<SettingsRecord> readSettings(core::Database &db, const detail::RecordsSession &session, const QByteArray &pseudonym)
{
    auto versions = detail::storedVersions(db, pseudonym, {kSettingsKind});
    if (!versions)
        return versions.error();
    SettingsRecord out;
    if (versions->isEmpty())
        return out;
    const detail::StoredVersion &newest = versions->last();
    auto plain = detail::openRecord(db, session, newest.ciphertext, newest.recordId, newest.version, pseudonym, newest.kind);
    if (!plain)
        return plain.error();
    const QCborMap map = QCborValue::fromCbor(plain->view().toByteArray()).toMap();
    auto decoded = core::decodeAlertSettings(map.value(0).toByteArray());
    if (!decoded)
        return ServiceResult<SettingsRecord>::failure(ServiceError::StoreUnavailable, decoded.message());
    out.settings = *decoded;
    out.recordId = newest.recordId;
    out.version = newest.version;
    return out;
}

} // namespace

ServiceStatus VitalsService::reloadDevices()
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    if (!state.user || !state.store || !state.records)
        return {};
    core::Database &db = state.store->database();
    auto loaded = loadDevices(db, *state.records);
    if (!loaded)
        return loaded.error();
    // Settings of every patient a device is paired with now, read here so ingest never
    // touches the store.
    QHash<QByteArray, core::PatientAlertSettings> settings;
    QHash<QByteArray, QString> mrns;
    for (auto it = loaded->pairings.constBegin(); it != loaded->pairings.constEnd(); ++it) {
        for (const Pairing &p : *it) {
            if (settings.contains(p.pseudonym))
                continue;
            auto s = readSettings(db, *state.records, p.pseudonym);
            settings.insert(p.pseudonym, s ? s->settings : core::PatientAlertSettings{});
            if (auto row = detail::findPatient(db, p.pseudonym); row && *row)
                mrns.insert(p.pseudonym, detail::displayMrn(**row));
        }
    }
    QMutexLocker lock(&d->mutex);
    QSet<QString> ids;
    const auto pairedNow = [&](const QString &id) {
        const auto pairs = loaded->pairings.value(id);
        return !pairs.isEmpty() && pairs.last().toMs == kOpenEnded;
    };
    for (const auto &[id, key] : loaded->keys) {
        d->directory.addNative(id, key, pairedNow(id));
        ids.insert(id);
    }
    for (const QString &id : std::as_const(loaded->hl7)) {
        d->directory.addHl7(id, pairedNow(id));
        ids.insert(id);
    }
    for (const QString &id : std::as_const(d->directoryIds))
        if (!ids.contains(id))
            d->directory.remove(id);
    d->directoryIds = ids;
    d->pairings = std::move(loaded->pairings);
    d->mrns = std::move(mrns);
    for (auto it = settings.constBegin(); it != settings.constEnd(); ++it)
        if (!d->settings.contains(it.key()))
            d->settings.insert(it.key(), it.value());
    for (auto &entry : loaded->keys)
        entry.second.wipe();
    return {};
}

namespace {

ServiceResult<GatewaySettings> readGatewaySettings(core::Database &db)
{
    GatewaySettings out;
    auto port = detail::readSetting(db, kGatewayPortSetting);
    if (!port)
        return port.error();
    if (*port)
        out.portName = QString::fromUtf8(**port);
    auto baud = detail::readSetting(db, kGatewayBaudSetting);
    if (!baud)
        return baud.error();
    if (*baud) {
        bool ok = false;
        const int value = (*baud)->toInt(&ok);
        if (ok && value > 0)
            out.baudRate = value;
    }
    return out;
}

} // namespace

ServiceStatus VitalsService::openSession()
{
    closeSession();
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    if (!state.user || !state.store || !state.records)
        return {};
    core::Database &db = state.store->database();
    {
        QMutexLocker lock(&d->mutex);
        d->windowMs = std::max<qint64>(1000, state.options.vitalsAnchorWindow.count());
        d->rules = core::RuleSet::news2();
        d->sessionOpenedMs = state.now().toMSecsSinceEpoch();
    }
    if (auto profile = detail::readSetting(db, kRuleProfileSetting); profile && *profile) {
        if (auto p = core::ruleProfileFromId(QString::fromUtf8(**profile))) {
            QMutexLocker lock(&d->mutex);
            d->rules = core::RuleSet::forProfile(*p);
        }
    }
    if (auto s = reloadDevices(); !s)
        return s;
    if (auto s = restoreLatest(db, *state.records, state.now().toMSecsSinceEpoch()); !s)
        return s;
    // Replay protection continues where the last session stopped.
    auto seqs = db.prepare("SELECT device_id, last_sequence, last_time_ms FROM device_sequences");
    if (!seqs)
        return detail::fromStore(seqs.error(), StoreAccess::Read);
    QHash<QString, DeviceSequence> sequences;
    if (auto ran = seqs->forEachRow([&](const core::Statement &row) {
            sequences.insert(QString::fromUtf8(row.blob(0)), DeviceSequence{static_cast<quint64>(row.int64(1)), row.int64(2)});
        });
        !ran)
        return detail::fromStore(ran.error(), StoreAccess::Read);
    // Alerts still open from an earlier session can be acknowledged in this one.
    QHash<QByteArray, AlertRow> open;
    const QByteArray openSql = QByteArray(kAlertColumns) + " FROM alerts WHERE state <> 'resolved'";
    auto rows = db.prepare(openSql.constData());
    if (!rows)
        return detail::fromStore(rows.error(), StoreAccess::Read);
    if (auto ran = rows->forEachRow([&](const core::Statement &r) {
            const AlertRow a = readAlertRow(r);
            open.insert(a.id, a);
        });
        !ran)
        return detail::fromStore(ran.error(), StoreAccess::Read);
    auto gateway = readGatewaySettings(db);
    {
        QMutexLocker lock(&d->mutex);
        d->sequences = sequences;
        d->alerts = open;
        // Alarms still open go back into the tracker, so a condition that still holds does not
        // raise a second alert beside the first after a sign-in; the newest per condition.
        for (const AlertRow &row : std::as_const(open)) {
            const QPair<QByteArray, QString> key(row.pseudonym, row.conditionKey);
            if (const auto current = d->activeAlert.constFind(key);
                current != d->activeAlert.constEnd() && open.value(*current).raisedAtMs >= row.raisedAtMs)
                continue;
            core::Alarm alarm;
            alarm.patientKey = QString::fromLatin1(row.pseudonym.toHex());
            alarm.conditionKey = row.conditionKey;
            alarm.priority = row.priority;
            alarm.text = row.text;
            alarm.technical = row.technical;
            alarm.raisedAtMs = row.raisedAtMs;
            alarm.escalated = row.escalated;
            if (row.acknowledgedBy != 0) {
                alarm.acknowledgedBy = QString::number(row.acknowledgedBy);
                alarm.acknowledgedAtMs = row.acknowledgedAtMs;
            }
            d->tracker.restore(alarm);
            d->activeAlert.insert(key, row.id);
        }
        d->gateway = gateway ? *gateway : GatewaySettings{};
        d->status = GatewayStatus{};
        d->status.settings = d->gateway;
        d->open = true;
    }
    startGateway();
    return {};
}

void VitalsService::closeSession()
{
    stopGateway();
    {
        QMutexLocker lock(&d->mutex);
        if (!d->open)
            return;
    }
    (void)flush();
    QMutexLocker lock(&d->mutex);
    d->open = false;
    d->tracker = core::AlarmTracker();
    for (const QString &id : std::as_const(d->directoryIds))
        d->directory.remove(id);
    d->directoryIds.clear();
    d->pairings.clear();
    d->patients.clear();
    d->settings.clear();
    d->queue.clear();
    d->sequences.clear();
    d->dirtySequences.clear();
    d->alerts.clear();
    d->dirtyAlerts.clear();
    d->activeAlert.clear();
    d->mrns.clear();
    d->lastLook.clear();
    d->unpaired = 0;
}

// ---- gateway ---------------------------------------------------------------------------------

void VitalsService::startGateway()
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    GatewaySettings settings;
    QList<QPair<QString, quint64>> seeds;
    {
        QMutexLocker lock(&d->mutex);
        if (!d->open || d->gateway.portName.isEmpty() || d->thread)
            return;
        settings = d->gateway;
        for (auto it = d->sequences.constBegin(); it != d->sequences.constEnd(); ++it)
            seeds.append({it.key(), it->sequence});
    }
    auto thread = std::make_unique<QThread>();
    thread->setObjectName(QStringLiteral("vitals-gateway"));
    auto *host = new GatewayHost;
    host->moveToThread(thread.get());
    QObject::connect(thread.get(), &QThread::finished, host, &QObject::deleteLater);
    thread->start();
    sensors::SerialGatewayOptions options;
    options.portName = settings.portName;
    options.baudRate = settings.baudRate;
    options.clock = [&state] {
        return state.now().toMSecsSinceEpoch();
    };
    QMetaObject::invokeMethod(
        host,
        [this, host, options, seeds] {
            host->reader = new sensors::SerialGatewayReader(d->directory, options, host);
            for (const auto &seed : seeds)
                host->reader->authenticator().seed(seed.first, seed.second);
            QObject::connect(host->reader, &sensors::SerialGatewayReader::readingAccepted, host,
                             [this](const sensors::Reading &reading) { ingest(reading); }, Qt::DirectConnection);
            const auto refresh = [this, host] {
                {
                    QMutexLocker lock(&d->mutex);
                    d->status.state = host->reader->state();
                    d->status.lastError = host->reader->lastPortError();
                    d->status.stats = host->reader->stats();
                }
                Q_EMIT gatewayStatusChanged();
            };
            QObject::connect(host->reader, &sensors::SerialGatewayReader::stateChanged, host, refresh, Qt::DirectConnection);
            host->timer = new QTimer(host);
            QObject::connect(host->timer, &QTimer::timeout, host, [this, refresh] {
                advance();
                refresh();
            });
            host->timer->start(1000);
            host->reader->start();
            refresh();
        },
        Qt::QueuedConnection);
    QMutexLocker lock(&d->mutex);
    d->thread = std::move(thread);
    d->host = host;
}

void VitalsService::stopGateway()
{
    std::unique_ptr<QThread> thread;
    GatewayHost *host = nullptr;
    {
        QMutexLocker lock(&d->mutex);
        thread = std::move(d->thread);
        host = d->host;
        d->host = nullptr;
    }
    if (!thread)
        return;
    QMetaObject::invokeMethod(
        host,
        [host] {
            if (host->timer)
                host->timer->stop();
            if (host->reader)
                host->reader->stop();
            delete host->reader;
            host->reader = nullptr;
        },
        Qt::BlockingQueuedConnection);
    thread->quit();
    thread->wait(); // host is deleted on its own thread as it finishes
    {
        QMutexLocker lock(&d->mutex);
        d->status.state = sensors::SerialGatewayReader::State::Stopped;
    }
    Q_EMIT gatewayStatusChanged();
}

ServiceStatus VitalsService::setGatewaySettings(const GatewaySettings &settings)
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    if (auto admin = detail::currentActor(state, Role::Admin); !admin)
        return admin.error();
    if (settings.baudRate <= 0 || settings.portName.size() > 256)
        return detail::invalidInput(tr("The gateway port or its speed is not valid."));
    core::Database &db = state.store->database();
    if (auto s = detail::writeSetting(db, kGatewayPortSetting, settings.portName.trimmed().toUtf8()); !s)
        return s;
    if (auto s = detail::writeSetting(db, kGatewayBaudSetting, QByteArray::number(settings.baudRate)); !s)
        return s;
    stopGateway();
    {
        QMutexLocker lock(&d->mutex);
        d->gateway = GatewaySettings{settings.portName.trimmed(), settings.baudRate};
        d->status.settings = d->gateway;
    }
    startGateway();
    return {};
}

ServiceResult<GatewaySettings> VitalsService::gatewaySettings()
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, std::nullopt); !allowed)
        return allowed.error();
    return readGatewaySettings(state.store->database());
}

GatewayStatus VitalsService::gatewayStatus() const
{
    QMutexLocker lock(&d->mutex);
    GatewayStatus out = d->status;
    out.readingsUnpaired = d->unpaired;
    return out;
}

// ---- ingest ------------------------------------------------------------------------------------

namespace {

// A reading's values into what the ward shows and the rules read.
void absorb(PatientLive &p, const sensors::Reading &reading)
{
    p.deviceId = reading.deviceId;
    p.lastReadingMs = std::max(p.lastReadingMs, reading.measuredAtMs);
    p.silent = false;
    for (const sensors::VitalValue &v : reading.values) {
        const core::VitalSign sign = signOf(v.parameter);
        const std::size_t i = idx(sign);
        if (v.state == sensors::ValueState::Measured) {
            p.snapshot.set(sign, v.value, reading.measuredAtMs);
            p.shown[i] = core::Observation{v.value, reading.measuredAtMs};
            p.sensorOff[i] = false;
            auto &minute = p.lastMinute[i];
            minute.push_back(Sample{reading.measuredAtMs, v.value});
            while (!minute.empty() && minute.front().atMs < reading.measuredAtMs - kTrendMinuteMs)
                minute.pop_front();
        } else {
            p.snapshot.clear(sign);
            p.sensorOff[i] = true;
        }
    }
}

// Red flags, NEWS2 and the conditions the alarm tracker is fed, from the newest values.
void evaluateLive(PatientLive &p, qint64 nowMs, const core::RuleSet &rules, const core::PatientAlertSettings &settings)
{
    const core::Evaluation evaluation = core::evaluate(p.snapshot, nowMs, rules, settings);
    p.conditions = evaluation.conditions();
    for (const core::VitalSign sign : core::kAllVitalSigns) {
        if (!p.sensorOff[idx(sign)])
            continue;
        p.conditions.append(core::AlarmCondition{QStringLiteral("sensor-off:") + core::vitalSignId(sign), core::AlarmPriority::Medium,
                                                 VitalsService::tr("%1: sensor off").arg(core::vitalSignDisplayName(sign)), true});
    }
    p.flags = evaluation.flags;
    if (evaluation.news2.missing().size() < static_cast<qsizetype>(core::kNews2Parameters.size()))
        p.news2 = evaluation.news2;
}

} // namespace

// The ward shows the newest values at once after a sign-in rather than "no reading" until the
// next frame: the last minutes of every monitored patient are read back from the store. The
// alarm tracker is not fed: alerts still open are in the alerts table.
ServiceStatus VitalsService::restoreLatest(core::Database &db, const detail::RecordsSession &session, qint64 nowMs)
{
    QList<QPair<QByteArray, QString>> monitored; // pseudonym, device
    {
        QMutexLocker lock(&d->mutex);
        for (auto it = d->pairings.constBegin(); it != d->pairings.constEnd(); ++it)
            if (!it->isEmpty() && it->last().toMs == kOpenEnded)
                monitored.append({it->last().pseudonym, it.key()});
    }
    auto st = db.prepare("SELECT window_start_ms, batch_no, key_version, batch FROM vital_readings "
                         "WHERE pseudonym = ?1 AND window_start_ms >= ?2 ORDER BY window_start_ms, batch_no");
    if (!st)
        return detail::fromStore(st.error(), StoreAccess::Read);
    for (const auto &[pseudonym, deviceId] : std::as_const(monitored)) {
        st->reset();
        st->bindBlob(1, pseudonym).bind(2, nowMs - kRestoreWindowMs);
        PatientLive live;
        live.trackerKey = QString::fromLatin1(pseudonym.toHex());
        std::map<quint32, core::SecureBytes> keys;
        auto ran = st->forEachRow([&](const core::Statement &row) {
            const auto version = static_cast<quint32>(row.int64(2));
            if (!keys.contains(version)) {
                auto key = detail::patientKey(db, session, pseudonym, version);
                if (!key)
                    return; // erased or rotated away: nothing to show
                keys.emplace(version, std::move(key->key));
            }
            auto plain = core::aesGcmOpen(keys[version].view(), row.blob(3),
                                          detail::vitalBatchAad(pseudonym, row.int64(0), static_cast<quint32>(row.int64(1))));
            if (!plain)
                return; // verification reports it
            detail::decodeVitalBatch(plain->view(), [&](QByteArrayView, const sensors::Reading &reading) {
                if (reading.deviceId == deviceId)
                    absorb(live, reading);
            });
        });
        for (auto &k : keys)
            k.second.wipe();
        if (!ran)
            return detail::fromStore(ran.error(), StoreAccess::Read);
        if (live.lastReadingMs == 0)
            continue;
        QMutexLocker lock(&d->mutex);
        evaluateLive(live, nowMs, d->rules, d->settings.value(pseudonym));
        d->patients.insert(pseudonym, std::move(live));
    }
    return {};
}

void VitalsService::ingest(const sensors::Reading &reading)
{
    const qint64 nowMs = WorkstationAccess::state(m_workstation).now().toMSecsSinceEpoch();
    QList<AlertNotice> notices;
    bool alertEvents = false;
    bool readingsSignal = false;
    {
        QMutexLocker lock(&d->mutex);
        if (!d->open)
            return;
        const Pairing *pairing = d->pairingAt(reading.deviceId, reading.measuredAtMs);
        if (!pairing) {
            ++d->unpaired;
            return;
        }
        const QByteArray pseudonym = pairing->pseudonym;
        auto pit = d->patients.find(pseudonym);
        if (pit == d->patients.end()) {
            pit = d->patients.insert(pseudonym, PatientLive{});
            pit->trackerKey = QString::fromLatin1(pseudonym.toHex());
        }
        PatientLive &p = *pit;
        absorb(p, reading);
        evaluateLive(p, nowMs, d->rules, d->settings.value(pseudonym));
        const QList<core::AlarmEvent> events = d->tracker.update(p.trackerKey, p.conditions, nowMs);
        d->handle(pseudonym, events, nowMs, notices);
        alertEvents = !events.isEmpty();

        d->queue.append(QueuedReading{pseudonym, d->windowStart(nowMs), detail::encodeVitalReading(reading)});
        DeviceSequence &seq = d->sequences[reading.deviceId];
        if (reading.sequence >= seq.sequence) {
            seq.sequence = reading.sequence;
            seq.timeMs = reading.measuredAtMs;
            d->dirtySequences.insert(reading.deviceId);
        }
        if (nowMs - d->lastReadingsSignalMs >= kReadingsSignalMs || nowMs < d->lastReadingsSignalMs) {
            d->lastReadingsSignalMs = nowMs;
            readingsSignal = true;
        }
    }
    for (const AlertNotice &notice : std::as_const(notices))
        Q_EMIT alertRaised(notice);
    if (alertEvents)
        Q_EMIT alertsChanged();
    if (readingsSignal)
        Q_EMIT readingsChanged();
}

void VitalsService::advance()
{
    const qint64 nowMs = WorkstationAccess::state(m_workstation).now().toMSecsSinceEpoch();
    QList<AlertNotice> notices;
    bool alertEvents = false;
    {
        QMutexLocker lock(&d->mutex);
        if (!d->open)
            return;
        QList<core::AlarmEvent> events = d->tracker.advance(nowMs);
        alertEvents = !events.isEmpty();
        d->handle(QByteArray(), events, nowMs, notices);
        // A paired device that has gone quiet is a technical alarm: nobody is watching.
        for (auto it = d->pairings.constBegin(); it != d->pairings.constEnd(); ++it) {
            if (it->isEmpty() || it->last().toMs != kOpenEnded)
                continue;
            const Pairing &pairing = it->last();
            auto pit = d->patients.find(pairing.pseudonym);
            if (pit == d->patients.end()) {
                pit = d->patients.insert(pairing.pseudonym, PatientLive{});
                pit->trackerKey = QString::fromLatin1(pairing.pseudonym.toHex());
                pit->deviceId = it.key();
            }
            PatientLive &p = *pit;
            const qint64 since = std::max({p.lastReadingMs, pairing.fromMs, d->sessionOpenedMs});
            if (p.silent || nowMs - since < kSilentAfterMs)
                continue;
            p.silent = true;
            QList<core::AlarmCondition> conditions = p.conditions;
            conditions.append(core::AlarmCondition{QStringLiteral("device-silent"), core::AlarmPriority::Medium,
                                                   tr("No readings from device %1 for 30 seconds").arg(it.key()), true});
            const auto silentEvents = d->tracker.update(p.trackerKey, conditions, nowMs);
            alertEvents = alertEvents || !silentEvents.isEmpty();
            d->handle(pairing.pseudonym, silentEvents, nowMs, notices);
        }
    }
    for (const AlertNotice &notice : std::as_const(notices))
        Q_EMIT alertRaised(notice);
    if (alertEvents)
        Q_EMIT alertsChanged();
}

// ---- flush and anchors ---------------------------------------------------------------------------

namespace {

ServiceStatus writeAlertRow(core::Database &db, const AlertRow &a)
{
    auto st = db.prepare("INSERT OR REPLACE INTO alerts (id, pseudonym, sign, priority, text, raised_at_ms, state, acknowledged_by, "
                         "acknowledged_at_ms, resolved_at_ms, escalated, technical, ack_tx_id) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    if (!st)
        return detail::fromStore(st.error(), StoreAccess::Write);
    st->bindBlob(1, a.id).bindBlob(2, a.pseudonym).bind(3, detail::alertConditionCode(a.conditionKey));
    st->bind(4, static_cast<qint64>(a.priority)).bind(5, a.text).bind(6, a.raisedAtMs).bind(7, stateId(a.state));
    if (a.acknowledgedBy)
        st->bind(8, a.acknowledgedBy).bind(9, a.acknowledgedAtMs);
    else
        st->bindNull(8).bindNull(9);
    if (a.resolvedAtMs)
        st->bind(10, a.resolvedAtMs);
    else
        st->bindNull(10);
    st->bind(11, a.escalated ? 1 : 0).bind(12, a.technical ? 1 : 0);
    if (a.ackTxId.isEmpty())
        st->bindNull(13);
    else
        st->bindBlob(13, a.ackTxId);
    return run(*st);
}

struct Batch {
    QByteArray pseudonym;
    qint64 windowStartMs = 0;
    QList<QByteArray> encodings;
};

// Encrypts one batch under the patient's newest key and inserts it with the next number.
ServiceStatus insertBatch(core::Database &db, const detail::PatientKey &key, const QByteArray &pseudonym, qint64 windowStartMs,
                          std::optional<quint32> batchNo, const QList<QByteArray> &encodings)
{
    quint32 number = 0;
    if (batchNo) {
        number = *batchNo;
    } else {
        auto st = db.prepare("SELECT COALESCE(MAX(batch_no), 0) + 1 FROM vital_readings WHERE pseudonym = ?1 AND window_start_ms = ?2");
        if (!st)
            return detail::fromStore(st.error(), StoreAccess::Read);
        st->bindBlob(1, pseudonym).bind(2, windowStartMs);
        auto has = st->step();
        if (!has)
            return detail::fromStore(has.error(), StoreAccess::Read);
        number = static_cast<quint32>(st->int64(0));
    }
    auto sealed = core::aesGcmSeal(key.key.view(), detail::encodeVitalBatch(encodings), detail::vitalBatchAad(pseudonym, windowStartMs, number));
    if (!sealed)
        return ServiceStatus::failure(ServiceError::Storage, sealed.message());
    auto st = db.prepare("INSERT INTO vital_readings (pseudonym, window_start_ms, batch_no, key_version, batch, reading_count, batch_hash) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!st)
        return detail::fromStore(st.error(), StoreAccess::Write);
    st->bindBlob(1, pseudonym).bind(2, windowStartMs).bind(3, static_cast<qint64>(number)).bind(4, static_cast<qint64>(key.version));
    st->bindBlob(5, *sealed).bind(6, static_cast<qint64>(encodings.size())).bindBlob(7, core::sha256(*sealed));
    return run(*st);
}

// The window's readings as stored, in batch and arrival order; nullopt when a batch does
// not open (verification reports it; the window is not anchored over altered data).
ServiceResult<std::optional<QList<QByteArray>>> readWindow(core::Database &db, const detail::RecordsSession &session,
                                                           const QByteArray &pseudonym, qint64 windowStartMs, int *batches)
{
    using R = std::optional<QList<QByteArray>>;
    auto st = db.prepare("SELECT batch_no, key_version, batch FROM vital_readings WHERE pseudonym = ?1 AND window_start_ms = ?2 ORDER BY batch_no");
    if (!st)
        return detail::storeFailure<R>(st.error(), StoreAccess::Read);
    st->bindBlob(1, pseudonym).bind(2, windowStartMs);
    QList<QByteArray> out;
    std::map<quint32, core::SecureBytes> keys;
    bool ok = true;
    *batches = 0;
    for (;;) {
        auto has = st->step();
        if (!has)
            return detail::storeFailure<R>(has.error(), StoreAccess::Read);
        if (!*has)
            break;
        ++*batches;
        const auto version = static_cast<quint32>(st->int64(1));
        if (!keys.contains(version)) {
            auto key = detail::patientKey(db, session, pseudonym, version);
            if (!key)
                return key.error();
            keys.emplace(version, std::move(key->key));
        }
        auto plain = core::aesGcmOpen(keys[version].view(), st->blob(2), detail::vitalBatchAad(pseudonym, windowStartMs, static_cast<quint32>(st->int64(0))));
        if (!plain || !detail::decodeVitalBatch(plain->view(), [&](QByteArrayView e, const sensors::Reading &) { out.append(e.toByteArray()); }))
            ok = false;
    }
    for (auto &k : keys)
        k.second.wipe();
    return ok ? R(out) : R();
}

} // namespace

ServiceStatus VitalsService::flush()
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    if (!state.user || !state.store || !state.chain || !state.records)
        return {};
    QList<QueuedReading> queue;
    QList<AlertRow> alertRows;
    QList<QPair<QString, DeviceSequence>> sequences;
    qint64 windowMs = 0;
    {
        QMutexLocker lock(&d->mutex);
        if (!d->open)
            return {};
        queue.swap(d->queue);
        for (const QByteArray &id : std::as_const(d->dirtyAlerts))
            alertRows.append(d->alerts.value(id));
        d->dirtyAlerts.clear();
        for (const QString &id : std::as_const(d->dirtySequences))
            sequences.append({id, d->sequences.value(id)});
        d->dirtySequences.clear();
        windowMs = d->windowMs;
        // Resolved alerts are written now; memory keeps only the open ones.
        for (const AlertRow &row : std::as_const(alertRows))
            if (row.state == AlertState::Resolved)
                d->alerts.remove(row.id);
    }
    const auto putBack = [&] {
        QMutexLocker lock(&d->mutex);
        d->queue = queue + d->queue;
        for (const AlertRow &row : std::as_const(alertRows)) {
            if (!d->alerts.contains(row.id))
                d->alerts.insert(row.id, row);
            d->dirtyAlerts.insert(row.id);
        }
        for (const auto &s : std::as_const(sequences))
            d->dirtySequences.insert(s.first);
    };

    core::Database &db = state.store->database();
    const detail::RecordsSession &session = *state.records;
    if (!queue.isEmpty() || !alertRows.isEmpty() || !sequences.isEmpty()) {
        // Per (patient, window), in arrival order.
        QList<Batch> batches;
        QHash<QPair<QByteArray, qint64>, qsizetype> index;
        for (const QueuedReading &r : std::as_const(queue)) {
            const QPair<QByteArray, qint64> key(r.pseudonym, r.windowStartMs);
            auto it = index.constFind(key);
            if (it == index.constEnd()) {
                it = index.insert(key, batches.size());
                batches.append(Batch{r.pseudonym, r.windowStartMs, {}});
            }
            batches[*it].encodings.append(r.encoding);
        }
        std::map<QByteArray, detail::PatientKey> keys;
        auto t = db.begin();
        if (!t) {
            putBack();
            return detail::fromStore(t.error(), StoreAccess::Write);
        }
        const auto fail = [&](const ServiceStatus &s) {
            putBack();
            return s;
        };
        for (const Batch &b : std::as_const(batches)) {
            if (!keys.contains(b.pseudonym)) {
                auto key = detail::patientKey(db, session, b.pseudonym, std::nullopt);
                if (!key) {
                    // An erased patient has no key any more: their readings are not kept.
                    keys.emplace(b.pseudonym, detail::PatientKey{});
                    continue;
                }
                keys.emplace(b.pseudonym, std::move(key).value());
            }
            const detail::PatientKey &key = keys[b.pseudonym];
            if (key.key.isEmpty())
                continue;
            if (auto s = insertBatch(db, key, b.pseudonym, b.windowStartMs, std::nullopt, b.encodings); !s)
                return fail(s);
        }
        for (const AlertRow &row : std::as_const(alertRows))
            if (auto s = writeAlertRow(db, row); !s)
                return fail(s);
        for (const auto &s : std::as_const(sequences)) {
            auto st = db.prepare("INSERT OR REPLACE INTO device_sequences (device_id, last_sequence, last_time_ms) "
                                 "SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM devices WHERE device_id = ?1)");
            if (!st)
                return fail(detail::fromStore(st.error(), StoreAccess::Write));
            st->bindBlob(1, s.first.toUtf8()).bind(2, static_cast<qint64>(s.second.sequence)).bind(3, s.second.timeMs);
            if (auto r = run(*st); !r)
                return fail(r);
        }
        if (auto c = t->commit(); !c)
            return fail(detail::fromStore(c.error(), StoreAccess::Write));
        for (auto &k : keys)
            k.second.key.wipe();
    }
    return anchorClosedWindows(windowMs);
}

ServiceStatus VitalsService::anchorClosedWindows(qint64 windowMs)
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    core::Database &db = state.store->database();
    const detail::RecordsSession &session = *state.records;
    const qint64 nowMs = state.now().toMSecsSinceEpoch();
    auto st = db.prepare("SELECT r.pseudonym, r.window_start_ms FROM vital_readings r WHERE r.window_start_ms <= ?1 AND NOT EXISTS "
                         "(SELECT 1 FROM vitals_anchors a WHERE a.pseudonym = r.pseudonym AND a.window_start_ms = r.window_start_ms) "
                         "GROUP BY r.pseudonym, r.window_start_ms ORDER BY r.window_start_ms, r.pseudonym");
    if (!st)
        return detail::fromStore(st.error(), StoreAccess::Read);
    st->bind(1, nowMs - windowMs - kAnchorGraceMs);
    QList<QPair<QByteArray, qint64>> closed;
    if (auto ran = st->forEachRow([&](const core::Statement &row) { closed.append({row.blob(0), row.int64(1)}); }); !ran)
        return detail::fromStore(ran.error(), StoreAccess::Read);
    // Closed windows are anchored in groups, each group one database transaction: a durable
    // commit costs milliseconds, and a ward closes one window per patient every minute.
    struct Anchor {
        QByteArray pseudonym;
        qint64 startMs = 0;
        int batchCount = 0;
        QList<QByteArray> leaves;
        ledger::VitalsAnchorBody body;
    };
    constexpr qsizetype kAnchorsPerCommit = 256;
    for (qsizetype from = 0; from < closed.size(); from += kAnchorsPerCommit) {
        QList<Anchor> group;
        QList<detail::BodyToSign> bodies;
        for (qsizetype i = from; i < std::min(closed.size(), from + kAnchorsPerCommit); ++i) {
            const auto &[pseudonym, startMs] = closed.at(i);
            Anchor anchor{pseudonym, startMs, 0, {}, {}};
            auto encodings = readWindow(db, session, pseudonym, startMs, &anchor.batchCount);
            if (!encodings)
                return encodings.error();
            if (!*encodings || (*encodings)->isEmpty())
                continue;
            anchor.leaves = **encodings;
            anchor.body.pseudonym = pseudonym;
            anchor.body.windowStartMs = static_cast<quint64>(startMs);
            anchor.body.windowEndMs = static_cast<quint64>(startMs + windowMs);
            anchor.body.count = static_cast<quint64>(anchor.leaves.size());
            anchor.body.merkleRoot = detail::vitalWindowRoot(anchor.leaves);
            bodies.append(detail::BodyToSign{&state.nodeKey, anchor.body});
            group.append(std::move(anchor));
        }
        if (group.isEmpty())
            continue;
        auto done = detail::commitBodies(state, bodies,
                                         [&](core::Database &tdb, const QList<ledger::Transaction> &txs) -> ServiceStatus {
            auto ins = tdb.prepare("INSERT INTO vitals_anchors (pseudonym, window_start_ms, window_end_ms, reading_count, merkle_root, tx_id) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
            if (!ins)
                return detail::fromStore(ins.error(), StoreAccess::Write);
            auto del = tdb.prepare("DELETE FROM vital_readings WHERE pseudonym = ?1 AND window_start_ms = ?2");
            if (!del)
                return detail::fromStore(del.error(), StoreAccess::Write);
            for (qsizetype i = 0; i < group.size(); ++i) {
                const Anchor &anchor = group.at(i);
                ins->reset();
                ins->bindBlob(1, anchor.pseudonym).bind(2, anchor.startMs).bind(3, anchor.startMs + windowMs);
                ins->bind(4, static_cast<qint64>(anchor.leaves.size())).bindBlob(5, anchor.body.merkleRoot).bindBlob(6, txs.at(i).id());
                if (auto s = run(*ins); !s)
                    return s;
                if (anchor.batchCount <= 1)
                    continue;
                // An anchored window is kept as one batch (number 0): a week's trend then
                // opens one batch per window instead of one per flush.
                auto key = detail::patientKey(tdb, session, anchor.pseudonym, std::nullopt);
                if (!key)
                    continue; // kept as it is
                del->reset();
                del->bindBlob(1, anchor.pseudonym).bind(2, anchor.startMs);
                if (auto s = run(*del); !s)
                    return s;
                auto s = insertBatch(tdb, *key, anchor.pseudonym, anchor.startMs, 0u, anchor.leaves);
                key->key.wipe();
                if (!s)
                    return s;
            }
            return {};
        });
        if (!done)
            return done.error();
    }
    return {};
}

// ---- reads ------------------------------------------------------------------------------------------

namespace {

core::AccessRole accessRoleOf(Role role)
{
    switch (role) {
    case Role::Admin: return core::AccessRole::Admin;
    case Role::Doctor: return core::AccessRole::Doctor;
    case Role::Nurse: return core::AccessRole::Nurse;
    }
    return core::AccessRole::Nurse;
}

// The change a clinician would call a trend over a minute, per sign (in its unit).
double trendThreshold(core::VitalSign sign)
{
    switch (sign) {
    case core::VitalSign::HeartRate: return 5;
    case core::VitalSign::SpO2: return 2;
    case core::VitalSign::Temperature: return 0.3;
    case core::VitalSign::RespirationRate: return 2;
    case core::VitalSign::Systolic:
    case core::VitalSign::Diastolic: return 5;
    case core::VitalSign::Glucose: return 10;
    case core::VitalSign::Emg: return 5;
    case core::VitalSign::OnOxygen:
    case core::VitalSign::Consciousness: return 1;
    }
    return 1;
}

// The least-squares slope of the last minute, as change per minute: a steady fall of 3 %
// SpO2 a minute is a trend even though each value is close to the previous one's mean.
Trend trendOf(core::VitalSign sign, const std::deque<Sample> &minute, double /*value*/)
{
    if (minute.size() < 3 || minute.back().atMs - minute.front().atMs < 10'000)
        return Trend::Steady;
    const double t0 = double(minute.front().atMs);
    double st = 0, sv = 0;
    for (const Sample &x : minute) {
        st += (double(x.atMs) - t0) / 60'000.0;
        sv += x.value;
    }
    const double n = double(minute.size());
    const double mt = st / n, mv = sv / n;
    double num = 0, den = 0;
    for (const Sample &x : minute) {
        const double dt = (double(x.atMs) - t0) / 60'000.0 - mt;
        num += dt * (x.value - mv);
        den += dt * dt;
    }
    if (den <= 0)
        return Trend::Steady;
    const double perMinute = num / den;
    if (perMinute >= trendThreshold(sign))
        return Trend::Rising;
    if (perMinute <= -trendThreshold(sign))
        return Trend::Falling;
    return Trend::Steady;
}

int severity(const MonitoredPatient &m)
{
    return (m.highestAlert ? static_cast<int>(*m.highestAlert) * 1000 : 0) + (m.news2 ? m.news2->aggregate : 0);
}

} // namespace

MonitoredPatient VitalsService::monitored(const QByteArray &pseudonym, qint64 nowMs) const
{
    MonitoredPatient m;
    QMutexLocker lock(&d->mutex);
    if (const auto device = d->currentDevice(pseudonym))
        m.deviceId = *device;
    const auto it = d->patients.constFind(pseudonym);
    if (it != d->patients.constEnd()) {
        const PatientLive &p = *it;
        if (p.lastReadingMs > 0)
            m.lastReadingAt = QDateTime::fromMSecsSinceEpoch(p.lastReadingMs, Qt::UTC);
        for (const core::VitalSign sign : core::kAllVitalSigns) {
            const auto &shown = p.shown[idx(sign)];
            if (!shown && !p.sensorOff[idx(sign)])
                continue;
            VitalTile tile;
            tile.sign = sign;
            tile.value = shown ? shown->value : 0;
            tile.takenAt = shown ? QDateTime::fromMSecsSinceEpoch(shown->takenAtMs, Qt::UTC) : QDateTime();
            tile.trend = shown ? trendOf(sign, p.lastMinute[idx(sign)], shown->value) : Trend::Steady;
            tile.sensorOff = p.sensorOff[idx(sign)];
            for (const core::RedFlag &flag : p.flags)
                if (flag.sign && *flag.sign == sign)
                    tile.flag = flag.priority;
            m.tiles.append(tile);
        }
        m.news2 = p.news2;
        if (!m.deviceId.isEmpty())
            m.link = p.lastReadingMs > 0 && nowMs - p.lastReadingMs < kReceivingWithinMs ? DeviceLink::Receiving : DeviceLink::Silent;
    } else if (!m.deviceId.isEmpty()) {
        m.link = DeviceLink::Silent;
    }
    for (const AlertRow &a : std::as_const(d->alerts)) {
        if (a.pseudonym != pseudonym || a.state == AlertState::Resolved)
            continue;
        ++m.activeAlerts;
        if (!m.highestAlert || a.priority > *m.highestAlert)
            m.highestAlert = a.priority;
    }
    return m;
}

// One audit entry per reader, patient and quarter of an hour for screens that refresh.
void VitalsService::auditLook(const detail::Actor &actor, const QByteArray &pseudonym, bool breakGlass, const QString &detail)
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    const qint64 nowMs = state.now().toMSecsSinceEpoch();
    {
        QMutexLocker lock(&d->mutex);
        const QPair<qint64, QByteArray> key(actor.id, pseudonym);
        const auto last = d->lastLook.constFind(key);
        if (last != d->lastLook.constEnd() && nowMs - *last < kAuditCoalesceMs && nowMs >= *last)
            return;
        d->lastLook.insert(key, nowMs);
    }
    detail::AuditWrite entry;
    entry.action = core::patientActionId(core::PatientAction::ViewVitals);
    entry.pseudonym = pseudonym;
    entry.breakGlass = breakGlass;
    entry.detail = detail;
    (void)detail::auditAlone(state, actor, entry);
}

ServiceResult<QList<MonitoredPatient>> VitalsService::ward()
{
    using R = ServiceResult<QList<MonitoredPatient>>;
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    auto actor = detail::currentActor(state);
    if (!actor)
        return actor.error();
    if (actor->role == Role::Admin)
        return R::failure(ServiceError::PermissionDenied, QCoreApplication::translate("Access", "Administrators cannot see a patient's vital signs."));
    auto session = detail::recordsSession(state);
    if (!session)
        return session.error();
    QList<QByteArray> pseudonyms;
    {
        QMutexLocker lock(&d->mutex);
        for (auto it = d->pairings.constBegin(); it != d->pairings.constEnd(); ++it)
            if (!it->isEmpty() && it->last().toMs == kOpenEnded && !pseudonyms.contains(it->last().pseudonym))
                pseudonyms.append(it->last().pseudonym);
    }
    core::Database &db = state.store->database();
    const QDateTime now = state.now();
    QList<MonitoredPatient> out;
    for (const QByteArray &pseudonym : std::as_const(pseudonyms)) {
        auto row = detail::findPatient(db, pseudonym);
        if (!row)
            return row.error();
        if (!*row)
            continue;
        auto basis = detail::consentBasis(db, **session, actor->id, pseudonym, now);
        if (!basis)
            return basis.error();
        const auto decision = core::decideAccess(accessRoleOf(actor->role), core::PatientAction::ViewVitals, basis->basis, (*row)->erased());
        if (!decision.allowed)
            continue;
        MonitoredPatient m = monitored(pseudonym, now.toMSecsSinceEpoch());
        m.patient = detail::toSummary(**row, true);
        m.patient.breakGlassActive = decision.viaBreakGlass;
        auditLook(*actor, pseudonym, decision.viaBreakGlass, QStringLiteral("ward"));
        out.append(m);
    }
    std::stable_sort(out.begin(), out.end(), [](const MonitoredPatient &a, const MonitoredPatient &b) {
        if (severity(a) != severity(b))
            return severity(a) > severity(b);
        return a.patient.familyName.localeAwareCompare(b.patient.familyName) < 0;
    });
    return out;
}

ServiceResult<MonitoredPatient> VitalsService::live(const PatientId &patient)
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::ViewVitals, core::patientActionId(core::PatientAction::ViewVitals));
    if (!access)
        return access.error();
    MonitoredPatient m = monitored(patient, state.now().toMSecsSinceEpoch());
    m.patient = detail::toSummary(access->patient, true);
    m.patient.breakGlassActive = access->decision.viaBreakGlass;
    auditLook(access->actor, patient, access->decision.viaBreakGlass, QStringLiteral("live"));
    return m;
}

ServiceResult<QList<VitalSeries>> VitalsService::trend(const PatientId &patient, const QDateTime &from, const QDateTime &to)
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::ViewVitals, core::patientActionId(core::PatientAction::ViewVitals));
    if (!access)
        return access.error();
    if (!from.isValid() || !to.isValid() || to <= from)
        return detail::auditedFailure<QList<VitalSeries>>(state, *access, {ServiceError::InvalidInput, tr("The time range is not valid.")});
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    qint64 windowMs = 0;
    QList<QByteArray> queued;
    {
        QMutexLocker lock(&d->mutex);
        windowMs = d->windowMs;
        for (const QueuedReading &r : std::as_const(d->queue))
            if (r.pseudonym == patient)
                queued.append(r.encoding);
    }
    std::array<VitalSeries, core::kVitalSignCount> series;
    std::array<bool, core::kVitalSignCount> sorted;
    sorted.fill(true);
    for (const core::VitalSign sign : core::kAllVitalSigns)
        series[idx(sign)].sign = sign;
    const auto take = [&](qint64 atMs, sensors::VitalParameter parameter, double value) {
        if (atMs < fromMs || atMs >= toMs)
            return;
        VitalSeries &s = series[idx(signOf(parameter))];
        if (!s.timesMs.isEmpty() && s.timesMs.last() > atMs)
            sorted[idx(s.sign)] = false;
        s.timesMs.append(atMs);
        s.values.append(value);
    };

    core::Database &db = state.store->database();
    const detail::RecordsSession &session = *state.records;
    auto st = db.prepare("SELECT window_start_ms, batch_no, key_version, batch FROM vital_readings WHERE pseudonym = ?1 "
                         "AND window_start_ms >= ?2 AND window_start_ms < ?3 ORDER BY window_start_ms, batch_no");
    if (!st)
        return detail::auditedFailure<QList<VitalSeries>>(state, *access, detail::fromStore(st.error(), StoreAccess::Read));
    // Windows are by arrival: a reading arrives within minutes of its measurement.
    st->bindBlob(1, patient).bind(2, fromMs - windowMs - kMaxReadingSkewMs).bind(3, toMs + kMaxReadingSkewMs);
    std::map<quint32, core::SecureBytes> keys;
    bool damaged = false;
    for (;;) {
        auto has = st->step();
        if (!has)
            return detail::auditedFailure<QList<VitalSeries>>(state, *access, detail::fromStore(has.error(), StoreAccess::Read));
        if (!*has)
            break;
        const auto version = static_cast<quint32>(st->int64(2));
        if (!keys.contains(version)) {
            auto key = detail::patientKey(db, session, patient, version);
            if (!key)
                return detail::auditedFailure<QList<VitalSeries>>(state, *access, key.error());
            keys.emplace(version, std::move(key->key));
        }
        auto plain = core::aesGcmOpen(keys[version].view(), st->blob(3),
                                      detail::vitalBatchAad(patient, st->int64(0), static_cast<quint32>(st->int64(1))));
        if (!plain || !detail::forEachVitalValue(plain->view(), take))
            damaged = true;
    }
    for (auto &k : keys)
        k.second.wipe();
    for (const QByteArray &encoding : std::as_const(queued))
        (void)detail::forEachVitalValue(detail::encodeVitalBatch({encoding}), take);

    QList<VitalSeries> out;
    for (VitalSeries &s : series) {
        if (s.timesMs.isEmpty())
            continue;
        if (!sorted[idx(s.sign)]) {
            QVector<qsizetype> order(s.timesMs.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return s.timesMs[a] < s.timesMs[b]; });
            VitalSeries copy;
            copy.sign = s.sign;
            copy.timesMs.reserve(order.size());
            copy.values.reserve(order.size());
            for (qsizetype i : order) {
                copy.timesMs.append(s.timesMs[i]);
                copy.values.append(s.values[i]);
            }
            s = std::move(copy);
        }
        out.append(std::move(s));
    }
    (void)detail::auditAlone(state, access->actor,
                             detail::auditFor(*access, QStringLiteral("trend%1").arg(damaged ? QStringLiteral("; a stored batch does not open") : QString())));
    return out;
}

ServiceResult<QList<AlertInfo>> VitalsService::alerts(std::chrono::hours resolvedWithin)
{
    using R = ServiceResult<QList<AlertInfo>>;
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    auto actor = detail::currentActor(state);
    if (!actor)
        return actor.error();
    if (actor->role == Role::Admin)
        return R::failure(ServiceError::PermissionDenied, QCoreApplication::translate("Access", "Administrators cannot see a patient's vital signs."));
    auto session = detail::recordsSession(state);
    if (!session)
        return session.error();
    core::Database &db = state.store->database();
    const QDateTime now = state.now();
    const qint64 sinceMs = now.toMSecsSinceEpoch() - std::chrono::duration_cast<std::chrono::milliseconds>(resolvedWithin).count();
    QHash<QByteArray, AlertRow> rows;
    const QByteArray listSql = QByteArray(kAlertColumns) + " FROM alerts WHERE state <> 'resolved' OR resolved_at_ms >= ?1";
    auto st = db.prepare(listSql.constData());
    if (!st)
        return detail::storeFailure<QList<AlertInfo>>(st.error(), StoreAccess::Read);
    st->bind(1, sinceMs);
    if (auto ran = st->forEachRow([&](const core::Statement &r) {
            const AlertRow a = readAlertRow(r);
            rows.insert(a.id, a);
        });
        !ran)
        return detail::storeFailure<QList<AlertInfo>>(ran.error(), StoreAccess::Read);
    {
        QMutexLocker lock(&d->mutex);
        for (const AlertRow &a : std::as_const(d->alerts))
            rows.insert(a.id, a); // memory is newer than the last flush
    }
    QHash<QByteArray, std::optional<std::pair<detail::PatientRow, bool>>> patients; // row, via break-glass
    QHash<qint64, QString> names;
    QList<AlertInfo> out;
    for (const AlertRow &a : std::as_const(rows)) {
        if (a.state == AlertState::Resolved && a.resolvedAtMs < sinceMs)
            continue;
        if (!patients.contains(a.pseudonym)) {
            std::optional<std::pair<detail::PatientRow, bool>> entry;
            auto row = detail::findPatient(db, a.pseudonym);
            if (row && *row) {
                auto basis = detail::consentBasis(db, **session, actor->id, a.pseudonym, now);
                const auto decision = basis ? core::decideAccess(accessRoleOf(actor->role), core::PatientAction::ViewVitals, basis->basis,
                                                                 (*row)->erased())
                                            : core::AccessDecision{};
                if (decision.allowed) {
                    entry = std::make_pair(**row, decision.viaBreakGlass);
                    auditLook(*actor, a.pseudonym, decision.viaBreakGlass, QStringLiteral("alerts"));
                }
            }
            patients.insert(a.pseudonym, entry);
        }
        const auto &patient = patients[a.pseudonym];
        if (!patient)
            continue;
        AlertInfo info;
        info.id = a.id.toHex();
        info.patient = a.pseudonym;
        info.patientName = QStringLiteral("%1, %2").arg(patient->first.familyName, patient->first.givenName);
        info.mrn = detail::displayMrn(patient->first);
        info.conditionKey = a.conditionKey;
        info.priority = a.priority;
        info.text = a.text;
        info.technical = a.technical;
        info.escalated = a.escalated;
        info.state = a.state;
        info.raisedAt = QDateTime::fromMSecsSinceEpoch(a.raisedAtMs, Qt::UTC);
        if (a.acknowledgedBy) {
            if (!names.contains(a.acknowledgedBy)) {
                auto n = db.prepare("SELECT display_name FROM staff_accounts WHERE id = ?1");
                QString name;
                if (n) {
                    n->bind(1, a.acknowledgedBy);
                    if (auto has = n->step(); has && *has)
                        name = n->text(0);
                }
                names.insert(a.acknowledgedBy, name);
            }
            info.acknowledgedBy = names.value(a.acknowledgedBy);
            info.acknowledgedAt = QDateTime::fromMSecsSinceEpoch(a.acknowledgedAtMs, Qt::UTC);
        }
        if (a.resolvedAtMs)
            info.resolvedAt = QDateTime::fromMSecsSinceEpoch(a.resolvedAtMs, Qt::UTC);
        out.append(info);
    }
    std::sort(out.begin(), out.end(), [](const AlertInfo &a, const AlertInfo &b) {
        const bool aOpen = a.state != AlertState::Resolved;
        const bool bOpen = b.state != AlertState::Resolved;
        if (aOpen != bOpen)
            return aOpen;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        return a.raisedAt > b.raisedAt;
    });
    return out;
}

ServiceStatus VitalsService::acknowledge(const QByteArray &alertId)
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    const QByteArray id = alertId.size() == 32 ? QByteArray::fromHex(alertId) : alertId;
    const auto notFound = [] { return ServiceStatus::failure(ServiceError::NotFound, tr("There is no such alert.")); };
    if (id.size() != 16)
        return notFound();
    if (auto allowed = detail::requireSession(state, std::nullopt); !allowed)
        return allowed;
    std::optional<AlertRow> row;
    {
        QMutexLocker lock(&d->mutex);
        if (const auto it = d->alerts.constFind(id); it != d->alerts.constEnd())
            row = *it;
    }
    core::Database &db = state.store->database();
    if (!row) {
        auto st = db.prepare("SELECT pseudonym, sign, priority, text, raised_at_ms, state, acknowledged_by, resolved_at_ms, escalated, technical "
                             "FROM alerts WHERE id = ?1");
        if (!st)
            return detail::fromStore(st.error(), StoreAccess::Read);
        st->bindBlob(1, id);
        auto has = st->step();
        if (!has)
            return detail::fromStore(has.error(), StoreAccess::Read);
        if (!*has)
            return notFound();
        AlertRow a;
        a.id = id;
        a.pseudonym = st->blob(0);
        a.conditionKey = detail::alertConditionKey(st->int64(1));
        a.priority = static_cast<core::AlarmPriority>(std::clamp<qint64>(st->int64(2), 1, 3));
        a.text = st->text(3);
        a.raisedAtMs = st->int64(4);
        a.state = stateFromId(st->text(5));
        a.acknowledgedBy = st->isNull(6) ? 0 : st->int64(6);
        a.resolvedAtMs = st->isNull(7) ? 0 : st->int64(7);
        a.escalated = st->int64(8) != 0;
        a.technical = st->int64(9) != 0;
        row = a;
    }
    auto access = detail::authorize(state, row->pseudonym, core::PatientAction::AcknowledgeAlert,
                                    core::patientActionId(core::PatientAction::AcknowledgeAlert));
    if (!access)
        return access.error();
    if (row->acknowledgedBy != 0 || row->state == AlertState::Acknowledged)
        return detail::auditedFailure<bool>(state, *access, {ServiceError::AlreadyExists, tr("This alert has already been acknowledged.")}).error();
    if (row->state == AlertState::Resolved)
        return detail::auditedFailure<bool>(state, *access, {ServiceError::InvalidInput, tr("This alert has already ended.")}).error();
    const qint64 nowMs = state.now().toMSecsSinceEpoch();
    auto tx = detail::makeTransaction(*state.chain, state.signingKey, ledger::AlertAckBody{row->pseudonym, id}, detail::nowMs(state));
    if (!tx)
        return tx.error();
    AlertRow acked = *row;
    acked.state = AlertState::Acknowledged;
    acked.acknowledgedBy = access->actor.id;
    acked.acknowledgedAtMs = nowMs;
    acked.ackTxId = tx->id();
    auto done = detail::commit(state, *tx, [&](core::Database &tdb) -> ServiceStatus {
        if (auto s = writeAlertRow(tdb, acked); !s)
            return s;
        return detail::appendAudit(state, tdb, access->actor,
                                   detail::auditFor(*access, QStringLiteral("alert %1 (%2)").arg(detail::shortHex(id), acked.conditionKey)));
    });
    if (!done)
        return done;
    QList<AlertNotice> notices;
    {
        QMutexLocker lock(&d->mutex);
        const QPair<QByteArray, QString> key(acked.pseudonym, acked.conditionKey);
        const bool live = d->activeAlert.value(key) == id;
        if (d->alerts.contains(id)) {
            AlertRow &mem = d->alerts[id];
            mem.acknowledgedBy = acked.acknowledgedBy;
            mem.acknowledgedAtMs = acked.acknowledgedAtMs;
            mem.ackTxId = acked.ackTxId;
            if (mem.state == AlertState::Active)
                mem.state = AlertState::Acknowledged;
        } else {
            d->alerts.insert(id, acked);
        }
        if (live) {
            auto events = d->tracker.acknowledge(QString::fromLatin1(acked.pseudonym.toHex()), acked.conditionKey,
                                                 QString::number(access->actor.id), nowMs);
            if (events)
                d->handle(acked.pseudonym, *events, nowMs, notices);
        } else {
            // An alert of an earlier session: nothing live holds it any more.
            AlertRow &mem = d->alerts[id];
            mem.state = AlertState::Resolved;
            mem.resolvedAtMs = nowMs;
            d->dirtyAlerts.insert(id);
        }
    }
    for (const AlertNotice &notice : std::as_const(notices))
        Q_EMIT alertRaised(notice);
    Q_EMIT alertsChanged();
    return {};
}

ServiceResult<core::PatientAlertSettings> VitalsService::alertSettings(const PatientId &patient)
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::ViewVitals, QStringLiteral("view-alert-settings"));
    if (!access)
        return access.error();
    auto record = readSettings(state.store->database(), *state.records, patient);
    if (!record)
        return detail::auditedFailure<core::PatientAlertSettings>(state, *access, record.error());
    (void)detail::auditAlone(state, access->actor, detail::auditFor(*access, QStringLiteral("alert settings")));
    return record->settings;
}

ServiceStatus VitalsService::setAlertSettings(const PatientId &patient, const core::PatientAlertSettings &settings, const QString &reason)
{
    ::careledger::services::State &state = WorkstationAccess::state(m_workstation);
    auto access = detail::authorize(state, patient, core::PatientAction::EditAlertSettings,
                                    core::patientActionId(core::PatientAction::EditAlertSettings));
    if (!access)
        return access.error();
    if (auto valid = core::validate(settings); !valid)
        return detail::auditedFailure<bool>(state, *access, {ServiceError::InvalidInput, valid.message()}).error();
    if (const QString problem = detail::reasonProblem(reason); !problem.isEmpty())
        return detail::auditedFailure<bool>(state, *access, {ServiceError::InvalidInput, problem}).error();
    auto current = readSettings(state.store->database(), *state.records, patient);
    if (!current)
        return detail::auditedFailure<bool>(state, *access, current.error()).error();
    // The record: {0: the canonical settings (core::encodeAlertSettings), 1: reason,
    // 2: author staff id, 3: time (ms)}.
    QCborMap map;
    map.insert(0, core::encodeAlertSettings(settings));
    map.insert(1, reason.trimmed());
    map.insert(2, access->actor.id);
    map.insert(3, state.now().toMSecsSinceEpoch());
    detail::NewVersion version;
    version.recordId = current->recordId.isEmpty() ? detail::newRecordId() : current->recordId;
    version.version = current->version + 1;
    version.kind = kSettingsKind;
    version.plaintext = map.toCborValue().toCbor();
    auto written = detail::writeRecords(state, access->actor, patient, {version},
                                        detail::auditFor(*access, QStringLiteral("alert settings version %1").arg(version.version)));
    if (!written)
        return written.error();
    QMutexLocker lock(&d->mutex);
    d->settings.insert(patient, settings);
    return {};
}

} // namespace careledger::services
