#include "RecordsTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// FHIR export of a patient and the import of the published EHRGuard table 4.
class TestInteropService : public QObject {
    Q_OBJECT

    static QString sharedCsv() { return QStringLiteral(CARELEDGER_SHARED_DIR "/data/ehrguard-table4-vitals.csv"); }

    static QList<QJsonObject> resources(const QJsonObject &bundle, const QString &type)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &entry : bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
            if (resource.value(QStringLiteral("resourceType")).toString() == type)
                out.append(resource);
        }
        return out;
    }

    static QByteArray storedFingerprint(Clinic &clinic)
    {
        auto &db = WorkstationAccess::state(clinic.ws()).store->database();
        core::Sha256 h;
        for (const char *sql : {"SELECT record_id || version FROM record_payloads ORDER BY record_id, version",
                                "SELECT pseudonym FROM patients ORDER BY pseudonym", "SELECT username FROM staff_accounts ORDER BY id",
                                "SELECT id FROM consent_grants ORDER BY id"}) {
            auto st = db.prepare(sql);
            (void)st->forEachRow([&](const core::Statement &row) { h.add(row.blob(0)); });
        }
        return h.finish();
    }

private Q_SLOTS:
    void exportHoldsTheWholeRecord()
    {
        Clinic clinic;
        auto &admin = clinic.as(kAdminName);
        auto patient = admin.patients().registerPatient(sampleDemographics(), false);
        CL_VERIFY_OK(patient);
        auto nurseGrant = admin.consent().grantToStaff(patient->id, kNurseName, QDateTime());
        CL_VERIFY_OK(nurseGrant);
        CL_VERIFY_OK(admin.consent().revoke(patient->id, *nurseGrant, QStringLiteral("Ward change")));
        auto &doctor = clinic.as(kDoctorName);
        auto diabetes = doctor.charts().addHistory(patient->id, sampleHistory());
        CL_VERIFY_OK(diabetes);
        core::HistoryEntry resolved = sampleHistory();
        resolved.status = core::ProblemStatus::Resolved;
        CL_VERIFY_OK(doctor.charts().updateHistory(patient->id, *diabetes, resolved, QStringLiteral("In remission")));
        CL_VERIFY_OK(doctor.charts().addHistory(patient->id, sampleHistory(QStringLiteral("Seasonal rhinitis"))));
        auto metformin = doctor.charts().prescribe(patient->id, samplePrescription());
        CL_VERIFY_OK(metformin);
        CL_VERIFY_OK(doctor.charts().setPrescriptionStatus(patient->id, *metformin, core::PrescriptionStatus::Stopped,
                                                           QStringLiteral("Remission")));
        CL_VERIFY_OK(doctor.charts().prescribe(patient->id, samplePrescription(QStringLiteral("Cetirizine"))));

        // Only an administrator exports, and only with the patient's consent for the clinic.
        QCOMPARE(codeOf(doctor.interop().exportFhir(patient->id)), QStringLiteral("PermissionDenied"));
        auto &nurse = clinic.as(kNurseName);
        QCOMPARE(codeOf(nurse.interop().exportFhir(patient->id)), QStringLiteral("PermissionDenied"));

        auto &adm = clinic.as(kAdminName);
        const qint64 auditBefore = clinic.auditCount();
        auto json = adm.interop().exportFhir(patient->id);
        CL_VERIFY_OK(json);
        QCOMPARE(clinic.auditCount(), auditBefore + 1);
        QCOMPARE(clinic.lastAudit().action, QStringLiteral("export"));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject bundle = doc.object();
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));

        const auto patients = resources(bundle, QStringLiteral("Patient"));
        QCOMPARE(patients.size(), 1);
        const QJsonObject p = patients.first();
        QCOMPARE(p.value(QStringLiteral("name")).toArray().first().toObject().value(QStringLiteral("family")).toString(), QStringLiteral("Schmidt"));
        QCOMPARE(p.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1970-05-14"));
        QCOMPARE(p.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
        const QJsonArray identifiers = p.value(QStringLiteral("identifier")).toArray();
        QCOMPARE(identifiers.at(0).toObject().value(QStringLiteral("value")).toString(), patient->mrn);
        QCOMPARE(identifiers.at(1).toObject().value(QStringLiteral("value")).toString(), QString::fromLatin1(patient->id.toHex()));

        const auto conditions = resources(bundle, QStringLiteral("Condition"));
        QCOMPARE(conditions.size(), 2);
        const auto medications = resources(bundle, QStringLiteral("MedicationRequest"));
        QCOMPARE(medications.size(), 2);
        QStringList statuses;
        QStringList names;
        for (const QJsonObject &m : medications) {
            statuses.append(m.value(QStringLiteral("status")).toString());
            names.append(m.value(QStringLiteral("medicationCodeableConcept")).toObject().value(QStringLiteral("text")).toString());
        }
        statuses.sort();
        QCOMPARE(statuses, (QStringList{QStringLiteral("active"), QStringLiteral("stopped")}));
        QVERIFY2(names.join(u'|').contains(QStringLiteral("Metformin 500 mg")), qPrintable(names.join(u'|')));
        const auto consents = resources(bundle, QStringLiteral("Consent"));
        QCOMPARE(consents.size(), 2); // the clinic's default and the revoked nurse grant
        QStringList consentStates;
        for (const QJsonObject &c : consents)
            consentStates.append(c.value(QStringLiteral("status")).toString());
        consentStates.sort();
        QCOMPARE(consentStates, (QStringList{QStringLiteral("active"), QStringLiteral("inactive")}));
        // Every audit entry about the patient before this export.
        AuditFilter trail;
        trail.patientMrn = patient->mrn;
        const qint64 entries = adm.audit().entries(trail)->size();
        QCOMPARE(resources(bundle, QStringLiteral("AuditEvent")).size(), entries - 1);
    }

    void importCreatesTwentyPatientsOnce()
    {
        Clinic clinic;
        auto &doctorSession = clinic.as(kDoctorName);
        QCOMPARE(codeOf(doctorSession.interop().importEhrGuardTable(sharedCsv())), QStringLiteral("PermissionDenied"));
        QCOMPARE(clinic.lastAudit().action, QStringLiteral("import"));
        QVERIFY(clinic.lastAudit().refused);
        auto &adm = clinic.as(kAdminName);
        auto report = adm.interop().importEhrGuardTable(sharedCsv());
        CL_VERIFY_OK(report);
        QVERIFY2(report->skippedRows.isEmpty(), qPrintable(report->skippedRows.join(u'\n')));
        QCOMPARE(report->patientsCreated, 20);
        QCOMPARE(report->patientsMatched, 0);
        QCOMPARE(report->doctorsCreated, 20);
        QCOMPARE(report->historyEntries, 12); // every row but the eight "Normal" ones
        QCOMPARE(report->prescriptions, 9);  // every drug; "Emergency Care" is a care note on the entry
        QCOMPARE(report->observations, 0);
        QCOMPARE(report->notes.size(), 1);
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM patients"), 20);
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM record_payloads"), 20 + 12 + 9);
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM audit_log WHERE action = 'import' AND refused = 0 AND pseudonym IS NOT NULL"), 20);

        // The imported doctors exist, with a password nobody knows.
        auto staff = adm.staff().list();
        CL_VERIFY_OK(staff);
        QCOMPARE(staff->size(), 4 + 20);
        for (const StaffAccount &a : *staff)
            if (a.username == QStringLiteral("d007")) {
                QCOMPARE(a.displayName, QStringLiteral("Dr D007"));
                QCOMPARE(a.role, Role::Doctor);
                QVERIFY(a.mustChangePassword);
            }

        // P001: Hypertension, MedA 50 mg, by the admin's session on behalf of D001.
        auto found = adm.patients().search(QStringLiteral("olvast"));
        CL_VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().birthDate, QDate(1958, 4, 12));
        auto &doctor = clinic.as(kDoctorName);
        auto chart = doctor.charts().open(found->first().id);
        CL_VERIFY_OK(chart);
        QCOMPARE(chart->history->size(), 1);
        QCOMPARE(chart->history->first().entry.condition, QStringLiteral("Hypertension"));
        QCOMPARE(chart->history->first().entry.onsetDate, QDate(2025, 2, 25));
        QCOMPARE(chart->history->first().current.authorship.changeReason, QStringLiteral("Imported from EHRGuard table 4 (doctor D001)"));
        QCOMPARE(chart->history->first().current.authorship.authorName, adminDisplayName());
        QCOMPARE(chart->prescriptions->size(), 1);
        const core::Prescription &p = chart->prescriptions->first().prescription;
        QCOMPARE(p.medication, QStringLiteral("MedA"));
        QCOMPARE(p.strength, QStringLiteral("50 mg"));
        QCOMPARE(p.status, core::PrescriptionStatus::Active);
        QCOMPARE(p.durationDays, 30);
        // A critical alert with "Emergency Care" is a history entry with the care given.
        int emergencies = 0;
        const auto everyone = doctor.patients().search(QString());
        CL_VERIFY_OK(everyone);
        QCOMPARE(everyone->size(), 20);
        for (const PatientSummary &s : *everyone) {
            auto c = doctor.charts().open(s.id);
            CL_VERIFY_OK(c);
            for (const HistoryItem &h : *c->history)
                if (h.entry.condition == QStringLiteral("Critical alert")) {
                    QCOMPARE(h.entry.description, QStringLiteral("Care given: Emergency Care"));
                    QVERIFY(c->prescriptions->isEmpty());
                    ++emergencies;
                }
        }
        QCOMPARE(emergencies, 3);

        // Twice: nothing new.
        auto &adm3 = clinic.as(kAdminName);
        const QByteArray before = storedFingerprint(clinic);
        auto again = adm3.interop().importEhrGuardTable(sharedCsv());
        CL_VERIFY_OK(again);
        QCOMPARE(again->patientsCreated, 0);
        QCOMPARE(again->patientsMatched, 20);
        QCOMPARE(again->doctorsCreated, 0);
        QCOMPARE(storedFingerprint(clinic), before);
        QVERIFY(clinic.verify().ok());
    }

    void malformedRowsAreSkippedAndNothingStoredIsTouched()
    {
        Clinic clinic;
        clinic.registerPatient();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("table.csv"));
        const auto write = [&](const QByteArray &content) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(content);
        };
        const QByteArray header = "patient_id,timestamp,heart_rate_bpm,blood_pressure_mmhg,spo2_percent,glucose_mg_dl,doctor_id,diagnosis,prescription\n";
        write(header + "P001,2025-02-25 08:00,78,120-80,98,110,D001,Hypertension,MedA 50 mg\n"
                       "P999,2025-02-25 08:05,85,130/85,96,140,D002,Diabetes type 2,MedB 10 mg\n"
                       "P003,2025-02-25 08:10,92,125/78\n");
        auto &adm = clinic.as(kAdminName);
        const QByteArray before = storedFingerprint(clinic);
        auto report = adm.interop().importEhrGuardTable(path);
        CL_VERIFY_OK(report);
        QCOMPARE(report->patientsCreated, 0);
        QCOMPARE(report->skippedRows.size(), 3);
        QVERIFY2(report->skippedRows.at(0).startsWith(QStringLiteral("line 2: ")), qPrintable(report->skippedRows.join(u'\n')));
        QVERIFY2(report->skippedRows.filter(QStringLiteral("line 3: patient P999 has no identity")).size() == 1,
                 qPrintable(report->skippedRows.join(u'\n')));
        QVERIFY2(report->skippedRows.filter(QStringLiteral("line 4: ")).size() == 1, qPrintable(report->skippedRows.join(u'\n')));
        QCOMPARE(storedFingerprint(clinic), before);

        // Not the expected table at all: refused as a whole, with the column named.
        write("name,dob\nAnna,1970-01-01\n");
        auto wrong = adm.interop().importEhrGuardTable(path);
        QCOMPARE(codeOf(wrong), QStringLiteral("InvalidInput"));
        QVERIFY(!wrong.message().isEmpty());
        QCOMPARE(codeOf(adm.interop().importEhrGuardTable(dir.filePath(QStringLiteral("missing.csv")))), QStringLiteral("NotFound"));
        QCOMPARE(storedFingerprint(clinic), before);
    }
};

QTEST_GUILESS_MAIN(TestInteropService)
#include "tst_interop_service.moc"
