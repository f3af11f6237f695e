#include "Mempool.h"

#include "Try.h"

#include <queue>

namespace careledger::ledger {

LedgerResult<QByteArray> Mempool::add(const Transaction &tx, StateView &state, quint64 nowMs)
{
    using R = LedgerResult<QByteArray>;
    const QByteArray encoded = tx.encode();
    const QByteArray id = tx.id();
    if (m_byId.contains(id))
        return R::failure(LedgerError::Duplicate, QStringLiteral("%1 is already waiting").arg(describeTx(id)));
    LEDGER_CHECK(checkTransactionForPool(tx, state, nowMs));
    auto &queue = m_bySigner[tx.signerKeyId];
    if (queue.count(tx.sequence))
        return R::failure(LedgerError::Duplicate, QStringLiteral("%1: another transaction with sequence %2 of this signer is already waiting")
                                                      .arg(describeTx(id))
                                                      .arg(tx.sequence));
    if (m_byId.size() >= m_limits.maxCount)
        return R::failure(LedgerError::MempoolFull, QStringLiteral("the mempool holds its maximum of %1 transactions; try again later").arg(m_limits.maxCount));
    if (m_bytes + encoded.size() > m_limits.maxBytes)
        return R::failure(LedgerError::MempoolFull, QStringLiteral("the mempool holds its maximum of %1 bytes; try again later").arg(m_limits.maxBytes));
    queue.emplace(tx.sequence, Entry{tx, id, encoded.size()});
    m_byId.insert(id, {tx.signerKeyId, tx.sequence});
    m_bytes += encoded.size();
    return id;
}

LedgerResult<QList<Transaction>> Mempool::ready(StateView &state, qsizetype maxCount, qsizetype maxBytes) const
{
    struct Head {
        quint64 timestamp;
        QByteArray id;
        const std::map<quint64, Entry> *queue;
        std::map<quint64, Entry>::const_iterator it;
        bool operator>(const Head &o) const { return timestamp != o.timestamp ? timestamp > o.timestamp : id > o.id; }
    };
    std::priority_queue<Head, std::vector<Head>, std::greater<>> heads;
    for (const auto &[signer, queue] : m_bySigner) {
        LEDGER_TRY(last, state.lastSequence(signer));
        auto it = queue.find(last + 1);
        if (it != queue.end())
            heads.push({it->second.tx.timestampMs, it->second.id, &queue, it});
    }
    QList<Transaction> out;
    qsizetype bytes = 0;
    while (!heads.empty() && out.size() < maxCount) {
        Head h = heads.top();
        heads.pop();
        if (bytes + h.it->second.size > maxBytes)
            continue; // this signer's run stops here; others may still fit
        bytes += h.it->second.size;
        out.append(h.it->second.tx);
        const quint64 nextSeq = h.it->first + 1;
        auto next = std::next(h.it);
        if (next != h.queue->end() && next->first == nextSeq)
            heads.push({next->second.tx.timestampMs, next->second.id, h.queue, next});
    }
    return out;
}

void Mempool::remove(const QByteArray &txId)
{
    auto found = m_byId.constFind(txId);
    if (found == m_byId.constEnd())
        return;
    const auto [signer, sequence] = *found;
    auto queue = m_bySigner.find(signer);
    if (queue != m_bySigner.end()) {
        auto e = queue->second.find(sequence);
        if (e != queue->second.end()) {
            m_bytes -= e->second.size;
            queue->second.erase(e);
        }
        if (queue->second.empty())
            m_bySigner.erase(queue);
    }
    m_byId.remove(txId);
}

std::optional<Transaction> Mempool::find(const QByteArray &txId) const
{
    auto found = m_byId.constFind(txId);
    if (found == m_byId.constEnd())
        return std::nullopt;
    auto queue = m_bySigner.find(found->first);
    if (queue == m_bySigner.end())
        return std::nullopt;
    auto e = queue->second.find(found->second);
    if (e == queue->second.end())
        return std::nullopt;
    return e->second.tx;
}

QList<QByteArray> Mempool::ids() const
{
    QList<QByteArray> out;
    out.reserve(m_byId.size());
    for (const auto &[signer, queue] : m_bySigner)
        for (const auto &[seq, entry] : queue)
            out.append(entry.id);
    return out;
}

void Mempool::removeConfirmed(const QList<Transaction> &txs)
{
    for (const auto &tx : txs)
        remove(tx.id());
}

LedgerStatus Mempool::prune(StateView &state)
{
    QList<QByteArray> stale;
    for (const auto &[signer, queue] : m_bySigner) {
        LEDGER_TRY(last, state.lastSequence(signer));
        for (const auto &[seq, entry] : queue) {
            if (seq > last)
                break;
            stale.append(entry.id);
        }
    }
    for (const auto &id : stale)
        remove(id);
    return {};
}

void Mempool::reinsert(const QList<Transaction> &txs, StateView &state, quint64 nowMs)
{
    for (const auto &tx : txs)
        (void)add(tx, state, nowMs);
}

} // namespace careledger::ledger
