#include "VitalsTestSupport.h"

#include "ledger/TxBodies.h"
#include "services/LedgerOps.h"
#include "services/PatientService.h"
#include "services/VitalsOps.h"

#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;
using sensors::VitalParameter;

// Each closed window of readings is witnessed on the chain, per patient, by the root of its
// readings; verification recomputes it from the encrypted store and names what was altered.
class TestVitalsAnchors : public QObject {
    Q_OBJECT

    struct Ward {
        Clinic clinic;
        PatientId first;
        PatientId second;
        QList<QByteArray> firstEncodings;
        QList<QByteArray> secondEncodings;
    };

    // Two patients, each with a device, five readings each in one window, then the window
    // closes and the seal path flushes and anchors.
    static void fill(Ward &w)
    {
        w.first = w.clinic.registerPatient();
        w.second = w.clinic.registerPatient(sampleDemographics(QStringLiteral("Jonas"), QStringLiteral("Eriksen")));
        // Start on a window boundary so all readings fall in one window.
        const qint64 nowMs = w.clinic.clock().now->toMSecsSinceEpoch();
        w.clinic.clock().advance((60'000 - nowMs % 60'000) / 1000);
        const QDateTime t0 = *w.clinic.clock().now;
        const QString d1 = pairedDevice(w.clinic, w.first, t0.addSecs(-5));
        const QString d2 = pairedDevice(w.clinic, w.second, t0.addSecs(-5));
        Workstation &ws = w.clinic.as(kNurseName);
        for (int i = 0; i < 5; ++i) {
            w.clinic.clock().advance(2);
            const auto a = reading(d1, quint64(i + 1), *w.clinic.clock().now, {measured(VitalParameter::HeartRate, 70 + i)});
            const auto b = reading(d2, quint64(i + 1), *w.clinic.clock().now, {measured(VitalParameter::SpO2, 95), measured(VitalParameter::HeartRate, 80)});
            ws.vitals().ingest(a);
            ws.vitals().ingest(b);
            w.firstEncodings.append(detail::encodeVitalReading(a));
            w.secondEncodings.append(detail::encodeVitalReading(b));
            if (i == 2)
                CL_VERIFY_OK(ws.vitals().flush()); // two batches in the window
        }
        QCOMPARE(pendingOf(ws, ledger::TxType::VitalsAnchor).size(), 0); // window still open
        w.clinic.clock().advance(60);
        CL_VERIFY_OK(ws.sealIfDue());
    }

private slots:
    void closedWindowGetsOneAnchorPerPatient()
    {
        Ward w;
        fill(w);
        Workstation &ws = w.clinic.ws();
        QCOMPARE(w.clinic.count("SELECT COUNT(*) FROM vitals_anchors"), 2);
        QCOMPARE(w.clinic.count("SELECT COUNT(*) FROM vital_readings"), 2); // one batch per anchored window
        // On the chain: pseudonym, window, count and root; signed by the node key.
        QList<ledger::VitalsAnchorBody> bodies;
        auto &state = WorkstationAccess::state(ws);
        auto st = state.store->database().prepare("SELECT tx_id FROM vitals_anchors");
        QVERIFY(st.ok());
        QList<QByteArray> txIds;
        QVERIFY(st->forEachRow([&](const core::Statement &r) { txIds.append(r.blob(0)); }).ok());
        for (const QByteArray &id : txIds) {
            auto proof = state.chain->proveTransaction(id);
            QVERIFY2(proof.ok(), "the anchor is sealed into a block");
            QCOMPARE(proof->tx.signerKeyId, state.nodeKey.publicKey().keyId());
            bodies.append(std::get<ledger::VitalsAnchorBody>(proof->tx.body));
        }
        QCOMPARE(bodies.size(), 2);
        for (const auto &body : bodies) {
            const bool isFirst = body.pseudonym == w.first;
            QVERIFY(isFirst || body.pseudonym == w.second);
            const auto &expected = isFirst ? w.firstEncodings : w.secondEncodings;
            QCOMPARE(body.count, quint64(5));
            QCOMPARE(body.merkleRoot, detail::vitalWindowRoot(expected));
            QCOMPARE(body.windowEndMs - body.windowStartMs, quint64(60'000));
        }
        // A second seal anchors nothing again.
        w.clinic.clock().advance(120);
        CL_VERIFY_OK(ws.sealIfDue());
        QCOMPARE(w.clinic.count("SELECT COUNT(*) FROM vitals_anchors"), 2);

        const VerifyResult result = w.clinic.verify();
        QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
        QCOMPARE(result.vitalsWindowsChecked, quint64(2));
    }

    void alteredBatchIsNamed()
    {
        Ward w;
        fill(w);
        // Someone with the database key flips one byte of the first patient's stored batch.
        QByteArray batch;
        {
            auto store = w.clinic.raw();
            auto st = store->database().prepare("SELECT batch FROM vital_readings WHERE pseudonym = ?1");
            st->bindBlob(1, w.first);
            QVERIFY(st->step().value());
            batch = st->blob(0);
        }
        batch[batch.size() / 2] = static_cast<char>(batch[batch.size() / 2] ^ 0x01);
        {
            auto store = w.clinic.raw();
            auto st = store->database().prepare("UPDATE vital_readings SET batch = ?1 WHERE pseudonym = ?2");
            st->bindBlob(1, batch).bindBlob(2, w.first);
            QVERIFY(st->run().ok());
        }
        const VerifyResult result = w.clinic.verify();
        QCOMPARE(result.problems.size(), 1);
        const QString line = result.problems.first();
        QVERIFY2(line.startsWith(QStringLiteral("vitals of patient %1, window ").arg(detail::shortHex(w.first))), qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral("does not match its anchor (altered)")), qPrintable(line));
        QCOMPARE(result.vitalsWindowsChecked, quint64(1));
    }

    void erasedPatientVerifiesAsErased()
    {
        Ward w;
        fill(w);
        Workstation &ws = w.clinic.as(kAdminName);
        CL_VERIFY_OK(ws.patients().erase(w.first, QStringLiteral("Patient request, GDPR art. 17")));
        QCOMPARE(w.clinic.count("SELECT COUNT(*) FROM vital_readings WHERE pseudonym = ?1", w.first), 0);
        QCOMPARE(w.clinic.count("SELECT COUNT(*) FROM vitals_anchors WHERE pseudonym = ?1", w.first), 1);
        const VerifyResult result = w.clinic.verify();
        QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
        QCOMPARE(result.vitalsWindowsErased, quint64(1));
        QCOMPARE(result.vitalsWindowsChecked, quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestVitalsAnchors)
#include "tst_vitals_anchors.moc"
