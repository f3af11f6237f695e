// ECDSA P-256 with SHA-256: the RFC 6979 published signature, key import/export and the
// rejection of keys that are not P-256.

#include "crypto/Crypto.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace careledger::core;

namespace {

QByteArray hex(const char *digits)
{
    return QByteArray::fromHex(digits);
}

// RFC 6979 appendix A.2.5: P-256 key and the signature of "sample" with SHA-256.
const QByteArray kUx = hex("60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6");
const QByteArray kUy = hex("7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299");
const QByteArray kR = hex("EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716");
const QByteArray kS = hex("F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8");

// SubjectPublicKeyInfo prefix for id-ecPublicKey on prime256v1 with an uncompressed point.
QByteArray p256Spki(const QByteArray &x, const QByteArray &y)
{
    return hex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + QByteArray("\x04", 1) + x + y;
}

QByteArray derSignature(const QByteArray &r, const QByteArray &s)
{
    ECDSA_SIG *sig = ECDSA_SIG_new();
    BIGNUM *bnR = BN_bin2bn(reinterpret_cast<const unsigned char *>(r.data()), static_cast<int>(r.size()), nullptr);
    BIGNUM *bnS = BN_bin2bn(reinterpret_cast<const unsigned char *>(s.data()), static_cast<int>(s.size()), nullptr);
    ECDSA_SIG_set0(sig, bnR, bnS); // takes ownership of both
    const int length = i2d_ECDSA_SIG(sig, nullptr);
    QByteArray der(length, '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_ECDSA_SIG(sig, &cursor);
    ECDSA_SIG_free(sig);
    return der;
}

using PkeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;

PkeyPtr generateForeignKey(const char *type, const char *curve)
{
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    EVP_PKEY *key = nullptr;
    EVP_PKEY_keygen_init(ctx);
    if (curve)
        EVP_PKEY_CTX_set_group_name(ctx, curve);
    EVP_PKEY_generate(ctx, &key);
    EVP_PKEY_CTX_free(ctx);
    return PkeyPtr(key, &EVP_PKEY_free);
}

QByteArray spkiOf(EVP_PKEY *key)
{
    QByteArray der(i2d_PUBKEY(key, nullptr), '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_PUBKEY(key, &cursor);
    return der;
}

QByteArray pkcs8Of(EVP_PKEY *key)
{
    PKCS8_PRIV_KEY_INFO *info = EVP_PKEY2PKCS8(key);
    QByteArray der(i2d_PKCS8_PRIV_KEY_INFO(info, nullptr), '\0');
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_PKCS8_PRIV_KEY_INFO(info, &cursor);
    PKCS8_PRIV_KEY_INFO_free(info);
    return der;
}

EcPrivateKey generated()
{
    auto key = EcPrivateKey::generate();
    if (!key)
        qFatal("P-256 key generation failed");
    return std::move(key).value();
}

} // namespace

class TestCryptoEcc : public QObject {
    Q_OBJECT

private slots:
    void rfc6979SignatureVerifies();
    void rfc6979SignatureRejectsOtherMessage();
    void rfc6979SignatureRejectsAlteredR();
    void signVerifyRoundTrip();
    void signaturesRejectTamperingAndWrongKey();
    void spkiRoundTripAndKeyId();
    void compressedSpkiIsNormalised();
    void pkcs8RoundTrip();
    void rejectsNonP256Keys();
    void rejectsGarbageDer();
    void rejectsPointOffTheCurve();
    void copySemantics();
    void nullKeys();
    void concurrentUseOfSharedKeys();
};

void TestCryptoEcc::rfc6979SignatureVerifies()
{
    const auto key = EcPublicKey::fromSpkiDer(p256Spki(kUx, kUy));
    QVERIFY2(key.ok(), qPrintable(key.message()));
    QVERIFY(key->verify("sample", derSignature(kR, kS)));
}

void TestCryptoEcc::rfc6979SignatureRejectsOtherMessage()
{
    const auto key = EcPublicKey::fromSpkiDer(p256Spki(kUx, kUy));
    QVERIFY(key.ok());
    QVERIFY(!key->verify("Sample", derSignature(kR, kS)));
    QVERIFY(!key->verify("test", derSignature(kR, kS)));
    QVERIFY(!key->verify("", derSignature(kR, kS)));
}

void TestCryptoEcc::rfc6979SignatureRejectsAlteredR()
{
    const auto key = EcPublicKey::fromSpkiDer(p256Spki(kUx, kUy));
    QVERIFY(key.ok());
    for (const qsizetype at : {0, 15, 31}) {
        QByteArray r = kR;
        r[at] = static_cast<char>(r[at] ^ 0x01);
        QVERIFY(!key->verify("sample", derSignature(r, kS)));
    }
    QVERIFY(!key->verify("sample", derSignature(kS, kR)));
}

void TestCryptoEcc::signVerifyRoundTrip()
{
    const EcPrivateKey priv = generated();
    const EcPublicKey pub = priv.publicKey();
    QVERIFY(!pub.isNull());
    for (const QByteArray &message : {QByteArray(), QByteArray("entry 1"), randomBytes(100000)}) {
        const auto signature = priv.sign(message);
        QVERIFY2(signature.ok(), qPrintable(signature.message()));
        QVERIFY(signature->size() >= 8 && signature->size() <= 72);
        QVERIFY(pub.verify(message, *signature));
    }
}

void TestCryptoEcc::signaturesRejectTamperingAndWrongKey()
{
    const EcPrivateKey priv = generated();
    const QByteArray message("dose: 5 mg");
    const auto signature = priv.sign(message);
    QVERIFY(signature.ok());
    for (qsizetype at = 0; at < signature->size(); ++at) {
        QByteArray altered = *signature;
        altered[at] = static_cast<char>(altered[at] ^ 0x01);
        QVERIFY(!priv.publicKey().verify(message, altered));
    }
    QVERIFY(!priv.publicKey().verify(message, signature->first(signature->size() - 1)));
    QVERIFY(!priv.publicKey().verify(message, QByteArray(*signature + '\0')));
    QVERIFY(!priv.publicKey().verify("dose: 50 mg", *signature));
    QVERIFY(!generated().publicKey().verify(message, *signature));
}

void TestCryptoEcc::spkiRoundTripAndKeyId()
{
    const QByteArray der = p256Spki(kUx, kUy);
    const auto key = EcPublicKey::fromSpkiDer(der);
    QVERIFY(key.ok());
    QCOMPARE(key->spkiDer().toHex(), der.toHex());
    QCOMPARE(key->keyId(), sha256(der));
    QCOMPARE(key->keyId().size(), kSha256Size);

    const EcPublicKey fresh = generated().publicKey();
    const auto reimported = EcPublicKey::fromSpkiDer(fresh.spkiDer());
    QVERIFY(reimported.ok());
    QCOMPARE(reimported->spkiDer(), fresh.spkiDer());
    QCOMPARE(reimported->keyId(), sha256(fresh.spkiDer()));
    QVERIFY(reimported->keyId() != key->keyId());
}

// The compressed form names the same key and must get the same id.
void TestCryptoEcc::compressedSpkiIsNormalised()
{
    const QByteArray compressed =
        hex("3039301306072a8648ce3d020106082a8648ce3d030107032200") + QByteArray("\x03", 1) + kUx; // Uy is odd
    const auto key = EcPublicKey::fromSpkiDer(compressed);
    QVERIFY2(key.ok(), qPrintable(key.message()));
    QCOMPARE(key->spkiDer().toHex(), p256Spki(kUx, kUy).toHex());
    QVERIFY(key->verify("sample", derSignature(kR, kS)));
}

void TestCryptoEcc::pkcs8RoundTrip()
{
    const EcPrivateKey original = generated();
    const SecureBytes der = original.pkcs8Der();
    QVERIFY(!der.isEmpty());
    const auto imported = EcPrivateKey::fromPkcs8Der(der.view());
    QVERIFY2(imported.ok(), qPrintable(imported.message()));
    QCOMPARE(imported->publicKey().spkiDer(), original.publicKey().spkiDer());
    QCOMPARE(imported->pkcs8Der().view().toByteArray(), der.view().toByteArray());

    const auto signature = imported->sign("round trip");
    QVERIFY(signature.ok());
    QVERIFY(original.publicKey().verify("round trip", *signature));

    QByteArray trailing = der.view().toByteArray() + QByteArray(1, '\0');
    QCOMPARE(EcPrivateKey::fromPkcs8Der(trailing).code(), CryptoError::InvalidKey);
}

void TestCryptoEcc::rejectsNonP256Keys()
{
    const PkeyPtr p384 = generateForeignKey("EC", "P-384");
    const PkeyPtr k256 = generateForeignKey("EC", "secp256k1");
    const PkeyPtr ed25519 = generateForeignKey("ED25519", nullptr);
    const PkeyPtr x25519 = generateForeignKey("X25519", nullptr);
    for (EVP_PKEY *foreign : {p384.get(), k256.get(), ed25519.get(), x25519.get()}) {
        QVERIFY(foreign);
        const auto pub = EcPublicKey::fromSpkiDer(spkiOf(foreign));
        QVERIFY(!pub.ok());
        QCOMPARE(pub.code(), CryptoError::InvalidKey);
        const auto priv = EcPrivateKey::fromPkcs8Der(pkcs8Of(foreign));
        QVERIFY(!priv.ok());
        QCOMPARE(priv.code(), CryptoError::InvalidKey);
    }
}

void TestCryptoEcc::rejectsGarbageDer()
{
    const QByteArray valid = p256Spki(kUx, kUy);
    QByteArray offCurve = valid;
    offCurve[offCurve.size() - 1] = static_cast<char>(offCurve[offCurve.size() - 1] ^ 0x01);
    const QList<QByteArray> garbage = {
        QByteArray(),
        QByteArray("not a key"),
        randomBytes(91),
        valid.first(valid.size() - 1),
        valid + QByteArray(1, '\0'),
        offCurve,
    };
    for (const QByteArray &der : garbage) {
        QCOMPARE(EcPublicKey::fromSpkiDer(der).code(), CryptoError::InvalidKey);
        QCOMPARE(EcPrivateKey::fromPkcs8Der(der).code(), CryptoError::InvalidKey);
    }
}

void TestCryptoEcc::rejectsPointOffTheCurve()
{
    // The canonical P-256 prefix with a point that is not on the curve (Y + 1).
    auto key = EcPrivateKey::generate();
    QVERIFY(key.ok());
    QByteArray spki = key->publicKey().spkiDer();
    QCOMPARE(spki.size(), 91);
    spki[90] = static_cast<char>(static_cast<unsigned char>(spki[90]) ^ 0x01);
    auto parsed = EcPublicKey::fromSpkiDer(spki);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.code(), CryptoError::InvalidKey);

    // The point at infinity and a point with a coordinate above the field prime.
    QByteArray infinity = spki.left(26) + QByteArray(65, '\0');
    infinity[26] = 0x04;
    QVERIFY(!EcPublicKey::fromSpkiDer(infinity).ok());
    QByteArray tooLarge = spki.left(27) + QByteArray(64, '\xff');
    QVERIFY(!EcPublicKey::fromSpkiDer(tooLarge).ok());
}

void TestCryptoEcc::copySemantics()
{
    const EcPublicKey original = generated().publicKey();
    EcPublicKey copy(original);
    QCOMPARE(copy.spkiDer(), original.spkiDer());
    QCOMPARE(copy.keyId(), original.keyId());

    EcPublicKey assigned;
    assigned = copy;
    const auto &self = assigned;
    assigned = self;
    QCOMPARE(assigned.keyId(), original.keyId());

    const EcPrivateKey signer = generated();
    const auto signature = signer.sign("copied");
    QVERIFY(signature.ok());
    EcPublicKey verifier = signer.publicKey();
    {
        const EcPublicKey scopedCopy(verifier);
        QVERIFY(scopedCopy.verify("copied", *signature));
    }
    QVERIFY(verifier.verify("copied", *signature)); // the copy's destruction must not free the shared key

    EcPublicKey moved(std::move(verifier));
    QVERIFY(moved.verify("copied", *signature));
    EcPublicKey nullCopy{EcPublicKey()};
    QVERIFY(nullCopy.isNull());
    moved = nullCopy;
    QVERIFY(moved.isNull());
}

void TestCryptoEcc::nullKeys()
{
    const EcPublicKey pub;
    QVERIFY(pub.isNull());
    QVERIFY(pub.spkiDer().isEmpty());
    QVERIFY(pub.keyId().isEmpty());
    QVERIFY(!pub.verify("data", QByteArray(70, '\1')));

    const EcPrivateKey priv;
    QVERIFY(priv.isNull());
    QVERIFY(priv.publicKey().isNull());
    QVERIFY(priv.pkcs8Der().isEmpty());
    QCOMPARE(priv.sign("data").code(), CryptoError::InvalidKey);
}

// Copies share one EVP_PKEY; the header promises thread safety, so hammer it from threads.
void TestCryptoEcc::concurrentUseOfSharedKeys()
{
    const EcPrivateKey signer = generated();
    const EcPublicKey verifier = signer.publicKey();
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            const EcPublicKey copy(verifier);
            for (int i = 0; i < 50; ++i) {
                const QByteArray message = QByteArray::number(t * 1000 + i);
                const auto signature = signer.sign(message);
                if (!signature || !copy.verify(message, *signature) || verifier.verify("other", *signature)
                    || copy.keyId() != sha256(verifier.spkiDer()))
                    ++failures;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

QTEST_GUILESS_MAIN(TestCryptoEcc)
#include "tst_crypto_ecc.moc"
