// libFuzzer target: one CLV1 line. Decoding never crashes, every refusal has a reason and
// a bounded sentence, and whatever decodes re-encodes into a frame that decodes to the same
// reading and passes the authenticator with the key it was signed with.

#include "sensors/DeviceAuthenticator.h"
#include "sensors/GatewayFrameCodec.h"

#include <cmath>
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

bool encodable(const Reading &r)
{
    for (const VitalValue &v : r.values) {
        if (std::fabs(v.value) >= 1e9) // beyond 16 characters of text; no measurement gets there
            return false;
    }
    return true;
}

bool close(double a, double b)
{
    return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(a));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto frame = GatewayFrameCodec::decode(input);
    if (!frame.ok()) {
        if (frame.message().isEmpty() || frame.message().size() > 300)
            fail("a refusal without a bounded sentence");
        return 0;
    }
    const Reading &reading = frame->reading;
    if (reading.values.isEmpty() || reading.values.size() > kVitalParameterCount)
        fail("decoded value count");
    for (const VitalValue &v : reading.values) {
        if (!std::isfinite(v.value))
            fail("non-finite value decoded");
    }

    // The authenticator on the frame as sent (almost always a bad MAC) and re-signed.
    static const core::SecureBytes key = core::SecureBytes::fromView(QByteArray(32, 'f'));
    InMemoryDeviceDirectory directory;
    directory.addNative(reading.deviceId, key);
    DeviceAuthenticator auth(directory);
    (void)auth.authenticate(*frame, reading.measuredAtMs);

    if (!encodable(reading))
        return 0;
    const QByteArray line = GatewayFrameCodec::encode(reading, key.view());
    auto again = GatewayFrameCodec::decode(line);
    if (!again.ok())
        fail("a decoded reading does not re-encode into a valid frame");
    const Reading &r2 = again->reading;
    if (r2.deviceId != reading.deviceId || r2.sequence != reading.sequence || r2.measuredAtMs != reading.measuredAtMs ||
        r2.values.size() != reading.values.size())
        fail("re-encoded frame differs");
    for (qsizetype i = 0; i < r2.values.size(); ++i) {
        if (r2.values[i].parameter != reading.values[i].parameter || r2.values[i].state != reading.values[i].state ||
            !close(r2.values[i].value, reading.values[i].value))
            fail("re-encoded value differs");
    }
    DeviceAuthenticator fresh(directory);
    const auto verdict = fresh.authenticate(*again, reading.measuredAtMs);
    if (!verdict.ok() && verdict.code() != RejectionReason::ImplausibleValue)
        fail("a correctly signed frame was not authenticated");
    return 0;
}
