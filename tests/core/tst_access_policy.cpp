// The access matrix, cell by cell: every role x action x consent basis, erased or not,
// against a table written out here by hand (not recomputed by the same logic), plus the
// reasons a refused user reads.

#include "clinical/AccessPolicy.h"

#include <QSet>
#include <QTest>

using namespace careledger::core;

namespace {

constexpr AccessRole kRoles[] = {AccessRole::Admin, AccessRole::Doctor, AccessRole::Nurse, AccessRole::Patient};
constexpr PatientAction kActions[] = {
    PatientAction::ViewDemographics, PatientAction::EditDemographics, PatientAction::ViewHistory,
    PatientAction::WriteHistory,     PatientAction::ViewPrescriptions, PatientAction::WritePrescription,
    PatientAction::ViewAccess,       PatientAction::ManageAccess,     PatientAction::ViewAudit,
    PatientAction::Erase,            PatientAction::Export,           PatientAction::BreakGlass,
    PatientAction::ViewVitals,       PatientAction::AcknowledgeAlert, PatientAction::EditAlertSettings,
};
constexpr ConsentBasis kBases[] = {ConsentBasis::None,     ConsentBasis::Expired,    ConsentBasis::Clinic,
                                   ConsentBasis::Personal, ConsentBasis::BreakGlass, ConsentBasis::Self};

// One string per action (in kActions order), one character per basis (in kBases order:
// None, Expired, Clinic, Personal, BreakGlass, Self).
//   '-' refused   'A' allowed   'B' allowed only through emergency access (flagged)
const char *const kAdmin[] = {
    "AAAAAA", // ViewDemographics
    "AAAAAA", // EditDemographics
    "------", // ViewHistory
    "------", // WriteHistory
    "------", // ViewPrescriptions
    "------", // WritePrescription
    "AAAAAA", // ViewAccess
    "AAAAAA", // ManageAccess
    "AAAAAA", // ViewAudit
    "AAAAAA", // Erase
    "--AA--", // Export
    "------", // BreakGlass
    "------", // ViewVitals
    "------", // AcknowledgeAlert
    "------", // EditAlertSettings
};
const char *const kDoctor[] = {
    "--AAB-", // ViewDemographics
    "------", // EditDemographics
    "--AAB-", // ViewHistory
    "--AAB-", // WriteHistory
    "--AAB-", // ViewPrescriptions
    "--AAB-", // WritePrescription
    "--AAB-", // ViewAccess
    "------", // ManageAccess
    "------", // ViewAudit
    "------", // Erase
    "------", // Export
    "AA----", // BreakGlass
    "--AAB-", // ViewVitals
    "--AAB-", // AcknowledgeAlert
    "--AAB-", // EditAlertSettings
};
const char *const kNurse[] = {
    "--AA--", // ViewDemographics
    "------", // EditDemographics
    "--AA--", // ViewHistory
    "------", // WriteHistory
    "--AA--", // ViewPrescriptions
    "------", // WritePrescription
    "--AA--", // ViewAccess
    "------", // ManageAccess
    "------", // ViewAudit
    "------", // Erase
    "------", // Export
    "------", // BreakGlass
    "--AA--", // ViewVitals
    "--AA--", // AcknowledgeAlert
    "------", // EditAlertSettings
};
const char *const kPatient[] = {
    "-----A", // ViewDemographics
    "------", // EditDemographics
    "------", // ViewHistory
    "------", // WriteHistory
    "-----A", // ViewPrescriptions
    "------", // WritePrescription
    "-----A", // ViewAccess
    "-----A", // ManageAccess
    "------", // ViewAudit
    "------", // Erase
    "------", // Export
    "------", // BreakGlass
    "-----A", // ViewVitals
    "------", // AcknowledgeAlert
    "------", // EditAlertSettings
};

const char *const *tableFor(AccessRole role)
{
    switch (role) {
    case AccessRole::Admin: return kAdmin;
    case AccessRole::Doctor: return kDoctor;
    case AccessRole::Nurse: return kNurse;
    case AccessRole::Patient: return kPatient;
    }
    return nullptr;
}

const char *roleName(AccessRole role)
{
    switch (role) {
    case AccessRole::Admin: return "admin";
    case AccessRole::Doctor: return "doctor";
    case AccessRole::Nurse: return "nurse";
    case AccessRole::Patient: return "patient";
    }
    return "?";
}

const char *basisName(ConsentBasis basis)
{
    switch (basis) {
    case ConsentBasis::None: return "none";
    case ConsentBasis::Expired: return "expired";
    case ConsentBasis::Clinic: return "clinic";
    case ConsentBasis::Personal: return "personal";
    case ConsentBasis::BreakGlass: return "break-glass";
    case ConsentBasis::Self: return "self";
    }
    return "?";
}

} // namespace

