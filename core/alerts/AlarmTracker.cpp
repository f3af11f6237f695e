#include "alerts/AlarmTracker.h"

#include <QCoreApplication>
#include <QSet>

namespace careledger::core {

qint64 AlarmTrackerSettings::escalateAfter(AlarmPriority priority) const
{
    switch (priority) {
    case AlarmPriority::High:
        return escalateHighAfterMs;
    case AlarmPriority::Medium:
        return escalateMediumAfterMs;
    case AlarmPriority::Low:
        return escalateLowAfterMs;
    }
    return 0;
}

QString alarmEventTypeId(AlarmEventType type)
{
    switch (type) {
    case AlarmEventType::Raised:
        return QStringLiteral("raised");
    case AlarmEventType::Escalated:
        return QStringLiteral("escalated");
    case AlarmEventType::Acknowledged:
        return QStringLiteral("acknowledged");
    case AlarmEventType::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

AlarmTracker::AlarmTracker(AlarmTrackerSettings settings) : m_settings(std::move(settings)) {}

AlarmTracker::Map::iterator AlarmTracker::patientBegin(const QString &patientKey)
{
    return m_entries.lower_bound(Key{patientKey, QString()});
}

AlarmTracker::Map::iterator AlarmTracker::patientEnd(const QString &patientKey)
{
    auto it = patientBegin(patientKey);
    while (it != m_entries.end() && it->first.first == patientKey)
        ++it;
    return it;
}

QList<AlarmEvent> AlarmTracker::update(const QString &patientKey, const QList<AlarmCondition> &conditions, qint64 nowMs)
{
    QList<AlarmEvent> events;
    QSet<QString> active;
    for (const AlarmCondition &condition : conditions) {
        active.insert(condition.key);
        const Key key{patientKey, condition.key};
        auto it = m_entries.find(key);
        if (it == m_entries.end()) {
            Entry entry;
            entry.alarm.patientKey = patientKey;
            entry.alarm.conditionKey = condition.key;
            entry.alarm.priority = condition.priority;
            entry.alarm.text = condition.text;
            entry.alarm.technical = condition.technical;
            entry.conditionSinceMs = nowMs;
            m_entries.emplace(key, std::move(entry));
            continue;
        }
        Entry &entry = it->second;
        Alarm &alarm = entry.alarm;
        alarm.conditionActive = true;
        if (condition.priority < alarm.priority)
            continue; // an alarm keeps the most urgent priority it reached until it ends
        const bool worse = condition.priority > alarm.priority;
        alarm.priority = condition.priority;
        alarm.text = condition.text;
        if (worse && !entry.pending) {
            alarm.raisedAtMs = nowMs;
            alarm.escalated = false;
            alarm.acknowledgedBy.clear();
            alarm.acknowledgedAtMs = 0;
            events << AlarmEvent{AlarmEventType::Raised, alarm, nowMs};
        }
    }

    for (auto it = patientBegin(patientKey); it != m_entries.end() && it->first.first == patientKey;) {
        Entry &entry = it->second;
        if (active.contains(it->first.second)) {
            ++it;
            continue;
        }
        entry.alarm.conditionActive = false;
        if (!entry.pending && !entry.alarm.acknowledged() && entry.alarm.priority == AlarmPriority::High) {
            ++it; // latched until acknowledged
            continue;
        }
        if (!entry.pending)
            events << AlarmEvent{AlarmEventType::Resolved, entry.alarm, nowMs};
        it = m_entries.erase(it);
    }

    step(patientBegin(patientKey), patientEnd(patientKey), nowMs, events);
    return events;
}

QList<AlarmEvent> AlarmTracker::advance(qint64 nowMs)
{
    QList<AlarmEvent> events;
    step(m_entries.begin(), m_entries.end(), nowMs, events);
    return events;
}

void AlarmTracker::step(Map::iterator from, Map::iterator to, qint64 nowMs, QList<AlarmEvent> &events)
{
    for (auto it = from; it != to; ++it) {
        Entry &entry = it->second;
        Alarm &alarm = entry.alarm;
        if (entry.pending) {
            if (!alarm.conditionActive || nowMs - entry.conditionSinceMs < m_settings.delayFor(alarm.conditionKey))
                continue;
            entry.pending = false;
            alarm.raisedAtMs = nowMs;
            events << AlarmEvent{AlarmEventType::Raised, alarm, nowMs};
        }
        const qint64 escalateAfter = m_settings.escalateAfter(alarm.priority);
        if (!alarm.escalated && !alarm.acknowledged() && escalateAfter > 0 && nowMs - alarm.raisedAtMs >= escalateAfter) {
            alarm.escalated = true;
            events << AlarmEvent{AlarmEventType::Escalated, alarm, nowMs};
        }
    }
}

AlertResult<QList<AlarmEvent>> AlarmTracker::acknowledge(const QString &patientKey, const QString &conditionKey,
                                                         const QString &by, qint64 nowMs)
{
    auto it = m_entries.find(Key{patientKey, conditionKey});
    if (it == m_entries.end() || it->second.pending)
        return AlertResult<QList<AlarmEvent>>::failure(
            AlertError::NotFound, QCoreApplication::translate("Alerts", "This alarm is no longer raised."));
    Alarm &alarm = it->second.alarm;
    if (alarm.acknowledged())
        return AlertResult<QList<AlarmEvent>>::failure(
            AlertError::Invalid, QCoreApplication::translate("Alerts", "This alarm has already been acknowledged."));
    alarm.acknowledgedBy = by;
    alarm.acknowledgedAtMs = nowMs;
    QList<AlarmEvent> events{AlarmEvent{AlarmEventType::Acknowledged, alarm, nowMs}};
    if (!alarm.conditionActive) {
        events << AlarmEvent{AlarmEventType::Resolved, alarm, nowMs};
        m_entries.erase(it);
    }
    return events;
}

void AlarmTracker::restore(const Alarm &alarm)
{
    Entry entry;
    entry.alarm = alarm;
    entry.alarm.conditionActive = true;
    entry.pending = false;
    entry.conditionSinceMs = alarm.raisedAtMs;
    m_entries[Key{alarm.patientKey, alarm.conditionKey}] = entry;
}

void AlarmTracker::forget(const QString &patientKey)
{
    m_entries.erase(patientBegin(patientKey), patientEnd(patientKey));
}

std::optional<Alarm> AlarmTracker::alarm(const QString &patientKey, const QString &conditionKey) const
{
    const auto it = m_entries.find(Key{patientKey, conditionKey});
    if (it == m_entries.end() || it->second.pending)
        return std::nullopt;
    return it->second.alarm;
}

QList<Alarm> AlarmTracker::alarms(const QString &patientKey) const
{
    QList<Alarm> out;
    for (auto it = m_entries.lower_bound(Key{patientKey, QString()}); it != m_entries.end() && it->first.first == patientKey; ++it) {
        if (!it->second.pending)
            out << it->second.alarm;
    }
    return out;
}

QList<Alarm> AlarmTracker::alarms() const
{
    QList<Alarm> out;
    for (const auto &[key, entry] : m_entries) {
        if (!entry.pending)
            out << entry.alarm;
    }
    return out;
}

} // namespace careledger::core
