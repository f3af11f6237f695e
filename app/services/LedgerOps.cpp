#include "services/LedgerOps.h"

#include "ledger/ChainVerifier.h"
#include "services/AuditOps.h"
#include "services/StaffOps.h"

#include <QCoreApplication>
#include <QSet>

namespace careledger::services::detail {

namespace {

using State = WorkstationAccess::State;

const QByteArray kIdentityInfo = QByteArrayLiteral("careledger workstation identity v1");

ServiceStatus storage(const QString &what, const QString &why)
{
    return ServiceStatus::failure(ServiceError::Storage, QStringLiteral("%1: %2").arg(what, why));
}

template <typename T> ServiceResult<T> ledgerFailure(const core::Error<ledger::LedgerError> &e, ServiceError code = ServiceError::Storage)
{
    return ServiceResult<T>::failure(code, e.message);
}

ServiceResult<core::SecureBytes> identityKey(const core::SecureBytes &databaseKey)
{
    auto key = core::hkdfSha256(databaseKey.view(), {}, kIdentityInfo, 32);
    if (!key)
        return ServiceResult<core::SecureBytes>::failure(ServiceError::Storage, key.message());
    return std::move(key).value();
}

QByteArray nodeAad(const QByteArray &keyId)
{
    return QByteArrayLiteral("careledger-node-key-v1") + keyId;
}

QByteArray authorityAad(const QByteArray &keyId)
{
    return QByteArrayLiteral("careledger-authority-key-v1") + keyId;
}

ServiceResult<QByteArray> seal(const core::SecureBytes &key, const core::EcPrivateKey &secret, const QByteArray &aad)
{
    const core::SecureBytes pkcs8 = secret.pkcs8Der();
    auto sealed = core::aesGcmSeal(key.view(), pkcs8.view(), aad);
    if (!sealed)
        return ServiceResult<QByteArray>::failure(ServiceError::Storage, sealed.message());
    return std::move(sealed).value();
}

ServiceResult<core::EcPrivateKey> unseal(const core::SecureBytes &key, const QByteArray &sealed, const QByteArray &aad)
{
    auto pkcs8 = core::aesGcmOpen(key.view(), sealed, aad);
    if (!pkcs8)
        return ServiceResult<core::EcPrivateKey>::failure(ServiceError::StoreUnavailable,
                                                          QCoreApplication::translate("Ledger", "The workstation's node key cannot be opened."));
    auto pk = core::EcPrivateKey::fromPkcs8Der(pkcs8->view());
    if (!pk)
        return ServiceResult<core::EcPrivateKey>::failure(ServiceError::StoreUnavailable,
                                                          QCoreApplication::translate("Ledger", "The workstation's node key is damaged."));
    return std::move(pk).value();
}

core::EcPrivateKey copyKey(const core::EcPrivateKey &key)
{
    const core::SecureBytes pkcs8 = key.pkcs8Der();
    auto copy = core::EcPrivateKey::fromPkcs8Der(pkcs8.view());
    return copy ? std::move(copy).value() : core::EcPrivateKey();
}

ServiceResult<std::unique_ptr<ledger::ChainStore>> openChainStore(core::Database &db)
{
    auto chain = ledger::ChainStore::open(db);
    if (!chain)
        return ledgerFailure<std::unique_ptr<ledger::ChainStore>>(chain.error(), ServiceError::StoreUnavailable);
    return std::move(chain).value();
}

} // namespace

QString shortHex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.left(8).toHex());
}

quint64 nowMs(const State &state)
{
    return static_cast<quint64>(state.now().toMSecsSinceEpoch());
}

QByteArray memberIdFor(const QByteArray &keyId)
{
    return keyId.left(16);
}

ledger::Genesis singleWorkstationGenesis(const core::EcPublicKey &authority, const core::EcPublicKey &node, quint64 nowMs)
{
    ledger::Genesis g;
    g.chainId = core::randomBytes(ledger::kChainIdSize);
    g.authoritySpki = authority.spkiDer();
    g.validatorSpkis = {node.spkiDer()};
    g.members = {ledger::GenesisMember{memberIdFor(node.keyId()), node.spkiDer()}};
    g.createdAtMs = nowMs;
    return g;
}

