// scrypt against RFC 7914, the stored parameter record, and the policy floor for passwords.

#include "crypto/Crypto.h"

#include <QElapsedTimer>
#include <QTest>

using namespace careledger::core;

class TestCryptoKdf : public QObject {
    Q_OBJECT

private slots:
    void rfc7914Vectors_data();
    void rfc7914Vectors();
    void scryptRejectsInvalidParameters();
    void derivePasswordKeyIsDeterministic();
    void derivePasswordKeyDefaultsNeedMoreThanOpenSslDefaultMemory();
    void derivePasswordKeyEnforcesPolicy_data();
    void derivePasswordKeyEnforcesPolicy();
    void freshSaltsDiffer();
    void paramsRoundTrip();
    void paramsRejectMalformedText_data();
    void paramsRejectMalformedText();
};

// RFC 7914 section 12. The fourth vector (N = 2^20, 1 GiB) is left out on purpose.
void TestCryptoKdf::rfc7914Vectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("7914-1") << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
                            << QByteArray::fromHex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                                                   "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("7914-2") << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << quint32(8) << quint32(16)
                            << QByteArray::fromHex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                                                   "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    QTest::newRow("7914-3") << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << quint64(16384) << quint32(8)
                            << quint32(1)
                            << QByteArray::fromHex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                                                   "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

void TestCryptoKdf::rfc7914Vectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, key);
    QElapsedTimer timer;
    timer.start();
    const auto derived = scrypt(password, salt, n, r, p, key.size());
    QVERIFY2(derived.ok(), qPrintable(derived.message()));
    QCOMPARE(derived->view().toByteArray().toHex(), key.toHex());
    qInfo("scrypt N=%llu r=%u p=%u took %lld ms", static_cast<unsigned long long>(n), r, p, static_cast<long long>(timer.elapsed()));
}

void TestCryptoKdf::scryptRejectsInvalidParameters()
{
    const QByteArray salt(16, 's');
    QCOMPARE(scrypt("pw", salt, 0, 8, 1, 32).code(), CryptoError::InvalidInput);
    QCOMPARE(scrypt("pw", salt, 1, 8, 1, 32).code(), CryptoError::InvalidInput);
    QCOMPARE(scrypt("pw", salt, 1000, 8, 1, 32).code(), CryptoError::InvalidInput); // not a power of two
    QCOMPARE(scrypt("pw", salt, 1024, 0, 1, 32).code(), CryptoError::InvalidInput);
    QCOMPARE(scrypt("pw", salt, 1024, 8, 0, 32).code(), CryptoError::InvalidInput);
    QCOMPARE(scrypt("pw", salt, 1024, 8, 1, 0).code(), CryptoError::InvalidInput);
    QCOMPARE(scrypt("pw", salt, quint64(1) << 20, 8, 1, 32).code(), CryptoError::InvalidInput); // > 1 GiB
    QCOMPARE(scrypt("pw", salt, quint64(1) << 62, 0xffffffffu, 0xffffffffu, 32).code(), CryptoError::InvalidInput);
}

void TestCryptoKdf::derivePasswordKeyIsDeterministic()
{
    const PasswordKdfParams params = PasswordKdfParams::withFreshSalt(1u << 10, 8, 1);
    const auto a = derivePasswordKey("correct horse", params);
    const auto b = derivePasswordKey("correct horse", params);
    const auto other = derivePasswordKey("correct horsf", params);
    QVERIFY(a.ok() && b.ok() && other.ok());
    QCOMPARE(a->size(), std::size_t(32));
    QCOMPARE(a->view().toByteArray(), b->view().toByteArray());
    QVERIFY(a->view().toByteArray() != other->view().toByteArray());
    const auto direct = scrypt("correct horse", params.salt, params.n, params.r, params.p, 32);
    QVERIFY(direct.ok());
    QCOMPARE(direct->view().toByteArray(), a->view().toByteArray());
}

// N=2^15, r=8 needs 32 MiB + 2 KiB, just over OpenSSL's default limit.
void TestCryptoKdf::derivePasswordKeyDefaultsNeedMoreThanOpenSslDefaultMemory()
{
    const PasswordKdfParams params = PasswordKdfParams::withFreshSalt();
    QCOMPARE(params.n, quint64(1) << 15);
    QCOMPARE(params.r, 8u);
    QCOMPARE(params.p, 1u);
    const auto key = derivePasswordKey("pw", params, 64);
    QVERIFY2(key.ok(), qPrintable(key.message()));
    QCOMPARE(key->size(), std::size_t(64));
}

