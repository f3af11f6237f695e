// Clinical records: every validation rule with its message (a form shows it as is), the
// CBOR payload the services encrypt (round trip, canonical bytes, strict decoding of
// damaged or foreign payloads) and the name matching used for search and duplicates.

#include "clinical/ClinicalRecords.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace careledger::core;

namespace {

const QDate kToday(2026, 1, 15);
const QDate kBirth(1980, 5, 17);

Demographics validDemographics()
{
    Demographics d;
    d.givenName = QStringLiteral("Amira");
    d.familyName = QStringLiteral("Haddad");
    d.birthDate = kBirth;
    d.sex = Sex::Female;
    d.address = QStringLiteral("12 rue de Marseille\n1000 Tunis");
    d.phone = QStringLiteral("+216 71 123 456");
    d.email = QStringLiteral("amira.haddad@example.org");
    d.emergencyContactName = QStringLiteral("Sami Haddad");
    d.emergencyContactPhone = QStringLiteral("+216 98 765 432");
    return d;
}

HistoryEntry validHistory()
{
    HistoryEntry h;
    h.condition = QStringLiteral("Type 2 diabetes");
    h.code = QStringLiteral("E11");
    h.codeSystem = QStringLiteral("http://hl7.org/fhir/sid/icd-10");
    h.description = QStringLiteral("Diet-controlled until 2019.\nNow on metformin.");
    h.onsetDate = QDate(2015, 3, 1);
    h.status = ProblemStatus::Active;
    return h;
}

Prescription validPrescription()
{
    Prescription p;
    p.medication = QStringLiteral("Metformin");
    p.strength = QStringLiteral("500 mg");
    p.form = QStringLiteral("tablet");
    p.dose = 1;
    p.doseUnit = QStringLiteral("tablet");
    p.route = QStringLiteral("oral");
    p.frequency = QStringLiteral("twice daily");
    p.durationDays = 30;
    p.quantity = 60;
    p.quantityUnit = QStringLiteral("tablet");
    p.refills = 2;
    p.instructions = QStringLiteral("Take with food.");
    p.prescribedOn = QDate(2026, 1, 10);
    p.status = PrescriptionStatus::Active;
    return p;
}

RecordAuthorship authorship()
{
    RecordAuthorship a;
    a.writtenAt = QDateTime(QDate(2026, 1, 10), QTime(9, 30, 15, 123), Qt::UTC);
    a.authorName = QStringLiteral("Dr Leïla Ben Salah");
    a.authorRole = QStringLiteral("doctor");
    a.authorKeyId = QByteArray(32, '\x5a');
    a.changeReason = QString();
    return a;
}

QString repeated(const QString &unit, int count)
{
    return unit.repeated(count);
}

using DemographicsEdit = std::function<void(Demographics &)>;
using HistoryEdit = std::function<void(HistoryEntry &, QDate &birth)>;
using PrescriptionEdit = std::function<void(Prescription &)>;

QByteArray toBytes(const QCborMap &map)
{
    return map.toCborValue().toCbor(QCborValue::UseFloat16);
}

} // namespace

Q_DECLARE_METATYPE(DemographicsEdit)
Q_DECLARE_METATYPE(HistoryEdit)
Q_DECLARE_METATYPE(PrescriptionEdit)