ServiceResult<NodeIdentity> loadIdentity(core::WorkstationStore &store)
{
    using R = ServiceResult<NodeIdentity>;
    auto st = store.database().prepare("SELECT node_key_id, sealed_node_key, sealed_authority_key FROM workstation_identity WHERE id = 1");
    if (!st)
        return storeFailure<NodeIdentity>(st.error(), StoreAccess::Read);
    auto has = st->step();
    if (!has)
        return storeFailure<NodeIdentity>(has.error(), StoreAccess::Read);
    if (!*has)
        return R::failure(ServiceError::NotFound, QCoreApplication::translate("Ledger", "This workstation has no node identity yet."));
    auto key = identityKey(store.databaseKey());
    if (!key)
        return key.error();
    const QByteArray keyId = st->blob(0);
    auto node = unseal(*key, st->blob(1), nodeAad(keyId));
    if (!node)
        return node.error();
    NodeIdentity out;
    out.nodeKey = std::move(node).value();
    if (!st->isNull(2)) {
        const QByteArray sealedAuthority = st->blob(2);
        // The authority's key id is not stored: it is whatever the sealed key's public half says,
        // and the AAD binds the blob to it, so try the genesis authority named by the chain.
        auto chain = ledger::ChainStore::open(store.database());
        if (chain && (*chain)->isInitialised()) {
            auto authority = unseal(*key, sealedAuthority, authorityAad((*chain)->genesis().authorityKeyId()));
            if (authority)
                out.authorityKey = std::move(authority).value();
        }
    }
    return out;
}

ServiceStatus createIdentityAndChain(core::WorkstationStore &store, const ChainSetup *join, quint64 nowMs)
{
    core::EcPrivateKey nodeKey;
    core::EcPrivateKey authorityKey;
    ledger::Genesis genesis;
    ledger::BlockHeader header;
    if (join) {
        nodeKey = copyKey(*join->nodeKey);
        if (nodeKey.isNull())
            return ServiceStatus::failure(ServiceError::InvalidInput, QCoreApplication::translate("Ledger", "The node key is not usable."));
        genesis = join->genesis;
        header = join->genesisHeader;
        const QByteArray spki = nodeKey.publicKey().spkiDer();
        bool member = false;
        for (const auto &m : genesis.members)
            member = member || m.spki == spki;
        if (!member)
            return ServiceStatus::failure(ServiceError::InvalidInput,
                                          QCoreApplication::translate("Ledger", "This node key is not a member of the consortium's genesis."));
    } else {
        auto n = core::EcPrivateKey::generate();
        auto a = core::EcPrivateKey::generate();
        if (!n || !a)
            return storage(QCoreApplication::translate("Ledger", "Creating the workstation's keys"), n ? a.message() : n.message());
        nodeKey = std::move(n).value();
        authorityKey = std::move(a).value();
        genesis = singleWorkstationGenesis(authorityKey.publicKey(), nodeKey.publicKey(), nowMs);
        auto h = genesis.makeHeader(authorityKey);
        if (!h)
            return storage(QCoreApplication::translate("Ledger", "Creating the genesis block"), h.message());
        header = std::move(h).value();
    }

    auto key = identityKey(store.databaseKey());
    if (!key)
        return key.error();
    const QByteArray nodeKeyId = nodeKey.publicKey().keyId();
    auto sealedNode = seal(*key, nodeKey, nodeAad(nodeKeyId));
    if (!sealedNode)
        return sealedNode.error();
    QByteArray sealedAuthority;
    if (!authorityKey.isNull()) {
        auto s = seal(*key, authorityKey, authorityAad(authorityKey.publicKey().keyId()));
        if (!s)
            return s.error();
        sealedAuthority = std::move(s).value();
    }

    core::Database &db = store.database();
    auto chain = openChainStore(db);
    if (!chain)
        return chain.error();
    if ((*chain)->isInitialised())
        return ServiceStatus::failure(ServiceError::AlreadyExists, QCoreApplication::translate("Ledger", "This store already holds a chain."));
    {
        auto st = db.prepare("INSERT OR REPLACE INTO workstation_identity (id, node_key_id, node_public_key, sealed_node_key, sealed_authority_key, "
                             "created_at) VALUES (1, ?1, ?2, ?3, ?4, ?5)");
        if (!st)
            return fromStore(st.error(), StoreAccess::Write);
        st->bindBlob(1, nodeKeyId).bindBlob(2, nodeKey.publicKey().spkiDer()).bindBlob(3, *sealedNode);
        if (sealedAuthority.isEmpty())
            st->bindNull(4);
        else
            st->bindBlob(4, sealedAuthority);
        st->bind(5, core::StaffDirectory::timestamp(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(nowMs), Qt::UTC)));
        if (auto done = st->run(); !done)
            return fromStore(done.error(), StoreAccess::Write);
    }
    if (auto done = (*chain)->initialise(genesis, header); !done)
        return ServiceStatus::failure(join ? ServiceError::InvalidInput : ServiceError::Storage, done.message());
    return {};
}

