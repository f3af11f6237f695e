// AES-256-GCM: NIST GCM known answers through the explicit-nonce API, and the failure modes of
// the sealed format (tampering, truncation, wrong key, wrong associated data).

#include "crypto/Crypto.h"

#include <QTest>

using namespace careledger::core;

namespace {

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(digits);
}

QByteArray plain(const SecureBytes &bytes)
{
    return bytes.view().toByteArray();
}

QByteArray flipped(QByteArray data, qsizetype at)
{
    data[at] = static_cast<char>(data[at] ^ 0x01);
    return data;
}

const QByteArray kKey = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
const QByteArray kAad = QByteArrayLiteral("record:42|v1");
const QByteArray kPlaintext = QByteArrayLiteral("Patient 0042: allergy to penicillin");

} // namespace

class TestCryptoAead : public QObject {
    Q_OBJECT

private slots:
    void gcmKnownAnswers_data();
    void gcmKnownAnswers();
    void sealOpenRoundTrip_data();
    void sealOpenRoundTrip();
    void sealUsesFreshNonces();
    void tamperedByteFailsAuthentication();
    void truncatedSealedData();
    void wrongKeyFailsAuthentication();
    void wrongAadFailsAuthentication();
    void rejectsBadKeyAndNonceSizes();
    void decryptRejectsTagOnlyTamperAndShortInput();
};

// McGrew & Viega, "The Galois/Counter Mode of Operation", test cases 13-16 (256-bit keys).
void TestCryptoAead::gcmKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");

    const QByteArray zeroKey(32, '\0');
    const QByteArray zeroNonce(12, '\0');
    QTest::newRow("gcm-13") << zeroKey << zeroNonce << QByteArray() << QByteArray() << QByteArray()
                            << hex("530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("gcm-14") << zeroKey << zeroNonce << QByteArray(16, '\0') << QByteArray()
                            << hex("cea7403d4d606b6e074ec5d3baf39d18") << hex("d0d1c8a799996bf0265b98b5d48ab919");

    const QByteArray key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = hex("cafebabefacedbaddecaf888");
    const QByteArray p15 = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                               "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
    const QByteArray c15 = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                               "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad");
    QTest::newRow("gcm-15") << key << nonce << p15 << QByteArray() << c15 << hex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("gcm-16") << key << nonce << p15.first(60) << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2") << c15.first(60)
                            << hex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestCryptoAead::gcmKnownAnswers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);

    const auto encrypted = aesGcmEncrypt(key, nonce, plaintext, aad);
    QVERIFY2(encrypted.ok(), qPrintable(encrypted.message()));
    QCOMPARE(encrypted->toHex(), QByteArray(ciphertext + tag).toHex());

    const auto decrypted = aesGcmDecrypt(key, nonce, QByteArray(ciphertext + tag), aad);
    QVERIFY2(decrypted.ok(), qPrintable(decrypted.message()));
    QCOMPARE(plain(*decrypted).toHex(), plaintext.toHex());
}

void TestCryptoAead::sealOpenRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("empty plaintext") << QByteArray() << kAad;
    QTest::newRow("empty aad") << kPlaintext << QByteArray();
    QTest::newRow("both") << kPlaintext << kAad;
    QTest::newRow("one block") << QByteArray(16, 'x') << kAad;
    QTest::newRow("large") << randomBytes(100000) << kAad;
}

void TestCryptoAead::sealOpenRoundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    const auto sealed = aesGcmSeal(kKey, plaintext, aad);
    QVERIFY2(sealed.ok(), qPrintable(sealed.message()));
    QCOMPARE(sealed->size(), kGcmNonceSize + plaintext.size() + kGcmTagSize);
    const auto opened = aesGcmOpen(kKey, *sealed, aad);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QCOMPARE(plain(*opened), plaintext);
}

void TestCryptoAead::sealUsesFreshNonces()
{
    const auto a = aesGcmSeal(kKey, kPlaintext, kAad);
    const auto b = aesGcmSeal(kKey, kPlaintext, kAad);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a->first(kGcmNonceSize) != b->first(kGcmNonceSize));
    QVERIFY(*a != *b);
}

