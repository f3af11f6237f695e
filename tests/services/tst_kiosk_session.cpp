#include "KioskTestSupport.h"

#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// Kiosk mode and the patient session: only an administrator opens and closes the kiosk, no
// staff power survives inside it, patients sign in with record number and PIN, wrong PINs
// lock the number out for 15 minutes, and signing out leaves nothing of the patient.
class TestKioskSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlyAnAdminOpensTheKiosk()
    {
        Clinic clinic;
        QCOMPARE(codeOf(clinic.as(kDoctorName).kiosk().enterKiosk()), QStringLiteral("PermissionDenied"));
        QVERIFY(!clinic.ws().kiosk().inKiosk());
        clinic.ws().logout();
        QCOMPARE(codeOf(clinic.ws().kiosk().enterKiosk()), QStringLiteral("NotLoggedIn"));
        CL_VERIFY_OK(clinic.as(kAdminName).kiosk().enterKiosk());
        QVERIFY(clinic.ws().kiosk().inKiosk());
        QVERIFY(!clinic.ws().isLoggedIn());
        QVERIFY(!clinic.ws().currentUser());
    }

    void staffCallsAreRefusedInTheKiosk()
    {
        Clinic clinic;
        const PatientId patient = registerWithPin(clinic, sampleDemographics(), kPin);
        Workstation &ws = openKiosk(clinic);
        const auto refusedEverywhere = [&](const char *when) {
            QCOMPARE(codeOf(ws.patients().search(QStringLiteral("schmidt"))), QStringLiteral("NotLoggedIn"));
            QCOMPARE(codeOf(ws.patients().registerPatient(sampleDemographics(QStringLiteral("Eve")), true)), QStringLiteral("NotLoggedIn"));
            QCOMPARE(codeOf(ws.staff().list()), QStringLiteral("NotLoggedIn"));
            QCOMPARE(codeOf(ws.kiosk().setPatientPin(patient, kOtherPin)), QStringLiteral("NotLoggedIn"));
            QCOMPARE(codeOf(ws.kiosk().verifyPrescriptionCode(QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000"))),
                     QStringLiteral("NotLoggedIn"));
            QCOMPARE(codeOf(ws.consent().setRegisteringClinicDefault(false)), QStringLiteral("NotLoggedIn"));
            QCOMPARE(codeOf(ws.audit().entries({})), QStringLiteral("NotLoggedIn"));
            QCOMPARE(codeOf(ws.kiosk().setKioskOnStart(false)), QStringLiteral("NotLoggedIn"));
            // Writing a prescription is a doctor's: refused by the policy for the patient too.
            const QString code = codeOf(ws.charts().prescribe(patient, samplePrescription()));
            QVERIFY2(code == QStringLiteral("NotLoggedIn") || code == QStringLiteral("PermissionDenied"), when);
            // Signing in as staff does not end the kiosk.
            QCOMPARE(codeOf(ws.login(kDoctorName, kStaffPassword)), QStringLiteral("PermissionDenied"));
            QVERIFY(ws.kiosk().inKiosk());
        };
        refusedEverywhere("kiosk, nobody signed in");
        CL_VERIFY_OK(ws.kiosk().patientLogin(mrnOf(clinic, patient), kPin));
        refusedEverywhere("kiosk, patient signed in");
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM record_payloads WHERE patient_pseudonym = ?1", patient), 1); // demographics only
        // Sealing still works (the kiosk's own consent changes must reach the chain).
        CL_VERIFY_OK(ws.sealNow());
    }

    void leavingNeedsAnAdministratorPassword()
    {
        Clinic clinic;
        const PatientId patient = registerWithPin(clinic, sampleDemographics(), kPin);
        Workstation &ws = openKiosk(clinic);
        CL_VERIFY_OK(ws.kiosk().patientLogin(mrnOf(clinic, patient), kPin));
        const QString wrongMessage = ws.kiosk().leaveKiosk(kAdminName, QStringLiteral("not the password")).message();
        QCOMPARE(codeOf(ws.kiosk().leaveKiosk(kAdminName, QStringLiteral("not the password"))), QStringLiteral("WrongCredentials"));
        // A doctor's right password, an unknown name and a wrong admin password look alike.
        auto doctor = ws.kiosk().leaveKiosk(kDoctorName, kStaffPassword);
        QCOMPARE(codeOf(doctor), QStringLiteral("WrongCredentials"));
        QCOMPARE(doctor.message(), wrongMessage);
        QCOMPARE(ws.kiosk().leaveKiosk(QStringLiteral("ghost"), kAdminPassword).message(), wrongMessage);
        QVERIFY(ws.kiosk().inKiosk());
        QVERIFY(ws.kiosk().currentPatient());

        CL_VERIFY_OK(ws.kiosk().leaveKiosk(QStringLiteral("ADMIN"), kAdminPassword));
        QVERIFY(!ws.kiosk().inKiosk());
        QVERIFY(!ws.kiosk().currentPatient());
        QVERIFY(!ws.isLoggedIn());
        QCOMPARE(codeOf(ws.kiosk().prescriptions()), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(ws.patients().search(QStringLiteral("schmidt"))), QStringLiteral("NotLoggedIn"));
        QCOMPARE(codeOf(ws.kiosk().leaveKiosk(kAdminName, kAdminPassword)), QStringLiteral("NotLoggedIn"));
        CL_VERIFY_OK(ws.login(kDoctorName, kStaffPassword));

        // The security log has the kiosk's opening and closing.
        auto &admin = clinic.as(kAdminName);
        auto events = admin.staff().securityEvents(50);
        CL_VERIFY_OK(events);
        QStringList actions;
        for (const SecurityEvent &e : *events)
            actions << e.action;
        QVERIFY2(actions.contains(QStringLiteral("kiosk opened")) && actions.contains(QStringLiteral("kiosk closed")),
                 qPrintable(actions.join(u',')));
    }

    void wrongAdminPasswordsCountTowardsLockout()
    {
        Clinic clinic;
        Workstation &ws = openKiosk(clinic);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(codeOf(ws.kiosk().leaveKiosk(kAdminName, QStringLiteral("guess %1").arg(i))), QStringLiteral("WrongCredentials"));
        QVERIFY(ws.lockedUntil(kAdminName).isValid());
        QCOMPARE(codeOf(ws.kiosk().leaveKiosk(kAdminName, kAdminPassword)), QStringLiteral("LockedOut"));
        QVERIFY(ws.kiosk().inKiosk());
        clinic.clock().advance(31);
        CL_VERIFY_OK(ws.kiosk().leaveKiosk(kAdminName, kAdminPassword));
        QVERIFY(!ws.lockedUntil(kAdminName).isValid());
    }

    void patientSignsInWithAnyMrnForm()
    {
        Clinic clinic;
        const PatientId patient = registerWithPin(clinic, sampleDemographics(), kPin);
        const QString digits = mrnOf(clinic, patient);
        const QString formatted = core::formatMrn(digits);
        Workstation &ws = openKiosk(clinic);
        for (const QString &typed : {digits, formatted, QStringLiteral("  %1 %2 %3 ").arg(digits.left(4), digits.mid(4, 4), digits.right(1))}) {
            auto session = ws.kiosk().patientLogin(typed, kPin);
            CL_VERIFY_OK(session);
            QCOMPARE(session->patient, patient);
            QCOMPARE(session->mrn, formatted);
            QCOMPARE(session->familyName, QStringLiteral("Schmidt"));
            QCOMPARE(ws.kiosk().currentPatient()->patient, patient);
        }
        // Malformed numbers are told (a typo); an unknown number and a wrong PIN are not told apart.
        QCOMPARE(codeOf(ws.kiosk().patientLogin(QStringLiteral("12345"), kPin)), QStringLiteral("InvalidInput"));
        QString unknown = digits.left(8) == QStringLiteral("12345678") ? QStringLiteral("87654321") : QStringLiteral("12345678");
        unknown += QString::number(core::mrnCheckDigit(unknown));
        auto wrongNumber = ws.kiosk().patientLogin(unknown, kPin);
        auto wrongPin = ws.kiosk().patientLogin(digits, kOtherPin);
        QCOMPARE(codeOf(wrongNumber), QStringLiteral("WrongCredentials"));
        QCOMPARE(codeOf(wrongPin), QStringLiteral("WrongCredentials"));
        QCOMPARE(wrongNumber.message(), wrongPin.message());
        QVERIFY(!ws.kiosk().currentPatient()); // a failed attempt ends the previous patient's session

        // A patient without a PIN cannot sign in; outside kiosk mode nobody can.
        const PatientId noPin = [&] {
            closeKiosk(clinic);
            return clinic.registerPatient(sampleDemographics(QStringLiteral("Noor"), QStringLiteral("Haddad")));
        }();
        QCOMPARE(codeOf(clinic.ws().kiosk().patientLogin(mrnOf(clinic, noPin), kPin)), QStringLiteral("PermissionDenied"));
        openKiosk(clinic);
        QCOMPARE(codeOf(clinic.ws().kiosk().patientLogin(mrnOf(clinic, noPin), kPin)), QStringLiteral("WrongCredentials"));
    }

    void wrongPinsLockTheNumberForFifteenMinutes()
    {
        Clinic clinic;
        const PatientId patient = registerWithPin(clinic, sampleDemographics(), kPin);
        const QString mrn = mrnOf(clinic, patient);
        Workstation &ws = openKiosk(clinic);
        // Four wrong, one right: the count starts again.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(codeOf(ws.kiosk().patientLogin(mrn, kOtherPin)), QStringLiteral("WrongCredentials"));
        CL_VERIFY_OK(ws.kiosk().patientLogin(mrn, kPin));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(codeOf(ws.kiosk().patientLogin(mrn, kOtherPin)), QStringLiteral("WrongCredentials"));
        const QDateTime until = ws.kiosk().patientLockedUntil(core::formatMrn(mrn));
        QCOMPARE(until, clinic.clock().now->addSecs(15 * 60));
        auto locked = ws.kiosk().patientLogin(mrn, kPin);
        QCOMPARE(codeOf(locked), QStringLiteral("LockedOut"));
        QVERIFY2(locked.message().contains(QStringLiteral("15")), qPrintable(locked.message()));
        clinic.clock().advance(14 * 60);
        QCOMPARE(codeOf(ws.kiosk().patientLogin(mrn, kPin)), QStringLiteral("LockedOut"));
        clinic.clock().advance(61);
        QVERIFY(!ws.kiosk().patientLockedUntil(mrn).isValid());
        CL_VERIFY_OK(ws.kiosk().patientLogin(mrn, kPin));

        // Unknown numbers lock out the same way, so locking reveals nothing.
        QString unknown = mrn.left(8) == QStringLiteral("12345678") ? QStringLiteral("87654321") : QStringLiteral("12345678");
        unknown += QString::number(core::mrnCheckDigit(unknown));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(codeOf(ws.kiosk().patientLogin(unknown, kPin)), QStringLiteral("WrongCredentials"));
        QCOMPARE(codeOf(ws.kiosk().patientLogin(unknown, kPin)), QStringLiteral("LockedOut"));

        // An administrator's PIN reset lifts a lockout.
        for (int i = 0; i < 5; ++i)
            (void)ws.kiosk().patientLogin(mrn, kOtherPin);
        QCOMPARE(codeOf(ws.kiosk().patientLogin(mrn, kPin)), QStringLiteral("LockedOut"));
        closeKiosk(clinic);
        CL_VERIFY_OK(clinic.as(kAdminName).kiosk().setPatientPin(patient, kOtherPin));
        openKiosk(clinic);
        CL_VERIFY_OK(clinic.ws().kiosk().patientLogin(mrn, kOtherPin));
    }

    void patientLogoutLeavesNothing()
    {
        Clinic clinic;
        const PatientId patient = registerWithPin(clinic, sampleDemographics(), kPin);
        Workstation &ws = kioskPatient(clinic, patient);
        CL_VERIFY_OK(ws.kiosk().prescriptions());
        int changes = 0;
        connect(&ws, &Workstation::sessionChanged, this, [&] { ++changes; });
        ws.kiosk().patientLogout();
        QCOMPARE(changes, 1);
        QVERIFY(!ws.kiosk().currentPatient());
        QVERIFY(ws.kiosk().inKiosk());
        QVERIFY(!WorkstationAccess::state(ws).kiosk->patient.has_value());
        QCOMPARE(codeOf(ws.kiosk().prescriptions()), QStringLiteral("NotLoggedIn"));
        QCOMPARE(codeOf(ws.kiosk().accessList()), QStringLiteral("NotLoggedIn"));
        QCOMPARE(codeOf(ws.kiosk().prescriptionDocument(QByteArray(16, 'x'))), QStringLiteral("NotLoggedIn"));
        QCOMPARE(codeOf(ws.kiosk().grantToStaff(kNurseName, QDateTime())), QStringLiteral("NotLoggedIn"));
        QCOMPARE(codeOf(ws.kiosk().changeOwnPin(kPin, kOtherPin)), QStringLiteral("NotLoggedIn"));
        // Without a patient the policy gate has no actor either.
        QCOMPARE(codeOf(ws.consent().grants(patient)), QStringLiteral("NotLoggedIn"));
        QCOMPARE(codeOf(ws.charts().open(patient)), QStringLiteral("NotLoggedIn"));
        const auto last = clinic.lastAudit();
        QCOMPARE(last.action, QStringLiteral("patient-sign-out"));
        QCOMPARE(last.pseudonym, patient);
        ws.kiosk().patientLogout(); // nobody signed in: nothing happens
        QCOMPARE(changes, 1);
        QCOMPARE(clinic.lastAudit().action, QStringLiteral("patient-sign-out"));
    }

    void pinRules()
    {
        for (const char *bad : {"", "12345", "123456789", "12a456", "１２３４５６", "111111", "00000000", "123456", "654321", "3456789", "98765432"})
            QVERIFY2(KioskService::pinProblem(QString::fromUtf8(bad)).has_value(), bad);
        for (const char *good : {"482915", "135790", "11223344", "901234", "12345670"})
            QVERIFY2(!KioskService::pinProblem(QString::fromUtf8(good)).has_value(), good);

        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        QCOMPARE(codeOf(clinic.as(kAdminName).kiosk().hasPin(patient)), QStringLiteral("ok"));
        QVERIFY(!*clinic.ws().kiosk().hasPin(patient));
        QCOMPARE(codeOf(clinic.ws().kiosk().setPatientPin(patient, QStringLiteral("123456"))), QStringLiteral("InvalidInput"));
        QCOMPARE(codeOf(clinic.as(kDoctorName).kiosk().setPatientPin(patient, kPin)), QStringLiteral("PermissionDenied"));
        CL_VERIFY_OK(clinic.as(kAdminName).kiosk().setPatientPin(patient, kPin));
        QVERIFY(*clinic.ws().kiosk().hasPin(patient));
        QCOMPARE(clinic.lastAudit().action, QStringLiteral("set-pin"));
        // Stored as an scrypt hash, never the PIN.
        const qint64 clear = clinic.count("SELECT COUNT(*) FROM patient_pins WHERE instr(pin_hash, '482915') > 0 OR pin_hash NOT LIKE 'scrypt$%'");
        QCOMPARE(clear, 0);

        Workstation &ws = kioskPatient(clinic, patient);
        QCOMPARE(codeOf(ws.kiosk().changeOwnPin(kOtherPin, QStringLiteral("192837"))), QStringLiteral("WrongCredentials"));
        QCOMPARE(codeOf(ws.kiosk().changeOwnPin(kPin, QStringLiteral("111111"))), QStringLiteral("InvalidInput"));
        QCOMPARE(codeOf(ws.kiosk().changeOwnPin(kPin, kPin)), QStringLiteral("InvalidInput"));
        CL_VERIFY_OK(ws.kiosk().changeOwnPin(kPin, QStringLiteral("192837")));
        QCOMPARE(clinic.lastAudit().action, QStringLiteral("change-pin"));
        ws.kiosk().patientLogout();
        QCOMPARE(codeOf(ws.kiosk().patientLogin(mrnOf(clinic, patient), kPin)), QStringLiteral("WrongCredentials"));
        CL_VERIFY_OK(ws.kiosk().patientLogin(mrnOf(clinic, patient), QStringLiteral("192837")));

        // Guessing the current PIN at an open session ends the session when it locks.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(codeOf(ws.kiosk().changeOwnPin(kOtherPin, QStringLiteral("564738"))), QStringLiteral("WrongCredentials"));
        QCOMPARE(codeOf(ws.kiosk().changeOwnPin(kOtherPin, QStringLiteral("564738"))), QStringLiteral("LockedOut"));
        QVERIFY(!ws.kiosk().currentPatient());
    }

    void kioskOnStartSetting()
    {
        Clinic clinic;
        auto &admin = clinic.as(kAdminName);
        QCOMPARE(admin.kiosk().kioskOnStart().value(), false);
        CL_VERIFY_OK(admin.kiosk().setKioskOnStart(true));
        QCOMPARE(admin.kiosk().kioskOnStart().value(), true);
        auto &doctor = clinic.as(kDoctorName);
        QCOMPARE(doctor.kiosk().kioskOnStart().value(), true); // a doctor learns to fetch an admin
        QCOMPARE(codeOf(doctor.kiosk().setKioskOnStart(false)), QStringLiteral("PermissionDenied"));
        openKiosk(clinic);
        QCOMPARE(clinic.ws().kiosk().kioskOnStart().value(), true);
    }
};

QTEST_GUILESS_MAIN(TestKioskSession)
#include "tst_kiosk_session.moc"
