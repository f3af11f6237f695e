#pragma once

// Cuts the byte stream of one serial port into frames of either dialect: a native CLV1
// line (ends with LF) or an HL7 message in MLLP framing (0x0B ... 0x1C 0x0D). Chunks may
// split a frame anywhere. Garbage, oversized and cut-off frames are dropped up to the next
// frame boundary and counted; the buffer never holds more than one frame's limit.

#include "GatewayStats.h"
#include "Reading.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace careledger::sensors {

struct FramerLimits {
    qsizetype maxLineBytes = 512;       // native frame including CR LF
    qsizetype maxMllpBytes = 64 * 1024; // HL7 message between the block characters
};

class GatewayStreamFramer {
public:
    using Limits = FramerLimits;
    // payload: a native line without CR LF, or an HL7 message without the MLLP bytes.
    // The view is valid only during the call.
    using FrameHandler = std::function<void(Dialect dialect, QByteArrayView payload)>;
    using DropHandler = std::function<void(RejectionReason reason, const QString &detail)>;

    explicit GatewayStreamFramer(Limits limits = {});

    void feed(QByteArrayView chunk, const FrameHandler &onFrame, const DropHandler &onDrop);
    // The stream ended (port closed): a partial frame is dropped as Truncated.
    void flush(const DropHandler &onDrop);

    qsizetype bufferedBytes() const { return m_buffer.size(); }
    // Stream-level counts only: bytes received, bytes dropped here, Garbage / Oversized /
    // Truncated rejections.
    const GatewayStats &stats() const { return m_stats; }

private:
    enum class Mode {
        Idle,           // between frames
        Line,           // inside a native line
        Mllp,           // inside an MLLP block
        AfterMllp,      // just after 0x1C: swallow the 0x0D
        DiscardLine,    // dropping the rest of an overlong line: up to LF or 0x0B
        DiscardGarbage, // dropping bytes outside frames: up to LF, 0x0B or 0x1C
        DiscardMllp,    // dropping up to 0x1C or 0x0B
    };

    void process(QByteArrayView chunk, const FrameHandler &onFrame, const DropHandler &onDrop);
    void drop(RejectionReason reason, const QString &detail, const DropHandler &onDrop);
    void discard(qsizetype bytes) { m_stats.bytesDropped += static_cast<quint64>(bytes); }

    Limits m_limits;
    Mode m_mode = Mode::Idle;
    QByteArray m_buffer;
    GatewayStats m_stats;
};

} // namespace careledger::sensors
