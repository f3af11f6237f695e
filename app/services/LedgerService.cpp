#include "services/LedgerService.h"

#include "ledger/Consensus.h"
#include "services/LedgerOps.h"
#include "services/VitalsOps.h"
#include "services/StaffOps.h"
#include "services/Workstation.h"

#include <QCoreApplication>
#include <QDir>

namespace careledger::services {

using detail::StoreAccess;

namespace {

using State = WorkstationAccess::State;

QDateTime fromMs(quint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(ms), Qt::UTC);
}

template <typename T> ServiceResult<T> unavailable(const QString &message)
{
    return ServiceResult<T>::failure(ServiceError::StoreUnavailable, message);
}

QString typeId(ledger::TxType type)
{
    using ledger::TxType;
    switch (type) {
    case TxType::MemberAdmit:
        return QStringLiteral("member-admission");
    case TxType::MemberRemove:
        return QStringLiteral("member-removal");
    case TxType::ValidatorAdd:
        return QStringLiteral("validator-addition");
    case TxType::ValidatorRemove:
        return QStringLiteral("validator-removal");
    case TxType::UserKeyRegister:
        return QStringLiteral("user-key-registration");
    case TxType::RecordPut:
        return QStringLiteral("record-put");
    case TxType::RecordErase:
        return QStringLiteral("record-erase");
    case TxType::ConsentGrant:
        return QStringLiteral("consent-grant");
    case TxType::ConsentRevoke:
        return QStringLiteral("consent-revocation");
    case TxType::VitalsAnchor:
        return QStringLiteral("vitals-anchor");
    case TxType::AlertAck:
        return QStringLiteral("alert-acknowledgement");
    case TxType::AlertThresholdOverride:
        return QStringLiteral("alert-threshold-override");
    case TxType::AuditAnchor:
        return QStringLiteral("audit-anchor");
    case TxType::DeviceRegister:
        return QStringLiteral("device-registration");
    case TxType::DevicePair:
        return QStringLiteral("device-pairing");
    case TxType::DeviceUnpair:
        return QStringLiteral("device-unpairing");
    }
    return QStringLiteral("unknown");
}

// Opaque identifiers only: record ids, key ids and pseudonyms, shortened.
QString subjectOf(const ledger::TxBody &body)
{
    return std::visit(
        [](const auto &b) -> QString {
            using B = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<B, ledger::RecordPutBody>) {
                return detail::shortHex(b.recordId);
            } else if constexpr (std::is_same_v<B, ledger::RecordEraseBody>) {
                return detail::shortHex(b.recordId.isEmpty() ? b.pseudonym : b.recordId);
            } else if constexpr (std::is_same_v<B, ledger::UserKeyRegisterBody> || std::is_same_v<B, ledger::MemberAdmitBody> ||
                                 std::is_same_v<B, ledger::ValidatorAddBody>) {
                auto key = core::EcPublicKey::fromSpkiDer(b.spki);
                return key ? detail::shortHex(key->keyId()) : QString();
            } else if constexpr (std::is_same_v<B, ledger::MemberRemoveBody>) {
                return detail::shortHex(b.memberKeyId);
            } else if constexpr (std::is_same_v<B, ledger::ValidatorRemoveBody>) {
                return detail::shortHex(b.validatorKeyId);
            } else if constexpr (std::is_same_v<B, ledger::AuditAnchorBody>) {
                return detail::shortHex(b.headHash);
            } else if constexpr (std::is_same_v<B, ledger::DeviceRegisterBody> || std::is_same_v<B, ledger::DevicePairBody> ||
                                 std::is_same_v<B, ledger::DeviceUnpairBody>) {
                return detail::shortHex(b.deviceId);
            } else {
                return detail::shortHex(b.pseudonym);
            }
        },
        body);
}

ServiceResult<int> storedSize(core::Database &db, const QByteArray &hash)
{
    auto st = db.prepare("SELECT length(header) + length(body) FROM ledger_blocks WHERE hash = ?1");
    if (!st)
        return detail::storeFailure<int>(st.error(), StoreAccess::Read);
    st->bindBlob(1, hash);
    auto has = st->step();
    if (!has)
        return detail::storeFailure<int>(has.error(), StoreAccess::Read);
    return *has ? static_cast<int>(st->int64(0)) : 0;
}

} // namespace

ServiceResult<LedgerOverview> LedgerService::overview() const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, Role::Admin); !allowed)
        return allowed.error();
    ledger::ChainStore &chain = *state.chain;
    auto tip = chain.tip();
    auto validators = chain.state().validators();
    auto pending = chain.pendingCount();
    if (!tip || !validators || !pending)
        return unavailable<LedgerOverview>(!tip ? tip.message() : !validators ? validators.message() : pending.message());
    LedgerOverview o;
    o.chainId = chain.genesis().chainId;
    o.genesisHash = chain.genesisHash();
    o.height = tip->height;
    o.tipHash = tip->hash;
    o.tipTime = fromMs(tip->timestampMs);
    o.validatorCount = static_cast<int>(validators->size());
    const QByteArray nodeKeyId = state.nodeKey.publicKey().keyId();
    for (const auto &v : *validators)
        o.thisNodeIsValidator = o.thisNodeIsValidator || v.keyId == nodeKeyId;
    auto members = state.store->database().prepare("SELECT COUNT(*) FROM ledger_members WHERE removed_height IS NULL");
    if (!members)
        return detail::storeFailure<LedgerOverview>(members.error(), StoreAccess::Read);
    if (auto has = members->step(); !has)
        return detail::storeFailure<LedgerOverview>(has.error(), StoreAccess::Read);
    o.memberCount = static_cast<int>(members->int64(0));
    o.pendingTransactions = static_cast<int>(*pending);
    return o;
}

