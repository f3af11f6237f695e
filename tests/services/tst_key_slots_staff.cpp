#include "ServiceTestSupport.h"
#include "services/Workstation.h"
#include "staff/StaffDirectory.h"
#include "store/KeySlots.h"

#include <QTemporaryDir>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

namespace {
const QString kDoctor = QStringLiteral("claire.martin");
const QString kDoctorTemporary = QStringLiteral("first-day temporary");
const QString kDoctorOwn = QStringLiteral("lavender fields 1987");
} // namespace

class TestKeySlotsStaff : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    qint64 m_doctorId = 0;
    QString dataDir() const { return m_dir.filePath(QStringLiteral("store")); }

    // Reads the doctor's keys straight from the store, as an auditor with the admin's
    // password could; the services offer no such view on purpose.
    QList<core::StaffKeyRecord> doctorKeys()
    {
        auto unlocked = core::WorkstationStore::unlock(dataDir(), kAdminName, kAdminPassword);
        if (!unlocked) {
            qWarning("unlock failed: %s", qPrintable(unlocked.message()));
            return {};
        }
        core::StaffDirectory directory(unlocked->store->database());
        auto keys = directory.keys(m_doctorId);
        return keys ? *keys : QList<core::StaffKeyRecord>();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(dataDir()).removeRecursively();
        CL_VERIFY_OK(Workstation::initialize(dataDir(), kAdminName, QStringLiteral("Amira Haddad"), kAdminPassword,
                                             testOptions(m_clock)));
        Workstation ws(dataDir(), testOptions(m_clock));
        CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
        auto doctor = ws.staff().create(kDoctor, QStringLiteral("Dr. Claire Martin"), Role::Doctor, kDoctorTemporary);
        QVERIFY2(doctor.ok(), qPrintable(outcome(doctor)));
        m_doctorId = doctor->id;
    }

    void twoAccountsUnlockTheSameStore()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        auto doctor = ws.login(kDoctor, kDoctorTemporary);
        QVERIFY2(doctor.ok(), qPrintable(outcome(doctor)));
        QCOMPARE(doctor->id, m_doctorId);
        auto admin = ws.login(kAdminName, kAdminPassword);
        QVERIFY2(admin.ok(), qPrintable(outcome(admin)));
        // Both see the same accounts: one store behind two slots.
        auto accounts = ws.staff().list();
        QVERIFY2(accounts.ok(), qPrintable(outcome(accounts)));
        QCOMPARE(accounts->size(), 2);
        QVERIFY(doctor->signingKeyId != admin->signingKeyId);
    }

    void passwordChangeLeavesOtherSlotsAlone()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        auto before = ws.login(kDoctor, kDoctorTemporary);
        QVERIFY2(before.ok(), qPrintable(outcome(before)));
        CL_VERIFY_OK(ws.changeOwnPassword(kDoctorTemporary, kDoctorOwn));
        QVERIFY(!ws.currentUser()->mustChangePassword);
        ws.logout();

        CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
        QCOMPARE(codeOf(ws.login(kDoctor, kDoctorTemporary)), QStringLiteral("WrongCredentials"));
        auto after = ws.login(kDoctor, kDoctorOwn);
        QVERIFY2(after.ok(), qPrintable(outcome(after)));
        QVERIFY(!after->mustChangePassword);
        // The same signing key, re-sealed: earlier signatures stay attributable.
        QCOMPARE(after->signingKeyId, before->signingKeyId);
        ws.logout();
        const auto keys = doctorKeys();
        QCOMPARE(keys.size(), 1);
        QVERIFY(!keys.first().retiredAt.isValid());
    }

    // A password change interrupted after the new key slot was written (two files cannot be
    // committed together): the new password opens the store and the SAME signing key, and
    // sign-in completes the change.
    void interruptedPasswordChangeCompletesAtSignIn()
    {
        const QByteArray oldSeal = doctorKeys().value(0).sealedPrivateKey;
        QVERIFY(!oldSeal.isEmpty());
        QByteArray keyId;
        {
            Workstation ws(dataDir(), testOptions(m_clock));
            auto doctor = ws.login(kDoctor, kDoctorTemporary);
            QVERIFY2(doctor.ok(), qPrintable(outcome(doctor)));
            keyId = doctor->signingKeyId;
            CL_VERIFY_OK(ws.changeOwnPassword(kDoctorTemporary, kDoctorOwn));
        }
        // Put the rows back as they stood between the slot write and the promotion.
        {
            auto unlocked = core::WorkstationStore::unlock(dataDir(), kAdminName, kAdminPassword);
            QVERIFY2(unlocked.ok(), qPrintable(unlocked.message()));
            core::Database &db = unlocked->store->database();
            auto st = db.prepare("UPDATE staff_keys SET pending_sealed_private_key = sealed_private_key,"
                                 " sealed_private_key = ?1 WHERE staff_id = ?2 AND retired_at IS NULL");
            QVERIFY(st.ok());
            st->bindBlob(1, oldSeal).bind(2, m_doctorId);
            QVERIFY(st->run().ok());
            QCOMPARE(db.changes(), 1);
        }
        QVERIFY(!doctorKeys().value(0).pendingSealedPrivateKey.isEmpty());

        Workstation ws(dataDir(), testOptions(m_clock));
        auto doctor = ws.login(kDoctor, kDoctorOwn);
        QVERIFY2(doctor.ok(), qPrintable(outcome(doctor)));
        QCOMPARE(doctor->signingKeyId, keyId);
        QVERIFY(!doctor->mustChangePassword);
        ws.logout();
        const core::StaffKeyRecord promoted = doctorKeys().value(0);
        QVERIFY(promoted.pendingSealedPrivateKey.isEmpty());
        QVERIFY(promoted.sealedPrivateKey != oldSeal);
        CL_VERIFY_OK(ws.login(kDoctor, kDoctorOwn)); // and again, now from the promoted key
    }

    // Interrupted before the slot was written: the old password still works and the staged
    // copy is dropped.
    void passwordChangeStoppedBeforeTheSlotKeepsTheOldPassword()
    {
        {
            auto unlocked = core::WorkstationStore::unlock(dataDir(), kAdminName, kAdminPassword);
            QVERIFY2(unlocked.ok(), qPrintable(unlocked.message()));
            core::StaffDirectory directory(unlocked->store->database());
            const core::StaffKeyRecord key = doctorKeys().value(0);
            QVERIFY(directory.stagePendingSeal(m_doctorId, key.id, QByteArray(64, 'x')).ok());
        }
        Workstation ws(dataDir(), testOptions(m_clock));
        auto doctor = ws.login(kDoctor, kDoctorTemporary);
        QVERIFY2(doctor.ok(), qPrintable(outcome(doctor)));
        ws.logout();
        QVERIFY(doctorKeys().value(0).pendingSealedPrivateKey.isEmpty());
    }

    void changeRequiresTheCurrentPasswordAndThePolicy()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        CL_VERIFY_OK(ws.login(kDoctor, kDoctorTemporary));
        QCOMPARE(codeOf(ws.changeOwnPassword(QStringLiteral("not my password"), kDoctorOwn)),
                 QStringLiteral("WrongCredentials"));
        auto weak = ws.changeOwnPassword(kDoctorTemporary, QStringLiteral("short"));
        QCOMPARE(codeOf(weak), QStringLiteral("InvalidInput"));
        QVERIFY(weak.message().contains(QStringLiteral("12")));
        QCOMPARE(codeOf(ws.changeOwnPassword(kDoctorTemporary, kDoctorTemporary)), QStringLiteral("InvalidInput"));
        QVERIFY(ws.currentUser()->mustChangePassword);
        // Nothing changed: the temporary password still opens the store.
        ws.logout();
        CL_VERIFY_OK(ws.login(kDoctor, kDoctorTemporary));
    }

    void adminResetRewrapsAndIssuesANewKey()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        CL_VERIFY_OK(ws.login(kDoctor, kDoctorTemporary));
        CL_VERIFY_OK(ws.changeOwnPassword(kDoctorTemporary, kDoctorOwn));
        const QByteArray oldKeyId = ws.currentUser()->signingKeyId;

        CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
        const QString reset = QStringLiteral("reset by the desk 7");
        CL_VERIFY_OK(ws.staff().resetPassword(m_doctorId, reset));
        ws.logout();

        QCOMPARE(codeOf(ws.login(kDoctor, kDoctorOwn)), QStringLiteral("WrongCredentials"));
        auto doctor = ws.login(kDoctor, reset);
        QVERIFY2(doctor.ok(), qPrintable(outcome(doctor)));
        QVERIFY(doctor->mustChangePassword);
        QVERIFY(doctor->signingKeyId != oldKeyId);
        QCOMPARE(doctor->signingKeyId.size(), 32);
        ws.logout();

        const auto keys = doctorKeys();
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(0).keyId, oldKeyId);
        QVERIFY(keys.at(0).retiredAt.isValid());
        QVERIFY(keys.at(0).sealedPrivateKey.isEmpty());
        QVERIFY(!keys.at(0).publicKey.isEmpty()); // still verifies what it signed
        QCOMPARE(keys.at(1).keyId, doctor->signingKeyId);
        QVERIFY(!keys.at(1).retiredAt.isValid());
        QVERIFY(!keys.at(1).sealedPrivateKey.isEmpty());
    }

    void temporaryPasswordMustBeChangedFirst()
    {
        Workstation ws(dataDir(), testOptions(m_clock));
        CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
        const QString temporary = QStringLiteral("second admin temp");
        auto second = ws.staff().create(QStringLiteral("deputy"), QStringLiteral("Noor Saleh"), Role::Admin, temporary);
        QVERIFY2(second.ok(), qPrintable(outcome(second)));
        QVERIFY(second->mustChangePassword);

        auto deputy = ws.login(QStringLiteral("deputy"), temporary);
        QVERIFY2(deputy.ok(), qPrintable(outcome(deputy)));
        QVERIFY(deputy->mustChangePassword);
        auto denied = ws.staff().list();
        QCOMPARE(codeOf(denied), QStringLiteral("PermissionDenied"));
        QVERIFY2(denied.message().contains(QStringLiteral("temporary password")), qPrintable(denied.message()));
        QCOMPARE(codeOf(ws.staff().create(QStringLiteral("someone"), QStringLiteral("Some One"), Role::Nurse,
                                          QStringLiteral("nurse temporary 1"))),
                 QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(ws.staff().securityEvents()), QStringLiteral("PermissionDenied"));

        CL_VERIFY_OK(ws.changeOwnPassword(temporary, QStringLiteral("a secret of Noor's own")));
        CL_VERIFY_OK(ws.staff().list());
    }
};

QTEST_GUILESS_MAIN(TestKeySlotsStaff)
#include "tst_key_slots_staff.moc"
