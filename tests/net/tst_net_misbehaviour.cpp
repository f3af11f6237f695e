// A member that misbehaves is scored, banned (by key and by address), disconnected, and
// nothing it sent is kept: an invalid block leaves no trace in the chain, the transactions it
// handed over leave the pool. Oversize frames, undecodable messages, floods, hellos for
// another chain and unsolicited data are each caught; bans expire.

#include "NetTestSupport.h"

#include <QtEndian>

using namespace careledger;
using namespace careledger::ledger;
using namespace careledger::ledger::net;
using namespace careledger::ledger::net::test;

namespace {

const QHostAddress kAttacker{QStringLiteral("127.0.0.2")};

// Connects a raw member and completes the application handshake.
bool handshake(RawPeer &raw, const TestConsortium &c, TestNode &node, int keyIndex, const QHostAddress &from = kAttacker)
{
    QObject::connect(&raw.socket, &QSslSocket::encrypted, &raw.socket, [&raw, &c, keyIndex] {
        raw.sendHello(c, fixedKeyId(keyIndex));
        raw.send(HelloAckMessage{});
    });
    raw.connectTo(node.port(), from);
    return QTest::qWaitFor([&] { return raw.count<HelloAckMessage>() == 1 && node.node->peer(fixedKeyId(keyIndex)).has_value(); }, 5000);
}

bool refusedWith(const QSignalSpy &spy, DisconnectReason reason)
{
    for (const auto &args : spy)
        if (args.at(1).value<DisconnectReason>() == reason)
            return true;
    return false;
}

// A block at height 1 that is well formed and signed by the in-turn validator but carries
// a transaction whose signature is wrong.
Block invalidBlock(const TestConsortium &c)
{
    Transaction tx = c.recordPut(3, 1, "forged");
    tx.signature = key(3).sign("something else").value();
    Block b;
    b.transactions = {tx};
    b.header.height = 1;
    b.header.previousHash = c.genesisHash();
    b.header.merkleRoot = b.computeMerkleRoot();
    b.header.txCount = 1;
    b.header.timestampMs = nowMs();
    b.header.consensus.inTurn = true;
    b.header.consensus.weight = kInTurnWeight;
    (void)b.header.sign(key(2)); // height 1 is validator 2's turn
    return b;
}

} // namespace

class TstNetMisbehaviour : public QObject {
    Q_OBJECT

private slots:
    void invalidBlockBansAndNothingItSentIsKept()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        QSignalSpy banned(a.node.get(), &PeerNode::peerBanned);
        RawPeer raw(c.ca.root, &c.certs[3], &key(3));
        QVERIFY(handshake(raw, c, a, 3));

        // First a perfectly valid transaction, through the proper inv / gettx / tx dance.
        const Transaction good = c.recordPut(3, 1, "honest-looking");
        const Block bad = invalidBlock(c);
        raw.onMessage = [&](const PeerMessage &m) {
            if (const auto *g = std::get_if<GetTxMessage>(&m.body); g && g->ids.contains(good.id()))
                raw.send(TxMessage{{good.encode()}});
            if (std::holds_alternative<GetHeadersMessage>(m.body))
                raw.send(HeadersMessage{{bad.header.encode()}});
            if (const auto *g = std::get_if<GetBlocksMessage>(&m.body); g && g->hashes.contains(bad.header.hash()))
                raw.send(BlockMessage{bad.header.encode(), bad.encodeBody()});
        };
        raw.send(InvMessage{{}, {good.id()}});
        QTRY_VERIFY_WITH_TIMEOUT(a.mempool.contains(good.id()), 5000);

        // Then the invalid block, announced, asked for and delivered.
        raw.send(InvMessage{{bad.header.hash()}, {}});
        QTRY_VERIFY_WITH_TIMEOUT(!banned.isEmpty(), 5000);
        const BanInfo ban = banned.first().at(0).value<BanInfo>();
        QCOMPARE(ban.keyId, fixedKeyId(3));
        QCOMPARE(addressKey(ban.address), QStringLiteral("127.0.0.2"));
        QCOMPARE(ban.reason, Misbehaviour::InvalidBlock);
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        const auto reject = raw.last<RejectMessage>();
        QVERIFY(reject.has_value());
        QCOMPARE(reject->code, static_cast<quint64>(RejectCode::InvalidBlock));

