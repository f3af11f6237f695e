#include "GatewayStats.h"

namespace careledger::sensors {

quint64 GatewayStats::totalRejected() const
{
    quint64 total = 0;
    for (quint64 n : rejections)
        total += n;
    return total;
}

QJsonObject GatewayStats::toJson() const
{
    QJsonObject perReason;
    for (int i = 0; i < kRejectionReasonCount; ++i) {
        const quint64 n = rejections[static_cast<std::size_t>(i)];
        if (n != 0)
            perReason.insert(reasonKey(static_cast<RejectionReason>(i)), static_cast<qint64>(n));
    }
    return QJsonObject{
        {QStringLiteral("readings_accepted"), static_cast<qint64>(readingsAccepted)},
        {QStringLiteral("bytes_received"), static_cast<qint64>(bytesReceived)},
        {QStringLiteral("bytes_dropped"), static_cast<qint64>(bytesDropped)},
        {QStringLiteral("observations_ignored"), static_cast<qint64>(observationsIgnored)},
        {QStringLiteral("acks_sent"), static_cast<qint64>(acksSent)},
        {QStringLiteral("acks_dropped"), static_cast<qint64>(acksDropped)},
        {QStringLiteral("rejected_total"), static_cast<qint64>(totalRejected())},
        {QStringLiteral("rejections"), perReason},
    };
}

} // namespace careledger::sensors
