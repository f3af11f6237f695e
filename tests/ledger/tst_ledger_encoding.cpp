#include "TestKeys.h"

#include "ledger/Block.h"
#include "ledger/Genesis.h"
#include "ledger/Merkle.h"
#include "ledger/Transaction.h"

#include <QRandomGenerator>
#include <QTest>

using namespace careledger;
using namespace careledger::ledger;

namespace {

// Golden encodings, produced by an independent canonical-CBOR encoder from the values
// below. A change here is a change of the on-chain format: it needs a new version.
const char *const kGolden_1 =
    "a80101020103501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a20148636c696e69632d6102585b3059301306072a8648ce3d"
    "020106082a8648ce3d030107034200045c56c22bdb2c670b7235e003ebcd9c35bacc635dd3cd30dc90f5d9218aa6ce98"
    "bd94c050897dff7bc70f29392a83391612a31530933f1ab3a3eacf2cb5e045b108483006020101020102";
const char *const kGolden_2 =
    "a80101020203501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a1015820333333333333333333333333333333333333333333"
    "333333333333333333333308483006020101020102";
const char *const kGolden_3 =
    "a80101020303501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a101585b3059301306072a8648ce3d020106082a8648ce3d03"
    "0107034200045c56c22bdb2c670b7235e003ebcd9c35bacc635dd3cd30dc90f5d9218aa6ce98bd94c050897dff7bc70f"
    "29392a83391612a31530933f1ab3a3eacf2cb5e045b108483006020101020102";
const char *const kGolden_4 =
    "a80101020403501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a1015820444444444444444444444444444444444444444444"
    "444444444444444444444408483006020101020102";
const char *const kGolden_5 =
    "a80101020503501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a201585b3059301306072a8648ce3d020106082a8648ce3d03"
    "0107034200045c56c22bdb2c670b7235e003ebcd9c35bacc635dd3cd30dc90f5d9218aa6ce98bd94c050897dff7bc70f"
    "29392a83391612a31530933f1ab3a3eacf2cb5e045b10258205555555555555555555555555555555555555555555555"
    "55555555555555555508483006020101020102";
const char *const kGolden_6 =
    "a80101020603501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a50150a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a102487265632d"
    "303030310303045820666666666666666666666666666666666666666666666666666666666666666605020848300602"
    "0101020102";
const char *const kGolden_7 =
    "a80101020703501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a20150a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a102487265632d"
    "3030303108483006020101020102";
const char *const kGolden_8 =
    "a80101020803501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a40150a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1025820777777"
    "7777777777777777777777777777777777777777777777777777777777041b000001a3185c5000055820888888888888"
    "888888888888888888888888888888888888888888888888888808483006020101020102";
const char *const kGolden_9 =
    "a80101020903501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a20150a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a10348636c696e"
    "69632d6208483006020101020102";
const char *const kGolden_10 =
    "a80101020a03501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a50150a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1021b0000018b"
    "cfe56800031b0000018bcfe6526004183c05582099999999999999999999999999999999999999999999999999999999"
    "9999999908483006020101020102";
const char *const kGolden_11 =
    "a80101020b03501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a20150a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a10248616c6572"
    "742d343208483006020101020102";
const char *const kGolden_12 =
    "a80101020c03501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a30150a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a10203035820aa"
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa08483006020101020102";
const char *const kGolden_13 =
    "a80101020d03501111111111111111111111111111111104582022222222222222222222222222222222222222222222"
    "222222222222222222220507061b0000018bcfe5680007a2015820bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
    "bbbbbbbbbbbbbbbbbbbbbb021904d208483006020101020102";
const char *const kGolden_h =
    "a90101020503582001010101010101010101010101010101010101010101010101010101010101010458200202020202"
    "0202020202020202020202020202020202020202020202020202020503061b0000018bcfe5687b075820030303030303"
    "030303030303030303030303030303030303030303030303030308a201f5020209483006020101020102";
const char *const kGolden_hn =
    "a90101020503582001010101010101010101010101010101010101010101010101010101010101010458200202020202"
    "0202020202020202020202020202020202020202020202020202020503061b0000018bcfe5687b075820030303030303"
    "030303030303030303030303030303030303030303030303030308a301f502020319012c09483006020101020102";

QByteArray rep(int byte, int n) { return QByteArray(n, static_cast<char>(byte)); }
const QByteArray kPseudonym = rep(0xa1, 16);
const QByteArray kFixedSig = QByteArray::fromHex("3006020101020102");

QList<TxBody> goldenBodies()
{
    const QByteArray spki = test::fixedSpki(4);
    return {
        MemberAdmitBody{"clinic-a", spki},
        MemberRemoveBody{rep(0x33, 32)},
        ValidatorAddBody{spki},
        ValidatorRemoveBody{rep(0x44, 32)},
        UserKeyRegisterBody{spki, rep(0x55, 32)},
        RecordPutBody{kPseudonym, "rec-0001", 3, rep(0x66, 32), 2},
        RecordEraseBody{kPseudonym, "rec-0001"},
        ConsentGrantBody{kPseudonym, rep(0x77, 32), {}, quint64(1800000000000), rep(0x88, 32)},
        ConsentRevokeBody{kPseudonym, {}, "clinic-b"},
        VitalsAnchorBody{kPseudonym, 1700000000000, 1700000060000, 60, rep(0x99, 32)},
        AlertAckBody{kPseudonym, "alert-42"},
        AlertThresholdOverrideBody{kPseudonym, 3, rep(0xaa, 32)},
        AuditAnchorBody{rep(0xbb, 32), 1234},
    };
}

const char *const kGoldenTx[] = {kGolden_1, kGolden_2, kGolden_3, kGolden_4, kGolden_5, kGolden_6, kGolden_7,
                                 kGolden_8, kGolden_9, kGolden_10, kGolden_11, kGolden_12, kGolden_13};

Transaction goldenTx(const TxBody &body)
{
    Transaction tx;
    tx.chainId = rep(0x11, 16);
    tx.signerKeyId = rep(0x22, 32);
    tx.sequence = 7;
    tx.timestampMs = 1700000000000;
    tx.body = body;
    tx.signature = kFixedSig;
    return tx;
}

BlockHeader goldenHeader(std::optional<quint64> nonce)
{
    BlockHeader h;
    h.height = 5;
    h.previousHash = rep(0x01, 32);
    h.merkleRoot = rep(0x02, 32);
    h.txCount = 3;
    h.timestampMs = 1700000000123;
    h.producerKeyId = rep(0x03, 32);
    h.consensus = ConsensusData{true, 2, nonce};
    h.signature = kFixedSig;
    return h;
}

} // namespace

