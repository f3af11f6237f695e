// scrypt (RFC 7914) and the parameter record stored next to each password-derived secret.

#include "crypto/Crypto.h"
#include "crypto/OpenSslHandles.h"

#include <QStringList>

namespace careledger::core {

using namespace detail;

namespace {

constexpr quint64 kMaxScryptMemory = quint64(1) << 30;
constexpr quint64 kMinPolicyN = quint64(1) << 10;
constexpr quint64 kMaxPolicyN = quint64(1) << 22;
constexpr quint32 kMaxPolicyRP = 64;
constexpr qsizetype kMinSaltSize = 16;
constexpr qsizetype kFreshSaltSize = 16;

bool isPowerOfTwo(quint64 value)
{
    return value >= 2 && (value & (value - 1)) == 0;
}

// Exactly the bound OpenSSL checks (p*128*r for B plus 128*r*(N+2) for V). Its default limit
// is 32 MiB, which N=2^15, r=8 already exceeds, so the real need is passed explicitly.
// Returns 0 when it would exceed kMaxScryptMemory.
quint64 scryptMemoryNeeded(quint64 n, quint32 r, quint32 p)
{
    if (n > kMaxScryptMemory)
        return 0;
    const quint64 perR = 128 * (n + 2 + p); // cannot overflow: every term is below 2^33
    if (perR > kMaxScryptMemory / r)
        return 0;
    return perR * r;
}

// Non-empty ASCII digits only: QString's number parsing tolerates signs and whitespace, and a
// stored record must have exactly one spelling.
std::optional<quint64> parseDecimal(const QString &text)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

std::optional<QString> policyViolation(const PasswordKdfParams &params)
{
    if (!isPowerOfTwo(params.n) || params.n < kMinPolicyN || params.n > kMaxPolicyN)
        return QStringLiteral("The scrypt cost N must be a power of two between 2^10 and 2^22.");
    if (params.r < 1 || params.r > kMaxPolicyRP)
        return QStringLiteral("The scrypt block size r must be between 1 and 64.");
    if (params.p < 1 || params.p > kMaxPolicyRP)
        return QStringLiteral("The scrypt parallelism p must be between 1 and 64.");
    if (params.salt.size() < kMinSaltSize)
        return QStringLiteral("The scrypt salt must be at least 16 bytes.");
    return std::nullopt;
}

} // namespace

CryptoResult<SecureBytes> scrypt(QByteArrayView password, QByteArrayView salt, quint64 n, quint32 r, quint32 p, qsizetype length)
{
    if (!isPowerOfTwo(n) || r < 1 || p < 1)
        return fail<SecureBytes>(CryptoError::InvalidInput, QStringLiteral("scrypt needs N a power of two above 1, r >= 1 and p >= 1."));
    if (length < 1)
        return fail<SecureBytes>(CryptoError::InvalidInput, QStringLiteral("scrypt output length must be at least 1 byte."));
    const quint64 memory = scryptMemoryNeeded(n, r, p);
    if (memory == 0)
        return fail<SecureBytes>(CryptoError::InvalidInput, QStringLiteral("These scrypt parameters would need more than 1 GiB of memory."));

    // Empty views may have a null data pointer, which OpenSSL reads as the empty string.
    const char *pass = password.isEmpty() ? "" : password.data();
    const unsigned char *saltBytes = salt.isEmpty() ? bytes(QByteArrayView("")) : bytes(salt);
    SecureBytes key(static_cast<std::size_t>(length));
    if (EVP_PBE_scrypt(pass, static_cast<size_t>(password.size()), saltBytes, static_cast<size_t>(salt.size()), n, r, p, memory,
                       key.data(), key.size())
        != 1)
        return fail<SecureBytes>(CryptoError::InvalidInput, QStringLiteral("OpenSSL rejected the scrypt parameters."));
    return key;
}

CryptoResult<SecureBytes> derivePasswordKey(QByteArrayView passwordUtf8, const PasswordKdfParams &params, qsizetype length)
{
    if (auto violation = policyViolation(params))
        return fail<SecureBytes>(CryptoError::InvalidInput, *violation);
    return scrypt(passwordUtf8, params.salt, params.n, params.r, params.p, length);
}

PasswordKdfParams PasswordKdfParams::withFreshSalt(quint64 n, quint32 r, quint32 p)
{
    PasswordKdfParams params;
    params.n = n;
    params.r = r;
    params.p = p;
    params.salt = randomBytes(kFreshSaltSize);
    return params;
}

QString PasswordKdfParams::toString() const
{
    return QStringLiteral("scrypt$%1$%2$%3$%4").arg(n).arg(r).arg(p).arg(QString::fromLatin1(salt.toBase64()));
}

CryptoResult<PasswordKdfParams> PasswordKdfParams::fromString(const QString &text)
{
    auto malformed = [] {
        return fail<PasswordKdfParams>(CryptoError::InvalidInput, QStringLiteral("The password key parameters are malformed."));
    };
    const QStringList parts = text.split(QLatin1Char('$'));
    if (parts.size() != 5 || parts[0] != QLatin1String("scrypt"))
        return malformed();
    const auto n = parseDecimal(parts[1]);
    const auto r = parseDecimal(parts[2]);
    const auto p = parseDecimal(parts[3]);
    if (!n || !r || !p || *n == 0 || *r == 0 || *p == 0 || *r > 0xffffffffu || *p > 0xffffffffu)
        return malformed();
    const auto decoded = QByteArray::fromBase64Encoding(parts[4].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.toBase64() != parts[4].toLatin1())
        return malformed();

    PasswordKdfParams params;
    params.n = *n;
    params.r = static_cast<quint32>(*r);
    params.p = static_cast<quint32>(*p);
    params.salt = decoded.decoded;
    return params;
}

} // namespace careledger::core
