#pragma once

// RFC 6962 / RFC 9162 Merkle tree hashing over SHA-256, the same tree Certificate
// Transparency uses, so inclusion proofs can be checked with existing tooling.

#include "LedgerError.h"

#include <QByteArray>
#include <QList>

namespace careledger::ledger {

QByteArray merkleLeafHash(QByteArrayView leafData);                    // SHA-256(0x00 || data)
QByteArray merkleNodeHash(QByteArrayView left, QByteArrayView right);  // SHA-256(0x01 || l || r)
QByteArray merkleRoot(const QList<QByteArray> &leaves);                // empty tree: SHA-256("")

// Audit path of one leaf; encoded as CBOR {1: index, 2: tree size, 3: [hash, ...]}.
struct InclusionProof {
    quint64 index = 0;
    quint64 treeSize = 0;
    QList<QByteArray> path; // sibling hashes, leaf level first

    QByteArray encode() const;
    static LedgerResult<InclusionProof> decode(QByteArrayView bytes);
    bool operator==(const InclusionProof &) const = default;
};

LedgerResult<InclusionProof> merkleInclusionProof(const QList<QByteArray> &leaves, quint64 index);
// True when leafData sits at proof.index of a tree of proof.treeSize leaves with this root.
bool verifyInclusion(QByteArrayView leafData, const InclusionProof &proof, QByteArrayView root);

} // namespace careledger::ledger
