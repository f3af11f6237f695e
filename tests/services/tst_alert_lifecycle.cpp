#include "VitalsTestSupport.h"

#include "ledger/TxBodies.h"
#include "services/RecordCommitter.h"

#include <QSignalSpy>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;
using sensors::VitalParameter;

// An alarm as the ward lives it: raised after its delay, latched while high, acknowledged by
// a named clinician on the chain, escalated when nobody answers, and shaped by a doctor's
// per-patient limits.
class TestAlertLifecycle : public QObject {
    Q_OBJECT

    struct Bed {
        Clinic clinic;
        PatientId patient;
        QString device;
        quint64 sequence = 0;

        explicit Bed(const QString &user = kNurseName)
        {
            patient = clinic.registerPatient();
            device = pairedDevice(clinic, patient, clinic.clock().now->addSecs(-60));
            clinic.as(user);
        }
        Workstation &ws() { return clinic.ws(); }
        void spo2(double value, qint64 afterSeconds = 1)
        {
            clinic.clock().advance(afterSeconds);
            ws().vitals().ingest(reading(device, ++sequence, *clinic.clock().now,
                                         {measured(VitalParameter::SpO2, value), measured(VitalParameter::HeartRate, 80)}));
        }
        QList<AlertInfo> alerts()
        {
            auto list = ws().vitals().alerts();
            if (!list)
                qFatal("%s", qPrintable(outcome(list)));
            return *list;
        }
    };

private slots:
    void lowSpO2RaisesAfterItsDelayAndIsStoredAtFlush()
    {
        Bed bed;
        QSignalSpy raised(&bed.ws().vitals(), &VitalsService::alertRaised);
        bed.spo2(89);
        bed.spo2(89, 5);
        QCOMPARE(raised.count(), 0); // SpO2 must hold for 10 s
        bed.spo2(89, 6);
        QCOMPARE(raised.count(), 1);
        const auto notice = raised.first().first().value<AlertNotice>();
        QCOMPARE(notice.patient, bed.patient);
        QCOMPARE(notice.priority, core::AlarmPriority::High);
        QVERIFY(!notice.technical);
        QVERIFY(!notice.escalated);
        QVERIFY2(notice.text.contains(QStringLiteral("89")), qPrintable(notice.text));
        // The notice names the record number (for a notification), never the name.
        auto details = bed.ws().patients().details(bed.patient);
        CL_VERIFY_OK(details);
        QCOMPARE(notice.mrn, details->summary.mrn);

        QCOMPARE(bed.clinic.count("SELECT COUNT(*) FROM alerts"), 0); // the alarm did not wait for the store
        CL_VERIFY_OK(bed.ws().vitals().flush());
        QCOMPARE(bed.clinic.count("SELECT COUNT(*) FROM alerts WHERE state = 'active' AND priority = 3"), 1);
        const auto list = bed.alerts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, notice.alertId);
        QCOMPARE(list.first().conditionKey, QStringLiteral("spo2"));
        QVERIFY(list.first().patientName.contains(QStringLiteral("Maria")));
    }

    void highLatchesUntilANurseAcknowledgesOnTheChain()
    {
        Bed bed;
        bed.spo2(88);
        bed.spo2(88, 11);
        bed.spo2(97, 5); // the condition clears; a high alarm stays
        auto list = bed.alerts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().state, AlertState::Active);
        const QByteArray id = list.first().id;

        CL_VERIFY_OK(bed.ws().vitals().acknowledge(id));
        const auto acks = pendingOf(bed.ws(), ledger::TxType::AlertAck);
        QCOMPARE(acks.size(), 1);
        QCOMPARE(acks.first().signerKeyId, bed.ws().currentUser()->signingKeyId); // the nurse answers for it
        const auto body = std::get<ledger::AlertAckBody>(acks.first().body);
        QCOMPARE(body.alertId.toHex(), id);
        QCOMPARE(body.pseudonym, bed.patient);
        QCOMPARE(bed.clinic.count("SELECT COUNT(*) FROM alerts WHERE ack_tx_id IS NOT NULL AND acknowledged_by IS NOT NULL"), 1);
        QCOMPARE(bed.clinic.lastAudit().action, QStringLiteral("acknowledge-alert"));

        QCOMPARE(codeOf(bed.ws().vitals().acknowledge(id)), QStringLiteral("AlreadyExists"));
        // Acknowledged while cleared: the latched alarm resolves.
        list = bed.alerts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().state, AlertState::Resolved);
        QCOMPARE(list.first().acknowledgedBy, QStringLiteral("Piotr Kowalski"));
        CL_VERIFY_OK(bed.ws().vitals().flush());
        QCOMPARE(bed.clinic.count("SELECT COUNT(*) FROM alerts WHERE state = 'resolved' AND ack_tx_id IS NOT NULL"), 1);
    }

    void openAlarmCarriesOverToTheNextSession()
    {
        Bed bed;
        bed.spo2(88);
        bed.spo2(88, 11);
        QCOMPARE(bed.alerts().size(), 1);
        bed.clinic.as(kDoctorName); // sign-out flushes; the doctor's session starts from the store
        QSignalSpy raised(&bed.ws().vitals(), &VitalsService::alertRaised);
        bed.spo2(88, 2);
        bed.spo2(88, 11);
        QCOMPARE(raised.count(), 0); // the same alarm, not a second one
        auto list = bed.alerts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().state, AlertState::Active);
        bed.spo2(97, 1); // cleared: a high alarm stays until acknowledged
        QCOMPARE(bed.alerts().first().state, AlertState::Active);
        CL_VERIFY_OK(bed.ws().vitals().acknowledge(list.first().id));
        QCOMPARE(bed.alerts().first().state, AlertState::Resolved);
    }

    void unansweredAlarmEscalates()
    {
        Bed bed;
        QSignalSpy raised(&bed.ws().vitals(), &VitalsService::alertRaised);
        bed.spo2(88);
        bed.spo2(88, 11);
        QCOMPARE(raised.count(), 1);
        for (int i = 0; i < 5; ++i)
            bed.spo2(88, 10);
        bed.ws().vitals().advance();
        QCOMPARE(raised.count(), 1); // 50 s after it was raised
        bed.clinic.clock().advance(11); // high escalates after 60 s without acknowledgement
        bed.ws().vitals().advance();
        QCOMPARE(raised.count(), 2);
        QVERIFY(raised.last().first().value<AlertNotice>().escalated);
        QVERIFY(bed.alerts().first().escalated);
    }

    void silentDeviceRaisesATechnicalAlarm()
    {
        Bed bed;
        QSignalSpy raised(&bed.ws().vitals(), &VitalsService::alertRaised);
        bed.spo2(97);
        bed.clinic.clock().advance(31);
        bed.ws().vitals().advance();
        QCOMPARE(raised.count(), 1);
        const auto notice = raised.first().first().value<AlertNotice>();
        QVERIFY(notice.technical);
        QCOMPARE(bed.alerts().first().conditionKey, QStringLiteral("device-silent"));
        bed.spo2(97); // readings again: the technical alarm ends
        QCOMPARE(bed.alerts().first().state, AlertState::Resolved);
    }

    void doctorsOverrideChangesWhatIsFlaggedAndIsOnTheChain()
    {
        Bed bed(kDoctorName);
        core::PatientAlertSettings settings;
        settings.limits.append(core::LimitOverride{core::VitalSign::SpO2, 85.0, std::nullopt, core::AlarmPriority::High});
        CL_VERIFY_OK(bed.ws().vitals().setAlertSettings(bed.patient, settings, QStringLiteral("Chronic hypercapnic respiratory failure")));
        const auto puts = pendingOf(bed.ws(), ledger::TxType::RecordPut);
        QVERIFY(!puts.isEmpty());
        const auto put = std::get<ledger::RecordPutBody>(puts.last().body);
        QCOMPARE(put.pseudonym, bed.patient);
        QCOMPARE(put.recordKind, *RecordCommitter::kindCode(QStringLiteral("threshold-override")));
        QCOMPARE(bed.ws().vitals().alertSettings(bed.patient).value(), settings);

        QSignalSpy raised(&bed.ws().vitals(), &VitalsService::alertRaised);
        bed.spo2(89);
        bed.spo2(89, 11);
        QCOMPARE(raised.count(), 0); // 89 % is above this patient's limit
        bed.spo2(84);
        bed.spo2(84, 11);
        QCOMPARE(raised.count(), 1);

        // Read back after a new session: the settings are in the store, not only in memory.
        Workstation &nurse = bed.clinic.as(kNurseName);
        QCOMPARE(nurse.vitals().alertSettings(bed.patient).value(), settings);
        QCOMPARE(codeOf(nurse.vitals().setAlertSettings(bed.patient, {}, QStringLiteral("Back to the defaults"))),
                 QStringLiteral("PermissionDenied"));
    }
};

QTEST_GUILESS_MAIN(TestAlertLifecycle)
#include "tst_alert_lifecycle.moc"
