// X.509 certificates and encrypted private-key PEM over OpenSSL 3.

#include "crypto/X509.h"
#include "crypto/OpenSslHandles.h"

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>


#include <algorithm>
#include <cstring>
#include <ctime>

namespace careledger::core {

using namespace detail;

namespace {

using X509Ptr = OpenSslPtr<X509, &X509_free>;
using X509StorePtr = OpenSslPtr<X509_STORE, &X509_STORE_free>;
using X509StoreCtxPtr = OpenSslPtr<X509_STORE_CTX, &X509_STORE_CTX_free>;
using X509ExtensionPtr = OpenSslPtr<X509_EXTENSION, &X509_EXTENSION_free>;
using X509SigPtr = OpenSslPtr<X509_SIG, &X509_SIG_free>;
using X509AlgorPtr = OpenSslPtr<X509_ALGOR, &X509_ALGOR_free>;
using BignumPtr = OpenSslPtr<BIGNUM, &BN_free>;
using GeneralNamesPtr = OpenSslPtr<GENERAL_NAMES, &GENERAL_NAMES_free>;
using BasicConstraintsPtr = OpenSslPtr<BASIC_CONSTRAINTS, &BASIC_CONSTRAINTS_free>;

constexpr int kMaxCommonName = 64;       // X.520 upper bound
constexpr qsizetype kMaxCertificateDer = 16 * 1024;
constexpr qsizetype kMaxPemInput = 64 * 1024;

template <typename T>
CertificateResult<T> failure(CertificateError code, QString message)
{
    ERR_clear_error();
    return CertificateResult<T>::failure(code, std::move(message));
}

CertificateStatus statusFailure(CertificateError code, QString message)
{
    ERR_clear_error();
    return CertificateStatus::failure(code, std::move(message));
}

// ---- PEM framing ---------------------------------------------------------------------
// Parsed here rather than with PEM_read_bio_*, which skip arbitrary text around the block
// and accept several blocks: one file must mean one object.

std::optional<QByteArray> pemBody(QByteArrayView text, const QByteArray &label)
{
    if (text.size() > kMaxPemInput)
        return std::nullopt;
    const QByteArray begin = "-----BEGIN " + label + "-----";
    const QByteArray end = "-----END " + label + "-----";
    const QByteArray trimmed = text.toByteArray().trimmed();
    if (!trimmed.startsWith(begin) || !trimmed.endsWith(end) || trimmed.size() < begin.size() + end.size())
        return std::nullopt;
    QByteArray base64 = trimmed.mid(begin.size(), trimmed.size() - begin.size() - end.size());
    if (base64.contains("-----"))
        return std::nullopt; // a second block, or PEM headers we do not support
    base64 = base64.simplified().replace(' ', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

QByteArray pemEncode(const QByteArray &label, QByteArrayView der)
{
    QByteArray out = "-----BEGIN " + label + "-----\n";
    const QByteArray base64 = der.toByteArray().toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        out += base64.mid(i, 64) + '\n';
    out += "-----END " + label + "-----\n";
    return out;
}

// The same framing into wiped memory, for secrets.
SecureBytes pemEncodeSecret(const char *label, QByteArrayView der)
{
    const QByteArray begin = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray end = QByteArray("-----END ") + label + "-----\n";
    const qsizetype chunks = (der.size() + 47) / 48;
    SecureBytes out(static_cast<std::size_t>(begin.size() + end.size() + chunks * 66));
    unsigned char *cursor = out.data();
    std::memcpy(cursor, begin.data(), static_cast<std::size_t>(begin.size()));
    cursor += begin.size();
    for (qsizetype i = 0; i < der.size(); i += 48) {
        const int n = static_cast<int>(qMin<qsizetype>(48, der.size() - i));
        const int written = EVP_EncodeBlock(cursor, bytes(der) + i, n);
        cursor += written;
        *cursor++ = '\n';
    }
    std::memcpy(cursor, end.data(), static_cast<std::size_t>(end.size()));
    cursor += end.size();
    SecureBytes exact(out.data(), static_cast<std::size_t>(cursor - out.data()));
    return exact;
}

// ---- key conversions -----------------------------------------------------------------
// EcPrivateKey / EcPublicKey keep their EVP_PKEY private; their encodings are the
// interface, and re-parsing costs microseconds next to a signature.

PkeyPtr privatePkey(const EcPrivateKey &key)
{
    const SecureBytes der = key.pkcs8Der();
    if (der.isEmpty())
        return nullptr;
    const unsigned char *cursor = der.data();
    Pkcs8Ptr info(d2i_PKCS8_PRIV_KEY_INFO(nullptr, &cursor, static_cast<long>(der.size())));
    PkeyPtr pkey(info ? EVP_PKCS82PKEY(info.get()) : nullptr);
    ERR_clear_error();
    return pkey;
}

PkeyPtr publicPkey(const EcPublicKey &key)
{
    const QByteArray der = key.spkiDer();
    if (der.isEmpty())
        return nullptr;
    const unsigned char *cursor = bytes(der);
    PkeyPtr pkey(d2i_PUBKEY(nullptr, &cursor, static_cast<long>(der.size())));
    ERR_clear_error();
    return pkey;
}

// ---- names and times -----------------------------------------------------------------

QString nameEntry(const X509_NAME *name, int nid)
{
    if (!name)
        return {};
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0) {
        ERR_clear_error();
        return {};
    }
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return result;
}

QDateTime fromAsn1Time(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1) {
        ERR_clear_error();
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday), QTime(parts.tm_hour, parts.tm_min, parts.tm_sec),
                     Qt::UTC);
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, bytes(utf8), static_cast<int>(utf8.size()), -1, 0) == 1;
}

