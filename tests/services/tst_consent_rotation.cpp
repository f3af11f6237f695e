#include "RecordsTestSupport.h"

#include "services/RecordsOps.h"

#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// Revoking access rotates the patient's data key: later records are sealed under a key the
// revoked grantee never received, grants still active receive it wrapped for their clinic.
class TestConsentRotation : public QObject {
    Q_OBJECT

    struct GrantRow {
        QByteArray wrapped;
        quint32 version = 0;
    };
    static GrantRow grantRow(Clinic &clinic, qint64 id)
    {
        auto st = WorkstationAccess::state(clinic.ws()).store->database().prepare(
            "SELECT wrapped_key, wrapped_key_version FROM consent_grants WHERE id = ?1");
        st->bind(1, id);
        GrantRow g;
        if (st->step().value()) {
            g.wrapped = st->blob(0);
            g.version = static_cast<quint32>(st->int64(1));
        }
        return g;
    }
    static QByteArray ciphertextOf(Clinic &clinic, const QByteArray &recordId)
    {
        auto st = WorkstationAccess::state(clinic.ws()).store->database().prepare(
            "SELECT ciphertext FROM record_payloads WHERE record_id = ?1 ORDER BY version DESC LIMIT 1");
        st->bindBlob(1, recordId);
        return st->step().value() ? st->blob(0) : QByteArray();
    }

private Q_SLOTS:
    void revocationRotatesTheKey()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        auto &admin = clinic.as(kAdminName);
        auto nurseGrant = admin.consent().grantToStaff(patient, kNurseName, QDateTime());
        auto doctorGrant = admin.consent().grantToStaff(patient, kOtherDoctorName, QDateTime());
        CL_VERIFY_OK(nurseGrant);
        CL_VERIFY_OK(doctorGrant);
        QCOMPARE(codeOf(admin.consent().grantToStaff(patient, kNurseName, QDateTime())), QStringLiteral("AlreadyExists"));
        QCOMPARE(codeOf(admin.consent().grantToStaff(patient, kAdminName, QDateTime())), QStringLiteral("InvalidInput"));
        QCOMPARE(codeOf(admin.consent().grantToStaff(patient, QStringLiteral("ghost"), QDateTime())), QStringLiteral("InvalidInput"));
        QCOMPARE(codeOf(admin.consent().grantToStaff(patient, kNurseName, clinic.clock().now->addSecs(-1))), QStringLiteral("InvalidInput"));

        auto &doctor = clinic.as(kDoctorName);
        auto before = doctor.charts().prescribe(patient, samplePrescription());
        CL_VERIFY_OK(before);
        QCOMPARE(detail::recordKeyVersion(ciphertextOf(clinic, *before)), quint32(1));
        QCOMPARE(grantRow(clinic, *doctorGrant).version, quint32(1));

        auto &adm = clinic.as(kAdminName);
        QCOMPARE(codeOf(adm.consent().revoke(patient, *doctorGrant, QString())), QStringLiteral("InvalidInput"));
        CL_VERIFY_OK(adm.consent().revoke(patient, *doctorGrant, QStringLiteral("Patient changed doctor")));
        QCOMPARE(codeOf(adm.consent().revoke(patient, *doctorGrant, QStringLiteral("again"))), QStringLiteral("InvalidInput"));
        QCOMPARE(codeOf(adm.consent().revoke(patient, 424242, QStringLiteral("unknown"))), QStringLiteral("NotFound"));
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM patient_keys WHERE pseudonym = ?1", patient), 2);
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM ledger_outbox WHERE type = 9 AND pseudonym = ?1", patient), 1);

        auto grants = adm.consent().grants(patient);
        CL_VERIFY_OK(grants);
        QCOMPARE(grants->size(), 3); // newest first: second doctor (revoked), nurse, clinic default
        const AccessGrant &revoked = grants->at(0);
        QCOMPARE(revoked.id, *doctorGrant);
        QVERIFY(!revoked.active);
        QVERIFY(revoked.revokedAt.isValid());
        QCOMPARE(revoked.revokedBy, adminDisplayName());
        QCOMPARE(revoked.revokeReason, QStringLiteral("Patient changed doctor"));
        QCOMPARE(grants->at(1).granteeUsername, kNurseName);
        QVERIFY(grants->at(1).active);
        QVERIFY(grants->last().registrationDefault);
        QVERIFY(grants->last().toClinic);
        QCOMPARE(grants->last().granteeName, QStringLiteral("This clinic"));

        // Records after the revocation carry the new key version; older ones keep theirs.
        auto &doc = clinic.as(kDoctorName);
        auto after = doc.charts().prescribe(patient, samplePrescription(QStringLiteral("Lisinopril")));
        CL_VERIFY_OK(after);
        const QByteArray newCiphertext = ciphertextOf(clinic, *after);
        QCOMPARE(detail::recordKeyVersion(newCiphertext), quint32(2));
        QCOMPARE(detail::recordKeyVersion(ciphertextOf(clinic, *before)), quint32(1));
        QCOMPARE(doc.charts().open(patient)->prescriptions->size(), 2);

