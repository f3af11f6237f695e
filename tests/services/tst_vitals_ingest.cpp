#include "VitalsTestSupport.h"

#include "services/ConsentService.h"
#include "services/PatientService.h"
#include "services/VitalsOps.h"

#include <QElapsedTimer>

#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;
using sensors::VitalParameter;

// Readings find their patient by the device's pairing at their measurement time, are kept
// encrypted in the store, survive a logout, and come back in the trend for those allowed.
class TestVitalsIngest : public QObject {
    Q_OBJECT

    static QList<double> heartRates(Workstation &ws, const PatientId &patient, const QDateTime &from, const QDateTime &to)
    {
        auto series = ws.vitals().trend(patient, from, to);
        if (!series)
            qFatal("%s", qPrintable(outcome(series)));
        for (const VitalSeries &s : *series)
            if (s.sign == core::VitalSign::HeartRate)
                return QList<double>(s.values.begin(), s.values.end());
        return {};
    }

private slots:
    void pairingDecidesThePatientAndUnpairedReadingsAreDropped()
    {
        Clinic clinic;
        const PatientId first = clinic.registerPatient();
        const PatientId second = clinic.registerPatient(sampleDemographics(QStringLiteral("Jonas"), QStringLiteral("Eriksen")));
        const QDateTime t0 = *clinic.clock().now;
        const QString device = pairedDevice(clinic, first, t0);
        CL_VERIFY_OK(clinic.ws().devices().pair(device, second, t0.addSecs(600)));

        Workstation &ws = clinic.as(kNurseName);
        clinic.clock().advance(700);
        ws.vitals().ingest(reading(device, 1, t0.addSecs(-10), {measured(VitalParameter::HeartRate, 61)})); // before any pairing
        ws.vitals().ingest(reading(device, 2, t0.addSecs(100), {measured(VitalParameter::HeartRate, 72)}));
        ws.vitals().ingest(reading(device, 3, t0.addSecs(650), {measured(VitalParameter::HeartRate, 83)}));
        ws.vitals().ingest(reading(QStringLiteral("dev-unknown"), 1, t0.addSecs(650), {measured(VitalParameter::HeartRate, 99)}));
        QCOMPARE(ws.vitals().gatewayStatus().readingsUnpaired, quint64(2));

        const QDateTime from = t0.addSecs(-3600);
        const QDateTime to = t0.addSecs(3600);
        QCOMPARE(heartRates(ws, first, from, to), QList<double>{72});
        QCOMPARE(heartRates(ws, second, from, to), QList<double>{83});
        CL_VERIFY_OK(ws.vitals().flush());
        QCOMPARE(heartRates(ws, first, from, to), QList<double>{72});
        QCOMPARE(heartRates(ws, second, from, to), QList<double>{83});
    }

