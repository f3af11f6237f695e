#pragma once

// Internal to the ledger: prepared statements with typed bindings, store errors mapped to
// LedgerError::Storage with the operation named.

#include "LedgerError.h"
#include "store/Database.h"

#include <QByteArray>

#include <optional>

namespace careledger::ledger::sql {

inline core::Error<LedgerError> storageError(const core::Error<core::StoreError> &e)
{
    return {LedgerError::Storage, QStringLiteral("ledger storage: %1").arg(e.message)};
}

inline void bindOne(core::Statement &s, int i, qint64 v) { s.bind(i, v); }
inline void bindOne(core::Statement &s, int i, quint64 v) { s.bind(i, static_cast<qint64>(v)); }
inline void bindOne(core::Statement &s, int i, int v) { s.bind(i, static_cast<qint64>(v)); }
inline void bindOne(core::Statement &s, int i, const QByteArray &v)
{
    if (v.isNull())
        s.bindNull(i);
    else
        s.bindBlob(i, v);
}
inline void bindOne(core::Statement &s, int i, std::nullptr_t) { s.bindNull(i); }
inline void bindOne(core::Statement &s, int i, const std::optional<quint64> &v)
{
    if (v)
        s.bind(i, static_cast<qint64>(*v));
    else
        s.bindNull(i);
}

template <typename... Args>
LedgerResult<core::Statement> prepare(core::Database &db, const char *text, const Args &...args)
{
    auto st = db.prepare(text);
    if (!st)
        return storageError(st.error());
    int i = 1;
    (bindOne(st.value(), i++, args), ...);
    return std::move(st).value();
}

template <typename... Args>
LedgerStatus exec(core::Database &db, const char *text, const Args &...args)
{
    auto st = prepare(db, text, args...);
    if (!st)
        return st.error();
    if (auto r = st->run(); !r)
        return storageError(r.error());
    return {};
}

inline LedgerResult<bool> step(core::Statement &st)
{
    auto r = st.step();
    if (!r)
        return storageError(r.error());
    return r.value();
}

// Empty optional when the query returns no row; otherwise the statement sits on the row.
template <typename... Args>
LedgerResult<std::optional<core::Statement>> queryRow(core::Database &db, const char *text, const Args &...args)
{
    auto st = prepare(db, text, args...);
    if (!st)
        return st.error();
    auto has = step(st.value());
    if (!has)
        return has.error();
    if (!has.value())
        return std::optional<core::Statement>();
    return std::optional<core::Statement>(std::move(st).value());
}

} // namespace careledger::ledger::sql
