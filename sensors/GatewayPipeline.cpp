#include "GatewayPipeline.h"

#include <QCoreApplication>

namespace careledger::sensors {

GatewayPipeline::GatewayPipeline(const DeviceDirectory &directory, Handlers handlers, GatewayPipelineOptions options)
    : m_handlers(std::move(handlers)), m_options(options), m_authenticator(directory, options.authentication),
      m_framer(options.limits)
{
    // Built once: feed() runs for every chunk the port delivers.
    m_onFrame = [this](Dialect dialect, QByteArrayView payload) {
        if (dialect == Dialect::Native)
            processNative(payload, m_now);
        else
            processHl7(payload, m_now);
    };
    m_onDrop = [this](RejectionReason reason, const QString &detail) {
        if (m_handlers.rejected)
            m_handlers.rejected(reason, detail);
    };
}

void GatewayPipeline::feed(QByteArrayView bytes, qint64 nowMs)
{
    m_now = nowMs;
    m_framer.feed(bytes, m_onFrame, m_onDrop);
}

void GatewayPipeline::endOfStream()
{
    m_framer.flush(m_onDrop);
}

void GatewayPipeline::rejectContent(RejectionReason reason, const QString &detail, qsizetype frameBytes)
{
    m_stats.reject(reason);
    m_stats.bytesDropped += static_cast<quint64>(frameBytes);
    if (m_handlers.rejected)
        m_handlers.rejected(reason, detail);
}

void GatewayPipeline::processNative(QByteArrayView line, qint64 nowMs)
{
    auto frame = GatewayFrameCodec::decode(line);
    if (!frame) {
        rejectContent(frame.code(), frame.error().message, line.size());
        return;
    }
    if (auto ok = m_authenticator.authenticate(*frame, nowMs); !ok) {
        rejectContent(ok.code(), ok.error().message, line.size());
        return;
    }
    ++m_stats.readingsAccepted;
    if (m_handlers.accepted)
        m_handlers.accepted(frame->reading);
}

void GatewayPipeline::processHl7(QByteArrayView message, qint64 nowMs)
{
    auto decoded = Hl7MllpCodec::decode(message, m_options.hl7);
    if (!decoded) {
        const RejectionReason reason = decoded.code();
        const QString detail = decoded.error().message;
        rejectContent(reason, detail, message.size());
        // Answer whenever the header can be read, so the monitor does not keep resending.
        if (auto header = Hl7MllpCodec::decodeHeader(message))
            acknowledge(*header, Hl7MllpCodec::ackCodeFor(reason), detail, reason, nowMs);
        return;
    }
    if (auto ok = m_authenticator.authenticate(decoded->reading, nowMs); !ok) {
        rejectContent(ok.code(), ok.error().message, message.size());
        const AckCode code = Hl7MllpCodec::ackCodeFor(ok.code());
        const QString text = code == AckCode::Accept
                                 ? QCoreApplication::translate("Gateway", "Duplicate message, already processed.")
                                 : ok.error().message;
        acknowledge(decoded->header, code, text, ok.code(), nowMs);
        return;
    }
    ++m_stats.readingsAccepted;
    m_stats.observationsIgnored += static_cast<quint64>(decoded->ignored.size());
    const int ignored = static_cast<int>(decoded->ignored.size());
    QString note;
    if (ignored > 0)
        note = QCoreApplication::translate("Gateway", "%n observation(s) not used.", "HL7 acknowledgement text", ignored);
    acknowledge(decoded->header, AckCode::Accept, note, std::nullopt, nowMs);
    if (m_handlers.accepted)
        m_handlers.accepted(decoded->reading);
}

void GatewayPipeline::acknowledge(const Hl7Header &header, AckCode code, const QString &text,
                                  std::optional<RejectionReason> reason, qint64 nowMs)
{
    if (!m_handlers.reply)
        return;
    const QString id = QStringLiteral("ACK%1").arg(++m_ackCounter);
    m_handlers.reply(Hl7MllpCodec::frame(Hl7MllpCodec::buildAck(header, code, text, id, nowMs, reason)));
}

void GatewayPipeline::countAck(bool written)
{
    if (written)
        ++m_stats.acksSent;
    else
        ++m_stats.acksDropped;
}

GatewayStats GatewayPipeline::stats() const
{
    GatewayStats total = m_stats;
    const GatewayStats &stream = m_framer.stats();
    total.bytesReceived += stream.bytesReceived;
    total.bytesDropped += stream.bytesDropped;
    for (std::size_t i = 0; i < total.rejections.size(); ++i)
        total.rejections[i] += stream.rejections[i];
    return total;
}

} // namespace careledger::sensors