CertificateStatus checkName(const QString &value, bool required, const char *what)
{
    if (required && value.trimmed().isEmpty())
        return CertificateStatus::failure(CertificateError::InvalidRequest, QStringLiteral("The certificate needs a %1.").arg(QLatin1StringView(what)));
    if (value.size() > kMaxCommonName)
        return CertificateStatus::failure(CertificateError::InvalidRequest,
                                          QStringLiteral("The %1 is longer than %2 characters.").arg(QLatin1StringView(what)).arg(kMaxCommonName));
    return {};
}

CertificateStatus checkValidity(const QDateTime &notBefore, const QDateTime &notAfter)
{
    if (!notBefore.isValid() || !notAfter.isValid() || notAfter <= notBefore)
        return CertificateStatus::failure(CertificateError::InvalidRequest, QStringLiteral("The validity period must end after it starts."));
    return {};
}

// Fills version, random serial, names, validity and key of a certificate to be signed.
CertificateResult<X509Ptr> newCertificate(const X509_NAME *issuer, const QString &commonName, const QString &organization,
                                          const QDateTime &notBefore, const QDateTime &notAfter, EVP_PKEY *subjectKey)
{
    X509Ptr x(X509_new());
    if (!x || X509_set_version(x.get(), X509_VERSION_3) != 1)
        return failure<X509Ptr>(CertificateError::Internal, QStringLiteral("OpenSSL could not allocate a certificate."));
    // 128 random bits, positive, with a non-zero leading byte so the DER length is fixed.
    QByteArray serial = randomBytes(16);
    serial[0] = static_cast<char>((static_cast<unsigned char>(serial[0]) & 0x7f) | 0x40);
    BignumPtr bn(BN_bin2bn(bytes(serial), static_cast<int>(serial.size()), nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(x.get())))
        return failure<X509Ptr>(CertificateError::Internal, QStringLiteral("OpenSSL could not set the serial number."));
    X509_NAME *subject = X509_get_subject_name(x.get());
    if (!addNameEntry(subject, "CN", commonName) || !addNameEntry(subject, "O", organization))
        return failure<X509Ptr>(CertificateError::InvalidRequest, QStringLiteral("The certificate name could not be encoded."));
    if (X509_set_issuer_name(x.get(), issuer ? issuer : subject) != 1)
        return failure<X509Ptr>(CertificateError::Internal, QStringLiteral("OpenSSL could not set the issuer name."));
    if (!ASN1_TIME_set(X509_getm_notBefore(x.get()), static_cast<time_t>(notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(x.get()), static_cast<time_t>(notAfter.toSecsSinceEpoch())))
        return failure<X509Ptr>(CertificateError::InvalidRequest, QStringLiteral("The validity period cannot be encoded."));
    if (X509_set_pubkey(x.get(), subjectKey) != 1)
        return failure<X509Ptr>(CertificateError::Internal, QStringLiteral("OpenSSL could not set the subject key."));
    return x;
}

bool addExtension(X509 *subject, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, subject, nullptr, nullptr, 0);
    X509ExtensionPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(subject, ext.get(), -1) == 1;
}

