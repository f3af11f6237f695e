#pragma once

// Helpers shared by the clinical-records tests: a clinic with one admin, two doctors and
// a nurse, sample records, and the raw-key view of the store for counting rows.

#include "LedgerTestSupport.h"
#include "services/AuditService.h"
#include "services/ChartService.h"
#include "services/ConsentService.h"
#include "services/InteropService.h"
#include "services/PatientService.h"
#include "services/StaffOps.h"
#include "services/WorkstationPrivate.h"

#include <QTemporaryDir>

namespace careledger::services::testing {

inline const QString kDoctorName = QStringLiteral("doctor");
inline const QString kOtherDoctorName = QStringLiteral("doctor2");
inline const QString kNurseName = QStringLiteral("nurse");
inline const QString kStaffPassword = QStringLiteral("a long staff password");

inline core::Demographics sampleDemographics(const QString &given = QStringLiteral("Maria"),
                                             const QString &family = QStringLiteral("Schmidt"),
                                             QDate birth = QDate(1970, 5, 14))
{
    core::Demographics d;
    d.givenName = given;
    d.familyName = family;
    d.birthDate = birth;
    d.sex = core::Sex::Female;
    d.address = QStringLiteral("12 Invented Street\nNowhere");
    d.phone = QStringLiteral("+33 1 23 45 67 89");
    return d;
}

inline core::HistoryEntry sampleHistory(const QString &condition = QStringLiteral("Type 2 diabetes"))
{
    core::HistoryEntry h;
    h.condition = condition;
    h.code = QStringLiteral("E11");
    h.codeSystem = QStringLiteral("http://hl7.org/fhir/sid/icd-10");
    h.onsetDate = QDate(2020, 1, 10);
    h.status = core::ProblemStatus::Active;
    return h;
}

inline core::Prescription samplePrescription(const QString &medication = QStringLiteral("Metformin"))
{
    core::Prescription p;
    p.medication = medication;
    p.strength = QStringLiteral("500 mg");
    p.form = QStringLiteral("tablet");
    p.dose = 1;
    p.doseUnit = QStringLiteral("tablet");
    p.route = QStringLiteral("oral");
    p.frequency = QStringLiteral("twice daily");
    p.durationDays = 30;
    p.quantity = 60;
    p.quantityUnit = QStringLiteral("tablet");
    p.instructions = QStringLiteral("with food");
    return p;
}

// One clinic in a temporary folder; sessions are opened with as().
class Clinic {
public:
    explicit Clinic(ManualClock clock = {}, std::chrono::minutes breakGlass = std::chrono::minutes(60),
                    std::chrono::milliseconds auditAnchorInterval = std::chrono::milliseconds(0))
        : m_clock(std::move(clock))
    {
        m_options = ledgerTestOptions(m_clock);
        m_options.breakGlassDuration = breakGlass;
        m_options.auditAnchorInterval = auditAnchorInterval;
        m_dir = m_tmp.filePath(QStringLiteral("clinic"));
        if (!Workstation::initialize(m_dir, kAdminName, adminDisplayName(), kAdminPassword, m_options))
            qFatal("initialize failed");
        m_ws = std::make_unique<Workstation>(m_dir, m_options);
        auto admin = m_ws->login(kAdminName, kAdminPassword);
        if (!admin)
            qFatal("%s", qPrintable(outcome(admin)));
        auto &state = WorkstationAccess::state(*m_ws);
        m_key = state.store->databaseKey().clone();
        const struct {
            QString name, display;
            Role role;
        } staff[] = {{kDoctorName, QStringLiteral("Dr. Claire Martin"), Role::Doctor},
                     {kOtherDoctorName, QStringLiteral("Dr. Hugo Lenoir"), Role::Doctor},
                     {kNurseName, QStringLiteral("Piotr Kowalski"), Role::Nurse}};
        for (const auto &s : staff) {
            auto created = detail::createAccount(state, admin->id, s.name, s.display, s.role, kStaffPassword, false);
            if (!created)
                qFatal("%s", qPrintable(outcome(created)));
        }
    }

    Workstation &ws() { return *m_ws; }
    ManualClock &clock() { return m_clock; }
    const QString &dir() const { return m_dir; }
    const WorkstationOptions &options() const { return m_options; }

    // Switches the one workstation to this user's session.
    Workstation &as(const QString &username)
    {
        const QString password = username == kAdminName ? kAdminPassword : kStaffPassword;
        auto login = m_ws->login(username, password);
        if (!login)
            qFatal("login %s: %s", qPrintable(username), qPrintable(outcome(login)));
        return *m_ws;
    }

    PatientId registerPatient(const core::Demographics &d = sampleDemographics())
    {
        as(kAdminName);
        auto summary = m_ws->patients().registerPatient(d, true);
        if (!summary)
            qFatal("%s", qPrintable(outcome(summary)));
        return summary->id;
    }

    // A raw-key connection, as someone holding the database key (or the tests) would have.
    std::unique_ptr<core::WorkstationStore> raw()
    {
        auto store = core::WorkstationStore::openWithKey(m_dir, m_key);
        if (!store)
            qFatal("%s", qPrintable(store.message()));
        return std::move(store).value();
    }

    qint64 count(const char *sql, const QByteArray &blob = {})
    {
        auto st = WorkstationAccess::state(*m_ws).store->database().prepare(sql);
        if (!st)
            qFatal("%s", qPrintable(st.message()));
        if (!blob.isNull())
            st->bindBlob(1, blob);
        auto has = st->step();
        if (!has || !*has)
            qFatal("count failed: %s", sql);
        return st->int64(0);
    }

    qint64 auditCount() { return count("SELECT COUNT(*) FROM audit_log"); }

    // Runs one statement on a raw-key connection of its own (the attacker's view); returns
    // the number of rows changed.
    int tamper(const char *sql, const QByteArray &blob = {}, qint64 number = 0)
    {
        auto store = raw();
        auto st = store->database().prepare(sql);
        if (!st)
            qFatal("%s", qPrintable(st.message()));
        if (!blob.isNull())
            st->bindBlob(1, blob);
        if (number)
            st->bind(2, number);
        if (auto ran = st->run(); !ran)
            qFatal("%s", qPrintable(ran.message()));
        return store->database().changes();
    }

    struct LastAudit {
        QString action;
        QByteArray pseudonym;
        bool refused = false;
        bool breakGlass = false;
        QString actor;
        QString detail;
    };
    LastAudit lastAudit()
    {
        auto st = WorkstationAccess::state(*m_ws).store->database().prepare(
            "SELECT action, pseudonym, refused, break_glass, actor_username, detail FROM audit_log ORDER BY seq DESC LIMIT 1");
        LastAudit a;
        if (st && st->step().value()) {
            a.action = st->text(0);
            a.pseudonym = st->isNull(1) ? QByteArray() : st->blob(1);
            a.refused = st->int64(2) != 0;
            a.breakGlass = st->int64(3) != 0;
            a.actor = st->text(4);
            a.detail = st->text(5);
        }
        return a;
    }

    VerifyResult verify()
    {
        as(kAdminName);
        auto r = m_ws->ledger().verify({}, nullptr);
        if (!r)
            qFatal("%s", qPrintable(outcome(r)));
        return *r;
    }

private:
    ManualClock m_clock;
    QTemporaryDir m_tmp;
    QString m_dir;
    WorkstationOptions m_options;
    std::unique_ptr<Workstation> m_ws;
    core::SecureBytes m_key;
};

} // namespace careledger::services::testing