class TestClinicalRecords : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // ---- validation --------------------------------------------------------------------

    void demographicsValidation_data()
    {
        QTest::addColumn<DemographicsEdit>("edit");
        QTest::addColumn<QString>("message"); // empty: valid

        const auto row = [](const char *name, DemographicsEdit edit, const QString &message) {
            QTest::newRow(name) << edit << message;
        };
        row("complete", [](Demographics &) {}, QString());
        row("only required fields", [](Demographics &d) {
            d.address.clear();
            d.phone.clear();
            d.email.clear();
            d.emergencyContactName.clear();
            d.emergencyContactPhone.clear();
        }, QString());

        row("given name missing", [](Demographics &d) { d.givenName.clear(); }, QStringLiteral("Given name is required."));
        row("given name blank", [](Demographics &d) { d.givenName = QStringLiteral("  \t "); }, QStringLiteral("Given name is required."));
        row("given name 100 characters", [](Demographics &d) { d.givenName = repeated(QStringLiteral("a"), 100); }, QString());
        row("given name 101 characters", [](Demographics &d) { d.givenName = repeated(QStringLiteral("a"), 101); },
            QStringLiteral("Given name must be at most 100 characters long."));
        // Counted in characters, not UTF-16 units: 100 letters outside the BMP are fine.
        row("given name 100 astral characters", [](Demographics &d) { d.givenName = repeated(QStringLiteral("\U0001D49C"), 100); },
            QString());
        row("given name with a tab", [](Demographics &d) { d.givenName = QStringLiteral("Am\tira"); },
            QStringLiteral("Given name must be a single line without control characters."));
        row("given name with a line separator", [](Demographics &d) { d.givenName = QStringLiteral("Am\u2028ira"); },
            QStringLiteral("Given name must be a single line without control characters."));
        row("given name with NUL", [](Demographics &d) { d.givenName = QStringLiteral("Am") + QChar(0) + QStringLiteral("ira"); },
            QStringLiteral("Given name must be a single line without control characters."));
        row("family name missing", [](Demographics &d) { d.familyName.clear(); }, QStringLiteral("Family name is required."));
        row("family name 101 characters", [](Demographics &d) { d.familyName = repeated(QStringLiteral("é"), 101); },
            QStringLiteral("Family name must be at most 100 characters long."));
        row("family name with newline", [](Demographics &d) { d.familyName = QStringLiteral("Had\ndad"); },
            QStringLiteral("Family name must be a single line without control characters."));

        row("birth date missing", [](Demographics &d) { d.birthDate = QDate(); }, QStringLiteral("Date of birth is required."));
        row("born today", [](Demographics &d) { d.birthDate = kToday; }, QString());
        row("born tomorrow", [](Demographics &d) { d.birthDate = kToday.addDays(1); },
            QStringLiteral("Date of birth cannot be in the future."));
        row("born 1900-01-01", [](Demographics &d) { d.birthDate = QDate(1900, 1, 1); }, QString());
        row("born 1899-12-31", [](Demographics &d) { d.birthDate = QDate(1899, 12, 31); },
            QStringLiteral("Date of birth cannot be before 1900-01-01."));

        row("address with tabs and line breaks", [](Demographics &d) { d.address = QStringLiteral("Bloc B\tApt 3\r\nTunis"); },
            QString());
        row("address 500 characters", [](Demographics &d) { d.address = repeated(QStringLiteral("x"), 500); }, QString());
        row("address 501 characters", [](Demographics &d) { d.address = repeated(QStringLiteral("x"), 501); },
            QStringLiteral("Address must be at most 500 characters long."));
        row("address with a bell", [](Demographics &d) { d.address = QStringLiteral("12 rue\x07"); },
            QStringLiteral("Address must not contain control characters other than line breaks and tabs."));

        row("phone 6 digits", [](Demographics &d) { d.phone = QStringLiteral("123456"); }, QString());
        row("phone 5 digits", [](Demographics &d) { d.phone = QStringLiteral("12 34-5"); },
            QStringLiteral("Phone must have between 6 and 20 digits."));
        row("phone 20 digits", [](Demographics &d) { d.phone = repeated(QStringLiteral("1"), 20); }, QString());
        row("phone 21 digits", [](Demographics &d) { d.phone = repeated(QStringLiteral("1"), 21); },
            QStringLiteral("Phone must have between 6 and 20 digits."));
        row("phone with every allowed character", [](Demographics &d) { d.phone = QStringLiteral("+1 (555) 123-45.67"); }, QString());
        row("phone with letters", [](Demographics &d) { d.phone = QStringLiteral("555-CALL-NOW"); },
            QStringLiteral("Phone may contain only digits, spaces and the characters + - ( ) ."));
        row("phone with a slash", [](Demographics &d) { d.phone = QStringLiteral("71/123456"); },
            QStringLiteral("Phone may contain only digits, spaces and the characters + - ( ) ."));
        row("phone only punctuation", [](Demographics &d) { d.phone = QStringLiteral("+()"); },
            QStringLiteral("Phone must have between 6 and 20 digits."));

        const QString emailMessage = QStringLiteral("Email must be an address such as name@example.org, without spaces.");
        row("email short", [](Demographics &d) { d.email = QStringLiteral("a@b.co"); }, QString());
        row("email subdomain", [](Demographics &d) { d.email = QStringLiteral("first.last+tag@mail.example.org"); }, QString());
        row("email without @", [](Demographics &d) { d.email = QStringLiteral("amira.example.org"); }, emailMessage);
        row("email with two @", [](Demographics &d) { d.email = QStringLiteral("amira@home@example.org"); }, emailMessage);
        row("email empty local part", [](Demographics &d) { d.email = QStringLiteral("@example.org"); }, emailMessage);
        row("email domain without dot", [](Demographics &d) { d.email = QStringLiteral("amira@localhost"); }, emailMessage);
        row("email domain starting with dot", [](Demographics &d) { d.email = QStringLiteral("amira@.org"); }, emailMessage);
        row("email domain ending with dot", [](Demographics &d) { d.email = QStringLiteral("amira@example."); }, emailMessage);
        row("email with a space", [](Demographics &d) { d.email = QStringLiteral("amira haddad@example.org"); }, emailMessage);

        row("emergency contact without phone", [](Demographics &d) { d.emergencyContactPhone.clear(); },
            QStringLiteral("Emergency contact phone is required when an emergency contact is named."));
        row("emergency phone without name", [](Demographics &d) { d.emergencyContactName.clear(); }, QString());
        row("emergency contact 101 characters", [](Demographics &d) { d.emergencyContactName = repeated(QStringLiteral("s"), 101); },
            QStringLiteral("Emergency contact must be at most 100 characters long."));
        row("emergency phone too short", [](Demographics &d) { d.emergencyContactPhone = QStringLiteral("12345"); },
            QStringLiteral("Emergency contact phone must have between 6 and 20 digits."));
        row("emergency phone with letters", [](Demographics &d) { d.emergencyContactPhone = QStringLiteral("call 123456"); },
            QStringLiteral("Emergency contact phone may contain only digits, spaces and the characters + - ( ) ."));
    }

    void demographicsValidation()
    {
        QFETCH(DemographicsEdit, edit);
        QFETCH(QString, message);
        Demographics d = validDemographics();
        edit(d);
        const ClinicalStatus result = validate(d, kToday);
        if (message.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.message()));
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.code(), ClinicalError::Invalid);
            QCOMPARE(result.message(), message);
        }
    }

    void historyValidation_data()
    {
        QTest::addColumn<HistoryEdit>("edit");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, HistoryEdit edit, const QString &message) { QTest::newRow(name) << edit << message; };

        row("complete", [](HistoryEntry &, QDate &) {}, QString());
        row("free text only", [](HistoryEntry &h, QDate &) {
            h.code.clear();
            h.codeSystem.clear();
            h.description.clear();
            h.onsetDate = QDate();
        }, QString());
        row("condition missing", [](HistoryEntry &h, QDate &) { h.condition.clear(); }, QStringLiteral("Condition is required."));
        row("condition 200 characters", [](HistoryEntry &h, QDate &) { h.condition = repeated(QStringLiteral("c"), 200); }, QString());
        row("condition 201 characters", [](HistoryEntry &h, QDate &) { h.condition = repeated(QStringLiteral("c"), 201); },
            QStringLiteral("Condition must be at most 200 characters long."));
        row("condition on two lines", [](HistoryEntry &h, QDate &) { h.condition = QStringLiteral("Type 2\ndiabetes"); },
            QStringLiteral("Condition must be a single line without control characters."));
        row("code without system", [](HistoryEntry &h, QDate &) { h.codeSystem.clear(); },
            QStringLiteral("Code system is required when a code is given."));
        row("system without code", [](HistoryEntry &h, QDate &) { h.code.clear(); },
            QStringLiteral("Code is required when a code system is given."));
        row("system not a URI", [](HistoryEntry &h, QDate &) { h.codeSystem = QStringLiteral("ICD-10"); },
            QStringLiteral("Code system must be a URI such as http://hl7.org/fhir/sid/icd-10 or http://snomed.info/sct."));
        row("system SNOMED CT", [](HistoryEntry &h, QDate &) {
            h.code = QStringLiteral("44054006");
            h.codeSystem = QStringLiteral("http://snomed.info/sct");
        }, QString());
        row("system urn", [](HistoryEntry &h, QDate &) { h.codeSystem = QStringLiteral("urn:oid:2.16.840.1.113883.6.3"); }, QString());
        row("code 101 characters", [](HistoryEntry &h, QDate &) { h.code = repeated(QStringLiteral("9"), 101); },
            QStringLiteral("Code must be at most 100 characters long."));
        row("description 2000 characters", [](HistoryEntry &h, QDate &) { h.description = repeated(QStringLiteral("d"), 2000); },
            QString());
        row("description 2001 characters", [](HistoryEntry &h, QDate &) { h.description = repeated(QStringLiteral("d"), 2001); },
            QStringLiteral("Description must be at most 2000 characters long."));
        row("description with escape", [](HistoryEntry &h, QDate &) { h.description = QStringLiteral("\x1b[31mred"); },
            QStringLiteral("Description must not contain control characters other than line breaks and tabs."));
        row("onset today", [](HistoryEntry &h, QDate &) { h.onsetDate = kToday; }, QString());
        row("onset tomorrow", [](HistoryEntry &h, QDate &) { h.onsetDate = kToday.addDays(1); },
            QStringLiteral("Onset date cannot be in the future."));
        row("onset on the birth date", [](HistoryEntry &h, QDate &) { h.onsetDate = kBirth; }, QString());
        row("onset before birth", [](HistoryEntry &h, QDate &) { h.onsetDate = kBirth.addDays(-1); },
            QStringLiteral("Onset date cannot be before the date of birth."));
        row("onset before 1900, birth unknown", [](HistoryEntry &h, QDate &birth) {
            birth = QDate();
            h.onsetDate = QDate(1899, 12, 31);
        }, QStringLiteral("Onset date cannot be before 1900-01-01."));
        row("onset with birth unknown", [](HistoryEntry &h, QDate &birth) {
            birth = QDate();
            h.onsetDate = QDate(1950, 1, 1);
        }, QString());
    }

    void historyValidation()
    {
        QFETCH(HistoryEdit, edit);
        QFETCH(QString, message);
        HistoryEntry h = validHistory();
        QDate birth = kBirth;
        edit(h, birth);
        const ClinicalStatus result = validate(h, kToday, birth);
        if (message.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.message()));
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.code(), ClinicalError::Invalid);
            QCOMPARE(result.message(), message);
        }
    }

    void prescriptionValidation_data()
    {
        QTest::addColumn<PrescriptionEdit>("edit");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, PrescriptionEdit edit, const QString &message) { QTest::newRow(name) << edit << message; };
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double infinity = std::numeric_limits<double>::infinity();

        row("complete", [](Prescription &) {}, QString());
        row("without instructions", [](Prescription &p) { p.instructions.clear(); }, QString());
        row("medication missing", [](Prescription &p) { p.medication.clear(); }, QStringLiteral("Medication is required."));
        row("medication 201 characters", [](Prescription &p) { p.medication = repeated(QStringLiteral("m"), 201); },
            QStringLiteral("Medication must be at most 200 characters long."));
        row("strength missing", [](Prescription &p) { p.strength = QStringLiteral(" "); }, QStringLiteral("Strength is required."));
        row("strength 101 characters", [](Prescription &p) { p.strength = repeated(QStringLiteral("5"), 101); },
            QStringLiteral("Strength must be at most 100 characters long."));
        row("form missing", [](Prescription &p) { p.form.clear(); }, QStringLiteral("Form is required."));
        row("form free text", [](Prescription &p) { p.form = QStringLiteral("lozenge"); }, QString());

        row("dose zero", [](Prescription &p) { p.dose = 0; }, QStringLiteral("Dose must be greater than zero."));
        row("dose negative", [](Prescription &p) { p.dose = -1; }, QStringLiteral("Dose must be greater than zero."));
        row("dose not a number", [nan](Prescription &p) { p.dose = nan; }, QStringLiteral("Dose must be greater than zero."));
        row("dose tiny", [](Prescription &p) { p.dose = 0.001; }, QString());
        row("dose 10000", [](Prescription &p) { p.dose = 10000; }, QString());
        row("dose above 10000", [](Prescription &p) { p.dose = 10000.5; }, QStringLiteral("Dose must be at most 10000."));
        row("dose infinite", [infinity](Prescription &p) { p.dose = infinity; }, QStringLiteral("Dose must be at most 10000."));
        row("dose unit missing", [](Prescription &p) { p.doseUnit.clear(); }, QStringLiteral("Dose unit is required."));
        row("route missing", [](Prescription &p) { p.route.clear(); }, QStringLiteral("Route is required."));
        row("route free text", [](Prescription &p) { p.route = QStringLiteral("buccal"); }, QString());
        row("frequency missing", [](Prescription &p) { p.frequency.clear(); }, QStringLiteral("Frequency is required."));
        row("frequency with a tab", [](Prescription &p) { p.frequency = QStringLiteral("twice\tdaily"); },
            QStringLiteral("Frequency must be a single line without control characters."));

        row("duration 0", [](Prescription &p) { p.durationDays = 0; }, QStringLiteral("Duration must be between 1 and 3650 days."));
        row("duration 1", [](Prescription &p) { p.durationDays = 1; }, QString());
        row("duration 3650", [](Prescription &p) { p.durationDays = 3650; }, QString());
        row("duration 3651", [](Prescription &p) { p.durationDays = 3651; },
            QStringLiteral("Duration must be between 1 and 3650 days."));
        row("quantity zero", [](Prescription &p) { p.quantity = 0; }, QStringLiteral("Quantity must be greater than zero."));
        row("quantity not a number", [nan](Prescription &p) { p.quantity = nan; }, QStringLiteral("Quantity must be greater than zero."));
        row("quantity 100000", [](Prescription &p) { p.quantity = 100000; }, QString());
        row("quantity above 100000", [](Prescription &p) { p.quantity = 100000.01; },
            QStringLiteral("Quantity must be at most 100000."));
        row("quantity unit missing", [](Prescription &p) { p.quantityUnit.clear(); }, QStringLiteral("Quantity unit is required."));
        row("refills -1", [](Prescription &p) { p.refills = -1; }, QStringLiteral("Refills must be between 0 and 12."));
        row("refills 0", [](Prescription &p) { p.refills = 0; }, QString());
        row("refills 12", [](Prescription &p) { p.refills = 12; }, QString());
        row("refills 13", [](Prescription &p) { p.refills = 13; }, QStringLiteral("Refills must be between 0 and 12."));
        row("instructions on several lines", [](Prescription &p) { p.instructions = QStringLiteral("Morning: 1\nEvening: 1"); }, QString());
        row("instructions 1000 characters", [](Prescription &p) { p.instructions = repeated(QStringLiteral("i"), 1000); }, QString());
        row("instructions 1001 characters", [](Prescription &p) { p.instructions = repeated(QStringLiteral("i"), 1001); },
            QStringLiteral("Instructions must be at most 1000 characters long."));
        row("prescribed date missing", [](Prescription &p) { p.prescribedOn = QDate(); }, QStringLiteral("Date prescribed is required."));
        row("prescribed today", [](Prescription &p) { p.prescribedOn = kToday; }, QString());
        row("prescribed tomorrow", [](Prescription &p) { p.prescribedOn = kToday.addDays(1); },
            QStringLiteral("Date prescribed cannot be in the future."));
        row("prescribed before 1900", [](Prescription &p) { p.prescribedOn = QDate(1899, 12, 31); },
            QStringLiteral("Date prescribed cannot be before 1900-01-01."));
    }

    void prescriptionValidation()
    {
        QFETCH(PrescriptionEdit, edit);
        QFETCH(QString, message);
        Prescription p = validPrescription();
        edit(p);
        const ClinicalStatus result = validate(p, kToday);
        if (message.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.message()));
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.code(), ClinicalError::Invalid);
            QCOMPARE(result.message(), message);
        }
    }

    // ---- ids and names -----------------------------------------------------------------

    void enumIdsRoundTrip()
    {
        for (Sex s : {Sex::Female, Sex::Male, Sex::Other, Sex::Unknown}) {
            QCOMPARE(sexFromId(sexId(s)), s);
            QVERIFY(!sexDisplayName(s).isEmpty());
        }
        QCOMPARE(sexId(Sex::Female), QStringLiteral("female"));
        QCOMPARE(sexId(Sex::Unknown), QStringLiteral("unknown"));
        QVERIFY(!sexFromId(QStringLiteral("F")));
        for (ProblemStatus s : {ProblemStatus::Active, ProblemStatus::Resolved, ProblemStatus::Inactive}) {
            QCOMPARE(problemStatusFromId(problemStatusId(s)), s);
        }
        QCOMPARE(problemStatusId(ProblemStatus::Resolved), QStringLiteral("resolved"));
        QVERIFY(!problemStatusFromId(QStringLiteral("Active")));
        for (PrescriptionStatus s : {PrescriptionStatus::Active, PrescriptionStatus::Amended, PrescriptionStatus::Completed,
                                     PrescriptionStatus::Stopped}) {
            QCOMPARE(prescriptionStatusFromId(prescriptionStatusId(s)), s);
            QVERIFY(!prescriptionStatusDisplayName(s).isEmpty());
        }
        QCOMPARE(prescriptionStatusId(PrescriptionStatus::Amended), QStringLiteral("amended"));
        QVERIFY(!isFinal(PrescriptionStatus::Active));
        QVERIFY(!isFinal(PrescriptionStatus::Amended));
        QVERIFY(isFinal(PrescriptionStatus::Completed));
        QVERIFY(isFinal(PrescriptionStatus::Stopped));
    }

    void formsAndRoutes()
    {
        QCOMPARE(prescriptionForms(),
                 (QStringList{QStringLiteral("tablet"), QStringLiteral("capsule"), QStringLiteral("oral-solution"),
                              QStringLiteral("oral-suspension"), QStringLiteral("injection"), QStringLiteral("inhaler"),
                              QStringLiteral("cream"), QStringLiteral("ointment"), QStringLiteral("patch"), QStringLiteral("drops"),
                              QStringLiteral("suppository"), QStringLiteral("spray")}));
        QCOMPARE(prescriptionRoutes(),
                 (QStringList{QStringLiteral("oral"), QStringLiteral("sublingual"), QStringLiteral("intravenous"),
                              QStringLiteral("intramuscular"), QStringLiteral("subcutaneous"), QStringLiteral("topical"),
                              QStringLiteral("inhalation"), QStringLiteral("rectal"), QStringLiteral("ophthalmic"),
                              QStringLiteral("otic"), QStringLiteral("nasal"), QStringLiteral("transdermal")}));
        QCOMPARE(formDisplayName(QStringLiteral("oral-solution")), QStringLiteral("Oral solution"));
        QCOMPARE(routeDisplayName(QStringLiteral("intravenous")), QStringLiteral("Intravenous"));
        QCOMPARE(formDisplayName(QStringLiteral("lozenge")), QStringLiteral("lozenge"));
        QCOMPARE(routeDisplayName(QStringLiteral("buccal")), QStringLiteral("buccal"));
    }

    void normaliseName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("header example") << QStringLiteral("Zoë  O'Neil") << QStringLiteral("zoe o'neil");
        QTest::newRow("trimmed, accents, hyphen") << QStringLiteral("  ÉLODIE   Dupont-Durand ") << QStringLiteral("elodie dupont-durand");
        QTest::newRow("combining mark") << QStringLiteral("Zoe\u0308") << QStringLiteral("zoe");
        QTest::newRow("sharp s folds") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("ligature") << QStringLiteral("\uFB01ona") << QStringLiteral("fiona");
        QTest::newRow("full width") << QStringLiteral("\uFF21\uFF4D\uFF49\uFF52\uFF41") << QStringLiteral("amira");
        QTest::newRow("typographic apostrophe") << QStringLiteral("O\u2019Neil") << QStringLiteral("o'neil");
        QTest::newRow("tabs and line breaks") << QStringLiteral("Jean\t\n Paul") << QStringLiteral("jean paul");
        QTest::newRow("no-break space") << QStringLiteral("Ben\u00A0Salah") << QStringLiteral("ben salah");
        QTest::newRow("Turkish dotted I") << QStringLiteral("\u0130pek") << QStringLiteral("ipek");
        // Hamza above is a combining mark after NFKD: "أمل" and "امل" match.
        QTest::newRow("Arabic hamza") << QStringLiteral("\u0623\u0645\u0644") << QStringLiteral("\u0627\u0645\u0644");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only spaces") << QStringLiteral("   ") << QString();
    }

    void normaliseName()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(careledger::core::normaliseName(input), expected);
    }

    // ---- CBOR ----------------------------------------------------------------------------

    void demographicsRoundTrip()
    {
        Demographics d = validDemographics();
        d.givenName = QStringLiteral("Leïla \U0001F600");
        const RecordAuthorship a = authorship();
        const QByteArray bytes = encodeRecord(d, a);
        QCOMPARE(encodeRecord(d, a), bytes); // deterministic
        auto decoded = decodeDemographics(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(decoded->value, d);
        QCOMPARE(decoded->authorship, a);
        QCOMPARE(decoded->authorship.writtenAt.timeSpec(), Qt::UTC);
        QCOMPARE(decoded->authorship.writtenAt.toMSecsSinceEpoch(), a.writtenAt.toMSecsSinceEpoch());

        // Optional fields empty, every sex.
        for (Sex s : {Sex::Female, Sex::Male, Sex::Other, Sex::Unknown}) {
            Demographics minimal;
            minimal.givenName = QStringLiteral("A");
            minimal.familyName = QStringLiteral("B");
            minimal.birthDate = QDate(1900, 1, 1);
            minimal.sex = s;
            RecordAuthorship b;
            b.writtenAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
            auto back = decodeDemographics(encodeRecord(minimal, b));
            QVERIFY2(back.ok(), qPrintable(back.message()));
            QCOMPARE(back->value, minimal);
            QCOMPARE(back->authorship, b);
        }
    }

    void historyRoundTrip()
    {
        HistoryEntry h = validHistory();
        RecordAuthorship a = authorship();
        a.changeReason = QStringLiteral("Coded after the specialist's letter.");
        auto decoded = decodeHistoryEntry(encodeRecord(h, a));
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(decoded->value, h);
        QCOMPARE(decoded->authorship, a);

        h.onsetDate = QDate(); // unknown onset
        h.code.clear();
        h.codeSystem.clear();
        h.status = ProblemStatus::Resolved;
        auto unknownOnset = decodeHistoryEntry(encodeRecord(h, a));
        QVERIFY2(unknownOnset.ok(), qPrintable(unknownOnset.message()));
        QCOMPARE(unknownOnset->value, h);
        QVERIFY(!unknownOnset->value.onsetDate.isValid());
    }

    void prescriptionRoundTrip_data()
    {
        QTest::addColumn<double>("dose");
        QTest::addColumn<double>("quantity");
        QTest::newRow("whole") << 1.0 << 60.0;
        QTest::newRow("half") << 0.5 << 15.0;
        QTest::newRow("needs single precision") << 1.25 << 100000.0;
        QTest::newRow("needs double precision") << 1.0 / 3.0 << 0.1;
        QTest::newRow("tiny") << 0.001 << 99999.99;
    }

    void prescriptionRoundTrip()
    {
        QFETCH(double, dose);
        QFETCH(double, quantity);
        Prescription p = validPrescription();
        p.dose = dose;
        p.quantity = quantity;
        for (PrescriptionStatus s : {PrescriptionStatus::Active, PrescriptionStatus::Amended, PrescriptionStatus::Completed,
                                     PrescriptionStatus::Stopped}) {
            p.status = s;
            const QByteArray bytes = encodeRecord(p, authorship());
            auto decoded = decodePrescription(bytes);
            QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
            QCOMPARE(decoded->value, p);
            QCOMPARE(decoded->value.dose, dose); // bit-exact, not fuzzy
            QCOMPARE(decoded->authorship, authorship());
        }
    }

    void encodingShape()
    {
        const QByteArray bytes = encodeRecord(validPrescription(), authorship());
        const QCborValue root = QCborValue::fromCbor(bytes);
        QVERIFY(root.isMap());
        const QCborMap map = root.toMap();
        // Integer keys in ascending order: the canonical order for keys below 256.
        qint64 previous = -1;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            QVERIFY(it.key().isInteger());
            QVERIFY(it.key().toInteger() > previous);
            previous = it.key().toInteger();
        }
        QCOMPARE(map.value(0).toInteger(), 1);                         // format version
        QCOMPARE(map.value(1).toString(), QStringLiteral("prescription")); // kind
        QCOMPARE(map.value(2).toInteger(), authorship().writtenAt.toMSecsSinceEpoch());
        QCOMPARE(map.value(5).toByteArray(), authorship().authorKeyId);
        QVERIFY(map.value(19).isDouble()); // dose is a float even when whole
        QCOMPARE(map.value(28).toString(), QStringLiteral("2026-01-10"));
        // Whole-valued floats take the shortest exact width (half precision: 0xf9).
        QVERIFY(bytes.contains(QByteArray::fromHex("13f93c00"))); // key 19, half-float 1.0
    }

    // ---- strict decoding ---------------------------------------------------------------

    void truncatedInputFails()
    {
        const QByteArray bytes = encodeRecord(validDemographics(), authorship());
        for (qsizetype size = 0; size < bytes.size(); ++size) {
            auto decoded = decodeDemographics(QByteArrayView(bytes).first(size));
            QVERIFY2(!decoded.ok(), qPrintable(QStringLiteral("prefix of %1 bytes decoded").arg(size)));
            QCOMPARE(decoded.code(), ClinicalError::Decode);
            QVERIFY(!decoded.message().isEmpty());
        }
    }

    void trailingBytesFail()
    {
        QByteArray bytes = encodeRecord(validHistory(), authorship());
        bytes.append('\0');
        auto decoded = decodeHistoryEntry(bytes);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.code(), ClinicalError::Decode);
        QVERIFY(decoded.message().contains(QStringLiteral("trailing")));

        QByteArray twice = encodeRecord(validHistory(), authorship());
        twice += twice;
        QCOMPARE(decodeHistoryEntry(twice).code(), ClinicalError::Decode);
    }

    void wrongKindFails()
    {
        const QByteArray demographics = encodeRecord(validDemographics(), authorship());
        const QByteArray history = encodeRecord(validHistory(), authorship());
        const QByteArray prescription = encodeRecord(validPrescription(), authorship());
        QCOMPARE(decodeHistoryEntry(demographics).code(), ClinicalError::Decode);
        QCOMPARE(decodePrescription(demographics).code(), ClinicalError::Decode);
        QCOMPARE(decodeDemographics(history).code(), ClinicalError::Decode);
        QCOMPARE(decodePrescription(history).code(), ClinicalError::Decode);
        QCOMPARE(decodeDemographics(prescription).code(), ClinicalError::Decode);
        QCOMPARE(decodeHistoryEntry(prescription).code(), ClinicalError::Decode);
        QVERIFY(decodeHistoryEntry(demographics).message().contains(QStringLiteral("kind")));
    }

    void malformedMapsFail_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("messagePart");

        const QCborMap good = QCborValue::fromCbor(encodeRecord(validDemographics(), authorship())).toMap();
        const auto edited = [&](const std::function<void(QCborMap &)> &edit) {
            QCborMap m = good;
            edit(m);
            return toBytes(m);
        };
        QTest::newRow("empty input") << QByteArray() << QStringLiteral("CBOR");
        QTest::newRow("not a map") << QCborValue(QCborArray{1, 2, 3}).toCbor() << QStringLiteral("map");
        QTest::newRow("a bare integer") << QCborValue(7).toCbor() << QStringLiteral("map");
        QTest::newRow("unknown format version") << edited([](QCborMap &m) { m.insert(0, 2); }) << QStringLiteral("format version (2)");
        QTest::newRow("format version missing") << edited([](QCborMap &m) { m.remove(0); }) << QStringLiteral("format version");
        QTest::newRow("format version as text") << edited([](QCborMap &m) { m.insert(0, QStringLiteral("1")); })
                                               << QStringLiteral("format version");
        QTest::newRow("kind missing") << edited([](QCborMap &m) { m.remove(1); }) << QStringLiteral("kind");
        QTest::newRow("field missing") << edited([](QCborMap &m) { m.remove(20); }) << QStringLiteral("fields");
        QTest::newRow("authorship missing") << edited([](QCborMap &m) { m.remove(3); }) << QStringLiteral("fields");
        QTest::newRow("unknown field") << edited([](QCborMap &m) { m.insert(99, 1); }) << QStringLiteral("fields");
        QTest::newRow("unknown field replacing a known one") << edited([](QCborMap &m) {
            m.remove(24);
            m.insert(25, QStringLiteral("x"));
        }) << QStringLiteral("unknown field");
        QTest::newRow("name as integer") << edited([](QCborMap &m) { m.insert(16, 5); }) << QStringLiteral("wrong type");
        QTest::newRow("birth date as integer") << edited([](QCborMap &m) { m.insert(18, 19800517); }) << QStringLiteral("wrong type");
        QTest::newRow("birth date impossible") << edited([](QCborMap &m) { m.insert(18, QStringLiteral("1980-02-30")); })
                                              << QStringLiteral("wrong type");
        QTest::newRow("birth date not zero-padded") << edited([](QCborMap &m) { m.insert(18, QStringLiteral("1980-5-17")); })
                                                   << QStringLiteral("wrong type");
        QTest::newRow("unknown sex") << edited([](QCborMap &m) { m.insert(19, QStringLiteral("robot")); }) << QStringLiteral("wrong type");
        QTest::newRow("written at as text") << edited([](QCborMap &m) { m.insert(2, QStringLiteral("2026-01-10T09:30:15Z")); })
                                           << QStringLiteral("wrong type");
        QTest::newRow("key id as text") << edited([](QCborMap &m) { m.insert(5, QStringLiteral("5a5a")); }) << QStringLiteral("wrong type");
        QTest::newRow("keys out of order") << [&] {
            QCborMap m;
            m.insert(1, good.value(1));
            m.insert(0, good.value(0));
            for (auto it = good.cbegin(); it != good.cend(); ++it) {
                if (it.key().toInteger() > 1) {
                    m.insert(it.key(), it.value());
                }
            }
            return toBytes(m);
        }() << QStringLiteral("canonical");
        // The same map with an integer in a longer form than needed (key 0 as 0x18 0x00).
        QTest::newRow("integer not in shortest form") << [&]() -> QByteArray {
            QByteArray bytes = toBytes(good);
            return bytes.left(1) + QByteArray::fromHex("1800") + bytes.mid(2);
        }() << QStringLiteral("canonical");
        QTest::newRow("invalid UTF-8 in a name") << [&] {
            QByteArray bytes = toBytes(good);
            const qsizetype at = bytes.indexOf("Amira");
            bytes[at] = '\xff';
            return bytes;
        }() << QStringLiteral("CBOR");
    }

    void malformedMapsFail()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, messagePart);
        auto decoded = decodeDemographics(bytes);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.code(), ClinicalError::Decode);
        QVERIFY2(decoded.message().contains(messagePart), qPrintable(decoded.message()));
    }

    void nonCanonicalFloatsFail()
    {
        // Doubles written at full width when a shorter width is exact: another encoding of
        // the same value, refused so a payload has exactly one byte form.
        const QByteArray canonical = encodeRecord(validPrescription(), authorship());
        const QByteArray wide = QCborValue::fromCbor(canonical).toCbor();
        QVERIFY(wide != canonical);
        auto decoded = decodePrescription(wide);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.code(), ClinicalError::Decode);

        QCborMap map = QCborValue::fromCbor(canonical).toMap();
        map.insert(19, 1); // dose as an integer
        QCOMPARE(decodePrescription(toBytes(map)).code(), ClinicalError::Decode);
        map.insert(19, 1.0);
        map.insert(23, 30.0); // duration as a float
        QCOMPARE(decodePrescription(toBytes(map)).code(), ClinicalError::Decode);
        map.insert(23, 30);
        map.insert(29, QStringLiteral("paused"));
        QCOMPARE(decodePrescription(toBytes(map)).code(), ClinicalError::Decode);
        map.insert(29, QStringLiteral("stopped"));
        QVERIFY(decodePrescription(toBytes(map)).ok());
    }

    void randomBytesNeverDecode()
    {
        QRandomGenerator random(20260115); // fixed seed: the same inputs on every run
        const QByteArray valid = encodeRecord(validPrescription(), authorship());
        for (int i = 0; i < 2000; ++i) {
            QByteArray bytes = valid;
            // Flip one to three bytes of a valid payload, or replace it with noise.
            if (i % 4 == 0) {
                bytes = QByteArray(static_cast<qsizetype>(random.bounded(1, 200)), Qt::Uninitialized);
                for (char &c : bytes) {
                    c = static_cast<char>(random.bounded(256));
                }
            } else {
                for (int flips = random.bounded(1, 4); flips > 0; --flips) {
                    const qsizetype at = random.bounded(static_cast<int>(bytes.size()));
                    bytes[at] = static_cast<char>(bytes[at] ^ static_cast<char>(random.bounded(1, 256)));
                }
            }
            auto decoded = decodePrescription(bytes);
            if (decoded.ok()) {
                // A flip inside a text can still give a well-formed record: it must then be
                // exactly what the encoder makes of it.
                QCOMPARE(encodeRecord(decoded->value, decoded->authorship), bytes);
            } else {
                QCOMPARE(decoded.code(), ClinicalError::Decode);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestClinicalRecords)
#include "tst_clinical_records.moc"