// Every byte position covers the three regions: nonce, ciphertext and tag.
void TestCryptoAead::tamperedByteFailsAuthentication()
{
    const auto sealed = aesGcmSeal(kKey, kPlaintext, kAad);
    QVERIFY(sealed.ok());
    for (qsizetype at = 0; at < sealed->size(); ++at) {
        const auto opened = aesGcmOpen(kKey, flipped(*sealed, at), kAad);
        QVERIFY2(!opened.ok(), qPrintable(QStringLiteral("byte %1 altered undetected").arg(at)));
        QCOMPARE(opened.code(), CryptoError::AuthenticationFailed);
    }
}

void TestCryptoAead::truncatedSealedData()
{
    const auto sealed = aesGcmSeal(kKey, kPlaintext, kAad);
    QVERIFY(sealed.ok());
    // Dropping bytes but keeping nonce+tag worth of data: the tag no longer matches.
    for (qsizetype cut = 1; cut <= kPlaintext.size(); ++cut)
        QCOMPARE(aesGcmOpen(kKey, sealed->first(sealed->size() - cut), kAad).code(), CryptoError::AuthenticationFailed);
    // Shorter than nonce+tag: not even the framing is there.
    for (qsizetype size = 0; size < kGcmNonceSize + kGcmTagSize; ++size)
        QCOMPARE(aesGcmOpen(kKey, sealed->first(size), kAad).code(), CryptoError::InvalidInput);
}

void TestCryptoAead::wrongKeyFailsAuthentication()
{
    const auto sealed = aesGcmSeal(kKey, kPlaintext, kAad);
    QVERIFY(sealed.ok());
    QCOMPARE(aesGcmOpen(flipped(kKey, 31), *sealed, kAad).code(), CryptoError::AuthenticationFailed);
    QCOMPARE(aesGcmOpen(randomBytes(kAesKeySize), *sealed, kAad).code(), CryptoError::AuthenticationFailed);
}

void TestCryptoAead::wrongAadFailsAuthentication()
{
    const auto sealed = aesGcmSeal(kKey, kPlaintext, kAad);
    QVERIFY(sealed.ok());
    QCOMPARE(aesGcmOpen(kKey, *sealed, QByteArrayLiteral("record:43|v1")).code(), CryptoError::AuthenticationFailed);
    QCOMPARE(aesGcmOpen(kKey, *sealed, QByteArray()).code(), CryptoError::AuthenticationFailed);
    QCOMPARE(aesGcmOpen(kKey, *sealed, QByteArray(kAad + '\0')).code(), CryptoError::AuthenticationFailed);
}

void TestCryptoAead::rejectsBadKeyAndNonceSizes()
{
    const QByteArray nonce(kGcmNonceSize, '\1');
    for (const qsizetype size : {0, 16, 24, 31, 33}) {
        const QByteArray key(size, 'k');
        QCOMPARE(aesGcmSeal(key, kPlaintext, kAad).code(), CryptoError::InvalidInput);
        QCOMPARE(aesGcmEncrypt(key, nonce, kPlaintext, kAad).code(), CryptoError::InvalidInput);
        QCOMPARE(aesGcmDecrypt(key, nonce, QByteArray(32, 'c'), kAad).code(), CryptoError::InvalidInput);
    }
    for (const qsizetype size : {0, 8, 11, 13, 16})
        QCOMPARE(aesGcmEncrypt(kKey, QByteArray(size, 'n'), kPlaintext, kAad).code(), CryptoError::InvalidInput);
    const auto sealed = aesGcmSeal(kKey, kPlaintext, kAad);
    QVERIFY(sealed.ok());
    QCOMPARE(aesGcmOpen(QByteArray(16, 'k'), *sealed, kAad).code(), CryptoError::InvalidInput);
}

void TestCryptoAead::decryptRejectsTagOnlyTamperAndShortInput()
{
    const QByteArray nonce(kGcmNonceSize, '\7');
    const auto encrypted = aesGcmEncrypt(kKey, nonce, QByteArray(), kAad);
    QVERIFY(encrypted.ok());
    QCOMPARE(encrypted->size(), kGcmTagSize);
    const auto opened = aesGcmDecrypt(kKey, nonce, *encrypted, kAad);
    QVERIFY(opened.ok());
    QVERIFY(opened->isEmpty());
    QCOMPARE(aesGcmDecrypt(kKey, nonce, flipped(*encrypted, 0), kAad).code(), CryptoError::AuthenticationFailed);
    QCOMPARE(aesGcmDecrypt(kKey, nonce, encrypted->first(kGcmTagSize - 1), kAad).code(), CryptoError::InvalidInput);
}

QTEST_GUILESS_MAIN(TestCryptoAead)
#include "tst_crypto_aead.moc"
