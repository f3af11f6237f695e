#include "KioskTestSupport.h"

#include "services/RecordsOps.h"
#include "services/VitalsService.h"

#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// What a signed-in patient reaches: exactly their own prescriptions and access list, never
// another patient's (whatever record or patient id the front end passes), their own
// grants and revocations on the chain with the patient named as actor, and one audit
// entry for every read.
class TestKioskAccess : public QObject {
    Q_OBJECT

    struct TwoPatients {
        PatientId maria;
        PatientId jonas;
        QByteArray mariaMetformin;
        QByteArray mariaRamipril;
        QByteArray jonasRecord;
    };
    static TwoPatients twoPatientsWithPrescriptions(Clinic &clinic)
    {
        TwoPatients t;
        t.maria = registerWithPin(clinic, sampleDemographics(), kPin);
        t.jonas = registerWithPin(clinic, sampleDemographics(QStringLiteral("Jonas"), QStringLiteral("Berg"), QDate(1981, 2, 3)), kOtherPin);
        auto &doctor = clinic.as(kDoctorName);
        t.mariaMetformin = doctor.charts().prescribe(t.maria, samplePrescription()).value();
        t.mariaRamipril = doctor.charts().prescribe(t.maria, samplePrescription(QStringLiteral("Ramipril"))).value();
        t.jonasRecord = doctor.charts().prescribe(t.jonas, samplePrescription(QStringLiteral("Warfarin"))).value();
        core::Prescription higher = samplePrescription();
        higher.dose = 2;
        if (!doctor.charts().amendPrescription(t.maria, t.mariaMetformin, higher, QStringLiteral("Glucose still high")))
            qFatal("amend failed");
        if (!doctor.charts().setPrescriptionStatus(t.maria, t.mariaRamipril, core::PrescriptionStatus::Stopped, QStringLiteral("Cough")))
            qFatal("stop failed");
        return t;
    }

private Q_SLOTS:
    void patientSeesExactlyTheirOwnPrescriptions()
    {
        Clinic clinic;
        const TwoPatients t = twoPatientsWithPrescriptions(clinic);
        Workstation &ws = kioskPatient(clinic, t.maria);
        auto list = ws.kiosk().prescriptions();
        CL_VERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        // Active first, then past ones.
        QCOMPARE(list->at(0).recordId, t.mariaMetformin);
        QVERIFY(list->at(0).active);
        QCOMPARE(list->at(0).version, quint64(2));
        QCOMPARE(list->at(0).prescription.dose, 2.0);
        QCOMPARE(list->at(0).prescription.status, core::PrescriptionStatus::Amended);
        QCOMPARE(list->at(0).prescriberName, QStringLiteral("Dr. Claire Martin"));
        QCOMPARE(list->at(1).recordId, t.mariaRamipril);
        QVERIFY(!list->at(1).active);
        QCOMPARE(list->at(1).prescription.status, core::PrescriptionStatus::Stopped);
        for (const KioskPrescription &p : *list)
            QVERIFY(p.recordId != t.jonasRecord);

        // Another patient's record id: not found, and the attempt is in the audit log.
        const qint64 before = clinic.auditCount();
        QCOMPARE(codeOf(ws.kiosk().prescriptionDocument(t.jonasRecord)), QStringLiteral("NotFound"));
        QCOMPARE(codeOf(ws.kiosk().prescriptionDocument(QByteArray(16, '\0'))), QStringLiteral("NotFound"));
        // Maria's demographics record is hers but not a prescription.
        QCOMPARE(codeOf(ws.kiosk().prescriptionDocument(detail::findPatient(WorkstationAccess::state(ws).store->database(), t.maria)
                                                            .value()
                                                            ->demographicsRecordId)),
                 QStringLiteral("NotFound"));
        const auto entries = auditSince(clinic, before);
        QCOMPARE(entries.size(), 3);
        for (const AuditRowView &e : entries) {
            QVERIFY(e.refused);
            QCOMPARE(e.pseudonym, t.maria);
            QCOMPARE(e.actorRole, QStringLiteral("patient"));
        }

        // The staff services reached with another patient's id: the policy refuses a
        // patient everything on a record that is not theirs, audited with the patient as actor.
        const qint64 beforeOther = clinic.auditCount();
        QCOMPARE(codeOf(ws.charts().open(t.jonas)), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(ws.charts().versions(t.jonas, t.jonasRecord)), QStringLiteral("NotLoggedIn"));
        QCOMPARE(codeOf(ws.patients().details(t.jonas)), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(ws.consent().grants(t.jonas)), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(ws.consent().grantToStaff(t.jonas, kNurseName, QDateTime())), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(ws.consent().revoke(t.jonas, 1, QStringLiteral("not mine"))), QStringLiteral("PermissionDenied"));
        const auto refusals = auditSince(clinic, beforeOther);
        QCOMPARE(refusals.size(), 5);
        for (const AuditRowView &e : refusals) {
            QVERIFY(e.refused);
            QCOMPARE(e.pseudonym, t.jonas);
            QCOMPARE(e.actorRole, QStringLiteral("patient"));
            QCOMPARE(e.actorUsername, QString());
            QCOMPARE(e.actorId, 0);
        }

        // Jonas, signed in next, sees his one prescription and nothing of Maria's.
        ws.kiosk().patientLogout();
        CL_VERIFY_OK(ws.kiosk().patientLogin(mrnOf(clinic, t.jonas), kOtherPin));
        auto his = ws.kiosk().prescriptions();
        CL_VERIFY_OK(his);
        QCOMPARE(his->size(), 1);
        QCOMPARE(his->first().recordId, t.jonasRecord);
        QCOMPARE(codeOf(ws.kiosk().prescriptionDocument(t.mariaMetformin)), QStringLiteral("NotFound"));
    }

