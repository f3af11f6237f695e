#pragma once

// The subset of CBOR (RFC 8949) the ledger uses, in its canonical form only: unsigned
// integers, byte strings, booleans, definite-length arrays and maps with unsigned-integer
// keys in strictly ascending order, every length and integer in its shortest form. Nothing
// else (no floats, tags, text, indefinite lengths) can be written or read, so one value
// has exactly one encoding and hashes over encodings are well defined.

#include "LedgerError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace careledger::ledger::cbor {

class Writer {
public:
    void uint(quint64 value) { head(0, value); }
    void bytes(QByteArrayView data);
    void boolean(bool value) { m_out.append(static_cast<char>(value ? 0xf5 : 0xf4)); }
    void array(quint64 count) { head(4, count); }
    void map(quint64 count) { head(5, count); }
    void raw(QByteArrayView encoded) { m_out.append(encoded.data(), encoded.size()); }

    const QByteArray &data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void head(int major, quint64 value);
    QByteArray m_out;
};

// Thrown only inside the ledger's decode functions, which catch it and return a
// LedgerResult: exceptions never cross the library boundary. It keeps the decoders short.
struct DecodeError {
    LedgerError code;
    QString message;
};

// Strict reader: every read checks type, shortest form and bounds against the input
// before allocating, so truncated or hostile input fails cleanly.
class Reader {
public:
    explicit Reader(QByteArrayView input) : m_in(input) {}

    quint64 uint(const char *what);
    QByteArray bytes(const char *what, qsizetype minSize, qsizetype maxSize);
    bool boolean(const char *what);
    quint64 array(const char *what, quint64 maxCount);
    quint64 map(const char *what, quint64 maxCount);

    bool atEnd() const { return m_pos >= m_in.size(); }
    qsizetype position() const { return m_pos; }
    QByteArrayView slice(qsizetype from, qsizetype to) const { return m_in.sliced(from, to - from); }
    void expectEnd(const char *what);

    [[noreturn]] void fail(const QString &message, LedgerError code = LedgerError::Malformed) const;

private:
    quint64 head(int expectedMajor, const char *what);
    QByteArrayView m_in;
    qsizetype m_pos = 0;
};

// Reads the entries of one map whose keys the caller asks for in ascending order; a key
// the caller does not know or an out-of-order key is an error.
class MapReader {
public:
    MapReader(Reader &reader, const char *what, quint64 maxEntries);
    void key(quint64 key);          // required entry
    bool optionalKey(quint64 key);  // true if present (and consumed)
    void finish();                  // no entries left over

private:
    std::optional<quint64> peekKey();
    Reader &m_reader;
    const char *m_what;
    quint64 m_remaining;
    std::optional<quint64> m_pending;
    std::optional<quint64> m_last;
};

// Runs a decoder that may throw DecodeError and turns the outcome into a LedgerResult.
template <typename T, typename F>
LedgerResult<T> decodeGuarded(F &&decode)
{
    try {
        return decode();
    } catch (const DecodeError &e) {
        return LedgerResult<T>::failure(e.code, e.message);
    }
}

QString shortHex(QByteArrayView bytes); // first 8 bytes in hex, for messages

} // namespace careledger::ledger::cbor
