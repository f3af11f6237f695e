// The alarm lifecycle: raised -> acknowledged -> resolved, latching of high priority, alarm
// delays, escalation once, a worse condition raising again, and a condition that returns.

#include "alerts/AlarmTracker.h"

#include <QLocale>
#include <QTest>

using namespace careledger::core;

namespace {

constexpr qint64 kSecond = 1000;
const QString kBed1 = QStringLiteral("patient-1");
const QString kBed2 = QStringLiteral("patient-2");
const QString kNurse = QStringLiteral("staff-7");

AlarmCondition condition(const char *key, AlarmPriority priority, const char *text = "text")
{
    return AlarmCondition{QLatin1String(key), priority, QLatin1String(text), false};
}

// Tracker without delays or escalation, so each test turns on only what it checks.
AlarmTracker plainTracker()
{
    AlarmTrackerSettings s;
    s.delayMs.clear();
    s.escalateHighAfterMs = 0;
    s.escalateMediumAfterMs = 0;
    s.escalateLowAfterMs = 0;
    return AlarmTracker(s);
}

QList<AlarmEventType> types(const QList<AlarmEvent> &events)
{
    QList<AlarmEventType> out;
    for (const AlarmEvent &e : events)
        out << e.type;
    return out;
}

using T = AlarmEventType;

} // namespace

class TestAlarmTracker : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void defaults();
    void mediumRaisedAcknowledgedResolved();
    void mediumAndLowResolveByThemselves();
    void highLatchesUntilAcknowledged();
    void highAcknowledgedWhileActiveResolvesWhenClear();
    void latchedConditionReturningIsTheSameAlarm();
    void delayCutsShortConditions();
    void delayRaisesOnTheTimerWithoutANewReading();
    void delaysAreConfigurable();
    void escalatesOnceWhenUnacknowledged();
    void acknowledgementPreventsEscalation();
    void lowPriorityDoesNotEscalateByDefault();
    void worseConditionRaisesAgain();
    void betterConditionKeepsThePriority();
    void conditionReturningAfterResolveRaisesAnew();
    void acknowledgeErrors();
    void patientsAreIndependent();
    void forgetDropsSilently();
    void restoredAlarmContinuesAfterARestart();
    void technicalAlarmsShareTheLifecycle();
    void fromEvaluationToEvents();
};

void TestAlarmTracker::defaults()
{
    const AlarmTrackerSettings s;
    QCOMPARE(s.delayFor(QStringLiteral("heart-rate")), 3 * kSecond);
    QCOMPARE(s.delayFor(QStringLiteral("spo2")), 10 * kSecond);
    QCOMPARE(s.delayFor(QStringLiteral("news2")), 0);
    QVERIFY(s.escalateAfter(AlarmPriority::High) > 0);
    QVERIFY(s.escalateAfter(AlarmPriority::Medium) > s.escalateAfter(AlarmPriority::High));
    QCOMPARE(s.escalateAfter(AlarmPriority::Low), 0);
    QCOMPARE(alarmEventTypeId(AlarmEventType::Acknowledged), QStringLiteral("acknowledged"));
}

void TestAlarmTracker::mediumRaisedAcknowledgedResolved()
{
    AlarmTracker tracker = plainTracker();
    auto events = tracker.update(kBed1, {condition("heart-rate", AlarmPriority::Medium, "Heart rate 118 /min")}, 1000);
    QCOMPARE(types(events), QList<T>{T::Raised});
    QCOMPARE(events[0].alarm.patientKey, kBed1);
    QCOMPARE(events[0].alarm.conditionKey, QStringLiteral("heart-rate"));
    QCOMPARE(events[0].alarm.priority, AlarmPriority::Medium);
    QCOMPARE(events[0].alarm.text, QStringLiteral("Heart rate 118 /min"));
    QCOMPARE(events[0].alarm.raisedAtMs, 1000);
    QCOMPARE(events[0].atMs, 1000);

    // Still true on the next reading: nothing new.
    QVERIFY(tracker.update(kBed1, {condition("heart-rate", AlarmPriority::Medium)}, 2000).isEmpty());

    auto ack = tracker.acknowledge(kBed1, QStringLiteral("heart-rate"), kNurse, 2500);
    QVERIFY(ack.ok());
    QCOMPARE(types(*ack), QList<T>{T::Acknowledged});
    QCOMPARE(ack->at(0).alarm.acknowledgedBy, kNurse);
    QCOMPARE(ack->at(0).alarm.acknowledgedAtMs, 2500);
    QVERIFY(tracker.alarm(kBed1, QStringLiteral("heart-rate"))->acknowledged());

    events = tracker.update(kBed1, {}, 3000);
    QCOMPARE(types(events), QList<T>{T::Resolved});
    QCOMPARE(events[0].alarm.acknowledgedBy, kNurse);
    QVERIFY(!tracker.alarm(kBed1, QStringLiteral("heart-rate")));
    QVERIFY(tracker.alarms().isEmpty());
}

