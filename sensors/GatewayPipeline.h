#pragma once

// Everything between the serial port and a reading, without the port: stream framing,
// both codecs, device authentication, HL7 acknowledgements and the counters. The serial
// reader feeds it bytes; the tests and the benchmark feed it directly.

#include "DeviceAuthenticator.h"
#include "GatewayStats.h"
#include "GatewayStreamFramer.h"
#include "Hl7MllpCodec.h"

#include <functional>

namespace careledger::sensors {

struct GatewayPipelineOptions {
    AuthenticatorOptions authentication;
    Hl7DecodeOptions hl7;
    FramerLimits limits;
};

class GatewayPipeline {
public:
    struct Handlers {
        std::function<void(const Reading &reading)> accepted;
        std::function<void(RejectionReason reason, const QString &detail)> rejected;
        // An MLLP-framed HL7 ACK to write back to the port.
        std::function<void(const QByteArray &ack)> reply;
    };

    GatewayPipeline(const DeviceDirectory &directory, Handlers handlers, GatewayPipelineOptions options = {});

    void feed(QByteArrayView bytes, qint64 nowMs);
    // The port closed: whatever frame was half-received is dropped and counted.
    void endOfStream();

    // One framed message each, bypassing the framer.
    void processNative(QByteArrayView line, qint64 nowMs);
    void processHl7(QByteArrayView message, qint64 nowMs);

    GatewayStats stats() const; // stream-level and content-level counts together
    void countAck(bool written);
    DeviceAuthenticator &authenticator() { return m_authenticator; }

private:
    void rejectContent(RejectionReason reason, const QString &detail, qsizetype frameBytes);
    void acknowledge(const Hl7Header &header, AckCode code, const QString &text, std::optional<RejectionReason> reason,
                     qint64 nowMs);

    Handlers m_handlers;
    GatewayPipelineOptions m_options;
    DeviceAuthenticator m_authenticator;
    GatewayStreamFramer m_framer;
    GatewayStats m_stats; // content-level; the framer keeps the stream-level ones
    quint64 m_ackCounter = 0;
    GatewayStreamFramer::FrameHandler m_onFrame;
    GatewayStreamFramer::DropHandler m_onDrop;
    qint64 m_now = 0;
};

} // namespace careledger::sensors
