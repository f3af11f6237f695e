// The consortium's certificate authority: a root CA, node certificates for existing node
// keys, chain checks a peer relies on (expired, other CA, wrong role), the encrypted CA key
// file, malformed inputs, and the genesis field that carries the root.

#include "crypto/X509.h"
#include "ledger/Genesis.h"

#include "../ledger/TestChain.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;
using core::CertificateError;
using core::X509Certificate;

namespace {

const QDateTime kNow = QDateTime::currentDateTimeUtc();

struct Ca {
    core::EcPrivateKey key;
    X509Certificate root;
};

Ca makeCa(const QString &name = QStringLiteral("Test consortium root CA"))
{
    Ca ca{std::move(core::EcPrivateKey::generate()).value(), {}};
    core::RootCertificateRequest request{name, QStringLiteral("Test Health Network"), kNow.addDays(-60), kNow.addYears(10)};
    ca.root = std::move(core::createRootCertificate(ca.key, request)).value();
    return ca;
}

core::NodeCertificateRequest nodeRequest(const QByteArray &memberId, QDateTime notBefore = kNow.addDays(-1), QDateTime notAfter = kNow.addYears(1))
{
    return core::NodeCertificateRequest{QString::fromLatin1(memberId.toHex()), QStringLiteral("Clinic A"), {QStringLiteral("node-a.example")}, {}, notBefore,
                                        notAfter};
}

} // namespace

class TstNetCertificates : public QObject {
    Q_OBJECT

private slots:
    void rootIsASelfSignedCa()
    {
        const Ca ca = makeCa();
        QVERIFY(ca.root.isCa());
        QCOMPARE(ca.root.subjectCommonName(), QStringLiteral("Test consortium root CA"));
        QCOMPARE(ca.root.issuerCommonName(), ca.root.subjectCommonName());
        QCOMPARE(ca.root.subjectOrganization(), QStringLiteral("Test Health Network"));
        QCOMPARE(ca.root.publicKeyId(), ca.key.publicKey().keyId());
        QCOMPARE(ca.root.serialNumber().size(), 16);
        QVERIFY(ca.root.notBefore() <= kNow && ca.root.notAfter() > kNow.addYears(9));
        // Round trips through both encodings give the same certificate.
        QCOMPARE(X509Certificate::fromDer(ca.root.toDer()).value(), ca.root);
        QCOMPARE(X509Certificate::fromPem(ca.root.toPem()).value(), ca.root);
        QVERIFY(ca.root.toPem().startsWith("-----BEGIN CERTIFICATE-----\n"));
    }

    void nodeCertificateCarriesTheNodeKey()
    {
        const Ca ca = makeCa();
        const core::EcPrivateKey node = ledger::test::fixedKey(1);
        const QByteArray memberId = node.publicKey().keyId().left(16);
        auto cert = core::issueNodeCertificate(ca.root, ca.key, node.publicKey(), nodeRequest(memberId));
        QVERIFY2(cert, qPrintable(cert.message()));
        QVERIFY(!cert->isCa());
        // The id peers check against the member list is the ledger's key id of the node key.
        QCOMPARE(cert->publicKeyId(), node.publicKey().keyId());
        QCOMPARE(cert->subjectCommonName(), QString::fromLatin1(memberId.toHex()));
        QCOMPARE(cert->subjectOrganization(), QStringLiteral("Clinic A"));
        QCOMPARE(cert->issuerCommonName(), ca.root.subjectCommonName());
        QCOMPARE(cert->dnsNames(), QStringList{QStringLiteral("node-a.example")});
        QVERIFY2(core::verifyNodeCertificate(*cert, ca.root, kNow), qPrintable(core::verifyNodeCertificate(*cert, ca.root, kNow).message()));
        // Two certificates for one key differ (random serials) but name the same key.
        auto again = core::issueNodeCertificate(ca.root, ca.key, node.publicKey(), nodeRequest(memberId));
        QVERIFY(again->serialNumber() != cert->serialNumber());
        QCOMPARE(again->publicKeyId(), cert->publicKeyId());
    }

