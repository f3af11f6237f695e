#include "GatewayFrameCodec.h"

#include "NumberText.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <limits>

namespace careledger::sensors {

namespace {

constexpr QByteArrayView kMagic("CLV1");
constexpr QByteArrayView kMacMarker(" MAC=");
constexpr qsizetype kMacHexLength = 64;

struct UnitChoice {
    QByteArrayView unit;
    double scale; // canonical = value * scale + offset
    double offset;
};

struct KeySpec {
    QByteArrayView key;
    VitalParameter parameter;
    std::array<UnitChoice, 2> units; // empty unit = unused slot
};

// °F -> °C is (F - 32) * 5/9; glucose 1 mmol/L = 18.0156 mg/dL (molar mass 180.156 g/mol).
const std::array<KeySpec, kVitalParameterCount> kKeys{{
    {"HR", VitalParameter::HeartRate, {{{"/min", 1.0, 0.0}, {}}}},
    {"SPO2", VitalParameter::SpO2, {{{"%", 1.0, 0.0}, {}}}},
    {"TEMP", VitalParameter::BodyTemperature, {{{"Cel", 1.0, 0.0}, {"[degF]", 5.0 / 9.0, -32.0 * 5.0 / 9.0}}}},
    {"RR", VitalParameter::RespirationRate, {{{"/min", 1.0, 0.0}, {}}}},
    {"SBP", VitalParameter::SystolicBp, {{{"mm[Hg]", 1.0, 0.0}, {}}}},
    {"DBP", VitalParameter::DiastolicBp, {{{"mm[Hg]", 1.0, 0.0}, {}}}},
    {"GLU", VitalParameter::Glucose, {{{"mg/dL", 1.0, 0.0}, {"mmol/L", 18.0156, 0.0}}}},
    {"EMG", VitalParameter::Emg, {{{"mV", 1.0, 0.0}, {"uV", 0.001, 0.0}}}},
    {"O2", VitalParameter::OnOxygen, {{}}},
}};

Rejection reject(RejectionReason reason, QString detail)
{
    return Rejection{reason, std::move(detail)};
}

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.data(), bytes.size());
}

// Shown in messages: never more than 24 characters of what the device sent.
QString excerpt(QByteArrayView bytes)
{
    constexpr qsizetype kMax = 24;
    if (bytes.size() <= kMax)
        return latin1(bytes);
    return latin1(bytes.first(kMax)) + QStringLiteral("…");
}

bool isDeviceIdChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == ':';
}

