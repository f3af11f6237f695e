#include "TestChain.h"

#include "ledger/Mempool.h"

#include <QTest>

using namespace careledger;
using namespace careledger::ledger;
using namespace careledger::ledger::test;

class TestLedgerForkChoice : public QObject {
    Q_OBJECT
private slots:
    void heavierBranchWinsAndOrphansReturn()
    {
        StoreFixture f;
        QVERIFY(f.create());
        const ParentInfo g = f.tip();
        const Transaction x = makeTx(4, 1, recordPut("rx"), kT0 + 10'000);
        const Transaction y = makeTx(0, 1, AuditAnchorBody{QByteArray(32, 'a'), 1}, kT0 + 10'000);

        // Out of turn (weight 1) first...
        const Block a1 = sealBlock(1, g, kT0 + 10'000, {x}, f.genesis);
        auto r1 = f.chain->acceptBlock(a1, kT0 + 10'000);
        QVERIFY2(r1.ok(), qPrintable(r1.message()));
        QCOMPARE(r1->kind, ChainStore::Accepted::Extended);
        QCOMPARE(f.chain->state().lastSequence(fixedKeyId(4)).value(), quint64(1));

        // ...then the in-turn block (weight 2) on the same parent takes over.
        const Block b1 = sealBlock(2, g, kT0 + 1000, {y}, f.genesis);
        auto r2 = f.chain->acceptBlock(b1, kT0 + 11'000);
        QVERIFY2(r2.ok(), qPrintable(r2.message()));
        QCOMPARE(r2->kind, ChainStore::Accepted::Reorganised);
        QCOMPARE(r2->disconnectedBlocks, quint64(1));
        QCOMPARE(r2->orphaned.size(), qsizetype(1));
        QCOMPARE(r2->orphaned.first().id(), x.id());
        QCOMPARE(f.chain->tip()->hash, b1.header.hash());
        QCOMPARE(f.chain->tip()->totalWeight, quint64(2));
        QCOMPARE(f.chain->state().lastSequence(fixedKeyId(4)).value(), quint64(0)); // x undone
        QCOMPARE(f.chain->state().lastSequence(fixedKeyId(0)).value(), quint64(1));

        // The orphan is still valid on the new branch: back to the mempool.
        Mempool pool;
        pool.reinsert(r2->orphaned, f.chain->state(), kT0 + 11'000);
        QVERIFY(pool.contains(x.id()));

        // The lighter block is kept as a side block; offering it again changes nothing.
        auto again = f.chain->acceptBlock(a1, kT0 + 12'000);
        QVERIFY(again.ok());
        QCOMPARE(again->kind, ChainStore::Accepted::AlreadyKnown);

        // A block extending the lighter branch: a1 (1) + in-turn h2 by validator 3 (2) = 3 > 2.
        const Block a2 = sealBlock(3, parentOf(a1, {fixedKeyId(1)}), kT0 + 12'000, {}, f.genesis);
        auto r3 = f.chain->acceptBlock(a2, kT0 + 12'000);
        QVERIFY2(r3.ok(), qPrintable(r3.message()));
        QCOMPARE(r3->kind, ChainStore::Accepted::Reorganised);
        QCOMPARE(f.chain->tip()->hash, a2.header.hash());
        QCOMPARE(f.chain->tip()->totalWeight, quint64(3));
        QCOMPARE(r3->orphaned.first().id(), y.id());
        QCOMPARE(f.chain->state().lastSequence(fixedKeyId(4)).value(), quint64(1)); // x back on chain
        QVERIFY(f.chain->proveTransaction(x.id()).ok());
        QVERIFY(!f.chain->proveTransaction(y.id()).ok());
    }

    void lighterSideBlockStaysAside()
    {
        StoreFixture f;
        QVERIFY(f.create());
        const ParentInfo g = f.tip();
        const Block inTurn = sealBlock(2, g, kT0 + 1000, {}, f.genesis);
        QCOMPARE(f.chain->acceptBlock(inTurn, kT0 + 1000)->kind, ChainStore::Accepted::Extended);
        auto side = f.chain->acceptBlock(sealBlock(1, g, kT0 + 10'000, {}, f.genesis), kT0 + 10'000);
        QVERIFY2(side.ok(), qPrintable(side.message()));
        QCOMPARE(side->kind, ChainStore::Accepted::SideBranch);
        QCOMPARE(f.chain->tip()->hash, inTurn.header.hash());
        // An invalid competing block is refused and not stored.
        Block bad = sealBlock(3, g, kT0 + 10'000, {makeTx(5, 1, recordPut("r"), kT0)}, f.genesis);
        QCOMPARE(f.chain->acceptBlock(bad, kT0 + 10'000).code(), LedgerError::UnknownSigner);
        QCOMPARE(f.chain->blockByHash(bad.header.hash()).code(), LedgerError::NotFound);
        // Unknown parent.
        QCOMPARE(f.chain->acceptBlock(sealBlock(3, ParentInfo{QByteArray(32, 'z'), 4, kT0, {}}, kT0 + 20'000, {}, f.genesis), kT0 + 20'000).code(),
                 LedgerError::UnknownParent);
    }

    void tieBrokenByLowerHashWhateverTheOrder()
    {
        QByteArray winner;
        for (int order = 0; order < 2; ++order) {
            StoreFixture f;
            QVERIFY(f.create());
            const ParentInfo g = f.tip();
            const Block p = sealBlock(1, g, kT0 + 10'000, {}, f.genesis);
            const Block q = sealBlock(3, g, kT0 + 10'000, {}, f.genesis);
            const Block &first = order == 0 ? p : q;
            const Block &second = order == 0 ? q : p;
            QVERIFY(f.chain->acceptBlock(first, kT0 + 10'000).ok());
            QVERIFY(f.chain->acceptBlock(second, kT0 + 10'000).ok());
            const QByteArray expected = qMin(p.header.hash(), q.header.hash());
            QCOMPARE(f.chain->tip()->hash, expected);
            if (order == 1) // same blocks? no: signatures differ per run, so compare the rule only
                QVERIFY(!winner.isEmpty());
            winner = expected;
        }
    }
};

QTEST_GUILESS_MAIN(TestLedgerForkChoice)
#include "tst_ledger_forkchoice.moc"