ServiceResult<ledger::Transaction> makeTransaction(ledger::ChainStore &chain, const core::EcPrivateKey &signer, ledger::TxBody body,
                                                   quint64 nowMs)
{
    using R = ServiceResult<ledger::Transaction>;
    if (signer.isNull())
        return R::failure(ServiceError::NotLoggedIn, QCoreApplication::translate("Ledger", "No signing key is open."));
    ledger::Transaction tx;
    tx.chainId = chain.genesis().chainId;
    auto sequence = chain.nextSequence(signer.publicKey().keyId());
    if (!sequence)
        return ledgerFailure<ledger::Transaction>(sequence.error());
    tx.sequence = *sequence;
    tx.timestampMs = nowMs;
    tx.body = std::move(body);
    if (auto s = tx.sign(signer); !s)
        return ledgerFailure<ledger::Transaction>(s.error());
    if (auto s = tx.checkWellFormed(); !s)
        return ledgerFailure<ledger::Transaction>(s.error(), ServiceError::InvalidInput);
    return tx;
}

ServiceResult<ledger::Transaction> keyRegistration(ledger::ChainStore &chain, const core::EcPrivateKey &nodeKey, const QByteArray &staffSpki,
                                                   quint64 nowMs)
{
    return makeTransaction(chain, nodeKey, ledger::UserKeyRegisterBody{staffSpki, nodeKey.publicKey().keyId()}, nowMs);
}

ServiceStatus commit(State &state, const ledger::Transaction &tx, const std::function<ServiceStatus(core::Database &)> &writeRows)
{
    if (!state.chain || !state.store)
        return ServiceStatus::failure(ServiceError::NotLoggedIn, QCoreApplication::translate("Ledger", "Please sign in first."));
    core::Database &db = state.store->database();
    auto t = db.begin();
    if (!t)
        return fromStore(t.error(), StoreAccess::Write);
    if (writeRows) {
        if (auto s = writeRows(db); !s)
            return s; // t rolls back
    }
    if (auto s = state.chain->enqueue(tx); !s)
        return ServiceStatus::failure(ServiceError::Storage, s.message());
    if (auto c = t->commit(); !c)
        return fromStore(c.error(), StoreAccess::Write);
    // May be refused for now (its signer's registration is not in a block yet); the
    // outbox keeps it and refillMempool() offers it again after the next block.
    (void)state.mempool->add(tx, state.chain->state(), nowMs(state));
    return {};
}

ServiceResult<QList<ledger::Transaction>> commitBodies(State &state, const QList<BodyToSign> &bodies,
                                                       const std::function<ServiceStatus(core::Database &, const QList<ledger::Transaction> &)> &writeRows)
{
    using R = ServiceResult<QList<ledger::Transaction>>;
    if (!state.chain || !state.store)
        return R::failure(ServiceError::NotLoggedIn, QCoreApplication::translate("Ledger", "Please sign in first."));
    core::Database &db = state.store->database();
    auto t = db.begin();
    if (!t)
        return storeFailure<QList<ledger::Transaction>>(t.error(), StoreAccess::Write);
    const quint64 now = nowMs(state);
    QList<ledger::Transaction> txs;
    for (const BodyToSign &b : bodies) {
        // Signed inside the database transaction: the next sequence counts what this loop
        // has already enqueued.
        auto tx = makeTransaction(*state.chain, *b.signer, b.body, now);
        if (!tx)
            return tx.error();
        if (auto s = state.chain->enqueue(*tx); !s)
            return R::failure(ServiceError::Storage, s.message());
        txs.append(std::move(tx).value());
    }
    if (writeRows) {
        if (auto s = writeRows(db, txs); !s)
            return s.error(); // t rolls back
    }
    if (auto c = t->commit(); !c)
        return storeFailure<QList<ledger::Transaction>>(c.error(), StoreAccess::Write);
    for (const ledger::Transaction &tx : txs)
        (void)state.mempool->add(tx, state.chain->state(), now);
    return txs;
}

