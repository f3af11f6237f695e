#include "TestChain.h"

#include <QTest>

using namespace careledger;
using namespace careledger::ledger;
using namespace careledger::ledger::test;

namespace {

struct Ctx {
    Genesis genesis;
    MemoryState state;
    ParentInfo parent;
    explicit Ctx(ConsensusParams p = {})
        : genesis(makeGenesis(p)), state(genesis), parent{genesis.makeHeader(fixedKey(0)).value().hash(), 0, kT0, {}}
    {
    }
    LedgerStatus header(const Block &b, std::optional<quint64> now = kT0 + 60'000)
    {
        return checkBlockHeader(b, b.encodeBody().size(), parent, state, now);
    }
};

} // namespace

class TestLedgerValidation : public QObject {
    Q_OBJECT
private slots:
    void validBlockPasses()
    {
        Ctx c;
        Block b = sealBlock(2, c.parent, kT0 + 1000, {makeTx(4, 1, recordPut("r1"), kT0 + 900)}, c.genesis);
        QVERIFY2(c.header(b).ok(), qPrintable(c.header(b).message()));
        QVERIFY2(applyBlockTransactions(b, c.state).ok(), qPrintable(applyBlockTransactions(b, c.state).message()));
        QCOMPARE(c.state.lastSequence(fixedKeyId(4)).value(), quint64(1));
    }

    void badTxSignature()
    {
        Ctx c;
        Transaction tx = makeTx(4, 1, recordPut("r1"), kT0);
        tx.timestampMs += 1; // signed bytes changed after signing
        Block b = sealBlock(2, c.parent, kT0 + 1000, {tx}, c.genesis);
        QVERIFY(c.header(b).ok());
        auto s = applyBlockTransactions(b, c.state);
        QCOMPARE(s.code(), LedgerError::BadSignature);
        QVERIFY(s.message().contains(QString::fromLatin1(tx.id().toHex())));
        QVERIFY(s.message().contains(QStringLiteral("position 0")));
    }

    void badProducerSignature()
    {
        Ctx c;
        Block b = sealBlock(2, c.parent, kT0 + 1000, {}, c.genesis);
        b.header.signature = sealBlock(2, c.parent, kT0 + 1001, {}, c.genesis).header.signature;
        QCOMPARE(c.header(b).code(), LedgerError::BadSignature);
        // Signed by a validator other than the one named as producer.
        Block other = sealBlock(2, c.parent, kT0 + 1000, {}, c.genesis);
        (void)other.header.sign(fixedKey(3));
        other.header.producerKeyId = fixedKeyId(2);
        QCOMPARE(c.header(other).code(), LedgerError::BadSignature);
    }

    void wrongPreviousHashAndHeight()
    {
        Ctx c;
        ParentInfo wrong = c.parent;
        wrong.hash = QByteArray(32, '\x01');
        QCOMPARE(c.header(sealBlock(2, wrong, kT0 + 1000, {}, c.genesis)).code(), LedgerError::BadParent);
        wrong = c.parent;
        wrong.height = 1;
        QCOMPARE(c.header(sealBlock(2, wrong, kT0 + 1000, {}, c.genesis)).code(), LedgerError::BadHeight);
    }

    void badMerkleRoot()
    {
        Ctx c;
        Block b = sealBlock(2, c.parent, kT0 + 1000, {makeTx(4, 1, recordPut("r1"), kT0)}, c.genesis);
        b.transactions.append(makeTx(4, 2, recordPut("r2"), kT0)); // not covered by the root
        b.header.txCount = 2;
        (void)b.header.sign(fixedKey(2));
        QCOMPARE(c.header(b).code(), LedgerError::BadMerkleRoot);
    }

