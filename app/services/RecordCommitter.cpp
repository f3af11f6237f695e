#include "services/RecordCommitter.h"

#include "services/LedgerOps.h"
#include "services/StaffOps.h"

#include <QCoreApplication>

namespace careledger::services {

using detail::StoreAccess;

namespace {

using State = WorkstationAccess::State;

struct KindEntry {
    const char *id;
    quint64 code;
};
constexpr KindEntry kKinds[] = {
    {"demographics", 1}, {"history", 2}, {"prescription", 3}, {"threshold-override", 4}, {"note", 5},
};

ServiceStatus invalid(const QString &message)
{
    return ServiceStatus::failure(ServiceError::InvalidInput, message);
}

bool validId(const QByteArray &id)
{
    return !id.isEmpty() && id.size() <= ledger::kMaxIdSize;
}

} // namespace

QStringList RecordCommitter::kinds()
{
    QStringList out;
    for (const KindEntry &k : kKinds)
        out.append(QString::fromLatin1(k.id));
    return out;
}

std::optional<quint64> RecordCommitter::kindCode(const QString &kind)
{
    for (const KindEntry &k : kKinds)
        if (kind == QLatin1StringView(k.id))
            return k.code;
    return std::nullopt;
}

ServiceResult<QByteArray> RecordCommitter::put(const QByteArray &recordId, quint64 version, const QByteArray &pseudonym,
                                               const QString &kind, const QByteArray &ciphertext)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, std::nullopt); !allowed)
        return allowed.error();
    if (!validId(recordId) || !validId(pseudonym))
        return invalid(QCoreApplication::translate("Records", "Record ids and pseudonyms are 1 to %1 bytes long.").arg(ledger::kMaxIdSize)).error();
    const auto code = kindCode(kind);
    if (!code)
        return invalid(QCoreApplication::translate("Records", "Unknown record kind “%1”.").arg(kind)).error();
    if (version == 0 || version > static_cast<quint64>(std::numeric_limits<qint64>::max()))
        return invalid(QCoreApplication::translate("Records", "Record versions start at 1.")).error();

    auto tx = detail::makeTransaction(*state.chain, state.signingKey,
                                      ledger::RecordPutBody{pseudonym, recordId, version, core::sha256(ciphertext), *code},
                                      detail::nowMs(state));
    if (!tx)
        return tx.error();
    const QByteArray txId = tx->id();
    auto done = detail::commit(state, *tx, [&](core::Database &db) {
        return writeVersion(db, recordId, version, pseudonym, kind, ciphertext, txId);
    });
    if (!done)
        return done.error();
    return tx->id();
}

ServiceStatus RecordCommitter::writeVersion(core::Database &db, const QByteArray &recordId, quint64 version, const QByteArray &pseudonym,
                                            const QString &kind, const QByteArray &ciphertext, const QByteArray &txId)
{
    auto newest = db.prepare("SELECT MAX(version), MAX(erased), patient_pseudonym FROM record_payloads WHERE record_id = ?1");
    if (!newest)
        return detail::fromStore(newest.error(), StoreAccess::Read);
    newest->bindBlob(1, recordId);
    if (auto has = newest->step(); !has)
        return detail::fromStore(has.error(), StoreAccess::Read);
    const qint64 stored = newest->isNull(0) ? 0 : newest->int64(0);
    if (stored > 0 && newest->int64(1) != 0)
        return invalid(QCoreApplication::translate("Records", "This record was erased."));
    if (stored > 0 && newest->blob(2) != pseudonym)
        return invalid(QCoreApplication::translate("Records", "This record belongs to another patient."));
    if (static_cast<quint64>(stored) >= version)
        return ServiceStatus::failure(ServiceError::AlreadyExists,
                                      QCoreApplication::translate("Records", "Version %1 of this record is already stored.").arg(version));
    if (version != static_cast<quint64>(stored) + 1)
        return invalid(QCoreApplication::translate("Records", "The next version of this record is %1.").arg(stored + 1));
    newest->reset();
    auto st = db.prepare("INSERT INTO record_payloads (record_id, version, patient_pseudonym, kind, ciphertext, erased, tx_id) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6)");
    if (!st)
        return detail::fromStore(st.error(), StoreAccess::Write);
    st->bindBlob(1, recordId).bind(2, static_cast<qint64>(version)).bindBlob(3, pseudonym).bind(4, kind);
    st->bindBlob(5, ciphertext.isNull() ? QByteArray("") : ciphertext).bindBlob(6, txId);
    if (auto ran = st->run(); !ran)
        return detail::fromStore(ran.error(), StoreAccess::Write);
    return {};
}

ServiceResult<QByteArray> RecordCommitter::erase(const QByteArray &recordId)
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, std::nullopt); !allowed)
        return allowed.error();
    auto current = newest(recordId);
    if (!current)
        return current.error();
    if (current->erased)
        return ServiceResult<QByteArray>::failure(ServiceError::AlreadyExists,
                                                  QCoreApplication::translate("Records", "This record is already erased."));
    auto tx = detail::makeTransaction(*state.chain, state.signingKey, ledger::RecordEraseBody{current->pseudonym, recordId},
                                      detail::nowMs(state));
    if (!tx)
        return tx.error();
    auto done = detail::commit(state, *tx, [&](core::Database &db) -> ServiceStatus {
        auto st = db.prepare("UPDATE record_payloads SET ciphertext = NULL, erased = 1 WHERE record_id = ?1");
        if (!st)
            return detail::fromStore(st.error(), StoreAccess::Write);
        st->bindBlob(1, recordId);
        if (auto ran = st->run(); !ran)
            return detail::fromStore(ran.error(), StoreAccess::Write);
        return {};
    });
    if (!done)
        return done.error();
    return tx->id();
}

ServiceResult<StoredPayload> RecordCommitter::newest(const QByteArray &recordId) const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, std::nullopt); !allowed)
        return allowed.error();
    auto st = state.store->database().prepare(
        "SELECT version, patient_pseudonym, kind, ciphertext, erased FROM record_payloads WHERE record_id = ?1 ORDER BY version DESC LIMIT 1");
    if (!st)
        return detail::storeFailure<StoredPayload>(st.error(), StoreAccess::Read);
    st->bindBlob(1, recordId);
    auto has = st->step();
    if (!has)
        return detail::storeFailure<StoredPayload>(has.error(), StoreAccess::Read);
    if (!*has)
        return ServiceResult<StoredPayload>::failure(ServiceError::NotFound,
                                                     QCoreApplication::translate("Records", "No record is stored under this id."));
    StoredPayload p;
    p.recordId = recordId;
    p.version = static_cast<quint64>(st->int64(0));
    p.pseudonym = st->blob(1);
    p.kind = st->text(2);
    p.ciphertext = st->isNull(3) ? QByteArray() : st->blob(3);
    p.erased = st->int64(4) != 0;
    return p;
}

} // namespace careledger::services