    void flushStoresEncryptedBatches()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        const QDateTime t0 = *clinic.clock().now;
        const QString device = pairedDevice(clinic, patient, t0);
        Workstation &ws = clinic.as(kNurseName);
        for (int i = 0; i < 5; ++i) {
            clinic.clock().advance(1);
            ws.vitals().ingest(reading(device, quint64(i + 1), *clinic.clock().now,
                                       {measured(VitalParameter::HeartRate, 70 + i), measured(VitalParameter::SpO2, 97)}));
        }
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM vital_readings"), 0); // memory only until the flush
        CL_VERIFY_OK(ws.vitals().flush());
        QCOMPARE(clinic.count("SELECT COALESCE(SUM(reading_count), 0) FROM vital_readings WHERE pseudonym = ?1", patient), 5);
        // Ciphertext: neither the device id nor any value is readable in the row.
        auto st = WorkstationAccess::state(ws).store->database().prepare("SELECT batch, batch_hash, key_version FROM vital_readings");
        QVERIFY(st && st->step().value());
        const QByteArray batch = st->blob(0);
        QVERIFY(!batch.contains(device.toUtf8()));
        QCOMPARE(st->blob(1), core::sha256(batch));
        QCOMPARE(st->int64(2), 1);
        // The device's newest sequence is kept for replay protection after a restart.
        QCOMPARE(clinic.count("SELECT last_sequence FROM device_sequences WHERE device_id = ?1", device.toUtf8()), 5);
    }

    void nothingIsLostAcrossLogoutAndLogin()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        const QDateTime t0 = *clinic.clock().now;
        const QString device = pairedDevice(clinic, patient, t0);
        Workstation &ws = clinic.as(kNurseName);
        QList<double> sent;
        for (int i = 0; i < 40; ++i) {
            clinic.clock().advance(1);
            sent.append(60 + i);
            ws.vitals().ingest(reading(device, quint64(i + 1), *clinic.clock().now, {measured(VitalParameter::HeartRate, sent.last())}));
            if (i == 19)
                CL_VERIFY_OK(ws.vitals().flush()); // half stored, half still queued at logout
        }
        ws.logout();
        QVERIFY(!ws.isLoggedIn());
        clinic.as(kDoctorName);
        QCOMPARE(heartRates(ws, patient, t0, clinic.clock().now->addSecs(1)), sent);
        // The trend call is one audit entry of the reader.
        const auto audit = clinic.lastAudit();
        QCOMPARE(audit.action, QStringLiteral("view-vitals"));
        QCOMPARE(audit.actor, kDoctorName);
        QCOMPARE(audit.pseudonym, patient);
        QVERIFY(!audit.refused);
    }

    void nurseWithoutConsentIsRefusedAndAudited()
    {
        Clinic clinic;
        clinic.as(kAdminName);
        CL_VERIFY_OK(clinic.ws().consent().setRegisteringClinicDefault(false));
        const PatientId patient = clinic.registerPatient();
        const QDateTime t0 = *clinic.clock().now;
        const QString device = pairedDevice(clinic, patient, t0);
        Workstation &ws = clinic.as(kNurseName);
        clinic.clock().advance(1);
        ws.vitals().ingest(reading(device, 1, *clinic.clock().now, {measured(VitalParameter::HeartRate, 70)}));
        const qint64 before = clinic.auditCount();
        QCOMPARE(codeOf(ws.vitals().trend(patient, t0, clinic.clock().now->addSecs(1))), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(ws.vitals().live(patient)), QStringLiteral("PermissionDenied"));
        QCOMPARE(clinic.auditCount(), before + 2);
        const auto audit = clinic.lastAudit();
        QVERIFY(audit.refused);
        QCOMPARE(audit.pseudonym, patient);
        QCOMPARE(audit.actor, kNurseName);
        // The ward shows only patients the nurse may see.
        auto ward = ws.vitals().ward();
        CL_VERIFY_OK(ward);
        QVERIFY(ward->isEmpty());
    }

    void wardShowsLatestValuesAndAuditsOncePerQuarterHour()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        const QDateTime t0 = *clinic.clock().now;
        const QString device = pairedDevice(clinic, patient, t0);
        Workstation &ws = clinic.as(kNurseName);
        clinic.clock().advance(1);
        ws.vitals().ingest(reading(device, 1, *clinic.clock().now, {measured(VitalParameter::HeartRate, 70), measured(VitalParameter::SpO2, 96)}));
        const qint64 before = clinic.auditCount();
        for (int i = 0; i < 5; ++i) {
            auto ward = ws.vitals().ward();
            CL_VERIFY_OK(ward);
            QCOMPARE(ward->size(), 1);
            const MonitoredPatient &m = ward->first();
            QCOMPARE(m.patient.id, patient);
            QCOMPARE(m.deviceId, device);
            QCOMPARE(m.link, DeviceLink::Receiving);
            QCOMPARE(m.tiles.size(), 2);
            QCOMPARE(m.tiles.first().sign, core::VitalSign::HeartRate);
            QCOMPARE(m.tiles.first().value, 70.0);
        }
        QCOMPARE(clinic.auditCount(), before + 1);
        clinic.clock().advance(16 * 60);
        CL_VERIFY_OK(ws.vitals().ward());
        QCOMPARE(clinic.auditCount(), before + 2);
    }

    // A nurse who signs in sees the newest values and their trend at once, not empty tiles
    // until the next frame.
    void newSessionShowsTheNewestStoredValuesAndTheirTrend()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        const QDateTime t0 = *clinic.clock().now;
        const QString device = pairedDevice(clinic, patient, t0);
        Workstation &ws = clinic.as(kNurseName);
        // SpO2 falling 3 % a minute: each value is close to the last, the minute is a trend.
        for (int i = 0; i < 60; ++i) {
            clinic.clock().advance(1);
            ws.vitals().ingest(reading(device, quint64(i + 1), *clinic.clock().now,
                                       {measured(VitalParameter::HeartRate, 72), measured(VitalParameter::SpO2, 97 - i * 0.05)}));
        }
        const auto tileOf = [&](core::VitalSign sign) -> std::optional<VitalTile> {
            auto ward = ws.vitals().ward();
            if (!ward || ward->isEmpty())
                return std::nullopt;
            for (const VitalTile &tile : ward->first().tiles)
                if (tile.sign == sign)
                    return tile;
            return std::nullopt;
        };
        QCOMPARE(tileOf(core::VitalSign::SpO2)->trend, Trend::Falling);
        QCOMPARE(tileOf(core::VitalSign::HeartRate)->trend, Trend::Steady);

        clinic.as(kDoctorName); // logout flushes; the doctor's session starts from the store
        const auto spo2 = tileOf(core::VitalSign::SpO2);
        QVERIFY(spo2.has_value());
        QCOMPARE(spo2->value, 97 - 59 * 0.05);
        QCOMPARE(spo2->trend, Trend::Falling);
        QCOMPARE(tileOf(core::VitalSign::HeartRate)->value, 72.0);
    }

    // Timing (CARELEDGER_VITALS_TIMING=1): a week at 1 Hz stored as anchored windows (one
    // batch of 60 readings each, as anchoring leaves them), read back by trend(); and one
    // flush of 256 readings.
    void weekTrendAndFlushTiming()
    {
        if (qEnvironmentVariableIsEmpty("CARELEDGER_VITALS_TIMING"))
            QSKIP("timing run only with CARELEDGER_VITALS_TIMING=1");
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        const QDateTime start = clinic.clock().now->addDays(-7);
        const QString device = pairedDevice(clinic, patient, start);
        Workstation &ws = clinic.as(kNurseName);
        auto &state = WorkstationAccess::state(ws);
        core::Database &db = state.store->database();
        auto key = detail::patientKey(db, *state.records, patient, std::nullopt);
        QVERIFY(key.ok());
        constexpr qint64 kReadings = 7 * 24 * 3600;
        {
            auto t = db.begin();
            QVERIFY(t.ok());
            auto st = db.prepare("INSERT INTO vital_readings (pseudonym, window_start_ms, batch_no, key_version, batch, reading_count, batch_hash) "
                                 "VALUES (?1, ?2, 0, ?3, ?4, 60, ?5)");
            QVERIFY(st.ok());
            for (qint64 w = 0; w < kReadings / 60; ++w) {
                const qint64 windowStart = start.toMSecsSinceEpoch() + w * 60'000;
                QList<QByteArray> encodings;
                for (int i = 0; i < 60; ++i)
                    encodings.append(detail::encodeVitalReading(reading(device, quint64(w * 60 + i + 1), QDateTime::fromMSecsSinceEpoch(windowStart + i * 1000, Qt::UTC),
                                                                        {measured(VitalParameter::HeartRate, 60 + i % 30), measured(VitalParameter::SpO2, 95 + i % 5),
                                                                         measured(VitalParameter::RespirationRate, 14), measured(VitalParameter::BodyTemperature, 36.8)})));
                auto sealed = core::aesGcmSeal(key->key.view(), detail::encodeVitalBatch(encodings), detail::vitalBatchAad(patient, windowStart, 0));
                QVERIFY(sealed.ok());
                st->bindBlob(1, patient).bind(2, windowStart).bind(3, static_cast<qint64>(key->version)).bindBlob(4, *sealed).bindBlob(5, core::sha256(*sealed));
                QVERIFY(st->run().ok());
                // Already anchored (the flush timed below anchors nothing of the week).
                auto anchor = db.prepare("INSERT INTO vitals_anchors (pseudonym, window_start_ms, window_end_ms, reading_count, merkle_root, tx_id) "
                                         "VALUES (?1, ?2, ?3, 60, ?4, ?4)");
                anchor->bindBlob(1, patient).bind(2, windowStart).bind(3, windowStart + 60'000).bindBlob(4, detail::vitalWindowRoot(encodings));
                QVERIFY(anchor->run().ok());
            }
            QVERIFY(t->commit().ok());
        }
        QElapsedTimer timer;
        timer.start();
        auto series = ws.vitals().trend(patient, start, start.addDays(7));
        const qint64 trendMs = timer.elapsed();
        CL_VERIFY_OK(series);
        QCOMPARE(series->size(), 4);
        QCOMPARE(series->first().values.size(), kReadings);
        qInfo("trend of %lld readings (4 signs each): %lld ms", kReadings, trendMs);

        for (int i = 0; i < 256; ++i)
            ws.vitals().ingest(reading(device, quint64(kReadings + i + 1), *clinic.clock().now,
                                       {measured(VitalParameter::HeartRate, 70), measured(VitalParameter::SpO2, 97)}));
        timer.restart();
        CL_VERIFY_OK(ws.vitals().flush());
        qInfo("flush of 256 readings: %lld ms", timer.elapsed());
    }

    void adminSeesNoVitals()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        Workstation &ws = clinic.as(kAdminName);
        QCOMPARE(codeOf(ws.vitals().ward()), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(ws.vitals().trend(patient, clinic.clock().now->addSecs(-60), *clinic.clock().now)), QStringLiteral("PermissionDenied"));
    }
};

QTEST_GUILESS_MAIN(TestVitalsIngest)
#include "tst_vitals_ingest.moc"
