// P-256 keys: ECDSA with SHA-256, and ECIES-style key wrapping over ECDH.

#include "crypto/Crypto.h"
#include "crypto/OpenSslHandles.h"

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/params.h>
#include <openssl/ec.h>
#include <openssl/objects.h>

#include <cstring>

namespace careledger::core {

using namespace detail;

struct EcPublicKey::Impl {
    PkeyPtr key;
    // Encoded once at construction: verification paths ask for the key id constantly, and a
    // cached encoding keeps the shared EVP_PKEY read-only after construction.
    QByteArray spki;
    QByteArray keyId;
};

struct EcPrivateKey::Impl {
    PkeyPtr key;
    // Derived once: every signed transaction asks for its signer's key id, and OpenSSL's
    // SPKI encoder costs more than the signature itself.
    EcPublicKey publicKey;
};

namespace {

bool isP256(EVP_PKEY *key)
{
    if (!EVP_PKEY_is_a(key, "EC"))
        return false;
    char name[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, name, sizeof name, &length) != 1)
        return false; // explicit curve parameters: not something we issue or accept
    return OBJ_sn2nid(name) == NID_X9_62_prime256v1 || EC_curve_nist2nid(name) == NID_X9_62_prime256v1;
}

QByteArray encodeSpki(EVP_PKEY *key)
{
    const int length = i2d_PUBKEY(key, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    unsigned char *cursor = bytes(der);
    if (i2d_PUBKEY(key, &cursor) != length)
        return {};
    return der;
}

// Going through the SPKI encoding yields a key object that holds no private scalar.
EcPublicKey publicHalf(EVP_PKEY *key)
{
    auto result = EcPublicKey::fromSpkiDer(encodeSpki(key));
    return result ? std::move(result).value() : EcPublicKey();
}

// The one SubjectPublicKeyInfo encoding we issue: the fixed P-256 prefix, then 0x04 || X || Y.
constexpr unsigned char kP256SpkiPrefix[] = {0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48,
                                             0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48,
                                             0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00};
constexpr qsizetype kP256SpkiSize = qsizetype(sizeof kP256SpkiPrefix) + 65;

bool isCanonicalP256Spki(QByteArrayView der)
{
    return der.size() == kP256SpkiSize && std::memcmp(der.data(), kP256SpkiPrefix, sizeof kP256SpkiPrefix) == 0
        && static_cast<unsigned char>(der[qsizetype(sizeof kP256SpkiPrefix)]) == 0x04;
}

// Verifiers parse a signer key for nearly every transaction. OpenSSL's generic DER decoder
// tries every registered decoder under global locks (~7x slower, and worse across threads);
// importing the raw point is the same check (oct2point refuses points off the curve).
PkeyPtr importP256Point(QByteArrayView point)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1)
        return nullptr;
    char group[] = "prime256v1";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group, 0),
        OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY, const_cast<char *>(point.data()),
                                          static_cast<size_t>(point.size())),
        OSSL_PARAM_construct_end(),
    };
    EVP_PKEY *raw = nullptr;
    if (EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params) != 1) {
        ERR_clear_error();
        return nullptr;
    }
    return PkeyPtr(raw);
}

// d2i_* stop at the end of the first DER object; trailing bytes would let two different byte
// strings name the same key, so they are refused.
template <typename Ptr, typename Decode>
Ptr decodeWhole(QByteArrayView der, Decode decode)
{
    if (der.isEmpty() || !fitsInt(der.size()))
        return nullptr;
    const unsigned char *cursor = bytes(der);
    Ptr object(decode(nullptr, &cursor, static_cast<long>(der.size())));
    if (object && cursor != bytes(der) + der.size())
        object.reset();
    ERR_clear_error(); // decoders queue errors even on paths that end up succeeding
    return object;
}

