#pragma once

// Cryptographic primitives over OpenSSL 3 EVP. All functions are thread-safe.
// Public data travels as QByteArray, secret data as SecureBytes.

#include "Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace careledger::core {

enum class CryptoError {
    InvalidInput,         // wrong length, malformed encoding, unsupported parameters
    AuthenticationFailed, // AEAD tag mismatch: wrong key, wrong associated data or tampered data
    InvalidKey,           // a key that cannot be parsed or is not on the expected curve
    Internal,             // OpenSSL failed unexpectedly
};

template <typename T>
using CryptoResult = Result<T, CryptoError>;

inline constexpr qsizetype kSha256Size = 32;
inline constexpr qsizetype kAesKeySize = 32;
inline constexpr qsizetype kGcmNonceSize = 12;
inline constexpr qsizetype kGcmTagSize = 16;

// ---- hashing -------------------------------------------------------------------------

QByteArray sha256(QByteArrayView data);

// Incremental SHA-256 for streamed data.
class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void add(QByteArrayView data);
    QByteArray finish(); // the object may be reused after finish()
private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

// RFC 5869. length <= 255 * 32.
CryptoResult<SecureBytes> hkdfSha256(QByteArrayView ikm, QByteArrayView salt, QByteArrayView info, qsizetype length);

// ---- randomness and comparison -------------------------------------------------------

QByteArray randomBytes(qsizetype count);   // CSPRNG (RAND_bytes); aborts if the RNG fails
SecureBytes randomSecret(qsizetype count); // same, for key material

// Constant-time equality; different lengths compare unequal (length is not secret).
bool constantTimeEqual(QByteArrayView a, QByteArrayView b);

// ---- AES-256-GCM ---------------------------------------------------------------------

// Sealed format: nonce (12 random bytes) || ciphertext || tag (16 bytes).
CryptoResult<QByteArray> aesGcmSeal(QByteArrayView key, QByteArrayView plaintext, QByteArrayView aad);
CryptoResult<SecureBytes> aesGcmOpen(QByteArrayView key, QByteArrayView sealed, QByteArrayView aad);

// Explicit-nonce variants, for known-answer tests and for formats that derive the nonce.
// Output/input: ciphertext || tag.
CryptoResult<QByteArray> aesGcmEncrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView plaintext, QByteArrayView aad);
CryptoResult<SecureBytes> aesGcmDecrypt(QByteArrayView key, QByteArrayView nonce, QByteArrayView ciphertextAndTag, QByteArrayView aad);

// ---- ECDSA / ECDH on P-256 -----------------------------------------------------------

class EcPublicKey {
public:
    EcPublicKey();
    ~EcPublicKey();
    EcPublicKey(const EcPublicKey &other);
    EcPublicKey &operator=(const EcPublicKey &other);
    EcPublicKey(EcPublicKey &&other) noexcept;
    EcPublicKey &operator=(EcPublicKey &&other) noexcept;

    static CryptoResult<EcPublicKey> fromSpkiDer(QByteArrayView der); // must be a P-256 key
    bool isNull() const;
    QByteArray spkiDer() const;
    QByteArray keyId() const; // SHA-256 of the SubjectPublicKeyInfo DER
    // signature: DER-encoded ECDSA-Sig-Value over SHA-256(data).
    bool verify(QByteArrayView data, QByteArrayView derSignature) const;

    struct Impl;
    Impl *impl() const { return d.get(); }

private:
    std::unique_ptr<Impl> d;
};

class EcPrivateKey {
public:
    EcPrivateKey();
    ~EcPrivateKey();
    EcPrivateKey(EcPrivateKey &&other) noexcept;
    EcPrivateKey &operator=(EcPrivateKey &&other) noexcept;
    EcPrivateKey(const EcPrivateKey &) = delete;
    EcPrivateKey &operator=(const EcPrivateKey &) = delete;

    static CryptoResult<EcPrivateKey> generate();
    static CryptoResult<EcPrivateKey> fromPkcs8Der(QByteArrayView der);
    bool isNull() const;
    SecureBytes pkcs8Der() const; // unencrypted PKCS#8; wrap it before it touches disk
    EcPublicKey publicKey() const;
    CryptoResult<QByteArray> sign(QByteArrayView data) const; // DER signature over SHA-256(data)

    struct Impl;
    Impl *impl() const { return d.get(); }

private:
    std::unique_ptr<Impl> d;
};

// Wraps a secret for a recipient's P-256 public key (ECIES): ephemeral ECDH, HKDF-SHA256
// (salt = ephemeral SPKI || recipient key id, info = context), AES-256-GCM with the context
// as associated data. Format: u16 big-endian length of ephemeral SPKI DER || SPKI || sealed.
CryptoResult<QByteArray> wrapForRecipient(const EcPublicKey &recipient, QByteArrayView secret, QByteArrayView context);
CryptoResult<SecureBytes> unwrapWithPrivateKey(const EcPrivateKey &recipient, QByteArrayView wrapped, QByteArrayView context);

// ---- password KDF --------------------------------------------------------------------

// Parameters stored next to each secret so they can be raised later without breaking old
// secrets. Serialised as "scrypt$N$r$p$<salt base64>".
struct PasswordKdfParams {
    quint64 n = 1u << 15;
    quint32 r = 8;
    quint32 p = 1;
    QByteArray salt; // 16 random bytes

    static PasswordKdfParams withFreshSalt(quint64 n = 1u << 15, quint32 r = 8, quint32 p = 1);
    QString toString() const;
    static CryptoResult<PasswordKdfParams> fromString(const QString &text);
};

// scrypt (RFC 7914). Rejects parameters weaker than N=2^10 or absurdly large.
CryptoResult<SecureBytes> derivePasswordKey(QByteArrayView passwordUtf8, const PasswordKdfParams &params, qsizetype length = 32);
// Raw scrypt for known-answer tests (no parameter floor).
CryptoResult<SecureBytes> scrypt(QByteArrayView password, QByteArrayView salt, quint64 n, quint32 r, quint32 p, qsizetype length);

} // namespace careledger::core
