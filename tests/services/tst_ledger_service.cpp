#include "LedgerTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace careledger::services;
using namespace careledger::services::testing;

class TestLedgerService : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    ManualClock m_clock;
    QString m_dir;

    std::unique_ptr<Workstation> admin()
    {
        auto ws = std::make_unique<Workstation>(m_dir, ledgerTestOptions(m_clock));
        auto login = ws->login(kAdminName, kAdminPassword);
        if (!login)
            qWarning("%s", qPrintable(outcome(login)));
        return ws;
    }

    static QStringList typesOnChain(Workstation &ws)
    {
        QStringList types;
        auto blocks = ws.ledger().recentBlocks(1000);
        if (!blocks)
            return {outcome(blocks)};
        for (auto it = blocks->crbegin(); it != blocks->crend(); ++it) {
            auto txs = ws.ledger().blockTransactions(it->hash);
            if (!txs)
                return {outcome(txs)};
            for (const auto &t : *txs)
                types.append(t.type);
        }
        return types;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        CL_VERIFY_OK(Workstation::initialize(m_dir, kAdminName, adminDisplayName(), kAdminPassword, ledgerTestOptions(m_clock)));
    }

    void initializeGivesGenesisAndAPendingAdminRegistration()
    {
        Workstation ws(m_dir, ledgerTestOptions(m_clock));
        CL_VERIFY_OK(ws.login(kAdminName, kAdminPassword));
        auto o = ws.ledger().overview();
        CL_VERIFY_OK(o);
        QCOMPARE(o->height, quint64(0));
        QCOMPARE(o->chainId.size(), 16);
        QCOMPARE(o->tipHash, o->genesisHash);
        QCOMPARE(o->validatorCount, 1);
        QCOMPARE(o->memberCount, 1);
        QVERIFY(o->thisNodeIsValidator);
        QCOMPARE(o->pendingTransactions, 1); // the first admin's key registration
        auto blocks = ws.ledger().recentBlocks(10);
        CL_VERIFY_OK(blocks);
        QCOMPARE(blocks->size(), 1);
        QCOMPARE(blocks->first().height, quint64(0));
        QCOMPARE(blocks->first().hash, o->genesisHash);
        QVERIFY(blocks->first().sizeBytes > 0);

        auto sealed = ws.sealNow();
        CL_VERIFY_OK(sealed);
        QCOMPARE(*sealed, 1);
        o = ws.ledger().overview();
        QCOMPARE(o->height, quint64(1));
        QCOMPARE(o->pendingTransactions, 0);
        QCOMPARE(typesOnChain(ws), QStringList{QStringLiteral("user-key-registration")});
        auto txs = ws.ledger().blockTransactions(o->tipHash);
        CL_VERIFY_OK(txs);
        QCOMPARE(txs->first().subject, QString::fromLatin1(ws.currentUser()->signingKeyId.left(8).toHex()));
        auto verified = ws.ledger().verify({}, nullptr);
        CL_VERIFY_OK(verified);
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
        QCOMPARE(verified->blocksChecked, quint64(2));
    }

    void staffAccountRegistersItsKeyOnChain()
    {
        auto ws = admin();
        auto doctor = ws->staff().create(QStringLiteral("doctor"), QStringLiteral("Dr. Claire Martin"), Role::Doctor,
                                         QStringLiteral("stethoscope rounds"));
        CL_VERIFY_OK(doctor);
        QCOMPARE(ws->ledger().overview()->pendingTransactions, 2);
        CL_VERIFY_OK(ws->sealNow());
        QCOMPARE(typesOnChain(*ws), (QStringList{QStringLiteral("user-key-registration"), QStringLiteral("user-key-registration")}));
        auto blocks = ws->ledger().recentBlocks(1);
        auto txs = ws->ledger().blockTransactions(blocks->first().hash);
        QStringList subjects;
        for (const auto &t : *txs)
            subjects.append(t.subject);
        QVERIFY(subjects.contains(QString::fromLatin1(doctor->signingKeyId.left(8).toHex())));
        // A reset issues a new key, registered in turn.
        CL_VERIFY_OK(ws->staff().resetPassword(doctor->id, QStringLiteral("another temporary one")));
        QCOMPARE(ws->ledger().overview()->pendingTransactions, 1);
        CL_VERIFY_OK(ws->sealNow());
        auto verified = ws->ledger().verify({}, nullptr);
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
    }

    void recordPutAndEraseAppearAsTransactions()
    {
        auto ws = admin();
        const QByteArray record = QByteArray::fromHex("0102030405060708");
        const QByteArray patient = QByteArray::fromHex("aabbccdd");
        auto put1 = ws->records().put(record, 1, patient, QStringLiteral("history"), QByteArrayLiteral("sealed bytes v1"));
        CL_VERIFY_OK(put1);
        auto put2 = ws->records().put(record, 2, patient, QStringLiteral("history"), QByteArrayLiteral("sealed bytes v2"));
        CL_VERIFY_OK(put2);
        QCOMPARE(ws->records().put(record, 2, patient, QStringLiteral("history"), "x").code(), ServiceError::AlreadyExists);
        QCOMPARE(ws->records().put(record, 4, patient, QStringLiteral("history"), "x").code(), ServiceError::InvalidInput);
        QCOMPARE(ws->records().put(record, 3, patient, QStringLiteral("gossip"), "x").code(), ServiceError::InvalidInput);
        // Sealing before the admin's key is registered still gets everything on chain.
        auto sealed = ws->sealNow();
        CL_VERIFY_OK(sealed);
        QCOMPARE(ws->ledger().overview()->pendingTransactions, 0);
        QCOMPARE(typesOnChain(*ws), (QStringList{QStringLiteral("user-key-registration"), QStringLiteral("record-put"),
                                                 QStringLiteral("record-put")}));
        auto verified = ws->ledger().verify({}, nullptr);
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
        QCOMPARE(verified->recordsChecked, quint64(2));

        auto erased = ws->records().erase(record);
        CL_VERIFY_OK(erased);
        QVERIFY(ws->records().newest(record)->erased);
        QVERIFY(ws->records().newest(record)->ciphertext.isEmpty());
        CL_VERIFY_OK(ws->sealNow());
        QCOMPARE(typesOnChain(*ws).last(), QStringLiteral("record-erase"));
        auto blocks = ws->ledger().recentBlocks(1);
        auto txs = ws->ledger().blockTransactions(blocks->first().hash);
        QCOMPARE(txs->first().id, *erased);
        QCOMPARE(txs->first().subject, QString::fromLatin1(record.toHex()));
        QCOMPARE(txs->first().signerKeyId, ws->currentUser()->signingKeyId);
        verified = ws->ledger().verify({}, nullptr);
        QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
        QCOMPARE(verified->recordsErased, quint64(1));
    }

    void pendingWorkIsSealedAtLogoutAndSurvivesRestart()
    {
        {
            auto ws = admin();
            CL_VERIFY_OK(ws->records().put("r1", 1, "p1", QStringLiteral("note"), "c1"));
            ws->logout(); // seals what waits
        }
        auto ws = admin();
        QCOMPARE(ws->ledger().overview()->pendingTransactions, 0);
        QCOMPARE(ws->ledger().overview()->height, quint64(2));
    }

    void paginationAndProof()
    {
        auto ws = admin();
        for (int i = 1; i <= 3; ++i) {
            CL_VERIFY_OK(ws->records().put("rec", static_cast<quint64>(i), "pat", QStringLiteral("note"), QByteArray::number(i)));
            m_clock.advance(1);
            CL_VERIFY_OK(ws->sealNow());
        }
        auto all = ws->ledger().recentBlocks(100);
        QCOMPARE(all->size(), 5); // genesis, registration + put 1, puts 2 and 3
        auto page = ws->ledger().recentBlocks(2, all->at(1).height);
        CL_VERIFY_OK(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().height, all->at(2).height);
        QCOMPARE(page->first().hash, all->at(1).previousHash);
        // Paging reaches the genesis block, and stops below it.
        auto oldest = ws->ledger().recentBlocks(10, 1);
        CL_VERIFY_OK(oldest);
        QCOMPARE(oldest->size(), 1);
        QCOMPARE(oldest->first().height, quint64(0));
        QCOMPARE(oldest->first().hash, all->last().hash);
        auto proof = ws->ledger().recordProof("rec");
        CL_VERIFY_OK(proof);
        QCOMPARE(proof->version, quint64(3));
        QCOMPARE(proof->blockHeight, all->first().height);
        QCOMPARE(ws->ledger().recordProof("nothing").code(), ServiceError::NotFound);
    }

    void nonAdminsAreRefused()
    {
        {
            auto ws = admin();
            CL_VERIFY_OK(ws->staff().create(QStringLiteral("nurse"), QStringLiteral("Piotr Kowalski"), Role::Nurse,
                                            QStringLiteral("ward round nights")));
        }
        Workstation ws(m_dir, ledgerTestOptions(m_clock));
        QCOMPARE(ws.ledger().overview().code(), ServiceError::NotLoggedIn);
        QCOMPARE(ws.ledger().verify({}, nullptr).code(), ServiceError::NotLoggedIn);
        CL_VERIFY_OK(ws.login(QStringLiteral("nurse"), QStringLiteral("ward round nights")));
        CL_VERIFY_OK(ws.changeOwnPassword(QStringLiteral("ward round nights"), QStringLiteral("quiet ward at dawn")));
        QCOMPARE(ws.ledger().overview().code(), ServiceError::PermissionDenied);
        QCOMPARE(ws.ledger().recentBlocks(5).code(), ServiceError::PermissionDenied);
        QCOMPARE(ws.ledger().blockTransactions(QByteArray(32, 'x')).code(), ServiceError::PermissionDenied);
        QCOMPARE(ws.ledger().verify({}, nullptr).code(), ServiceError::PermissionDenied);
        QCOMPARE(ws.ledger().recordProof("x").code(), ServiceError::PermissionDenied);
        // Any staff member signs their own record transactions.
        CL_VERIFY_OK(ws.records().put("nurse-note", 1, "pat", QStringLiteral("note"), "c"));
        CL_VERIFY_OK(ws.sealNow());
    }
};

QTEST_GUILESS_MAIN(TestLedgerService)
#include "tst_ledger_service.moc"