CryptoResult<SecureBytes> ecdh(EVP_PKEY *ownPrivate, EVP_PKEY *peerPublic)
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, ownPrivate, nullptr));
    size_t length = 0;
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peerPublic) != 1
        || EVP_PKEY_derive(ctx.get(), nullptr, &length) != 1)
        return fail<SecureBytes>(CryptoError::Internal, QStringLiteral("ECDH key agreement could not be set up in OpenSSL."));
    SecureBytes shared(length);
    if (EVP_PKEY_derive(ctx.get(), shared.data(), &length) != 1 || length != shared.size())
        return fail<SecureBytes>(CryptoError::Internal, QStringLiteral("ECDH key agreement failed in OpenSSL."));
    return shared;
}

// Binding the ephemeral key and the recipient's key id into the salt ties the wrapping key to
// this exact exchange, so a wrapped secret cannot be replayed under another key pair.
CryptoResult<SecureBytes> wrappingKey(const SecureBytes &shared, QByteArrayView ephemeralSpki, QByteArrayView recipientKeyId,
                                      QByteArrayView context)
{
    QByteArray salt;
    salt.reserve(ephemeralSpki.size() + recipientKeyId.size());
    salt.append(ephemeralSpki).append(recipientKeyId);
    return hkdfSha256(shared.view(), salt, context, kAesKeySize);
}

template <typename T, typename U>
CryptoResult<T> forward(const CryptoResult<U> &failed)
{
    return CryptoResult<T>::failure(failed.code(), failed.message());
}

} // namespace

// ---- EcPublicKey ---------------------------------------------------------------------

EcPublicKey::EcPublicKey() = default;
EcPublicKey::~EcPublicKey() = default;
EcPublicKey::EcPublicKey(EcPublicKey &&other) noexcept = default;
EcPublicKey &EcPublicKey::operator=(EcPublicKey &&other) noexcept = default;

EcPublicKey::EcPublicKey(const EcPublicKey &other)
{
    if (other.d) {
        EVP_PKEY_up_ref(other.d->key.get());
        d = std::make_unique<Impl>(Impl{PkeyPtr(other.d->key.get()), other.d->spki, other.d->keyId});
    }
}

EcPublicKey &EcPublicKey::operator=(const EcPublicKey &other)
{
    if (this != &other)
        *this = EcPublicKey(other);
    return *this;
}

CryptoResult<EcPublicKey> EcPublicKey::fromSpkiDer(QByteArrayView der)
{
    if (isCanonicalP256Spki(der)) {
        PkeyPtr key = importP256Point(der.sliced(qsizetype(sizeof kP256SpkiPrefix)));
        if (!key)
            return fail<EcPublicKey>(CryptoError::InvalidKey, QStringLiteral("The public key is not a point on P-256."));
        EcPublicKey result;
        QByteArray spki = der.toByteArray();
        const QByteArray id = sha256(spki);
        result.d = std::make_unique<Impl>(Impl{std::move(key), std::move(spki), id});
        return result;
    }
    PkeyPtr key = decodeWhole<PkeyPtr>(der, d2i_PUBKEY);
    if (!key)
        return fail<EcPublicKey>(CryptoError::InvalidKey, QStringLiteral("The public key is not a valid SubjectPublicKeyInfo."));
    if (!isP256(key.get()))
        return fail<EcPublicKey>(CryptoError::InvalidKey, QStringLiteral("The public key is not a P-256 (secp256r1) key."));
    // One encoding per key: a compressed point would otherwise give the same key a second id.
    if (EVP_PKEY_set_utf8_string_param(key.get(), OSSL_PKEY_PARAM_EC_POINT_CONVERSION_FORMAT, "uncompressed") != 1)
        return fail<EcPublicKey>(CryptoError::Internal, QStringLiteral("The public key could not be normalised in OpenSSL."));
    QByteArray spki = encodeSpki(key.get());
    if (spki.isEmpty())
        return fail<EcPublicKey>(CryptoError::Internal, QStringLiteral("The public key could not be encoded in OpenSSL."));

    EcPublicKey result;
    const QByteArray id = sha256(spki);
    result.d = std::make_unique<Impl>(Impl{std::move(key), std::move(spki), id});
    return result;
}

