// SHA-256, HMAC-SHA256, HKDF-SHA256, the CSPRNG and constant-time comparison.

#include "crypto/Crypto.h"
#include "crypto/OpenSslHandles.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <QtGlobal>

#include <algorithm>

namespace careledger::core {

using namespace detail;

namespace {

// A failing digest means the OpenSSL provider itself is broken (or memory is exhausted); a
// wrong or empty hash handed back silently would be worse than stopping.
[[noreturn]] void digestFailed(const char *what)
{
    qFatal("careledger crypto: %s failed inside OpenSSL", what);
}

// Some OpenSSL entry points treat a null pointer as "parameter absent" even with length 0;
// empty views from Qt may carry a null data pointer.
const unsigned char *nonNull(QByteArrayView view)
{
    static const unsigned char empty = 0;
    return view.data() ? bytes(view) : &empty;
}

} // namespace

// ---- SHA-256 -------------------------------------------------------------------------

QByteArray sha256(QByteArrayView data)
{
    QByteArray digest(kSha256Size, Qt::Uninitialized);
    if (EVP_Digest(nonNull(data), static_cast<size_t>(data.size()), bytes(digest), nullptr, EVP_sha256(), nullptr) != 1)
        digestFailed("SHA-256");
    return digest;
}

struct Sha256::Impl {
    MdCtxPtr ctx{EVP_MD_CTX_new()};

    void init()
    {
        if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
            digestFailed("SHA-256 initialisation");
    }
};

Sha256::Sha256() : d(std::make_unique<Impl>())
{
    d->init();
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView data)
{
    if (data.isEmpty())
        return;
    if (EVP_DigestUpdate(d->ctx.get(), data.data(), static_cast<size_t>(data.size())) != 1)
        digestFailed("SHA-256 update");
}

QByteArray Sha256::finish()
{
    QByteArray digest(kSha256Size, Qt::Uninitialized);
    if (EVP_DigestFinal_ex(d->ctx.get(), bytes(digest), nullptr) != 1)
        digestFailed("SHA-256 finalisation");
    d->init();
    return digest;
}

// ---- HMAC-SHA256 ---------------------------------------------------------------------

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    // HMAC hashes keys longer than the block size anyway (RFC 2104); doing it here first only
    // matters for keys too long for OpenSSL's int length and gives the same result.
    QByteArray hashedKey;
    if (!fitsInt(key.size())) {
        hashedKey = sha256(key);
        key = hashedKey;
    }
    QByteArray mac(kSha256Size, Qt::Uninitialized);
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha256(), nonNull(key), static_cast<int>(key.size()), nonNull(data), static_cast<size_t>(data.size()),
              bytes(mac), &macLength)
        || macLength != kSha256Size)
        digestFailed("HMAC-SHA256");
    return mac;
}

// ---- HKDF-SHA256 ---------------------------------------------------------------------

CryptoResult<SecureBytes> hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, qsizetype length)
{
    if (length < 1 || length > 255 * kSha256Size)
        return fail<SecureBytes>(CryptoError::InvalidInput, QStringLiteral("HKDF output length must be between 1 and 8160 bytes."));

    KdfPtr kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    KdfCtxPtr ctx(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!ctx)
        return fail<SecureBytes>(CryptoError::Internal, QStringLiteral("HKDF is not available in OpenSSL."));

    // OpenSSL only reads these buffers; its parameter API is not const-correct.
    auto octets = [](const char *name, QByteArrayView view) {
        return OSSL_PARAM_construct_octet_string(name, const_cast<unsigned char *>(nonNull(view)), static_cast<size_t>(view.size()));
    };
    char digestName[] = "SHA256";
    OSSL_PARAM params[5];
    int count = 0;
    params[count++] = OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digestName, 0);
    params[count++] = octets(OSSL_KDF_PARAM_KEY, ikm);
    // An absent salt is HashLen zero bytes per RFC 5869, which is what OpenSSL does without one.
    if (!salt.isEmpty())
        params[count++] = octets(OSSL_KDF_PARAM_SALT, salt);
    if (!info.isEmpty())
        params[count++] = octets(OSSL_KDF_PARAM_INFO, info);
    params[count] = OSSL_PARAM_construct_end();

    SecureBytes okm(static_cast<std::size_t>(length));
    if (EVP_KDF_derive(ctx.get(), okm.data(), okm.size(), params) != 1)
        return fail<SecureBytes>(CryptoError::Internal, QStringLiteral("HKDF-SHA256 derivation failed in OpenSSL."));
    return okm;
}

// ---- randomness ----------------------------------------------------------------------

namespace {

void fillRandom(unsigned char *out, qsizetype count)
{
    while (count > 0) {
        const int chunk = static_cast<int>(std::min<qsizetype>(count, INT_MAX));
        // Without entropy no key, nonce or salt is safe; carrying on would be silent and fatal.
        if (RAND_bytes(out, chunk) != 1)
            qFatal("careledger crypto: the system random number generator failed");
        out += chunk;
        count -= chunk;
    }
}

} // namespace

QByteArray randomBytes(qsizetype count)
{
    QByteArray out(std::max<qsizetype>(count, 0), Qt::Uninitialized);
    fillRandom(bytes(out), out.size());
    return out;
}

SecureBytes randomSecret(qsizetype count)
{
    SecureBytes out(static_cast<std::size_t>(std::max<qsizetype>(count, 0)));
    fillRandom(out.data(), static_cast<qsizetype>(out.size()));
    return out;
}

bool constantTimeEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return CRYPTO_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

} // namespace careledger::core
