#include "LedgerTestSupport.h"
#include "services/LedgerOps.h"
#include "services/WorkstationPrivate.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

namespace {

qint64 count(core::Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    if (!st || !st->step() || st->isNull(0))
        return -1;
    return st->int64(0);
}

} // namespace

// Invariant 2: a store row and its transaction are committed together or not at all, kill
// -9 anywhere. A writer process is killed at random moments; after each kill the raw store
// must hold no chained row without its transaction (waiting or on the main chain), no
// waiting transaction without its row, and verify clean.
class TestCommitAtomicity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLeavesRowsAndTransactionsTogether()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());

        const QString dir = tmp.filePath(QStringLiteral("store"));
        // The writer runs on the real clock, so the chain must start on it too.
        WorkstationOptions options = ledgerTestOptions();
        options.clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
        CL_VERIFY_OK(Workstation::initialize(dir, kAdminName, adminDisplayName(), kAdminPassword, options));
        core::SecureBytes key;
        {
            Workstation ws(dir, options);
            CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
            key = WorkstationAccess::state(ws).store->databaseKey().clone();
        }
        const quint32 seed = qEnvironmentVariableIsSet("CARELEDGER_CRASH_SEED") ? qEnvironmentVariable("CARELEDGER_CRASH_SEED").toUInt()
                                                                                   : QRandomGenerator::global()->generate();
        qInfo("seed %u (set CARELEDGER_CRASH_SEED to repeat)", seed);
        QRandomGenerator rng(seed);
        const int rounds = qEnvironmentVariableIntValue("CARELEDGER_CRASH_ROUNDS") > 0 ? qEnvironmentVariableIntValue("CARELEDGER_CRASH_ROUNDS") : 25;
        QElapsedTimer total;
        total.start();
        qint64 blocks = 0;
        for (int round = 0; round < rounds; ++round) {
            const int killAfterMs = 10 + static_cast<int>(rng.bounded(150));
            QProcess writer;
            writer.start(QStringLiteral(CARELEDGER_CRASH_WRITER),
                         {dir, kAdminName, kAdminPassword, QString::number(rng.generate())});
            QVERIFY(writer.waitForStarted());
            QVERIFY2(writer.waitForReadyRead(20000), qPrintable(QString::fromUtf8(writer.readAllStandardError())));
            QTest::qSleep(killAfterMs);
            ::kill(static_cast<pid_t>(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            auto store = core::WorkstationStore::openWithKey(dir, key);
            QVERIFY2(store, qPrintable(store.message()));
            core::Database &db = (*store)->database();
            const QString where = QStringLiteral("round %1, killed after %2 ms").arg(round).arg(killAfterMs);
            QCOMPARE(count(db, "SELECT COUNT(*) FROM record_payloads p WHERE p.erased = 0 "
                               "AND NOT EXISTS (SELECT 1 FROM ledger_tx_index t WHERE t.type = 6 AND t.record_id = p.record_id AND t.record_version = p.version) "
                               "AND NOT EXISTS (SELECT 1 FROM ledger_outbox o WHERE o.type = 6 AND o.record_id = p.record_id AND o.record_version = p.version)"),
                     qint64(0));
            QCOMPARE(count(db, "SELECT COUNT(*) FROM record_payloads p WHERE p.erased = 1 "
                               "AND NOT EXISTS (SELECT 1 FROM ledger_tx_index t WHERE t.type = 7 AND t.record_id = p.record_id) "
                               "AND NOT EXISTS (SELECT 1 FROM ledger_outbox o WHERE o.type = 7 AND o.record_id = p.record_id)"),
                     qint64(0));
            QCOMPARE(count(db, "SELECT COUNT(*) FROM ledger_outbox o WHERE o.type = 6 AND NOT EXISTS "
                               "(SELECT 1 FROM record_payloads p WHERE p.record_id = o.record_id AND p.version = o.record_version)"),
                     qint64(0));
            QCOMPARE(count(db, "SELECT COUNT(*) FROM ledger_outbox o WHERE o.type = 7 AND EXISTS "
                               "(SELECT 1 FROM record_payloads p WHERE p.record_id = o.record_id AND p.erased = 0)"),
                     qint64(0));
            QCOMPARE(count(db, "SELECT COUNT(*) FROM staff_keys k WHERE k.key_id NOT IN (SELECT key_id FROM ledger_user_keys) "
                               "AND k.key_id NOT IN (SELECT subject_key_id FROM ledger_outbox WHERE type = 5)"),
                     qint64(0));
            QCOMPARE(count(db, "SELECT COUNT(*) FROM ledger_outbox o WHERE o.type = 5 AND o.subject_key_id NOT IN (SELECT key_id FROM staff_keys)"),
                     qint64(0));
            // Nothing waits that the chain already holds.
            QCOMPARE(count(db, "SELECT COUNT(*) FROM ledger_outbox o JOIN ledger_tx_index t ON t.tx_id = o.tx_id"), qint64(0));
            auto verified = detail::verifyDatabase(db, {}, nullptr);
            QVERIFY2(verified, qPrintable(verified.message()));
            QVERIFY2(verified->ok(), qPrintable(where + QStringLiteral(": ") + verified->problems.join(u'\n')));
            blocks = static_cast<qint64>(verified->blocksChecked);
            qInfo("%s: %lld blocks, %lld records stored, %lld transactions waiting", qPrintable(where), blocks,
                  count(db, "SELECT COUNT(*) FROM record_payloads"), count(db, "SELECT COUNT(*) FROM ledger_outbox"));
        }
        qInfo("%d rounds in %lld ms; chain of %lld blocks", rounds, total.elapsed(), blocks);
        QVERIFY(blocks > 1);
    }
};

QTEST_GUILESS_MAIN(TestCommitAtomicity)
#include "tst_commit_atomicity.moc"
