#include "RecordsTestSupport.h"

#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// History entries and prescriptions: every change is a new version, nothing is overwritten,
// and the rules for amending and ending a prescription hold.
class TestRecordVersions : public QObject {
    Q_OBJECT

    static QByteArray storedCiphertext(Clinic &clinic, const QByteArray &recordId, qint64 version)
    {
        auto st = WorkstationAccess::state(clinic.ws()).store->database().prepare(
            "SELECT ciphertext FROM record_payloads WHERE record_id = ?1 AND version = ?2");
        st->bindBlob(1, recordId).bind(2, version);
        return st->step().value() ? st->blob(0) : QByteArray();
    }

private Q_SLOTS:
    void historyEntriesKeepEveryVersion()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        auto &doctor = clinic.as(kDoctorName);
        auto id = doctor.charts().addHistory(patient, sampleHistory());
        CL_VERIFY_OK(id);
        QCOMPARE(id->size(), 16);
        const QByteArray first = storedCiphertext(clinic, *id, 1);
        QVERIFY(!first.isEmpty());

        core::HistoryEntry resolved = sampleHistory();
        resolved.status = core::ProblemStatus::Resolved;
        auto noReason = doctor.charts().updateHistory(patient, *id, resolved, QStringLiteral("   "));
        QCOMPARE(codeOf(noReason), QStringLiteral("InvalidInput"));
        QVERIFY(!noReason.message().isEmpty());

        clinic.clock().advance(3600);
        auto &other = clinic.as(kOtherDoctorName);
        auto v2 = other.charts().updateHistory(patient, *id, resolved, QStringLiteral("HbA1c normal for a year"));
        CL_VERIFY_OK(v2);
        QCOMPARE(*v2, quint64(2));
        QCOMPARE(storedCiphertext(clinic, *id, 1), first);
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM record_payloads WHERE record_id = ?1", *id), 2);

