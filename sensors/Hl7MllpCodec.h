#pragma once

// HL7 v2 ORU^R01 as bedside monitors send it (IHE PCD-01 conventions) in MLLP framing, and
// the ACK the gateway returns. Decoding is lenient where real monitors differ (extra
// segments, device rows, vendor codes, unknown observations are skipped and listed) and
// strict where a wrong guess would be dangerous (units, numbers, times, which device).

#include "Reading.h"
#include "Rejection.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

#include <optional>

namespace careledger::sensors {

struct Hl7Separators {
    char field = '|';
    char component = '^';
    char repetition = '~';
    char escape = '\\';
    char subcomponent = '&';
};

// What an ACK needs; readable as soon as MSH is, even when the rest is refused.
struct Hl7Header {
    Hl7Separators separators;
    // Fields as sent (still escaped), copied into the ACK so it answers in the sender's terms.
    QByteArray sendingApplication;   // MSH-3
    QByteArray sendingFacility;      // MSH-4
    QByteArray receivingApplication; // MSH-5
    QByteArray receivingFacility;    // MSH-6
    QByteArray rawControlId;         // MSH-10
    QByteArray processingId;         // MSH-11
    QByteArray version;              // MSH-12
    QString controlId;               // MSH-10 with escapes decoded, at most 199 characters
    bool latin1 = false;             // MSH-18 "8859/1"; otherwise text is read as UTF-8
    QString messageType;             // MSH-9 components 1 and 2, "ORU^R01"
    QByteArray triggerEvent;         // MSH-9.2 as sent, echoed in the ACK's MSH-9
};

struct Hl7Message {
    Hl7Header header;
    Reading reading;
    // One sentence per OBX (or other part) that was skipped: "OBX 7: ...". The rows a
    // monitor sends to describe itself (value type X) are not listed.
    QStringList ignored;
};

struct Hl7DecodeOptions {
    // Offset applied to times that carry none. HL7 says such times are the sender's local
    // time; unset means "the same time zone as this workstation".
    std::optional<int> utcOffsetMinutesWhenAbsent;
};

enum class AckCode { Accept, Error, Reject }; // MSA-1 AA, AE, AR

struct Hl7EncodeOptions {
    Hl7Separators separators;
    QString controlId = QStringLiteral("MSG00001");
    QString sendingApplication = QStringLiteral("GATEWAY");
    QString sendingFacility = QStringLiteral("WARD3");
    QString patientId;            // PID-3; omitted when empty
    bool includeDeviceRow = true; // OBX with value type X carrying the EUI-64 in OBX-18
};

class Hl7MllpCodec {
public:
    static constexpr char kStartBlock = 0x0b;
    static constexpr char kEndBlock = 0x1c;
    static constexpr char kCarriageReturn = 0x0d;
    static constexpr qsizetype kMaxMessageBytes = 64 * 1024;
    static constexpr qsizetype kMaxControlIdLength = 199;

    // message: the bytes between 0x0B and 0x1C (no framing). Segment ends: CR, LF or CR LF.
    static GatewayResult<Hl7Message> decode(QByteArrayView message, const Hl7DecodeOptions &options = {});
    // Only MSH, for answering a message whose body was refused.
    static GatewayResult<Hl7Header> decodeHeader(QByteArrayView message);

    // ACK^<trigger>^ACK answering `header`: MSA-1 code, MSA-2 = MSH-10 as received, MSA-3
    // text; an ERR segment (HL7 table 0357 code) when the code is not Accept.
    static QByteArray buildAck(const Hl7Header &header, AckCode code, const QString &text, const QString &ackControlId,
                               qint64 nowMs, std::optional<RejectionReason> reason = std::nullopt);
    static AckCode ackCodeFor(RejectionReason reason);

    // ORU^R01 for a reading in PCD-01 style with MDC codes and units (the simulator's HL7
    // scenario). reading.deviceId must be an EUI-64.
    static QByteArray encodeOru(const Reading &reading, const Hl7EncodeOptions &options);

    // 0x0B message 0x1C 0x0D.
    static QByteArray frame(QByteArrayView message);

    // "YYYYMMDDHHMMSS.sss+0000" in UTC.
    static QByteArray formatTime(qint64 utcMs);
    // HL7 DTM with at least minutes; nullopt when malformed or out of range.
    static std::optional<qint64> parseTime(QByteArrayView text, const Hl7DecodeOptions &options = {});
    // Decodes \F\ \S\ \T\ \R\ \E\ and \Xhh..\; drops the formatting escapes \H\ \N\ \.br\.
    static QByteArray unescape(QByteArrayView text, const Hl7Separators &separators);
    static QByteArray escape(QByteArrayView text, const Hl7Separators &separators);
};

} // namespace careledger::sensors