    void outOfTurnTooEarly()
    {
        Ctx c; // height 1: validator 2 is in turn; 10 s delay for the others
        QCOMPARE(c.header(sealBlock(1, c.parent, kT0 + 9'999, {}, c.genesis)).code(), LedgerError::ConsensusViolation);
        QVERIFY(c.header(sealBlock(1, c.parent, kT0 + 10'000, {}, c.genesis)).ok());
        // Claiming in-turn weight out of turn.
        Block b = sealBlock(1, c.parent, kT0 + 10'000, {}, c.genesis);
        b.header.consensus = ConsensusData{true, 2, std::nullopt};
        (void)b.header.sign(fixedKey(1));
        QCOMPARE(c.header(b).code(), LedgerError::ConsensusViolation);
    }

    void sealingTooOften()
    {
        Ctx c;
        c.parent.recentProducers = {fixedKeyId(2)}; // validator 2 sealed the parent
        QCOMPARE(c.header(sealBlock(2, c.parent, kT0 + 1000, {}, c.genesis)).code(), LedgerError::ConsensusViolation);
    }

    void nonValidatorProducer()
    {
        Ctx c;
        QCOMPARE(c.header(sealBlock(4, c.parent, kT0 + 20'000, {}, c.genesis)).code(), LedgerError::NotAuthorised);
    }

    void replayedAndSkippedSequence()
    {
        Ctx c;
        const Transaction first = makeTx(4, 1, recordPut("r1"), kT0);
        QVERIFY(applyBlockTransactions(sealBlock(2, c.parent, kT0 + 1000, {first}, c.genesis), c.state).ok());
        QCOMPARE(applyBlockTransactions(sealBlock(2, c.parent, kT0 + 1000, {first}, c.genesis), c.state).code(), LedgerError::BadSequence);
        QCOMPARE(applyBlockTransactions(sealBlock(2, c.parent, kT0 + 1000, {makeTx(4, 3, recordPut("r3"), kT0)}, c.genesis), c.state).code(),
                 LedgerError::BadSequence);
        QVERIFY(applyBlockTransactions(sealBlock(2, c.parent, kT0 + 1000, {makeTx(4, 2, recordPut("r2"), kT0)}, c.genesis), c.state).ok());
    }

    void txTimestampOutsideWindow()
    {
        Ctx c;
        Block b = sealBlock(2, c.parent, kT0 + 1000, {makeTx(4, 1, recordPut("r1"), kT0 + 1000 + 600'001)}, c.genesis);
        QCOMPARE(applyBlockTransactions(b, c.state).code(), LedgerError::BadTimestamp);
    }

    void unknownSigner()
    {
        Ctx c;
        Block b = sealBlock(2, c.parent, kT0 + 1000, {makeTx(5, 1, recordPut("r1"), kT0)}, c.genesis);
        QCOMPARE(applyBlockTransactions(b, c.state).code(), LedgerError::UnknownSigner);
    }

    void userKeyRegistrationAdmitsSigner()
    {
        Ctx c;
        Block b = sealBlock(2, c.parent, kT0 + 1000,
                            {makeTx(4, 1, UserKeyRegisterBody{fixedSpki(5), fixedKeyId(4)}, kT0), makeTx(5, 1, recordPut("r1"), kT0)}, c.genesis);
        QVERIFY2(applyBlockTransactions(b, c.state).ok(), qPrintable(applyBlockTransactions(b, c.state).message()));
    }

    void oversizedBlock()
    {
        ConsensusParams p;
        p.maxBlockTxs = 2;
        Ctx c(p);
        Block b = sealBlock(2, c.parent, kT0 + 1000,
                            {makeTx(4, 1, recordPut("r1"), kT0), makeTx(4, 2, recordPut("r2"), kT0), makeTx(4, 3, recordPut("r3"), kT0)}, c.genesis);
        QCOMPARE(c.header(b).code(), LedgerError::TooLarge);
        ConsensusParams q;
        q.maxBlockBytes = 1024;
        Ctx d(q);
        QList<Transaction> txs;
        for (int i = 1; i <= 6; ++i)
            txs.append(makeTx(4, static_cast<quint64>(i), recordPut("r" + QByteArray::number(i)), kT0));
        QCOMPARE(d.header(sealBlock(2, d.parent, kT0 + 1000, txs, d.genesis)).code(), LedgerError::TooLarge);
    }

    void futureTimestamp()
    {
        Ctx c;
        const quint64 now = kT0 + 1000;
        QCOMPARE(c.header(sealBlock(2, c.parent, now + 600'001, {}, c.genesis), now).code(), LedgerError::BadTimestamp);
        QVERIFY(c.header(sealBlock(2, c.parent, now + 600'000, {}, c.genesis), now).ok());
        QCOMPARE(c.header(sealBlock(2, c.parent, kT0, {}, c.genesis), now).code(), LedgerError::BadTimestamp); // not after parent
    }

    void wrongChainId()
    {
        Ctx c;
        Block b = sealBlock(2, c.parent, kT0 + 1000, {makeTx(4, 1, recordPut("r1"), kT0, QByteArray(16, '\x5b'))}, c.genesis);
        QCOMPARE(applyBlockTransactions(b, c.state).code(), LedgerError::WrongChain);
    }

    void signerKeysAreParsedOnceAndStillLookedUp()
    {
        KeyCache cache;
        const auto k4 = cache.key(fixedSpki(4));
        QCOMPARE(k4.keyId(), fixedKeyId(4));
        QCOMPARE(cache.key(fixedSpki(4)).keyId(), fixedKeyId(4)); // from the cache
        QVERIFY(cache.key(QByteArray("not a key")).isNull());
        QVERIFY(cache.key(QByteArray("not a key")).isNull());

        // The member's key is parsed (and cached) by its first transaction; once the member
        // is removed the state, not the cache, decides: its next transaction is refused.
        Ctx c;
        Block b1 = sealBlock(2, c.parent, kT0 + 1000, {makeTx(4, 1, recordPut("r1"), kT0), makeTx(0, 1, MemberRemoveBody{fixedKeyId(4)}, kT0)},
                             c.genesis);
        QVERIFY2(applyBlockTransactions(b1, c.state).ok(), qPrintable(applyBlockTransactions(b1, c.state).message()));
        const Transaction late = makeTx(4, 2, recordPut("r2"), kT0 + 2000);
        QCOMPARE(checkTransaction(late, c.state, kT0 + 2000).code(), LedgerError::UnknownSigner);
        // The two halves used by the verifier judge it the same way.
        const PreparedTxCheck prepared = prepareTransactionCheck(late, c.state, kT0 + 2000);
        QVERIFY(prepared.signerKey.isNull());
        QCOMPARE(finishTransactionCheck(late, prepared).message(), checkTransaction(late, c.state, kT0 + 2000).message());
    }

    void validatorAddByAuthorityOnly()
    {
        Ctx c;
        // A member may not change the validator set.
        Block rogue = sealBlock(2, c.parent, kT0 + 1000, {makeTx(4, 1, ValidatorAddBody{fixedSpki(5)}, kT0)}, c.genesis);
        QCOMPARE(applyBlockTransactions(rogue, c.state).code(), LedgerError::NotAuthorised);

        Block b1 = sealBlock(2, c.parent, kT0 + 1000, {makeTx(0, 1, ValidatorAddBody{fixedSpki(5)}, kT0)}, c.genesis);
        QVERIFY(c.header(b1).ok());
        // The new validator cannot seal the block that adds it.
        QCOMPARE(c.header(sealBlock(5, c.parent, kT0 + 20'000, {}, c.genesis)).code(), LedgerError::NotAuthorised);
        QVERIFY(applyBlockTransactions(b1, c.state).ok());
        QCOMPARE(c.state.validators().value().size(), qsizetype(4));

        // From the next block on it takes part in the rotation: height 2 of 4 is validator 3,
        // so validator 5 seals out of turn after the delay.
        c.parent = parentOf(b1, {fixedKeyId(2)});
        auto validators = c.state.validators().value();
        Block b2 = sealBlock(5, c.parent, kT0 + 1000 + 10'000, {}, c.genesis, validators);
        QVERIFY2(c.header(b2, kT0 + 20'000).ok(), qPrintable(c.header(b2, kT0 + 20'000).message()));
        QVERIFY(!b2.header.consensus.inTurn);

        // Removing the new validator, then once more (no longer a validator).
        MemoryState s2(c.genesis);
        QVERIFY(applyBlockTransactions(b1, s2).ok());
        Block rm = sealBlock(3, parentOf(b1), kT0 + 2000, {makeTx(0, 2, ValidatorRemoveBody{fixedKeyId(5)}, kT0)}, c.genesis, validators);
        QVERIFY(applyBlockTransactions(rm, s2).ok());
        Block rm2 = sealBlock(3, parentOf(b1), kT0 + 2000, {makeTx(0, 3, ValidatorRemoveBody{fixedKeyId(5)}, kT0)}, c.genesis, validators);
        QCOMPARE(applyBlockTransactions(rm2, s2).code(), LedgerError::InvalidState);
    }

    void proofOfWork()
    {
        ConsensusParams p;
        p.powDifficultyBits = 8;
        Ctx c(p);
        Block b = sealBlock(2, c.parent, kT0 + 1000, {}, c.genesis);
        QVERIFY(b.header.consensus.powNonce.has_value());
        QVERIFY(RoundRobinAuthority::meetsDifficulty(b.header.powHash(), 8));
        QVERIFY(c.header(b).ok());
        b.header.consensus.powNonce = *b.header.consensus.powNonce + 1;
        while (RoundRobinAuthority::meetsDifficulty(b.header.powHash(), 8))
            b.header.consensus.powNonce = *b.header.consensus.powNonce + 1;
        (void)b.header.sign(fixedKey(2));
        QCOMPARE(c.header(b).code(), LedgerError::ConsensusViolation);
        QVERIFY(RoundRobinAuthority::meetsDifficulty(QByteArray::fromHex("00007f"), 17));
        QVERIFY(!RoundRobinAuthority::meetsDifficulty(QByteArray::fromHex("00007f"), 18));
    }
};

QTEST_GUILESS_MAIN(TestLedgerValidation)
#include "tst_ledger_validation.moc"
