#include "RecordsTestSupport.h"

#include "services/VitalsService.h"

#include <QTest>

#include <functional>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;

// Fixture set-up steps must not fail; a failure there is not a finding about a cell.
#define CL_VERIFY_OK_OR_FATAL(expr)                                                                                    \
    do {                                                                                                               \
        const auto r_ = (expr);                                                                                        \
        if (!r_.ok())                                                                                                  \
            qFatal("%s: %s", #expr, qPrintable(outcome(r_)));                                                          \
    } while (false)

// The whole access matrix through the real service calls: every role x every service
// action x every consent state, each cell against an explicit expected table. A refused
// call must write nothing but its own refused audit entry; an allowed one exactly one
// audit entry of its own.
class TestAccessMatrix : public QObject {
    Q_OBJECT

    enum State { Clinic, Personal, NoGrant, Expired, Revoked, BreakGlass, BreakGlassOver, Erased };
    static constexpr State kStates[] = {Clinic, Personal, NoGrant, Expired, Revoked, BreakGlass, BreakGlassOver, Erased};
    static QString stateName(State s)
    {
        static const char *names[] = {"clinic default", "personal grant", "no grant", "expired grant", "revoked grant",
                                      "break-glass active", "break-glass expired", "erased"};
        return QString::fromLatin1(names[s]);
    }

    // One patient of the fixture with the ids the calls need.
    struct Subject {
        PatientId id;
        QByteArray demographicsRecord;
        QByteArray history;
        QByteArray prescription;
        qint64 doctor2Grant = 0;
    };
    // Per tested role and state: the patient for the calls that do not change who may see
    // it, and one fresh patient for each call that does.
    struct Cell {
        Subject main;
        Subject forClinicGrant;
        Subject forBreakGlass;
        Subject forErase;
    };

    struct Action {
        QString name;
        // Tested role -> states in which the call is allowed.
        QHash<QString, QList<State>> allowed;
        std::function<QString(Workstation &, const Cell &)> call; // returns "ok" or the error code
        bool destructive = false;
        QStringList alsoAllowedCodes; // a business answer after authorisation (e.g. AlreadyExists)
    };
    static Action act(const QString &name, const QHash<QString, QList<State>> &allowed, std::function<QString(Workstation &, const Cell &)> call,
                      bool destructive = false, const QStringList &alsoAllowedCodes = {})
    {
        return Action{name, allowed, std::move(call), destructive, alsoAllowedCodes};
    }

    std::unique_ptr<testing::Clinic> m_clinic;
    QMap<QString, QMap<State, Cell>> m_cells; // role -> state -> cell
    QByteArray m_clinicId;

    Subject makeSubject(State state)
    {
        Subject s;
        auto &admin = m_clinic->as(kAdminName);
        const bool clinicDefault = state == Clinic || state == Revoked || state == Erased;
        CL_VERIFY_OK_OR_FATAL(admin.consent().setRegisteringClinicDefault(clinicDefault));
        auto registered = admin.patients().registerPatient(sampleDemographics(QStringLiteral("Subject"), stateName(state).remove(u' ').remove(u'-')), true);
        CL_VERIFY_OK_OR_FATAL(registered);
        s.id = registered->id;
        s.demographicsRecord = admin.patients().details(s.id)->recordId;
        auto grant = admin.consent().grantToStaff(s.id, kOtherDoctorName, QDateTime());
        CL_VERIFY_OK_OR_FATAL(grant);
        s.doctor2Grant = *grant;
        return s;
    }

    void seedRecords(Subject &s)
    {
        auto h = m_clinic->ws().charts().addHistory(s.id, sampleHistory());
        auto p = m_clinic->ws().charts().prescribe(s.id, samplePrescription());
        CL_VERIFY_OK_OR_FATAL(h);
        CL_VERIFY_OK_OR_FATAL(p);
        s.history = *h;
        s.prescription = *p;
    }

    static QString code(const auto &result) { return codeOf(result); }

    // Everything but the audit log, as one digest: a refused call must leave it unchanged.
    QByteArray fingerprint()
    {
        auto &db = WorkstationAccess::state(m_clinic->ws()).store->database();
        core::Sha256 h;
        const struct {
            const char *sql;
            int columns;
        } tables[] = {{"SELECT record_id, version, ciphertext, erased FROM record_payloads ORDER BY record_id, version", 4},
                      {"SELECT id, staff_id, clinic_id, expires_at, revoked_at, wrapped_key, wrapped_key_version, revoke_tx_id "
                       "FROM consent_grants ORDER BY id",
                       8},
                      {"SELECT id, pseudonym, staff_id, reason, expires_at FROM break_glass ORDER BY id", 5},
                      {"SELECT pseudonym, key_version, sealed_key FROM patient_keys ORDER BY pseudonym, key_version", 3},
                      {"SELECT pseudonym, mrn, given_name, family_name, birth_date, sex, erased_at FROM patients ORDER BY pseudonym", 7},
                      {"SELECT tx_id FROM ledger_outbox ORDER BY tx_id", 1},
                      {"SELECT key, value FROM workstation_settings ORDER BY key", 2}};
        for (const auto &t : tables) {
            auto st = db.prepare(t.sql);
            if (!st)
                qFatal("%s", qPrintable(st.message()));
            (void)st->forEachRow([&](const core::Statement &row) {
                for (int c = 0; c < t.columns; ++c) {
                    h.add(row.isNull(c) ? QByteArrayView("N") : QByteArrayView("V"));
                    h.add(row.blob(c));
                }
            });
        }
        return h.finish();
    }


private Q_SLOTS:
    void initTestCase()
    {
        // Emergency access lasts 10 minutes here, so the fixture can let one window expire.
        m_clinic = std::make_unique<testing::Clinic>(ManualClock{}, std::chrono::minutes(10));
        m_clinicId = m_clinic->as(kAdminName).consent().clinics()->first().clinicId;
        {
            auto &state = WorkstationAccess::state(m_clinic->ws());
            auto nurse2 = detail::createAccount(state, state.user->id, QStringLiteral("nurse2"), QStringLiteral("Ida Berg"), Role::Nurse,
                                                kStaffPassword, false);
            CL_VERIFY_OK_OR_FATAL(nurse2);
        }
        const QStringList roles{kAdminName, kDoctorName, kNurseName};
        // Fresh patients only where the tested role may change who sees the patient (a refused
        // call changes nothing, so it may use the main patient).
        for (const QString &role : roles)
            for (State s : kStates) {
                Cell c;
                c.main = makeSubject(s);
                c.forClinicGrant = role == kAdminName ? makeSubject(s) : c.main;
                c.forErase = role == kAdminName ? makeSubject(s) : c.main;
                c.forBreakGlass = role == kDoctorName ? makeSubject(s) : c.main;
                m_cells[role][s] = c;
            }
        const auto forEachSubject = [&](const std::function<void(State, Subject &)> &f) {
            for (const QString &role : roles)
                for (State s : kStates) {
                    Cell &c = m_cells[role][s];
                    QSet<QByteArray> done;
                    for (Subject *subject : {&c.main, &c.forClinicGrant, &c.forBreakGlass, &c.forErase}) {
                        if (done.contains(subject->id))
                            continue;
                        done.insert(subject->id);
                        f(s, *subject);
                        // The copies share the main patient's ids.
                        for (Subject *copy : {&c.forClinicGrant, &c.forBreakGlass, &c.forErase})
                            if (copy != subject && copy->id == subject->id)
                                *copy = *subject;
                    }
                }
        };
        // Every patient gets a history entry and a prescription from the second doctor (who
        // holds a personal grant on each and is never a tested user).
        m_clinic->as(kOtherDoctorName);
        forEachSubject([&](State, Subject &s) { seedRecords(s); });

        auto &admin = m_clinic->as(kAdminName);
        const QDateTime soon = m_clinic->clock().now->addSecs(60);
        forEachSubject([&](State state, Subject &s) {
            switch (state) {
            case Personal:
                CL_VERIFY_OK_OR_FATAL(admin.consent().grantToStaff(s.id, kDoctorName, QDateTime()));
                CL_VERIFY_OK_OR_FATAL(admin.consent().grantToStaff(s.id, kNurseName, QDateTime()));
                break;
            case Expired:
                CL_VERIFY_OK_OR_FATAL(admin.consent().grantToStaff(s.id, kDoctorName, soon));
                CL_VERIFY_OK_OR_FATAL(admin.consent().grantToStaff(s.id, kNurseName, soon));
                CL_VERIFY_OK_OR_FATAL(admin.consent().grantToClinic(s.id, m_clinicId, soon));
                break;
            case Revoked: {
                auto d = admin.consent().grantToStaff(s.id, kDoctorName, QDateTime());
                auto n = admin.consent().grantToStaff(s.id, kNurseName, QDateTime());
                CL_VERIFY_OK_OR_FATAL(d);
                CL_VERIFY_OK_OR_FATAL(n);
                const auto grants = admin.consent().grants(s.id);
                CL_VERIFY_OK_OR_FATAL(grants);
                for (const AccessGrant &g : *grants)
                    if (g.active && g.granteeUsername != kOtherDoctorName)
                        CL_VERIFY_OK_OR_FATAL(admin.consent().revoke(s.id, g.id, QStringLiteral("Patient withdrew consent")));
                break;
            }
            case Erased:
                CL_VERIFY_OK_OR_FATAL(admin.patients().erase(s.id, QStringLiteral("Erasure requested by the patient")));
                break;
            default:
                break;
            }
        });
        auto &doctor = m_clinic->as(kDoctorName);
        forEachSubject([&](State state, Subject &s) {
            if (state == BreakGlassOver)
                CL_VERIFY_OK_OR_FATAL(doctor.consent().breakGlass(s.id, QStringLiteral("Collapsed at the front desk")));
        });
        CL_VERIFY_OK_OR_FATAL(doctor.sealNow());
        m_clinic->clock().advance(20 * 60); // grants expired, first emergency windows over
        forEachSubject([&](State state, Subject &s) {
            if (state == BreakGlass)
                CL_VERIFY_OK_OR_FATAL(doctor.consent().breakGlass(s.id, QStringLiteral("Anaphylaxis, unresponsive")));
        });
        CL_VERIFY_OK_OR_FATAL(doctor.sealNow());

        // The fixture is what the matrix says it is, for the doctor.
        const QMap<State, core::ConsentBasis> doctorBasis{
            {Clinic, core::ConsentBasis::Clinic},        {Personal, core::ConsentBasis::Personal},
            {NoGrant, core::ConsentBasis::None},         {Expired, core::ConsentBasis::Expired},
            {Revoked, core::ConsentBasis::None},         {BreakGlass, core::ConsentBasis::BreakGlass},
            {BreakGlassOver, core::ConsentBasis::None},  {Erased, core::ConsentBasis::Clinic}};
        for (State s : kStates) {
            auto b = doctor.consent().basis(m_cells[kDoctorName][s].main.id);
            CL_VERIFY_OK_OR_FATAL(b);
            if (*b != doctorBasis.value(s))
                qFatal("fixture: %s has basis %d", qPrintable(stateName(s)), static_cast<int>(*b));
        }
    }

    void everyCell()
    {
        const QList<State> all{Clinic, Personal, NoGrant, Expired, Revoked, BreakGlass, BreakGlassOver};
        const QList<State> clinical{Clinic, Personal, BreakGlass};
        const QList<State> nurseStates{Clinic, Personal};
        const QList<State> none;
        const auto table = [&](QList<State> admin, QList<State> doctor, QList<State> nurse) {
            return QHash<QString, QList<State>>{{kAdminName, admin}, {kDoctorName, doctor}, {kNurseName, nurse}};
        };
        const auto readDemographics = table(all, clinical, nurseStates);
        const auto readClinical = table(none, clinical, nurseStates);
        const auto writeClinical = table(none, clinical, none);
        const auto adminOnly = table(all, none, none);

        core::Prescription higher = samplePrescription();
        higher.dose = 2;
        core::HistoryEntry resolved = sampleHistory();
        resolved.status = core::ProblemStatus::Resolved;

        const QList<Action> actions{
            act(QStringLiteral("details"), readDemographics, [](Workstation &w, const Cell &c) { return code(w.patients().details(c.main.id)); }),
            act(QStringLiteral("open chart"), readDemographics, [](Workstation &w, const Cell &c) { return code(w.charts().open(c.main.id)); }),
            act(QStringLiteral("demographics versions"), readDemographics,
             [](Workstation &w, const Cell &c) { return code(w.charts().versions(c.main.id, c.main.demographicsRecord)); }),
            act(QStringLiteral("history versions"), readClinical,
             [](Workstation &w, const Cell &c) { return code(w.charts().versions(c.main.id, c.main.history)); }),
            act(QStringLiteral("prescription versions"), readClinical,
             [](Workstation &w, const Cell &c) { return code(w.charts().versions(c.main.id, c.main.prescription)); }),
            act(QStringLiteral("update demographics"), adminOnly,
             [](Workstation &w, const Cell &c) {
                 return code(w.patients().updateDemographics(c.main.id, sampleDemographics(QStringLiteral("Subject"), QStringLiteral("Renamed")),
                                                             QStringLiteral("Spelling corrected")));
             }),
            act(QStringLiteral("add history"), writeClinical,
             [](Workstation &w, const Cell &c) { return code(w.charts().addHistory(c.main.id, sampleHistory(QStringLiteral("Asthma")))); }),
            act(QStringLiteral("update history"), writeClinical,
             [resolved](Workstation &w, const Cell &c) {
                 return code(w.charts().updateHistory(c.main.id, c.main.history, resolved, QStringLiteral("Resolved")));
             }),
            act(QStringLiteral("prescribe"), writeClinical,
             [](Workstation &w, const Cell &c) { return code(w.charts().prescribe(c.main.id, samplePrescription(QStringLiteral("Salbutamol")))); }),
            act(QStringLiteral("amend prescription"), writeClinical,
             [higher](Workstation &w, const Cell &c) {
                 return code(w.charts().amendPrescription(c.main.id, c.main.prescription, higher, QStringLiteral("Dose change")));
             }),
            act(QStringLiteral("complete prescription"), writeClinical,
             [](Workstation &w, const Cell &c) {
                 return code(w.charts().setPrescriptionStatus(c.main.id, c.main.prescription, core::PrescriptionStatus::Completed,
                                                              QStringLiteral("Course finished")));
             }),
            act(QStringLiteral("list grants"), readDemographics, [](Workstation &w, const Cell &c) { return code(w.consent().grants(c.main.id)); }),
            act(QStringLiteral("emergency access history"), readDemographics,
             [](Workstation &w, const Cell &c) { return code(w.consent().breakGlassHistory(c.main.id)); }),
            act(QStringLiteral("grant to staff"), adminOnly,
             [](Workstation &w, const Cell &c) { return code(w.consent().grantToStaff(c.main.id, QStringLiteral("nurse2"), QDateTime())); }),
            act(QStringLiteral("revoke"), adminOnly,
             [](Workstation &w, const Cell &c) {
                 return code(w.consent().revoke(c.main.id, c.main.doctor2Grant, QStringLiteral("No longer treating")));
             }),
            act(QStringLiteral("grant to clinic"), adminOnly,
             [this](Workstation &w, const Cell &c) { return code(w.consent().grantToClinic(c.forClinicGrant.id, m_clinicId, QDateTime())); }, true,
             {QStringLiteral("AlreadyExists")}),
            act(QStringLiteral("break glass"), table(none, {NoGrant, Expired, Revoked, BreakGlassOver}, none),
             [](Workstation &w, const Cell &c) {
                 return code(w.consent().breakGlass(c.forBreakGlass.id, QStringLiteral("Collapsed in the waiting room")));
             },
             true),
            act(QStringLiteral("erase"), adminOnly,
             [](Workstation &w, const Cell &c) { return code(w.patients().erase(c.forErase.id, QStringLiteral("Patient request, GDPR art. 17"))); },
             true),
            act(QStringLiteral("export"), table({Clinic}, none, none), [](Workstation &w, const Cell &c) { return code(w.interop().exportFhir(c.main.id)); }),
            act(QStringLiteral("audit trail"), adminOnly, [](Workstation &w, const Cell &c) { return code(w.audit().patientTrail(c.main.id)); }),
            act(QStringLiteral("vitals trend"), readClinical,
             [](Workstation &w, const Cell &c) {
                 const QDateTime day(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
                 return code(w.vitals().trend(c.main.id, day, day.addDays(1)));
             }),
            act(QStringLiteral("alert settings"), readClinical, [](Workstation &w, const Cell &c) { return code(w.vitals().alertSettings(c.main.id)); }),
            act(QStringLiteral("set alert settings"), writeClinical,
             [](Workstation &w, const Cell &c) {
                 core::PatientAlertSettings settings;
                 settings.spo2Scale = core::SpO2Scale::Scale2;
                 return code(w.vitals().setAlertSettings(c.main.id, settings, QStringLiteral("Known COPD")));
             }),
        };

        QStringList wrong;
        int cells = 0;
        for (const QString &role : {kAdminName, kDoctorName, kNurseName}) {
            Workstation &ws = m_clinic->as(role);
            for (State s : kStates) {
                const Cell &cell = m_cells[role][s];
                for (const Action &action : actions) {
                    ++cells;
                    const bool expectAllowed = action.allowed.value(role).contains(s);
                    const QByteArray before = fingerprint();
                    const qint64 auditBefore = m_clinic->auditCount();
                    const QString got = action.call(ws, cell);
                    const QString where = QStringLiteral("%1 / %2 / %3: ").arg(role, action.name, stateName(s));
                    const bool allowed = got == QStringLiteral("ok") || action.alsoAllowedCodes.contains(got);
                    if (allowed != expectAllowed || (!expectAllowed && got != QStringLiteral("PermissionDenied"))) {
                        wrong.append(where + QStringLiteral("expected %1, got %2").arg(expectAllowed ? QStringLiteral("ok") : QStringLiteral("PermissionDenied"), got));
                        continue;
                    }
                    const auto entry = m_clinic->lastAudit();
                    if (m_clinic->auditCount() != auditBefore + 1)
                        wrong.append(where + QStringLiteral("%1 audit entries").arg(m_clinic->auditCount() - auditBefore));
                    else if (entry.refused != (got != QStringLiteral("ok")) || entry.actor != role)
                        wrong.append(where + QStringLiteral("audit entry refused=%1 by %2").arg(entry.refused).arg(entry.actor));
                    if (!expectAllowed && fingerprint() != before)
                        wrong.append(where + QStringLiteral("refused, but something was written"));
                    if (expectAllowed && s == BreakGlass && role == kDoctorName && action.name != QStringLiteral("break glass") && !entry.breakGlass)
                        wrong.append(where + QStringLiteral("not flagged as emergency access in the audit log"));
                }
            }
        }
        QCOMPARE(cells, 3 * 8 * static_cast<int>(actions.size()));
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 of %2 cells wrong:\n").arg(wrong.size()).arg(cells) + wrong.join(u'\n')));
        QVERIFY(m_clinic->verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestAccessMatrix)
#include "tst_access_matrix.moc"