void TestAlarmTracker::mediumAndLowResolveByThemselves()
{
    AlarmTracker tracker = plainTracker();
    auto events = tracker.update(kBed1, {condition("heart-rate", AlarmPriority::Medium), condition("temperature", AlarmPriority::Low)}, 0);
    QCOMPARE(types(events), (QList<T>{T::Raised, T::Raised}));
    events = tracker.update(kBed1, {}, 1000);
    QCOMPARE(types(events), (QList<T>{T::Resolved, T::Resolved}));
    QVERIFY(!events[0].alarm.acknowledged());
    QVERIFY(!events[0].alarm.conditionActive);
    QVERIFY(tracker.alarms(kBed1).isEmpty());
}

void TestAlarmTracker::highLatchesUntilAcknowledged()
{
    AlarmTracker tracker = plainTracker();
    QCOMPARE(types(tracker.update(kBed1, {condition("spo2", AlarmPriority::High)}, 0)), QList<T>{T::Raised});
    QVERIFY(tracker.update(kBed1, {}, 1000).isEmpty()); // cleared, but nobody has seen it
    auto alarm = tracker.alarm(kBed1, QStringLiteral("spo2"));
    QVERIFY(alarm);
    QVERIFY(alarm->latched());
    QVERIFY(!alarm->conditionActive);
    QVERIFY(tracker.update(kBed1, {}, 60 * kSecond).isEmpty());
    QVERIFY(tracker.alarm(kBed1, QStringLiteral("spo2")));

    const auto ack = tracker.acknowledge(kBed1, QStringLiteral("spo2"), kNurse, 61 * kSecond);
    QVERIFY(ack.ok());
    QCOMPARE(types(*ack), (QList<T>{T::Acknowledged, T::Resolved}));
    QVERIFY(!tracker.alarm(kBed1, QStringLiteral("spo2")));
}

void TestAlarmTracker::highAcknowledgedWhileActiveResolvesWhenClear()
{
    AlarmTracker tracker = plainTracker();
    (void)tracker.update(kBed1, {condition("spo2", AlarmPriority::High)}, 0);
    QCOMPARE(types(*tracker.acknowledge(kBed1, QStringLiteral("spo2"), kNurse, 500)), QList<T>{T::Acknowledged});
    QVERIFY(tracker.update(kBed1, {condition("spo2", AlarmPriority::High)}, 1000).isEmpty());
    QCOMPARE(types(tracker.update(kBed1, {}, 2000)), QList<T>{T::Resolved});
}

void TestAlarmTracker::latchedConditionReturningIsTheSameAlarm()
{
    AlarmTracker tracker = plainTracker();
    (void)tracker.update(kBed1, {condition("spo2", AlarmPriority::High)}, 0);
    (void)tracker.update(kBed1, {}, 1000);
    QVERIFY(tracker.update(kBed1, {condition("spo2", AlarmPriority::High, "again")}, 2000).isEmpty());
    const auto alarm = tracker.alarm(kBed1, QStringLiteral("spo2"));
    QVERIFY(alarm->conditionActive);
    QCOMPARE(alarm->raisedAtMs, 0);
    QCOMPARE(alarm->text, QStringLiteral("again"));
    // Acknowledged while active again: it stays until the condition clears.
    QCOMPARE(types(*tracker.acknowledge(kBed1, QStringLiteral("spo2"), kNurse, 3000)), QList<T>{T::Acknowledged});
    QCOMPARE(types(tracker.update(kBed1, {}, 4000)), QList<T>{T::Resolved});
}