ServiceStatus commitThroughTrigger(core::Database &db, const ledger::Transaction &tx, const char *table, const char *column,
                                   const QByteArray &value, const std::function<ServiceStatus()> &write)
{
    const QByteArray create = QByteArrayLiteral("CREATE TEMP TRIGGER careledger_enqueue AFTER INSERT ON ") + table + " WHEN NEW." + column +
                              " = X'" + value.toHex() + "' BEGIN " + ledger::ChainStore::enqueueStatement(tx) + "; END";
    (void)db.exec("DROP TRIGGER IF EXISTS temp.careledger_enqueue");
    if (auto s = db.exec(create.constData()); !s)
        return fromStore(s.error(), StoreAccess::Write);
    ServiceStatus result = write();
    (void)db.exec("DROP TRIGGER IF EXISTS temp.careledger_enqueue");
    return result;
}

ServiceStatus openChain(State &state)
{
    core::WorkstationStore &store = *state.store;
    const quint64 now = nowMs(state);
    auto identity = loadIdentity(store);
    if (!identity && identity.code() == ServiceError::NotFound) {
        // A store made before the chain engine: it founds its own consortium now.
        if (auto made = createIdentityAndChain(store, nullptr, now); !made)
            return made;
        identity = loadIdentity(store);
    }
    if (!identity)
        return identity.error();
    auto chain = openChainStore(store.database());
    if (!chain)
        return chain.error();
    if (!(*chain)->isInitialised())
        return ServiceStatus::failure(ServiceError::StoreUnavailable, QCoreApplication::translate("Ledger", "This store holds no chain."));

    state.nodeKey = std::move(identity->nodeKey);
    state.chain = std::move(chain).value();
    state.mempool = std::make_unique<ledger::Mempool>();
    state.producer = std::make_unique<ledger::BlockProducer>(*state.chain, *state.mempool, state.nodeKey);

    // Keys issued before the chain engine existed (or by an older version) get their
    // registration now; each is its own commit of a transaction without rows.
    QList<QByteArray> unregistered;
    {
        auto st = store.database().prepare(
            "SELECT public_key FROM staff_keys WHERE key_id NOT IN (SELECT key_id FROM ledger_user_keys) "
            "AND key_id NOT IN (SELECT subject_key_id FROM ledger_outbox WHERE subject_key_id IS NOT NULL) ORDER BY id");
        if (!st)
            return fromStore(st.error(), StoreAccess::Read);
        for (;;) {
            auto has = st->step();
            if (!has)
                return fromStore(has.error(), StoreAccess::Read);
            if (!*has)
                break;
            unregistered.append(st->blob(0));
        }
    }
    for (const QByteArray &spki : unregistered) {
        auto tx = keyRegistration(*state.chain, state.nodeKey, spki, now);
        if (!tx)
            return tx.error();
        if (auto done = commit(state, *tx, {}); !done)
            return done;
    }
    refillMempool(state);
    return {};
}

void closeChain(State &state)
{
    state.sealTimer.stop();
    // Nothing may wait past the timestamp window while the store is locked.
    if (state.producer)
        (void)sealPending(state);
    state.producer.reset();
    state.mempool.reset();
    state.chain.reset();
    state.nodeKey = core::EcPrivateKey();
}

void refillMempool(State &state)
{
    if (!state.chain || !state.mempool)
        return;
    auto pending = state.chain->pendingTransactions();
    if (!pending)
        return;
    const quint64 now = nowMs(state);
    for (const ledger::Transaction &tx : *pending) {
        if (!state.mempool->contains(tx.id()))
            (void)state.mempool->add(tx, state.chain->state(), now);
    }
}

ServiceResult<int> sealPending(State &state)
{
    if (!state.chain || !state.producer)
        return ServiceResult<int>::failure(ServiceError::NotLoggedIn, QCoreApplication::translate("Ledger", "Please sign in first."));
    int sealed = 0;
    // Bounded: each round either seals a non-empty block or stops.
    for (int round = 0; round < 1000; ++round) {
        refillMempool(state);
        if (state.mempool->count() == 0)
            break;
        // Block times must rise strictly; several blocks within one clock tick (or under a
        // test's frozen clock) each take the next millisecond.
        auto tip = state.chain->tip();
        if (!tip)
            return ServiceResult<int>::failure(ServiceError::Storage, tip.message());
        auto block = state.producer->sealIfDue(qMax(nowMs(state), tip->timestampMs + 1));
        if (!block)
            return ServiceResult<int>::failure(ServiceError::Storage, block.message());
        if (!*block)
            break;
        ++sealed;
    }
    return sealed;
}

