// The EHRGuard table-4 dataset: the published file parses completely, and a damaged row is
// reported with its line number while the other rows still come through.

#include "clinical/EhrGuardTable.h"

#include <QFile>
#include <QTest>

using namespace careledger::core;

namespace {

const QByteArray kHeader =
    "patient_id,timestamp,heart_rate_bpm,blood_pressure_mmhg,spo2_percent,glucose_mg_dl,doctor_id,diagnosis,prescription\n";
const QByteArray kGoodRow = "P001,2025-02-25 08:00,78,120/80,98,110,D001,Hypertension,MedA 50 mg\n";
const QByteArray kOtherRow = "P002,2025-02-25 08:05,85,130/85,96,140,D002,Diabetes type 2,MedB 10 mg\n";

QByteArray realFile()
{
    QFile file(QStringLiteral(CARELEDGER_SHARED_DIR "/data/ehrguard-table4-vitals.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

// The header, a good row, the row under test (line 3), another good row (line 4).
QByteArray around(const QByteArray &row)
{
    return kHeader + kGoodRow + row + "\n" + kOtherRow;
}

} // namespace

class TestEhrGuardTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realFileParsesCompletely()
    {
        const QByteArray bytes = realFile();
        QVERIFY(!bytes.isEmpty());
        auto table = parseEhrGuardTable(bytes);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QVERIFY2(table->problems.isEmpty(), qPrintable(table->problems.join(u'\n')));
        QCOMPARE(table->rows.size(), 20);

        const EhrGuardRow &first = table->rows.at(0);
        QCOMPARE(first.line, 2);
        QCOMPARE(first.patientId, QStringLiteral("P001"));
        QCOMPARE(first.takenAt, QDateTime(QDate(2025, 2, 25), QTime(8, 0), Qt::UTC));
        QCOMPARE(first.takenAt.timeSpec(), Qt::UTC);
        QCOMPARE(first.heartRateBpm, 78);
        QCOMPARE(first.systolicMmHg, 120);
        QCOMPARE(first.diastolicMmHg, 80);
        QCOMPARE(first.spo2Percent, 98);
        QCOMPARE(first.glucoseMgDl, 110);
        QCOMPARE(first.doctorId, QStringLiteral("D001"));
        QCOMPARE(first.diagnosis, QStringLiteral("Hypertension"));
        QCOMPARE(first.prescription, std::make_optional(std::make_pair(QStringLiteral("MedA"), QStringLiteral("50 mg"))));

        const EhrGuardRow &normal = table->rows.at(2); // P003: Normal, None
        QCOMPARE(normal.patientId, QStringLiteral("P003"));
        QVERIFY(normal.diagnosis.isEmpty());
        QCOMPARE(normal.prescription, std::nullopt);

        const EhrGuardRow &insulin = table->rows.at(4); // P005
        QCOMPARE(insulin.diagnosis, QStringLiteral("Diabetes type 1"));
        QCOMPARE(insulin.prescription, std::make_optional(std::make_pair(QStringLiteral("Insulin"), QStringLiteral("5 unit"))));

        const EhrGuardRow &critical = table->rows.at(5); // P006
        QCOMPARE(critical.diagnosis, QStringLiteral("Critical alert"));
        QCOMPARE(critical.prescription, std::make_optional(std::make_pair(QStringLiteral("Emergency Care"), QString())));
        QCOMPARE(critical.systolicMmHg, 160);
        QCOMPARE(critical.diastolicMmHg, 100);

        const EhrGuardRow &last = table->rows.at(19);
        QCOMPARE(last.line, 21);
        QCOMPARE(last.patientId, QStringLiteral("P020"));
        QCOMPARE(last.takenAt, QDateTime(QDate(2025, 2, 25), QTime(9, 35), Qt::UTC));
    }

    void crlfAndByteOrderMarkAreAccepted()
    {
        QByteArray bytes = realFile();
        bytes.replace("\n", "\r\n");
        bytes.prepend("\xEF\xBB\xBF");
        auto table = parseEhrGuardTable(bytes);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QVERIFY2(table->problems.isEmpty(), qPrintable(table->problems.join(u'\n')));
        QCOMPARE(table->rows.size(), 20);
        QCOMPARE(table->rows.last().line, 21);
        QCOMPARE(table->rows.last().prescription, std::make_optional(std::make_pair(QStringLiteral("Emergency Care"), QString())));
    }

    void badRowsAreReportedAndSkipped_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QStringList>("problems");
        const auto row = [](const char *name, const char *text, QStringList problems) {
            QTest::newRow(name) << QByteArray(text) << problems;
        };
        row("blood pressure with a dash", "P009,2025-02-25 08:40,88,120-80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: blood pressure “120-80” is not systolic/diastolic")});
        row("blood pressure upside down", "P009,2025-02-25 08:40,88,80/120,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: blood pressure “80/120”: the systolic value must be above the diastolic")});
        row("systolic too high", "P009,2025-02-25 08:40,88,301/80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: systolic pressure 301 mmHg is outside 40 to 300")});
        row("diastolic too low", "P009,2025-02-25 08:40,88,120/19,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: diastolic pressure 19 mmHg is outside 20 to 200")});
        row("column missing", "P009,2025-02-25 08:40,88,120/80,95,130,D009,Hypertension",
            {QStringLiteral("line 3: 8 columns where 9 were expected")});
        row("column extra", "P009,2025-02-25 08:40,88,120/80,95,130,D009,Hypertension,MedD 25 mg,extra",
            {QStringLiteral("line 3: 10 columns where 9 were expected")});
        row("heart rate not numeric", "P009,2025-02-25 08:40,eighty,120/80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: heart rate “eighty” is not a whole number")});
        row("heart rate decimal", "P009,2025-02-25 08:40,88.5,120/80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: heart rate “88.5” is not a whole number")});
        row("heart rate empty", "P009,2025-02-25 08:40,,120/80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: heart rate “” is not a whole number")});
        row("heart rate 19", "P009,2025-02-25 08:40,19,120/80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: heart rate 19 bpm is outside 20 to 300")});
        row("heart rate 301", "P009,2025-02-25 08:40,301,120/80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: heart rate 301 bpm is outside 20 to 300")});
        row("SpO2 101", "P009,2025-02-25 08:40,88,120/80,101,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: SpO2 101 % is outside 50 to 100")});
        row("SpO2 49", "P009,2025-02-25 08:40,88,120/80,49,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: SpO2 49 % is outside 50 to 100")});
        row("glucose 9", "P009,2025-02-25 08:40,88,120/80,95,9,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: glucose 9 mg/dL is outside 10 to 1000")});
        row("glucose 1001", "P009,2025-02-25 08:40,88,120/80,95,1001,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: glucose 1001 mg/dL is outside 10 to 1000")});
        row("several problems in one row", "P009,2025-02-25 08:40,301,120/80,101,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: heart rate 301 bpm is outside 20 to 300"), QStringLiteral("line 3: SpO2 101 % is outside 50 to 100")});
        row("impossible date", "P009,2025-02-30 08:40,88,120/80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: timestamp “2025-02-30 08:40” is not a date and time such as 2025-02-25 08:00")});
        row("ISO T separator", "P009,2025-02-25T08:40,88,120/80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: timestamp “2025-02-25T08:40” is not a date and time such as 2025-02-25 08:00")});
        row("single-digit month", "P009,2025-2-25 08:40,88,120/80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: timestamp “2025-2-25 08:40” is not a date and time such as 2025-02-25 08:00")});
        row("seconds", "P009,2025-02-25 08:40:00,88,120/80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: timestamp “2025-02-25 08:40:00” is not a date and time such as 2025-02-25 08:00")});
        row("patient id missing", ",2025-02-25 08:40,88,120/80,95,130,D009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: patient_id “” is not an identifier such as P001")});
        row("doctor id with spaces", "P009,2025-02-25 08:40,88,120/80,95,130,D 009,Hypertension,MedD 25 mg",
            {QStringLiteral("line 3: doctor_id “D 009” is not an identifier such as P001")});
        row("diagnosis empty", "P009,2025-02-25 08:40,88,120/80,95,130,D009,,MedD 25 mg", {QStringLiteral("line 3: diagnosis is empty")});
        row("prescription empty", "P009,2025-02-25 08:40,88,120/80,95,130,D009,Hypertension,",
            {QStringLiteral("line 3: prescription is empty")});
        row("quote inside an unquoted field", "P009,2025-02-25 08:40,88,120/80,95,130,D009,Hyper\"tension,MedD 25 mg",
            {QStringLiteral("line 3: a quote appears inside an unquoted field")});
        row("text after a closing quote", "P009,2025-02-25 08:40,88,120/80,95,130,D009,\"Hypertension\" stage 2,MedD 25 mg",
            {QStringLiteral("line 3: unexpected text after a closing quote")});
        row("control character", "P009,2025-02-25 08:40,88,120/80,95,130,D009,Hyper\x01tension,MedD 25 mg",
            {QStringLiteral("line 3: diagnosis contains control characters")});
    }

    void badRowsAreReportedAndSkipped()
    {
        QFETCH(QByteArray, row);
        QFETCH(QStringList, problems);
        auto table = parseEhrGuardTable(around(row));
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->problems, problems);
        // The rows around it are untouched.
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0).line, 2);
        QCOMPARE(table->rows.at(0).patientId, QStringLiteral("P001"));
        QCOMPARE(table->rows.at(1).line, 4);
        QCOMPARE(table->rows.at(1).patientId, QStringLiteral("P002"));
    }

    void boundaryValuesAreAccepted()
    {
        auto table = parseEhrGuardTable(QByteArray(kHeader + "P100,2025-12-31 23:59,20,41/40,50,10,D1,Low,None\n"
                                                             "P101,2025-01-01 00:00,300,300/200,100,1000,D2,High,X 1 mg\n"));
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QVERIFY2(table->problems.isEmpty(), qPrintable(table->problems.join(u'\n')));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0).heartRateBpm, 20);
        QCOMPARE(table->rows.at(0).systolicMmHg, 41);
        QCOMPARE(table->rows.at(1).glucoseMgDl, 1000);
    }

    void quotedFields()
    {
        const QByteArray csv = kHeader +
                               "P001,2025-02-25 08:00,78,120/80,98,110,D001,\"Hypertension, stage 2\",\"MedA 50 mg\"\r\n"
                               "\"P002\",2025-02-25 08:05,85,130/85,96,140,D002,\"Told \"\"borderline\"\"\",None\r\n"
                               "P003,2025-02-25 08:10,92,125/78,99,100,D003,\"Asthma\nwith notes\",None\n"
                               "P004,2025-02-25 08:15,72,118/75,97,95,D004,Normal,None\n";
        auto table = parseEhrGuardTable(csv);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->rows.size(), 3);
        QCOMPARE(table->rows.at(0).diagnosis, QStringLiteral("Hypertension, stage 2"));
        QCOMPARE(table->rows.at(0).prescription, std::make_optional(std::make_pair(QStringLiteral("MedA"), QStringLiteral("50 mg"))));
        QCOMPARE(table->rows.at(1).patientId, QStringLiteral("P002"));
        QCOMPARE(table->rows.at(1).diagnosis, QStringLiteral("Told \"borderline\""));
        // A line break inside quotes is not allowed in a diagnosis, and the next row's line
        // number counts the physical lines.
        QCOMPARE(table->problems, QStringList{QStringLiteral("line 4: diagnosis contains control characters")});
        QCOMPARE(table->rows.at(2).patientId, QStringLiteral("P004"));
        QCOMPARE(table->rows.at(2).line, 6);
    }

    void unterminatedQuoteReportsItsLine()
    {
        auto table = parseEhrGuardTable(QByteArray(kHeader + kGoodRow + "P002,2025-02-25 08:05,85,130/85,96,140,D002,\"Diabetes,None\n" + kOtherRow));
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->problems, QStringList{QStringLiteral("line 3: a quoted field is not closed")});
    }

    void blankLinesAndMissingFinalNewline()
    {
        QByteArray csv = kHeader + "\n" + kGoodRow + "\r\n\n" + kOtherRow;
        csv.chop(1); // no newline after the last row
        auto table = parseEhrGuardTable(csv);
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QVERIFY(table->problems.isEmpty());
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0).line, 3);
        QCOMPARE(table->rows.at(1).line, 6);
    }

    void prescriptionSplitting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("medication"); // empty: none
        QTest::addColumn<QString>("strength");
        QTest::newRow("mg") << QStringLiteral("MedA 50 mg") << QStringLiteral("MedA") << QStringLiteral("50 mg");
        QTest::newRow("units glued") << QStringLiteral("Insulin 5u") << QStringLiteral("Insulin") << QStringLiteral("5 unit");
        QTest::newRow("units spelt") << QStringLiteral("Insulin 10 units") << QStringLiteral("Insulin") << QStringLiteral("10 unit");
        QTest::newRow("decimal mL") << QStringLiteral("Lactulose syrup 7.5 ml") << QStringLiteral("Lactulose syrup") << QStringLiteral("7.5 mL");
        QTest::newRow("instruction") << QStringLiteral("Emergency Care") << QStringLiteral("Emergency Care") << QString();
        QTest::newRow("none") << QStringLiteral("None") << QString() << QString();
    }

    void prescriptionSplitting()
    {
        QFETCH(QString, text);
        QFETCH(QString, medication);
        QFETCH(QString, strength);
        auto table = parseEhrGuardTable(QByteArray(kHeader + "P001,2025-02-25 08:00,78,120/80,98,110,D001,Hypertension," + text.toUtf8() + "\n"));
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->rows.size(), 1);
        if (medication.isEmpty()) {
            QCOMPARE(table->rows.first().prescription, std::nullopt);
        } else {
            QCOMPARE(table->rows.first().prescription, std::make_optional(std::make_pair(medication, strength)));
        }
    }

    void badHeaderFails_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QByteArray renamed = kHeader;
        renamed.replace("heart_rate_bpm", "heart_rate");
        QTest::newRow("renamed column") << renamed + kGoodRow
                                        << QStringLiteral("Column 3 of the header is “heart_rate” where “heart_rate_bpm” was expected.");
        QByteArray shortHeader = kHeader;
        shortHeader.replace(",prescription", "");
        QTest::newRow("missing column") << shortHeader + kGoodRow
                                        << QStringLiteral("The header ends after column 8; column “prescription” was expected next.");
        QByteArray longHeader = kHeader;
        longHeader.replace("prescription\n", "prescription,notes\n");
        QTest::newRow("extra column") << longHeader + kGoodRow << QStringLiteral("The header has an unexpected column 10 “notes”.");
        QTest::newRow("data without header") << kGoodRow + kOtherRow
                                             << QStringLiteral("Column 1 of the header is “P001” where “patient_id” was expected.");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("The file is empty; a header line was expected.");
    }

    void badHeaderFails()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        auto table = parseEhrGuardTable(csv);
        QVERIFY(!table.ok());
        QCOMPARE(table.code(), ClinicalError::Invalid);
        QCOMPARE(table.message(), message);
    }

    void nonUtf8Fails_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("Latin-1 accent") << kHeader + "P001,2025-02-25 08:00,78,120/80,98,110,D001,Hypertension art\xe9rielle,None\n";
        QTest::newRow("UTF-16") << QByteArray("\xff\xfep\0a\0t\0", 8);
        QTest::newRow("truncated sequence at the end") << kHeader + kGoodRow + "\xc3";
        QTest::newRow("overlong encoding") << kHeader + "P001,2025-02-25 08:00,78,120/80,98,110,D001,\xc0\xafx,None\n";
    }

    void nonUtf8Fails()
    {
        QFETCH(QByteArray, csv);
        auto table = parseEhrGuardTable(csv);
        QVERIFY(!table.ok());
        QCOMPARE(table.code(), ClinicalError::Invalid);
        QCOMPARE(table.message(), QStringLiteral("The file is not UTF-8 text."));
    }

    void utf8TextIsKept()
    {
        auto table = parseEhrGuardTable(QByteArray(kHeader + "P001,2025-02-25 08:00,78,120/80,98,110,D001,Hypertension artérielle,None\n"));
        QVERIFY2(table.ok(), qPrintable(table.message()));
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows.first().diagnosis, QStringLiteral("Hypertension artérielle"));
    }
};

QTEST_GUILESS_MAIN(TestEhrGuardTable)
#include "tst_ehrguard_table.moc"
