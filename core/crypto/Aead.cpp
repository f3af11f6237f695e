// AES-256-GCM with 96-bit nonces and 128-bit tags.

#include "crypto/Crypto.h"
#include "crypto/OpenSslHandles.h"

namespace careledger::core {

using namespace detail;

namespace {

// Checks shared by encryption and decryption; an empty optional means the inputs are usable.
std::optional<QString> checkKeyAndNonce(QByteArrayView key, QByteArrayView nonce)
{
    if (key.size() != kAesKeySize)
        return QStringLiteral("AES-256-GCM needs a 32-byte key.");
    if (nonce.size() != kGcmNonceSize)
        return QStringLiteral("AES-256-GCM needs a 12-byte nonce.");
    return std::nullopt;
}

bool startCipher(EVP_CIPHER_CTX *ctx, bool encrypt, QByteArrayView key, QByteArrayView nonce, QByteArrayView aad)
{
    const int enc = encrypt ? 1 : 0;
    if (EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, enc) != 1
        || EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(kGcmNonceSize), nullptr) != 1
        || EVP_CipherInit_ex(ctx, nullptr, nullptr, bytes(key), bytes(nonce), enc) != 1)
        return false;
    int ignored = 0;
    return aad.isEmpty() || EVP_CipherUpdate(ctx, nullptr, &ignored, bytes(aad), static_cast<int>(aad.size())) == 1;
}

} // namespace

CryptoResult<QByteArray> aesGcmEncrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView aad)
{
    if (auto problem = checkKeyAndNonce(key, nonce))
        return fail<QByteArray>(CryptoError::InvalidInput, *problem);
    if (!fitsInt(plaintext.size() + kGcmTagSize) || !fitsInt(aad.size()))
        return fail<QByteArray>(CryptoError::InvalidInput, QStringLiteral("The data is too large for one AES-256-GCM message."));

    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx || !startCipher(ctx.get(), true, key, nonce, aad))
        return fail<QByteArray>(CryptoError::Internal, QStringLiteral("AES-256-GCM could not be initialised in OpenSSL."));

    QByteArray out(plaintext.size() + kGcmTagSize, Qt::Uninitialized);
    int written = 0;
    if (!plaintext.isEmpty()
        && EVP_EncryptUpdate(ctx.get(), bytes(out), &written, bytes(plaintext), static_cast<int>(plaintext.size())) != 1)
        return fail<QByteArray>(CryptoError::Internal, QStringLiteral("AES-256-GCM encryption failed in OpenSSL."));
    int finalWritten = 0;
    if (EVP_EncryptFinal_ex(ctx.get(), bytes(out) + written, &finalWritten) != 1
        || written + finalWritten != plaintext.size()
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kGcmTagSize), bytes(out) + plaintext.size()) != 1)
        return fail<QByteArray>(CryptoError::Internal, QStringLiteral("AES-256-GCM encryption failed in OpenSSL."));
    return out;
}

CryptoResult<SecureBytes> aesGcmDecrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView ciphertextAndTag, QByteArrayView aad)
{
    if (auto problem = checkKeyAndNonce(key, nonce))
        return fail<SecureBytes>(CryptoError::InvalidInput, *problem);
    if (ciphertextAndTag.size() < kGcmTagSize)
        return fail<SecureBytes>(CryptoError::InvalidInput, QStringLiteral("The encrypted data is too short to hold an authentication tag."));
    if (!fitsInt(ciphertextAndTag.size()) || !fitsInt(aad.size()))
        return fail<SecureBytes>(CryptoError::InvalidInput, QStringLiteral("The data is too large for one AES-256-GCM message."));

    const QByteArrayView ciphertext = ciphertextAndTag.first(ciphertextAndTag.size() - kGcmTagSize);
    const QByteArrayView tag = ciphertextAndTag.last(kGcmTagSize);

    CipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx || !startCipher(ctx.get(), false, key, nonce, aad))
        return fail<SecureBytes>(CryptoError::Internal, QStringLiteral("AES-256-GCM could not be initialised in OpenSSL."));

    SecureBytes out(static_cast<std::size_t>(ciphertext.size()));
    int written = 0;
    if (!ciphertext.isEmpty()
        && EVP_DecryptUpdate(ctx.get(), out.data(), &written, bytes(ciphertext), static_cast<int>(ciphertext.size())) != 1)
        return fail<SecureBytes>(CryptoError::Internal, QStringLiteral("AES-256-GCM decryption failed in OpenSSL."));
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kGcmTagSize), const_cast<char *>(tag.data())) != 1)
        return fail<SecureBytes>(CryptoError::Internal, QStringLiteral("AES-256-GCM decryption failed in OpenSSL."));
    // GCM has no padding: the final call only checks the tag and writes nothing, but it needs a
    // valid pointer even when the plaintext is empty.
    unsigned char noOutput[1];
    int finalWritten = 0;
    if (EVP_DecryptFinal_ex(ctx.get(), noOutput, &finalWritten) != 1) {
        out.wipe(); // unauthenticated plaintext must not leave this function
        return fail<SecureBytes>(CryptoError::AuthenticationFailed,
                                 QStringLiteral("The encrypted data failed authentication: wrong key, wrong context or altered data."));
    }
    return out;
}

CryptoResult<QByteArray> aesGcmSeal(QByteArrayView key, QByteArrayView plaintext, QByteArrayView aad)
{
    // Random 96-bit nonces are safe for up to 2^32 messages per key; callers rotate keys
    // long before that.
    const QByteArray nonce = randomBytes(kGcmNonceSize);
    auto encrypted = aesGcmEncrypt(key, nonce, plaintext, aad);
    if (!encrypted)
        return encrypted;
    QByteArray sealed;
    sealed.reserve(nonce.size() + encrypted->size());
    sealed.append(nonce).append(*encrypted);
    return sealed;
}

CryptoResult<SecureBytes> aesGcmOpen(QByteArrayView key, QByteArrayView sealed, QByteArrayView aad)
{
    if (sealed.size() < kGcmNonceSize + kGcmTagSize)
        return fail<SecureBytes>(CryptoError::InvalidInput, QStringLiteral("The sealed data is too short to be AES-256-GCM output."));
    return aesGcmDecrypt(key, sealed.first(kGcmNonceSize), sealed.sliced(kGcmNonceSize), aad);
}

} // namespace careledger::core