        // The wrapped keys, opened with this clinic's node key as a receiving node would.
        auto &state = WorkstationAccess::state(clinic.ws());
        auto current = detail::patientKey(state.store->database(), *state.records, patient, std::nullopt);
        QVERIFY2(current.ok(), qPrintable(current.message()));
        QCOMPARE(current->version, quint32(2));
        const auto opens = [&](const GrantRow &g) {
            auto key = core::unwrapWithPrivateKey(state.nodeKey, g.wrapped, detail::wrapContext(patient, g.version));
            return key ? key->view().toByteArray() : QByteArray();
        };
        const GrantRow nurse = grantRow(clinic, *nurseGrant);
        QCOMPARE(nurse.version, quint32(2));
        QCOMPARE(opens(nurse), current->key.view().toByteArray());
        const GrantRow clinicDefault = grantRow(clinic, grants->last().id);
        QCOMPARE(clinicDefault.version, quint32(2));
        QCOMPARE(opens(clinicDefault), current->key.view().toByteArray());
        // The revoked grantee holds only the old key, which does not open the new record.
        const GrantRow old = grantRow(clinic, *doctorGrant);
        QCOMPARE(old.version, quint32(1));
        const QByteArray oldKey = opens(old);
        QCOMPARE(oldKey.size(), 32);
        QVERIFY(oldKey != current->key.view().toByteArray());
        QVERIFY(core::unwrapWithPrivateKey(state.nodeKey, old.wrapped, detail::wrapContext(patient, 2)).code() ==
                core::CryptoError::AuthenticationFailed);
        const QByteArray aad = detail::recordAad(*after, 1, patient, 3);
        QVERIFY(!core::aesGcmOpen(oldKey, QByteArrayView(newCiphertext).sliced(5), aad));
        QVERIFY(core::aesGcmOpen(current->key.view(), QByteArrayView(newCiphertext).sliced(5), aad));

        // The revoked doctor no longer sees the patient; the nurse still does.
        auto &revokedDoctor = clinic.as(kOtherDoctorName);
        // (The clinic's default grant still covers every doctor of this clinic.)
        QCOMPARE(revokedDoctor.consent().basis(patient).value(), core::ConsentBasis::Clinic);
        auto &a = clinic.as(kAdminName);
        CL_VERIFY_OK(a.consent().revoke(patient, grants->last().id, QStringLiteral("Patient limits access to named staff")));
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM patient_keys WHERE pseudonym = ?1", patient), 3);
        auto &d2 = clinic.as(kOtherDoctorName);
        QCOMPARE(d2.consent().basis(patient).value(), core::ConsentBasis::None);
        QCOMPARE(codeOf(d2.charts().open(patient)), QStringLiteral("PermissionDenied"));
        auto &n = clinic.as(kNurseName);
        QCOMPARE(n.consent().basis(patient).value(), core::ConsentBasis::Personal);
        CL_VERIFY_OK(n.charts().open(patient));
        QCOMPARE(grantRow(clinic, *nurseGrant).version, quint32(3));
        QVERIFY(clinic.verify().ok());
    }

    void expiredGrantsAreNotRewrappedAndExpireOnTime()
    {
        Clinic clinic;
        auto &admin = clinic.as(kAdminName);
        CL_VERIFY_OK(admin.consent().setRegisteringClinicDefault(false));
        QCOMPARE(admin.consent().registeringClinicDefault().value(), false);
        auto patient = admin.patients().registerPatient(sampleDemographics(), false);
        CL_VERIFY_OK(patient);
        QCOMPARE(admin.consent().grants(patient->id)->size(), 0);
        auto clinics = admin.consent().clinics();
        CL_VERIFY_OK(clinics);
        QCOMPARE(clinics->size(), 1);
        QVERIFY(clinics->first().thisClinic);
        auto shortGrant = admin.consent().grantToClinic(patient->id, clinics->first().clinicId, clinic.clock().now->addSecs(600));
        auto nurseGrant = admin.consent().grantToStaff(patient->id, kNurseName, QDateTime());
        CL_VERIFY_OK(shortGrant);
        CL_VERIFY_OK(nurseGrant);
        QCOMPARE(codeOf(admin.consent().grantToClinic(patient->id, QByteArray(16, 'x'), QDateTime())), QStringLiteral("InvalidInput"));

        auto &doctor = clinic.as(kDoctorName);
        QCOMPARE(doctor.consent().basis(patient->id).value(), core::ConsentBasis::Clinic);
        clinic.clock().advance(601);
        QCOMPARE(doctor.consent().basis(patient->id).value(), core::ConsentBasis::Expired);
        QCOMPARE(codeOf(doctor.charts().open(patient->id)), QStringLiteral("PermissionDenied"));

        auto &adm = clinic.as(kAdminName);
        CL_VERIFY_OK(adm.consent().revoke(patient->id, *nurseGrant, QStringLiteral("Nurse moved to another ward")));
        // The expired grant kept the key it had; nothing active is left to re-wrap for.
        QCOMPARE(grantRow(clinic, *shortGrant).version, quint32(1));
        auto grants = adm.consent().grants(patient->id);
        QVERIFY(!grants->at(1).active);
        QVERIFY(!grants->at(1).revokedAt.isValid());
        QCOMPARE(grants->at(1).expiresAt, clinic.clock().now->addSecs(-1));
    }
};

QTEST_GUILESS_MAIN(TestConsentRotation)
#include "tst_consent_rotation.moc"
