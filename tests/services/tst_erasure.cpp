#include "RecordsTestSupport.h"

#include "clinical/Mrn.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// Erasure (GDPR art. 17) by crypto-shredding: keys and ciphertexts gone, the search entry's
// personal columns cleared, the chain still verifying with pseudonyms and hashes only.
class TestErasure : public QObject {
    Q_OBJECT

    const QString kGiven = QStringLiteral("Quintessa");
    const QString kFamily = QStringLiteral("Zwolinski-Marchetti");

    // Every text and blob value in every table of the decrypted database.
    static QList<QByteArray> everyValue(core::Database &db)
    {
        QStringList tables;
        {
            auto st = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'");
            (void)st->forEachRow([&](const core::Statement &row) { tables.append(row.text(0)); });
        }
        QList<QByteArray> out;
        for (const QString &table : tables) {
            QStringList columns;
            auto info = db.prepare(QByteArray("PRAGMA table_info(" + table.toLatin1() + ")").constData());
            (void)info->forEachRow([&](const core::Statement &row) { columns.append(row.text(1)); });
            for (const QString &column : columns) {
                auto st = db.prepare(QByteArray("SELECT " + column.toLatin1() + " FROM " + table.toLatin1()).constData());
                (void)st->forEachRow([&](const core::Statement &row) {
                    if (!row.isNull(0))
                        out.append(row.blob(0));
                });
            }
        }
        return out;
    }

private Q_SLOTS:
    void erasureDestroysKeysCiphertextsAndTheSearchEntry()
    {
        Clinic clinic;
        auto &admin = clinic.as(kAdminName);
        auto patient = admin.patients().registerPatient(sampleDemographics(kGiven, kFamily), false);
        CL_VERIFY_OK(patient);
        const PatientId id = patient->id;
        const QString mrnDigits = *core::parseMrn(patient->mrn);
        CL_VERIFY_OK(admin.consent().grantToStaff(id, kNurseName, QDateTime()));
        auto &doctor = clinic.as(kDoctorName);
        CL_VERIFY_OK(doctor.charts().addHistory(id, sampleHistory()));
        CL_VERIFY_OK(doctor.charts().prescribe(id, samplePrescription()));
        CL_VERIFY_OK(doctor.sealNow());
        // A second patient, who must not be touched.
        const PatientId bystander = clinic.registerPatient(sampleDemographics(QStringLiteral("Bruno"), QStringLiteral("Bystander")));

        QList<QByteArray> ciphertexts;
        {
            auto st = WorkstationAccess::state(clinic.ws()).store->database().prepare(
                "SELECT ciphertext FROM record_payloads WHERE patient_pseudonym = ?1");
            st->bindBlob(1, id);
            (void)st->forEachRow([&](const core::Statement &row) { ciphertexts.append(row.blob(0)); });
        }
        QCOMPARE(ciphertexts.size(), 3); // demographics, history, prescription

        // Who may erase, and with what.
        auto &doc = clinic.as(kDoctorName);
        QCOMPARE(codeOf(doc.patients().erase(id, QStringLiteral("asked to"))), QStringLiteral("PermissionDenied"));
        auto &adm = clinic.as(kAdminName);
        QCOMPARE(codeOf(adm.patients().erase(id, QStringLiteral("  "))), QStringLiteral("InvalidInput"));
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM patient_keys WHERE pseudonym = ?1", id), 1);

        const qint64 outboxBefore = clinic.count("SELECT COUNT(*) FROM ledger_outbox");
        CL_VERIFY_OK(adm.patients().erase(id, QStringLiteral("Erasure requested by the patient (GDPR art. 17)")));
        // One erase transaction for all of the patient's records.
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM ledger_outbox"), outboxBefore + 1);
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM ledger_outbox WHERE type = 7 AND pseudonym = ?1 AND record_id IS NULL", id), 1);
        // Nothing old is left in the WAL.
        const QString wal = QDir(clinic.dir()).filePath(core::WorkstationStore::databaseFileName() + QStringLiteral("-wal"));
        QVERIFY2(!QFileInfo::exists(wal) || QFileInfo(wal).size() == 0, qPrintable(QString::number(QFileInfo(wal).size())));

        // Every front-end path refuses or finds nothing.
        QCOMPARE(codeOf(adm.patients().details(id)), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(adm.charts().open(id)), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(adm.interop().exportFhir(id)), QStringLiteral("PermissionDenied"));
        QVERIFY(adm.patients().search(kFamily)->isEmpty());
        QVERIFY(adm.patients().search(patient->mrn)->isEmpty());
        QCOMPARE(adm.patients().search(QString())->size(), 1);
        QCOMPARE(codeOf(adm.patients().erase(id, QStringLiteral("again"))), QStringLiteral("PermissionDenied"));
        auto &nurse = clinic.as(kNurseName);
        QCOMPARE(codeOf(nurse.charts().open(id)), QStringLiteral("PermissionDenied"));
        QVERIFY(nurse.patients().search(patient->mrn)->isEmpty());
        CL_VERIFY_OK(nurse.charts().open(bystander));

        // What the database holds now, read with the raw key.
        {
            auto store = clinic.raw();
            core::Database &db = store->database();
            auto rows = db.prepare("SELECT COUNT(*), SUM(ciphertext IS NULL), SUM(erased) FROM record_payloads WHERE patient_pseudonym = ?1");
            rows->bindBlob(1, id);
            QVERIFY(rows->step().value());
            QCOMPARE(rows->int64(0), 3);
            QCOMPARE(rows->int64(1), 3);
            QCOMPARE(rows->int64(2), 3);
            auto keys = db.prepare("SELECT COUNT(*) FROM patient_keys WHERE pseudonym = ?1");
            keys->bindBlob(1, id);
            QVERIFY(keys->step().value());
            QCOMPARE(keys->int64(0), 0);
            auto wrapped = db.prepare("SELECT COUNT(*) FROM consent_grants WHERE pseudonym = ?1 AND wrapped_key IS NOT NULL");
            wrapped->bindBlob(1, id);
            QVERIFY(wrapped->step().value());
            QCOMPARE(wrapped->int64(0), 0);
            auto index = db.prepare("SELECT mrn, given_name, family_name, given_norm, family_norm, birth_date, sex, erased_at FROM patients "
                                    "WHERE pseudonym = ?1");
            index->bindBlob(1, id);
            QVERIFY(index->step().value());
            for (int c = 0; c < 7; ++c)
                QVERIFY2(index->isNull(c), qPrintable(QString::number(c)));
            QVERIFY(!index->isNull(7));

            // No ciphertext, name or record number anywhere in the database, the chain included.
            const QList<QByteArray> values = everyValue(db);
            QVERIFY(values.size() > 100);
            for (const QByteArray &value : values) {
                QVERIFY(!value.contains(kFamily.toUtf8()));
                QVERIFY(!value.contains(mrnDigits.toLatin1()));
                for (const QByteArray &c : ciphertexts)
                    QVERIFY(!value.contains(c.mid(5, 40)));
            }
            // The chain names the patient only by pseudonym.
            auto onChain = db.prepare("SELECT COUNT(*) FROM ledger_tx_index WHERE pseudonym = ?1");
            onChain->bindBlob(1, id);
            QVERIFY(onChain->step().value());
            QVERIFY(onChain->int64(0) >= 4);
        }

        // Verification knows the records as erased, before and after the erasure is sealed.
        VerifyResult before = clinic.verify();
        QVERIFY2(before.ok(), qPrintable(before.problems.join(u'\n')));
        QCOMPARE(before.recordsErased, quint64(3));
        CL_VERIFY_OK(clinic.ws().sealNow());
        VerifyResult after = clinic.verify();
        QVERIFY2(after.ok(), qPrintable(after.problems.join(u'\n')));
        QCOMPARE(after.recordsErased, quint64(3));
        QCOMPARE(after.recordsChecked, quint64(1)); // the bystander's demographics

        // The audit trail stays, naming the patient as erased, with the reason.
        AuditFilter filter;
        filter.action = QStringLiteral("erase");
        auto entries = clinic.ws().audit().entries(filter);
        CL_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 4); // newest first: the second attempt, the erasure, the empty reason, the doctor
        QVERIFY(entries->at(0).refused);
        const AuditEntry &erasure = entries->at(1);
        QCOMPARE(erasure.patientMrn, QStringLiteral("erased"));
        QVERIFY(!erasure.refused);
        QCOMPARE(erasure.actorUsername, kAdminName);
        QCOMPARE(erasure.detail, QStringLiteral("Erasure requested by the patient (GDPR art. 17)"));
        QVERIFY(entries->at(2).refused);
        QVERIFY(entries->at(3).refused);
        QCOMPARE(entries->at(3).actorUsername, kDoctorName);
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