class TestLedgerEncoding : public QObject {
    Q_OBJECT
private slots:
    void goldenTransactions()
    {
        const auto bodies = goldenBodies();
        QCOMPARE(bodies.size(), qsizetype(13));
        for (int i = 0; i < bodies.size(); ++i) {
            const Transaction tx = goldenTx(bodies[i]);
            QCOMPARE(static_cast<int>(tx.type()), i + 1);
            QVERIFY2(tx.checkWellFormed().ok(), qPrintable(tx.checkWellFormed().message()));
            QCOMPARE(tx.encode().toHex(), QByteArray(kGoldenTx[i]));
            auto decoded = Transaction::decode(QByteArray::fromHex(kGoldenTx[i]));
            QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
            QVERIFY(*decoded == tx);
            QCOMPARE(decoded->id(), core::sha256(QByteArray::fromHex(kGoldenTx[i])));
            // The signing input is the domain followed by the map without key 8.
            QVERIFY(tx.signingInput().startsWith("careledger-tx-v1\xa7"));
        }
    }

    void goldenHeaders()
    {
        QCOMPARE(goldenHeader(std::nullopt).encode().toHex(), QByteArray(kGolden_h));
        QCOMPARE(goldenHeader(300).encode().toHex(), QByteArray(kGolden_hn));
        for (auto hex : {kGolden_h, kGolden_hn}) {
            auto decoded = BlockHeader::decode(QByteArray::fromHex(hex));
            QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
            QCOMPARE(decoded->encode().toHex(), QByteArray(hex));
            QCOMPARE(decoded->hash(), core::sha256(QByteArray::fromHex(hex)));
        }
    }

