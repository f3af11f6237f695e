#include "LedgerTestSupport.h"
#include "services/WorkstationPrivate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// Alters the store behind the application's back, as someone holding the database key
// would, and checks verify() names exactly what was altered.
class TestLedgerTamper : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    ManualClock m_clock;
    QString m_dir;
    core::SecureBytes m_key;

    const QByteArray kPatient = QByteArray::fromHex("5ca1ab1e");
    const QByteArray kIntact = QByteArray::fromHex("0a0a0a0a");
    const QByteArray kAltered = QByteArray::fromHex("0b0b0b0b");
    const QByteArray kErased = QByteArray::fromHex("0c0c0c0c");

    std::unique_ptr<Workstation> admin()
    {
        auto ws = std::make_unique<Workstation>(m_dir, ledgerTestOptions(m_clock));
        auto login = ws->login(kAdminName, kAdminPassword);
        if (!login)
            qWarning("%s", qPrintable(outcome(login)));
        return ws;
    }

    void exec(const char *sql, const QByteArray &blob, qint64 number)
    {
        auto store = core::WorkstationStore::openWithKey(m_dir, m_key);
        QVERIFY(store);
        auto st = (*store)->database().prepare(sql);
        QVERIFY(st);
        st->bindBlob(1, blob).bind(2, number);
        QVERIFY(st->run());
        QCOMPARE((*store)->database().changes(), 1);
    }

    VerifyResult verify()
    {
        auto ws = admin();
        auto result = ws->ledger().verify({}, nullptr);
        if (!result) {
            qWarning("%s", qPrintable(outcome(result)));
            return {};
        }
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = m_tmp.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
        CL_VERIFY_OK(Workstation::initialize(m_dir, kAdminName, adminDisplayName(), kAdminPassword, ledgerTestOptions(m_clock)));
        auto ws = admin();
        m_key = WorkstationAccess::state(*ws).store->databaseKey().clone();
        for (const QByteArray &id : {kIntact, kAltered, kErased}) {
            CL_VERIFY_OK(ws->records().put(id, 1, kPatient, QStringLiteral("history"), "ciphertext of " + id.toHex()));
            m_clock.advance(1);
            CL_VERIFY_OK(ws->sealNow());
        }
        CL_VERIFY_OK(ws->records().erase(kErased));
        CL_VERIFY_OK(ws->sealNow());
        auto clean = ws->ledger().verify({}, nullptr);
        CL_VERIFY_OK(clean);
        QVERIFY2(clean->ok(), qPrintable(clean->problems.join(u'\n')));
        QCOMPARE(clean->recordsErased, quint64(1));
        QCOMPARE(clean->recordsChecked, quint64(2));
    }

    void alteredHeaderAndCiphertextAreNamedAndNothingElse()
    {
        // Block 2 holds the put of kAltered... whichever: take the block at height 2.
        QByteArray blockHash;
        {
            auto ws = admin();
            auto blocks = ws->ledger().recentBlocks(1, 3);
            CL_VERIFY_OK(blocks);
            blockHash = blocks->first().hash;
            QCOMPARE(blocks->first().height, quint64(2));
        }
        // The last byte of the stored header (inside the producer's signature), and a ciphertext.
        exec("UPDATE ledger_blocks SET header = substr(header, 1, length(header) - ?2) || "
             "CASE WHEN substr(header, -1) = X'01' THEN X'02' ELSE X'01' END WHERE hash = ?1",
             blockHash, 1);
        exec("UPDATE record_payloads SET ciphertext = ?1 WHERE version = ?2 AND record_id = X'0b0b0b0b'", QByteArray("forged"), 1);

        const VerifyResult r = verify();
        QVERIFY(!r.ok());
        // Every line names block 2 or the record; at least one names the block by its stored hash
        // (the verifier may name follow-on findings by the altered header's own hash).
        const QString storedName = QStringLiteral("block 2 (%1)").arg(QString::fromLatin1(blockHash.left(8).toHex()));
        const QString blockName = QStringLiteral("block 2 (");
        // Records are named by their kind as stored beside the payload.
        const QString recordName = QStringLiteral("history record ") + QString::fromLatin1(kAltered.toHex());
        bool namedBlock = false;
        bool namedRecord = false;
        for (const QString &line : r.problems) {
            namedBlock = namedBlock || line.startsWith(storedName);
            namedRecord = namedRecord || line.startsWith(recordName);
            QVERIFY2(line.startsWith(blockName) || line.startsWith(recordName), qPrintable(blockName + QStringLiteral(" / ") + r.problems.join(u'\n')));
        }
        QVERIFY2(namedBlock && namedRecord, qPrintable(r.problems.join(u'\n')));
        QCOMPARE(r.recordsErased, quint64(1));
    }

    void erasedRecordIsNotTamperedButDeletedPayloadIs()
    {
        // Deleting a stored payload outright is named; the erased one is still just erased.
        exec("DELETE FROM record_payloads WHERE record_id = ?1 AND version = ?2", kIntact, 1);
        const VerifyResult r = verify();
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().startsWith(QStringLiteral("record ") + QString::fromLatin1(kIntact.toHex())),
                 qPrintable(r.problems.first()));
        QCOMPARE(r.recordsErased, quint64(1));
    }

    void alteredStaffKeyIsNamed()
    {
        QByteArray keyId;
        {
            auto ws = admin();
            keyId = ws->currentUser()->signingKeyId;
        }
        auto other = core::EcPrivateKey::generate();
        exec("UPDATE staff_keys SET public_key = ?1 WHERE id = ?2", other->publicKey().spkiDer(), 1);
        const VerifyResult r = verify();
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().startsWith(QStringLiteral("staff key ") + QString::fromLatin1(keyId.left(8).toHex())),
                 qPrintable(r.problems.first()));
    }
};

QTEST_GUILESS_MAIN(TestLedgerTamper)
#include "tst_ledger_tamper.moc"
