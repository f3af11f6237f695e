// libFuzzer target: a serial byte stream. The first bytes choose how the rest is cut into
// chunks. Properties: the framer's verdicts (frames and drops) do not depend on the
// chunking, the buffer stays within its limit, every byte is counted; then the whole
// gateway pipeline (codecs, authentication, ACKs) runs on the same stream.

#include "sensors/GatewayPipeline.h"

#include <cstdint>
#include <cstdlib>

using namespace careledger;
using namespace careledger::sensors;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}

constexpr FramerLimits kLimits{64, 256}; // small, so limits are actually reached

struct Trace {
    QList<QPair<int, QByteArray>> events; // (dialect or 100 + reason, payload)
};

Trace run(GatewayStreamFramer &framer, QByteArrayView stream, QByteArrayView cuts)
{
    Trace trace;
    const GatewayStreamFramer::FrameHandler onFrame = [&](Dialect d, QByteArrayView payload) {
        const qsizetype limit = d == Dialect::Native ? kLimits.maxLineBytes : kLimits.maxMllpBytes;
        if (payload.size() > limit)
            fail("a frame longer than its limit");
        if (d == Dialect::Native && payload.contains('\n'))
            fail("a native frame with a line end inside");
        if (d == Dialect::Hl7 && (payload.contains('\x0b') || payload.contains('\x1c')))
            fail("an HL7 frame with a block character inside");
        trace.events.append({static_cast<int>(d), payload.toByteArray()});
    };
    const GatewayStreamFramer::DropHandler onDrop = [&](RejectionReason r, const QString &) {
        trace.events.append({100 + static_cast<int>(r), QByteArray()});
    };
    qsizetype at = 0;
    qsizetype c = 0;
    while (at < stream.size()) {
        const qsizetype len =
            cuts.isEmpty() ? stream.size() : 1 + static_cast<unsigned char>(cuts[c++ % cuts.size()]) % 64;
        const qsizetype n = std::min(len, stream.size() - at);
        framer.feed(stream.sliced(at, n), onFrame, onDrop);
        at += n;
        if (framer.bufferedBytes() > kLimits.maxMllpBytes)
            fail("the buffer grew past the limit");
    }
    framer.flush(onDrop);
    return trace;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype cutBytes =
        input.isEmpty() ? 0 : std::min<qsizetype>(static_cast<unsigned char>(input[0]) % 8, input.size() - 1);
    const QByteArrayView cuts = input.sliced(input.isEmpty() ? 0 : 1, cutBytes);
    const QByteArrayView stream = input.sliced(input.isEmpty() ? 0 : 1 + cutBytes);

    GatewayStreamFramer whole(kLimits);
    GatewayStreamFramer chunked(kLimits);
    const Trace a = run(whole, stream, {});
    const Trace b = run(chunked, stream, cuts);
    if (a.events != b.events) {
        for (const Trace *t : {&a, &b}) {
            std::fprintf(stderr, t == &a ? "whole:  " : "chunked:");
            for (const auto &e : t->events)
                std::fprintf(stderr, " %d/%lld", e.first, static_cast<long long>(e.second.size()));
            std::fprintf(stderr, "\n");
        }
        fail("the verdicts depend on the chunking");
    }
    if (whole.stats().bytesReceived != static_cast<quint64>(stream.size()) ||
        whole.stats().bytesDropped != chunked.stats().bytesDropped ||
        whole.stats().bytesDropped > static_cast<quint64>(stream.size()))
        fail("byte accounting");

    static const core::SecureBytes key = core::SecureBytes::fromView(QByteArray(32, 'f'));
    InMemoryDeviceDirectory directory;
    directory.addNative(QStringLiteral("bed7-hub"), key);
    directory.addHl7(QStringLiteral("0123456789ABCDEF"));
    quint64 replies = 0;
    GatewayPipeline::Handlers handlers;
    handlers.reply = [&replies](const QByteArray &ack) {
        if (!ack.startsWith('\x0b') || !ack.endsWith("\x1c\r"))
            fail("an ACK outside MLLP framing");
        ++replies;
    };
    GatewayPipelineOptions options;
    options.hl7.utcOffsetMinutesWhenAbsent = 0;
    GatewayPipeline pipeline(directory, handlers, options);
    pipeline.feed(stream, 1772442000000);
    pipeline.endOfStream();
    const GatewayStats stats = pipeline.stats();
    if (stats.bytesReceived != static_cast<quint64>(stream.size()))
        fail("pipeline byte accounting");
    return 0;
}
