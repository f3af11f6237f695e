// SHA-256, HMAC-SHA256 and HKDF-SHA256 against their published known-answer vectors.

#include "crypto/Crypto.h"

#include <QTest>

using namespace careledger::core;

namespace {

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(digits);
}

QByteArray repeated(char byte, qsizetype count)
{
    return QByteArray(count, byte);
}

QByteArray counting(int from, int toInclusive)
{
    QByteArray out;
    for (int b = from; b <= toInclusive; ++b)
        out.append(static_cast<char>(b));
    return out;
}

} // namespace

class TestCryptoHash : public QObject {
    Q_OBJECT

private slots:
    void sha256KnownAnswers_data();
    void sha256KnownAnswers();
    void sha256MillionAIncremental();
    void sha256IncrementalMatchesOneShot();
    void sha256ObjectReusableAfterFinish();
    void hmacKnownAnswers_data();
    void hmacKnownAnswers();
    void hmacEmptyKeyAndData();
    void hkdfKnownAnswers_data();
    void hkdfKnownAnswers();
    void hkdfRejectsBadLengths();
};

// FIPS 180-2 appendix B examples and the empty message.
void TestCryptoHash::sha256KnownAnswers_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("abc") << QByteArray("abc") << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("empty") << QByteArray() << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestCryptoHash::sha256KnownAnswers()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(sha256(message).toHex(), digest.toHex());
    Sha256 incremental;
    incremental.add(message);
    QCOMPARE(incremental.finish().toHex(), digest.toHex());
}

// FIPS 180-2 B.3: one million 'a', fed in uneven pieces to exercise block boundaries.
void TestCryptoHash::sha256MillionAIncremental()
{
    const QByteArray chunk(997, 'a');
    Sha256 hash;
    qsizetype remaining = 1000000;
    while (remaining > 0) {
        const qsizetype n = std::min(remaining, chunk.size());
        hash.add(QByteArrayView(chunk).first(n));
        remaining -= n;
    }
    QCOMPARE(hash.finish().toHex(), QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
}

void TestCryptoHash::sha256IncrementalMatchesOneShot()
{
    const QByteArray data = randomBytes(10000);
    for (const qsizetype step : {1, 63, 64, 65, 4096}) {
        Sha256 hash;
        for (qsizetype at = 0; at < data.size(); at += step)
            hash.add(QByteArrayView(data).sliced(at, std::min(step, data.size() - at)));
        QCOMPARE(hash.finish(), sha256(data));
    }
}

void TestCryptoHash::sha256ObjectReusableAfterFinish()
{
    Sha256 hash;
    hash.add("first message");
    QCOMPARE(hash.finish(), sha256("first message"));
    hash.add("abc");
    QCOMPARE(hash.finish(), sha256("abc"));
    QCOMPARE(hash.finish(), sha256(QByteArrayView()));
}

// RFC 4231 section 4. Test case 5 is specified truncated to 128 bits.
void TestCryptoHash::hmacKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("mac");
    QTest::newRow("4231-1") << repeated('\x0b', 20) << QByteArray("Hi There")
                            << hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("4231-2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                            << hex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("4231-3") << repeated('\xaa', 20) << repeated('\xdd', 50)
                            << hex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    QTest::newRow("4231-4") << counting(0x01, 0x19) << repeated('\xcd', 50)
                            << hex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b");
    QTest::newRow("4231-5 (128-bit)") << repeated('\x0c', 20) << QByteArray("Test With Truncation")
                                      << hex("a3b6167473100ee06e0c796c2955552b");
    QTest::newRow("4231-6") << repeated('\xaa', 131) << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                            << hex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    QTest::newRow("4231-7") << repeated('\xaa', 131)
                            << QByteArray("This is a test using a larger than block-size key and a larger than block-size data. "
                                          "The key needs to be hashed before being used by the HMAC algorithm.")
                            << hex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
}

void TestCryptoHash::hmacKnownAnswers()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, mac);
    const QByteArray full = hmacSha256(key, data);
    QCOMPARE(full.size(), kSha256Size);
    QCOMPARE(full.first(mac.size()).toHex(), mac.toHex());
}

// HMAC(k="", m="") is well defined; a null pointer must not make OpenSSL reject it.
void TestCryptoHash::hmacEmptyKeyAndData()
{
    QCOMPARE(hmacSha256(QByteArrayView(), QByteArrayView()).toHex(),
             QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
}

// RFC 5869 appendix A, test cases 1-3 (SHA-256).
void TestCryptoHash::hkdfKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("okm");
    QTest::newRow("5869-1") << repeated('\x0b', 22) << counting(0x00, 0x0c) << counting(0xf0, 0xf9)
                            << hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    QTest::newRow("5869-2") << counting(0x00, 0x4f) << counting(0x60, 0xaf) << counting(0xb0, 0xff)
                            << hex("b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                                   "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                                   "cc30c58179ec3e87c14c01d5c1f3434f1d87");
    QTest::newRow("5869-3") << repeated('\x0b', 22) << QByteArray() << QByteArray()
                            << hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
}

void TestCryptoHash::hkdfKnownAnswers()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, okm);
    const auto derived = hkdfSha256(ikm, salt, info, okm.size());
    QVERIFY2(derived.ok(), qPrintable(derived.message()));
    QCOMPARE(derived->view().toByteArray().toHex(), okm.toHex());
}

void TestCryptoHash::hkdfRejectsBadLengths()
{
    const QByteArray ikm(32, 'k');
    QCOMPARE(hkdfSha256(ikm, {}, {}, 0).code(), CryptoError::InvalidInput);
    QCOMPARE(hkdfSha256(ikm, {}, {}, 255 * 32 + 1).code(), CryptoError::InvalidInput);
    const auto longest = hkdfSha256(ikm, {}, {}, 255 * 32);
    QVERIFY(longest.ok());
    QCOMPARE(qsizetype(longest->size()), 255 * 32);
}

QTEST_GUILESS_MAIN(TestCryptoHash)
#include "tst_crypto_hash.moc"