// Heart rate must hold for 3 s and SpO2 for 10 s before an alarm: a blip raises nothing.
void TestAlarmTracker::delayCutsShortConditions()
{
    AlarmTrackerSettings s;
    s.escalateHighAfterMs = s.escalateMediumAfterMs = 0;
    AlarmTracker tracker(s);
    const auto hr = condition("heart-rate", AlarmPriority::Medium);
    QVERIFY(tracker.update(kBed1, {hr}, 0).isEmpty());
    QVERIFY(tracker.update(kBed1, {hr}, 1000).isEmpty());
    QVERIFY(tracker.update(kBed1, {hr}, 2999).isEmpty());
    QVERIFY(!tracker.alarm(kBed1, QStringLiteral("heart-rate"))); // pending is not raised
    QVERIFY(tracker.update(kBed1, {}, 3100).isEmpty());         // cleared within the delay: no trace
    QVERIFY(tracker.update(kBed1, {hr}, 3500).isEmpty());        // the delay starts over
    QVERIFY(tracker.update(kBed1, {hr}, 6400).isEmpty());
    auto events = tracker.update(kBed1, {hr}, 6500);
    QCOMPARE(types(events), QList<T>{T::Raised});
    QCOMPARE(events[0].alarm.raisedAtMs, 6500);

    const auto spo2 = condition("spo2", AlarmPriority::High);
    QVERIFY(tracker.update(kBed1, {hr, spo2}, 7000).isEmpty());
    QVERIFY(tracker.update(kBed1, {hr, spo2}, 16999).isEmpty());
    QCOMPARE(types(tracker.update(kBed1, {hr, spo2}, 17000)), QList<T>{T::Raised});

    // A condition without a configured delay (the NEWS2 aggregate) is raised at once.
    QCOMPARE(types(tracker.update(kBed1, {hr, spo2, condition("news2", AlarmPriority::High)}, 17500)), QList<T>{T::Raised});
}

void TestAlarmTracker::delayRaisesOnTheTimerWithoutANewReading()
{
    AlarmTrackerSettings s;
    s.escalateHighAfterMs = 0;
    AlarmTracker tracker(s);
    QVERIFY(tracker.update(kBed1, {condition("spo2", AlarmPriority::High)}, 0).isEmpty());
    QVERIFY(tracker.advance(9000).isEmpty());
    const auto events = tracker.advance(10000);
    QCOMPARE(types(events), QList<T>{T::Raised});
    QCOMPARE(events[0].alarm.patientKey, kBed1);
    QVERIFY(tracker.advance(11000).isEmpty());
}

void TestAlarmTracker::delaysAreConfigurable()
{
    AlarmTrackerSettings s;
    s.delayMs.insert(QStringLiteral("heart-rate"), 0);
    s.defaultDelayMs = 5000;
    AlarmTracker tracker(s);
    QCOMPARE(types(tracker.update(kBed1, {condition("heart-rate", AlarmPriority::Low)}, 0)), QList<T>{T::Raised});
    QVERIFY(tracker.update(kBed1, {condition("heart-rate", AlarmPriority::Low), condition("temperature", AlarmPriority::Low)}, 0).isEmpty());
    QCOMPARE(types(tracker.advance(5000)), QList<T>{T::Raised});
}