CertificateResult<X509Certificate> wrap(X509Ptr x);

} // namespace

struct X509Certificate::Impl {
    X509Ptr cert;
    QByteArray der;
};

namespace {

CertificateResult<X509Certificate> wrap(X509Ptr x)
{
    const int length = i2d_X509(x.get(), nullptr);
    if (length <= 0)
        return failure<X509Certificate>(CertificateError::Internal, QStringLiteral("OpenSSL could not encode the certificate."));
    QByteArray der(length, Qt::Uninitialized);
    unsigned char *cursor = bytes(der);
    if (i2d_X509(x.get(), &cursor) != length)
        return failure<X509Certificate>(CertificateError::Internal, QStringLiteral("OpenSSL could not encode the certificate."));
    return X509Certificate::fromDer(der);
}

} // namespace

// ---- X509Certificate -----------------------------------------------------------------

X509Certificate::X509Certificate() = default;
X509Certificate::~X509Certificate() = default;
X509Certificate::X509Certificate(X509Certificate &&other) noexcept = default;
X509Certificate &X509Certificate::operator=(X509Certificate &&other) noexcept = default;

X509Certificate::X509Certificate(const X509Certificate &other)
{
    if (other.d) {
        X509_up_ref(other.d->cert.get());
        d = std::make_unique<Impl>(Impl{X509Ptr(other.d->cert.get()), other.d->der});
    }
}

X509Certificate &X509Certificate::operator=(const X509Certificate &other)
{
    if (this != &other)
        *this = X509Certificate(other);
    return *this;
}

CertificateResult<X509Certificate> X509Certificate::fromDer(QByteArrayView der)
{
    if (der.isEmpty() || der.size() > kMaxCertificateDer)
        return failure<X509Certificate>(CertificateError::Malformed, QStringLiteral("The certificate is empty or too large."));
    const unsigned char *cursor = bytes(der);
    X509Ptr x(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!x || cursor != bytes(der) + der.size())
        return failure<X509Certificate>(CertificateError::Malformed, QStringLiteral("The certificate is not one complete DER X.509 structure."));
    // OpenSSL parses extensions lazily; a certificate with broken extensions is refused now
    // rather than judged differently by later calls.
    if (X509_get_extension_flags(x.get()) & EXFLAG_INVALID)
        return failure<X509Certificate>(CertificateError::Malformed, QStringLiteral("The certificate's extensions are malformed."));
    ERR_clear_error();
    X509Certificate result;
    result.d = std::make_unique<Impl>(Impl{std::move(x), der.toByteArray()});
    return result;
}

CertificateResult<X509Certificate> X509Certificate::fromPem(QByteArrayView pem)
{
    const auto der = pemBody(pem, QByteArrayLiteral("CERTIFICATE"));
    if (!der)
        return failure<X509Certificate>(CertificateError::Malformed, QStringLiteral("The text is not exactly one PEM certificate."));
    return fromDer(*der);
}

bool X509Certificate::isNull() const
{
    return !d;
}

QByteArray X509Certificate::toDer() const
{
    return d ? d->der : QByteArray();
}

QByteArray X509Certificate::toPem() const
{
    return d ? pemEncode(QByteArrayLiteral("CERTIFICATE"), d->der) : QByteArray();
}

QByteArray X509Certificate::fingerprint() const
{
    return d ? sha256(d->der) : QByteArray();
}

QString X509Certificate::subjectCommonName() const
{
    return d ? nameEntry(X509_get_subject_name(d->cert.get()), NID_commonName) : QString();
}

QString X509Certificate::subjectOrganization() const
{
    return d ? nameEntry(X509_get_subject_name(d->cert.get()), NID_organizationName) : QString();
}

QString X509Certificate::issuerCommonName() const
{
    return d ? nameEntry(X509_get_issuer_name(d->cert.get()), NID_commonName) : QString();
}

QByteArray X509Certificate::serialNumber() const
{
    if (!d)
        return {};
    BignumPtr bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(d->cert.get()), nullptr));
    if (!bn)
        return {};
    QByteArray out(BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2bin(bn.get(), bytes(out));
    return out;
}

QDateTime X509Certificate::notBefore() const
{
    return d ? fromAsn1Time(X509_get0_notBefore(d->cert.get())) : QDateTime();
}

QDateTime X509Certificate::notAfter() const
{
    return d ? fromAsn1Time(X509_get0_notAfter(d->cert.get())) : QDateTime();
}