void TestCryptoKdf::derivePasswordKeyEnforcesPolicy_data()
{
    QTest::addColumn<quint64>("n");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<int>("saltSize");
    QTest::newRow("N below 2^10") << quint64(512) << quint32(8) << quint32(1) << 16;
    QTest::newRow("N not a power of two") << quint64(3000) << quint32(8) << quint32(1) << 16;
    QTest::newRow("N above 2^22") << (quint64(1) << 23) << quint32(1) << quint32(1) << 16;
    QTest::newRow("r zero") << quint64(1024) << quint32(0) << quint32(1) << 16;
    QTest::newRow("p zero") << quint64(1024) << quint32(8) << quint32(0) << 16;
    QTest::newRow("r huge") << quint64(1024) << quint32(1000) << quint32(1) << 16;
    QTest::newRow("p huge") << quint64(1024) << quint32(8) << quint32(1000) << 16;
    QTest::newRow("salt 15 bytes") << quint64(1024) << quint32(8) << quint32(1) << 15;
    QTest::newRow("no salt") << quint64(1024) << quint32(8) << quint32(1) << 0;
    QTest::newRow("memory above 1 GiB") << (quint64(1) << 22) << quint32(8) << quint32(1) << 16;
}

void TestCryptoKdf::derivePasswordKeyEnforcesPolicy()
{
    QFETCH(quint64, n);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(int, saltSize);
    PasswordKdfParams params;
    params.n = n;
    params.r = r;
    params.p = p;
    params.salt = QByteArray(saltSize, 's');
    const auto key = derivePasswordKey("pw", params);
    QVERIFY(!key.ok());
    QCOMPARE(key.code(), CryptoError::InvalidInput);
}

void TestCryptoKdf::freshSaltsDiffer()
{
    const auto a = PasswordKdfParams::withFreshSalt();
    const auto b = PasswordKdfParams::withFreshSalt();
    QCOMPARE(a.salt.size(), 16);
    QVERIFY(a.salt != b.salt);
}

void TestCryptoKdf::paramsRoundTrip()
{
    const auto params = PasswordKdfParams::withFreshSalt(1u << 16, 8, 2);
    const QString text = params.toString();
    QVERIFY(text.startsWith(QStringLiteral("scrypt$65536$8$2$")));
    QCOMPARE(text.section(QLatin1Char('$'), 4), QString::fromLatin1(params.salt.toBase64()));
    const auto parsed = PasswordKdfParams::fromString(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(parsed->n, params.n);
    QCOMPARE(parsed->r, params.r);
    QCOMPARE(parsed->p, params.p);
    QCOMPARE(parsed->salt, params.salt);
    QCOMPARE(parsed->toString(), text);

    const auto known = PasswordKdfParams::fromString(QStringLiteral("scrypt$32768$8$1$AAECAwQFBgcICQoLDA0ODw=="));
    QVERIFY(known.ok());
    QCOMPARE(known->n, quint64(32768));
    QCOMPARE(known->salt, QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"));
}

void TestCryptoKdf::paramsRejectMalformedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("other algorithm") << QStringLiteral("pbkdf2$32768$8$1$AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("upper-case name") << QStringLiteral("SCRYPT$32768$8$1$AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("too few fields") << QStringLiteral("scrypt$32768$8$AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("too many fields") << QStringLiteral("scrypt$32768$8$1$AAECAwQFBgcICQoLDA0ODw==$x");
    QTest::newRow("empty N") << QStringLiteral("scrypt$$8$1$AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("negative r") << QStringLiteral("scrypt$32768$-8$1$AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("plus sign") << QStringLiteral("scrypt$+32768$8$1$AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("space") << QStringLiteral("scrypt$32768 $8$1$AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("hex N") << QStringLiteral("scrypt$0x8000$8$1$AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("zero p") << QStringLiteral("scrypt$32768$8$0$AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("r overflows 32 bits") << QStringLiteral("scrypt$32768$4294967296$1$AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("N overflows 64 bits") << QStringLiteral("scrypt$18446744073709551616$8$1$AAECAwQFBgcICQoLDA0ODw==");
    QTest::newRow("empty salt") << QStringLiteral("scrypt$32768$8$1$");
    QTest::newRow("bad base64") << QStringLiteral("scrypt$32768$8$1$AAEC*wQFBgcICQoLDA0ODw==");
    QTest::newRow("unpadded base64") << QStringLiteral("scrypt$32768$8$1$AAECAwQFBgcICQoLDA0ODw");
    QTest::newRow("non-latin1 salt") << QStringLiteral("scrypt$32768$8$1$AAECAwQFBgcICQoLDA0OD\u00e9=");
}

void TestCryptoKdf::paramsRejectMalformedText()
{
    QFETCH(QString, text);
    const auto parsed = PasswordKdfParams::fromString(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.code(), CryptoError::InvalidInput);
}

QTEST_GUILESS_MAIN(TestCryptoKdf)
#include "tst_crypto_kdf.moc"
