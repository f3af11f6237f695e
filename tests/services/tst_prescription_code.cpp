#include "KioskTestSupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// The verification code on a printed prescription: staff check it against the chain and
// learn whether the paper shows the current version, a superseded one, nothing real, or a
// version whose stored copy was altered.
class TestPrescriptionCode : public QObject {
    Q_OBJECT

    struct Printed {
        PatientId patient;
        QByteArray recordId;
        PrescriptionDocument document;
    };

    static PrescriptionDocument documentFor(Clinic &clinic, const PatientId &patient, const QByteArray &recordId)
    {
        Workstation &ws = kioskPatient(clinic, patient);
        auto doc = ws.kiosk().prescriptionDocument(recordId);
        if (!doc)
            qFatal("%s", qPrintable(outcome(doc)));
        closeKiosk(clinic);
        return *doc;
    }

    static Printed printedPrescription(Clinic &clinic)
    {
        Printed p;
        p.patient = registerWithPin(clinic, sampleDemographics(), kPin);
        auto &doctor = clinic.as(kDoctorName);
        p.recordId = doctor.charts().prescribe(p.patient, samplePrescription()).value();
        if (!doctor.sealNow())
            qFatal("seal failed");
        p.document = documentFor(clinic, p.patient, p.recordId);
        return p;
    }

private Q_SLOTS:
    void documentCarriesWhatThePageShows()
    {
        Clinic clinic;
        const Printed p = printedPrescription(clinic);
        const PrescriptionDocument &d = p.document;
        QCOMPARE(d.recordId, p.recordId);
        QCOMPARE(d.version, quint64(1));
        QCOMPARE(d.prescription.medication, QStringLiteral("Metformin"));
        QCOMPARE(d.prescription.route, QStringLiteral("oral"));
        QCOMPARE(d.prescription.frequency, QStringLiteral("twice daily"));
        QCOMPARE(d.prescription.status, core::PrescriptionStatus::Active);
        QCOMPARE(d.prescriberName, QStringLiteral("Dr. Claire Martin"));
        QCOMPARE(d.patientName, QStringLiteral("Maria Schmidt"));
        QCOMPARE(d.mrn, core::formatMrn(mrnOf(clinic, p.patient)));
        QCOMPARE(d.birthDate, QDate(1970, 5, 14));
        QVERIFY(d.versionWrittenAt.isValid());
        static const QRegularExpression format(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"));
        QVERIFY2(format.match(d.verificationCode).hasMatch(), qPrintable(d.verificationCode));
        // The same version always prints the same code.
        QCOMPARE(documentFor(clinic, p.patient, p.recordId).verificationCode, d.verificationCode);
    }

    void codeVerifiesAsCurrent()
    {
        Clinic clinic;
        const Printed p = printedPrescription(clinic);
        auto &doctor = clinic.as(kDoctorName);
        const qint64 before = clinic.auditCount();
        auto check = doctor.kiosk().verifyPrescriptionCode(p.document.verificationCode);
        CL_VERIFY_OK(check);
        QCOMPARE(check->status, PrescriptionCodeStatus::Current);
        QCOMPARE(check->patient, p.patient);
        QCOMPARE(check->recordId, p.recordId);
        QCOMPARE(check->codeVersion, quint64(1));
        QCOMPARE(check->currentVersion, quint64(1));
        QCOMPARE(check->mrn, p.document.mrn);
        QVERIFY(!check->transactionId.isEmpty());
        QVERIFY(check->printed.has_value());
        QCOMPARE(check->printed->medication, QStringLiteral("Metformin"));
        QCOMPARE(check->currentStatus, core::PrescriptionStatus::Active);
        QVERIFY(!check->summary.isEmpty());
        const auto entries = auditSince(clinic, before);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().action, QStringLiteral("verify-prescription"));
        QCOMPARE(entries.first().pseudonym, p.patient);

        // As typed by hand: lower case, no dashes, spaces, O for 0 and l for 1.
        QString typed = p.document.verificationCode.toLower();
        typed.remove(u'-');
        typed.insert(8, u' ');
        typed.replace(u'0', u'o').replace(u'1', u'l');
        auto again = doctor.kiosk().verifyPrescriptionCode(typed);
        CL_VERIFY_OK(again);
        QCOMPARE(again->status, PrescriptionCodeStatus::Current);

        // The nurse sees the content too; the administrator only the verdict (no clinical
        // content for admins), with a refused entry in the log.
        auto nurse = clinic.as(kNurseName).kiosk().verifyPrescriptionCode(p.document.verificationCode);
        CL_VERIFY_OK(nurse);
        QVERIFY(nurse->printed.has_value());
        auto admin = clinic.as(kAdminName).kiosk().verifyPrescriptionCode(p.document.verificationCode);
        CL_VERIFY_OK(admin);
        QCOMPARE(admin->status, PrescriptionCodeStatus::Current);
        QVERIFY(!admin->printed.has_value());
        QVERIFY(clinic.lastAudit().refused);
        QCOMPARE(clinic.lastAudit().pseudonym, p.patient);
    }