    void everyKioskReadLeavesOneAuditEntry()
    {
        Clinic clinic;
        const TwoPatients t = twoPatientsWithPrescriptions(clinic);
        Workstation &ws = kioskPatient(clinic, t.maria);
        const auto once = [&](const char *what, const QString &action, const std::function<bool()> &call) {
            const qint64 before = clinic.auditCount();
            QVERIFY2(call(), what);
            const auto entries = auditSince(clinic, before);
            QVERIFY2(entries.size() == 1, what);
            QCOMPARE(entries.first().action, action);
            QCOMPARE(entries.first().pseudonym, t.maria);
            QCOMPARE(entries.first().actorRole, QStringLiteral("patient"));
            QVERIFY(!entries.first().refused);
        };
        once("prescriptions", QStringLiteral("kiosk-prescriptions"), [&] { return ws.kiosk().prescriptions().ok(); });
        once("document", QStringLiteral("kiosk-prescription-document"), [&] { return ws.kiosk().prescriptionDocument(t.mariaMetformin).ok(); });
        once("access list", QStringLiteral("view-access"), [&] { return ws.kiosk().accessList().ok(); });
        once("emergency accesses", QStringLiteral("view-break-glass"), [&] { return ws.kiosk().emergencyAccesses().ok(); });
        // Lists that hold no patient data leave none.
        const qint64 before = clinic.auditCount();
        CL_VERIFY_OK(ws.kiosk().grantees());
        CL_VERIFY_OK(ws.kiosk().clinics());
        QCOMPARE(clinic.auditCount(), before);
        // Sign-in and sign-out are in the log too.
        ws.kiosk().patientLogout();
        QCOMPARE(clinic.lastAudit().action, QStringLiteral("patient-sign-out"));
        CL_VERIFY_OK(ws.kiosk().patientLogin(mrnOf(clinic, t.maria), kPin));
        QCOMPARE(clinic.lastAudit().action, QStringLiteral("patient-sign-in"));
        QCOMPARE(codeOf(ws.kiosk().patientLogin(mrnOf(clinic, t.maria), kOtherPin)), QStringLiteral("WrongCredentials"));
        QCOMPARE(clinic.lastAudit().action, QStringLiteral("patient-sign-in"));
        QVERIFY(clinic.lastAudit().refused);
    }

