#pragma once

// The lifecycle of alarms, per patient and condition (a sign, "news2", or a technical
// cause): raised -> acknowledged (who, when) -> resolved when the condition clears. Pure:
// the caller passes the clock and acts on the events it gets back (sound, show, put the
// acknowledgement on the chain).
//
// - A condition raises an alarm only after it has held for the key's delay (heart rate 3 s,
//   SpO2 10 s by default), which cuts nuisance alarms from movement and probe noise.
// - High priority latches: it stays raised after its condition clears until someone
//   acknowledges it. Medium and low resolve by themselves when the condition clears.
// - An acknowledged alarm resolves when its condition clears.
// - An alarm nobody acknowledges within the escalation time of its priority is escalated,
//   once; its priority stays what the condition says.
// - A more urgent condition on the same key raises the alarm again at the new priority,
//   clearing any acknowledgement and restarting the escalation clock.

#include "alerts/AlarmPriority.h"
#include "alerts/AlertError.h"
#include "alerts/AlertRules.h"

#include <QHash>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <utility>

namespace careledger::core {

struct AlarmTrackerSettings {
    QHash<QString, qint64> delayMs{{QStringLiteral("heart-rate"), 3000}, {QStringLiteral("spo2"), 10000}};
    qint64 defaultDelayMs = 0;       // for condition keys not in delayMs
    qint64 escalateHighAfterMs = 60 * 1000;
    qint64 escalateMediumAfterMs = 2 * 60 * 1000;
    qint64 escalateLowAfterMs = 0;   // 0: never escalates

    qint64 delayFor(const QString &conditionKey) const { return delayMs.value(conditionKey, defaultDelayMs); }
    qint64 escalateAfter(AlarmPriority priority) const;
};

struct Alarm {
    QString patientKey;
    QString conditionKey;
    AlarmPriority priority = AlarmPriority::Low;
    QString text;              // the newest text at the alarm's priority
    bool technical = false;
    qint64 raisedAtMs = 0;     // when raised, or raised again at a higher priority
    bool conditionActive = true;
    bool escalated = false;
    QString acknowledgedBy;    // empty until acknowledged
    qint64 acknowledgedAtMs = 0;

    bool acknowledged() const { return !acknowledgedBy.isEmpty(); }
    bool latched() const { return !conditionActive && !acknowledged(); } // high, cleared, waiting for a person
};

enum class AlarmEventType : quint8 { Raised, Escalated, Acknowledged, Resolved };
QString alarmEventTypeId(AlarmEventType type); // "raised", "escalated", "acknowledged", "resolved"

struct AlarmEvent {
    AlarmEventType type = AlarmEventType::Raised;
    Alarm alarm; // as it is after the event
    qint64 atMs = 0;
};

class AlarmTracker {
public:
    explicit AlarmTracker(AlarmTrackerSettings settings = {});

    // `conditions` is everything currently true for the patient (Evaluation::conditions());
    // a key that is not listed has cleared. Also raises delayed conditions and escalates.
    QList<AlarmEvent> update(const QString &patientKey, const QList<AlarmCondition> &conditions, qint64 nowMs);
    // Raises conditions whose delay has run and escalates, for every patient: call on a timer
    // so that neither waits for the next reading.
    QList<AlarmEvent> advance(qint64 nowMs);
    // `by` identifies the clinician (a staff id, not a name). Fails with NotFound when no
    // alarm is raised under that key (still within its delay, resolved, or never raised) and
    // with Invalid when it is already acknowledged. A latched alarm resolves at once.
    AlertResult<QList<AlarmEvent>> acknowledge(const QString &patientKey, const QString &conditionKey, const QString &by,
                                               qint64 nowMs);
    // Drops a patient's alarms without events (discharge, device unpaired).
    void forget(const QString &patientKey);
    // Takes back an alarm raised before a restart (as stored), without an event, with its
    // condition taken as still true: the next update() resolves or latches it when the
    // condition has cleared, and raises nothing new while it holds.
    void restore(const Alarm &alarm);

    std::optional<Alarm> alarm(const QString &patientKey, const QString &conditionKey) const; // raised or acknowledged
    QList<Alarm> alarms(const QString &patientKey) const; // raised or acknowledged, by condition key
    QList<Alarm> alarms() const;                          // every patient

    const AlarmTrackerSettings &settings() const { return m_settings; }

private:
    struct Entry {
        Alarm alarm;
        bool pending = true;       // condition seen, delay not yet over
        qint64 conditionSinceMs = 0;
    };
    using Key = std::pair<QString, QString>;
    using Map = std::map<Key, Entry>;

    void step(Map::iterator from, Map::iterator to, qint64 nowMs, QList<AlarmEvent> &events);
    Map::iterator patientBegin(const QString &patientKey);
    Map::iterator patientEnd(const QString &patientKey);

    AlarmTrackerSettings m_settings;
    Map m_entries;
};

} // namespace careledger::core
