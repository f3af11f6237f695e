#include "Merkle.h"

#include "Cbor.h"
#include "crypto/Crypto.h"

namespace careledger::ledger {

namespace {

constexpr quint64 kMaxProofDepth = 64;

quint64 splitPoint(quint64 n) // largest power of two strictly below n (n >= 2)
{
    quint64 k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

// Leaf and node hashes of one tree through a single reusable digest context, instead of a
// new context for every hash.
class TreeHasher {
public:
    QByteArray leaf(QByteArrayView data)
    {
        m_h.add(QByteArrayView("\x00", 1));
        m_h.add(data);
        return m_h.finish();
    }
    QByteArray node(QByteArrayView left, QByteArrayView right)
    {
        m_h.add(QByteArrayView("\x01", 1));
        m_h.add(left);
        m_h.add(right);
        return m_h.finish();
    }

private:
    core::Sha256 m_h;
};

QByteArray subtreeRoot(TreeHasher &hasher, const QList<QByteArray> &leafHashes, quint64 begin, quint64 end)
{
    const quint64 n = end - begin;
    if (n == 1)
        return leafHashes[static_cast<qsizetype>(begin)];
    const quint64 k = splitPoint(n);
    return hasher.node(subtreeRoot(hasher, leafHashes, begin, begin + k), subtreeRoot(hasher, leafHashes, begin + k, end));
}

void auditPath(TreeHasher &hasher, const QList<QByteArray> &leafHashes, quint64 m, quint64 begin, quint64 end, QList<QByteArray> &out)
{
    const quint64 n = end - begin;
    if (n <= 1)
        return;
    const quint64 k = splitPoint(n);
    if (m < k) {
        auditPath(hasher, leafHashes, m, begin, begin + k, out);
        out.append(subtreeRoot(hasher, leafHashes, begin + k, end));
    } else {
        auditPath(hasher, leafHashes, m - k, begin + k, end, out);
        out.append(subtreeRoot(hasher, leafHashes, begin, begin + k));
    }
}

QList<QByteArray> hashLeaves(TreeHasher &hasher, const QList<QByteArray> &leaves)
{
    QList<QByteArray> hashes;
    hashes.reserve(leaves.size());
    for (const auto &leaf : leaves)
        hashes.append(hasher.leaf(leaf));
    return hashes;
}

} // namespace

QByteArray merkleLeafHash(QByteArrayView leafData)
{
    core::Sha256 h;
    h.add(QByteArrayView("\x00", 1));
    h.add(leafData);
    return h.finish();
}

QByteArray merkleNodeHash(QByteArrayView left, QByteArrayView right)
{
    core::Sha256 h;
    h.add(QByteArrayView("\x01", 1));
    h.add(left);
    h.add(right);
    return h.finish();
}

QByteArray merkleRoot(const QList<QByteArray> &leaves)
{
    if (leaves.isEmpty())
        return core::sha256(QByteArrayView());
    TreeHasher hasher;
    const QList<QByteArray> leafHashes = hashLeaves(hasher, leaves);
    return subtreeRoot(hasher, leafHashes, 0, static_cast<quint64>(leaves.size()));
}

LedgerResult<InclusionProof> merkleInclusionProof(const QList<QByteArray> &leaves, quint64 index)
{
    if (index >= static_cast<quint64>(leaves.size()))
        return LedgerResult<InclusionProof>::failure(LedgerError::NotFound,
                                                     QStringLiteral("leaf %1 is outside a tree of %2 leaves").arg(index).arg(leaves.size()));
    InclusionProof proof;
    proof.index = index;
    proof.treeSize = static_cast<quint64>(leaves.size());
    TreeHasher hasher;
    const QList<QByteArray> leafHashes = hashLeaves(hasher, leaves);
    auditPath(hasher, leafHashes, index, 0, proof.treeSize, proof.path);
    return proof;
}

bool verifyInclusion(QByteArrayView leafData, const InclusionProof &proof, QByteArrayView root)
{
    // RFC 9162 section 2.1.3.2.
    if (proof.index >= proof.treeSize)
        return false;
    quint64 fn = proof.index;
    quint64 sn = proof.treeSize - 1;
    QByteArray r = merkleLeafHash(leafData);
    for (const auto &p : proof.path) {
        if (sn == 0 || p.size() != 32)
            return false;
        if ((fn & 1) || fn == sn) {
            r = merkleNodeHash(p, r);
            if (!(fn & 1)) {
                while (!(fn & 1) && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
        } else {
            r = merkleNodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && r == root;
}

QByteArray InclusionProof::encode() const
{
    cbor::Writer w;
    w.map(3);
    w.uint(1);
    w.uint(index);
    w.uint(2);
    w.uint(treeSize);
    w.uint(3);
    w.array(static_cast<quint64>(path.size()));
    for (const auto &p : path)
        w.bytes(p);
    return w.take();
}

LedgerResult<InclusionProof> InclusionProof::decode(QByteArrayView bytes)
{
    return cbor::decodeGuarded<InclusionProof>([&]() -> LedgerResult<InclusionProof> {
        cbor::Reader r(bytes);
        cbor::MapReader m(r, "inclusion proof", 3);
        InclusionProof p;
        m.key(1);
        p.index = r.uint("proof index");
        m.key(2);
        p.treeSize = r.uint("proof tree size");
        m.key(3);
        const quint64 n = r.array("proof path", kMaxProofDepth);
        for (quint64 i = 0; i < n; ++i)
            p.path.append(r.bytes("proof hash", 32, 32));
        m.finish();
        r.expectEnd("inclusion proof");
        return p;
    });
}

} // namespace careledger::ledger