    void expiredAndFutureCertificatesAreRefused()
    {
        const Ca ca = makeCa();
        const auto key = ledger::test::fixedKey(2).publicKey();
        auto expired = core::issueNodeCertificate(ca.root, ca.key, key, nodeRequest("m", kNow.addDays(-30), kNow.addDays(-1)));
        QVERIFY(expired);
        QCOMPARE(core::verifyNodeCertificate(*expired, ca.root, kNow).code(), CertificateError::Expired);
        // The same certificate was fine while it lasted.
        QVERIFY(core::verifyNodeCertificate(*expired, ca.root, kNow.addDays(-2)));
        auto future = core::issueNodeCertificate(ca.root, ca.key, key, nodeRequest("m", kNow.addDays(2), kNow.addDays(30)));
        QCOMPARE(core::verifyNodeCertificate(*future, ca.root, kNow).code(), CertificateError::NotYetValid);
    }

    void certificateFromAnotherCaIsRefused()
    {
        const Ca ours = makeCa();
        const Ca theirs = makeCa(QStringLiteral("Test consortium root CA")); // same name, other key
        auto cert = core::issueNodeCertificate(theirs.root, theirs.key, ledger::test::fixedKey(1).publicKey(), nodeRequest("m"));
        QVERIFY(cert);
        QCOMPARE(core::verifyNodeCertificate(*cert, ours.root, kNow).code(), CertificateError::UntrustedIssuer);
        QVERIFY(core::verifyNodeCertificate(*cert, theirs.root, kNow));
    }

    void rolesAreNotInterchangeable()
    {
        const Ca ca = makeCa();
        auto node = core::issueNodeCertificate(ca.root, ca.key, ledger::test::fixedKey(1).publicKey(), nodeRequest("m"));
        QCOMPARE(core::verifyNodeCertificate(ca.root, ca.root, kNow).code(), CertificateError::WrongPurpose);
        QCOMPARE(core::verifyNodeCertificate(*node, *node, kNow).code(), CertificateError::WrongPurpose);
        // A node certificate cannot issue others.
        QCOMPARE(core::issueNodeCertificate(*node, ledger::test::fixedKey(1), ledger::test::fixedKey(2).publicKey(), nodeRequest("m")).code(),
                 CertificateError::WrongPurpose);
    }

    void issuingChecksTheRequest()
    {
        const Ca ca = makeCa();
        const auto key = ledger::test::fixedKey(1).publicKey();
        // The CA key must be the root's own.
        QCOMPARE(core::issueNodeCertificate(ca.root, ledger::test::fixedKey(0), key, nodeRequest("m")).code(), CertificateError::InvalidRequest);
        auto request = nodeRequest("m");
        request.commonName.clear();
        QCOMPARE(core::issueNodeCertificate(ca.root, ca.key, key, request).code(), CertificateError::InvalidRequest);
        request = nodeRequest("m", kNow, kNow);
        QCOMPARE(core::issueNodeCertificate(ca.root, ca.key, key, request).code(), CertificateError::InvalidRequest);
        request = nodeRequest("m", kNow, kNow.addYears(20)); // outlives the root
        QCOMPARE(core::issueNodeCertificate(ca.root, ca.key, key, request).code(), CertificateError::InvalidRequest);
        request = nodeRequest("m");
        request.dnsNames = {QStringLiteral("a.example,IP:1.2.3.4")}; // no smuggled entries
        QCOMPARE(core::issueNodeCertificate(ca.root, ca.key, key, request).code(), CertificateError::InvalidRequest);
        request = nodeRequest("m");
        request.commonName = QString(65, QLatin1Char('x'));
        QCOMPARE(core::issueNodeCertificate(ca.root, ca.key, key, request).code(), CertificateError::InvalidRequest);
        QCOMPARE(core::issueNodeCertificate(ca.root, ca.key, core::EcPublicKey(), nodeRequest("m")).code(), CertificateError::InvalidRequest);
        core::RootCertificateRequest rootRequest{QString(), QString(), kNow, kNow.addDays(1)};
        QCOMPARE(core::createRootCertificate(ca.key, rootRequest).code(), CertificateError::InvalidRequest);
    }