// ---- verification ---------------------------------------------------------------------

namespace {

struct PayloadChecker {
    core::Database &db;
    VerifyResult &out;

    void problem(const QString &line) { out.problems.append(line); }

    static QString recordName(const QByteArray &recordId) { return QStringLiteral("record %1").arg(QString::fromLatin1(recordId.toHex())); }
    // "prescription record <hex>": the kind as stored beside the payload.
    static QString recordName(const QString &kind, const QByteArray &recordId)
    {
        return kind.isEmpty() ? recordName(recordId) : kind + QLatin1Char(' ') + recordName(recordId);
    }

    // The hash a stored version must have: from its transaction on the main chain, else
    // from the one waiting in the outbox. Empty when neither exists.
    ServiceResult<QByteArray> expectedHash(const QByteArray &recordId, qint64 version)
    {
        for (const char *sql : {"SELECT ciphertext_hash FROM ledger_tx_index WHERE record_id = ?1 AND record_version = ?2 AND type = 6",
                                "SELECT ciphertext_hash FROM ledger_outbox WHERE record_id = ?1 AND record_version = ?2 AND type = 6"}) {
            auto st = db.prepare(sql);
            if (!st)
                return storeFailure<QByteArray>(st.error(), StoreAccess::Read);
            st->bindBlob(1, recordId).bind(2, version);
            auto has = st->step();
            if (!has)
                return storeFailure<QByteArray>(has.error(), StoreAccess::Read);
            if (*has)
                return st->blob(0);
        }
        return QByteArray();
    }

    ServiceResult<bool> hasEraseTransaction(const QByteArray &recordId, const QByteArray &pseudonym)
    {
        for (const char *sql : {"SELECT 1 FROM ledger_tx_index WHERE type = 7 AND (record_id = ?1 OR (record_id IS NULL AND pseudonym = ?2))",
                                "SELECT 1 FROM ledger_outbox WHERE type = 7 AND (record_id = ?1 OR (record_id IS NULL AND pseudonym = ?2))"}) {
            auto st = db.prepare(sql);
            if (!st)
                return storeFailure<bool>(st.error(), StoreAccess::Read);
            st->bindBlob(1, recordId).bindBlob(2, pseudonym);
            auto has = st->step();
            if (!has)
                return storeFailure<bool>(has.error(), StoreAccess::Read);
            if (*has)
                return true;
        }
        return false;
    }

    // Every stored version against its own transaction.
    ServiceStatus checkStoredPayloads(const std::atomic<bool> *cancel)
    {
        auto st = db.prepare("SELECT record_id, version, patient_pseudonym, ciphertext, erased, kind FROM record_payloads ORDER BY record_id, version");
        if (!st)
            return fromStore(st.error(), StoreAccess::Read);
        QByteArray lastErased;
        for (;;) {
            if (cancel && cancel->load()) {
                out.cancelled = true;
                return {};
            }
            auto has = st->step();
            if (!has)
                return fromStore(has.error(), StoreAccess::Read);
            if (!*has)
                return {};
            const QByteArray recordId = st->blob(0);
            const qint64 version = st->int64(1);
            const bool erased = st->int64(4) != 0;
            const QString kind = st->text(5);
            if (erased) {
                auto erasedOk = hasEraseTransaction(recordId, st->blob(2));
                if (!erasedOk)
                    return erasedOk.error();
                if (!*erasedOk)
                    problem(QStringLiteral("%1: version %2 was deleted without an erase transaction").arg(recordName(kind, recordId)).arg(version));
                else if (recordId != lastErased)
                    ++out.recordsErased;
                lastErased = recordId;
                continue;
            }
            auto expected = expectedHash(recordId, version);
            if (!expected)
                return expected.error();
            if (expected->isEmpty())
                problem(QStringLiteral("%1: version %2 is stored without a transaction on the chain or waiting").arg(recordName(kind, recordId)).arg(version));
            else if (core::sha256(st->blob(3)) != *expected)
                problem(QStringLiteral("%1: version %2 does not match its hash on the chain (altered)").arg(recordName(kind, recordId)).arg(version));
            else
                ++out.recordsChecked;
        }
    }