ServiceResult<QList<BlockSummary>> LedgerService::recentBlocks(int limit, quint64 beforeHeight) const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, Role::Admin); !allowed)
        return allowed.error();
    auto tip = state.chain->tip();
    if (!tip)
        return unavailable<QList<BlockSummary>>(tip.message());
    QList<BlockSummary> out;
    if (limit <= 0)
        return out;
    quint64 height = beforeHeight == 0 ? tip->height : qMin(beforeHeight - 1, tip->height);
    for (;;) {
        auto block = state.chain->mainBlockAt(height);
        if (!block)
            return unavailable<QList<BlockSummary>>(block.message());
        const ledger::BlockHeader &h = block->header;
        BlockSummary b;
        b.height = h.height;
        b.hash = h.hash();
        b.previousHash = h.previousHash;
        b.merkleRoot = h.merkleRoot;
        b.time = fromMs(h.timestampMs);
        b.producerKeyId = h.producerKeyId;
        b.inTurn = h.consensus.inTurn;
        b.transactionCount = static_cast<int>(h.txCount);
        auto size = storedSize(state.store->database(), b.hash);
        if (!size)
            return size.error();
        b.sizeBytes = *size;
        out.append(b);
        if (height == 0 || out.size() >= limit)
            break;
        --height;
    }
    return out;
}

ServiceResult<QList<TransactionSummary>> LedgerService::blockTransactions(const QByteArray &blockHash) const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, Role::Admin); !allowed)
        return allowed.error();
    auto block = state.chain->blockByHash(blockHash);
    if (!block) {
        if (block.code() == ledger::LedgerError::NotFound)
            return ServiceResult<QList<TransactionSummary>>::failure(ServiceError::NotFound,
                                                                     QCoreApplication::translate("Ledger", "There is no such block."));
        return unavailable<QList<TransactionSummary>>(block.message());
    }
    QList<TransactionSummary> out;
    for (const ledger::Transaction &tx : block->transactions) {
        TransactionSummary t;
        t.id = tx.id();
        t.type = typeId(tx.type());
        t.signerKeyId = tx.signerKeyId;
        t.sequence = tx.sequence;
        t.time = fromMs(tx.timestampMs);
        t.subject = subjectOf(tx.body);
        t.sizeBytes = static_cast<int>(tx.encode().size());
        out.append(t);
    }
    return out;
}

ServiceResult<VerifyResult> LedgerService::verify(const std::function<void(quint64 done, quint64 total)> &progress,
                                                  const std::atomic<bool> *cancel) const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (!state.user || !state.store)
        return ServiceResult<VerifyResult>::failure(ServiceError::NotLoggedIn, QCoreApplication::translate("Ledger", "Please sign in first."));
    const qint64 userId = state.user->id;
    const bool mustChange = state.user->mustChangePassword;
    const QString path = QDir(state.store->dataDir()).filePath(core::WorkstationStore::databaseFileName());
    core::SecureBytes key = state.store->databaseKey().clone();
    // Stored vitals open only with the patients' keys: a copy of the session's, taken here
    // with the database key, wiped when done.
    detail::RecordsSession keys;
    if (state.records)
        keys.patientKeyWrap = state.records->patientKeyWrap.clone();
    auto db = core::Database::open(path, key);
    key.wipe();
    if (!db)
        return detail::storeFailure<VerifyResult>(db.error(), StoreAccess::Read);
    // The role is read on this connection, so a worker thread never touches the session's.
    core::StaffDirectory directory(**db);
    auto me = directory.findById(userId);
    if (!me)
        return detail::storeFailure<VerifyResult>(me.error(), StoreAccess::Read);
    if (mustChange || !me->enabled || roleFromId(me->role) != Role::Admin)
        return ServiceResult<VerifyResult>::failure(ServiceError::PermissionDenied,
                                                    QCoreApplication::translate("StaffService", "Only an administrator may do this."));
    auto result = detail::verifyDatabase(**db, progress, cancel);
    if (!result || result->cancelled || keys.patientKeyWrap.isEmpty())
        return result;
    detail::VitalsVerifyCounts counts;
    if (auto s = detail::verifyVitals(**db, keys, *result, counts, cancel); !s)
        return s.error();
    result->vitalsWindowsChecked = counts.windowsChecked;
    result->vitalsWindowsErased = counts.windowsErased;
    return result;
}

ServiceResult<RecordProof> LedgerService::recordProof(const QByteArray &recordId) const
{
    State &state = WorkstationAccess::state(m_workstation);
    if (auto allowed = detail::requireSession(state, Role::Admin); !allowed)
        return allowed.error();
    auto head = state.chain->recordHead(recordId);
    if (!head)
        return unavailable<RecordProof>(head.message());
    if (!*head)
        return ServiceResult<RecordProof>::failure(ServiceError::NotFound,
                                                   QCoreApplication::translate("Ledger", "No transaction of this record is on the chain yet."));
    auto proof = state.chain->proveTransaction((*head)->txId);
    if (!proof)
        return unavailable<RecordProof>(proof.message());
    auto block = state.chain->blockByHash(proof->blockHash);
    if (!block)
        return unavailable<RecordProof>(block.message());
    RecordProof p;
    p.recordId = recordId;
    p.version = (*head)->version;
    p.transaction = proof->tx.encode();
    p.txId = proof->tx.id();
    p.leafIndex = proof->proof.index;
    p.treeSize = proof->proof.treeSize;
    p.auditPath = proof->proof.path;
    p.blockHeight = proof->height;
    p.blockHash = proof->blockHash;
    p.header = block->header.encode();
    p.merkleRoot = proof->merkleRoot;
    return p;
}

} // namespace careledger::services
