#pragma once

// A small consortium for ledger tests: authority (key 0), validators 1..3 in that joining
// order, member clinic (key 4), and helpers to sign transactions and seal blocks.

#include "TestKeys.h"

#include "ledger/BlockValidator.h"
#include "ledger/ChainStore.h"
#include "ledger/Consensus.h"
#include "ledger/Genesis.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace careledger::ledger::test {

inline constexpr quint64 kT0 = 1700000000000;

inline Genesis makeGenesis(ConsensusParams params = {})
{
    Genesis g;
    g.chainId = QByteArray(16, '\x5a');
    g.authoritySpki = fixedSpki(0);
    g.validatorSpkis = {fixedSpki(1), fixedSpki(2), fixedSpki(3)};
    g.members = {{"clinic-a", fixedSpki(4)}};
    g.params = params;
    g.createdAtMs = kT0;
    return g;
}

inline Transaction makeTx(int signer, quint64 sequence, TxBody body, quint64 ts, const QByteArray &chainId = QByteArray(16, '\x5a'))
{
    Transaction tx;
    tx.chainId = chainId;
    tx.sequence = sequence;
    tx.timestampMs = ts;
    tx.body = std::move(body);
    (void)tx.sign(fixedKey(signer));
    return tx;
}

inline TxBody recordPut(const QByteArray &recordId, quint64 version = 1, char hashByte = 'h')
{
    return RecordPutBody{"patient-pseudonym-1", recordId, version, QByteArray(32, hashByte), 1};
}

// Seals a block by `producer` on `parent` with the consensus data the rules demand.
inline Block sealBlock(int producer, const ParentInfo &parent, quint64 ts, QList<Transaction> txs, const Genesis &genesis,
                       QList<ValidatorInfo> validators = {})
{
    if (validators.isEmpty())
        for (int i = 1; i <= 3; ++i)
            validators.append({fixedKeyId(i), fixedSpki(i)});
    const RoundRobinAuthority consensus(genesis.params, validators);
    Block b;
    b.transactions = std::move(txs);
    b.header.height = parent.height + 1;
    b.header.previousHash = parent.hash;
    b.header.merkleRoot = b.computeMerkleRoot();
    b.header.txCount = static_cast<quint64>(b.transactions.size());
    b.header.timestampMs = ts;
    b.header.consensus.inTurn = consensus.inTurnProducer(b.header.height) == fixedKeyId(producer);
    b.header.consensus.weight = b.header.consensus.inTurn ? kInTurnWeight : kOutOfTurnWeight;
    b.header.producerKeyId = fixedKeyId(producer); // before solving: the work covers it
    consensus.solve(b.header);
    (void)b.header.sign(fixedKey(producer));
    return b;
}

inline ParentInfo parentOf(const Block &b, QList<QByteArray> recent = {})
{
    return ParentInfo{b.header.hash(), b.header.height, b.header.timestampMs, std::move(recent)};
}

// An encrypted store in a temporary directory holding an initialised chain.
struct StoreFixture {
    QTemporaryDir dir;
    QString path;
    core::SecureBytes key = core::randomSecret(32);
    std::unique_ptr<core::Database> db;
    std::unique_ptr<ChainStore> chain;
    Genesis genesis;
    BlockHeader genesisHeader;

    bool create(ConsensusParams params = {})
    {
        path = dir.filePath(QStringLiteral("ledger.db"));
        auto created = core::Database::create(path, key);
        if (!created)
            return false;
        db = std::move(created).value();
        auto opened = ChainStore::open(*db);
        if (!opened)
            return false;
        chain = std::move(opened).value();
        genesis = makeGenesis(params);
        genesisHeader = genesis.makeHeader(fixedKey(0)).value();
        return chain->initialise(genesis, genesisHeader).ok();
    }

    bool reopen()
    {
        chain.reset();
        db.reset();
        auto opened = core::Database::open(path, key);
        if (!opened)
            return false;
        db = std::move(opened).value();
        auto store = ChainStore::open(*db);
        if (!store)
            return false;
        chain = std::move(store).value();
        return chain->isInitialised();
    }

    ParentInfo tip() { return chain->tipAsParent().value(); }
};

} // namespace careledger::ledger::test