    void amendedOrStoppedPrescriptionsAreSuperseded()
    {
        Clinic clinic;
        const Printed p = printedPrescription(clinic);
        auto &doctor = clinic.as(kDoctorName);
        core::Prescription higher = samplePrescription();
        higher.dose = 2;
        CL_VERIFY_OK(doctor.charts().amendPrescription(p.patient, p.recordId, higher, QStringLiteral("Glucose still high")));
        CL_VERIFY_OK(doctor.sealNow());
        auto old = doctor.kiosk().verifyPrescriptionCode(p.document.verificationCode);
        CL_VERIFY_OK(old);
        QCOMPARE(old->status, PrescriptionCodeStatus::Superseded);
        QCOMPARE(old->codeVersion, quint64(1));
        QCOMPARE(old->currentVersion, quint64(2));
        QCOMPARE(old->printed->dose, 1.0);
        QCOMPARE(old->currentStatus, core::PrescriptionStatus::Amended);
        QVERIFY2(old->summary.contains(QStringLiteral("2")), qPrintable(old->summary));

        const PrescriptionDocument amended = documentFor(clinic, p.patient, p.recordId);
        QCOMPARE(amended.version, quint64(2));
        QVERIFY(amended.verificationCode != p.document.verificationCode);
        auto &doc2 = clinic.as(kDoctorName);
        QCOMPARE(doc2.kiosk().verifyPrescriptionCode(amended.verificationCode)->status, PrescriptionCodeStatus::Current);

        CL_VERIFY_OK(doc2.charts().setPrescriptionStatus(p.patient, p.recordId, core::PrescriptionStatus::Stopped, QStringLiteral("Side effects")));
        CL_VERIFY_OK(doc2.sealNow());
        auto stopped = doc2.kiosk().verifyPrescriptionCode(amended.verificationCode);
        CL_VERIFY_OK(stopped);
        QCOMPARE(stopped->status, PrescriptionCodeStatus::Superseded);
        QCOMPARE(stopped->currentVersion, quint64(3));
        QCOMPARE(stopped->currentStatus, core::PrescriptionStatus::Stopped);
    }

    void garbageCodesAreRejected()
    {
        Clinic clinic;
        const Printed p = printedPrescription(clinic);
        auto &doctor = clinic.as(kDoctorName);
        for (const char *garbage : {"", "   ", "hello", "ABCD-EFGH", "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-67891"}) {
            auto r = doctor.kiosk().verifyPrescriptionCode(QString::fromUtf8(garbage));
            QVERIFY2(codeOf(r) == QStringLiteral("InvalidInput"), garbage);
            QVERIFY(!r.message().isEmpty());
        }
        auto length = doctor.kiosk().verifyPrescriptionCode(QStringLiteral("ABCD-EFGH"));
        QVERIFY2(length.message().contains(QStringLiteral("32")) && length.message().contains(QStringLiteral("8")), qPrintable(length.message()));
        QString badChar = p.document.verificationCode;
        badChar[3] = u'U'; // not in the alphabet
        auto character = doctor.kiosk().verifyPrescriptionCode(badChar);
        QCOMPARE(codeOf(character), QStringLiteral("InvalidInput"));
        QVERIFY2(character.message().contains(QStringLiteral("U")), qPrintable(character.message()));
        QCOMPARE(codeOf(doctor.kiosk().verifyPrescriptionCode(QStringLiteral("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-678!"))),
                 QStringLiteral("InvalidInput"));

        // Well-formed but matching nothing: a random code, and the real one with one
        // character of the check changed.
        const qint64 before = clinic.auditCount();
        auto random = doctor.kiosk().verifyPrescriptionCode(QStringLiteral("7QK2-M4ZX-0000-0001-ABCD-EFGH-JKMN-PQRS"));
        CL_VERIFY_OK(random);
        QCOMPARE(random->status, PrescriptionCodeStatus::Unknown);
        QVERIFY(random->patient.isEmpty());
        QVERIFY(!random->printed.has_value());
        QCOMPARE(auditSince(clinic, before).size(), 1);
        QString oneOff = p.document.verificationCode;
        const qsizetype last = oneOff.size() - 1;
        oneOff[last] = oneOff[last] == u'Z' ? u'Y' : u'Z';
        auto forged = doctor.kiosk().verifyPrescriptionCode(oneOff);
        CL_VERIFY_OK(forged);
        QCOMPARE(forged->status, PrescriptionCodeStatus::Unknown);
        // Another version number with the right record prefix does not match either.
        QString otherVersion = p.document.verificationCode;
        otherVersion[12] = otherVersion[12] == u'2' ? u'3' : u'2';
        QCOMPARE(doctor.kiosk().verifyPrescriptionCode(otherVersion)->status, PrescriptionCodeStatus::Unknown);
        // Patients do not check codes.
        Workstation &ws = kioskPatient(clinic, p.patient);
        QCOMPARE(codeOf(ws.kiosk().verifyPrescriptionCode(p.document.verificationCode)), QStringLiteral("NotLoggedIn"));
    }

    void tamperedStoreCiphertextIsDetected()
    {
        Clinic clinic;
        const Printed p = printedPrescription(clinic);
        // Someone with the database key swaps in other bytes for the stored version.
        QCOMPARE(clinic.tamper("UPDATE record_payloads SET ciphertext = zeroblob(length(ciphertext)) WHERE record_id = ?1 AND version = ?2",
                               p.recordId, 1),
                 1);
        auto check = clinic.as(kDoctorName).kiosk().verifyPrescriptionCode(p.document.verificationCode);
        CL_VERIFY_OK(check);
        QCOMPARE(check->status, PrescriptionCodeStatus::Tampered);
        QCOMPARE(check->recordId, p.recordId);
        QVERIFY(!check->printed.has_value());
        QVERIFY(!check->summary.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPrescriptionCode)
#include "tst_prescription_code.moc"