bool X509Certificate::isCa() const
{
    if (!d)
        return false;
    const uint32_t flags = X509_get_extension_flags(d->cert.get());
    return (flags & EXFLAG_BCONS) && (flags & EXFLAG_CA);
}

QStringList X509Certificate::dnsNames() const
{
    QStringList out;
    if (!d)
        return out;
    GeneralNamesPtr names(static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(d->cert.get(), NID_subject_alt_name, nullptr, nullptr)));
    for (int i = 0; names && i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_DNS)
            out.append(QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(name->d.dNSName)),
                                           ASN1_STRING_length(name->d.dNSName)));
    }
    ERR_clear_error();
    return out;
}

EcPublicKey X509Certificate::publicKey() const
{
    if (!d)
        return {};
    const X509_PUBKEY *spki = X509_get_X509_PUBKEY(d->cert.get());
    const int length = spki ? i2d_X509_PUBKEY(spki, nullptr) : 0;
    if (length <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    unsigned char *cursor = bytes(der);
    if (i2d_X509_PUBKEY(spki, &cursor) != length) {
        ERR_clear_error();
        return {};
    }
    auto key = EcPublicKey::fromSpkiDer(der);
    return key ? std::move(key).value() : EcPublicKey();
}

QByteArray X509Certificate::publicKeyId() const
{
    return publicKey().keyId();
}

// ---- issuing -------------------------------------------------------------------------

CertificateResult<X509Certificate> createRootCertificate(const EcPrivateKey &caKey, const RootCertificateRequest &request)
{
    if (auto s = checkName(request.commonName, true, "common name"); !s)
        return s.error();
    if (auto s = checkName(request.organization, false, "organization"); !s)
        return s.error();
    if (auto s = checkValidity(request.notBefore, request.notAfter); !s)
        return s.error();
    PkeyPtr key = privatePkey(caKey);
    if (!key)
        return failure<X509Certificate>(CertificateError::InvalidRequest, QStringLiteral("The CA key is empty."));
    auto made = newCertificate(nullptr, request.commonName, request.organization, request.notBefore, request.notAfter, key.get());
    if (!made)
        return made.error();
    X509 *x = made->get();
    if (!addExtension(x, x, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(x, x, NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(x, x, NID_subject_key_identifier, "hash"))
        return failure<X509Certificate>(CertificateError::Internal, QStringLiteral("OpenSSL could not add the CA extensions."));
    if (X509_sign(x, key.get(), EVP_sha256()) <= 0)
        return failure<X509Certificate>(CertificateError::Internal, QStringLiteral("OpenSSL could not sign the root certificate."));
    return wrap(std::move(made).value());
}

CertificateResult<X509Certificate> issueNodeCertificate(const X509Certificate &root, const EcPrivateKey &caKey, const EcPublicKey &nodeKey,
                                                        const NodeCertificateRequest &request)
{
    using R = CertificateResult<X509Certificate>;
    if (root.isNull() || !root.isCa())
        return failure<X509Certificate>(CertificateError::WrongPurpose, QStringLiteral("Node certificates are issued by a CA certificate."));
    if (nodeKey.isNull())
        return failure<X509Certificate>(CertificateError::InvalidRequest, QStringLiteral("The node key is empty."));
    if (auto s = checkName(request.commonName, true, "common name"); !s)
        return s.error();
    if (auto s = checkName(request.organization, false, "organization"); !s)
        return s.error();
    if (auto s = checkValidity(request.notBefore, request.notAfter); !s)
        return s.error();
    if (request.notAfter > root.notAfter())
        return failure<X509Certificate>(CertificateError::InvalidRequest, QStringLiteral("A node certificate may not outlive its root."));
    QStringList altNames;
    for (const QString &dns : request.dnsNames) {
        if (dns.isEmpty() || dns.contains(QLatin1Char(',')) || dns.contains(QLatin1Char(':')) || dns.size() > 253)
            return failure<X509Certificate>(CertificateError::InvalidRequest, QStringLiteral("Invalid DNS name in the request."));
        altNames.append(QStringLiteral("DNS:") + dns);
    }
    for (const QString &ip : request.ipAddresses) {
        const bool plausible = !ip.isEmpty() && ip.size() <= 45
            && std::all_of(ip.begin(), ip.end(), [](QChar c) { return c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(':') || (c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')); });
        if (!plausible)
            return failure<X509Certificate>(CertificateError::InvalidRequest, QStringLiteral("Invalid IP address in the request."));
        altNames.append(QStringLiteral("IP:") + ip);
    }

    PkeyPtr signer = privatePkey(caKey);
    X509 *rootX = root.impl()->cert.get();
    if (!signer || X509_check_private_key(rootX, signer.get()) != 1)
        return failure<X509Certificate>(CertificateError::InvalidRequest, QStringLiteral("The CA key does not belong to this root certificate."));
    PkeyPtr subjectKey = publicPkey(nodeKey);
    if (!subjectKey)
        return failure<X509Certificate>(CertificateError::InvalidRequest, QStringLiteral("The node key cannot be encoded."));
    auto made = newCertificate(X509_get_subject_name(rootX), request.commonName, request.organization, request.notBefore, request.notAfter,
                               subjectKey.get());
    if (!made)
        return made.error();
    X509 *x = made->get();
    bool ok = addExtension(x, rootX, NID_basic_constraints, "critical,CA:FALSE")
        && addExtension(x, rootX, NID_key_usage, "critical,digitalSignature")
        && addExtension(x, rootX, NID_ext_key_usage, "serverAuth,clientAuth")
        && addExtension(x, rootX, NID_subject_key_identifier, "hash")
        && addExtension(x, rootX, NID_authority_key_identifier, "keyid:always");
    if (ok && !altNames.isEmpty())
        ok = addExtension(x, rootX, NID_subject_alt_name, altNames.join(QLatin1Char(',')).toLatin1());
    if (!ok)
        return failure<X509Certificate>(CertificateError::Internal, QStringLiteral("OpenSSL could not add the node certificate extensions."));
    if (X509_sign(x, signer.get(), EVP_sha256()) <= 0)
        return failure<X509Certificate>(CertificateError::Internal, QStringLiteral("OpenSSL could not sign the node certificate."));
    R result = wrap(std::move(made).value());
    return result;
}

CertificateStatus verifyNodeCertificate(const X509Certificate &node, const X509Certificate &root, const QDateTime &at)
{
    if (node.isNull() || root.isNull())
        return statusFailure(CertificateError::Malformed, QStringLiteral("A certificate is missing."));
    if (!root.isCa())
        return statusFailure(CertificateError::WrongPurpose, QStringLiteral("The trust anchor is not a CA certificate."));
    if (node.isCa())
        return statusFailure(CertificateError::WrongPurpose, QStringLiteral("A CA certificate cannot identify a node."));
    if (node.publicKey().isNull())
        return statusFailure(CertificateError::WrongPurpose, QStringLiteral("The node certificate does not hold a P-256 key."));

    X509StorePtr store(X509_STORE_new());
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!store || !ctx || X509_STORE_add_cert(store.get(), root.impl()->cert.get()) != 1
        || X509_STORE_CTX_init(ctx.get(), store.get(), node.impl()->cert.get(), nullptr) != 1)
        return statusFailure(CertificateError::Internal, QStringLiteral("OpenSSL could not set up certificate verification."));
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(at.toSecsSinceEpoch()));
    X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_X509_STRICT);
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_CLIENT);
    if (X509_verify_cert(ctx.get()) != 1) {
        const int error = X509_STORE_CTX_get_error(ctx.get());
        const QString reason = QString::fromLatin1(X509_verify_cert_error_string(error));
        switch (error) {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            return statusFailure(CertificateError::Expired, QStringLiteral("The certificate has expired (%1).").arg(reason));
        case X509_V_ERR_CERT_NOT_YET_VALID:
            return statusFailure(CertificateError::NotYetValid, QStringLiteral("The certificate is not valid yet (%1).").arg(reason));
        case X509_V_ERR_INVALID_PURPOSE:
        case X509_V_ERR_INVALID_CA:
        case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
            return statusFailure(CertificateError::WrongPurpose, QStringLiteral("The certificate may not be used here (%1).").arg(reason));
        default:
            return statusFailure(CertificateError::UntrustedIssuer,
                                 QStringLiteral("The certificate was not issued by the consortium's root (%1).").arg(reason));
        }
    }
    // The chain check ran for the client role; a node also serves.
    if (X509_check_purpose(node.impl()->cert.get(), X509_PURPOSE_SSL_SERVER, 0) != 1)
        return statusFailure(CertificateError::WrongPurpose, QStringLiteral("The certificate may not be used by a TLS server."));
    ERR_clear_error();
    return {};
}

// ---- encrypted keys ------------------------------------------------------------------

CertificateResult<QByteArray> encryptPrivateKeyPem(const EcPrivateKey &key, QByteArrayView passphraseUtf8, KeyEncryptionCost cost)
{
    if (passphraseUtf8.isEmpty() || !fitsInt(passphraseUtf8.size()))
        return failure<QByteArray>(CertificateError::InvalidRequest, QStringLiteral("The passphrase must not be empty."));
    PkeyPtr pkey = privatePkey(key);
    Pkcs8Ptr info(pkey ? EVP_PKEY2PKCS8(pkey.get()) : nullptr);
    if (!info)
        return failure<QByteArray>(CertificateError::InvalidRequest, QStringLiteral("The key is empty."));
    QByteArray salt = randomBytes(16);
    X509AlgorPtr pbe(PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), bytes(salt), static_cast<int>(salt.size()), nullptr, cost.n, cost.r, cost.p));
    if (!pbe)
        return failure<QByteArray>(CertificateError::InvalidRequest, QStringLiteral("The scrypt parameters are not accepted."));
    X509SigPtr sig(PKCS8_set0_pbe(passphraseUtf8.data(), static_cast<int>(passphraseUtf8.size()), info.get(), pbe.get()));
    if (!sig)
        return failure<QByteArray>(CertificateError::Internal, QStringLiteral("OpenSSL could not encrypt the key."));
    (void)pbe.release(); // owned by sig now
    const int length = i2d_X509_SIG(sig.get(), nullptr);
    if (length <= 0)
        return failure<QByteArray>(CertificateError::Internal, QStringLiteral("OpenSSL could not encode the encrypted key."));
    QByteArray der(length, Qt::Uninitialized);
    unsigned char *cursor = bytes(der);
    if (i2d_X509_SIG(sig.get(), &cursor) != length)
        return failure<QByteArray>(CertificateError::Internal, QStringLiteral("OpenSSL could not encode the encrypted key."));
    return pemEncode(QByteArrayLiteral("ENCRYPTED PRIVATE KEY"), der);
}