bool EcPublicKey::isNull() const
{
    return !d;
}

QByteArray EcPublicKey::spkiDer() const
{
    return d ? d->spki : QByteArray();
}

QByteArray EcPublicKey::keyId() const
{
    return d ? d->keyId : QByteArray();
}

bool EcPublicKey::verify(QByteArrayView data, QByteArrayView derSignature) const
{
    if (!d || derSignature.isEmpty())
        return false;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const bool valid = ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, d->key.get()) == 1
        && EVP_DigestVerify(ctx.get(), bytes(derSignature), static_cast<size_t>(derSignature.size()), bytes(data),
                            static_cast<size_t>(data.size()))
            == 1;
    ERR_clear_error(); // a bad signature is an answer, not an error to leave queued
    return valid;
}

// ---- EcPrivateKey --------------------------------------------------------------------

EcPrivateKey::EcPrivateKey() = default;
EcPrivateKey::~EcPrivateKey() = default;
EcPrivateKey::EcPrivateKey(EcPrivateKey &&other) noexcept = default;
EcPrivateKey &EcPrivateKey::operator=(EcPrivateKey &&other) noexcept = default;

CryptoResult<EcPrivateKey> EcPrivateKey::generate()
{
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_group_name(ctx.get(), "P-256") != 1
        || EVP_PKEY_generate(ctx.get(), &raw) != 1)
        return fail<EcPrivateKey>(CryptoError::Internal, QStringLiteral("P-256 key generation failed in OpenSSL."));
    EcPrivateKey result;
    result.d = std::make_unique<Impl>(Impl{PkeyPtr(raw), {}});
    result.d->publicKey = publicHalf(result.d->key.get());
    return result;
}

CryptoResult<EcPrivateKey> EcPrivateKey::fromPkcs8Der(QByteArrayView der)
{
    Pkcs8Ptr info = decodeWhole<Pkcs8Ptr>(der, d2i_PKCS8_PRIV_KEY_INFO);
    PkeyPtr key(info ? EVP_PKCS82PKEY(info.get()) : nullptr);
    if (!key)
        return fail<EcPrivateKey>(CryptoError::InvalidKey, QStringLiteral("The private key is not a valid PKCS#8 structure."));
    if (!isP256(key.get()))
        return fail<EcPrivateKey>(CryptoError::InvalidKey, QStringLiteral("The private key is not a P-256 (secp256r1) key."));
    // A stored public half that does not match the scalar would make every signature unverifiable.
    PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr));
    if (!check || EVP_PKEY_pairwise_check(check.get()) != 1)
        return fail<EcPrivateKey>(CryptoError::InvalidKey, QStringLiteral("The private key is inconsistent with its public key."));
    EcPrivateKey result;
    result.d = std::make_unique<Impl>(Impl{std::move(key), {}});
    result.d->publicKey = publicHalf(result.d->key.get());
    return result;
}

bool EcPrivateKey::isNull() const
{
    return !d;
}

SecureBytes EcPrivateKey::pkcs8Der() const
{
    if (!d)
        return {};
    Pkcs8Ptr info(EVP_PKEY2PKCS8(d->key.get()));
    const int length = info ? i2d_PKCS8_PRIV_KEY_INFO(info.get(), nullptr) : 0;
    if (length <= 0) {
        ERR_clear_error();
        return {};
    }
    SecureBytes der(static_cast<std::size_t>(length));
    unsigned char *cursor = der.data();
    if (i2d_PKCS8_PRIV_KEY_INFO(info.get(), &cursor) != length) {
        ERR_clear_error();
        return {};
    }
    return der;
}

EcPublicKey EcPrivateKey::publicKey() const
{
    return d ? d->publicKey : EcPublicKey();
}