        // Nothing of it stayed: no block, no state, no pooled transaction.
        QCOMPARE(a.height(), 0u);
        QVERIFY(!a.chain->blockInfo(bad.header.hash()).value().has_value());
        QCOMPARE(a.chain->state().lastSequence(fixedKeyId(3)).value(), 0u);
        QVERIFY(!a.mempool.contains(good.id()));
        QVERIFY(a.node->peers().isEmpty());

        // Banned by key (from another address) and by address (with another key).
        QSignalSpy refused(a.node.get(), &PeerNode::connectionRefused);
        RawPeer sameKey(c.ca.root, &c.certs[3], &key(3));
        sameKey.connectTo(a.port(), kLoopback);
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 5000);
        QVERIFY(refusedWith(refused, DisconnectReason::Banned));
        QTRY_VERIFY_WITH_TIMEOUT(sameKey.closed, 5000);
        QVERIFY(sameKey.received.isEmpty());
        refused.clear();
        RawPeer sameAddress(c.ca.root, &c.certs[2], &key(2));
        sameAddress.connectTo(a.port(), kAttacker);
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(refused, DisconnectReason::Banned), 5000);
        QVERIFY(sameAddress.received.isEmpty());
        QCOMPARE(a.node->bans().size(), 1);

        // An honest member from elsewhere still gets in, and the valid transaction can still
        // reach the pool through it.
        TestNode b;
        QVERIFY(b.create(c, 2) && b.start(c));
        b.node->addPeer(QStringLiteral("127.0.0.1"), a.port());
        QTRY_COMPARE_WITH_TIMEOUT(a.readyPeers(), 1, 5000);
        b.submit(good);
        QTRY_VERIFY_WITH_TIMEOUT(a.mempool.contains(good.id()), 5000);
    }

    void oversizeMessageBans()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        QSignalSpy misbehaved(a.node.get(), &PeerNode::peerMisbehaved);
        RawPeer raw(c.ca.root, &c.certs[3], &key(3));
        QVERIFY(handshake(raw, c, a, 3));
        // Only the length is sent: the node must not wait for 5 MiB to refuse it.
        QByteArray header(4, '\0');
        qToBigEndian<quint32>(5 * 1024 * 1024, header.data());
        raw.sendRaw(header);
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        QVERIFY(!misbehaved.isEmpty());
        QCOMPARE(misbehaved.first().at(1).value<Misbehaviour>(), Misbehaviour::Oversize);
        QCOMPARE(a.node->bans().size(), 1);
        QCOMPARE(raw.last<RejectMessage>()->code, static_cast<quint64>(RejectCode::Oversize));
    }

    void malformedMessageBans()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        RawPeer raw(c.ca.root, &c.certs[3], &key(3));
        QVERIFY(handshake(raw, c, a, 3));
        raw.sendRaw(frame("\xa2\x01\x63xyz")); // text string where a type belongs
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        QCOMPARE(a.node->bans().size(), 1);
        QCOMPARE(a.node->bans().first().reason, Misbehaviour::Malformed);
    }

    void floodIsScoredAndBanned()
    {
        TestConsortium c;
        PeerNodeConfig cfg = testConfig();
        cfg.messagesPerSecond = 20;
        cfg.messageBurst = 40;
        TestNode a;
        QVERIFY(a.create(c, 1, cfg) && a.start(c));
        RawPeer raw(c.ca.root, &c.certs[3], &key(3));
        QVERIFY(handshake(raw, c, a, 3));
        QByteArray burst;
        for (quint64 i = 0; i < 500; ++i)
            burst += frame(PeerMessage{PingMessage{i}}.encode().value());
        raw.sendRaw(burst);
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        QCOMPARE(a.node->bans().size(), 1);
        QCOMPARE(a.node->bans().first().reason, Misbehaviour::Flood);
        // Over-limit messages are dropped unread: far fewer answers than pings.
        QVERIFY2(raw.count<PongMessage>() <= 45, qPrintable(QString::number(raw.count<PongMessage>())));
    }

    void helloForAnotherChainBans()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        RawPeer raw(c.ca.root, &c.certs[3], &key(3));
        QObject::connect(&raw.socket, &QSslSocket::encrypted, &raw.socket, [&] {
            raw.send(HelloMessage{kProtocolVersion, c.genesis.chainId, QByteArray(32, '\x01'), 0, QByteArray(32, '\x01'), 0, fixedKeyId(3),
                                  QStringLiteral("elsewhere")});
        });
        raw.connectTo(a.port(), kAttacker);
        QTRY_COMPARE_WITH_TIMEOUT(a.node->bans().size(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        QCOMPARE(a.node->bans().first().reason, Misbehaviour::WrongChain);
        QCOMPARE(raw.count<HelloAckMessage>(), 0);
    }

    void helloWithAnotherKeyIdBans()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        RawPeer raw(c.ca.root, &c.certs[3], &key(3));
        QObject::connect(&raw.socket, &QSslSocket::encrypted, &raw.socket, [&] { raw.sendHello(c, fixedKeyId(2)); });
        raw.connectTo(a.port(), kAttacker);
        QTRY_COMPARE_WITH_TIMEOUT(a.node->bans().size(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        QCOMPARE(raw.count<HelloAckMessage>(), 0);
    }

    void unsolicitedDataIsScoredAndIgnored()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        QSignalSpy misbehaved(a.node.get(), &PeerNode::peerMisbehaved);
        RawPeer raw(c.ca.root, &c.certs[3], &key(3));
        QVERIFY(handshake(raw, c, a, 3));
        // A perfectly valid block and transaction, but nobody asked for them.
        TestNode builder;
        QVERIFY(builder.create(c, 2));
        const Transaction tx = c.recordPut(3, 1, "pushed");
        QVERIFY(!builder.submit(tx).isEmpty());
        const auto block = builder.seal();
        QVERIFY(block);
        raw.send(BlockMessage{block->header.encode(), block->encodeBody()});
        raw.send(TxMessage{{tx.encode()}});
        QTRY_COMPARE_WITH_TIMEOUT(misbehaved.size(), 2, 5000);
        QCOMPARE(misbehaved.first().at(1).value<Misbehaviour>(), Misbehaviour::Unsolicited);
        QCOMPARE(a.node->peer(fixedKeyId(3))->score, 20);
        QVERIFY(raw.isOpen()); // a few strays are forgiven
        QCOMPARE(a.height(), 0u);
        QVERIFY(!a.mempool.contains(tx.id()));
        // Data before the handshake is a protocol violation, and so is a second hello.
        raw.sendHello(c, fixedKeyId(3));
        QTRY_COMPARE_WITH_TIMEOUT(a.node->peer(fixedKeyId(3))->score, 40, 5000);
    }

    void bansExpire()
    {
        TestConsortium c;
        PeerNodeConfig cfg = testConfig();
        cfg.banDurationMs = 400;
        TestNode a;
        QVERIFY(a.create(c, 1, cfg) && a.start(c));
        RawPeer raw(c.ca.root, &c.certs[3], &key(3));
        QVERIFY(handshake(raw, c, a, 3));
        raw.sendRaw(frame("junk"));
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        QCOMPARE(a.node->bans().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(a.node->bans().isEmpty(), 3000);
        RawPeer again(c.ca.root, &c.certs[3], &key(3));
        QVERIFY(handshake(again, c, a, 3));
    }

    void ownerCanBanAndUnban()
    {
        TestConsortium c;
        TestNode a, b;
        QVERIFY(a.create(c, 1) && a.start(c));
        QVERIFY(b.create(c, 2) && b.start(c));
        b.node->addPeer(QStringLiteral("127.0.0.1"), a.port());
        QTRY_COMPARE_WITH_TIMEOUT(a.readyPeers(), 1, 5000);
        a.node->ban(fixedKeyId(2), {}, 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(a.readyPeers(), 0, 5000);
        QCOMPARE(a.node->bans().size(), 1);
        QVERIFY(a.node->bans().first().manual);
        QTest::qWait(300); // B redials and is refused
        QCOMPARE(a.readyPeers(), 0);
        a.node->unban(fixedKeyId(2), {});
        QTRY_COMPARE_WITH_TIMEOUT(a.readyPeers(), 1, 5000);
    }
};

QTEST_GUILESS_MAIN(TstNetMisbehaviour)
#include "tst_net_misbehaviour.moc"
