#include "BanList.h"

namespace careledger::ledger::net {

QString addressKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

void BanList::ban(const QByteArray &keyId, const QHostAddress &address, const QDateTime &until, Misbehaviour reason, bool manual)
{
    const BanInfo info{keyId, address, until, reason, manual};
    if (!keyId.isEmpty()) {
        BanInfo &slot = m_byKey[keyId];
        if (!slot.until.isValid() || slot.until < until)
            slot = info;
    }
    if (!address.isNull()) {
        BanInfo &slot = m_byAddress[addressKey(address)];
        if (!slot.until.isValid() || slot.until < until)
            slot = info;
    }
}

bool BanList::isKeyBanned(const QByteArray &keyId, const QDateTime &now)
{
    expire(now);
    return !keyId.isEmpty() && m_byKey.contains(keyId);
}

bool BanList::isAddressBanned(const QHostAddress &address, const QDateTime &now)
{
    expire(now);
    return !address.isNull() && m_byAddress.contains(addressKey(address));
}

bool BanList::unbanKey(const QByteArray &keyId)
{
    return m_byKey.remove(keyId) > 0;
}

bool BanList::unbanAddress(const QHostAddress &address)
{
    return m_byAddress.remove(addressKey(address)) > 0;
}

QList<BanInfo> BanList::list(const QDateTime &now)
{
    expire(now);
    QList<BanInfo> out;
    for (const BanInfo &b : std::as_const(m_byKey))
        out.append(b);
    for (const BanInfo &b : std::as_const(m_byAddress)) {
        const bool listed = std::any_of(out.begin(), out.end(), [&](const BanInfo &o) { return o.keyId == b.keyId && o.address == b.address; });
        if (!listed)
            out.append(b);
    }
    return out;
}

void BanList::expire(const QDateTime &now)
{
    for (auto it = m_byKey.begin(); it != m_byKey.end();)
        it = it->until <= now ? m_byKey.erase(it) : std::next(it);
    for (auto it = m_byAddress.begin(); it != m_byAddress.end();)
        it = it->until <= now ? m_byAddress.erase(it) : std::next(it);
}

} // namespace careledger::ledger::net
