#pragma once

// Blocks that peers' headers named and this node does not store yet: which peers can
// supply each one, which peer was asked, and which to ask a peer for next (lowest height
// first). Bookkeeping only; PeerNode sends the requests.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

#include <set>
#include <utility>

namespace careledger::ledger::net {

class BlockDownloads {
public:
    bool contains(const QByteArray &hash) const { return m_wanted.contains(hash); }
    qsizetype size() const { return m_wanted.size(); }
    bool hasUnassigned() const { return !m_unassigned.empty(); }
    quint64 highest() const { return m_highest; } // high-water mark while the queue is not empty

    // Queues the block (if new) and records that `peer` can supply it.
    void add(const QByteArray &hash, quint64 height, int peer);
    // The block arrived (valid or not): nobody needs to be asked for it again.
    void arrived(const QByteArray &hash);
    // Up to `max` unassigned blocks `peer` can supply, lowest height first, now assigned to it.
    QList<QByteArray> assign(int peer, int max);
    // `peer` will not deliver the block: back to the queue for another source, or dropped
    // when none is left. `stillSource` keeps the peer as a source (it may be asked again).
    void release(const QByteArray &hash, int peer, bool stillSource);
    // The peer is gone or not trusted: it supplies nothing any more.
    void forgetPeer(int peer);
    void clear();

private:
    struct Wanted {
        quint64 height = 0;
        QSet<int> sources;
        int assignedTo = 0;
    };
    QHash<QByteArray, Wanted> m_wanted;
    std::set<std::pair<quint64, QByteArray>> m_unassigned; // by height
    quint64 m_highest = 0;

    void resetMarkIfEmpty();
};

} // namespace careledger::ledger::net
