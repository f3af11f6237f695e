#pragma once

// X.509 for the consortium's mutual TLS: the health authority's self-signed root CA, the
// node certificates it issues for workstations' existing P-256 node keys, chain checks
// against that root, and the passphrase-encrypted PEM (PKCS#8, PBES2 with scrypt and
// AES-256-CBC) the CA key is kept in. Only ECDSA P-256 with SHA-256 is issued or accepted.

#include "Result.h"
#include "crypto/Crypto.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

namespace careledger::core {

enum class CertificateError {
    Malformed,       // not a (single, complete) DER or PEM certificate / key
    InvalidRequest,  // empty name, validity that ends before it starts, key of the wrong type
    WrongPassphrase, // the encrypted key does not open with this passphrase
    Expired,         // notAfter is before the time of the check
    NotYetValid,     // notBefore is after the time of the check
    UntrustedIssuer, // not issued (signed) by the given root
    WrongPurpose,    // a CA where a node is expected or the other way round, or missing TLS usages
    Internal,        // OpenSSL failed unexpectedly
};

template <typename T>
using CertificateResult = Result<T, CertificateError>;
using CertificateStatus = Result<void, CertificateError>;

// One parsed certificate; copies share the immutable OpenSSL object.
class X509Certificate {
public:
    X509Certificate();
    ~X509Certificate();
    X509Certificate(const X509Certificate &other);
    X509Certificate &operator=(const X509Certificate &other);
    X509Certificate(X509Certificate &&other) noexcept;
    X509Certificate &operator=(X509Certificate &&other) noexcept;

    // Exactly one certificate: trailing bytes after the DER object, or a PEM text holding
    // anything but one CERTIFICATE block (apart from whitespace), are refused.
    static CertificateResult<X509Certificate> fromDer(QByteArrayView der);
    static CertificateResult<X509Certificate> fromPem(QByteArrayView pem);

    bool isNull() const;
    QByteArray toDer() const;
    QByteArray toPem() const;
    QByteArray fingerprint() const; // SHA-256 of the DER

    QString subjectCommonName() const;
    QString subjectOrganization() const;
    QString issuerCommonName() const;
    QByteArray serialNumber() const; // big-endian magnitude
    QDateTime notBefore() const;     // UTC
    QDateTime notAfter() const;      // UTC
    bool isCa() const;               // basicConstraints CA:TRUE
    QStringList dnsNames() const;    // subjectAltName DNS entries

    // The subject key: null when it is not P-256. Its keyId() is SHA-256 of the SPKI DER,
    // the same id the ledger gives a member key.
    EcPublicKey publicKey() const;
    QByteArray publicKeyId() const;

    bool operator==(const X509Certificate &other) const { return toDer() == other.toDer(); }

    struct Impl;
    Impl *impl() const { return d.get(); }

private:
    std::unique_ptr<Impl> d;
};

struct RootCertificateRequest {
    QString commonName;   // e.g. "Northern Health Consortium root CA"
    QString organization; // optional
    QDateTime notBefore;
    QDateTime notAfter;
};

struct NodeCertificateRequest {
    QString commonName;   // the member id in hex (clinic names go into organization)
    QString organization; // optional: the clinic's name
    QStringList dnsNames; // optional subjectAltName entries
    QStringList ipAddresses;
    QDateTime notBefore;
    QDateTime notAfter;
};

// Self-signed: CA:TRUE (critical, path length 0), keyUsage keyCertSign + cRLSign
// (critical), subject key identifier. 128-bit random serial.
CertificateResult<X509Certificate> createRootCertificate(const EcPrivateKey &caKey, const RootCertificateRequest &request);

// For a node's existing key, signed by the root's key: CA:FALSE (critical), keyUsage
// digitalSignature (critical), extendedKeyUsage serverAuth + clientAuth, subject and
// authority key identifiers, optional subjectAltName. caKey must be the root's key.
CertificateResult<X509Certificate> issueNodeCertificate(const X509Certificate &root, const EcPrivateKey &caKey, const EcPublicKey &nodeKey,
                                                        const NodeCertificateRequest &request);

// Is `node` a node certificate issued by `root` and valid at `at`? Checks the signature
// chain, both validity periods, that root is a CA and node is not, and that node may be
// used for both ends of a TLS connection.
CertificateStatus verifyNodeCertificate(const X509Certificate &node, const X509Certificate &root, const QDateTime &at);

// Passphrase-encrypted PKCS#8 PEM ("ENCRYPTED PRIVATE KEY", readable by `openssl pkey`).
// scrypt cost: N = 2^14, r = 8, p = 1 is OpenSSL's own default and the most its PKCS#8
// reader accepts under its default memory cap; tests pass a smaller N.
struct KeyEncryptionCost {
    quint64 n = 1u << 14;
    quint32 r = 8;
    quint32 p = 1;
};
CertificateResult<QByteArray> encryptPrivateKeyPem(const EcPrivateKey &key, QByteArrayView passphraseUtf8, KeyEncryptionCost cost = {});
CertificateResult<EcPrivateKey> decryptPrivateKeyPem(QByteArrayView pem, QByteArrayView passphraseUtf8);

// Unencrypted PKCS#8 PEM ("PRIVATE KEY") for handing a key to a TLS stack in memory;
// never write it to disk.
SecureBytes privateKeyPem(const EcPrivateKey &key);

} // namespace careledger::core