class TestAccessPolicy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCell_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("basis");
        QTest::addColumn<bool>("erased");
        QTest::addColumn<char>("expected");
        int cells = 0;
        for (AccessRole role : kRoles) {
            const char *const *table = tableFor(role);
            for (int a = 0; a < 15; ++a) {
                QCOMPARE(qstrlen(table[a]), std::size_t(6));
                for (int b = 0; b < 6; ++b) {
                    for (bool erased : {false, true}) {
                        const char expected = erased ? '-' : table[a][b];
                        QTest::addRow("%s %s %s%s", roleName(role), qPrintable(patientActionId(kActions[a])), basisName(kBases[b]),
                                      erased ? " erased" : "")
                            << static_cast<int>(role) << a << b << erased << expected;
                        ++cells;
                    }
                }
            }
        }
        QCOMPARE(cells, 4 * 15 * 6 * 2);
    }

    void everyCell()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(int, basis);
        QFETCH(bool, erased);
        QFETCH(char, expected);
        const AccessDecision d = decideAccess(static_cast<AccessRole>(role), kActions[action], kBases[basis], erased);
        switch (expected) {
        case '-':
            QVERIFY(!d.allowed);
            QVERIFY(!d.viaBreakGlass);
            QVERIFY2(!d.reason.isEmpty(), "a refusal says why");
            break;
        case 'A':
            QVERIFY(d.allowed);
            QVERIFY(!d.viaBreakGlass);
            QVERIFY(d.reason.isEmpty());
            break;
        case 'B':
            QVERIFY(d.allowed);
            QVERIFY(d.viaBreakGlass);
            QVERIFY(d.reason.isEmpty());
            break;
        default:
            QFAIL("bad expectation");
        }
    }

    void reasons_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("basis");
        QTest::addColumn<bool>("erased");
        QTest::addColumn<QString>("reason");
        const auto row = [](const char *name, AccessRole role, PatientAction action, ConsentBasis basis, bool erased, const char *reason) {
            QTest::newRow(name) << static_cast<int>(role) << static_cast<int>(action) << static_cast<int>(basis) << erased
                                << QString::fromUtf8(reason);
        };
        row("erased, even for the admin", AccessRole::Admin, PatientAction::ViewDemographics, ConsentBasis::Clinic, true,
            "This patient's record was erased.");
        row("erased, doctor with a grant", AccessRole::Doctor, PatientAction::ViewHistory, ConsentBasis::Personal, true,
            "This patient's record was erased.");
        row("nurse prescribing", AccessRole::Nurse, PatientAction::WritePrescription, ConsentBasis::Clinic, false,
            "Nurses cannot write prescriptions.");
        row("nurse writing history", AccessRole::Nurse, PatientAction::WriteHistory, ConsentBasis::Clinic, false,
            "Nurses cannot write history entries.");
        row("nurse without a grant", AccessRole::Nurse, PatientAction::ViewHistory, ConsentBasis::None, false,
            "You have no access to this patient's record. A doctor can use emergency access.");
        row("nurse with an expired grant", AccessRole::Nurse, PatientAction::ViewPrescriptions, ConsentBasis::Expired, false,
            "Your access to this record has expired.");
        row("nurse breaking the glass", AccessRole::Nurse, PatientAction::BreakGlass, ConsentBasis::None, false,
            "Only doctors can use emergency access.");
        row("doctor without a grant", AccessRole::Doctor, PatientAction::ViewHistory, ConsentBasis::None, false,
            "You have no access to this patient's record. If the patient needs care now, use emergency access.");
        row("doctor with an expired grant", AccessRole::Doctor, PatientAction::WritePrescription, ConsentBasis::Expired, false,
            "Your access to this record has expired.");
        row("doctor already has access", AccessRole::Doctor, PatientAction::BreakGlass, ConsentBasis::Clinic, false,
            "You already have access to this patient's record; emergency access is not needed.");
        row("doctor already in emergency access", AccessRole::Doctor, PatientAction::BreakGlass, ConsentBasis::BreakGlass, false,
            "Your emergency access to this patient's record is already active.");
        row("doctor editing demographics", AccessRole::Doctor, PatientAction::EditDemographics, ConsentBasis::Clinic, false,
            "Only an administrator can change a patient's details.");
        row("doctor exporting", AccessRole::Doctor, PatientAction::Export, ConsentBasis::Clinic, false,
            "Only an administrator can export a patient's record.");
        row("doctor managing access", AccessRole::Doctor, PatientAction::ManageAccess, ConsentBasis::Clinic, false,
            "Only the patient or an administrator can grant or revoke access.");
        row("admin reading history", AccessRole::Admin, PatientAction::ViewHistory, ConsentBasis::Clinic, false,
            "Administrators cannot see clinical content (history and prescriptions).");
        row("admin prescribing", AccessRole::Admin, PatientAction::WritePrescription, ConsentBasis::Clinic, false,
            "Administrators cannot write prescriptions.");
        row("admin exporting without consent", AccessRole::Admin, PatientAction::Export, ConsentBasis::None, false,
            "Exporting a record needs the patient's consent for this clinic or for you.");
        row("admin exporting, consent expired", AccessRole::Admin, PatientAction::Export, ConsentBasis::Expired, false,
            "The patient's consent for this clinic has expired, so the record cannot be exported.");
        row("patient, another record", AccessRole::Patient, PatientAction::ViewPrescriptions, ConsentBasis::None, false,
            "Patients can see only their own record.");
        row("patient reading history at the kiosk", AccessRole::Patient, PatientAction::ViewHistory, ConsentBasis::Self, false,
            "This part of the record is not available at the kiosk; please ask your clinic.");
    }

    void reasons()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        QFETCH(int, basis);
        QFETCH(bool, erased);
        QFETCH(QString, reason);
        const AccessDecision d = decideAccess(static_cast<AccessRole>(role), static_cast<PatientAction>(action),
                                              static_cast<ConsentBasis>(basis), erased);
        QVERIFY(!d.allowed);
        QCOMPARE(d.reason, reason);
    }

    void actionIdsAreStableAndDistinct()
    {
        const QStringList expected = {
            QStringLiteral("view-demographics"), QStringLiteral("edit-demographics"), QStringLiteral("view-history"),
            QStringLiteral("write-history"),     QStringLiteral("view-prescriptions"), QStringLiteral("write-prescription"),
            QStringLiteral("view-access"),       QStringLiteral("manage-access"),     QStringLiteral("view-audit"),
            QStringLiteral("erase"),             QStringLiteral("export"),            QStringLiteral("break-glass"),
            QStringLiteral("view-vitals"),       QStringLiteral("acknowledge-alert"), QStringLiteral("edit-alert-settings"),
        };
        QSet<QString> seen;
        for (int a = 0; a < 15; ++a) {
            QCOMPARE(patientActionId(kActions[a]), expected.at(a));
            seen.insert(patientActionId(kActions[a]));
        }
        QCOMPARE(seen.size(), 15);
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_access_policy.moc"
