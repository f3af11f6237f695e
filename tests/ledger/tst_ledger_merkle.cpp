#include "ledger/Merkle.h"

#include <QTest>

using namespace careledger::ledger;

namespace {

// Certificate Transparency reference implementation (merkle_tree_test.cc).
QList<QByteArray> ctLeaves()
{
    QList<QByteArray> leaves;
    for (const char *hex : {"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"})
        leaves.append(QByteArray::fromHex(hex));
    return leaves;
}

const char *const kCtRoots[] = {
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
};

} // namespace

class TestLedgerMerkle : public QObject {
    Q_OBJECT
private slots:
    void emptyTree()
    {
        QCOMPARE(merkleRoot({}).toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void ctRoots()
    {
        const auto leaves = ctLeaves();
        for (int n = 1; n <= 8; ++n)
            QCOMPARE(merkleRoot(leaves.first(n)).toHex(), QByteArray(kCtRoots[n - 1]));
    }

    void ctAuditPath()
    {
        auto proof = merkleInclusionProof(ctLeaves(), 0);
        QVERIFY(proof.ok());
        QCOMPARE(proof->path.size(), 3);
        QCOMPARE(proof->path[0].toHex(), QByteArray("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"));
        QCOMPARE(proof->path[1].toHex(), QByteArray("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e"));
        QCOMPARE(proof->path[2].toHex(), QByteArray("6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"));
    }

    void everyLeafOfEverySizeVerifies()
    {
        const auto all = ctLeaves();
        for (int n = 1; n <= 8; ++n) {
            const auto leaves = all.first(n);
            const QByteArray root = merkleRoot(leaves);
            for (int i = 0; i < n; ++i) {
                auto proof = merkleInclusionProof(leaves, static_cast<quint64>(i));
                QVERIFY(proof.ok());
                QVERIFY2(verifyInclusion(leaves[i], *proof, root), qPrintable(QStringLiteral("n=%1 i=%2").arg(n).arg(i)));

                auto decoded = InclusionProof::decode(proof->encode());
                QVERIFY(decoded.ok());
                QCOMPARE(*decoded, *proof);

                // Every alteration must fail.
                QVERIFY(!verifyInclusion(QByteArray(leaves[i] + "x"), *proof, root));
                QVERIFY(!verifyInclusion(leaves[i], *proof, merkleRoot(all.first(n == 8 ? 7 : n + 1))));
                if (n > 1) {
                    auto wrongIndex = *proof;
                    wrongIndex.index = (wrongIndex.index + 1) % wrongIndex.treeSize;
                    QVERIFY(!verifyInclusion(leaves[i], wrongIndex, root));
                    // The tree size itself is not always bound by an audit path (the leftmost
                    // path of 5 and 6 leaves is the same): headers carry the transaction count.
                    for (int p = 0; p < proof->path.size(); ++p) {
                        auto altered = *proof;
                        altered.path[p][0] = static_cast<char>(altered.path[p][0] ^ 1);
                        QVERIFY(!verifyInclusion(leaves[i], altered, root));
                    }
                    auto shorter = *proof;
                    shorter.path.removeLast();
                    QVERIFY(!verifyInclusion(leaves[i], shorter, root));
                    auto longer = *proof;
                    longer.path.append(root);
                    QVERIFY(!verifyInclusion(leaves[i], longer, root));
                }
            }
        }
    }

    void outOfRangeIndex()
    {
        QVERIFY(!merkleInclusionProof(ctLeaves(), 8).ok());
        InclusionProof p{5, 5, {}};
        QVERIFY(!verifyInclusion("x", p, merkleRoot(ctLeaves().first(5))));
    }

    void malformedProofRejected()
    {
        QVERIFY(!InclusionProof::decode(QByteArray::fromHex("a3")).ok());
        QVERIFY(!InclusionProof::decode(QByteArray::fromHex("a301000201038158200000")).ok());
        QVERIFY(!InclusionProof::decode(QByteArray()).ok());
    }
};

QTEST_GUILESS_MAIN(TestLedgerMerkle)
#include "tst_ledger_merkle.moc"