CryptoResult<QByteArray> EcPrivateKey::sign(QByteArrayView data) const
{
    if (!d)
        return fail<QByteArray>(CryptoError::InvalidKey, QStringLiteral("Cannot sign with an empty private key."));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, d->key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, bytes(data), static_cast<size_t>(data.size())) != 1)
        return fail<QByteArray>(CryptoError::Internal, QStringLiteral("ECDSA signing could not be set up in OpenSSL."));
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), bytes(signature), &length, bytes(data), static_cast<size_t>(data.size())) != 1)
        return fail<QByteArray>(CryptoError::Internal, QStringLiteral("ECDSA signing failed in OpenSSL."));
    signature.truncate(static_cast<qsizetype>(length)); // DER length varies with the leading bits of r and s
    return signature;
}

// ---- ECIES wrapping ------------------------------------------------------------------

CryptoResult<QByteArray> wrapForRecipient(const EcPublicKey &recipient, QByteArrayView secret, QByteArrayView context)
{
    if (recipient.isNull())
        return fail<QByteArray>(CryptoError::InvalidKey, QStringLiteral("Cannot wrap a secret for an empty public key."));
    auto ephemeral = EcPrivateKey::generate();
    if (!ephemeral)
        return forward<QByteArray>(ephemeral);
    const QByteArray ephemeralSpki = encodeSpki(ephemeral->impl()->key.get());
    if (ephemeralSpki.isEmpty() || ephemeralSpki.size() > 0xffff)
        return fail<QByteArray>(CryptoError::Internal, QStringLiteral("The ephemeral public key could not be encoded."));

    auto shared = ecdh(ephemeral->impl()->key.get(), recipient.impl()->key.get());
    if (!shared)
        return forward<QByteArray>(shared);
    auto key = wrappingKey(*shared, ephemeralSpki, recipient.keyId(), context);
    if (!key)
        return forward<QByteArray>(key);
    auto sealed = aesGcmSeal(key->view(), secret, context);
    if (!sealed)
        return sealed;

    QByteArray wrapped;
    wrapped.reserve(2 + ephemeralSpki.size() + sealed->size());
    wrapped.append(static_cast<char>(ephemeralSpki.size() >> 8)).append(static_cast<char>(ephemeralSpki.size() & 0xff));
    wrapped.append(ephemeralSpki).append(*sealed);
    return wrapped;
}

CryptoResult<SecureBytes> unwrapWithPrivateKey(const EcPrivateKey &recipient, QByteArrayView wrapped, QByteArrayView context)
{
    if (recipient.isNull())
        return fail<SecureBytes>(CryptoError::InvalidKey, QStringLiteral("Cannot unwrap a secret with an empty private key."));
    if (wrapped.size() < 2)
        return fail<SecureBytes>(CryptoError::InvalidInput, QStringLiteral("The wrapped secret is truncated."));
    const qsizetype spkiLength = (qsizetype(static_cast<unsigned char>(wrapped[0])) << 8) | static_cast<unsigned char>(wrapped[1]);
    if (wrapped.size() - 2 < spkiLength + kGcmNonceSize + kGcmTagSize)
        return fail<SecureBytes>(CryptoError::InvalidInput, QStringLiteral("The wrapped secret is truncated."));
    const QByteArrayView ephemeralSpki = wrapped.sliced(2, spkiLength);
    const QByteArrayView sealed = wrapped.sliced(2 + spkiLength);

    auto ephemeral = EcPublicKey::fromSpkiDer(ephemeralSpki);
    if (!ephemeral)
        return fail<SecureBytes>(CryptoError::InvalidInput, QStringLiteral("The wrapped secret does not carry a valid P-256 ephemeral key."));
    auto shared = ecdh(recipient.impl()->key.get(), ephemeral->impl()->key.get());
    if (!shared)
        return shared;
    // The received bytes, not a re-encoding, go into the salt: any change to them must fail.
    auto key = wrappingKey(*shared, ephemeralSpki, recipient.publicKey().keyId(), context);
    if (!key)
        return key;
    return aesGcmOpen(key->view(), sealed, context);
}

} // namespace careledger::core