void TestAlarmTracker::escalatesOnceWhenUnacknowledged()
{
    AlarmTrackerSettings s;
    s.delayMs.clear();
    s.escalateHighAfterMs = 60 * kSecond;
    AlarmTracker tracker(s);
    (void)tracker.update(kBed1, {condition("spo2", AlarmPriority::High)}, 0);
    QVERIFY(tracker.advance(59 * kSecond).isEmpty());
    auto events = tracker.advance(60 * kSecond);
    QCOMPARE(types(events), QList<T>{T::Escalated});
    QVERIFY(events[0].alarm.escalated);
    QCOMPARE(events[0].alarm.priority, AlarmPriority::High);
    QVERIFY(tracker.alarm(kBed1, QStringLiteral("spo2"))->escalated);
    QVERIFY(tracker.advance(120 * kSecond).isEmpty());
    QVERIFY(tracker.update(kBed1, {condition("spo2", AlarmPriority::High)}, 180 * kSecond).isEmpty());

    // A latched alarm nobody acknowledges escalates too.
    (void)tracker.update(kBed2, {condition("spo2", AlarmPriority::High)}, 0);
    (void)tracker.update(kBed2, {}, 1000);
    QCOMPARE(types(tracker.update(kBed2, {}, 60 * kSecond)), QList<T>{T::Escalated});
}

void TestAlarmTracker::acknowledgementPreventsEscalation()
{
    AlarmTrackerSettings s;
    s.delayMs.clear();
    AlarmTracker tracker(s);
    (void)tracker.update(kBed1, {condition("heart-rate", AlarmPriority::Medium)}, 0);
    QVERIFY(tracker.acknowledge(kBed1, QStringLiteral("heart-rate"), kNurse, 30 * kSecond).ok());
    QVERIFY(tracker.advance(10 * 60 * kSecond).isEmpty());
}

void TestAlarmTracker::lowPriorityDoesNotEscalateByDefault()
{
    AlarmTrackerSettings s;
    s.delayMs.clear();
    AlarmTracker tracker(s);
    (void)tracker.update(kBed1, {condition("temperature", AlarmPriority::Low)}, 0);
    QVERIFY(tracker.advance(24 * 3600 * kSecond).isEmpty());
}

// SpO2 falls from 92 % (medium) to 89 % (high) after the nurse acknowledged: the alarm is
// raised again at high, unacknowledged, with a fresh escalation clock.
void TestAlarmTracker::worseConditionRaisesAgain()
{
    AlarmTrackerSettings s;
    s.delayMs.clear();
    s.escalateHighAfterMs = 60 * kSecond;
    AlarmTracker tracker(s);
    (void)tracker.update(kBed1, {condition("spo2", AlarmPriority::Medium, "SpO2 92 %")}, 0);
    QVERIFY(tracker.acknowledge(kBed1, QStringLiteral("spo2"), kNurse, 1000).ok());
    auto events = tracker.update(kBed1, {condition("spo2", AlarmPriority::High, "SpO2 89 %")}, 5000);
    QCOMPARE(types(events), QList<T>{T::Raised});
    QCOMPARE(events[0].alarm.priority, AlarmPriority::High);
    QCOMPARE(events[0].alarm.text, QStringLiteral("SpO2 89 %"));
    QVERIFY(!events[0].alarm.acknowledged());
    QCOMPARE(events[0].alarm.raisedAtMs, 5000);
    QVERIFY(tracker.advance(64 * kSecond).isEmpty());
    QCOMPARE(types(tracker.advance(65 * kSecond)), QList<T>{T::Escalated});
    // Now high: it latches.
    QVERIFY(tracker.update(kBed1, {}, 70 * kSecond).isEmpty());
    QVERIFY(tracker.alarm(kBed1, QStringLiteral("spo2"))->latched());
}

