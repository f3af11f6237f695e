#include "ServiceTestSupport.h"
#include "services/Workstation.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger::services;
using namespace careledger::services::testing;

namespace {

const QString kPassword = QStringLiteral("correct horse battery staple");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestAdminCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    Run run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Keep default locations inside the test folder.
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

    static void verifyNoSecrets(const Run &r, const QString &secret)
    {
        QVERIFY(!r.out.contains(secret));
        QVERIFY(!r.err.contains(secret));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void initWithPasswordFileCreatesALoginableStore()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("clinic-a"));
        const QString file = writeFile(QStringLiteral("a.pass"), kPassword.toUtf8() + '\n');
        const Run r = run({QStringLiteral("init"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--username"),
                           QStringLiteral("chief"), QStringLiteral("--display-name"), QStringLiteral("Amira Haddad"),
                           QStringLiteral("--password-file"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        verifyNoSecrets(r, kPassword);
        QVERIFY(Workstation::storeExists(dataDir));

        Workstation ws(dataDir, testOptions());
        auto chief = ws.login(QStringLiteral("chief"), kPassword); // the trailing newline was not part of it
        QVERIFY2(chief.ok(), qPrintable(outcome(chief)));
        QCOMPARE(chief->role, Role::Admin);
        QCOMPARE(chief->displayName, QStringLiteral("Amira Haddad"));
        QVERIFY(!chief->mustChangePassword);
    }

    void initTwiceRefuses()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("clinic-b"));
        const QString file = writeFile(QStringLiteral("b.pass"), kPassword.toUtf8());
        const QStringList args{QStringLiteral("init"), QStringLiteral("--data-dir"), dataDir,
                               QStringLiteral("--password-file"), file};
        const Run first = run(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const Run second = run(args);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("already exists")), qPrintable(second.err));
        QCOMPARE(second.err.trimmed().count(u'\n'), 0);

        // The first store is untouched: the default user name "admin" still logs in.
        Workstation ws(dataDir, testOptions());
        auto admin = ws.login(QStringLiteral("admin"), kPassword);
        QVERIFY2(admin.ok(), qPrintable(outcome(admin)));
    }

    void weakPasswordIsRefused()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("clinic-c"));
        const QString weak = QStringLiteral("short");
        const Run r =
            run({QStringLiteral("init"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--password-file"),
                 writeFile(QStringLiteral("c.pass"), weak.toUtf8() + '\n')});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("12")), qPrintable(r.err));
        verifyNoSecrets(r, weak);
        QVERIFY(!Workstation::storeExists(dataDir));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("init without --data-dir") << QStringList{QStringLiteral("init")};
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("explode")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("init"), QStringLiteral("--frobnicate")};
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("default-data-dir"), QStringLiteral("--username"), QStringLiteral("x")};
        QTest::newRow("two commands") << QStringList{QStringLiteral("init"), QStringLiteral("demo-clinic")};
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void withoutTerminalOrFileItRefuses()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("clinic-d"));
        const Run r = run({QStringLiteral("init"), QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--password-file")), qPrintable(r.err));
        QVERIFY(!Workstation::storeExists(dataDir));
    }

    void missingPasswordFileFails()
    {
        const Run r = run({QStringLiteral("init"), QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("e")),
                           QStringLiteral("--password-file"), m_dir.filePath(QStringLiteral("no-such-file"))});
        QCOMPARE(r.exitCode, 1);
    }

    void defaultDataDirAndDemoClinic()
    {
        const Run where = run({QStringLiteral("default-data-dir")});
        QCOMPARE(where.exitCode, 0);
        const QString expected = m_dir.filePath(QStringLiteral("xdg-data/CareLedger/demo-clinic"));
        QCOMPARE(where.out.trimmed(), expected);

        const Run demo = run({QStringLiteral("demo-clinic")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QCOMPARE(demo.out.trimmed(), expected);
        QVERIFY(Workstation::storeExists(expected));
        verifyNoSecrets(demo, QStringLiteral("demo-front-desk"));

        const QString explicitDir = m_dir.filePath(QStringLiteral("demo-elsewhere"));
        const Run again = run({QStringLiteral("demo-clinic"), QStringLiteral("--data-dir"), explicitDir});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.out.trimmed(), explicitDir);
        Workstation ws(explicitDir, testOptions());
        CL_VERIFY_OK(ws.login(QStringLiteral("nurse"), QStringLiteral("demo-ward-round")));
    }
};

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admin_cli.moc"