    void malformedDerIsRefused_data()
    {
        QTest::addColumn<QByteArray>("der");
        const QByteArray good = makeCa().root.toDer();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() - 1);
        QTest::newRow("trailing byte") << good + '\0';
        QTest::newRow("header only") << good.left(4);
        QTest::newRow("junk") << QByteArray(300, '\x30');
        QByteArray flipped = good;
        flipped[1] = static_cast<char>(flipped[1] ^ 0x01); // outer length no longer matches
        QTest::newRow("wrong length") << flipped;
        QTest::newRow("a key, not a certificate") << ledger::test::fixedSpki(1);
        QTest::newRow("too large") << QByteArray(20000, '\x30');
    }

    void malformedDerIsRefused()
    {
        QFETCH(QByteArray, der);
        QCOMPARE(X509Certificate::fromDer(der).code(), CertificateError::Malformed);
    }

    void malformedPemIsRefused_data()
    {
        QTest::addColumn<QByteArray>("pem");
        const QByteArray good = makeCa().root.toPem();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no footer") << good.left(good.indexOf("-----END"));
        QTest::newRow("two certificates") << good + good;
        QTest::newRow("text before") << "subject=CN x\n" + good;
        QTest::newRow("bad base64") << QByteArray(good).replace(40, 1, "*");
        QTest::newRow("wrong label") << QByteArray(good).replace("CERTIFICATE", "PRIVATE KEY");
        QTest::newRow("empty body") << QByteArray("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
    }

    void malformedPemIsRefused()
    {
        QFETCH(QByteArray, pem);
        QCOMPARE(X509Certificate::fromPem(pem).code(), CertificateError::Malformed);
    }

    void caKeyFileOpensOnlyWithItsPassphrase()
    {
        const Ca ca = makeCa();
        auto pem = core::encryptPrivateKeyPem(ca.key, "correct horse", {1u << 10, 8, 1});
        QVERIFY2(pem, qPrintable(pem.message()));
        QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"));
        auto opened = core::decryptPrivateKeyPem(*pem, "correct horse");
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(opened->publicKey().keyId(), ca.key.publicKey().keyId());
        // The reopened key still issues certificates under the root.
        QVERIFY(core::issueNodeCertificate(ca.root, *opened, ledger::test::fixedKey(3).publicKey(), nodeRequest("m")));

        QCOMPARE(core::decryptPrivateKeyPem(*pem, "wrong horse").code(), CertificateError::WrongPassphrase);
        QCOMPARE(core::decryptPrivateKeyPem(*pem, "").code(), CertificateError::WrongPassphrase);
        QCOMPARE(core::encryptPrivateKeyPem(ca.key, "").code(), CertificateError::InvalidRequest);
        // Never the plain PKCS#8 where an encrypted key is expected.
        const core::SecureBytes plain = core::privateKeyPem(ca.key);
        QVERIFY(plain.view().startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(core::decryptPrivateKeyPem(plain.view(), "correct horse").code(), CertificateError::Malformed);
        QCOMPARE(core::decryptPrivateKeyPem(pem->left(pem->size() / 2), "correct horse").code(), CertificateError::Malformed);
        QCOMPARE(core::decryptPrivateKeyPem(ca.root.toPem(), "correct horse").code(), CertificateError::Malformed);
        // Inner DER cut short but framed correctly.
        const QByteArray inner = QByteArray::fromBase64(pem->split('\n').mid(1, pem->count('\n') - 2).join());
        const QByteArray reframed = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + inner.left(inner.size() - 3).toBase64() + "\n-----END ENCRYPTED PRIVATE KEY-----\n";
        QCOMPARE(core::decryptPrivateKeyPem(reframed, "correct horse").code(), CertificateError::Malformed);
    }

    void opensslReadsTheFilesWeWrite()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        const Ca ca = makeCa();
        auto node = core::issueNodeCertificate(ca.root, ca.key, ledger::test::fixedKey(1).publicKey(), nodeRequest("m"));
        QTemporaryDir dir;
        auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QStringLiteral("root.pem"), ca.root.toPem());
        write(QStringLiteral("node.pem"), node->toPem());
        write(QStringLiteral("ca.key"), core::encryptPrivateKeyPem(ca.key, "pass phrase", {1u << 10, 8, 1}).value());

        QProcess verify;
        verify.start(openssl, {QStringLiteral("verify"), QStringLiteral("-x509_strict"), QStringLiteral("-purpose"), QStringLiteral("sslclient"),
                               QStringLiteral("-CAfile"), dir.filePath(QStringLiteral("root.pem")), dir.filePath(QStringLiteral("node.pem"))});
        QVERIFY(verify.waitForFinished(20000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());

        QProcess pkey;
        pkey.start(openssl, {QStringLiteral("pkey"), QStringLiteral("-in"), dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-passin"),
                             QStringLiteral("pass:pass phrase"), QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER")});
        QVERIFY(pkey.waitForFinished(20000));
        QVERIFY2(pkey.exitCode() == 0, pkey.readAllStandardError().constData());
        QCOMPARE(pkey.readAllStandardOutput(), ca.key.publicKey().spkiDer());
    }

    // ---- the genesis carries the root ------------------------------------------------

    void genesisWithoutRootEncodesAsBefore()
    {
        const ledger::Genesis g = ledger::test::makeGenesis();
        const QByteArray encoded = g.encode();
        QCOMPARE(static_cast<unsigned char>(encoded[0]), 0xa7); // the 7-entry map of version 1
        auto decoded = ledger::Genesis::decode(encoded);
        QVERIFY(decoded);
        QVERIFY(decoded->rootCertificate.isEmpty());
        QCOMPARE(*decoded, g);
    }

    void genesisWithRootRoundTrips()
    {
        const Ca ca = makeCa();
        ledger::Genesis g = ledger::test::makeGenesis();
        const QByteArray withoutRoot = g.encode();
        g.rootCertificate = ca.root.toDer();
        QVERIFY(g.validate());
        const QByteArray encoded = g.encode();
        QCOMPARE(static_cast<unsigned char>(encoded[0]), 0xa8);
        QVERIFY(encoded.startsWith(QByteArray(QByteArray(1, '\xa8') + withoutRoot.mid(1)))); // key 8 appended last
        auto decoded = ledger::Genesis::decode(encoded);
        QVERIFY2(decoded, qPrintable(decoded.message()));
        QCOMPARE(decoded->rootCertificate, ca.root.toDer());
        // The genesis block commits to the root: another root is another chain.
        auto header = g.makeHeader(ledger::test::fixedKey(0));
        QVERIFY(header);
        ledger::Genesis other = g;
        other.rootCertificate = makeCa().root.toDer();
        QVERIFY(!other.verifyHeader(*header));
        QVERIFY(g.verifyHeader(*header));
    }

    void genesisRefusesARootThatIsNotACa()
    {
        const Ca ca = makeCa();
        ledger::Genesis g = ledger::test::makeGenesis();
        g.rootCertificate = core::issueNodeCertificate(ca.root, ca.key, ledger::test::fixedKey(1).publicKey(), nodeRequest("m"))->toDer();
        QVERIFY(!g.validate());
        QVERIFY(!ledger::Genesis::decode(g.encode()));
        g.rootCertificate = QByteArray(100, '\x30');
        QVERIFY(!g.validate());
        QVERIFY(!ledger::Genesis::decode(g.encode()));
    }
};

QTEST_GUILESS_MAIN(TstNetCertificates)
#include "tst_net_certificates.moc"
