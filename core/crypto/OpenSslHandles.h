#pragma once

// Private to core/crypto: owning wrappers for OpenSSL handles and the small conversions every
// translation unit of the crypto module needs. Not installed, not included by Crypto.h.

#include "crypto/Crypto.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/x509.h>

#include <QString>

#include <climits>
#include <memory>

namespace careledger::core::detail {

template <auto FreeFn>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T *handle) const noexcept { FreeFn(handle); }
};

template <typename T, auto FreeFn>
using OpenSslPtr = std::unique_ptr<T, OpenSslDeleter<FreeFn>>;

using PkeyPtr = OpenSslPtr<EVP_PKEY, &EVP_PKEY_free>;
using PkeyCtxPtr = OpenSslPtr<EVP_PKEY_CTX, &EVP_PKEY_CTX_free>;
using MdCtxPtr = OpenSslPtr<EVP_MD_CTX, &EVP_MD_CTX_free>;
using CipherCtxPtr = OpenSslPtr<EVP_CIPHER_CTX, &EVP_CIPHER_CTX_free>;
using KdfPtr = OpenSslPtr<EVP_KDF, &EVP_KDF_free>;
using KdfCtxPtr = OpenSslPtr<EVP_KDF_CTX, &EVP_KDF_CTX_free>;
using Pkcs8Ptr = OpenSslPtr<PKCS8_PRIV_KEY_INFO, &PKCS8_PRIV_KEY_INFO_free>;

// OpenSSL buffers are unsigned char; Qt's are char. One place for the cast.
inline const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

inline unsigned char *bytes(QByteArray &array)
{
    return reinterpret_cast<unsigned char *>(array.data());
}

// Most EVP calls take int lengths; anything larger must be refused rather than truncated.
inline bool fitsInt(qsizetype size)
{
    return size >= 0 && size <= INT_MAX;
}

// Failures leave entries in the thread's OpenSSL error queue; clearing them here keeps a later,
// unrelated call from picking up a stale reason. Messages never include key material or data.
template <typename T>
CryptoResult<T> fail(CryptoError code, QString message)
{
    ERR_clear_error();
    return CryptoResult<T>::failure(code, std::move(message));
}

} // namespace careledger::core::detail
