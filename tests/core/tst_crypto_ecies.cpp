// Wrapping secrets for a P-256 recipient: round trip and every way unwrapping must refuse.

#include "crypto/Crypto.h"

#include <QTest>

using namespace careledger::core;

namespace {

EcPrivateKey generated()
{
    auto key = EcPrivateKey::generate();
    if (!key)
        qFatal("P-256 key generation failed");
    return std::move(key).value();
}

qsizetype ephemeralSpkiLength(const QByteArray &wrapped)
{
    return (qsizetype(static_cast<unsigned char>(wrapped[0])) << 8) | static_cast<unsigned char>(wrapped[1]);
}

const QByteArray kContext = QByteArrayLiteral("careledger/store-key/v1");

} // namespace

class TestCryptoEcies : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void formatHasLengthPrefixedEphemeralKey();
    void wrappingIsRandomised();
    void wrongRecipientFails();
    void wrongContextFails();
    void alteredByteAnywhereFails();
    void truncatedInputIsInvalid();
    void nullKeysAreRejected();

private:
    EcPrivateKey m_recipient;
};

void TestCryptoEcies::initTestCase()
{
    m_recipient = generated();
}

void TestCryptoEcies::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("context");
    QTest::newRow("aes key") << randomBytes(32) << kContext;
    QTest::newRow("empty secret") << QByteArray() << kContext;
    QTest::newRow("empty context") << randomBytes(32) << QByteArray();
    QTest::newRow("large") << randomBytes(70000) << kContext;
}

void TestCryptoEcies::roundTrip()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, context);
    const auto wrapped = wrapForRecipient(m_recipient.publicKey(), secret, context);
    QVERIFY2(wrapped.ok(), qPrintable(wrapped.message()));
    const auto unwrapped = unwrapWithPrivateKey(m_recipient, *wrapped, context);
    QVERIFY2(unwrapped.ok(), qPrintable(unwrapped.message()));
    QCOMPARE(unwrapped->view().toByteArray(), secret);

    // A recipient restored from its PKCS#8 export is the same recipient.
    const auto restored = EcPrivateKey::fromPkcs8Der(m_recipient.pkcs8Der().view());
    QVERIFY(restored.ok());
    const auto again = unwrapWithPrivateKey(*restored, *wrapped, context);
    QVERIFY(again.ok());
    QCOMPARE(again->view().toByteArray(), secret);
}

void TestCryptoEcies::formatHasLengthPrefixedEphemeralKey()
{
    const QByteArray secret = randomBytes(32);
    const auto wrapped = wrapForRecipient(m_recipient.publicKey(), secret, kContext);
    QVERIFY(wrapped.ok());
    const qsizetype spkiLength = ephemeralSpkiLength(*wrapped);
    QCOMPARE(spkiLength, 91); // uncompressed P-256 SubjectPublicKeyInfo
    const auto ephemeral = EcPublicKey::fromSpkiDer(wrapped->sliced(2, spkiLength));
    QVERIFY(ephemeral.ok());
    QVERIFY(ephemeral->keyId() != m_recipient.publicKey().keyId());
    QCOMPARE(wrapped->size(), 2 + spkiLength + kGcmNonceSize + secret.size() + kGcmTagSize);
}

void TestCryptoEcies::wrappingIsRandomised()
{
    const QByteArray secret = randomBytes(32);
    const auto a = wrapForRecipient(m_recipient.publicKey(), secret, kContext);
    const auto b = wrapForRecipient(m_recipient.publicKey(), secret, kContext);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
    QVERIFY(a->sliced(2, 91) != b->sliced(2, 91)); // a fresh ephemeral key each time
}

void TestCryptoEcies::wrongRecipientFails()
{
    const auto wrapped = wrapForRecipient(m_recipient.publicKey(), randomBytes(32), kContext);
    QVERIFY(wrapped.ok());
    const EcPrivateKey stranger = generated();
    QCOMPARE(unwrapWithPrivateKey(stranger, *wrapped, kContext).code(), CryptoError::AuthenticationFailed);
}

void TestCryptoEcies::wrongContextFails()
{
    const auto wrapped = wrapForRecipient(m_recipient.publicKey(), randomBytes(32), kContext);
    QVERIFY(wrapped.ok());
    QCOMPARE(unwrapWithPrivateKey(m_recipient, *wrapped, "careledger/store-key/v2").code(), CryptoError::AuthenticationFailed);
    QCOMPARE(unwrapWithPrivateKey(m_recipient, *wrapped, QByteArrayView()).code(), CryptoError::AuthenticationFailed);
}

// Bytes of the sealed part fail authentication. Bytes of the length prefix or the ephemeral
// key make the framing or the key unparseable, which is reported as malformed input; a change
// that still parsed would alter the HKDF salt and fail authentication instead.
void TestCryptoEcies::alteredByteAnywhereFails()
{
    const auto wrapped = wrapForRecipient(m_recipient.publicKey(), randomBytes(32), kContext);
    QVERIFY(wrapped.ok());
    const qsizetype sealedStart = 2 + ephemeralSpkiLength(*wrapped);
    for (qsizetype at = 0; at < wrapped->size(); ++at) {
        for (const int mask : {0x01, 0x80}) {
            QByteArray altered = *wrapped;
            altered[at] = static_cast<char>(altered[at] ^ mask);
            const auto result = unwrapWithPrivateKey(m_recipient, altered, kContext);
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("byte %1 altered undetected").arg(at)));
            if (at >= sealedStart)
                QCOMPARE(result.code(), CryptoError::AuthenticationFailed);
            else
                QVERIFY(result.code() == CryptoError::InvalidInput || result.code() == CryptoError::AuthenticationFailed);
        }
    }
}

void TestCryptoEcies::truncatedInputIsInvalid()
{
    const auto wrapped = wrapForRecipient(m_recipient.publicKey(), randomBytes(32), kContext);
    QVERIFY(wrapped.ok());
    const qsizetype minimum = 2 + ephemeralSpkiLength(*wrapped) + kGcmNonceSize + kGcmTagSize;
    for (qsizetype size = 0; size < minimum; ++size)
        QCOMPARE(unwrapWithPrivateKey(m_recipient, wrapped->first(size), kContext).code(), CryptoError::InvalidInput);
    // Long enough for the framing but missing secret bytes: the tag no longer matches.
    for (qsizetype size = minimum; size < wrapped->size(); ++size)
        QCOMPARE(unwrapWithPrivateKey(m_recipient, wrapped->first(size), kContext).code(), CryptoError::AuthenticationFailed);
}

void TestCryptoEcies::nullKeysAreRejected()
{
    QCOMPARE(wrapForRecipient(EcPublicKey(), "secret", kContext).code(), CryptoError::InvalidKey);
    const auto wrapped = wrapForRecipient(m_recipient.publicKey(), "secret", kContext);
    QVERIFY(wrapped.ok());
    QCOMPARE(unwrapWithPrivateKey(EcPrivateKey(), *wrapped, kContext).code(), CryptoError::InvalidKey);
}

QTEST_GUILESS_MAIN(TestCryptoEcies)
#include "tst_crypto_ecies.moc"
