#include "Block.h"

#include "Cbor.h"
#include "Merkle.h"
#include "crypto/Crypto.h"

namespace careledger::ledger {

namespace {

void encodeHeader(cbor::Writer &w, const BlockHeader &h, bool withSignature)
{
    w.map(withSignature ? 9 : 8);
    w.uint(1);
    w.uint(h.version);
    w.uint(2);
    w.uint(h.height);
    w.uint(3);
    w.bytes(h.previousHash);
    w.uint(4);
    w.bytes(h.merkleRoot);
    w.uint(5);
    w.uint(h.txCount);
    w.uint(6);
    w.uint(h.timestampMs);
    w.uint(7);
    w.bytes(h.producerKeyId);
    w.uint(8);
    w.map(h.consensus.powNonce ? 3 : 2);
    w.uint(1);
    w.boolean(h.consensus.inTurn);
    w.uint(2);
    w.uint(h.consensus.weight);
    if (h.consensus.powNonce) {
        w.uint(3);
        w.uint(*h.consensus.powNonce);
    }
    if (withSignature) {
        w.uint(9);
        w.bytes(h.signature);
    }
}

} // namespace

QByteArray BlockHeader::unsignedEncoding() const
{
    cbor::Writer w;
    encodeHeader(w, *this, false);
    return w.take();
}

QByteArray BlockHeader::signingInput() const
{
    return QByteArray(kBlockSigningDomain) + unsignedEncoding();
}

QByteArray BlockHeader::encode() const
{
    cbor::Writer w;
    encodeHeader(w, *this, true);
    return w.take();
}

QByteArray BlockHeader::hash() const
{
    return core::sha256(encode());
}

QByteArray BlockHeader::powHash() const
{
    return core::sha256(signingInput());
}

LedgerStatus BlockHeader::sign(const core::EcPrivateKey &key)
{
    producerKeyId = key.publicKey().keyId();
    auto sig = key.sign(signingInput());
    if (!sig)
        return LedgerStatus::failure(LedgerError::BadSignature, QStringLiteral("sealing block %1 failed: %2").arg(height).arg(sig.message()));
    signature = sig.value();
    return {};
}

bool BlockHeader::verifySignature(const core::EcPublicKey &key) const
{
    return key.keyId() == producerKeyId && key.verify(signingInput(), signature);
}

LedgerResult<BlockHeader> BlockHeader::decode(QByteArrayView bytes)
{
    if (bytes.size() > kMaxHeaderSize)
        return LedgerResult<BlockHeader>::failure(LedgerError::TooLarge, QStringLiteral("block header exceeds %1 bytes").arg(kMaxHeaderSize));
    auto decoded = cbor::decodeGuarded<BlockHeader>([&]() -> LedgerResult<BlockHeader> {
        cbor::Reader r(bytes);
        cbor::MapReader m(r, "block header", 9);
        BlockHeader h;
        m.key(1);
        h.version = r.uint("block version");
        if (h.version != kBlockVersion)
            r.fail(QStringLiteral("unsupported block version %1").arg(h.version));
        m.key(2);
        h.height = r.uint("height");
        m.key(3);
        h.previousHash = r.bytes("previous hash", kHashSize, kHashSize);
        m.key(4);
        h.merkleRoot = r.bytes("Merkle root", kHashSize, kHashSize);
        m.key(5);
        h.txCount = r.uint("transaction count");
        m.key(6);
        h.timestampMs = r.uint("block timestamp");
        m.key(7);
        h.producerKeyId = r.bytes("producer key id", kKeyIdSize, kKeyIdSize);
        m.key(8);
        {
            cbor::MapReader c(r, "consensus data", 3);
            c.key(1);
            h.consensus.inTurn = r.boolean("in-turn flag");
            c.key(2);
            h.consensus.weight = r.uint("weight");
            if (c.optionalKey(3))
                h.consensus.powNonce = r.uint("proof-of-work nonce");
            c.finish();
        }
        m.key(9);
        h.signature = r.bytes("producer signature", 1, kMaxSignatureSize);
        m.finish();
        r.expectEnd("block header");
        return h;
    });
    if (decoded && decoded->encode() != bytes)
        return LedgerResult<BlockHeader>::failure(LedgerError::NonCanonical, QStringLiteral("block header is not canonically encoded"));
    return decoded;
}

QList<QByteArray> Block::txIds() const
{
    QList<QByteArray> ids;
    ids.reserve(transactions.size());
    for (const auto &tx : transactions)
        ids.append(tx.id());
    return ids;
}

QByteArray Block::computeMerkleRoot() const
{
    return merkleRoot(txIds());
}

QByteArray Block::encodeBody() const
{
    cbor::Writer w;
    w.array(static_cast<quint64>(transactions.size()));
    for (const auto &tx : transactions)
        w.bytes(tx.encode());
    return w.take();
}

LedgerResult<QList<Transaction>> Block::decodeBody(QByteArrayView bytes)
{
    using R = LedgerResult<QList<Transaction>>;
    if (bytes.size() > kHardMaxBodySize)
        return R::failure(LedgerError::TooLarge, QStringLiteral("block body exceeds %1 bytes").arg(kHardMaxBodySize));
    QList<QByteArray> encodings;
    auto outer = cbor::decodeGuarded<bool>([&]() -> LedgerResult<bool> {
        cbor::Reader r(bytes);
        const quint64 n = r.array("block body", static_cast<quint64>(kHardMaxBodySize));
        for (quint64 i = 0; i < n; ++i)
            encodings.append(r.bytes("transaction", 1, kMaxTxSize));
        r.expectEnd("block body");
        return true;
    });
    if (!outer)
        return outer.error();
    QList<Transaction> txs;
    txs.reserve(encodings.size());
    for (qsizetype i = 0; i < encodings.size(); ++i) {
        auto tx = Transaction::decode(encodings[i]);
        if (!tx)
            return R::failure(tx.code(), QStringLiteral("transaction at position %1: %2").arg(i).arg(tx.message()));
        txs.append(std::move(tx).value());
    }
    return txs;
}

} // namespace careledger::ledger
