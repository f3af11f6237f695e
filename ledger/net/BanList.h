#pragma once

// Temporary bans by member key id and by network address, expiring on their own.
// In memory: a restart forgives (the misbehaving member would be cut off again at once).

#include "PeerTypes.h"

#include <QHash>

namespace careledger::ledger::net {

class BanList {
public:
    // Either part may be empty/null.
    void ban(const QByteArray &keyId, const QHostAddress &address, const QDateTime &until, Misbehaviour reason, bool manual);
    bool isKeyBanned(const QByteArray &keyId, const QDateTime &now);
    bool isAddressBanned(const QHostAddress &address, const QDateTime &now);
    bool unbanKey(const QByteArray &keyId);
    bool unbanAddress(const QHostAddress &address);
    QList<BanInfo> list(const QDateTime &now);

private:
    void expire(const QDateTime &now);
    QHash<QByteArray, BanInfo> m_byKey;
    QHash<QString, BanInfo> m_byAddress; // QHostAddress::toString(), IPv4-mapped IPv6 folded to IPv4
};

QString addressKey(const QHostAddress &address);

} // namespace careledger::ledger::net