    // Every record the chain knows must still be stored (or erased).
    ServiceStatus checkChainHeads(ledger::ChainStore &chain)
    {
        ServiceStatus failure;
        auto done = chain.forEachRecordHead([&](const ledger::ChainStore::RecordHead &head) {
            auto st = db.prepare("SELECT erased, ciphertext IS NOT NULL FROM record_payloads WHERE record_id = ?1 AND version = ?2");
            if (!st) {
                failure = fromStore(st.error(), StoreAccess::Read);
                return false;
            }
            st->bindBlob(1, head.recordId).bind(2, static_cast<qint64>(head.version));
            auto has = st->step();
            if (!has) {
                failure = fromStore(has.error(), StoreAccess::Read);
                return false;
            }
            if (head.erased) {
                auto any = db.prepare("SELECT 1 FROM record_payloads WHERE record_id = ?1 AND (erased = 0 OR ciphertext IS NOT NULL)");
                if (!any) {
                    failure = fromStore(any.error(), StoreAccess::Read);
                    return false;
                }
                any->bindBlob(1, head.recordId);
                auto stillThere = any->step();
                if (stillThere && *stillThere)
                    problem(QStringLiteral("%1: erased on the chain but a ciphertext is still stored").arg(recordName(head.recordId)));
                return true;
            }
            if (!*has)
                problem(QStringLiteral("%1: version %2 is on the chain (%3) but its payload is missing")
                            .arg(recordName(head.recordId))
                            .arg(head.version)
                            .arg(ledger::describeTx(head.txId)));
            return true;
        });
        if (!done)
            return ServiceStatus::failure(ServiceError::StoreUnavailable, done.message());
        return failure;
    }

    // The other half of the commit rule: what waits in the outbox has its rows.
    ServiceStatus checkOutbox()
    {
        auto st = db.prepare(
            "SELECT o.tx_id, o.type, o.record_id, o.record_version, o.subject_key_id FROM ledger_outbox o WHERE "
            "(o.type = 6 AND NOT EXISTS (SELECT 1 FROM record_payloads p WHERE p.record_id = o.record_id AND p.version = o.record_version)) "
            "OR (o.type = 5 AND NOT EXISTS (SELECT 1 FROM staff_keys k WHERE k.key_id = o.subject_key_id))");
        if (!st)
            return fromStore(st.error(), StoreAccess::Read);
        for (;;) {
            auto has = st->step();
            if (!has)
                return fromStore(has.error(), StoreAccess::Read);
            if (!*has)
                return {};
            if (st->int64(1) == 6)
                problem(QStringLiteral("%1: version %2 waits to be sealed (%3) but its payload is missing")
                            .arg(recordName(st->blob(2)))
                            .arg(st->int64(3))
                            .arg(ledger::describeTx(st->blob(0))));
            else
                problem(QStringLiteral("staff key %1: its registration waits to be sealed (%2) but the key is not stored")
                            .arg(shortHex(st->blob(4)), ledger::describeTx(st->blob(0))));
        }
    }

