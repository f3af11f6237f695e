#include "Cbor.h"

namespace careledger::ledger::cbor {

void Writer::head(int major, quint64 value)
{
    const auto m = static_cast<quint8>(major << 5);
    if (value < 24) {
        m_out.append(static_cast<char>(m | value));
        return;
    }
    int size = 8;
    quint8 info = 27;
    if (value <= 0xff) {
        size = 1;
        info = 24;
    } else if (value <= 0xffff) {
        size = 2;
        info = 25;
    } else if (value <= 0xffffffffULL) {
        size = 4;
        info = 26;
    }
    m_out.append(static_cast<char>(m | info));
    for (int i = size - 1; i >= 0; --i)
        m_out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

void Writer::bytes(QByteArrayView data)
{
    head(2, static_cast<quint64>(data.size()));
    m_out.append(data.data(), data.size());
}

void Reader::fail(const QString &message, LedgerError code) const
{
    throw DecodeError{code, message};
}

quint64 Reader::head(int expectedMajor, const char *what)
{
    if (m_pos >= m_in.size())
        fail(QStringLiteral("truncated input: %1 expected at offset %2").arg(QLatin1String(what)).arg(m_pos));
    const auto first = static_cast<quint8>(m_in[m_pos]);
    const int major = first >> 5;
    const int info = first & 0x1f;
    if (major != expectedMajor)
        fail(QStringLiteral("%1 at offset %2 has the wrong CBOR type (major type %3)").arg(QLatin1String(what)).arg(m_pos).arg(major));
    if (info < 24) {
        ++m_pos;
        return static_cast<quint64>(info);
    }
    if (info > 27)
        fail(QStringLiteral("%1 at offset %2 uses an indefinite or reserved length").arg(QLatin1String(what)).arg(m_pos),
             info == 31 ? LedgerError::NonCanonical : LedgerError::Malformed);
    const int size = 1 << (info - 24);
    if (m_in.size() - m_pos - 1 < size)
        fail(QStringLiteral("truncated input inside %1 at offset %2").arg(QLatin1String(what)).arg(m_pos));
    quint64 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | static_cast<quint8>(m_in[m_pos + 1 + i]);
    const quint64 floor = size == 1 ? 24 : size == 2 ? 0x100 : size == 4 ? 0x10000 : 0x100000000ULL;
    if (value < floor)
        fail(QStringLiteral("%1 at offset %2 is not in its shortest form").arg(QLatin1String(what)).arg(m_pos), LedgerError::NonCanonical);
    m_pos += 1 + size;
    return value;
}

quint64 Reader::uint(const char *what)
{
    return head(0, what);
}

QByteArray Reader::bytes(const char *what, qsizetype minSize, qsizetype maxSize)
{
    const qsizetype start = m_pos;
    const quint64 size = head(2, what);
    if (size > static_cast<quint64>(maxSize) || size < static_cast<quint64>(minSize))
        fail(QStringLiteral("%1 at offset %2 has %3 bytes; expected %4 to %5").arg(QLatin1String(what)).arg(start).arg(size).arg(minSize).arg(maxSize),
             size > static_cast<quint64>(maxSize) ? LedgerError::TooLarge : LedgerError::Malformed);
    if (static_cast<quint64>(m_in.size() - m_pos) < size)
        fail(QStringLiteral("truncated input inside %1 at offset %2").arg(QLatin1String(what)).arg(start));
    QByteArray out(m_in.data() + m_pos, static_cast<qsizetype>(size));
    m_pos += static_cast<qsizetype>(size);
    return out;
}

bool Reader::boolean(const char *what)
{
    if (m_pos >= m_in.size())
        fail(QStringLiteral("truncated input: %1 expected at offset %2").arg(QLatin1String(what)).arg(m_pos));
    const auto b = static_cast<quint8>(m_in[m_pos]);
    if (b != 0xf4 && b != 0xf5)
        fail(QStringLiteral("%1 at offset %2 is not a boolean").arg(QLatin1String(what)).arg(m_pos));
    ++m_pos;
    return b == 0xf5;
}

quint64 Reader::array(const char *what, quint64 maxCount)
{
    const qsizetype start = m_pos;
    const quint64 count = head(4, what);
    // Every element takes at least one byte: a bigger count cannot be honest.
    if (count > maxCount || count > static_cast<quint64>(m_in.size() - m_pos))
        fail(QStringLiteral("%1 at offset %2 claims %3 elements (at most %4)").arg(QLatin1String(what)).arg(start).arg(count).arg(maxCount),
             count > maxCount ? LedgerError::TooLarge : LedgerError::Malformed);
    return count;
}

quint64 Reader::map(const char *what, quint64 maxCount)
{
    const qsizetype start = m_pos;
    const quint64 count = head(5, what);
    if (count > maxCount || count * 2 > static_cast<quint64>(m_in.size() - m_pos))
        fail(QStringLiteral("%1 at offset %2 claims %3 entries (at most %4)").arg(QLatin1String(what)).arg(start).arg(count).arg(maxCount));
    return count;
}

void Reader::expectEnd(const char *what)
{
    if (!atEnd())
        fail(QStringLiteral("%1 bytes of trailing data after %2").arg(m_in.size() - m_pos).arg(QLatin1String(what)));
}

MapReader::MapReader(Reader &reader, const char *what, quint64 maxEntries)
    : m_reader(reader), m_what(what), m_remaining(reader.map(what, maxEntries))
{
}

std::optional<quint64> MapReader::peekKey()
{
    if (m_pending)
        return m_pending;
    if (m_remaining == 0)
        return std::nullopt;
    const quint64 k = m_reader.uint("map key");
    if (m_last && k <= *m_last)
        m_reader.fail(QStringLiteral("keys of %1 are not in ascending order (key %2 after %3)").arg(QLatin1String(m_what)).arg(k).arg(*m_last),
                      LedgerError::NonCanonical);
    m_last = k;
    m_pending = k;
    --m_remaining;
    return m_pending;
}

bool MapReader::optionalKey(quint64 key)
{
    const auto next = peekKey();
    if (!next || *next > key)
        return false;
    if (*next < key)
        m_reader.fail(QStringLiteral("%1 has an unknown key %2").arg(QLatin1String(m_what)).arg(*next));
    m_pending.reset();
    return true;
}

void MapReader::key(quint64 key)
{
    if (!optionalKey(key))
        m_reader.fail(QStringLiteral("%1 lacks required key %2").arg(QLatin1String(m_what)).arg(key));
}

void MapReader::finish()
{
    if (const auto next = peekKey())
        m_reader.fail(QStringLiteral("%1 has an unknown key %2").arg(QLatin1String(m_what)).arg(*next));
}

QString shortHex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), 8)).toByteArray().toHex());
}

} // namespace careledger::ledger::cbor
