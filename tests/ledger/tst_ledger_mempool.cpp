#include "TestChain.h"

#include "ledger/Mempool.h"

#include <QTest>

using namespace careledger;
using namespace careledger::ledger;
using namespace careledger::ledger::test;

class TestLedgerMempool : public QObject {
    Q_OBJECT
private slots:
    void dedup()
    {
        MemoryState state(makeGenesis());
        Mempool pool;
        const Transaction tx = makeTx(4, 1, recordPut("r1"), kT0);
        QVERIFY(pool.add(tx, state, kT0).ok());
        QCOMPARE(pool.add(tx, state, kT0).code(), LedgerError::Duplicate);
        // Same signer and sequence, different content: a conflicting double use.
        QCOMPARE(pool.add(makeTx(4, 1, recordPut("r2"), kT0), state, kT0).code(), LedgerError::Duplicate);
        QCOMPARE(pool.count(), qsizetype(1));
    }

    void perSignerOrderingWithGaps()
    {
        MemoryState state(makeGenesis());
        Mempool pool;
        const Transaction m1 = makeTx(4, 1, recordPut("r1"), kT0 + 5);
        const Transaction m2 = makeTx(4, 2, recordPut("r2"), kT0 + 1);
        const Transaction m4 = makeTx(4, 4, recordPut("r4"), kT0);
        const Transaction a1 = makeTx(0, 1, AuditAnchorBody{QByteArray(32, 'a'), 1}, kT0 + 3);
        for (const auto &tx : {m4, m2, a1, m1})
            QVERIFY(pool.add(tx, state, kT0).ok());
        auto ready = pool.ready(state, 100, 1 << 20);
        QVERIFY(ready.ok());
        // m4 waits for m3; m2 never precedes m1 although it is older.
        QCOMPARE(ready->size(), qsizetype(3));
        QCOMPARE(ready->at(0).id(), a1.id());
        QCOMPARE(ready->at(1).id(), m1.id());
        QCOMPARE(ready->at(2).id(), m2.id());

        for (const auto &tx : *ready)
            QVERIFY(state.applyTx(tx, 1).ok());
        pool.removeConfirmed(*ready);
        QCOMPARE(pool.count(), qsizetype(1));
        QCOMPARE(pool.ready(state, 100, 1 << 20)->size(), qsizetype(0));
        QVERIFY(pool.add(makeTx(4, 3, recordPut("r3"), kT0), state, kT0).ok());
        QCOMPARE(pool.ready(state, 100, 1 << 20)->size(), qsizetype(2));
        QCOMPARE(pool.ready(state, 1, 1 << 20)->size(), qsizetype(1));
        QCOMPARE(pool.ready(state, 100, 10)->size(), qsizetype(0));
    }

    void caps()
    {
        MemoryState state(makeGenesis());
        Mempool byCount(MempoolLimits{2, 1 << 20});
        QVERIFY(byCount.add(makeTx(4, 1, recordPut("r1"), kT0), state, kT0).ok());
        QVERIFY(byCount.add(makeTx(4, 2, recordPut("r2"), kT0), state, kT0).ok());
        auto full = byCount.add(makeTx(4, 3, recordPut("r3"), kT0), state, kT0);
        QCOMPARE(full.code(), LedgerError::MempoolFull);
        QVERIFY(full.message().contains(QStringLiteral("maximum")));

        const Transaction first = makeTx(4, 1, recordPut("r1"), kT0);
        const qsizetype one = first.encode().size();
        Mempool byBytes(MempoolLimits{100, one + 60}); // a second one (>= 130 bytes) never fits
        QVERIFY(byBytes.add(first, state, kT0).ok());
        QCOMPARE(byBytes.add(makeTx(4, 2, recordPut("r2"), kT0), state, kT0).code(), LedgerError::MempoolFull);
        QCOMPARE(byBytes.bytes(), one);
    }

    void rejectsWhatCanNeverBeValid()
    {
        MemoryState state(makeGenesis());
        Mempool pool;
        Transaction badSig = makeTx(4, 1, recordPut("r1"), kT0);
        badSig.sequence = 2;
        QCOMPARE(pool.add(badSig, state, kT0).code(), LedgerError::BadSignature);
        QCOMPARE(pool.add(makeTx(5, 1, recordPut("r1"), kT0), state, kT0).code(), LedgerError::UnknownSigner);
        QCOMPARE(pool.add(makeTx(4, 1, recordPut("r1"), kT0, QByteArray(16, 'x')), state, kT0).code(), LedgerError::WrongChain);
        QCOMPARE(pool.add(makeTx(4, 1, ValidatorAddBody{fixedSpki(5)}, kT0), state, kT0).code(), LedgerError::NotAuthorised);
        QCOMPARE(pool.add(makeTx(4, 1, recordPut("r1"), kT0 + 3'600'000), state, kT0).code(), LedgerError::BadTimestamp);
        QCOMPARE(pool.add(makeTx(4, 1, RecordPutBody{QByteArray(65, 'p'), "r", 1, QByteArray(32, 'h'), 1}, kT0), state, kT0).code(),
                 LedgerError::Malformed);
        QVERIFY(state.applyTx(makeTx(4, 1, recordPut("r1"), kT0), 1).ok());
        QCOMPARE(pool.add(makeTx(4, 1, recordPut("r9"), kT0), state, kT0).code(), LedgerError::BadSequence);
        QCOMPARE(pool.count(), qsizetype(0));
    }

    void pruneDropsUsedSequences()
    {
        MemoryState state(makeGenesis());
        Mempool pool;
        QVERIFY(pool.add(makeTx(4, 1, recordPut("r1"), kT0), state, kT0).ok());
        QVERIFY(pool.add(makeTx(4, 2, recordPut("r2"), kT0), state, kT0).ok());
        QVERIFY(state.applyTx(makeTx(4, 1, recordPut("other"), kT0), 1).ok()); // a competing tx made it into a block
        QVERIFY(pool.prune(state).ok());
        QCOMPARE(pool.count(), qsizetype(1));
    }
};

QTEST_GUILESS_MAIN(TestLedgerMempool)
#include "tst_ledger_mempool.moc"