std::optional<quint64> parseDecimal(QByteArrayView digits, qsizetype maxDigits, quint64 maxValue)
{
    if (digits.isEmpty() || digits.size() > maxDigits)
        return std::nullopt;
    quint64 value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto digit = static_cast<quint64>(c - '0');
        if (value > (maxValue - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

int hexNibble(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

const KeySpec *findKey(QByteArrayView key)
{
    for (const KeySpec &spec : kKeys) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

GatewayResult<VitalValue> parseValue(const KeySpec &spec, QByteArrayView text)
{
    const QString key = latin1(spec.key);
    VitalValue out;
    out.parameter = spec.parameter;

    if (spec.parameter == VitalParameter::OnOxygen) {
        if (text == "0" || text == "1") {
            out.value = text == "1" ? 1.0 : 0.0;
            return out;
        }
        const qsizetype numberEnd = detail::numberPrefixLength(text);
        if (numberEnd > 0 && numberEnd < text.size() && detail::parseStrictDecimal(text.first(numberEnd)))
            return reject(RejectionReason::WrongUnit,
                          QCoreApplication::translate("Gateway", "%1 takes no unit, got “%2”.")
                              .arg(key, excerpt(text.sliced(numberEnd))));
        return reject(RejectionReason::NonNumericValue,
                      QCoreApplication::translate("Gateway", "%1 must be 0 or 1, got “%2”.").arg(key, excerpt(text)));
    }

    if (text == "OFF") {
        out.state = ValueState::SensorOff;
        return out;
    }

    for (const UnitChoice &choice : spec.units) {
        if (choice.unit.isEmpty() || !text.endsWith(choice.unit))
            continue;
        const QByteArrayView number = text.chopped(choice.unit.size());
        if (number.size() > GatewayFrameCodec::kMaxNumberLength)
            return reject(RejectionReason::NonNumericValue,
                          QCoreApplication::translate("Gateway", "The value of %1 has more than %2 characters.")
                              .arg(key)
                              .arg(GatewayFrameCodec::kMaxNumberLength));
        const auto parsed = detail::parseStrictDecimal(number);
        if (!parsed)
            return reject(RejectionReason::NonNumericValue,
                          QCoreApplication::translate("Gateway", "The value of %1 (“%2”) is not a decimal number.")
                              .arg(key, excerpt(number)));
        out.value = *parsed * choice.scale + choice.offset;
        return out;
    }

    // No accepted unit: tell a missing unit from a wrong one from a value that is no number.
    const qsizetype numberEnd = detail::numberPrefixLength(text);
    const QByteArrayView number = text.first(numberEnd);
    const bool numeric = numberEnd > 0 && number.size() <= GatewayFrameCodec::kMaxNumberLength &&
                         detail::parseStrictDecimal(number).has_value();
    if (numeric && numberEnd == text.size())
        return reject(RejectionReason::MissingUnit,
                      QCoreApplication::translate("Gateway", "%1 has no unit; expected %2.")
                          .arg(key, latin1(spec.units[0].unit)));
    if (numeric)
        return reject(RejectionReason::WrongUnit,
                      QCoreApplication::translate("Gateway", "%1 is in “%2”; expected %3.")
                          .arg(key, excerpt(text.sliced(numberEnd)), latin1(spec.units[0].unit)));
    if (numberEnd > GatewayFrameCodec::kMaxNumberLength)
        return reject(RejectionReason::NonNumericValue,
                      QCoreApplication::translate("Gateway", "The value of %1 has more than %2 characters.")
                          .arg(key)
                          .arg(GatewayFrameCodec::kMaxNumberLength));
    return reject(RejectionReason::NonNumericValue,
                  QCoreApplication::translate("Gateway", "The value of %1 (“%2”) is not a decimal number.")
                      .arg(key, excerpt(text)));
}

} // namespace

GatewayResult<NativeFrame> GatewayFrameCodec::decode(QByteArrayView line)
{
    if (line.size() > kMaxFrameBytes)
        return reject(RejectionReason::Oversized,
                      QCoreApplication::translate("Gateway", "The frame has %1 bytes; the limit is %2.")
                          .arg(line.size())
                          .arg(kMaxFrameBytes));
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);

    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if (c < 0x20 || c > 0x7e)
            return reject(RejectionReason::Malformed,
                          QCoreApplication::translate("Gateway", "Byte 0x%1 at column %2 is not printable ASCII.")
                              .arg(c, 2, 16, QLatin1Char('0'))
                              .arg(i + 1));
    }
    const qsizetype firstSpace = line.indexOf(' ');
    const QByteArrayView magic = firstSpace < 0 ? line : line.first(firstSpace);
    if (magic != kMagic) {
        if (magic.startsWith("CLV"))
            return reject(
                RejectionReason::Malformed,
                QCoreApplication::translate("Gateway", "Unsupported protocol version “%1”.").arg(excerpt(magic)));
        return reject(RejectionReason::Malformed,
                      QCoreApplication::translate("Gateway", "The line does not start with CLV1."));
    }

    const qsizetype macAt = line.lastIndexOf(kMacMarker);
    if (macAt < 0)
        return reject(RejectionReason::Malformed, QCoreApplication::translate("Gateway", "The frame has no MAC."));
    const QByteArrayView signedPart = line.first(macAt);
    const QByteArrayView macHex = line.sliced(macAt + kMacMarker.size());
    if (macHex.size() != kMacHexLength)
        return reject(RejectionReason::BadMac,
                      QCoreApplication::translate("Gateway", "The MAC has %1 characters; expected %2 hex digits.")
                          .arg(macHex.size())
                          .arg(kMacHexLength));
    QByteArray mac(kMacHexLength / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < mac.size(); ++i) {
        const int hi = hexNibble(macHex[2 * i]);
        const int lo = hexNibble(macHex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return reject(RejectionReason::BadMac,
                          QCoreApplication::translate("Gateway", "The MAC is not lower-case hexadecimal."));
        mac[i] = static_cast<char>((hi << 4) | lo);
    }

    // Tokens separated by exactly one space.
    std::array<QByteArrayView, 4 + kVitalParameterCount> tokens;
    qsizetype tokenCount = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= signedPart.size(); ++i) {
        if (i < signedPart.size() && signedPart[i] != ' ')
            continue;
        if (i == start)
            return reject(RejectionReason::Malformed,
                          QCoreApplication::translate(
                              "Gateway", "Empty field at column %1 (two spaces in a row or a trailing space).")
                              .arg(i + 1));
        if (tokenCount == static_cast<qsizetype>(tokens.size()))
            return reject(
                RejectionReason::Malformed,
                QCoreApplication::translate("Gateway", "More than %1 values in one frame.").arg(kVitalParameterCount));
        tokens[static_cast<std::size_t>(tokenCount++)] = signedPart.sliced(start, i - start);
        start = i + 1;
    }
    if (tokenCount < 5)
        return reject(RejectionReason::Malformed,
                      QCoreApplication::translate(
                          "Gateway", "The frame needs a device id, a sequence, a timestamp and at least one value."));

    NativeFrame frame;
    Reading &reading = frame.reading;
    reading.dialect = Dialect::Native;

    const QByteArrayView deviceId = tokens[1];
    if (deviceId.size() > kMaxDeviceIdLength)
        return reject(RejectionReason::Malformed,
                      QCoreApplication::translate("Gateway", "The device id is longer than %1 characters.")
                          .arg(kMaxDeviceIdLength));
    for (char c : deviceId) {
        if (!isDeviceIdChar(c))
            return reject(RejectionReason::Malformed,
                          QCoreApplication::translate(
                              "Gateway", "The device id “%1” contains a character outside A-Z a-z 0-9 - _ . :")
                              .arg(excerpt(deviceId)));
    }

    const auto sequence = parseDecimal(tokens[2], 19, static_cast<quint64>(std::numeric_limits<qint64>::max()));
    if (!sequence)
        return reject(
            RejectionReason::Malformed,
            QCoreApplication::translate("Gateway", "The sequence “%1” is not a decimal number between 0 and 2^63-1.")
                .arg(excerpt(tokens[2])));
    const auto timestamp = parseDecimal(tokens[3], 15, static_cast<quint64>(kMaxTimestampMs));
    if (!timestamp)
        return reject(RejectionReason::Malformed,
                      QCoreApplication::translate(
                          "Gateway", "The timestamp “%1” is not milliseconds since 1970 before the year 10000.")
                          .arg(excerpt(tokens[3])));
    reading.deviceId = latin1(deviceId);
    reading.sequence = *sequence;
    reading.measuredAtMs = static_cast<qint64>(*timestamp);

    reading.values.reserve(tokenCount - 4);
    quint32 seen = 0;
    for (qsizetype t = 4; t < tokenCount; ++t) {
        const QByteArrayView field = tokens[static_cast<std::size_t>(t)];
        const qsizetype eq = field.indexOf('=');
        if (eq <= 0)
            return reject(RejectionReason::Malformed,
                          QCoreApplication::translate("Gateway", "“%1” is not KEY=value.").arg(excerpt(field)));
        const QByteArrayView key = field.first(eq);
        const KeySpec *spec = findKey(key);
        if (!spec)
            return reject(RejectionReason::UnknownParameter,
                          QCoreApplication::translate("Gateway", "Unknown parameter “%1”.").arg(excerpt(key)));
        const quint32 bit = 1u << static_cast<unsigned>(spec->parameter);
        if (seen & bit)
            return reject(RejectionReason::DuplicateParameter,
                          QCoreApplication::translate("Gateway", "%1 appears twice.").arg(latin1(key)));
        seen |= bit;
        auto value = parseValue(*spec, field.sliced(eq + 1));
        if (!value)
            return value.error();
        reading.values.append(*value);
    }

    frame.signedPart = signedPart.toByteArray();
    frame.mac = std::move(mac);
    return frame;
}

QByteArray GatewayFrameCodec::formatNumber(double value)
{
    // Shortest text first; values that need more digits than a measurement has (0.1 + 0.2)
    // are rounded until they fit the protocol's number length.
    QByteArray text = detail::formatShortest(value);
    for (int decimals = 6; text.size() > kMaxNumberLength && decimals >= 0; --decimals) {
        const double scale = std::pow(10.0, decimals);
        text = detail::formatShortest(std::round(value * scale) / scale);
    }
    return text;
}

QByteArray GatewayFrameCodec::encode(const Reading &reading, QByteArrayView deviceKey)
{
    QByteArray text;
    text.reserve(256);
    text += kMagic.toByteArray();
    text += ' ';
    text += reading.deviceId.toLatin1();
    text += ' ';
    text += QByteArray::number(reading.sequence);
    text += ' ';
    text += QByteArray::number(reading.measuredAtMs);
    for (const VitalValue &v : reading.values) {
        const KeySpec &spec = kKeys[static_cast<std::size_t>(v.parameter)];
        text += ' ';
        text += spec.key.toByteArray();
        text += '=';
        if (v.parameter == VitalParameter::OnOxygen) {
            text += v.value != 0.0 ? '1' : '0';
        } else if (v.state != ValueState::Measured) {
            text += "OFF";
        } else {
            text += formatNumber(v.value);
            text += spec.units[0].unit.toByteArray();
        }
    }
    return sign(text, deviceKey);
}

QByteArray GatewayFrameCodec::sign(QByteArrayView signedPart, QByteArrayView deviceKey)
{
    QByteArray line;
    line.reserve(signedPart.size() + kMacMarker.size() + kMacHexLength + 1);
    line += signedPart;
    line += kMacMarker;
    line += core::hmacSha256(deviceKey, signedPart).toHex();
    line += '\n';
    return line;
}

} // namespace careledger::sensors