    void patientGrantsAndRevokesOwnAccess()
    {
        Clinic clinic;
        const TwoPatients t = twoPatientsWithPrescriptions(clinic);
        // Before: the nurse reads Maria through the clinic's registration grant; the
        // patient revokes that and grants the nurse personally.
        Workstation &ws = kioskPatient(clinic, t.maria);
        auto grantees = ws.kiosk().grantees();
        CL_VERIFY_OK(grantees);
        QCOMPARE(grantees->size(), 3); // two doctors and the nurse; never the administrator
        auto grants = ws.kiosk().accessList();
        CL_VERIFY_OK(grants);
        QCOMPARE(grants->size(), 1);
        QVERIFY(grants->first().registrationDefault);
        const qint64 clinicGrant = grants->first().id;

        const QDateTime until = clinic.clock().now->addDays(30);
        auto granted = ws.kiosk().grantToStaff(kNurseName, until);
        CL_VERIFY_OK(granted);
        AuditRowView entry = auditSince(clinic, clinic.auditCount() - 1).first();
        QCOMPARE(entry.action, QStringLiteral("manage-access"));
        QCOMPARE(entry.actorRole, QStringLiteral("patient"));
        QCOMPARE(entry.pseudonym, t.maria);
        QVERIFY(!entry.refused);
        QCOMPARE(codeOf(ws.kiosk().grantToStaff(kNurseName, QDateTime())), QStringLiteral("AlreadyExists"));
        QCOMPARE(codeOf(ws.kiosk().grantToStaff(kAdminName, QDateTime())), QStringLiteral("InvalidInput"));

        // Signed by this workstation's node key: a patient has no key on the chain.
        const QByteArray nodeKeyId = WorkstationAccess::state(ws).nodeKey.publicKey().keyId();
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM ledger_outbox WHERE type = 8 AND pseudonym = ?1", t.maria), 1);
        auto st = WorkstationAccess::state(ws).store->database().prepare(
            "SELECT signer FROM ledger_outbox WHERE type = 8 AND pseudonym = ?1");
        st->bindBlob(1, t.maria);
        QVERIFY(st->step().value());
        QCOMPARE(st->blob(0), nodeKeyId);
        st = WorkstationAccess::state(ws).store->database().prepare("SELECT 1");

        CL_VERIFY_OK(ws.kiosk().revoke(clinicGrant, QStringLiteral("I only want my nurse to see it")));
        entry = auditSince(clinic, clinic.auditCount() - 1).first();
        QCOMPARE(entry.action, QStringLiteral("manage-access"));
        QCOMPARE(entry.actorRole, QStringLiteral("patient"));
        QCOMPARE(codeOf(ws.kiosk().revoke(clinicGrant, QStringLiteral("again"))), QStringLiteral("InvalidInput"));
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM patient_keys WHERE pseudonym = ?1", t.maria), 2); // rotated

        grants = ws.kiosk().accessList();
        CL_VERIFY_OK(grants);
        QCOMPARE(grants->size(), 2);
        QCOMPARE(grants->at(0).granteeUsername, kNurseName);
        QCOMPARE(grants->at(0).grantedBy, QStringLiteral("The patient"));
        QCOMPARE(grants->at(0).expiresAt, until);
        QVERIFY(grants->at(0).active);
        QVERIFY(!grants->at(1).active);
        QCOMPARE(grants->at(1).revokedBy, QStringLiteral("The patient"));
        QCOMPARE(grants->at(1).grantedBy, adminDisplayName());

        // Sealed from the kiosk; the chain accepts the node-signed grant and revocation.
        CL_VERIFY_OK(ws.sealNow());
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM ledger_outbox"), 0);
        closeKiosk(clinic);
        const VerifyResult verified = clinic.verify();
        QVERIFY2(verified.problems.isEmpty(), qPrintable(verified.problems.join(u'\n')));

        // Effect: the nurse reads Maria through the personal grant, the other doctor no longer.
        CL_VERIFY_OK(clinic.as(kNurseName).charts().open(t.maria));
        QCOMPARE(codeOf(clinic.as(kOtherDoctorName).charts().open(t.maria)), QStringLiteral("PermissionDenied"));
        // And Jonas's record was never touched.
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM consent_grants WHERE pseudonym = ?1", t.jonas), 1);
    }

    void patientReadsOwnVitalsOnly()
    {
        Clinic clinic;
        const TwoPatients t = twoPatientsWithPrescriptions(clinic);
        Workstation &ws = kioskPatient(clinic, t.maria);
        const QDateTime to = *clinic.clock().now;
        const QDateTime from = to.addDays(-7);
        const qint64 before = clinic.auditCount();
        CL_VERIFY_OK(ws.vitals().trend(t.maria, from, to));
        QCOMPARE(codeOf(ws.vitals().trend(t.jonas, from, to)), QStringLiteral("PermissionDenied"));
        const auto entries = auditSince(clinic, before);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).pseudonym, t.maria);
        QVERIFY(!entries.at(0).refused);
        QCOMPARE(entries.at(1).pseudonym, t.jonas);
        QVERIFY(entries.at(1).refused);
        for (const AuditRowView &e : entries)
            QCOMPARE(e.actorRole, QStringLiteral("patient"));
    }
};

QTEST_GUILESS_MAIN(TestKioskAccess)
#include "tst_kiosk_access.moc"
