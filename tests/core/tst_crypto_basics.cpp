// SecureBytes ownership and wiping, the CSPRNG wrappers and constant-time comparison.

#include "crypto/Crypto.h"

#include <QTest>

#include <utility>

using namespace careledger::core;

class TestCryptoBasics : public QObject {
    Q_OBJECT

private slots:
    void secureBytesConstruction();
    void secureBytesMoveTransfersOwnership();
    void secureBytesMoveAssignReleasesOldBuffer();
    void secureBytesCloneIsDeep();
    void secureBytesWipe();
    void secureBytesToHex();
    void randomBytesLengths();
    void randomDrawsDiffer();
    void constantTimeEqualBehaviour();
};

void TestCryptoBasics::secureBytesConstruction()
{
    const SecureBytes empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.size(), std::size_t(0));
    QVERIFY(empty.view().isEmpty());

    const SecureBytes zeros(8);
    QCOMPARE(zeros.view().toByteArray(), QByteArray(8, '\0'));

    const SecureBytes copied("secret", 6);
    QCOMPARE(copied.view().toByteArray(), QByteArray("secret"));
    QCOMPARE(SecureBytes::fromView("abc").view().toByteArray(), QByteArray("abc"));
    QVERIFY(SecureBytes::fromView(QByteArrayView()).isEmpty());
}

void TestCryptoBasics::secureBytesMoveTransfersOwnership()
{
    SecureBytes source("key material", 12);
    const unsigned char *buffer = source.data();
    SecureBytes target(std::move(source));
    QCOMPARE(target.data(), buffer); // no copy left behind in a second allocation
    QCOMPARE(target.view().toByteArray(), QByteArray("key material"));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
    QVERIFY(source.data() == nullptr);
}

void TestCryptoBasics::secureBytesMoveAssignReleasesOldBuffer()
{
    SecureBytes target("old", 3);
    SecureBytes source("new secret", 10);
    target = std::move(source);
    QCOMPARE(target.view().toByteArray(), QByteArray("new secret"));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)

    SecureBytes &alias = target;
    target = std::move(alias); // self-move keeps the content
    QCOMPARE(target.view().toByteArray(), QByteArray("new secret"));
}

void TestCryptoBasics::secureBytesCloneIsDeep()
{
    SecureBytes original("abcdef", 6);
    SecureBytes copy = original.clone();
    QVERIFY(copy.data() != original.data());
    QCOMPARE(copy.view().toByteArray(), original.view().toByteArray());
    copy.data()[0] = 'X';
    QCOMPARE(original.view().toByteArray(), QByteArray("abcdef"));
    QVERIFY(SecureBytes().clone().isEmpty());
}

void TestCryptoBasics::secureBytesWipe()
{
    SecureBytes secret("top secret", 10);
    secret.wipe();
    QVERIFY(secret.isEmpty());
    QVERIFY(secret.data() == nullptr);
    secret.wipe(); // idempotent
    QVERIFY(secret.isEmpty());
}

void TestCryptoBasics::secureBytesToHex()
{
    const SecureBytes key("\x00\x01\xab\xff", 4);
    QCOMPARE(key.toHex().view().toByteArray(), QByteArray("0001abff"));
    const SecureBytes random = randomSecret(32);
    QCOMPARE(random.toHex().view().toByteArray(), random.view().toByteArray().toHex());
}

void TestCryptoBasics::randomBytesLengths()
{
    for (const qsizetype n : {0, 1, 12, 32, 1000, 70000}) {
        QCOMPARE(randomBytes(n).size(), n);
        QCOMPARE(randomSecret(n).size(), std::size_t(n));
    }
    QVERIFY(randomBytes(-1).isEmpty());
    QVERIFY(randomSecret(-1).isEmpty());
}

void TestCryptoBasics::randomDrawsDiffer()
{
    QVERIFY(randomBytes(32) != randomBytes(32));
    QVERIFY(randomSecret(32).view().toByteArray() != randomSecret(32).view().toByteArray());
    QVERIFY(randomBytes(32) != QByteArray(32, '\0'));
}

void TestCryptoBasics::constantTimeEqualBehaviour()
{
    QVERIFY(constantTimeEqual("abc", "abc"));
    QVERIFY(constantTimeEqual(QByteArrayView(), QByteArrayView()));
    QVERIFY(constantTimeEqual(QByteArray(), QByteArray("")));
    QVERIFY(!constantTimeEqual("abc", "abd"));
    QVERIFY(!constantTimeEqual("abc", "bbc"));
    QVERIFY(!constantTimeEqual("abc", "abcd"));
    QVERIFY(!constantTimeEqual("abc", ""));
    const QByteArray tag = randomBytes(32);
    QVERIFY(constantTimeEqual(tag, QByteArray(tag)));
    QByteArray altered = tag;
    altered[31] = static_cast<char>(altered[31] ^ 0x80);
    QVERIFY(!constantTimeEqual(tag, altered));
}

QTEST_GUILESS_MAIN(TestCryptoBasics)
#include "tst_crypto_basics.moc"
