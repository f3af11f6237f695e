#include "RecordsTestSupport.h"
#include "services/AuditOps.h"

#include <QFile>
#include <QTest>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// The audit log: one entry per call that touches patient data (refusals included),
// break-glass flagged, filters, RFC 4180 export, anchoring on the chain, and tampering
// named by verify.
class TestAuditLog : public QObject {
    Q_OBJECT

    // RFC 4180: fields separated by commas, records by CRLF, quoted fields may hold commas,
    // CR/LF and doubled quotes.
    static QList<QStringList> parseCsv(const QByteArray &bytes)
    {
        QList<QStringList> rows;
        QStringList row;
        QByteArray field;
        bool quoted = false;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const char c = bytes.at(i);
            if (quoted) {
                if (c == '"' && i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.append(QString::fromUtf8(field));
                field.clear();
            } else if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
                row.append(QString::fromUtf8(field));
                field.clear();
                rows.append(row);
                row.clear();
                ++i;
            } else {
                field += c;
            }
        }
        return rows;
    }

private Q_SLOTS:
    void everyReadWritesExactlyOneEntry()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        auto &doctor = clinic.as(kDoctorName);
        auto history = doctor.charts().addHistory(patient, sampleHistory());
        CL_VERIFY_OK(history);

        struct Read {
            QString user;
            QString action;
            std::function<bool(Workstation &)> call;
        };
        const QList<Read> reads{
            {kDoctorName, QStringLiteral("view-demographics"), [&](Workstation &w) { return w.patients().details(patient).ok(); }},
            {kDoctorName, QStringLiteral("view-chart"), [&](Workstation &w) { return w.charts().open(patient).ok(); }},
            {kDoctorName, QStringLiteral("view-versions"), [&](Workstation &w) { return w.charts().versions(patient, *history).ok(); }},
            {kDoctorName, QStringLiteral("view-access"), [&](Workstation &w) { return w.consent().grants(patient).ok(); }},
            {kDoctorName, QStringLiteral("view-break-glass"), [&](Workstation &w) { return w.consent().breakGlassHistory(patient).ok(); }},
            {kDoctorName, QStringLiteral("search"), [&](Workstation &w) { return w.patients().search(QStringLiteral("schm")).ok(); }},
            {kNurseName, QStringLiteral("view-chart"), [&](Workstation &w) { return w.charts().open(patient).ok(); }},
            {kAdminName, QStringLiteral("view-audit"), [&](Workstation &w) { return w.audit().patientTrail(patient).ok(); }},
            {kAdminName, QStringLiteral("export"), [&](Workstation &w) { return w.interop().exportFhir(patient).ok(); }},
            {kAdminName, QStringLiteral("duplicate-check"), [&](Workstation &w) { return w.patients().findDuplicates(sampleDemographics()).ok(); }},
        };
        for (const Read &read : reads) {
            Workstation &ws = clinic.as(read.user);
            const qint64 before = clinic.auditCount();
            QVERIFY2(read.call(ws), qPrintable(read.action));
            QCOMPARE(clinic.auditCount(), before + 1);
            const auto entry = clinic.lastAudit();
            QCOMPARE(entry.action, read.action);
            QCOMPARE(entry.actor, read.user);
            QVERIFY(!entry.refused);
            QCOMPARE(entry.pseudonym.isEmpty(), read.action == QStringLiteral("search") || read.action == QStringLiteral("duplicate-check"));
        }
        // basis() reads no patient data: no entry.
        const qint64 before = clinic.auditCount();
        CL_VERIFY_OK(clinic.ws().consent().basis(patient));
        QCOMPARE(clinic.auditCount(), before);
        // A refused attempt is one entry, marked refused.
        auto &nurse = clinic.as(kNurseName);
        QCOMPARE(codeOf(nurse.charts().prescribe(patient, samplePrescription())), QStringLiteral("PermissionDenied"));
        QCOMPARE(clinic.auditCount(), before + 1);
        QVERIFY(clinic.lastAudit().refused);
        QCOMPARE(clinic.lastAudit().action, QStringLiteral("write-prescription"));
        QCOMPARE(clinic.lastAudit().pseudonym, patient);
    }

    void breakGlassIsFlaggedAndFiltersFindIt()
    {
        Clinic clinic;
        auto &admin = clinic.as(kAdminName);
        CL_VERIFY_OK(admin.consent().setRegisteringClinicDefault(false));
        auto hidden = admin.patients().registerPatient(sampleDemographics(QStringLiteral("Hanna"), QStringLiteral("Hidden")), false);
        CL_VERIFY_OK(hidden);
        clinic.clock().advance(2 * 86400);
        auto &doctor = clinic.as(kDoctorName);
        QCOMPARE(codeOf(doctor.charts().open(hidden->id)), QStringLiteral("PermissionDenied"));
        QVERIFY(clinic.lastAudit().refused);
        QVERIFY(!clinic.lastAudit().breakGlass);
        QCOMPARE(codeOf(doctor.consent().breakGlass(hidden->id, QStringLiteral("too short"))), QStringLiteral("InvalidInput"));
        // A reason with a comma, quotes and a line break, for the CSV export below.
        const QString reason = QStringLiteral("Found unresponsive, \"code blue\" called\nby ward 3");
        auto until = doctor.consent().breakGlass(hidden->id, reason);
        CL_VERIFY_OK(until);
        QCOMPARE(*until, clinic.clock().now->addSecs(3600));
        QVERIFY(clinic.lastAudit().breakGlass);
        QCOMPARE(clinic.lastAudit().action, QStringLiteral("break-glass"));
        auto chart = doctor.charts().open(hidden->id);
        CL_VERIFY_OK(chart);
        QVERIFY(chart->viaBreakGlass);
        QCOMPARE(chart->breakGlassUntil, *until);
        QVERIFY(clinic.lastAudit().breakGlass);
        CL_VERIFY_OK(doctor.charts().addHistory(hidden->id, sampleHistory()));
        QVERIFY(clinic.lastAudit().breakGlass);
        clinic.clock().advance(3601);
        QCOMPARE(codeOf(doctor.charts().open(hidden->id)), QStringLiteral("PermissionDenied"));
        QVERIFY(!clinic.lastAudit().breakGlass);

        auto &adm = clinic.as(kAdminName);
        auto history = adm.consent().breakGlassHistory(hidden->id);
        CL_VERIFY_OK(history);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().doctorName, QStringLiteral("Dr. Claire Martin"));
        QCOMPARE(history->first().reason, reason);

        AuditFilter flagged;
        flagged.breakGlassOnly = true;
        auto onlyFlagged = adm.audit().entries(flagged);
        CL_VERIFY_OK(onlyFlagged);
        QCOMPARE(onlyFlagged->size(), 3); // break-glass, chart, history entry
        for (const AuditEntry &e : *onlyFlagged) {
            QVERIFY(e.breakGlass);
            QCOMPARE(e.actorUsername, kDoctorName);
            QCOMPARE(e.patientMrn, hidden->mrn);
            QVERIFY(!e.workstation.isEmpty());
        }
        // Newest first, without gaps.
        QVERIFY(onlyFlagged->at(0).sequence > onlyFlagged->at(1).sequence);

        AuditFilter byDoctor;
        byDoctor.actorUsername = QStringLiteral("DOCTOR");
        auto doctorEntries = adm.audit().entries(byDoctor);
        CL_VERIFY_OK(doctorEntries);
        QCOMPARE(doctorEntries->size(), 6); // refused chart, short reason, break-glass, chart, history, refused chart
        AuditFilter byPatient;
        byPatient.patientMrn = QString(hidden->mrn).remove(u'-');
        QCOMPARE(adm.audit().entries(byPatient)->size(), 8); // registration, the doctor's six, the admin's reading
        AuditFilter byAction;
        byAction.action = QStringLiteral("view-chart");
        auto charts = adm.audit().entries(byAction);
        QCOMPARE(charts->size(), 3);
        QCOMPARE(charts->at(0).refused, true);
        QCOMPARE(charts->at(1).refused, false);
        AuditFilter firstDay;
        firstDay.to = QDate(2026, 3, 2);
        QCOMPARE(adm.audit().entries(firstDay)->size(), 1); // the registration
        AuditFilter laterDays;
        laterDays.from = QDate(2026, 3, 4);
        QCOMPARE(adm.audit().entries(laterDays)->size(), 7);
        AuditFilter limited;
        limited.limit = 2;
        QCOMPARE(adm.audit().entries(limited)->size(), 2);
        QVERIFY(adm.audit().actions().contains(QStringLiteral("break-glass")));
        // Only administrators read the log.
        auto &doc = clinic.as(kDoctorName);
        QCOMPARE(codeOf(doc.audit().entries({})), QStringLiteral("PermissionDenied"));
        QCOMPARE(codeOf(doc.audit().patientTrail(hidden->id)), QStringLiteral("PermissionDenied"));

        // RFC 4180 export.
        auto &admin2 = clinic.as(kAdminName);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("audit.csv"));
        auto written = admin2.audit().exportCsv(flagged, path);
        CL_VERIFY_OK(written);
        QCOMPARE(*written, 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\"Found unresponsive, \"\"code blue\"\" called\nby ward 3\""));
        const QList<QStringList> rows = parseCsv(bytes);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first(), (QStringList{QStringLiteral("sequence"), QStringLiteral("time_utc"), QStringLiteral("user"),
                                            QStringLiteral("role"), QStringLiteral("action"), QStringLiteral("patient_mrn"),
                                            QStringLiteral("workstation"), QStringLiteral("break_glass"), QStringLiteral("refused"),
                                            QStringLiteral("detail")}));
        const QStringList last = rows.last();
        QCOMPARE(last.size(), 10);
        QCOMPARE(last.at(4), QStringLiteral("break-glass"));
        QCOMPARE(last.at(5), hidden->mrn);
        QCOMPARE(last.at(7), QStringLiteral("1"));
        QCOMPARE(last.at(9), reason);
        QCOMPARE(clinic.lastAudit().action, QStringLiteral("export-audit"));
    }

    void headIsAnchoredOnTheChainOnTimeAndAtLogout()
    {
        Clinic clinic(ManualClock{}, std::chrono::minutes(60), std::chrono::milliseconds(60000));
        const PatientId patient = clinic.registerPatient();
        auto &admin = clinic.as(kAdminName);
        CL_VERIFY_OK(admin.patients().details(patient));
        auto status = admin.audit().status();
        CL_VERIFY_OK(status);
        QCOMPARE(status->entries, 2);
        // Logging in again logged out first: the earlier session's entries were anchored.
        QCOMPARE(status->anchoredEntries, 1);
        QCOMPARE(status->headHash.size(), 32);

        // Not due yet.
        CL_VERIFY_OK(admin.sealIfDue());
        QCOMPARE(admin.audit().status()->anchoredEntries, 1);
        clinic.clock().advance(61);
        CL_VERIFY_OK(admin.sealIfDue());
        QCOMPARE(admin.audit().status()->anchoredEntries, 2);
        QCOMPARE(clinic.count("SELECT COUNT(*) FROM ledger_tx_index WHERE type = 13"), 2);
        // Nothing new: nothing to anchor.
        auto again = admin.audit().anchorIfDue();
        CL_VERIFY_OK(again);
        QVERIFY(!*again);
        CL_VERIFY_OK(admin.patients().details(patient));
        auto now = admin.audit().anchorIfDue();
        CL_VERIFY_OK(now);
        QVERIFY(*now);
        const auto st = admin.audit().status();
        QCOMPARE(st->anchoredEntries, st->entries);
        QCOMPARE(st->lastAnchorAt, clinic.clock().now->toUTC());
        VerifyResult r = clinic.verify();
        QVERIFY2(r.ok(), qPrintable(r.problems.join(u'\n')));
        QCOMPARE(r.auditEntriesChecked, quint64(st->entries));
    }

    void tamperingIsNamedByVerify()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        auto &admin = clinic.as(kAdminName);
        for (int i = 0; i < 5; ++i)
            CL_VERIFY_OK(admin.patients().details(patient));
        CL_VERIFY_OK(admin.audit().anchorIfDue()); // entries 1..6 anchored
        CL_VERIFY_OK(admin.sealNow());
        for (int i = 0; i < 3; ++i)
            CL_VERIFY_OK(admin.patients().details(patient)); // 7..9
        const VerifyResult clean = clinic.verify();
        QVERIFY2(clean.ok(), qPrintable(clean.problems.join(u'\n')));

        // An edited entry (its stored hash left as it was).
        // (Signing in for verify anchored entries 7..9 at logout.)
        QCOMPARE(clinic.tamper("UPDATE audit_log SET actor_username = 'nobody' WHERE seq = 8"), 1);
        VerifyResult r = clinic.verify();
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.problems.at(0), QStringLiteral("audit entry 8: altered"));
        QVERIFY2(r.problems.at(1).startsWith(QStringLiteral("audit log: entries 1 to 9 no longer match their anchor (tx ")),
                 qPrintable(r.problems.join(u'\n')));
        QCOMPARE(clinic.tamper("UPDATE audit_log SET actor_username = 'admin' WHERE seq = 8"), 1);
        QVERIFY(clinic.verify().ok());

        // A deleted entry in the middle.
        QCOMPARE(clinic.tamper("DELETE FROM audit_log WHERE seq = 3"), 1);
        r = clinic.verify();
        QVERIFY2(r.problems.contains(QStringLiteral("audit entry 3: missing")), qPrintable(r.problems.join(u'\n')));
        // The anchors after the gap no longer match what is left (the one of entry 1 still does).
        QVERIFY2(r.problems.filter(QStringLiteral("no longer match their anchor")).size() == 2, qPrintable(r.problems.join(u'\n')));
        QCOMPARE(r.problems.size(), 3);
    }

    void rewrittenHistoryAndDeletedTailAreNamed()
    {
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        auto &admin = clinic.as(kAdminName);
        for (int i = 0; i < 4; ++i)
            CL_VERIFY_OK(admin.patients().details(patient));
        CL_VERIFY_OK(admin.audit().anchorIfDue()); // 5 entries anchored
        CL_VERIFY_OK(admin.sealNow());

        // Someone who edits an entry and recomputes every hash after it still meets the anchor.
        {
            auto store = clinic.raw();
            core::Database &db = store->database();
            QVERIFY(db.exec("UPDATE audit_log SET detail = 'nothing happened' WHERE seq = 2"));
            QByteArray previous(32, '\0');
            auto st = db.prepare(QByteArray(QByteArrayLiteral("SELECT ") + detail::kAuditRowColumns + " FROM audit_log ORDER BY seq").constData());
            QList<detail::AuditRow> rows;
            (void)st->forEachRow([&](const core::Statement &row) { rows.append(detail::readAuditRow(row)); });
            for (detail::AuditRow &row : rows) {
                row.entryHash = detail::auditHash(previous, row);
                previous = row.entryHash;
                auto up = db.prepare("UPDATE audit_log SET entry_hash = ?1 WHERE seq = ?2");
                up->bindBlob(1, row.entryHash).bind(2, row.seq);
                QVERIFY(up->run());
            }
        }
        VerifyResult r = clinic.verify();
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().startsWith(QStringLiteral("audit log: entries 1 to 5 no longer match their anchor")),
                 qPrintable(r.problems.join(u'\n')));

        // Deleting the newest entries and the local anchor row: the chain still knows.
        QCOMPARE(clinic.tamper("DELETE FROM audit_log WHERE seq >= 4"), 2);
        QCOMPARE(clinic.tamper("DELETE FROM audit_anchors"), 2); // entry 1 (at a logout) and entry 5
        r = clinic.verify();
        const QString all = r.problems.join(u'\n');
        QVERIFY2(r.problems.contains(QStringLiteral("audit log: entries after 3 were deleted (an anchor covers 5)")), qPrintable(all));
        QVERIFY2(r.problems.filter(QStringLiteral("on the chain but missing from the store (deleted)")).size() == 2, qPrintable(all));
        QCOMPARE(r.problems.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