void TestAlarmTracker::betterConditionKeepsThePriority()
{
    AlarmTracker tracker = plainTracker();
    (void)tracker.update(kBed1, {condition("spo2", AlarmPriority::High, "SpO2 89 %")}, 0);
    QVERIFY(tracker.update(kBed1, {condition("spo2", AlarmPriority::Medium, "SpO2 92 %")}, 1000).isEmpty());
    const auto alarm = tracker.alarm(kBed1, QStringLiteral("spo2"));
    QCOMPARE(alarm->priority, AlarmPriority::High);
    QCOMPARE(alarm->text, QStringLiteral("SpO2 89 %"));
    // A pending condition that worsens within its delay is raised at the worse priority.
    AlarmTracker delayed;
    QVERIFY(delayed.update(kBed1, {condition("heart-rate", AlarmPriority::Low)}, 0).isEmpty());
    QVERIFY(delayed.update(kBed1, {condition("heart-rate", AlarmPriority::High)}, 1000).isEmpty());
    const auto events = delayed.update(kBed1, {condition("heart-rate", AlarmPriority::Medium)}, 3000);
    QCOMPARE(types(events), QList<T>{T::Raised});
    QCOMPARE(events[0].alarm.priority, AlarmPriority::High);
}

void TestAlarmTracker::conditionReturningAfterResolveRaisesAnew()
{
    AlarmTrackerSettings s;
    s.escalateMediumAfterMs = 0;
    AlarmTracker tracker(s);
    const auto hr = condition("heart-rate", AlarmPriority::Medium);
    (void)tracker.update(kBed1, {hr}, 0);
    QCOMPARE(types(tracker.update(kBed1, {hr}, 3000)), QList<T>{T::Raised});
    QCOMPARE(types(tracker.update(kBed1, {}, 4000)), QList<T>{T::Resolved});
    QVERIFY(tracker.update(kBed1, {hr}, 5000).isEmpty()); // the delay again
    const auto events = tracker.update(kBed1, {hr}, 8000);
    QCOMPARE(types(events), QList<T>{T::Raised});
    QCOMPARE(events[0].alarm.raisedAtMs, 8000);
    QVERIFY(!events[0].alarm.acknowledged());
}

void TestAlarmTracker::acknowledgeErrors()
{
    AlarmTracker tracker;
    auto result = tracker.acknowledge(kBed1, QStringLiteral("spo2"), kNurse, 0);
    QVERIFY(!result.ok());
    QCOMPARE(result.code(), AlertError::NotFound);
    QCOMPARE(result.message(), QStringLiteral("This alarm is no longer raised."));

    (void)tracker.update(kBed1, {condition("spo2", AlarmPriority::High)}, 0); // pending for 10 s
    QCOMPARE(tracker.acknowledge(kBed1, QStringLiteral("spo2"), kNurse, 1000).code(), AlertError::NotFound);

    (void)tracker.advance(10 * kSecond);
    QVERIFY(tracker.acknowledge(kBed1, QStringLiteral("spo2"), kNurse, 11 * kSecond).ok());
    result = tracker.acknowledge(kBed1, QStringLiteral("spo2"), QStringLiteral("staff-8"), 12 * kSecond);
    QCOMPARE(result.code(), AlertError::Invalid);
    QCOMPARE(tracker.alarm(kBed1, QStringLiteral("spo2"))->acknowledgedBy, kNurse);
    QCOMPARE(tracker.acknowledge(kBed2, QStringLiteral("spo2"), kNurse, 0).code(), AlertError::NotFound);
}

void TestAlarmTracker::patientsAreIndependent()
{
    AlarmTracker tracker = plainTracker();
    (void)tracker.update(kBed1, {condition("heart-rate", AlarmPriority::Medium)}, 0);
    (void)tracker.update(kBed2, {condition("heart-rate", AlarmPriority::Medium)}, 0);
    QCOMPARE(types(tracker.update(kBed2, {}, 1000)), QList<T>{T::Resolved});
    QCOMPARE(tracker.alarms(kBed1).size(), 1);
    QVERIFY(tracker.alarms(kBed2).isEmpty());
    QCOMPARE(tracker.alarms().size(), 1);
}

void TestAlarmTracker::forgetDropsSilently()
{
    AlarmTracker tracker = plainTracker();
    (void)tracker.update(kBed1, {condition("spo2", AlarmPriority::High)}, 0);
    (void)tracker.update(kBed2, {condition("spo2", AlarmPriority::High)}, 0);
    tracker.forget(kBed1);
    QVERIFY(tracker.alarms(kBed1).isEmpty());
    QCOMPARE(tracker.alarms(kBed2).size(), 1);
    QVERIFY(tracker.advance(3600 * kSecond).isEmpty());
}

