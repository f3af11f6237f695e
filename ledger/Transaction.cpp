#include "Transaction.h"

#include "Cbor.h"
#include "crypto/Crypto.h"

namespace careledger::ledger {

namespace {

// bodySize, when given, receives the size of the body's encoding.
void encodeFields(cbor::Writer &w, const Transaction &tx, bool withSignature, qsizetype *bodySize = nullptr)
{
    w.map(withSignature ? 8 : 7);
    w.uint(1);
    w.uint(tx.version);
    w.uint(2);
    w.uint(static_cast<quint64>(tx.type()));
    w.uint(3);
    w.bytes(tx.chainId);
    w.uint(4);
    w.bytes(tx.signerKeyId);
    w.uint(5);
    w.uint(tx.sequence);
    w.uint(6);
    w.uint(tx.timestampMs);
    w.uint(7);
    const qsizetype bodyStart = w.data().size();
    encodeBody(w, tx.body);
    if (bodySize)
        *bodySize = w.data().size() - bodyStart;
    if (withSignature) {
        w.uint(8);
        w.bytes(tx.signature);
    }
}

} // namespace

QByteArray Transaction::unsignedEncoding() const
{
    cbor::Writer w;
    encodeFields(w, *this, false);
    return w.take();
}

QByteArray Transaction::signingInput() const
{
    cbor::Writer w; // one buffer: no second copy to prepend the domain
    w.raw(QByteArrayView(kTxSigningDomain, qsizetype(sizeof kTxSigningDomain) - 1));
    encodeFields(w, *this, false);
    return w.take();
}

QByteArray Transaction::encode() const
{
    cbor::Writer w;
    encodeFields(w, *this, true);
    return w.take();
}

QByteArray Transaction::id() const
{
    return core::sha256(encode());
}

LedgerStatus Transaction::sign(const core::EcPrivateKey &key)
{
    signerKeyId = key.publicKey().keyId();
    auto sig = key.sign(signingInput());
    if (!sig)
        return LedgerStatus::failure(LedgerError::BadSignature, QStringLiteral("signing the transaction failed: %1").arg(sig.message()));
    signature = sig.value();
    return {};
}

bool Transaction::verifySignature(const core::EcPublicKey &key) const
{
    return key.keyId() == signerKeyId && key.verify(signingInput(), signature);
}

LedgerStatus Transaction::checkWellFormed() const
{
    if (version != kTxVersion)
        return LedgerStatus::failure(LedgerError::Malformed, QStringLiteral("unsupported transaction version %1").arg(version));
    if (chainId.size() != kChainIdSize)
        return LedgerStatus::failure(LedgerError::Malformed, QStringLiteral("chain id must be %1 bytes").arg(kChainIdSize));
    if (signerKeyId.size() != kKeyIdSize)
        return LedgerStatus::failure(LedgerError::Malformed, QStringLiteral("signer key id must be %1 bytes").arg(kKeyIdSize));
    if (signature.isEmpty() || signature.size() > kMaxSignatureSize)
        return LedgerStatus::failure(LedgerError::Malformed, QStringLiteral("transaction signature is missing or oversized"));
    cbor::Writer w; // the body's size and the whole size from one encoding
    qsizetype bodySize = 0;
    encodeFields(w, *this, true, &bodySize);
    if (bodySize > kMaxBodySize)
        return LedgerStatus::failure(LedgerError::TooLarge,
                                     QStringLiteral("%1 body is %2 bytes (at most %3)").arg(txTypeName(type())).arg(bodySize).arg(kMaxBodySize));
    if (w.data().size() > kMaxTxSize)
        return LedgerStatus::failure(LedgerError::TooLarge, QStringLiteral("transaction exceeds %1 bytes").arg(kMaxTxSize));
    return validateBody(body);
}

LedgerResult<Transaction> Transaction::decode(QByteArrayView bytes)
{
    if (bytes.size() > kMaxTxSize)
        return LedgerResult<Transaction>::failure(LedgerError::TooLarge,
                                                  QStringLiteral("transaction is %1 bytes (at most %2)").arg(bytes.size()).arg(kMaxTxSize));
    auto decoded = cbor::decodeGuarded<Transaction>([&]() -> LedgerResult<Transaction> {
        cbor::Reader r(bytes);
        cbor::MapReader m(r, "transaction", 8);
        Transaction tx;
        m.key(1);
        tx.version = r.uint("transaction version");
        if (tx.version != kTxVersion)
            r.fail(QStringLiteral("unsupported transaction version %1").arg(tx.version));
        m.key(2);
        const quint64 type = r.uint("transaction type");
        if (!isKnownTxType(type))
            r.fail(QStringLiteral("unknown transaction type %1").arg(type));
        m.key(3);
        tx.chainId = r.bytes("chain id", kChainIdSize, kChainIdSize);
        m.key(4);
        tx.signerKeyId = r.bytes("signer key id", kKeyIdSize, kKeyIdSize);
        m.key(5);
        tx.sequence = r.uint("sequence");
        m.key(6);
        tx.timestampMs = r.uint("timestamp");
        m.key(7);
        const qsizetype bodyStart = r.position();
        tx.body = decodeBody(static_cast<TxType>(type), r);
        if (r.position() - bodyStart > kMaxBodySize)
            r.fail(QStringLiteral("transaction body exceeds %1 bytes").arg(kMaxBodySize), LedgerError::TooLarge);
        m.key(8);
        tx.signature = r.bytes("signature", 1, kMaxSignatureSize);
        m.finish();
        r.expectEnd("transaction");
        return tx;
    });
    if (!decoded)
        return decoded;
    if (decoded->encode() != bytes)
        return LedgerResult<Transaction>::failure(LedgerError::NonCanonical, QStringLiteral("transaction is not canonically encoded"));
    if (auto s = validateBody(decoded->body); !s)
        return s.error();
    return decoded;
}

} // namespace careledger::ledger
