#include "LedgerTestSupport.h"
#include "services/WorkstationPrivate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    Run r;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace

// careledger-admin verify, proof and the consortium commands, run as a user would.
class TestAdminCliLedger : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_passwordFile;
    QByteArray m_recordId = QByteArray::fromHex("00112233445566778899");
    core::SecureBytes m_key;

    Run admin(const QStringList &arguments) { return runProcess(QStringLiteral(CARELEDGER_ADMIN_EXE), arguments); }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_tmp.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    QStringList login() const
    {
        return {QStringLiteral("--data-dir"), m_dir, QStringLiteral("--user"), kAdminName, QStringLiteral("--password-file"), m_passwordFile};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QStringLiteral("clinic"));
        m_passwordFile = writeFile(QStringLiteral("admin.pass"), kAdminPassword.toUtf8() + '\n');
        ManualClock clock;
        CL_VERIFY_OK(Workstation::initialize(m_dir, kAdminName, adminDisplayName(), kAdminPassword, ledgerTestOptions(clock)));
        Workstation ws(m_dir, ledgerTestOptions(clock));
        CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
        m_key = WorkstationAccess::state(ws).store->databaseKey().clone();
        // The puts wait for the block registering the admin key, then share one block of three.
        CL_VERIFY_OK(ws.records().put("other-1", 1, "patient", QStringLiteral("note"), "a"));
        CL_VERIFY_OK(ws.records().put(m_recordId, 1, "patient", QStringLiteral("note"), "b"));
        CL_VERIFY_OK(ws.records().put("other-2", 1, "patient", QStringLiteral("note"), "c"));
        CL_VERIFY_OK(ws.sealNow());
        QCOMPARE(ws.ledger().overview()->height, quint64(2));
    }

    void verifyIsCleanThenNamesATamperedBlock()
    {
        Run r = admin(QStringList{QStringLiteral("verify")} + login());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("no problems")));
        QVERIFY(!r.out.contains(kAdminPassword));

        // Work on a copy so the proof test below still sees the intact chain.
        const QString copy = m_tmp.filePath(QStringLiteral("tampered"));
        QVERIFY(QDir().mkpath(copy));
        for (const QString &f : QDir(m_dir).entryList(QDir::Files))
            QVERIFY(QFile::copy(QDir(m_dir).filePath(f), QDir(copy).filePath(f)));
        {
            auto store = core::WorkstationStore::openWithKey(copy, m_key);
            QVERIFY(store);
            QVERIFY((*store)->database().exec("UPDATE ledger_blocks SET header = substr(header, 1, length(header) - 1) || "
                                              "CASE WHEN substr(header, -1) = X'01' THEN X'02' ELSE X'01' END WHERE height = 1"));
        }
        QStringList args = login();
        args[1] = copy;
        r = admin(QStringList{QStringLiteral("verify")} + args);
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("block 1 (")), qPrintable(r.out));

        r = admin({QStringLiteral("verify"), QStringLiteral("--data-dir"), copy, QStringLiteral("--user"), kAdminName,
                   QStringLiteral("--password-file"), m_tmp.filePath(QStringLiteral("missing"))});
        QCOMPARE(r.exitCode, 1);
    }

    void proofIsCheckedByTheIndependentScript()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        const Run r = admin(QStringList{QStringLiteral("proof")} + login() + QStringList{QString::fromLatin1(m_recordId.toHex())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject proof = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(proof.value(QStringLiteral("record_id")).toString(), QString::fromLatin1(m_recordId.toHex()));
        QCOMPARE(proof.value(QStringLiteral("tree_size")).toInt(), 3);
        QCOMPARE(proof.value(QStringLiteral("audit_path")).toArray().size(), 2);
        const QString script = QStringLiteral(CARELEDGER_SOURCE_DIR "/scripts/verify-proof");

        Run check = runProcess(python, {script}, r.out.toUtf8());
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));

        QJsonObject altered = proof;
        QJsonArray path = altered.value(QStringLiteral("audit_path")).toArray();
        QString first = path.at(0).toString();
        first[0] = first.at(0) == u'0' ? u'1' : u'0';
        path[0] = first;
        altered[QStringLiteral("audit_path")] = path;
        check = runProcess(python, {script}, QJsonDocument(altered).toJson());
        QVERIFY2(check.exitCode == 1, qPrintable(check.out + check.err));
        QVERIFY(check.err.contains(QStringLiteral("Merkle root")));

        const Run missing = admin(QStringList{QStringLiteral("proof")} + login() + QStringList{QStringLiteral("ffff")});
        QCOMPARE(missing.exitCode, 1);
    }

    void consortiumOfTwoWorkstations()
    {
        const QString pass = writeFile(QStringLiteral("key.pass"), "a long passphrase\n");
        const QString authority = m_tmp.filePath(QStringLiteral("authority.key"));
        const QString nodeA = m_tmp.filePath(QStringLiteral("node-a.key"));
        const QString nodeB = m_tmp.filePath(QStringLiteral("node-b.key"));
        const QString genesis = m_tmp.filePath(QStringLiteral("consortium.genesis"));
        Run r = admin({QStringLiteral("authority-key"), QStringLiteral("--out"), authority, QStringLiteral("--passphrase-file"), pass});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &node : {nodeA, nodeB}) {
            r = admin({QStringLiteral("node-key"), QStringLiteral("--out"), node, QStringLiteral("--passphrase-file"), pass});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(r.out.startsWith(node + QStringLiteral(".spki")));
        }
        r = admin({QStringLiteral("genesis"), QStringLiteral("--authority-key"), authority, QStringLiteral("--passphrase-file"), pass,
                   QStringLiteral("--validator"), nodeA + QStringLiteral(".spki"), QStringLiteral("--validator"), nodeB + QStringLiteral(".spki"),
                   QStringLiteral("--out-of-turn-delay-ms"), QStringLiteral("0"), QStringLiteral("--out"), genesis});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString joined = m_tmp.filePath(QStringLiteral("clinic-a"));
        r = admin({QStringLiteral("init"), QStringLiteral("--data-dir"), joined, QStringLiteral("--password-file"), m_passwordFile,
                   QStringLiteral("--genesis"), genesis, QStringLiteral("--node-key"), nodeA, QStringLiteral("--passphrase-file"), pass});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = admin({QStringLiteral("verify"), QStringLiteral("--data-dir"), joined, QStringLiteral("--user"), kAdminName,
                   QStringLiteral("--password-file"), m_passwordFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        Workstation ws(joined, ledgerTestOptions());
        CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
        auto o = ws.ledger().overview();
        QCOMPARE(o->validatorCount, 2);
        QCOMPARE(o->memberCount, 2);
        QVERIFY(o->height >= 1); // the admin's registration, sealed out of turn at the CLI's logout
        const QString wrong = writeFile(QStringLiteral("wrong.pass"), "not the passphrase\n");
        r = admin({QStringLiteral("init"), QStringLiteral("--data-dir"), m_tmp.filePath(QStringLiteral("clinic-x")), QStringLiteral("--password-file"),
                   m_passwordFile, QStringLiteral("--genesis"), genesis, QStringLiteral("--node-key"), nodeA, QStringLiteral("--passphrase-file"), wrong});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestAdminCliLedger)
#include "tst_admin_cli_ledger.moc"