        auto versions = other.charts().versions(patient, *id);
        CL_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).info.version, quint64(1));
        QCOMPARE(std::get<core::HistoryEntry>(versions->at(0).value), sampleHistory());
        QCOMPARE(versions->at(0).info.authorship.authorName, QStringLiteral("Dr. Claire Martin"));
        QCOMPARE(versions->at(0).info.authorship.authorRole, QStringLiteral("doctor"));
        QVERIFY(versions->at(0).info.authorship.changeReason.isEmpty());
        QCOMPARE(std::get<core::HistoryEntry>(versions->at(1).value), resolved);
        QCOMPARE(versions->at(1).info.authorship.authorName, QStringLiteral("Dr. Hugo Lenoir"));
        QCOMPARE(versions->at(1).info.authorship.changeReason, QStringLiteral("HbA1c normal for a year"));
        QCOMPARE(versions->at(1).info.authorship.authorKeyId, other.currentUser()->signingKeyId);
        QCOMPARE(versions->at(1).info.authorship.writtenAt, clinic.clock().now->toUTC());
        QVERIFY(versions->at(0).info.transactionId != versions->at(1).info.transactionId);

        auto chart = other.charts().open(patient);
        CL_VERIFY_OK(chart);
        QVERIFY(chart->history);
        QCOMPARE(chart->history->size(), 1);
        const HistoryItem &item = chart->history->first();
        QCOMPARE(item.entry, resolved);
        QCOMPARE(item.current.version, quint64(2));
        QCOMPARE(item.firstAuthorName, QStringLiteral("Dr. Claire Martin"));
        QCOMPARE(item.firstWrittenAt, versions->at(0).info.authorship.writtenAt);

        // An entry whose onset precedes the patient's birth is refused with the form's message.
        core::HistoryEntry early = sampleHistory();
        early.onsetDate = QDate(1960, 1, 1);
        QCOMPARE(codeOf(other.charts().addHistory(patient, early)), QStringLiteral("InvalidInput"));
        // A record of another patient is not found through this one.
        const PatientId stranger = clinic.registerPatient(sampleDemographics(QStringLiteral("Otto"), QStringLiteral("Fremd")));
        auto &doctorAgain = clinic.as(kDoctorName);
        QCOMPARE(codeOf(doctorAgain.charts().updateHistory(stranger, *id, resolved, QStringLiteral("wrong patient"))), QStringLiteral("NotFound"));
        QCOMPARE(codeOf(doctorAgain.charts().versions(stranger, *id)), QStringLiteral("NotFound"));
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM record_payloads WHERE record_id = ?1", *id), 2);
    }

    void prescriptionsAreAmendedAndEndedByRule()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        auto &doctor = clinic.as(kDoctorName);

        core::Prescription notActive = samplePrescription();
        notActive.status = core::PrescriptionStatus::Completed;
        QCOMPARE(codeOf(doctor.charts().prescribe(patient, notActive)), QStringLiteral("InvalidInput"));
        core::Prescription zeroDose = samplePrescription();
        zeroDose.dose = 0;
        QCOMPARE(codeOf(doctor.charts().prescribe(patient, zeroDose)), QStringLiteral("InvalidInput"));
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM record_payloads WHERE kind = 'prescription'"), 0);

        auto id = doctor.charts().prescribe(patient, samplePrescription());
        CL_VERIFY_OK(id);
        auto chart = doctor.charts().open(patient);
        CL_VERIFY_OK(chart);
        QCOMPARE(chart->prescriptions->size(), 1);
        // prescribedOn defaults to today.
        QCOMPARE(chart->prescriptions->first().prescription.prescribedOn, clinic.clock().now->date());
        QCOMPARE(chart->prescriptions->first().prescription.status, core::PrescriptionStatus::Active);
        QCOMPARE(chart->prescriptions->first().prescriberName, QStringLiteral("Dr. Claire Martin"));

        core::Prescription higher = samplePrescription();
        higher.dose = 2;
        higher.quantity = 120;
        QCOMPARE(codeOf(doctor.charts().amendPrescription(patient, *id, higher, QString())), QStringLiteral("InvalidInput"));
        clinic.clock().advance(86400);
        auto &other = clinic.as(kOtherDoctorName);
        auto v2 = other.charts().amendPrescription(patient, *id, higher, QStringLiteral("Glucose still high"));
        CL_VERIFY_OK(v2);
        QCOMPARE(*v2, quint64(2));
        QCOMPARE(codeOf(other.charts().setPrescriptionStatus(patient, *id, core::PrescriptionStatus::Active, QStringLiteral("x"))),
                 QStringLiteral("InvalidInput"));
        QCOMPARE(codeOf(other.charts().setPrescriptionStatus(patient, *id, core::PrescriptionStatus::Stopped, QString())),
                 QStringLiteral("InvalidInput"));
        auto v3 = other.charts().setPrescriptionStatus(patient, *id, core::PrescriptionStatus::Stopped, QStringLiteral("Gastric side effects"));
        CL_VERIFY_OK(v3);
        QCOMPARE(*v3, quint64(3));

        // Final: no further change of any kind.
        auto amendStopped = other.charts().amendPrescription(patient, *id, samplePrescription(), QStringLiteral("restart"));
        QCOMPARE(codeOf(amendStopped), QStringLiteral("InvalidInput"));
        QVERIFY2(amendStopped.message().contains(QStringLiteral("stopped")), qPrintable(amendStopped.message()));
        QCOMPARE(codeOf(other.charts().setPrescriptionStatus(patient, *id, core::PrescriptionStatus::Completed, QStringLiteral("done"))),
                 QStringLiteral("InvalidInput"));
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM record_payloads WHERE record_id = ?1", *id), 3);

        auto versions = other.charts().versions(patient, *id);
        CL_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 3);
        const auto &p1 = std::get<core::Prescription>(versions->at(0).value);
        const auto &p2 = std::get<core::Prescription>(versions->at(1).value);
        const auto &p3 = std::get<core::Prescription>(versions->at(2).value);
        QCOMPARE(p1.status, core::PrescriptionStatus::Active);
        QCOMPARE(p1.dose, 1.0);
        QCOMPARE(p2.status, core::PrescriptionStatus::Amended);
        QCOMPARE(p2.dose, 2.0);
        QCOMPARE(p2.prescribedOn, p1.prescribedOn);
        QCOMPARE(p3.status, core::PrescriptionStatus::Stopped);
        QCOMPARE(p3.dose, 2.0);
        QCOMPARE(versions->at(1).info.authorship.changeReason, QStringLiteral("Glucose still high"));
        QCOMPARE(versions->at(2).info.authorship.changeReason, QStringLiteral("Gastric side effects"));
        QCOMPARE(versions->at(2).info.authorship.authorName, QStringLiteral("Dr. Hugo Lenoir"));

        // Active and amended prescriptions come first, then the newest.
        auto second = other.charts().prescribe(patient, samplePrescription(QStringLiteral("Lisinopril")));
        CL_VERIFY_OK(second);
        clinic.clock().advance(60);
        auto third = other.charts().prescribe(patient, samplePrescription(QStringLiteral("Atorvastatin")));
        CL_VERIFY_OK(third);
        chart = other.charts().open(patient);
        CL_VERIFY_OK(chart);
        QCOMPARE(chart->prescriptions->size(), 3);
        QCOMPARE(chart->prescriptions->at(0).recordId, *third);
        QCOMPARE(chart->prescriptions->at(1).recordId, *second);
        QCOMPARE(chart->prescriptions->at(2).recordId, *id);
        QCOMPARE(chart->prescriptions->at(2).prescriberName, QStringLiteral("Dr. Claire Martin"));
        QCOMPARE(chart->prescriptions->at(2).current.authorship.authorName, QStringLiteral("Dr. Hugo Lenoir"));

        // Nurses read prescriptions but never write them.
        auto &nurse = clinic.as(kNurseName);
        QCOMPARE(codeOf(nurse.charts().prescribe(patient, samplePrescription())), QStringLiteral("PermissionDenied"));
        QCOMPARE(nurse.charts().open(patient)->prescriptions->size(), 3);
        QVERIFY(clinic.verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestRecordVersions)
#include "tst_record_versions.moc"