    // Consent rows and their transactions: a grant or revocation stored without its
    // transaction, or a waiting transaction whose row is gone.
    ServiceStatus checkConsent()
    {
        auto st = db.prepare(R"sql(
SELECT g.id, 'grant', g.grant_tx_id FROM consent_grants g
 WHERE NOT EXISTS (SELECT 1 FROM ledger_tx_index t WHERE t.tx_id = g.grant_tx_id)
   AND NOT EXISTS (SELECT 1 FROM ledger_outbox o WHERE o.tx_id = g.grant_tx_id)
UNION ALL
SELECT g.id, 'revocation', g.revoke_tx_id FROM consent_grants g
 WHERE g.revoke_tx_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM ledger_tx_index t WHERE t.tx_id = g.revoke_tx_id)
   AND NOT EXISTS (SELECT 1 FROM ledger_outbox o WHERE o.tx_id = g.revoke_tx_id)
UNION ALL
SELECT NULL, 'waiting', o.tx_id FROM ledger_outbox o
 WHERE (o.type = 8 AND NOT EXISTS (SELECT 1 FROM consent_grants g WHERE g.grant_tx_id = o.tx_id))
    OR (o.type = 9 AND NOT EXISTS (SELECT 1 FROM consent_grants g WHERE g.revoke_tx_id = o.tx_id))
UNION ALL
SELECT t.type, 'sealed', t.tx_id FROM ledger_tx_index t
 WHERE t.pseudonym IN (SELECT pseudonym FROM patients)
   AND ((t.type = 8 AND NOT EXISTS (SELECT 1 FROM consent_grants g WHERE g.grant_tx_id = t.tx_id))
     OR (t.type = 9 AND NOT EXISTS (SELECT 1 FROM consent_grants g WHERE g.revoke_tx_id = t.tx_id))))sql");
        if (!st)
            return fromStore(st.error(), StoreAccess::Read);
        auto done = st->forEachRow([&](const core::Statement &row) {
            const QString what = row.text(1);
            if (what == QLatin1StringView("waiting"))
                problem(QStringLiteral("consent: %1 waits to be sealed but its grant is not stored").arg(ledger::describeTx(row.blob(2))));
            else if (what == QLatin1StringView("sealed"))
                // Our patients' pseudonyms are ours alone (HMAC under the clinic secret), so
                // every grant or revocation about them on the chain has a row here.
                problem(row.int64(0) == 8 ? QStringLiteral("consent: the grant of %1 on the chain is not stored (deleted)")
                                                .arg(ledger::describeTx(row.blob(2)))
                                          : QStringLiteral("consent: the revocation of %1 on the chain is not stored (undone)")
                                                .arg(ledger::describeTx(row.blob(2))));
            else
                problem(QStringLiteral("consent grant %1: its %2 is stored without a transaction on the chain or waiting")
                            .arg(row.int64(0))
                            .arg(what));
        });
        if (!done)
            return fromStore(done.error(), StoreAccess::Read);
        return {};
    }

    ServiceStatus checkStaffKeys()
    {
        auto st = db.prepare("SELECT k.key_id, k.public_key, u.spki, "
                             "EXISTS (SELECT 1 FROM ledger_outbox o WHERE o.type = 5 AND o.subject_key_id = k.key_id) "
                             "FROM staff_keys k LEFT JOIN ledger_user_keys u ON u.key_id = k.key_id ORDER BY k.id");
        if (!st)
            return fromStore(st.error(), StoreAccess::Read);
        for (;;) {
            auto has = st->step();
            if (!has)
                return fromStore(has.error(), StoreAccess::Read);
            if (!*has)
                return {};
            const QByteArray keyId = st->blob(0);
            const QByteArray spki = st->blob(1);
            auto parsed = core::EcPublicKey::fromSpkiDer(spki);
            if (!parsed || parsed->keyId() != keyId) {
                problem(QStringLiteral("staff key %1: the stored public key does not match its key id (altered)").arg(shortHex(keyId)));
            } else if (!st->isNull(2)) {
                if (st->blob(2) != spki)
                    problem(QStringLiteral("staff key %1: differs from its registration on the chain (altered)").arg(shortHex(keyId)));
            } else if (st->int64(3) == 0) {
                problem(QStringLiteral("staff key %1: not registered on the chain nor waiting to be").arg(shortHex(keyId)));
            }
        }
    }
};

} // namespace

ServiceResult<VerifyResult> verifyDatabase(core::Database &db, const std::function<void(quint64, quint64)> &progress,
                                           const std::atomic<bool> *cancel)
{
    VerifyResult out;
    ledger::ChainVerifier verifier(db);
    if (progress)
        verifier.setProgressCallback(progress);
    auto report = verifier.run(cancel);
    if (!report)
        return ServiceResult<VerifyResult>::failure(ServiceError::StoreUnavailable, report.message());
    out.blocksChecked = report->blocksChecked;
    out.transactionsChecked = report->transactionsChecked;
    out.problems = report->problems;
    out.cancelled = report->cancelled;
    if (out.cancelled)
        return out;

    auto chain = openChainStore(db);
    if (!chain)
        return chain.error();
    PayloadChecker checker{db, out};
    if (auto s = checker.checkStoredPayloads(cancel); !s)
        return s.error();
    if (out.cancelled)
        return out;
    if (auto s = checker.checkChainHeads(**chain); !s)
        return s.error();
    if (auto s = checker.checkOutbox(); !s)
        return s.error();
    if (auto s = checker.checkStaffKeys(); !s)
        return s.error();
    if (auto s = checker.checkConsent(); !s)
        return s.error();
    if (auto s = verifyAudit(db, out, cancel); !s)
        return s.error();
    return out;
}

} // namespace careledger::services::detail
