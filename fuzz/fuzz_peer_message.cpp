// libFuzzer target: bytes from a peer. The first byte picks the path: the message decoder
// alone, or the frame reader cutting a stream (split at a fuzzed point) into messages.
// Decoding never crashes, whatever decodes re-encodes to its own bytes, and the ledger
// decoders behind it (headers, block bodies, transactions) refuse or accept cleanly.

#include "ledger/net/PeerMessage.h"

#include <cstdint>
#include <cstdlib>

using namespace careledger::ledger::net;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    if ((data[0] & 1) == 0)
        return fuzzPeerMessage(data + 1, size - 1);

    // A stream in two chunks: framing must not depend on where the network cut it. The
    // second byte picks the cut, the rest is the stream.
    const uint8_t *rest = data + 2;
    const size_t restSize = size - 2;
    const size_t cut = restSize == 0 ? 0 : static_cast<size_t>(data[1]) % restSize;
    FrameReader reader(64 * 1024);
    reader.append(QByteArrayView(reinterpret_cast<const char *>(rest), static_cast<qsizetype>(cut)));
    QByteArray message;
    bool stop = false;
    auto drain = [&] {
        while (!stop) {
            switch (reader.next(&message)) {
            case FrameReader::Status::Message:
                fuzzPeerMessage(reinterpret_cast<const uint8_t *>(message.constData()),
                                static_cast<size_t>(message.size()));
                break;
            case FrameReader::Status::NeedMore:
                return;
            case FrameReader::Status::Oversize:
            case FrameReader::Status::Empty:
                stop = true;
                return;
            }
        }
    };
    drain();
    reader.append(QByteArrayView(reinterpret_cast<const char *>(rest + cut), static_cast<qsizetype>(restSize - cut)));
    drain();
    if (!stop && reader.buffered() > static_cast<qsizetype>(restSize))
        std::abort(); // the reader never holds more than it was given
    return 0;
}
