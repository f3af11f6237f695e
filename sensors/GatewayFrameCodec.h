#pragma once

// The native CLV1 line protocol (docs/gateway-protocol.md): one ASCII frame per line,
// explicit UCUM units, HMAC-SHA256 over everything before " MAC=". The codec checks the
// grammar only; whether the MAC is right is the authenticator's business, because only
// it knows the device key.

#include "Reading.h"
#include "Rejection.h"

#include <QByteArray>
#include <QByteArrayView>

namespace careledger::sensors {

struct NativeFrame {
    Reading reading;
    QByteArray signedPart; // the bytes the MAC covers: everything before " MAC="
    QByteArray mac;        // 32 raw bytes as sent
};

class GatewayFrameCodec {
public:
    static constexpr qsizetype kMaxFrameBytes = 512; // including the terminating CR LF
    static constexpr qsizetype kMaxDeviceIdLength = 64;
    static constexpr qsizetype kMaxNumberLength = 16;
    static constexpr qint64 kMaxTimestampMs = 253402300799999; // 9999-12-31T23:59:59.999Z

    // One line, with or without its terminating LF (and a CR before it).
    static GatewayResult<NativeFrame> decode(QByteArrayView line);

    // The full line for a reading, "...MAC=<64 hex>\n", values in canonical units.
    // Invalid values are sent as OFF (the native protocol has only one "no value" state).
    static QByteArray encode(const Reading &reading, QByteArrayView deviceKey);
    // Appends " MAC=<hex of HMAC-SHA256(key, signedPart)>\n": lets the simulator and the
    // tests sign arbitrary (also malformed) content the way a device would.
    static QByteArray sign(QByteArrayView signedPart, QByteArrayView deviceKey);
    // Shortest decimal text that reads back to the same double, never in exponent form.
    static QByteArray formatNumber(double value);
};

} // namespace careledger::sensors