void TestAlarmTracker::restoredAlarmContinuesAfterARestart()
{
    // Before the restart: a high alarm raised, and a medium one acknowledged.
    AlarmTracker before = plainTracker();
    (void)before.update(kBed1, {condition("spo2", AlarmPriority::High), condition("heart-rate", AlarmPriority::Medium)}, 0);
    QVERIFY(before.acknowledge(kBed1, QStringLiteral("heart-rate"), kNurse, 1000).ok());

    AlarmTracker after = plainTracker();
    for (const Alarm &alarm : before.alarms(kBed1))
        after.restore(alarm);
    QCOMPARE(after.alarms(kBed1).size(), 2);
    // Still true: nothing new is raised.
    QVERIFY(after.update(kBed1, {condition("spo2", AlarmPriority::High), condition("heart-rate", AlarmPriority::Medium)}, 5000).isEmpty());
    // Cleared: the acknowledged one resolves, the high one latches until acknowledged.
    QCOMPARE(types(after.update(kBed1, {}, 6000)), QList<T>{T::Resolved});
    QVERIFY(after.alarm(kBed1, QStringLiteral("spo2"))->latched());
    const auto acked = after.acknowledge(kBed1, QStringLiteral("spo2"), kNurse, 7000);
    QVERIFY(acked.ok());
    QCOMPARE(types(*acked), (QList<T>{T::Acknowledged, T::Resolved}));
    QVERIFY(after.alarms(kBed1).isEmpty());
}

void TestAlarmTracker::technicalAlarmsShareTheLifecycle()
{
    AlarmTracker tracker = plainTracker();
    const AlarmCondition probeOff{QStringLiteral("implausible:spo2"), AlarmPriority::Medium, QStringLiteral("probe"), true};
    const auto events = tracker.update(kBed1, {probeOff}, 0);
    QCOMPARE(types(events), QList<T>{T::Raised});
    QVERIFY(events[0].alarm.technical);
    QCOMPARE(types(tracker.update(kBed1, {}, 1000)), QList<T>{T::Resolved});
}

void TestAlarmTracker::fromEvaluationToEvents()
{
    VitalSnapshot values;
    values.set(VitalSign::SpO2, 89, 0);
    values.set(VitalSign::HeartRate, 118, 0);
    AlarmTracker tracker; // default delays: heart rate 3 s, SpO2 10 s
    QList<AlarmEvent> raised;
    for (qint64 t = 0; t <= 10 * kSecond; t += kSecond) {
        values.set(VitalSign::SpO2, 89, t);
        values.set(VitalSign::HeartRate, 118, t);
        raised << tracker.update(kBed1, evaluate(values, t, RuleSet::news2()).conditions(), t);
    }
    // SpO2 3 + heart rate 2 is a NEWS2 of at least 5, which has no delay.
    QCOMPARE(raised.size(), 3);
    QCOMPARE(raised[0].alarm.conditionKey, QStringLiteral("news2"));
    QCOMPARE(raised[0].alarm.priority, AlarmPriority::Medium);
    QCOMPARE(raised[0].alarm.text, QStringLiteral("NEWS2 5 \u2265 5 (partial)"));
    QCOMPARE(raised[0].atMs, 0);
    QCOMPARE(raised[1].alarm.conditionKey, QStringLiteral("heart-rate"));
    QCOMPARE(raised[1].atMs, 3 * kSecond);
    QCOMPARE(raised[1].alarm.text, QStringLiteral("Heart rate 118 /min \u2265 111 /min"));
    QCOMPARE(raised[2].alarm.conditionKey, QStringLiteral("spo2"));
    QCOMPARE(raised[2].alarm.priority, AlarmPriority::High);
    QCOMPARE(raised[2].atMs, 10 * kSecond);
    for (const AlarmEvent &e : raised)
        QCOMPARE(e.type, AlarmEventType::Raised);
}

QTEST_GUILESS_MAIN(TestAlarmTracker)
#include "tst_alarm_tracker.moc"
