// Sync between workstations: nodes at different heights converge on one chain, a node that
// was offline catches up (over several header batches and a small download window), new
// blocks and transactions spread by gossip, and a partition that forked the chain heals by
// fork choice with the losing branch's transactions included again.

#include "NetTestSupport.h"

using namespace careledger;
using namespace careledger::ledger;
using namespace careledger::ledger::net;
using namespace careledger::ledger::net::test;

namespace {

void link(TestNode &from, TestNode &to)
{
    from.node->addPeer(QStringLiteral("127.0.0.1"), to.port());
}

void unlink(TestNode &from, TestNode &to)
{
    from.node->removePeer(QStringLiteral("127.0.0.1"), to.port());
}

} // namespace

class TstNetSync : public QObject {
    Q_OBJECT

private slots:
    void nodesAtDifferentHeightsConverge()
    {
        TestConsortium c;
        TestNode a, b, cc;
        QVERIFY(a.create(c, 1) && b.create(c, 2) && cc.create(c, 3));
        // A holds 30 blocks, B the first 12 of them, C only the genesis.
        QVERIFY(a.sealMany(30));
        QVERIFY(copyBlocks(a, b, 12));
        QCOMPARE(b.height(), 12u);
        QVERIFY(a.start(c) && b.start(c) && cc.start(c));
        QSignalSpy progress(cc.node.get(), &PeerNode::syncProgressChanged);
        link(b, a);
        link(cc, a);
        link(cc, b);
        QTRY_COMPARE_WITH_TIMEOUT(b.tipHash(), a.tipHash(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(cc.tipHash(), a.tipHash(), 15000);
        QCOMPARE(cc.height(), 30u);
        QVERIFY(!progress.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!cc.node->syncProgress().syncing, 5000);
        QCOMPARE(cc.node->syncProgress().localHeight, 30u);

        // A transaction made at C reaches the others; a block sealed at B reaches everyone.
        const QByteArray tx = cc.submit(c.recordPut(3, 1, "record-at-c"));
        QTRY_VERIFY_WITH_TIMEOUT(a.mempool.contains(tx) && b.mempool.contains(tx), 5000);
        const auto block = b.seal();
        QVERIFY(block);
        QCOMPARE(block->transactions.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(a.tipHash(), b.tipHash(), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(cc.tipHash(), b.tipHash(), 5000);
        QVERIFY(a.onMainChain(tx) && cc.onMainChain(tx));
        QTRY_VERIFY_WITH_TIMEOUT(!a.mempool.contains(tx) && !cc.mempool.contains(tx), 5000);

        // Peer bookkeeping the GUI shows.
        for (const PeerInfo &p : a.node->peers()) {
            QCOMPARE(p.state, PeerState::Ready);
            QVERIFY(p.bytesIn > 0 && p.bytesOut > 0);
            QVERIFY(p.lastSeen.isValid());
        }
    }

    void offlineNodeCatchesUp()
    {
        TestConsortium c;
        PeerNodeConfig small = testConfig();
        small.headersPerMessage = 7; // several header rounds
        small.maxBlocksInFlight = 4; // several download rounds
        TestNode a, b, late;
        QVERIFY(a.create(c, 1, small) && b.create(c, 2, small) && late.create(c, 3, small));
        QVERIFY(a.start(c) && b.start(c));
        link(b, a);
        QTRY_COMPARE_WITH_TIMEOUT(a.readyPeers(), 1, 5000);
        // 40 blocks with transactions while the third workstation is off.
        QList<QByteArray> txs;
        for (int i = 0; i < 40; ++i) {
            const int signer = 1 + i % 2;
            txs.append((i % 2 ? b : a).submit(c.recordPut(signer, static_cast<quint64>(i / 2 + 1), "r" + QByteArray::number(i))));
            QTRY_VERIFY_WITH_TIMEOUT(a.mempool.contains(txs.last()), 5000);
            QVERIFY(a.seal());
            QTRY_COMPARE_WITH_TIMEOUT(b.tipHash(), a.tipHash(), 5000);
        }
        QCOMPARE(a.height(), 40u);
        QVERIFY(late.start(c));
        link(late, b);
        QTRY_COMPARE_WITH_TIMEOUT(late.tipHash(), a.tipHash(), 20000);
        for (const QByteArray &tx : std::as_const(txs))
            QVERIFY(late.onMainChain(tx));
        QTRY_VERIFY_WITH_TIMEOUT(!late.node->syncProgress().syncing, 5000);
    }

    void downloadMovesOnFromAStalledPeer()
    {
        TestConsortium c;
        PeerNodeConfig cfg = testConfig();
        cfg.stallTimeoutMs = 800;
        TestNode a, fresh;
        QVERIFY(a.create(c, 1) && fresh.create(c, 2, cfg));
        QVERIFY(a.sealMany(5));
        QVERIFY(a.start(c) && fresh.start(c));
        // A member that announces a better chain, answers headers, then never sends blocks.
        RawPeer staller(c.ca.root, &c.certs[3], &key(3));
        QList<QByteArray> headers;
        for (quint64 h = 1; h <= 5; ++h)
            headers.append(a.chain->mainBlockAt(h)->header.encode());
        staller.onMessage = [&](const PeerMessage &m) {
            if (std::holds_alternative<GetHeadersMessage>(m.body))
                staller.send(HeadersMessage{headers});
        };
        QObject::connect(&staller.socket, &QSslSocket::encrypted, &staller.socket, [&] {
            staller.sendHello(c, fixedKeyId(3), 5, a.tipHash(), 10);
            staller.send(HelloAckMessage{});
        });
        staller.connectTo(fresh.port());
        QTRY_VERIFY_WITH_TIMEOUT(staller.count<GetBlocksMessage>() > 0, 5000);
        // The honest node joins; once the staller times out, its blocks come from A.
        QSignalSpy dropped(fresh.node.get(), &PeerNode::peerDisconnected);
        link(fresh, a);
        QTRY_COMPARE_WITH_TIMEOUT(fresh.tipHash(), a.tipHash(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(staller.closed, 5000);
        bool timedOut = false;
        for (const auto &args : dropped)
            timedOut = timedOut || args.at(1).value<DisconnectReason>() == DisconnectReason::Timeout;
        QVERIFY(timedOut);
    }

    void partitionHealsByForkChoiceAndOrphanedTransactionsReturn()
    {
        TestConsortium c;
        TestNode a, b, cc;
        QVERIFY(a.create(c, 1) && b.create(c, 2) && cc.create(c, 3));
        QVERIFY(a.start(c) && b.start(c) && cc.start(c));
        link(b, a);
        link(cc, a);
        link(cc, b);
        QTRY_VERIFY_WITH_TIMEOUT(a.readyPeers() == 2 && b.readyPeers() == 2 && cc.readyPeers() == 2, 5000);
        QVERIFY(a.sealMany(3));
        QTRY_VERIFY_WITH_TIMEOUT(b.tipHash() == a.tipHash() && cc.tipHash() == a.tipHash(), 5000);
        const quint64 forkHeight = a.height();

        // Partition: A alone | B and C together.
        unlink(b, a);
        unlink(cc, a);
        QTRY_VERIFY_WITH_TIMEOUT(a.readyPeers() == 0 && b.readyPeers() == 1 && cc.readyPeers() == 1, 5000);

        // B's side: a transaction of B and one block out of turn... the side with fewer
        // in-turn blocks. Height 4 is in turn for validator 2 (4 mod 3 = 1 -> index 1).
        const QByteArray orphanTx = b.submit(c.recordPut(2, 1, "made-during-partition"));
        QTRY_VERIFY_WITH_TIMEOUT(cc.mempool.contains(orphanTx), 5000);
        QVERIFY(b.seal());
        QTRY_COMPARE_WITH_TIMEOUT(cc.tipHash(), b.tipHash(), 5000);
        QVERIFY(b.onMainChain(orphanTx));
        // A's side: three blocks, so heavier.
        QVERIFY(a.sealMany(3));
        QCOMPARE(a.height(), forkHeight + 3);
        QCOMPARE(b.height(), forkHeight + 1);
        const QByteArray losingTip = b.tipHash();

        // Heal.
        QSignalSpy tipB(b.node.get(), &PeerNode::tipChanged);
        link(b, a);
        link(cc, a);
        QTRY_COMPARE_WITH_TIMEOUT(b.tipHash(), a.tipHash(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cc.tipHash(), a.tipHash(), 10000);
        QVERIFY(!tipB.isEmpty());
        QCOMPARE(b.chain->blockInfo(losingTip).value()->onMain, false); // kept as a side block
        QVERIFY(!b.onMainChain(orphanTx));
        // The orphaned transaction is waiting again (outbox and pool) and spreads to A.
        QVERIFY(b.chain->isPending(orphanTx).value());
        QVERIFY(b.mempool.contains(orphanTx));
        QTRY_VERIFY_WITH_TIMEOUT(a.mempool.contains(orphanTx), 5000);
        // The next block includes it, and everyone agrees.
        QVERIFY(a.seal());
        QTRY_VERIFY_WITH_TIMEOUT(b.tipHash() == a.tipHash() && cc.tipHash() == a.tipHash(), 5000);
        QVERIFY(a.onMainChain(orphanTx) && b.onMainChain(orphanTx) && cc.onMainChain(orphanTx));
        QVERIFY(!b.chain->isPending(orphanTx).value());
    }
};

QTEST_GUILESS_MAIN(TstNetSync)
#include "tst_net_sync.moc"
