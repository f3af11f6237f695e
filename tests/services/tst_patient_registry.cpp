#include "RecordsTestSupport.h"

#include "clinical/Mrn.h"

#include <QRegularExpression>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// Registration, MRNs and pseudonyms, duplicates, search and who finds whom.
class TestPatientRegistry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registrationValidatesWithTheFormsMessages()
    {
        Clinic clinic;
        auto &ws = clinic.as(kAdminName);
        core::Demographics noName = sampleDemographics();
        noName.givenName.clear();
        auto r = ws.patients().registerPatient(noName, false);
        QCOMPARE(codeOf(r), QStringLiteral("InvalidInput"));
        QVERIFY2(!r.message().isEmpty(), qPrintable(r.message()));

        core::Demographics future = sampleDemographics();
        future.birthDate = clinic.clock().now->date().addDays(1);
        QCOMPARE(codeOf(ws.patients().registerPatient(future, false)), QStringLiteral("InvalidInput"));
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM patients"), 0);

        // Only an administrator registers; the refusal is audited.
        auto &doctor = clinic.as(kDoctorName);
        const qint64 before = clinic.auditCount();
        QCOMPARE(codeOf(doctor.patients().registerPatient(sampleDemographics(), true)), QStringLiteral("PermissionDenied"));
        QCOMPARE(clinic.auditCount(), before + 1);
        QVERIFY(clinic.lastAudit().refused);
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM patients"), 0);
    }

    void mrnHasACheckDigitAndThePseudonymIsStableAndOpaque()
    {
        Clinic clinic;
        auto &ws = clinic.as(kAdminName);
        auto first = ws.patients().registerPatient(sampleDemographics(), false);
        CL_VERIFY_OK(first);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{4}-\\d$")).match(first->mrn).hasMatch(), qPrintable(first->mrn));
        const auto digits = core::parseMrn(first->mrn);
        QVERIFY(digits);
        QCOMPARE(core::mrnCheckDigit(digits->left(8)), digits->right(1).toInt());
        QCOMPARE(first->id.size(), 32);
        QVERIFY(!first->id.contains(digits->toLatin1()));
        QVERIFY(!first->id.toHex().contains(digits->toLatin1()));

        // The same patient is found under the same id, in another session too.
        clinic.as(kDoctorName);
        clinic.as(kAdminName);
        auto found = ws.patients().search(first->mrn);
        CL_VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, first->id);
        auto details = ws.patients().details(first->id);
        CL_VERIFY_OK(details);
        QCOMPARE(details->demographics, sampleDemographics());
        QCOMPARE(details->version, quint64(1));
        QCOMPARE(details->authorship.authorName, adminDisplayName());

        // Two patients never share a number or a pseudonym.
        auto second = ws.patients().registerPatient(sampleDemographics(QStringLiteral("Jonas"), QStringLiteral("Weber")), false);
        CL_VERIFY_OK(second);
        QVERIFY(second->mrn != first->mrn);
        QVERIFY(second->id != first->id);
    }

    void duplicateIsFlaggedThenAllowedWhenConfirmed()
    {
        Clinic clinic;
        auto &ws = clinic.as(kAdminName);
        CL_VERIFY_OK(ws.patients().registerPatient(sampleDemographics(), false));
        // Case and accents do not hide a duplicate.
        const core::Demographics again = sampleDemographics(QStringLiteral("MARÍA"), QStringLiteral("schmidt"));
        auto dup = ws.patients().findDuplicates(again);
        CL_VERIFY_OK(dup);
        QCOMPARE(dup->size(), 1);
        auto refused = ws.patients().registerPatient(again, false);
        QCOMPARE(codeOf(refused), QStringLiteral("AlreadyExists"));
        QVERIFY2(refused.message().contains(QStringLiteral("1 patient")), qPrintable(refused.message()));
        QVERIFY(!refused.message().contains(QStringLiteral("Schmidt")));
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM patients"), 1);
        CL_VERIFY_OK(ws.patients().registerPatient(again, true));
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM patients"), 2);
        QCOMPARE(ws.patients().findDuplicates(sampleDemographics())->size(), 2);
        // A different birth date is a different person.
        QCOMPARE(ws.patients().findDuplicates(sampleDemographics(QStringLiteral("Maria"), QStringLiteral("Schmidt"), QDate(1971, 5, 14)))->size(), 0);
    }

    void searchByNamePrefixWordsAndRecordNumberForms()
    {
        Clinic clinic;
        auto &ws = clinic.as(kAdminName);
        auto maria = ws.patients().registerPatient(sampleDemographics(QStringLiteral("Maria"), QStringLiteral("Schmidt"), QDate(1970, 5, 14)), false);
        auto anna = ws.patients().registerPatient(sampleDemographics(QStringLiteral("Anna"), QStringLiteral("Schmidt"), QDate(1980, 1, 1)), false);
        auto older = ws.patients().registerPatient(sampleDemographics(QStringLiteral("Anna"), QStringLiteral("Schmidt"), QDate(1950, 1, 1)), true);
        auto jonas = ws.patients().registerPatient(sampleDemographics(QStringLiteral("Jonas"), QStringLiteral("Marten")), false);
        auto zoe = ws.patients().registerPatient(sampleDemographics(QStringLiteral("Zoë"), QStringLiteral("O'Neil")), false);
        for (const auto *r : {&maria, &anna, &older, &jonas, &zoe})
            CL_VERIFY_OK(*r);

        const auto ids = [&](const QString &query) {
            QList<PatientId> out;
            auto found = ws.patients().search(query);
            if (!found)
                qWarning("%s", qPrintable(outcome(found)));
            else
                for (const PatientSummary &s : *found)
                    out.append(s.id);
            return out;
        };
        // Family name, then given name, then birth date.
        QCOMPARE(ids(QStringLiteral("schm")), (QList<PatientId>{older->id, anna->id, maria->id}));
        QCOMPARE(ids(QStringLiteral("SCHMIDT an")), (QList<PatientId>{older->id, anna->id}));
        QCOMPARE(ids(QStringLiteral("an schmidt")), (QList<PatientId>{older->id, anna->id}));
        // A word matches the start of the given or the family name.
        QCOMPARE(ids(QStringLiteral("mar")), (QList<PatientId>{jonas->id, maria->id}));
        QCOMPARE(ids(QStringLiteral("zoe o'n")), (QList<PatientId>{zoe->id}));
        QCOMPARE(ids(QStringLiteral("chmidt")), QList<PatientId>());
        // A family name of several words is found by its words in order.
        auto mateo = ws.patients().registerPatient(sampleDemographics(QStringLiteral("Mateo"), QStringLiteral("Quiroga Vell")), false);
        CL_VERIFY_OK(mateo);
        QCOMPARE(ids(QStringLiteral("quiroga vel")), (QList<PatientId>{mateo->id}));
        QCOMPARE(ids(QStringLiteral("mateo quir")), (QList<PatientId>{mateo->id}));
        QCOMPARE(ids(QStringLiteral("vell")), QList<PatientId>());
        CL_VERIFY_OK(ws.patients().erase(mateo->id, QStringLiteral("registered by mistake")));
        QCOMPARE(ids(QString()).size(), 5);
        auto limited = ws.patients().search(QString(), 2);
        CL_VERIFY_OK(limited);
        QCOMPARE(limited->size(), 2);

        const QString digits = *core::parseMrn(jonas->mrn);
        const QStringList forms{jonas->mrn, digits, QString(digits.left(4) + u' ' + digits.mid(4, 4) + u' ' + digits.right(1)),
                                QString(u' ' + jonas->mrn + u' ')};
        for (const QString &form : forms)
            QCOMPARE(ids(form), (QList<PatientId>{jonas->id}));
        QString wrong = digits;
        wrong[8] = QChar(u'0' + (digits.at(8).digitValue() + 1) % 10);
        auto bad = ws.patients().search(wrong);
        QCOMPARE(codeOf(bad), QStringLiteral("InvalidInput"));

        // One audit entry per search, naming no patient and no query.
        const qint64 before = clinic.auditCount();
        CL_VERIFY_OK(ws.patients().search(QStringLiteral("schmidt")));
        QCOMPARE(clinic.auditCount(), before + 1);
        const auto entry = clinic.lastAudit();
        QCOMPARE(entry.action, QStringLiteral("search"));
        QVERIFY(entry.pseudonym.isEmpty());
        QVERIFY(!entry.detail.contains(QStringLiteral("schmidt"), Qt::CaseInsensitive));
    }

    void cliniciansFindOnlyPatientsTheyMaySee()
    {
        Clinic clinic;
        auto &ws = clinic.as(kAdminName);
        auto visible = ws.patients().registerPatient(sampleDemographics(QStringLiteral("Vera"), QStringLiteral("Visible")), false);
        CL_VERIFY_OK(ws.consent().setRegisteringClinicDefault(false));
        auto hidden = ws.patients().registerPatient(sampleDemographics(QStringLiteral("Hanna"), QStringLiteral("Hidden")), false);
        CL_VERIFY_OK(visible);
        CL_VERIFY_OK(hidden);
        // The admin sees every registered patient.
        QCOMPARE(ws.patients().search(QString())->size(), 2);

        auto &doctor = clinic.as(kDoctorName);
        auto byName = doctor.patients().search(QStringLiteral("h"));
        CL_VERIFY_OK(byName);
        QVERIFY(byName->isEmpty());
        auto all = doctor.patients().search(QString());
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().id, visible->id);
        // An exact record number shows that the patient exists, without a name.
        auto exact = doctor.patients().search(hidden->mrn);
        CL_VERIFY_OK(exact);
        QCOMPARE(exact->size(), 1);
        QCOMPARE(exact->first().id, hidden->id);
        QVERIFY(!exact->first().accessible);
        QVERIFY(exact->first().givenName.isEmpty());
        QVERIFY(exact->first().familyName.isEmpty());
        QVERIFY(exact->first().birthDate.isNull());
        QCOMPARE(exact->first().mrn, hidden->mrn);
        QVERIFY(doctor.patients().search(visible->mrn)->first().accessible);

        auto &nurse = clinic.as(kNurseName);
        QVERIFY(nurse.patients().search(hidden->mrn)->isEmpty());
        QCOMPARE(nurse.patients().search(visible->mrn)->size(), 1);
        QCOMPARE(codeOf(nurse.patients().details(hidden->id)), QStringLiteral("PermissionDenied"));

        // Emergency access makes the patient findable by the doctor who opened it, flagged.
        auto &again = clinic.as(kDoctorName);
        CL_VERIFY_OK(again.consent().breakGlass(hidden->id, QStringLiteral("Unconscious on arrival in the emergency room")));
        auto found = again.patients().search(QStringLiteral("hidden"));
        CL_VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QVERIFY(found->first().accessible);
        QVERIFY(found->first().breakGlassActive);
        QCOMPARE(found->first().familyName, QStringLiteral("Hidden"));
    }

    void updateKeepsEveryEarlierVersion()
    {
        Clinic clinic;
        auto &ws = clinic.as(kAdminName);
        auto patient = ws.patients().registerPatient(sampleDemographics(), false);
        CL_VERIFY_OK(patient);
        clinic.clock().advance(60);
        core::Demographics married = sampleDemographics(QStringLiteral("Maria"), QStringLiteral("Keller"));
        married.email = QStringLiteral("maria.keller@example.org");
        auto updated = ws.patients().updateDemographics(patient->id, married, QStringLiteral("Name change after marriage"));
        CL_VERIFY_OK(updated);
        QCOMPARE(updated->version, quint64(2));
        QCOMPARE(updated->summary.familyName, QStringLiteral("Keller"));
        QCOMPARE(updated->authorship.changeReason, QStringLiteral("Name change after marriage"));

        auto details = ws.patients().details(patient->id);
        CL_VERIFY_OK(details);
        QCOMPARE(details->demographics, married);
        QCOMPARE(details->version, quint64(2));
        QCOMPARE(ws.patients().search(QStringLiteral("keller"))->size(), 1);
        QCOMPARE(ws.patients().search(QStringLiteral("schmidt"))->size(), 0);

        auto versions = ws.charts().versions(patient->id, details->recordId);
        CL_VERIFY_OK(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(std::get<core::Demographics>(versions->at(0).value), sampleDemographics());
        QCOMPARE(std::get<core::Demographics>(versions->at(1).value), married);
        QVERIFY(versions->at(0).info.authorship.writtenAt < versions->at(1).info.authorship.writtenAt);
        QVERIFY(!versions->at(0).info.transactionId.isEmpty());
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM record_payloads WHERE record_id = ?1", details->recordId), 2);

        // Only an administrator edits demographics.
        auto &doctor = clinic.as(kDoctorName);
        QCOMPARE(codeOf(doctor.patients().updateDemographics(patient->id, sampleDemographics(), QStringLiteral("x"))),
                 QStringLiteral("PermissionDenied"));
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM record_payloads WHERE record_id = ?1", details->recordId), 2);
        QVERIFY(clinic.verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestPatientRegistry)
#include "tst_patient_registry.moc"