CertificateResult<EcPrivateKey> decryptPrivateKeyPem(QByteArrayView pem, QByteArrayView passphraseUtf8)
{
    const auto der = pemBody(pem, QByteArrayLiteral("ENCRYPTED PRIVATE KEY"));
    if (!der)
        return failure<EcPrivateKey>(CertificateError::Malformed, QStringLiteral("The text is not exactly one encrypted PEM private key."));
    const unsigned char *cursor = bytes(*der);
    X509SigPtr sig(d2i_X509_SIG(nullptr, &cursor, static_cast<long>(der->size())));
    if (!sig || cursor != bytes(*der) + der->size())
        return failure<EcPrivateKey>(CertificateError::Malformed, QStringLiteral("The encrypted private key is damaged."));
    if (!fitsInt(passphraseUtf8.size()))
        return failure<EcPrivateKey>(CertificateError::WrongPassphrase, QStringLiteral("The passphrase does not open this key."));
    Pkcs8Ptr info(PKCS8_decrypt(sig.get(), passphraseUtf8.data(), static_cast<int>(passphraseUtf8.size())));
    if (!info)
        return failure<EcPrivateKey>(CertificateError::WrongPassphrase, QStringLiteral("The passphrase does not open this key."));
    const int length = i2d_PKCS8_PRIV_KEY_INFO(info.get(), nullptr);
    if (length <= 0)
        return failure<EcPrivateKey>(CertificateError::WrongPassphrase, QStringLiteral("The passphrase does not open this key."));
    SecureBytes plain(static_cast<std::size_t>(length));
    unsigned char *out = plain.data();
    if (i2d_PKCS8_PRIV_KEY_INFO(info.get(), &out) != length)
        return failure<EcPrivateKey>(CertificateError::Internal, QStringLiteral("OpenSSL could not encode the key."));
    auto key = EcPrivateKey::fromPkcs8Der(plain.view());
    if (!key)
        return failure<EcPrivateKey>(CertificateError::InvalidRequest, key.message());
    ERR_clear_error();
    return std::move(key).value();
}

SecureBytes privateKeyPem(const EcPrivateKey &key)
{
    const SecureBytes der = key.pkcs8Der();
    if (der.isEmpty())
        return {};
    return pemEncodeSecret("PRIVATE KEY", der.view());
}

} // namespace careledger::core
