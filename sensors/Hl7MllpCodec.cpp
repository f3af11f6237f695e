#include "Hl7MllpCodec.h"

#include "NumberText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace careledger::sensors {

namespace {

using Views = QVarLengthArray<QByteArrayView, 32>;

constexpr qsizetype kMaxNumericLength = 32;
constexpr qsizetype kMaxSegments = 4096;

Rejection reject(RejectionReason reason, QString detail)
{
    return Rejection{reason, std::move(detail)};
}

// Enough for any MDC reference name; never a whole field of what the sender wrote.
QString excerpt(QByteArrayView bytes)
{
    constexpr qsizetype kMax = 40;
    QString text = QString::fromUtf8(bytes.first(std::min(bytes.size(), kMax)));
    if (bytes.size() > kMax)
        text += QStringLiteral("…");
    return text;
}

// Next occurrence of c at or after from, or text.size(). memchr: every byte of every
// message is scanned here several times.
qsizetype findChar(QByteArrayView text, qsizetype from, char c)
{
    if (from >= text.size())
        return text.size();
    const void *hit = std::memchr(text.data() + from, c, static_cast<std::size_t>(text.size() - from));
    return hit ? static_cast<const char *>(hit) - text.data() : text.size();
}

// End of the segment starting at from: the next CR or LF.
qsizetype segmentEnd(QByteArrayView message, qsizetype from)
{
    const qsizetype cr = findChar(message, from, '\r');
    return findChar(message.first(cr), from, '\n');
}

Views split(QByteArrayView text, char separator)
{
    Views parts;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = findChar(text, start, separator);
        parts.append(text.sliced(start, end - start));
        if (end == text.size())
            return parts;
        start = end + 1;
    }
}

// 1-based piece of a separated value; empty when absent.
QByteArrayView piece(QByteArrayView text, char separator, int index)
{
    qsizetype start = 0;
    for (int current = 1;; ++current) {
        const qsizetype end = findChar(text, start, separator);
        if (current == index)
            return text.sliced(start, end - start);
        if (end == text.size())
            return {};
        start = end + 1;
    }
}

// A segment's fields with HL7 numbering: field(n) is SEG-n. MSH is shifted by one because
// MSH-1 is the field separator itself.
class Segment {
public:
    Segment(QByteArrayView text, const Hl7Separators &separators)
        : m_parts(split(text, separators.field)), m_isMsh(text.startsWith("MSH"))
    {
    }
    QByteArrayView name() const { return m_parts[0]; }
    QByteArrayView field(int n) const
    {
        const qsizetype index = m_isMsh ? n - 1 : n;
        if (n < 1 || index < 1 || index >= m_parts.size())
            return {};
        return m_parts[index];
    }

private:
    Views m_parts;
    bool m_isMsh;
};

// ---- separators and escapes -------------------------------------------------------------

