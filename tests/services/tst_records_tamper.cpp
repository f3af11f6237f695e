#include "RecordsTestSupport.h"

#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// Clinical records altered behind the application's back (by someone holding the database
// key) are named by verify with their kind, and never decrypt into something else.
class TestRecordsTamper : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void alteredPrescriptionVersionIsNamed()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        auto &doctor = clinic.as(kDoctorName);
        auto id = doctor.charts().prescribe(patient, samplePrescription());
        CL_VERIFY_OK(id);
        core::Prescription amended = samplePrescription();
        amended.dose = 2;
        CL_VERIFY_OK(doctor.charts().amendPrescription(patient, *id, amended, QStringLiteral("Dose raised")));
        auto history = doctor.charts().addHistory(patient, sampleHistory());
        CL_VERIFY_OK(history);
        CL_VERIFY_OK(doctor.sealNow());
        QVERIFY(clinic.verify().ok());

        // One byte of version 2 of the prescription, flipped.
        QCOMPARE(clinic.tamper("UPDATE record_payloads SET ciphertext = substr(ciphertext, 1, 20) || "
                               "CASE WHEN substr(ciphertext, 21, 1) = X'00' THEN X'01' ELSE X'00' END || substr(ciphertext, 22) "
                               "WHERE record_id = ?1 AND version = ?2",
                               *id, 2),
                 1);
        VerifyResult r = clinic.verify();
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first(), QStringLiteral("prescription record %1: version 2 does not match its hash on the chain (altered)")
                                         .arg(QString::fromLatin1(id->toHex())));

        // The chart does not show a forged version: it reports the damage.
        auto &doc = clinic.as(kDoctorName);
        auto chart = doc.charts().open(patient);
        QCOMPARE(codeOf(chart), QStringLiteral("StoreUnavailable"));
        QVERIFY(!chart.message().isEmpty());
    }

    void swappedAndMissingVersionsAreNamed()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        auto &doctor = clinic.as(kDoctorName);
        auto first = doctor.charts().addHistory(patient, sampleHistory(QStringLiteral("Asthma")));
        auto second = doctor.charts().addHistory(patient, sampleHistory(QStringLiteral("Gout")));
        CL_VERIFY_OK(first);
        CL_VERIFY_OK(second);
        CL_VERIFY_OK(doctor.sealNow());

        // A valid ciphertext of another record copied over: its hash is not this record's,
        // and its associated data would not open here either.
        const QByteArray copy = "UPDATE record_payloads SET ciphertext = (SELECT ciphertext FROM record_payloads WHERE record_id = ?1) "
                                "WHERE record_id = X'" + second->toHex() + "'";
        QCOMPARE(clinic.tamper(copy.constData(), *first), 1);
        // The demographics row deleted outright.
        QByteArray demographics;
        {
            auto &admin = clinic.as(kAdminName);
            demographics = admin.patients().details(patient)->recordId;
        }
        QCOMPARE(clinic.tamper("DELETE FROM record_payloads WHERE record_id = ?1", demographics), 1);
        VerifyResult r = clinic.verify();
        const QString all = r.problems.join(u'\n');
        QCOMPARE(r.problems.size(), 2);
        QVERIFY2(r.problems.contains(QStringLiteral("history record %1: version 1 does not match its hash on the chain (altered)")
                                         .arg(QString::fromLatin1(second->toHex()))),
                 qPrintable(all));
        QVERIFY2(r.problems.filter(QStringLiteral("record %1: version 1 is on the chain").arg(QString::fromLatin1(demographics.toHex()))).size() == 1,
                 qPrintable(all));
    }

    void undoneRevocationAndDeletedGrantAreNamed()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        auto &admin = clinic.as(kAdminName);
        auto nurse = admin.consent().grantToStaff(patient, kNurseName, QDateTime());
        auto doctor = admin.consent().grantToStaff(patient, kOtherDoctorName, QDateTime());
        CL_VERIFY_OK(nurse);
        CL_VERIFY_OK(doctor);
        CL_VERIFY_OK(admin.consent().revoke(patient, *nurse, QStringLiteral("Left the ward")));
        CL_VERIFY_OK(admin.sealNow());
        QVERIFY(clinic.verify().ok());

        // Giving the nurse her access back behind the services' back, and deleting a grant.
        QCOMPARE(clinic.tamper("UPDATE consent_grants SET revoked_at = NULL, revoked_by = NULL, revoke_reason = NULL, revoke_tx_id = NULL "
                               "WHERE id = ?2",
                               {}, *nurse),
                 1);
        QCOMPARE(clinic.tamper("DELETE FROM consent_grants WHERE id = ?2", {}, *doctor), 1);
        VerifyResult r = clinic.verify();
        const QString all = r.problems.join(u'\n');
        QCOMPARE(r.problems.size(), 2);
        QVERIFY2(r.problems.filter(QStringLiteral("consent: the revocation of tx ")).size() == 1, qPrintable(all));
        QVERIFY2(r.problems.filter(QStringLiteral("on the chain is not stored (undone)")).size() == 1, qPrintable(all));
        QVERIFY2(r.problems.filter(QStringLiteral("on the chain is not stored (deleted)")).size() == 1, qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestRecordsTamper)
#include "tst_records_tamper.moc"
