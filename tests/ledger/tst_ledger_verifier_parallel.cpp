#include "TestChain.h"

#include "ledger/ChainVerifier.h"

#include <QTest>

#include <thread>

using namespace careledger;
using namespace careledger::ledger;
using namespace careledger::ledger::test;

namespace {

constexpr int kBlocks = 12;
constexpr int kTxsPerBlock = 34; // more than one check task per block

// A chain whose blocks mix the member clinic's and a staff key's transactions, so each
// transaction's check depends on the ones before it in the same block.
void build(StoreFixture &f)
{
    const core::EcPrivateKey validators[3] = {fixedKey(1), fixedKey(2), fixedKey(3)};
    quint64 seq4 = 0, seq5 = 0;
    for (int h = 1; h <= kBlocks; ++h) {
        const quint64 ts = kT0 + static_cast<quint64>(h) * 1000;
        QList<Transaction> txs;
        if (h == 1)
            txs.append(makeTx(4, ++seq4, UserKeyRegisterBody{fixedSpki(5), fixedKeyId(4)}, ts));
        while (txs.size() < kTxsPerBlock) {
            const bool staff = h > 1 && txs.size() % 3 == 2;
            const quint64 seq = staff ? ++seq5 : ++seq4;
            txs.append(makeTx(staff ? 5 : 4, seq, recordPut("rec-" + QByteArray::number(txs.size() % 5), seq), ts));
        }
        const int producer = h % 3 + 1; // the in-turn validator
        const Block block = sealBlock(producer, f.tip(), ts, txs, f.genesis);
        auto accepted = f.chain->acceptBlock(block, ts);
        QVERIFY2(accepted.ok(), qPrintable(accepted.message()));
    }
}

void rewriteBody(StoreFixture &f, int height, const QList<Transaction> &txs)
{
    Block b;
    b.transactions = txs;
    auto st = f.db->prepare("UPDATE ledger_blocks SET body = ? WHERE height = ? AND on_main = 1");
    QVERIFY(st.ok());
    st->bindBlob(1, b.encodeBody());
    st->bind(2, height);
    QVERIFY(st->run().ok());
}

VerifyReport verifyWith(StoreFixture &f, int threads)
{
    ChainVerifier verifier(*f.db);
    verifier.setThreadCount(threads);
    auto report = verifier.run();
    if (!report.ok()) {
        VerifyReport failed;
        failed.problems = QStringList{report.message()};
        return failed;
    }
    if (report->peakBlocksHeld > static_cast<quint64>(verifier.windowBlocks()))
        report->problems.append(QStringLiteral("held %1 blocks").arg(report->peakBlocksHeld));
    return std::move(report).value();
}

} // namespace

class TestLedgerVerifierParallel : public QObject {
    Q_OBJECT
private slots:
    void threadCountDefaultsToTheCores()
    {
        StoreFixture f;
        QVERIFY(f.create());
        ChainVerifier verifier(*f.db);
        QCOMPARE(verifier.threadCount(), static_cast<int>(qMax(1u, std::thread::hardware_concurrency())));
        verifier.setThreadCount(3);
        QCOMPARE(verifier.threadCount(), 3);
        verifier.setThreadCount(1);
        QCOMPARE(verifier.windowBlocks(), 1);
    }

    void sameProblemsInTheSameOrderOnAnyNumberOfThreads()
    {
        StoreFixture f;
        QVERIFY(f.create());
        QVERIFY(f.db->exec("PRAGMA synchronous = OFF").ok()); // not a durability test
        build(f);
        if (QTest::currentTestFailed())
            return;

        const VerifyReport clean1 = verifyWith(f, 1);
        QVERIFY2(clean1.ok(), qPrintable(clean1.problems.join(u'\n')));
        const VerifyReport clean4 = verifyWith(f, 4);
        QVERIFY2(clean4.ok(), qPrintable(clean4.problems.join(u'\n')));
        QCOMPARE(clean4.transactionsChecked, quint64(kBlocks * kTxsPerBlock));

        // Block 4: a header edited in place (its hash and producer signature break).
        auto b4 = f.chain->mainBlockAt(4).value();
        BlockHeader edited = b4.header;
        edited.timestampMs += 1;
        auto st = f.db->prepare("UPDATE ledger_blocks SET header = ? WHERE height = 4 AND on_main = 1");
        QVERIFY(st.ok());
        st->bindBlob(1, edited.encode());
        QVERIFY(st->run().ok());
        // Block 6: one transaction altered, in the second check task of the block.
        auto b6 = f.chain->mainBlockAt(6).value();
        std::get<RecordPutBody>(b6.transactions[20].body).ciphertextHash = QByteArray(32, 'Z');
        rewriteBody(f, 6, b6.transactions);
        // Block 8: two signatures swapped, at the boundary between check tasks.
        auto b8 = f.chain->mainBlockAt(8).value();
        std::swap(b8.transactions[11].signature, b8.transactions[12].signature);
        rewriteBody(f, 8, b8.transactions);
        // Block 10: a transaction dropped, so a later one of its signer skips a sequence.
        auto b10 = f.chain->mainBlockAt(10).value();
        b10.transactions.removeAt(3);
        rewriteBody(f, 10, b10.transactions);
        // Block 12: the first and last transactions change places.
        auto b12 = f.chain->mainBlockAt(12).value();
        b12.transactions.swapItemsAt(0, kTxsPerBlock - 1);
        rewriteBody(f, 12, b12.transactions);

        const VerifyReport one = verifyWith(f, 1);
        QVERIFY(!one.problems.isEmpty());
        for (int height : {4, 6, 8, 10, 12})
            QVERIFY2(std::any_of(one.problems.begin(), one.problems.end(),
                                 [&](const QString &p) { return p.contains(QStringLiteral("block %1 (").arg(height)); }),
                     qPrintable(QStringLiteral("nothing about block %1 in:\n%2").arg(height).arg(one.problems.join(u'\n'))));
        for (int threads : {2, 3, 8}) {
            const VerifyReport many = verifyWith(f, threads);
            QCOMPARE(many.problems, one.problems);
            QCOMPARE(many.blocksChecked, one.blocksChecked);
            QCOMPARE(many.transactionsChecked, one.transactionsChecked);
        }
    }

    void cancelsAtTheSameBlockOnAnyNumberOfThreads()
    {
        StoreFixture f;
        QVERIFY(f.create());
        QVERIFY(f.db->exec("PRAGMA synchronous = OFF").ok()); // not a durability test
        build(f);
        if (QTest::currentTestFailed())
            return;
        for (int threads : {1, 2}) {
            ChainVerifier verifier(*f.db);
            verifier.setThreadCount(threads);
            std::atomic<bool> cancel{false};
            verifier.setProgressCallback([&](quint64 height, quint64) {
                if (height == 7)
                    cancel = true;
            });
            auto report = verifier.run(&cancel);
            QVERIFY(report.ok());
            QVERIFY(report->cancelled);
            QCOMPARE(report->blocksChecked, quint64(8));
            QCOMPARE(report->transactionsChecked, quint64(7 * kTxsPerBlock));
            QVERIFY(report->problems.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestLedgerVerifierParallel)
#include "tst_ledger_verifier_parallel.moc"
