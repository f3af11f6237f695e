#pragma once

// Counters of one gateway connection: what was accepted, what was refused and why, how
// many bytes were thrown away. A plain value so it can be copied across threads.

#include "Rejection.h"

#include <QJsonObject>

#include <array>

namespace careledger::sensors {

struct GatewayStats {
    quint64 readingsAccepted = 0;
    quint64 bytesReceived = 0;
    quint64 bytesDropped = 0;        // every byte that did not end up in an accepted reading's frame
    quint64 observationsIgnored = 0; // HL7 OBX rows in accepted messages that carried nothing usable
    quint64 acksSent = 0;
    quint64 acksDropped = 0; // not written: port read-only or the peer stopped reading
    std::array<quint64, kRejectionReasonCount> rejections{};

    void reject(RejectionReason reason) { ++rejections[static_cast<std::size_t>(reason)]; }
    quint64 rejected(RejectionReason reason) const { return rejections[static_cast<std::size_t>(reason)]; }
    quint64 totalRejected() const;
    // {"readings_accepted": .., "bytes_dropped": .., "rejections": {"bad-mac": 2, ...}}
    QJsonObject toJson() const;
};

} // namespace careledger::sensors
