#pragma once

// Stores encrypted record payloads and puts their hashes on the chain: each put or erase
// writes its rows and enqueues its signed transaction in one database transaction (the
// commit rule, see docs/ledger.md). Encryption is the caller's business: this class keeps
// the ciphertext it is given.

#include "services/ServiceTypes.h"

namespace careledger::core {
class Database;
}

#include <QList>
#include <QStringList>

namespace careledger::services {

class Workstation;

struct StoredPayload {
    QByteArray recordId;
    quint64 version = 0;
    QByteArray pseudonym;
    QString kind;
    QByteArray ciphertext; // empty once erased
    bool erased = false;
};

class RecordCommitter {
public:
    explicit RecordCommitter(Workstation &workstation) : m_workstation(workstation) {}
    Q_DISABLE_COPY_MOVE(RecordCommitter)

    // Record kinds and their code on the chain (never renumber, only add).
    static QStringList kinds(); // "demographics", "history", "prescription", "threshold-override", "note"
    static std::optional<quint64> kindCode(const QString &kind);

    // Stores one version and enqueues a "record put" {pseudonym, record id, version,
    // SHA-256(ciphertext), kind} signed with the session user's key. Returns the tx id.
    // Versions start at 1 and must follow the newest stored one; AlreadyExists for a
    // stored version; InvalidInput for sizes beyond the chain's limits.
    ServiceResult<QByteArray> put(const QByteArray &recordId, quint64 version, const QByteArray &pseudonym, const QString &kind,
                                  const QByteArray &ciphertext);
    // Deletes every stored ciphertext of the record (rows stay, marked erased) and enqueues
    // a "record erase". NotFound when nothing is stored under this id.
    ServiceResult<QByteArray> erase(const QByteArray &recordId);

    ServiceResult<StoredPayload> newest(const QByteArray &recordId) const;

    // The row half of put(), for callers that commit further rows (audit entry, search
    // index) and the transaction themselves in one database transaction (detail::commitBodies):
    // the same version rules and messages; txId is the record-put transaction of this version.
    static ServiceStatus writeVersion(core::Database &db, const QByteArray &recordId, quint64 version, const QByteArray &pseudonym,
                                      const QString &kind, const QByteArray &ciphertext, const QByteArray &txId);

private:
    Workstation &m_workstation;
};

} // namespace careledger::services
