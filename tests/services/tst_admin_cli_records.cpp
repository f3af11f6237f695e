// careledger-admin's record commands run as an administrator would: import-ehrguard with
// the published dataset (twice: nothing is duplicated) and export-fhir of an imported
// patient, plus the errors a typo or a wrong password gives.

#include "ServiceTestSupport.h"
#include "services/PatientService.h"
#include "services/Workstation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger::services;
using namespace careledger::services::testing;

namespace {

const QString kCsv = QStringLiteral(CARELEDGER_SHARED_DIR "/data/ehrguard-table4-vitals.csv");
const QString kIdentities = QStringLiteral(CARELEDGER_SOURCE_DIR "/resources/demo/ehrguard-identities.csv");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// The family name the bundled identities give to a patient id of the dataset.
QString familyNameOf(const QString &sourceId)
{
    QFile file(kIdentities);
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        if (fields.size() == 5 && QString::fromUtf8(fields.at(0)) == sourceId) {
            return QString::fromUtf8(fields.at(2));
        }
    }
    return QString();
}

} // namespace

class TestAdminCliRecords : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_dataDir;
    QString m_passwordFile;

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CARELEDGER_ADMIN_EXE), arguments);
        process.closeWriteChannel();
        Run result;
        if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
            qWarning("careledger-admin did not finish normally");
            return result;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
            qWarning("cannot write %s", qPrintable(path));
        }
        return path;
    }

    QStringList signIn(const QString &passwordFile = QString()) const
    {
        return {QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--user"), kAdminName, QStringLiteral("--password-file"),
                passwordFile.isEmpty() ? m_passwordFile : passwordFile};
    }

    Run importCsv(const QString &csv) { return run(QStringList{QStringLiteral("import-ehrguard")} + signIn() + QStringList{QStringLiteral("--csv"), csv}); }

    Run exportFhir(const QString &mrn, const QString &out, const QString &passwordFile = QString())
    {
        return run(QStringList{QStringLiteral("export-fhir")} + signIn(passwordFile) +
                   QStringList{QStringLiteral("--mrn"), mrn, QStringLiteral("--out"), out});
    }

    // Every patient the administrator sees, read in-process (the CLI has no listing).
    QList<PatientSummary> patients(const QString &query = QString())
    {
        Workstation ws(m_dataDir, testOptions());
        auto login = ws.login(kAdminName, kAdminPassword);
        if (!login) {
            qWarning("%s", qPrintable(outcome(login)));
            return {};
        }
        auto found = ws.patients().search(query, 1000);
        if (!found) {
            qWarning("%s", qPrintable(outcome(found)));
            return {};
        }
        return *found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(kCsv));
        m_dataDir = m_dir.filePath(QStringLiteral("clinic"));
        m_passwordFile = writeFile(QStringLiteral("admin.pass"), kAdminPassword.toUtf8() + '\n');
        CL_VERIFY_OK(Workstation::initialize(m_dataDir, kAdminName, QStringLiteral("Nadia Admin"), kAdminPassword, testOptions()));
    }

    void importOfTheRealDatasetSucceeds()
    {
        const Run r = importCsv(kCsv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Patients: 20 created, 0 already imported.")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Skipped")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(patients().size(), 20);
    }

    void importAgainAddsNothing()
    {
        const Run r = importCsv(kCsv);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Patients: 0 created, 20 already imported.")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Records: 0 history entries, 0 prescriptions.")), qPrintable(r.out));
        const QList<PatientSummary> all = patients();
        QCOMPARE(all.size(), 20);
        QSet<QString> mrns;
        for (const PatientSummary &p : all) {
            mrns.insert(p.mrn);
        }
        QCOMPARE(mrns.size(), 20);

        // What the imports wrote is on the chain and intact.
        const Run verify = run(QStringList{QStringLiteral("verify")} + signIn());
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));
    }

    void exportOfAnImportedPatientIsABundle()
    {
        // P001 of the dataset: hypertension, MedA 50 mg.
        const QString family = familyNameOf(QStringLiteral("P001"));
        QVERIFY2(!family.isEmpty(), "P001 has a bundled identity");
        const QList<PatientSummary> found = patients(family);
        QCOMPARE(found.size(), 1);
        const QString mrn = found.first().mrn;

        const QString out = m_dir.filePath(QStringLiteral("p001.json"));
        QString digitsOnly = mrn;
        digitsOnly.remove(u'-'); // any accepted form of the number
        const Run r = exportFhir(digitsOnly, out);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(mrn), qPrintable(r.out));
        QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject bundle = doc.object();
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
        QVERIFY(!bundle.value(QStringLiteral("timestamp")).toString().isEmpty());

        QSet<QString> fullUrls;
        QHash<QString, QList<QJsonObject>> byType;
        for (const QJsonValue &v : bundle.value(QStringLiteral("entry")).toArray()) {
            const QJsonObject entry = v.toObject();
            QVERIFY(entry.value(QStringLiteral("fullUrl")).toString().startsWith(QStringLiteral("urn:uuid:")));
            fullUrls.insert(entry.value(QStringLiteral("fullUrl")).toString());
            const QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
            byType[resource.value(QStringLiteral("resourceType")).toString()].append(resource);
        }
        QCOMPARE(byType.value(QStringLiteral("Patient")).size(), 1);
        const QJsonObject patient = byType.value(QStringLiteral("Patient")).first();
        QCOMPARE(patient.value(QStringLiteral("name")).toArray().first().toObject().value(QStringLiteral("family")).toString(), family);
        QCOMPARE(patient.value(QStringLiteral("identifier")).toArray().first().toObject().value(QStringLiteral("value")).toString(), mrn);

        const QList<QJsonObject> conditions = byType.value(QStringLiteral("Condition"));
        QCOMPARE(conditions.size(), 1);
        QCOMPARE(conditions.first().value(QStringLiteral("code")).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Hypertension"));
        const QList<QJsonObject> requests = byType.value(QStringLiteral("MedicationRequest"));
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first()
                    .value(QStringLiteral("medicationCodeableConcept"))
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("MedA 50 mg")));
        QVERIFY(!byType.value(QStringLiteral("AuditEvent")).isEmpty()); // at least the import itself
        for (const QString &type : {QStringLiteral("Condition"), QStringLiteral("MedicationRequest")}) {
            for (const QJsonObject &resource : byType.value(type)) {
                const QString subject = resource.value(QStringLiteral("subject")).toObject().value(QStringLiteral("reference")).toString();
                QVERIFY2(fullUrls.contains(subject), qPrintable(subject));
            }
        }

        // A second export never overwrites the first file.
        const QByteArray before = [&] {
            QFile again(out);
            return again.open(QIODevice::ReadOnly) ? again.readAll() : QByteArray();
        }();
        const Run twice = exportFhir(mrn, out);
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("already exists")), qPrintable(twice.err));
        QFile unchanged(out);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), before);
    }

    void unknownMrnIsAClearError()
    {
        const QSet<QString> taken = [&] {
            QSet<QString> s;
            for (const PatientSummary &p : patients()) {
                s.insert(p.mrn);
            }
            return s;
        }();
        // A well-formed number nobody has (check digits from the Luhn rule).
        QString unused;
        for (const QString &candidate : {QStringLiteral("0000-0000-0"), QStringLiteral("1234-5678-2"), QStringLiteral("3141-5926-0")}) {
            if (!taken.contains(candidate)) {
                unused = candidate;
                break;
            }
        }
        QVERIFY(!unused.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("nobody.json"));
        const Run r = exportFhir(unused, out);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No patient has the medical record number %1.").arg(unused)), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(!QFileInfo::exists(out));
    }

    void mistypedMrnIsAUsageError()
    {
        const QString out = m_dir.filePath(QStringLiteral("typo.json"));
        const Run r = exportFhir(QStringLiteral("1234-5678-3"), out); // wrong check digit
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("check digit")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void wrongPasswordIsRefused()
    {
        const QString wrong = QStringLiteral("not the right password at all");
        const QString file = writeFile(QStringLiteral("wrong.pass"), wrong.toUtf8());
        const QString out = m_dir.filePath(QStringLiteral("wrong.json"));
        const QString mrn = patients().first().mrn;
        const Run r = exportFhir(mrn, out, file);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));
        QVERIFY(!r.err.contains(wrong));
        QVERIFY(!r.out.contains(wrong));
        QVERIFY(!QFileInfo::exists(out));

        const Run import = run(QStringList{QStringLiteral("import-ehrguard")} + signIn(file) + QStringList{QStringLiteral("--csv"), kCsv});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains(QStringLiteral("password")), qPrintable(import.err));
    }

    void missingFilesAreClearErrors()
    {
        const Run noCsv = importCsv(m_dir.filePath(QStringLiteral("no-such.csv")));
        QCOMPARE(noCsv.exitCode, 1);
        QVERIFY2(noCsv.err.contains(QStringLiteral("no-such.csv")) && noCsv.err.contains(QStringLiteral("does not exist")),
                 qPrintable(noCsv.err));

        const Run noPasswordFile = exportFhir(patients().first().mrn, m_dir.filePath(QStringLiteral("np.json")),
                                              m_dir.filePath(QStringLiteral("no-such.pass")));
        QCOMPARE(noPasswordFile.exitCode, 1);
        QVERIFY2(noPasswordFile.err.contains(QStringLiteral("no-such.pass")), qPrintable(noPasswordFile.err));

        const Run noStore = run({QStringLiteral("export-fhir"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("no-store")),
                                 QStringLiteral("--user"), kAdminName, QStringLiteral("--password-file"), m_passwordFile,
                                 QStringLiteral("--mrn"), patients().first().mrn, QStringLiteral("--out"),
                                 m_dir.filePath(QStringLiteral("ns.json"))});
        QCOMPARE(noStore.exitCode, 1);
        QVERIFY(!noStore.err.isEmpty());
    }

    void badCsvIsReported()
    {
        QByteArray header =
            "patient_id,timestamp,heart_rate,blood_pressure_mmhg,spo2_percent,glucose_mg_dl,doctor_id,diagnosis,prescription\n";
        const Run badHeader = importCsv(writeFile(QStringLiteral("bad-header.csv"), header));
        QCOMPARE(badHeader.exitCode, 1);
        QVERIFY2(badHeader.err.contains(QStringLiteral("heart_rate")), qPrintable(badHeader.err));

        const Run notText = importCsv(writeFile(QStringLiteral("latin1.csv"), QByteArray("patient_id,\xe9t\xe9\n")));
        QCOMPARE(notText.exitCode, 1);
        QVERIFY2(notText.err.contains(QStringLiteral("UTF-8")), qPrintable(notText.err));

        // A bad row is skipped with its line and reason (exit 3); the others still count.
        header.replace("heart_rate,", "heart_rate_bpm,");
        const Run badRow = importCsv(writeFile(QStringLiteral("bad-row.csv"),
                                               header + "P001,2025-02-25 08:00,78,120-80,98,110,D001,Hypertension,MedA 50 mg\n"
                                                        "P002,2025-02-25 08:05,85,130/85,96,140,D002,Diabetes type 2,MedB 10 mg\n"));
        QCOMPARE(badRow.exitCode, 3);
        QVERIFY2(badRow.out.contains(QStringLiteral("Skipped line 2: blood pressure “120-80” is not systolic/diastolic")),
                 qPrintable(badRow.out));
        QVERIFY2(badRow.out.contains(QStringLiteral("Patients: 0 created, 1 already imported.")), qPrintable(badRow.out));
        QCOMPARE(patients().size(), 20);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("export without --out") << QStringList{QStringLiteral("export-fhir"), QStringLiteral("--mrn"), QStringLiteral("1234-5678-2")};
        QTest::newRow("export without --mrn") << QStringList{QStringLiteral("export-fhir"), QStringLiteral("--out"), QStringLiteral("x.json")};
        QTest::newRow("import without --csv") << QStringList{QStringLiteral("import-ehrguard")};
        QTest::newRow("import with --mrn") << QStringList{QStringLiteral("import-ehrguard"), QStringLiteral("--csv"), QStringLiteral("a.csv"),
                                                          QStringLiteral("--mrn"), QStringLiteral("1234-5678-2")};
        QTest::newRow("export with --csv") << QStringList{QStringLiteral("export-fhir"), QStringLiteral("--csv"), QStringLiteral("a.csv")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--help")));
    }
};

QTEST_GUILESS_MAIN(TestAdminCliRecords)
#include "tst_admin_cli_records.moc"
