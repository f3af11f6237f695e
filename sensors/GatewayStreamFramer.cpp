#include "GatewayStreamFramer.h"

#include <QCoreApplication>

namespace careledger::sensors {

namespace {

constexpr char kVt = 0x0b; // MLLP start block
constexpr char kFs = 0x1c; // MLLP end block
constexpr QByteArrayView kNativePrefix("CLV");
constexpr QByteArrayView kHl7Prefix("MSH");

// First index at or after `from` holding a or b, or chunk.size(). Every byte of the port
// passes through here once.
qsizetype findEither(QByteArrayView chunk, qsizetype from, char a, char b)
{
    const char *const begin = chunk.data();
    const char *const end = begin + chunk.size();
    for (const char *p = begin + from; p < end; ++p) {
        if (*p == a || *p == b)
            return p - begin;
    }
    return chunk.size();
}

// Any frame boundary: a line end, an MLLP start or an MLLP end.
qsizetype findBoundary(QByteArrayView chunk, qsizetype from)
{
    const char *const begin = chunk.data();
    const char *const end = begin + chunk.size();
    for (const char *p = begin + from; p < end; ++p) {
        if (*p == '\n' || *p == kVt || *p == kFs)
            return p - begin;
    }
    return chunk.size();
}

} // namespace

GatewayStreamFramer::GatewayStreamFramer(Limits limits) : m_limits(limits) {}

void GatewayStreamFramer::drop(RejectionReason reason, const QString &detail, const DropHandler &onDrop)
{
    m_stats.reject(reason);
    if (onDrop)
        onDrop(reason, detail);
}

void GatewayStreamFramer::feed(QByteArrayView chunk, const FrameHandler &onFrame, const DropHandler &onDrop)
{
    m_stats.bytesReceived += static_cast<quint64>(chunk.size());
    process(chunk, onFrame, onDrop);
}

void GatewayStreamFramer::process(QByteArrayView chunk, const FrameHandler &onFrame, const DropHandler &onDrop)
{
    const qsizetype n = chunk.size();
    qsizetype i = 0;
    while (i < n) {
        switch (m_mode) {
        case Mode::Idle: {
            const char c = chunk[i];
            if (c == kVt) {
                m_buffer.clear();
                m_mode = Mode::Mllp;
                ++i;
            } else if (c == '\n' || c == '\r') {
                ++i; // blank lines and stray line ends between frames are harmless
            } else if (c == kNativePrefix[0]) {
                m_buffer.clear();
                m_mode = Mode::Line;
            } else if (c == kFs) { // the end of a message whose start was missed
                drop(RejectionReason::Garbage,
                     QCoreApplication::translate("Gateway", "An HL7 end block without a start block."), onDrop);
                discard(1);
                ++i;
                m_mode = Mode::AfterMllp;
            } else {
                drop(RejectionReason::Garbage,
                     QCoreApplication::translate("Gateway", "Bytes outside any frame, starting with 0x%1.")
                         .arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0')),
                     onDrop);
                m_mode = Mode::DiscardGarbage;
            }
            break;
        }
        case Mode::Line: {
            const qsizetype end = findEither(chunk, i, '\n', kVt);
            const QByteArrayView span = chunk.sliced(i, end - i);
            // The prefix first, so the verdict on a line never depends on how it was chunked.
            if (m_buffer.size() < kNativePrefix.size()) {
                const qsizetype have = std::min(kNativePrefix.size(), m_buffer.size() + span.size());
                const QByteArray head = m_buffer + span.first(have - m_buffer.size());
                if (QByteArrayView(head) != kNativePrefix.first(have)) {
                    drop(RejectionReason::Garbage,
                         QCoreApplication::translate("Gateway", "A line that is not a CLV1 frame."), onDrop);
                    discard(m_buffer.size());
                    m_buffer.clear();
                    m_mode = Mode::DiscardGarbage;
                    break;
                }
            }
            if (m_buffer.size() + span.size() > m_limits.maxLineBytes - 1) { // room for the LF
                drop(RejectionReason::Oversized,
                     QCoreApplication::translate("Gateway", "A line longer than %1 bytes.").arg(m_limits.maxLineBytes),
                     onDrop);
                discard(m_buffer.size());
                m_buffer.clear();
                m_mode = Mode::DiscardLine;
                break;
            }
            m_buffer += span;
            i = end;
            if (end == n)
                break; // the rest comes in a later chunk
            if (chunk[end] == '\n') {
                ++i;
                QByteArrayView line(m_buffer);
                if (line.endsWith('\r'))
                    line.chop(1);
                if (onFrame)
                    onFrame(Dialect::Native, line);
                m_buffer.clear();
                m_mode = Mode::Idle;
            } else { // 0x0B: an HL7 message starts before the line ended
                drop(RejectionReason::Truncated,
                     QCoreApplication::translate("Gateway", "A CLV1 frame cut off by the start of an HL7 message."),
                     onDrop);
                discard(m_buffer.size());
                m_buffer.clear();
                m_mode = Mode::Idle;
            }
            break;
        }
        case Mode::DiscardLine: {
            // The same boundaries as a line: where a frame ends must not depend on whether
            // its length was noticed before or after the chunk boundary.
            const qsizetype end = findEither(chunk, i, '\n', kVt);
            discard(end - i);
            i = end;
            if (end < n) {
                if (chunk[end] == '\n')
                    ++i;
                m_mode = Mode::Idle;
            }
            break;
        }
        case Mode::DiscardGarbage: {
            const qsizetype end = findBoundary(chunk, i);
            discard(end - i);
            i = end;
            if (end < n) {
                if (chunk[end] == '\n') {
                    ++i;
                    m_mode = Mode::Idle;
                } else if (chunk[end] == kFs) { // the tail of an HL7 message joined midway
                    ++i;
                    m_mode = Mode::AfterMllp;
                } else {
                    m_mode = Mode::Idle; // 0x0B starts the next message
                }
            }
            break;
        }
        case Mode::Mllp: {
            const qsizetype end = findEither(chunk, i, kFs, kVt);
            const QByteArrayView span = chunk.sliced(i, end - i);
            if (m_buffer.size() < kHl7Prefix.size() && m_buffer.size() + span.size() > 0) {
                // Every HL7 message starts with MSH. A 0x0B that is line noise must not
                // swallow the native frames after it until the size limit.
                const qsizetype have = std::min(kHl7Prefix.size(), m_buffer.size() + span.size());
                const QByteArray head = m_buffer + span.first(have - m_buffer.size());
                if (QByteArrayView(head) != kHl7Prefix.first(have)) {
                    drop(RejectionReason::Garbage,
                         QCoreApplication::translate("Gateway", "A start block (0x0B) not followed by MSH."), onDrop);
                    discard(1);
                    const QByteArray replay = m_buffer; // at most two bytes from earlier chunks
                    m_buffer.clear();
                    m_mode = Mode::Idle;
                    process(replay, onFrame, onDrop);
                    break; // the rest of this chunk goes on from here in whatever mode that left
                }
            }
            if (m_buffer.size() + span.size() > m_limits.maxMllpBytes) {
                drop(RejectionReason::Oversized,
                     QCoreApplication::translate("Gateway", "An HL7 message longer than %1 bytes.")
                         .arg(m_limits.maxMllpBytes),
                     onDrop);
                discard(m_buffer.size());
                m_buffer.clear();
                m_mode = Mode::DiscardMllp;
                break;
            }
            m_buffer += span;
            i = end;
            if (end == n)
                break;
            ++i;
            if (chunk[end] == kFs) {
                if (onFrame)
                    onFrame(Dialect::Hl7, m_buffer);
                m_buffer.clear();
                m_mode = Mode::AfterMllp;
            } else { // a new start block before the end block: the sender gave up on that one
                drop(RejectionReason::Truncated,
                     QCoreApplication::translate("Gateway", "An HL7 message without its end block."), onDrop);
                discard(m_buffer.size());
                m_buffer.clear();
            }
            break;
        }
        case Mode::AfterMllp:
            if (chunk[i] == '\r')
                ++i;
            m_mode = Mode::Idle;
            break;
        case Mode::DiscardMllp: {
            const qsizetype end = findEither(chunk, i, kFs, kVt);
            discard(end - i);
            i = end;
            if (end < n) {
                ++i;
                m_mode = chunk[end] == kFs ? Mode::AfterMllp : Mode::Mllp;
                m_buffer.clear();
            }
            break;
        }
        }
    }
}

void GatewayStreamFramer::flush(const DropHandler &onDrop)
{
    if ((m_mode == Mode::Line || m_mode == Mode::Mllp) && !m_buffer.isEmpty()) {
        drop(RejectionReason::Truncated, QCoreApplication::translate("Gateway", "The connection ended inside a frame."),
             onDrop);
        discard(m_buffer.size());
    } else if (m_mode == Mode::Mllp) {
        drop(RejectionReason::Truncated, QCoreApplication::translate("Gateway", "The connection ended inside a frame."),
             onDrop);
    }
    m_buffer.clear();
    m_buffer.squeeze();
    m_mode = Mode::Idle;
}

} // namespace careledger::sensors
