#include "BlockDownloads.h"

#include <algorithm>

namespace careledger::ledger::net {

void BlockDownloads::resetMarkIfEmpty()
{
    if (m_wanted.isEmpty())
        m_highest = 0;
}

void BlockDownloads::arrived(const QByteArray &hash)
{
    m_wanted.remove(hash);
    resetMarkIfEmpty();
}

void BlockDownloads::add(const QByteArray &hash, quint64 height, int peer)
{
    auto it = m_wanted.find(hash);
    if (it == m_wanted.end()) {
        it = m_wanted.insert(hash, Wanted{height, {}, 0});
        m_unassigned.insert({height, hash});
        m_highest = std::max(m_highest, height);
    }
    it->sources.insert(peer);
}

QList<QByteArray> BlockDownloads::assign(int peer, int max)
{
    QList<QByteArray> out;
    for (auto it = m_unassigned.begin(); it != m_unassigned.end() && out.size() < max;) {
        auto w = m_wanted.find(it->second);
        if (w == m_wanted.end()) {
            it = m_unassigned.erase(it); // arrived meanwhile through another path
            continue;
        }
        if (!w->sources.contains(peer)) {
            ++it;
            continue;
        }
        w->assignedTo = peer;
        out.append(it->second);
        it = m_unassigned.erase(it);
    }
    return out;
}

void BlockDownloads::release(const QByteArray &hash, int peer, bool stillSource)
{
    auto w = m_wanted.find(hash);
    if (w == m_wanted.end() || w->assignedTo != peer)
        return;
    w->assignedTo = 0;
    if (!stillSource)
        w->sources.remove(peer);
    if (w->sources.isEmpty())
        m_wanted.erase(w);
    else
        m_unassigned.insert({w->height, hash});
    resetMarkIfEmpty();
}

void BlockDownloads::forgetPeer(int peer)
{
    for (auto it = m_wanted.begin(); it != m_wanted.end();) {
        it->sources.remove(peer);
        if (it->assignedTo == peer) {
            it->assignedTo = 0;
            if (!it->sources.isEmpty())
                m_unassigned.insert({it->height, it.key()});
        }
        if (it->sources.isEmpty() && it->assignedTo == 0) {
            m_unassigned.erase({it->height, it.key()});
            it = m_wanted.erase(it);
        } else {
            ++it;
        }
    }
    resetMarkIfEmpty();
}

void BlockDownloads::clear()
{
    m_wanted.clear();
    m_unassigned.clear();
    m_highest = 0;
}

} // namespace careledger::ledger::net
