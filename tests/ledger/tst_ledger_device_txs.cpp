#include "TestChain.h"

#include "ledger/Cbor.h"

#include <QTest>

using namespace careledger;
using namespace careledger::ledger;
using namespace careledger::ledger::test;

namespace {

const QByteArray kDevice = QByteArray::fromHex("d1d2d3d4d5d6d7d8d9dadbdcdddedfe0");
const QByteArray kPseudonym = QByteArray(16, '\x42');

// Clinic member (4) registers staff key 5; only then may key 5 sign device transactions.
Transaction registerStaff() { return makeTx(4, 1, UserKeyRegisterBody{fixedSpki(5), fixedKeyId(4)}, kT0); }

struct Ctx {
    Genesis genesis = makeGenesis();
    MemoryState state{genesis};
    ParentInfo parent{genesis.makeHeader(fixedKey(0)).value().hash(), 0, kT0, {}};

    LedgerStatus apply(QList<Transaction> txs, int producer = 2)
    {
        const Block b = sealBlock(producer, parent, parent.timestampMs + 1000, std::move(txs), genesis);
        auto s = applyBlockTransactions(b, state);
        if (s)
            parent = parentOf(b);
        return s;
    }
};

} // namespace

class TestLedgerDeviceTxs : public QObject {
    Q_OBJECT
private slots:
    void bodiesRoundTrip()
    {
        const QList<TxBody> bodies{DeviceRegisterBody{kDevice, QByteArray(32, 'k')}, DevicePairBody{kDevice, kPseudonym, kT0 + 5},
                                   DeviceUnpairBody{kDevice, kT0 + 9}};
        const QList<TxType> types{TxType::DeviceRegister, TxType::DevicePair, TxType::DeviceUnpair};
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            QCOMPARE(bodyType(bodies[i]), types[i]);
            QVERIFY(validateBody(bodies[i]).ok());
            const Transaction tx = makeTx(5, 1, bodies[i], kT0);
            auto decoded = Transaction::decode(tx.encode());
            QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
            QVERIFY(*decoded == tx);
        }
        QCOMPARE(static_cast<int>(TxType::DeviceRegister), 14);
        QCOMPARE(static_cast<int>(TxType::DeviceUnpair), 16);
        QCOMPARE(txTypeName(TxType::DevicePair), QStringLiteral("device pairing"));
    }

    void malformedBodiesRefused()
    {
        QCOMPARE(validateBody(DeviceRegisterBody{kDevice, QByteArray(31, 'k')}).code(), LedgerError::Malformed); // not a hash
        QCOMPARE(validateBody(DeviceRegisterBody{{}, QByteArray(32, 'k')}).code(), LedgerError::Malformed);
        QCOMPARE(validateBody(DeviceRegisterBody{QByteArray(65, 'd'), QByteArray(32, 'k')}).code(), LedgerError::Malformed);
        QCOMPARE(validateBody(DevicePairBody{kDevice, {}, kT0}).code(), LedgerError::Malformed);
        QCOMPARE(validateBody(DeviceUnpairBody{{}, kT0}).code(), LedgerError::Malformed);
        // A key hash of the wrong size does not even decode.
        Transaction tx = makeTx(5, 1, DeviceRegisterBody{kDevice, QByteArray(32, 'k')}, kT0);
        QByteArray bytes = tx.encode();
        const qsizetype at = bytes.indexOf(QByteArray(32, 'k'));
        QVERIFY(at > 0);
        bytes[at - 1] = char(0x40 + 20); // claim a 20-byte string
        QVERIFY(!Transaction::decode(bytes).ok());
    }

    void pairNeedsRegisteredDevice()
    {
        Ctx c;
        QVERIFY(c.apply({registerStaff()}).ok());
        QCOMPARE(c.apply({makeTx(5, 1, DevicePairBody{kDevice, kPseudonym, kT0}, kT0)}).code(), LedgerError::InvalidState);
        QCOMPARE(c.apply({makeTx(5, 1, DeviceUnpairBody{kDevice, kT0}, kT0)}).code(), LedgerError::InvalidState);
        // Registration and pairing in one block: the pairing sees the registration.
        QVERIFY(c.apply({makeTx(5, 1, DeviceRegisterBody{kDevice, QByteArray(32, 'k')}, kT0), makeTx(5, 2, DevicePairBody{kDevice, kPseudonym, kT0}, kT0),
                         makeTx(5, 3, DeviceUnpairBody{kDevice, kT0 + 10}, kT0)})
                    .ok());
        QVERIFY(c.state.hasDevice(kDevice).value());
        QCOMPARE(c.apply({makeTx(5, 4, DeviceRegisterBody{kDevice, QByteArray(32, 'j')}, kT0)}).code(), LedgerError::InvalidState);
    }

    void signerMustBeRegisteredUserKey()
    {
        Ctx c;
        // The member node and the authority are known signers but not user keys.
        QCOMPARE(c.apply({makeTx(4, 1, DeviceRegisterBody{kDevice, QByteArray(32, 'k')}, kT0)}).code(), LedgerError::NotAuthorised);
        QCOMPARE(c.apply({makeTx(0, 1, DeviceRegisterBody{kDevice, QByteArray(32, 'k')}, kT0)}).code(), LedgerError::NotAuthorised);
        QCOMPARE(c.apply({makeTx(5, 1, DeviceRegisterBody{kDevice, QByteArray(32, 'k')}, kT0)}).code(), LedgerError::UnknownSigner);
    }

    void storedStateTracksDevicesAcrossReopenAndDisconnect()
    {
        StoreFixture f;
        QVERIFY(f.create());
        const quint64 now = kT0 + 10'000;
        QList<Transaction> txs{registerStaff(), makeTx(5, 1, DeviceRegisterBody{kDevice, QByteArray(32, 'k')}, kT0),
                               makeTx(5, 2, DevicePairBody{kDevice, kPseudonym, kT0}, kT0)};
        const Block b = sealBlock(2, f.tip(), kT0 + 1000, txs, f.genesis);
        auto accepted = f.chain->acceptBlock(b, now);
        QVERIFY2(accepted.ok(), qPrintable(accepted.message()));
        QCOMPARE(f.chain->tip()->height, quint64(1));
        QVERIFY(f.reopen());
        QVERIFY(f.chain->state().hasDevice(kDevice).value());
        QVERIFY(f.chain->disconnectTip().ok());
        QVERIFY(!f.chain->state().hasDevice(kDevice).value());
    }
};

QTEST_GUILESS_MAIN(TestLedgerDeviceTxs)
#include "tst_ledger_device_txs.moc"