    void signedRoundTrip()
    {
        const auto key = test::fixedKey(5);
        Transaction tx = goldenTx(goldenBodies()[5]);
        QVERIFY(tx.sign(key).ok());
        QCOMPARE(tx.signerKeyId, key.publicKey().keyId());
        QVERIFY(tx.verifySignature(key.publicKey()));
        auto decoded = Transaction::decode(tx.encode());
        QVERIFY(decoded.ok());
        QVERIFY(decoded->verifySignature(key.publicKey()));
        decoded->sequence += 1;
        QVERIFY(!decoded->verifySignature(key.publicKey()));
        QVERIFY(!tx.verifySignature(test::fixedKey(4).publicKey()));

        BlockHeader h = goldenHeader(std::nullopt);
        QVERIFY(h.sign(test::fixedKey(1)).ok());
        QVERIFY(h.verifySignature(test::fixedKey(1).publicKey()));
        h.timestampMs += 1;
        QVERIFY(!h.verifySignature(test::fixedKey(1).publicKey()));
    }

    void nonCanonicalRejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray g = QByteArray::fromHex(kGolden_13);
        const QByteArray seq = QByteArray::fromHex("0507");
        QVERIFY(g.contains(seq));
        auto replaced = [&](const char *from, const char *to) {
            QByteArray copy = g;
            const QByteArray f = QByteArray::fromHex(from);
            const qsizetype at = copy.indexOf(f);
            Q_ASSERT(at >= 0);
            return copy.replace(at, f.size(), QByteArray::fromHex(to));
        };
        QTest::newRow("long-form integer") << replaced("0507", "051807");
        QTest::newRow("8-byte small integer") << replaced("0507", "051b0000000000000007");
        QTest::newRow("indefinite map") << QByteArray(QByteArray::fromHex("bf") + g.mid(1) + QByteArray::fromHex("ff"));
        {
            const QByteArray inOrder = QByteArray::fromHex("a2015820") + rep(0xbb, 32) + QByteArray::fromHex("021904d2");
            const QByteArray swapped = QByteArray::fromHex("a2021904d2015820") + rep(0xbb, 32);
            QVERIFY(g.contains(inOrder));
            QTest::newRow("keys out of order") << QByteArray(g).replace(inOrder, swapped);
        }
        QTest::newRow("duplicate key") << replaced("0507", "0407");
        QTest::newRow("long-form byte string length") << replaced("035011", "03581011");
        QTest::newRow("float sequence") << replaced("0507", "05f94700");
        QTest::newRow("trailing byte") << QByteArray(g + '\0');
        QTest::newRow("unknown type") << replaced("020d", "020e");
        QTest::newRow("wrong type for body") << replaced("020d", "0206");
        QTest::newRow("tagged chain id") << replaced("0350", "03c250");
        QTest::newRow("text instead of bytes") << replaced("035011", "037011");
        QTest::newRow("extra body key") << replaced("a2015820bb", "a3015820bb").append(QByteArray());
        QTest::newRow("wrong version") << replaced("a80101", "a80102");
        QTest::newRow("empty") << QByteArray();
    }

    void nonCanonicalRejected()
    {
        QFETCH(QByteArray, input);
        auto decoded = Transaction::decode(input);
        QVERIFY(!decoded.ok());
        QVERIFY(!decoded.message().isEmpty());
        qDebug() << decoded.message();
    }

    void truncatedAndMutatedNeverCrash()
    {
        for (const char *hex : kGoldenTx) {
            const QByteArray g = QByteArray::fromHex(hex);
            for (qsizetype n = 0; n < g.size(); ++n)
                QVERIFY(!Transaction::decode(g.first(n)).ok());
        }
        const QByteArray h = QByteArray::fromHex(kGolden_hn);
        for (qsizetype n = 0; n < h.size(); ++n)
            QVERIFY(!BlockHeader::decode(h.first(n)).ok());

        QRandomGenerator rng(42);
        for (int round = 0; round < 4000; ++round) {
            QByteArray m = QByteArray::fromHex(kGoldenTx[round % 13]);
            const int flips = 1 + rng.bounded(3);
            for (int f = 0; f < flips; ++f)
                m[rng.bounded(static_cast<int>(m.size()))] = static_cast<char>(rng.bounded(256));
            auto decoded = Transaction::decode(m);
            if (decoded.ok())
                QCOMPARE(decoded->encode(), m); // anything accepted is canonical
            (void)BlockHeader::decode(m);
            (void)Block::decodeBody(m);
            (void)Genesis::decode(m);
        }
    }

    void hostileLengthsRejected()
    {
        // A byte string claiming 2^63 bytes and an array claiming 2^32 elements.
        QVERIFY(!Block::decodeBody(QByteArray::fromHex("815b7fffffffffffffff00")).ok());
        QVERIFY(!Block::decodeBody(QByteArray::fromHex("9b0000000100000000")).ok());
        QVERIFY(!Transaction::decode(QByteArray::fromHex("bb7fffffffffffffff")).ok());
    }

    void bodyRulesEnforced()
    {
        auto longPseudonym = goldenTx(RecordPutBody{rep(1, 65), "r", 1, rep(0x66, 32), 1});
        QCOMPARE(longPseudonym.checkWellFormed().code(), LedgerError::Malformed);
        auto decoded = Transaction::decode(longPseudonym.encode());
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.code(), LedgerError::TooLarge);

        QVERIFY(!goldenTx(ConsentGrantBody{kPseudonym, rep(0x77, 32), "clinic", {}, rep(0x88, 32)}).checkWellFormed().ok());
        QVERIFY(!goldenTx(ConsentRevokeBody{kPseudonym, {}, {}}).checkWellFormed().ok());
        QVERIFY(!goldenTx(VitalsAnchorBody{kPseudonym, 10, 10, 1, rep(0x99, 32)}).checkWellFormed().ok());
        QVERIFY(!goldenTx(ValidatorAddBody{"not a key"}).checkWellFormed().ok());
        // An invalid body encoded canonically is still refused by decode.
        QVERIFY(!Transaction::decode(goldenTx(ValidatorAddBody{"not a key"}).encode()).ok());
    }

    void blockBodyRoundTrip()
    {
        Block b;
        for (const auto &body : goldenBodies())
            b.transactions.append(goldenTx(body));
        auto decoded = Block::decodeBody(b.encodeBody());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->size(), b.transactions.size());
        QVERIFY(*decoded == b.transactions);
        QCOMPARE(b.computeMerkleRoot(), merkleRoot(b.txIds()));
        QByteArray broken = b.encodeBody();
        broken[5] = static_cast<char>(broken[5] ^ 0x40);
        auto bad = Block::decodeBody(broken);
        QVERIFY(!bad.ok());
        QVERIFY(bad.message().contains(QStringLiteral("position 0")));
    }

    void genesisRoundTrip()
    {
        Genesis g;
        g.chainId = rep(0x5a, 16);
        g.authoritySpki = test::fixedSpki(0);
        g.validatorSpkis = {test::fixedSpki(1), test::fixedSpki(2), test::fixedSpki(3)};
        g.members = {{"clinic-a", test::fixedSpki(4)}};
        g.params.powDifficultyBits = 4;
        g.createdAtMs = 1700000000000;
        QVERIFY2(g.validate().ok(), qPrintable(g.validate().message()));
        auto decoded = Genesis::decode(g.encode());
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QVERIFY(*decoded == g);
        QCOMPARE(decoded->validatorKeyIds(), (QList<QByteArray>{test::fixedKeyId(1), test::fixedKeyId(2), test::fixedKeyId(3)}));

        auto header = g.makeHeader(test::fixedKey(0));
        QVERIFY(header.ok());
        QVERIFY(g.verifyHeader(*header).ok());
        QVERIFY(!g.makeHeader(test::fixedKey(1)).ok());
        auto other = g;
        other.chainId = rep(0x5b, 16);
        QVERIFY(!other.verifyHeader(*header).ok());

        auto dup = g;
        dup.validatorSpkis.append(test::fixedSpki(1));
        QVERIFY(!dup.validate().ok());
        QVERIFY(!Genesis::decode(dup.encode()).ok());
    }
};

QTEST_GUILESS_MAIN(TestLedgerEncoding)
#include "tst_ledger_encoding.moc"
