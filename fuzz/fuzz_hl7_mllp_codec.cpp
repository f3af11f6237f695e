// libFuzzer target: one HL7 message (the bytes between the MLLP block characters).
// Decoding never crashes; whenever MSH can be read the ACK is a readable HL7 header that
// echoes MSH-10; whatever decodes re-encodes into an ORU^R01 that decodes to the same values;
// escaping round-trips under the message's own separators.

#include "sensors/Hl7MllpCodec.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace careledger::sensors;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "property violated: %s\n", what);
    std::abort();
}

bool close(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Hl7DecodeOptions utc{0};
    (void)Hl7MllpCodec::parseTime(input.first(std::min<qsizetype>(input.size(), 30)), utc);

    auto header = Hl7MllpCodec::decodeHeader(input);
    if (header.ok()) {
        // An ACK id full of the sender's separators must still come out escaped and intact.
        const QString ackId = QStringLiteral("A|^~\\&#$*!@1");
        const QByteArray ack = Hl7MllpCodec::buildAck(*header, AckCode::Error, QStringLiteral("x|y^z"), ackId, 0,
                                                      RejectionReason::Malformed);
        auto ackHeader = Hl7MllpCodec::decodeHeader(ack);
        if (!ackHeader.ok())
            fail("the ACK has no readable header");
        if (ackHeader->controlId != ackId)
            fail("the ACK's control id does not round-trip");
        const char f = header->separators.field;
        const QByteArray msa = "\rMSA" + QByteArray(1, f) + "AE" + QByteArray(1, f) + header->rawControlId;
        if (!ack.contains(msa))
            fail("MSA-2 does not echo MSH-10");
        const QByteArray text = input.first(std::min<qsizetype>(input.size(), 64)).toByteArray();
        if (Hl7MllpCodec::unescape(Hl7MllpCodec::escape(text, header->separators), header->separators) != text)
            fail("escape/unescape does not round-trip");
    }

    auto decoded = Hl7MllpCodec::decode(input, utc);
    if (!decoded.ok()) {
        if (decoded.message().isEmpty() || decoded.message().size() > 400)
            fail("a refusal without a bounded sentence");
        return 0;
    }
    if (!header.ok())
        fail("a message decodes but its header does not");
    const Reading &reading = decoded->reading;
    if (reading.values.isEmpty() || reading.deviceId.size() != 16)
        fail("accepted message without values or EUI-64");
    for (const VitalValue &v : reading.values) {
        if (!std::isfinite(v.value) || std::fabs(v.value) >= 1e9)
            return 0; // beyond what the encoder writes in 32 characters; no monitor sends it
    }
    Hl7EncodeOptions options;
    options.controlId = reading.controlId;
    options.patientId = reading.reportedPatientId;
    options.separators = decoded->header.separators;
    auto again = Hl7MllpCodec::decode(Hl7MllpCodec::encodeOru(reading, options), utc);
    if (!again.ok())
        fail("a decoded message does not re-encode into a valid one");
    const Reading &r2 = again->reading;
    if (r2.deviceId != reading.deviceId || r2.measuredAtMs != reading.measuredAtMs ||
        r2.controlId != reading.controlId || r2.values.size() != reading.values.size())
        fail("re-encoded message differs");
    for (qsizetype i = 0; i < r2.values.size(); ++i) {
        if (r2.values[i].parameter != reading.values[i].parameter || r2.values[i].state != reading.values[i].state ||
            !close(r2.values[i].value, reading.values[i].value))
            fail("re-encoded value differs");
    }
    return 0;
}