bool validSeparator(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u < 0x7f && !((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Text fields in the character set MSH-18 declares: ISO 8859-1 or UTF-8 (which covers the
// default, ASCII).
QString decodeText(QByteArrayView raw, const Hl7Header &header)
{
    const QByteArray bytes = Hl7MllpCodec::unescape(raw, header.separators);
    return header.latin1 ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
}

// The field itself when it holds no escape (the usual case), else its decoded copy.
QByteArrayView unescapedView(QByteArrayView raw, const Hl7Separators &separators, QByteArray &storage)
{
    if (!raw.contains(separators.escape))
        return raw;
    storage = Hl7MllpCodec::unescape(raw, separators);
    return storage;
}

// ---- codes and units ----------------------------------------------------------------------

struct CodeEntry {
    int mdcCode; // 0 when only the reference name is known
    QByteArrayView name;
    VitalParameter parameter;
};

// IEEE 11073-10101 context-free codes (partition 2 SCADA: 131072 + term code).
constexpr std::array<CodeEntry, 26> kMdcCodes{{
    {147842, "MDC_ECG_HEART_RATE", VitalParameter::HeartRate},
    {149530, "MDC_PULS_OXIM_PULS_RATE", VitalParameter::HeartRate},
    {0, "MDC_PULS_RATE", VitalParameter::HeartRate},
    {0, "MDC_BLD_PULS_RATE_INV", VitalParameter::HeartRate},
    {150456, "MDC_PULS_OXIM_SAT_O2", VitalParameter::SpO2},
    {0, "MDC_SAT_O2", VitalParameter::SpO2},
    {150344, "MDC_TEMP", VitalParameter::BodyTemperature},
    {150364, "MDC_TEMP_BODY", VitalParameter::BodyTemperature},
    {0, "MDC_TEMP_CORE", VitalParameter::BodyTemperature},
    {0, "MDC_TEMP_RECT", VitalParameter::BodyTemperature},
    {0, "MDC_TEMP_TYMP", VitalParameter::BodyTemperature},
    {0, "MDC_TEMP_ORAL", VitalParameter::BodyTemperature},
    {0, "MDC_TEMP_AXIL", VitalParameter::BodyTemperature},
    {151562, "MDC_RESP_RATE", VitalParameter::RespirationRate},
    {0, "MDC_TTHOR_RESP_RATE", VitalParameter::RespirationRate},
    {0, "MDC_AWAY_RESP_RATE", VitalParameter::RespirationRate},
    {0, "MDC_CO2_RESP_RATE", VitalParameter::RespirationRate},
    {150021, "MDC_PRESS_BLD_NONINV_SYS", VitalParameter::SystolicBp},
    {0, "MDC_PRESS_CUFF_SYS", VitalParameter::SystolicBp},
    {0, "MDC_PRESS_BLD_ART_ABP_SYS", VitalParameter::SystolicBp},
    {150022, "MDC_PRESS_BLD_NONINV_DIA", VitalParameter::DiastolicBp},
    {0, "MDC_PRESS_CUFF_DIA", VitalParameter::DiastolicBp},
    {0, "MDC_PRESS_BLD_ART_ABP_DIA", VitalParameter::DiastolicBp},
    {160184, "MDC_CONC_GLU_CAPILLARY_WHOLEBLOOD", VitalParameter::Glucose},
    {160188, "MDC_CONC_GLU_CAPILLARY_PLASMA", VitalParameter::Glucose},
    {160020, "MDC_CONC_GLU_GEN", VitalParameter::Glucose},
}};

struct LoincEntry {
    QByteArrayView code;
    VitalParameter parameter;
};

constexpr std::array<LoincEntry, 10> kLoincCodes{{
    {"8867-4", VitalParameter::HeartRate},
    {"59408-5", VitalParameter::SpO2},
    {"2708-6", VitalParameter::SpO2},
    {"8310-5", VitalParameter::BodyTemperature},
    {"9279-1", VitalParameter::RespirationRate},
    {"8480-6", VitalParameter::SystolicBp},
    {"8462-4", VitalParameter::DiastolicBp},
    {"2339-0", VitalParameter::Glucose},
    {"15074-8", VitalParameter::Glucose},
    {"41653-7", VitalParameter::Glucose},
}};

std::optional<VitalParameter> mdcByCode(QByteArrayView code)
{
    bool ok = false;
    const int value = QByteArray::fromRawData(code.data(), code.size()).toInt(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    for (const CodeEntry &e : kMdcCodes) {
        if (e.mdcCode == value)
            return e.parameter;
    }
    return std::nullopt;
}

std::optional<VitalParameter> mdcByName(QByteArrayView name)
{
    for (const CodeEntry &e : kMdcCodes) {
        if (e.name == name)
            return e.parameter;
    }
    return std::nullopt;
}

std::optional<VitalParameter> loinc(QByteArrayView code)
{
    for (const LoincEntry &e : kLoincCodes) {
        if (e.code == code)
            return e.parameter;
    }
    return std::nullopt;
}

// One coded triple of OBX-3 (identifier, text, coding system).
std::optional<VitalParameter> identify(QByteArrayView id, QByteArrayView text, QByteArrayView system)
{
    if (system == "LN")
        return loinc(id);
    if (system == "MDC" || system.isEmpty()) {
        if (auto p = mdcByCode(id))
            return p;
        if (auto p = mdcByName(text))
            return p;
        if (auto p = mdcByName(id))
            return p;
        if (system.isEmpty())
            return loinc(id);
        return std::nullopt;
    }
    // Vendor or local systems: the MDC reference name in the text is still meaningful.
    return mdcByName(text);
}

enum class Unit { PerMin, Percent, Celsius, Fahrenheit, MmHg, KiloPascal, MgPerDl, MmolPerL, MilliVolt, MicroVolt };

struct UnitEntry {
    int mdcCode; // partition 4 (dimensions): 262144 + term code
    QByteArrayView mdcName;
    Unit unit;
};

constexpr std::array<UnitEntry, 12> kMdcUnits{{
    {264864, "MDC_DIM_BEAT_PER_MIN", Unit::PerMin},
    {264928, "MDC_DIM_RESP_PER_MIN", Unit::PerMin},
    {264352, "MDC_DIM_PER_MIN", Unit::PerMin},
    {262688, "MDC_DIM_PERCENT", Unit::Percent},
    {268192, "MDC_DIM_DEGC", Unit::Celsius},
    {266560, "MDC_DIM_FAHR", Unit::Fahrenheit},
    {266016, "MDC_DIM_MMHG", Unit::MmHg},
    {265987, "MDC_DIM_KILO_PASCAL", Unit::KiloPascal},
    {264274, "MDC_DIM_MILLI_G_PER_DL", Unit::MgPerDl},
    {266866, "MDC_DIM_MILLI_MOLE_PER_L", Unit::MmolPerL},
    {266418, "MDC_DIM_MILLI_VOLT", Unit::MilliVolt},
    {266419, "MDC_DIM_MICRO_VOLT", Unit::MicroVolt},
}};

struct UcumEntry {
    QByteArrayView text;
    Unit unit;
};

// UCUM codes plus the spellings monitors commonly put in OBX-6 instead.
constexpr std::array<UcumEntry, 22> kUcumUnits{{
    {"/min", Unit::PerMin},          {"{beats}/min", Unit::PerMin},  {"{beat}/min", Unit::PerMin},
    {"{breaths}/min", Unit::PerMin}, {"{breath}/min", Unit::PerMin}, {"bpm", Unit::PerMin},
    {"rpm", Unit::PerMin},           {"1/min", Unit::PerMin},        {"%", Unit::Percent},
    {"Cel", Unit::Celsius},          {"degC", Unit::Celsius},        {"[degF]", Unit::Fahrenheit},
    {"degF", Unit::Fahrenheit},      {"mm[Hg]", Unit::MmHg},         {"mmHg", Unit::MmHg},
    {"kPa", Unit::KiloPascal},       {"mg/dL", Unit::MgPerDl},       {"mg/dl", Unit::MgPerDl},
    {"mmol/L", Unit::MmolPerL},      {"mmol/l", Unit::MmolPerL},     {"mV", Unit::MilliVolt},
    {"uV", Unit::MicroVolt},
}};

std::optional<Unit> identifyUnit(QByteArrayView id, QByteArrayView text, QByteArrayView system)
{
    bool numeric = false;
    const int code = QByteArray::fromRawData(id.data(), id.size()).toInt(&numeric);
    for (const UnitEntry &e : kMdcUnits) {
        if ((numeric && (system == "MDC" || system.isEmpty()) && e.mdcCode == code) || e.mdcName == id ||
            e.mdcName == text)
            return e.unit;
    }
    for (const UcumEntry &e : kUcumUnits) {
        if (e.text == id)
            return e.unit;
    }
    if (id.isEmpty()) {
        for (const UcumEntry &e : kUcumUnits) {
            if (e.text == text)
                return e.unit;
        }
    }
    return std::nullopt;
}

// Converts to the parameter's canonical unit; nullopt when the unit does not fit it.
std::optional<double> toCanonical(VitalParameter parameter, Unit unit, double value)
{
    switch (parameter) {
    case VitalParameter::HeartRate:
    case VitalParameter::RespirationRate:
        return unit == Unit::PerMin ? std::optional<double>(value) : std::nullopt;
    case VitalParameter::SpO2:
        return unit == Unit::Percent ? std::optional<double>(value) : std::nullopt;
    case VitalParameter::BodyTemperature:
        if (unit == Unit::Celsius)
            return value;
        if (unit == Unit::Fahrenheit)
            return (value - 32.0) * 5.0 / 9.0;
        return std::nullopt;
    case VitalParameter::SystolicBp:
    case VitalParameter::DiastolicBp:
        if (unit == Unit::MmHg)
            return value;
        if (unit == Unit::KiloPascal)
            return value * 7.50062;
        return std::nullopt;
    case VitalParameter::Glucose:
        if (unit == Unit::MgPerDl)
            return value;
        if (unit == Unit::MmolPerL)
            return value * 18.0156;
        return std::nullopt;
    case VitalParameter::Emg:
        if (unit == Unit::MilliVolt)
            return value;
        if (unit == Unit::MicroVolt)
            return value / 1000.0;
        return std::nullopt;
    case VitalParameter::OnOxygen:
        return std::nullopt;
    }
    return std::nullopt;
}

bool isEui64(QByteArrayView text)
{
    if (text.size() != 16)
        return false;
    for (char c : text) {
        if (hexValue(c) < 0)
            return false;
    }
    return true;
}

// ---- time ---------------------------------------------------------------------------------

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

void civilFromDays(qint64 z, int &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 yy = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int>(yy + (m <= 2 ? 1 : 0));
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int digitsValue(QByteArrayView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// ---- ACK ------------------------------------------------------------------------------------

QByteArrayView ackCodeText(AckCode code)
{
    switch (code) {
    case AckCode::Accept:
        return "AA";
    case AckCode::Error:
        return "AE";
    case AckCode::Reject:
        return "AR";
    }
    return "AR";
}

// HL7 table 0357 (message error condition codes).
QByteArrayView errorCondition(RejectionReason reason)
{
    switch (reason) {
    case RejectionReason::UnsupportedMessage:
        return "200^Unsupported message type^HL70357";
    case RejectionReason::Oversized:
        return "104^Value too long^HL70357";
    case RejectionReason::NonNumericValue:
    case RejectionReason::MissingUnit:
    case RejectionReason::WrongUnit:
        return "102^Data type error^HL70357";
    case RejectionReason::UnknownDevice:
    case RejectionReason::UnpairedDevice:
        return "204^Unknown key identifier^HL70357";
    case RejectionReason::ReplayedSequence:
    case RejectionReason::DuplicateParameter:
        return "205^Duplicate key identifier^HL70357";
    case RejectionReason::Malformed:
    case RejectionReason::Garbage:
    case RejectionReason::Truncated:
    case RejectionReason::UnknownParameter:
        return "101^Required field missing^HL70357";
    default:
        return "207^Application internal error^HL70357";
    }
}

// ---- ORU encoding -------------------------------------------------------------------------

struct OruCode {
    VitalParameter parameter;
    QByteArrayView code;
    QByteArrayView unit;
    QByteArrayView channel; // OBX-4 MDS.VMD.Channel.Metric
};

constexpr std::array<OruCode, 7> kOruCodes{{
    {VitalParameter::HeartRate, "147842^MDC_ECG_HEART_RATE^MDC", "264864^MDC_DIM_BEAT_PER_MIN^MDC", "1.1.1.1"},
    {VitalParameter::SpO2, "150456^MDC_PULS_OXIM_SAT_O2^MDC", "262688^MDC_DIM_PERCENT^MDC", "1.2.1.1"},
    {VitalParameter::SystolicBp, "150021^MDC_PRESS_BLD_NONINV_SYS^MDC", "266016^MDC_DIM_MMHG^MDC", "1.3.1.1"},
    {VitalParameter::DiastolicBp, "150022^MDC_PRESS_BLD_NONINV_DIA^MDC", "266016^MDC_DIM_MMHG^MDC", "1.3.1.2"},
    {VitalParameter::RespirationRate, "151562^MDC_RESP_RATE^MDC", "264928^MDC_DIM_RESP_PER_MIN^MDC", "1.4.1.1"},
    {VitalParameter::BodyTemperature, "150344^MDC_TEMP^MDC", "268192^MDC_DIM_DEGC^MDC", "1.5.1.1"},
    {VitalParameter::Glucose, "160184^MDC_CONC_GLU_CAPILLARY_WHOLEBLOOD^MDC", "264274^MDC_DIM_MILLI_G_PER_DL^MDC",
     "1.6.1.1"},
}};

// Replaces the default separators in a constant coded value by the message's own.
QByteArray withSeparators(QByteArrayView coded, const Hl7Separators &s)
{
    QByteArray out = coded.toByteArray();
    out.replace('^', s.component);
    return out;
}

} // namespace

// ---- public ---------------------------------------------------------------------------------

QByteArray Hl7MllpCodec::unescape(QByteArrayView text, const Hl7Separators &s)
{
    if (!text.contains(s.escape))
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != s.escape) {
            out += text[i];
            continue;
        }
        const qsizetype end = text.indexOf(s.escape, i + 1);
        if (end < 0) { // unterminated: keep literally
            out += text.sliced(i);
            break;
        }
        const QByteArrayView code = text.sliced(i + 1, end - i - 1);
        if (code == "F")
            out += s.field;
        else if (code == "S")
            out += s.component;
        else if (code == "T")
            out += s.subcomponent;
        else if (code == "R")
            out += s.repetition;
        else if (code == "E")
            out += s.escape;
        else if (code == "H" || code == "N" || code == ".br")
            ; // formatting only
        else if (code.size() >= 3 && code.size() % 2 == 1 && code[0] == 'X') {
            QByteArray bytes;
            bool ok = true;
            for (qsizetype k = 1; k + 1 < code.size(); k += 2) {
                const int hi = hexValue(code[k]);
                const int lo = hexValue(code[k + 1]);
                if (hi < 0 || lo < 0) {
                    ok = false;
                    break;
                }
                bytes += static_cast<char>((hi << 4) | lo);
            }
            out += ok ? bytes : text.sliced(i, end - i + 1).toByteArray();
        } else {
            out += text.sliced(i, end - i + 1); // unknown escape: keep what was sent
        }
        i = end;
    }
    return out;
}

QByteArray Hl7MllpCodec::escape(QByteArrayView text, const Hl7Separators &s)
{
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == s.escape)
            out += QByteArray() + s.escape + 'E' + s.escape;
        else if (c == s.field)
            out += QByteArray() + s.escape + 'F' + s.escape;
        else if (c == s.component)
            out += QByteArray() + s.escape + 'S' + s.escape;
        else if (c == s.subcomponent)
            out += QByteArray() + s.escape + 'T' + s.escape;
        else if (c == s.repetition)
            out += QByteArray() + s.escape + 'R' + s.escape;
        else if (c == '\r' || c == '\n' || c == kStartBlock || c == kEndBlock)
            out += QByteArray() + s.escape + 'X' + QByteArray(1, c).toHex().toUpper() + s.escape;
        else
            out += c;
    }
    return out;
}

std::optional<qint64> Hl7MllpCodec::parseTime(QByteArrayView text, const Hl7DecodeOptions &options)
{
    // YYYYMMDDHHMM[SS[.S[S[S[S]]]]][+/-ZZZZ]
    if (text.size() < 12 || text.size() > 24)
        return std::nullopt;
    const int year = digitsValue(text, 0, 4);
    const int month = digitsValue(text, 4, 2);
    const int day = digitsValue(text, 6, 2);
    const int hour = digitsValue(text, 8, 2);
    const int minute = digitsValue(text, 10, 2);
    if (year < 1970 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int daysInMonth = kDays[static_cast<std::size_t>(month - 1)] + (month == 2 && isLeap(year) ? 1 : 0);
    if (day > daysInMonth)
        return std::nullopt;
    qsizetype i = 12;
    int second = 0;
    int millis = 0;
    if (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        second = digitsValue(text, i, 2);
        if (second < 0 || second > 59)
            return std::nullopt;
        i += 2;
        if (i < text.size() && text[i] == '.') {
            ++i;
            qsizetype fractionDigits = 0;
            int scale = 100;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
                if (++fractionDigits > 4)
                    return std::nullopt;
                millis += (text[i] - '0') * scale;
                scale /= 10;
                ++i;
            }
            if (fractionDigits == 0)
                return std::nullopt;
        }
    }
    std::optional<int> offsetMinutes;
    if (i < text.size()) {
        if ((text[i] != '+' && text[i] != '-') || text.size() - i != 5)
            return std::nullopt;
        const int hh = digitsValue(text, i + 1, 2);
        const int mm = digitsValue(text, i + 3, 2);
        if (hh < 0 || hh > 14 || mm < 0 || mm > 59)
            return std::nullopt;
        offsetMinutes = (hh * 60 + mm) * (text[i] == '-' ? -1 : 1);
    }
    const qint64 days = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    const qint64 wallMs = ((days * 24 + hour) * 60 + minute) * 60000 + static_cast<qint64>(second) * 1000 + millis;
    if (!offsetMinutes)
        offsetMinutes = options.utcOffsetMinutesWhenAbsent;
    if (offsetMinutes)
        return wallMs - static_cast<qint64>(*offsetMinutes) * 60000;
    const QDateTime local(QDate(year, month, day), QTime(hour, minute, second, millis), Qt::LocalTime);
    if (!local.isValid())
        return std::nullopt; // a local time that does not exist (DST gap)
    return local.toMSecsSinceEpoch();
}

QByteArray Hl7MllpCodec::formatTime(qint64 utcMs)
{
    const qint64 days = utcMs >= 0 ? utcMs / 86400000 : (utcMs - 86399999) / 86400000;
    const qint64 msOfDay = utcMs - days * 86400000;
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    civilFromDays(days, y, m, d);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d%02u%02u%02d%02d%02d.%03d+0000", y, m, d,
                  static_cast<int>(msOfDay / 3600000), static_cast<int>(msOfDay / 60000 % 60),
                  static_cast<int>(msOfDay / 1000 % 60), static_cast<int>(msOfDay % 1000));
    return QByteArray(buffer);
}

GatewayResult<Hl7Header> Hl7MllpCodec::decodeHeader(QByteArrayView message)
{
    if (message.size() > kMaxMessageBytes)
        return reject(RejectionReason::Oversized,
                      QCoreApplication::translate("Gateway", "The HL7 message has %1 bytes; the limit is %2.")
                          .arg(message.size())
                          .arg(kMaxMessageBytes));
    const QByteArrayView msh = message.first(segmentEnd(message, 0));
    if (!msh.startsWith("MSH") || msh.size() < 8)
        return reject(RejectionReason::Malformed,
                      QCoreApplication::translate("Gateway", "The HL7 message does not start with an MSH segment."));

    Hl7Header header;
    Hl7Separators &s = header.separators;
    s.field = msh[3];
    const qsizetype encodingEnd = msh.indexOf(s.field, 4);
    const QByteArrayView encoding = msh.sliced(4, (encodingEnd < 0 ? msh.size() : encodingEnd) - 4);
    if (encoding.size() < 4 || encoding.size() > 5)
        return reject(RejectionReason::Malformed,
                      QCoreApplication::translate("Gateway", "MSH-2 must declare four encoding characters, got “%1”.")
                          .arg(excerpt(encoding)));
    s.component = encoding[0];
    s.repetition = encoding[1];
    s.escape = encoding[2];
    s.subcomponent = encoding[3];
    const std::array<char, 5> all{s.field, s.component, s.repetition, s.escape, s.subcomponent};
    for (std::size_t a = 0; a < all.size(); ++a) {
        if (!validSeparator(all[a]))
            return reject(RejectionReason::Malformed,
                          QCoreApplication::translate(
                              "Gateway", "MSH declares a letter, digit, space or control character as a separator."));
        for (std::size_t b = a + 1; b < all.size(); ++b) {
            if (all[a] == all[b])
                return reject(
                    RejectionReason::Malformed,
                    QCoreApplication::translate("Gateway", "MSH declares the same character for two separators."));
        }
    }

    const Segment segment(msh, s);
    header.sendingApplication = segment.field(3).toByteArray();
    header.sendingFacility = segment.field(4).toByteArray();
    header.receivingApplication = segment.field(5).toByteArray();
    header.receivingFacility = segment.field(6).toByteArray();
    header.rawControlId = segment.field(10).toByteArray();
    header.processingId = segment.field(11).toByteArray();
    header.version = segment.field(12).toByteArray();
    const QByteArrayView type = segment.field(9);
    const QByteArrayView messageCode = piece(type, s.component, 1);
    const QByteArrayView trigger = piece(type, s.component, 2);
    header.triggerEvent = trigger.toByteArray();
    const QByteArrayView charset = segment.field(18);
    header.latin1 = piece(charset, s.repetition, 1) == "8859/1";
    header.messageType = decodeText(messageCode, header) + QLatin1Char('^') + decodeText(trigger, header);

    if (header.rawControlId.isEmpty())
        return reject(RejectionReason::Malformed,
                      QCoreApplication::translate("Gateway", "MSH-10 (message control id) is empty."));
    // The limit is on characters after decoding (HL7 ST); the raw bound only caps the work.
    header.controlId =
        header.rawControlId.size() <= 4 * kMaxControlIdLength ? decodeText(header.rawControlId, header) : QString();
    if (header.controlId.size() > kMaxControlIdLength || header.rawControlId.size() > 4 * kMaxControlIdLength)
        return reject(
            RejectionReason::Malformed,
            QCoreApplication::translate("Gateway", "MSH-10 is longer than %1 characters.").arg(kMaxControlIdLength));
    if (header.controlId.isEmpty())
        return reject(RejectionReason::Malformed,
                      QCoreApplication::translate("Gateway", "MSH-10 (message control id) is empty."));
    return header;
}

GatewayResult<Hl7Message> Hl7MllpCodec::decode(QByteArrayView message, const Hl7DecodeOptions &options)
{
    auto headerResult = decodeHeader(message);
    if (!headerResult)
        return headerResult.error();

    Hl7Message out;
    out.header = std::move(*headerResult);
    const Hl7Separators &s = out.header.separators;
    if (out.header.messageType != QLatin1String("ORU^R01")) // built from MSH-9 with escapes decoded
        return reject(RejectionReason::UnsupportedMessage,
                      QCoreApplication::translate("Gateway", "Message type “%1” is not ORU^R01.")
                          .arg(out.header.messageType.left(24)));

    Reading &reading = out.reading;
    reading.dialect = Dialect::Hl7;
    reading.controlId = out.header.controlId;

    // Walk the segments once; remember the first problem with a usable-looking observation
    // so a message with nothing usable is refused for the right reason.
    std::optional<qint64> messageTime;
    std::optional<qint64> groupTime;
    std::optional<qint64> readingTime;
    std::optional<Rejection> firstProblem;
    QByteArray deviceEui;
    quint32 seen = 0;
    int segmentIndex = 0;
    int obxIndex = 0;

    auto note = [&](RejectionReason reason, const QString &text) {
        out.ignored.append(text);
        if (!firstProblem)
            firstProblem = Rejection{reason, text};
    };

    qsizetype start = 0;
    while (start < message.size()) {
        const qsizetype end = segmentEnd(message, start);
        const QByteArrayView text = message.sliced(start, end - start);
        start = end + 1;
        if (text.isEmpty())
            continue;
        if (++segmentIndex > kMaxSegments)
            return reject(
                RejectionReason::Oversized,
                QCoreApplication::translate("Gateway", "The HL7 message has more than %1 segments.").arg(kMaxSegments));
        const QByteArrayView name = text.first(std::min<qsizetype>(text.size(), 3));
        const bool nameOk = text.size() >= 3 && (text.size() == 3 || text[3] == s.field) &&
                            std::all_of(name.begin(), name.end(),
                                        [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
        if (!nameOk)
            return reject(RejectionReason::Malformed,
                          QCoreApplication::translate("Gateway", "Segment %1 does not start with a segment name.")
                              .arg(segmentIndex));

        const Segment segment(text, s);
        if (name == "MSH") {
            if (segmentIndex != 1)
                return reject(
                    RejectionReason::Malformed,
                    QCoreApplication::translate("Gateway", "A second MSH segment at segment %1.").arg(segmentIndex));
            const QByteArrayView time = segment.field(7);
            if (!time.isEmpty()) {
                messageTime = parseTime(time, options);
                if (!messageTime)
                    return reject(RejectionReason::Malformed,
                                  QCoreApplication::translate("Gateway", "MSH-7 “%1” is not a valid HL7 time.")
                                      .arg(excerpt(time)));
            }
        } else if (name == "PID") {
            const QByteArrayView ids = segment.field(3);
            reading.reportedPatientId =
                decodeText(piece(piece(ids, s.repetition, 1), s.component, 1), out.header).left(64);
        } else if (name == "OBR") {
            const QByteArrayView time = segment.field(7);
            groupTime.reset();
            if (!time.isEmpty()) {
                groupTime = parseTime(time, options);
                if (!groupTime)
                    return reject(RejectionReason::Malformed,
                                  QCoreApplication::translate("Gateway", "OBR-7 “%1” is not a valid HL7 time.")
                                      .arg(excerpt(time)));
            }
        } else if (name == "OBX") {
            ++obxIndex;
            const QByteArrayView equipment = piece(piece(segment.field(18), s.repetition, 1), s.component, 1);
            if (!equipment.isEmpty() && isEui64(equipment)) {
                const QByteArray eui = equipment.toByteArray().toUpper();
                if (deviceEui.isEmpty()) {
                    deviceEui = eui;
                } else if (eui != deviceEui) {
                    note(RejectionReason::UnsupportedMessage,
                         QCoreApplication::translate(
                             "Gateway", "OBX %1: from device %2, not %3; one message is read for one device.")
                             .arg(obxIndex)
                             .arg(QString::fromLatin1(eui), QString::fromLatin1(deviceEui)));
                    continue;
                }
            }
            const QByteArrayView valueType = segment.field(2);
            if (valueType == "X" || (valueType.isEmpty() && segment.field(5).isEmpty()))
                continue; // device description rows
            const QByteArrayView code = segment.field(3);
            std::optional<VitalParameter> parameter =
                identify(piece(code, s.component, 1), piece(code, s.component, 2), piece(code, s.component, 3));
            if (!parameter)
                parameter =
                    identify(piece(code, s.component, 4), piece(code, s.component, 5), piece(code, s.component, 6));
            if (!parameter) {
                const QByteArrayView codeName =
                    piece(code, s.component, 2).isEmpty() ? piece(code, s.component, 1) : piece(code, s.component, 2);
                out.ignored.append(
                    QCoreApplication::translate("Gateway", "OBX %1: %2 is not a parameter CareLedger records.")
                        .arg(obxIndex)
                        .arg(excerpt(codeName)));
                continue;
            }
            if (valueType != "NM") {
                note(RejectionReason::NonNumericValue,
                     QCoreApplication::translate("Gateway", "OBX %1: %2 has value type “%3”, not NM.")
                         .arg(obxIndex)
                         .arg(parameterName(*parameter), excerpt(valueType)));
                continue;
            }
            const quint32 bit = 1u << static_cast<unsigned>(*parameter);
            if (seen & bit) {
                out.ignored.append(
                    QCoreApplication::translate("Gateway", "OBX %1: a second %2 value; the first one is used.")
                        .arg(obxIndex)
                        .arg(parameterName(*parameter)));
                continue;
            }

            VitalValue value;
            value.parameter = *parameter;
            const Views flags = split(segment.field(8), s.repetition);
            const bool notAvailable =
                std::any_of(flags.begin(), flags.end(), [](QByteArrayView f) { return f == "NAV"; });
            const bool invalid = std::any_of(flags.begin(), flags.end(), [](QByteArrayView f) { return f == "INV"; });
            QByteArray valueStorage;
            const QByteArrayView rawValue =
                unescapedView(piece(segment.field(5), s.repetition, 1), s, valueStorage).trimmed();
            if (invalid) {
                value.state = ValueState::Invalid;
            } else if (notAvailable || rawValue.isEmpty() || segment.field(11) == "X") {
                value.state = ValueState::SensorOff;
            } else {
                const auto number = detail::parseHl7Numeric(rawValue, kMaxNumericLength);
                if (!number) {
                    note(RejectionReason::NonNumericValue,
                         QCoreApplication::translate("Gateway", "OBX %1: the %2 value “%3” is not a number.")
                             .arg(obxIndex)
                             .arg(parameterName(*parameter), excerpt(rawValue)));
                    continue;
                }
                const QByteArrayView unitField = segment.field(6);
                if (unitField.isEmpty()) {
                    note(RejectionReason::MissingUnit,
                         QCoreApplication::translate("Gateway", "OBX %1: the %2 value has no unit.")
                             .arg(obxIndex)
                             .arg(parameterName(*parameter)));
                    continue;
                }
                QByteArray idStorage;
                QByteArray textStorage;
                const QByteArrayView unitId = unescapedView(piece(unitField, s.component, 1), s, idStorage);
                const QByteArrayView unitText = unescapedView(piece(unitField, s.component, 2), s, textStorage);
                const auto unit = identifyUnit(unitId, unitText, piece(unitField, s.component, 3));
                const auto canonical = unit ? toCanonical(*parameter, *unit, *number) : std::nullopt;
                if (!canonical) {
                    note(RejectionReason::WrongUnit,
                         QCoreApplication::translate("Gateway", "OBX %1: unit “%2” does not fit %3.")
                             .arg(obxIndex)
                             .arg(excerpt(unitText.isEmpty() ? unitId : unitText), parameterName(*parameter)));
                    continue;
                }
                value.value = *canonical;
            }
            seen |= bit;
            reading.values.append(value);
            if (!readingTime)
                readingTime = groupTime ? groupTime : messageTime;
        }
        // PV1, ORC, NTE, Z segments and the rest carry nothing the gateway uses.
    }

    if (reading.values.isEmpty()) {
        if (firstProblem)
            return *firstProblem;
        return reject(RejectionReason::UnsupportedMessage,
                      QCoreApplication::translate("Gateway", "The message carries no observation CareLedger records."));
    }
    if (deviceEui.isEmpty()) {
        // Some monitors name themselves in MSH-3 (namespace^EUI-64^EUI-64) instead of OBX-18.
        const QByteArrayView universalId = piece(out.header.sendingApplication, s.component, 2);
        if (piece(out.header.sendingApplication, s.component, 3) == "EUI-64" && isEui64(universalId))
            deviceEui = universalId.toByteArray().toUpper();
    }
    if (deviceEui.isEmpty())
        return reject(
            RejectionReason::UnknownDevice,
            QCoreApplication::translate("Gateway", "The message names no device (EUI-64 in OBX-18 or MSH-3)."));
    if (!readingTime)
        return reject(RejectionReason::Malformed,
                      QCoreApplication::translate("Gateway", "The message has no observation time (OBR-7 or MSH-7)."));

    reading.deviceId = QString::fromLatin1(deviceEui);
    reading.measuredAtMs = *readingTime;
    reading.sequence = *readingTime >= 0 ? static_cast<quint64>(*readingTime) : 0;
    return out;
}

AckCode Hl7MllpCodec::ackCodeFor(RejectionReason reason)
{
    switch (reason) {
    case RejectionReason::NonNumericValue:
    case RejectionReason::MissingUnit:
    case RejectionReason::WrongUnit:
    case RejectionReason::DuplicateParameter:
    case RejectionReason::ImplausibleValue:
        return AckCode::Error;
    case RejectionReason::ReplayedSequence:
        // A retransmission after a lost ACK: acknowledge it so the sender stops; nothing is
        // stored twice.
        return AckCode::Accept;
    default:
        return AckCode::Reject;
    }
}

QByteArray Hl7MllpCodec::buildAck(const Hl7Header &header, AckCode code, const QString &text,
                                  const QString &ackControlId, qint64 nowMs, std::optional<RejectionReason> reason)
{
    const Hl7Separators &s = header.separators;
    const char f = s.field;
    QByteArray out;
    out.reserve(256);
    out += "MSH";
    out += f;
    out += s.component;
    out += s.repetition;
    out += s.escape;
    out += s.subcomponent;
    out += f + header.receivingApplication + f + header.receivingFacility + f + header.sendingApplication + f +
           header.sendingFacility + f + formatTime(nowMs) + f + f + QByteArray("ACK") + s.component +
           (header.triggerEvent.isEmpty() ? QByteArray("R01") : header.triggerEvent) + s.component + QByteArray("ACK") +
           f + escape(ackControlId.toUtf8(), s) + f +
           (header.processingId.isEmpty() ? QByteArray("P") : header.processingId) + f +
           (header.version.isEmpty() ? QByteArray("2.6") : header.version);
    // Translated texts may leave ASCII: then the ACK says it is UTF-8 (MSH-18).
    const bool ascii =
        std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; }) &&
        std::all_of(ackControlId.begin(), ackControlId.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii)
        out += QByteArray(6, f) + "UNICODE UTF-8";
    out += '\r';
    out += "MSA";
    out += f + ackCodeText(code).toByteArray() + f + header.rawControlId;
    if (!text.isEmpty())
        out += f + escape(text.left(80).toUtf8(), s);
    out += '\r';
    if (code != AckCode::Accept && reason) {
        // ERR-3 error code, ERR-4 severity, ERR-8 user message.
        QByteArray condition = errorCondition(*reason).toByteArray();
        condition.replace('^', s.component);
        out += "ERR";
        out += f;
        out += f;
        out += f + condition + f + 'E' + f + f + f + f + escape(text.left(250).toUtf8(), s);
        out += '\r';
    }
    return out;
}

QByteArray Hl7MllpCodec::encodeOru(const Reading &reading, const Hl7EncodeOptions &options)
{
    const Hl7Separators &s = options.separators;
    const char f = s.field;
    const QByteArray time = formatTime(reading.measuredAtMs);
    const QByteArray eui = reading.deviceId.toLatin1();
    QByteArray out;
    out.reserve(1024);
    out += "MSH";
    out += f;
    out += s.component;
    out += s.repetition;
    out += s.escape;
    out += s.subcomponent;
    out += f + escape(options.sendingApplication.toUtf8(), s) + f + escape(options.sendingFacility.toUtf8(), s) + f +
           QByteArray("WS-EHR") + f + QByteArray("CLINIC") + f + time + f + f + QByteArray("ORU") + s.component +
           QByteArray("R01") + s.component + QByteArray("ORU_R01") + f + escape(options.controlId.toUtf8(), s) + f +
           QByteArray("P") + f + QByteArray("2.6") + f + f + f + QByteArray("NE") + f + QByteArray("AL") + f + f +
           QByteArray("UNICODE UTF-8") + f + f + f +
           withSeparators("IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO", s);
    out += '\r';
    if (!options.patientId.isEmpty()) {
        out += "PID" + QByteArray(3, f) + escape(options.patientId.toUtf8(), s) + QByteArray(3, s.component) +
               QByteArray("CLINIC") + s.component + QByteArray("MR");
        out += '\r';
    }
    out += "OBR" + QByteArray(1, f) + '1' + QByteArray(3, f) +
           withSeparators("182777000^monitoring of patient^SCT", s) + QByteArray(3, f) + time;
    out += '\r';
    int setId = 0;
    if (options.includeDeviceRow) {
        out += "OBX" + QByteArray(1, f) + QByteArray::number(++setId) + f + f +
               withSeparators("69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC", s) + f + QByteArray("1.0.0.0") +
               QByteArray(7, f) + 'X' + QByteArray(7, f) + eui + s.component + QByteArray("EUI-64");
        out += '\r';
    }
    for (const VitalValue &v : reading.values) {
        const auto it = std::find_if(kOruCodes.begin(), kOruCodes.end(),
                                     [&](const OruCode &c) { return c.parameter == v.parameter; });
        if (it == kOruCodes.end())
            continue; // EMG and the oxygen flag have no PCD-01 code
        const bool measured = v.state == ValueState::Measured;
        const QByteArray flag = measured                         ? QByteArray("N")
                                : v.state == ValueState::Invalid ? QByteArray("INV")
                                                                 : QByteArray("NAV");
        out += "OBX" + QByteArray(1, f) + QByteArray::number(++setId) + f + QByteArray("NM") + f +
               withSeparators(it->code, s) + f + it->channel.toByteArray() + f +
               (measured ? detail::formatShortest(v.value) : QByteArray()) + f + withSeparators(it->unit, s) + f + f +
               flag + f + f + f + 'R' + QByteArray(7, f) + eui + s.component + QByteArray("EUI-64");
        out += '\r';
    }
    return out;
}

QByteArray Hl7MllpCodec::frame(QByteArrayView message)
{
    QByteArray out;
    out.reserve(message.size() + 3);
    out += kStartBlock;
    out += message;
    out += kEndBlock;
    out += kCarriageReturn;
    return out;
}

} // namespace careledger::sensors
