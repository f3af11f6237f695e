// Who may connect: members with a certificate from the consortium's CA, and nobody else.
// A certificate from another CA, no certificate at all (Qt client and openssl s_client), a
// valid certificate for a key that is not a member: refused before a single application
// byte is sent. A member removed on the chain is cut off at once and cannot come back, and
// nothing it handed over stays.

#include "NetTestSupport.h"

#include <QProcess>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpServer>

using namespace careledger;
using namespace careledger::ledger;
using namespace careledger::ledger::net;
using namespace careledger::ledger::net::test;

namespace {

bool refusedWith(const QSignalSpy &spy, DisconnectReason reason)
{
    for (const auto &args : spy)
        if (args.at(1).value<DisconnectReason>() == reason)
            return true;
    return false;
}

} // namespace

class TstNetHandshake : public QObject {
    Q_OBJECT

private slots:
    void membersConnectAndIdentifyEachOther()
    {
        TestConsortium c;
        TestNode a, b;
        QVERIFY(a.create(c, 1) && a.start(c));
        QVERIFY(b.create(c, 2) && b.start(c));
        QSignalSpy connectedA(a.node.get(), &PeerNode::peerConnected);
        b.node->addPeer(QStringLiteral("127.0.0.1"), a.port());
        QTRY_COMPARE_WITH_TIMEOUT(a.readyPeers(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b.readyPeers(), 1, 5000);
        QCOMPARE(connectedA.size(), 1);
        const PeerInfo atA = a.node->peers().first();
        QCOMPARE(atA.keyId, fixedKeyId(2));
        QCOMPARE(atA.memberId, fixedKeyId(2).left(16)); // as the genesis admitted it
        QVERIFY(atA.inbound);
        QCOMPARE(atA.certificateName, QString::fromLatin1(fixedKeyId(2).left(16).toHex()));
        QCOMPARE(atA.userAgent, QStringLiteral("CareLedger/0.1"));
        QCOMPARE(atA.score, 0);
        const PeerInfo atB = b.node->peers().first();
        QCOMPARE(atB.keyId, fixedKeyId(1));
        QVERIFY(!atB.inbound);
        QCOMPARE(b.node->staticPeers().first().keyId, fixedKeyId(1));
        QVERIFY(a.node->peer(fixedKeyId(2)).has_value());
    }

    void startRefusesAnIdentityThatDoesNotFit()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1));
        // Certificate of another key.
        QCOMPARE(a.node->start(key(1), TlsIdentity{c.certs[2], c.ca.root}).code(), NetError::InvalidIdentity);
        // A root other than the genesis names.
        const TestCa other = makeCa();
        QCOMPARE(a.node->start(key(1), TlsIdentity{issue(other, key(1).publicKey()), other.root}).code(), NetError::InvalidIdentity);
        // A key that is no member.
        TestNode outsider;
        QVERIFY(outsider.create(c, 5));
        QCOMPARE(outsider.node->start(key(5), TlsIdentity{c.certs[5], c.ca.root}).code(), NetError::InvalidIdentity);
        // Without a root of its own the node takes the genesis' root.
        QVERIFY(a.node->start(key(1), TlsIdentity{c.certs[1], {}}));
    }

    void certificateFromAnotherCaIsRefused()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        QSignalSpy refused(a.node.get(), &PeerNode::connectionRefused);
        // A member key, but certified by somebody else.
        const TestCa other = makeCa(QStringLiteral("Test consortium root CA"));
        const core::X509Certificate forged = issue(other, key(2).publicKey());
        RawPeer raw(c.ca.root, &forged, &key(2));
        raw.connectTo(a.port());
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 5000);
        QVERIFY(refusedWith(refused, DisconnectReason::BadCertificate));
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        QVERIFY(raw.received.isEmpty());
        QVERIFY(a.node->peers().isEmpty());
    }

    void serverWithAnotherCaIsRefusedByTheDialler()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        const TestCa other = makeCa();
        QSslServer impostor;
        QSslConfiguration cfg = QSslConfiguration::defaultConfiguration();
        cfg.setProtocol(QSsl::TlsV1_3OrLater);
        cfg.setPeerVerifyMode(QSslSocket::VerifyNone);
        cfg.setLocalCertificate(QSslCertificate(issue(other, key(2).publicKey()).toDer(), QSsl::Der));
        const core::SecureBytes pem = core::privateKeyPem(key(2));
        cfg.setPrivateKey(QSslKey(QByteArray(reinterpret_cast<const char *>(pem.data()), static_cast<qsizetype>(pem.size())), QSsl::Ec));
        impostor.setSslConfiguration(cfg);
        QVERIFY(impostor.listen(kLoopback));
        QSignalSpy refused(a.node.get(), &PeerNode::connectionRefused);
        a.node->addPeer(QStringLiteral("127.0.0.1"), impostor.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(refused, DisconnectReason::BadCertificate), 5000);
        QCOMPARE(a.node->staticPeers().first().lastFailure, DisconnectReason::BadCertificate);
        QVERIFY(a.node->peers().isEmpty());
    }

    void clientWithoutCertificateIsRefused()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        QSignalSpy refused(a.node.get(), &PeerNode::connectionRefused);
        RawPeer raw(c.ca.root, nullptr, nullptr);
        raw.connectTo(a.port());
        // Over TLS 1.3 the client may believe it is connected; the server then hangs up.
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        QVERIFY(raw.received.isEmpty());
        QCOMPARE(raw.reader.buffered(), 0);
        QVERIFY(a.node->peers().isEmpty());
    }

    void opensslClientWithoutCertificateIsRefused()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        QTemporaryDir dir;
        QFile rootFile(dir.filePath(QStringLiteral("root.pem")));
        QVERIFY(rootFile.open(QIODevice::WriteOnly));
        rootFile.write(c.ca.root.toPem());
        rootFile.close();
        QSignalSpy refused(a.node.get(), &PeerNode::connectionRefused);
        QProcess client;
        client.start(openssl, {QStringLiteral("s_client"), QStringLiteral("-connect"), QStringLiteral("127.0.0.1:%1").arg(a.port()),
                               QStringLiteral("-tls1_3"), QStringLiteral("-CAfile"), rootFile.fileName(), QStringLiteral("-quiet")});
        // stdin stays open: s_client only ends because the server closes the connection. The
        // event loop must keep running meanwhile (the node lives in this thread).
        QTRY_VERIFY2_WITH_TIMEOUT(client.state() == QProcess::NotRunning, "the node kept a connection without a client certificate open", 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 5000);
        const QByteArray out = client.readAllStandardOutput();
        QVERIFY2(!out.contains("CareLedger"), "application data reached a client without a certificate");
        QVERIFY(a.node->peers().isEmpty());
    }

    void tls12ClientIsRefused()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        QSignalSpy refused(a.node.get(), &PeerNode::connectionRefused);
        RawPeer raw(c.ca.root, &c.certs[2], &key(2));
        QSslConfiguration cfg = raw.socket.sslConfiguration();
        cfg.setProtocol(QSsl::TlsV1_2);
        raw.socket.setSslConfiguration(cfg);
        raw.connectTo(a.port());
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        QVERIFY(raw.received.isEmpty());
        QVERIFY(!raw.socket.isEncrypted());
        QVERIFY(a.node->peers().isEmpty());
    }

    void validCertificateOfANonMemberIsRefused()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        QSignalSpy refused(a.node.get(), &PeerNode::connectionRefused);
        RawPeer raw(c.ca.root, &c.certs[5], &key(5));
        raw.connectTo(a.port());
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(refused, DisconnectReason::NotMember), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        QVERIFY(raw.received.isEmpty());
        QVERIFY(a.node->peers().isEmpty());
    }

    void expiredCertificateIsRefused()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        QSignalSpy refused(a.node.get(), &PeerNode::connectionRefused);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const core::X509Certificate expired = issue(c.ca, key(2).publicKey(), now.addDays(-10), now.addDays(-1));
        RawPeer raw(c.ca.root, &expired, &key(2));
        raw.connectTo(a.port());
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(raw.closed, 5000);
        QVERIFY(raw.received.isEmpty());
    }

    void dialingOneselfStops()
    {
        TestConsortium c;
        TestNode a;
        QVERIFY(a.create(c, 1) && a.start(c));
        QSignalSpy refused(a.node.get(), &PeerNode::connectionRefused);
        a.node->addPeer(QStringLiteral("127.0.0.1"), a.port());
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(refused, DisconnectReason::SelfConnection), 5000);
        QTest::qWait(600); // several back-off periods: no redial storm
        QVERIFY(refused.size() <= 2);
        QCOMPARE(a.readyPeers(), 0);
    }

    void twoWayDialsKeepOneConnection()
    {
        TestConsortium c;
        TestNode a, b;
        QVERIFY(a.create(c, 1) && a.start(c));
        QVERIFY(b.create(c, 2) && b.start(c));
        a.node->addPeer(QStringLiteral("127.0.0.1"), b.port());
        b.node->addPeer(QStringLiteral("127.0.0.1"), a.port());
        QTRY_COMPARE_WITH_TIMEOUT(a.readyPeers(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b.readyPeers(), 1, 5000);
        QTest::qWait(500);
        QCOMPARE(a.readyPeers(), 1);
        QCOMPARE(b.readyPeers(), 1);
        QCOMPARE(a.node->peers().size(), 1);
    }

    void staticPeerIsRedialledWithBackOffUntilItAppears()
    {
        TestConsortium c;
        TestNode a, b;
        QVERIFY(a.create(c, 1) && a.start(c)); // back-off 100 ms doubling to 800 ms
        quint16 port = 0;
        {
            QTcpServer probe; // a port nobody listens on, for now
            QVERIFY(probe.listen(kLoopback));
            port = probe.serverPort();
        }
        QSignalSpy refused(a.node.get(), &PeerNode::connectionRefused);
        a.node->addPeer(QStringLiteral("127.0.0.1"), port);
        QTest::qWait(1000);
        // Attempts at about 0, 100, 300 and 700 ms: a few, not a storm.
        QVERIFY2(refused.size() >= 2 && refused.size() <= 6, qPrintable(QString::number(refused.size())));
        QVERIFY(refusedWith(refused, DisconnectReason::ConnectFailed));
        QCOMPARE(a.node->staticPeers().first().lastFailure, DisconnectReason::ConnectFailed);

        PeerNodeConfig onThatPort = testConfig();
        onThatPort.listenPort = port;
        QVERIFY(b.create(c, 2, onThatPort) && b.start(c));
        QTRY_COMPARE_WITH_TIMEOUT(a.readyPeers(), 1, 5000);
        QCOMPARE(a.node->staticPeers().first().keyId, fixedKeyId(2));

        // The peer restarts: dialled again.
        b.node->stop();
        QTRY_COMPARE_WITH_TIMEOUT(a.readyPeers(), 0, 5000);
        QVERIFY(b.node->start(key(2), TlsIdentity{c.certs[2], c.ca.root}));
        QTRY_COMPARE_WITH_TIMEOUT(a.readyPeers(), 1, 5000);
    }

    void removedMemberIsCutOffAndKeepsNothing()
    {
        TestConsortium c;
        TestNode a, b, d;
        QVERIFY(a.create(c, 1) && a.start(c));
        QVERIFY(b.create(c, 2) && b.start(c));
        QVERIFY(d.create(c, 4) && d.start(c)); // member, not a validator
        b.node->addPeer(QStringLiteral("127.0.0.1"), a.port());
        d.node->addPeer(QStringLiteral("127.0.0.1"), a.port());
        d.node->addPeer(QStringLiteral("127.0.0.1"), b.port());
        QTRY_COMPARE_WITH_TIMEOUT(a.readyPeers(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(b.readyPeers(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(d.readyPeers(), 2, 5000);

        // The member's transaction waits in everyone's pool (sequence 2 waits for 1).
        const QByteArray waiting = d.submit(c.recordPut(4, 2, "record-of-d"));
        QVERIFY(!waiting.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(a.mempool.contains(waiting) && b.mempool.contains(waiting), 5000);

        QSignalSpy disconnectedA(a.node.get(), &PeerNode::peerDisconnected);
        QSignalSpy refusedA(a.node.get(), &PeerNode::connectionRefused);
        // The health authority removes the member; A seals it, B learns it from A.
        QVERIFY(!a.submit(c.authorityTx(1, MemberRemoveBody{fixedKeyId(4)})).isEmpty());
        QVERIFY(a.seal());
        QTRY_COMPARE_WITH_TIMEOUT(b.height(), 1u, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!a.node->peer(fixedKeyId(4)) && !b.node->peer(fixedKeyId(4)), 5000);
        QVERIFY(!disconnectedA.isEmpty());
        QCOMPARE(disconnectedA.last().at(1).value<DisconnectReason>(), DisconnectReason::NotMember);
        QVERIFY(!a.mempool.contains(waiting));
        QVERIFY(!b.mempool.contains(waiting));
        QCOMPARE(a.readyPeers(), 1);

        // It keeps redialling and is refused every time; what it signs now never arrives.
        const QByteArray later = d.submit(c.recordPut(4, 1, "later-record-of-d"));
        QTRY_VERIFY_WITH_TIMEOUT(refusedWith(refusedA, DisconnectReason::NotMember), 5000);
        QTest::qWait(300);
        QVERIFY(!a.mempool.contains(later));
        QVERIFY(!b.mempool.contains(later));
        QVERIFY(!a.node->peer(fixedKeyId(4)));
    }
};

QTEST_GUILESS_MAIN(TstNetHandshake)
#include "tst_net_handshake.moc"
