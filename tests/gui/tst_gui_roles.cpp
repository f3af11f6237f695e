// What each role is shown in the Patients section and a chart: the nurse reads without
// write buttons or the audit tab, the administrator sees no clinical content, and a doctor
// without access is offered emergency access, which opens the chart under a red banner.

#include "RecordsTestSupport.h"

#include "ui/EmergencyAccessDialog.h"
#include "ui/HistoryTableModel.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace careledger;
using namespace careledger::gui_testing;

namespace {

const char *const kWriteButtons[] = {
    "editDemographicsButton", "addHistoryButton",  "editHistoryButton",         "newPrescriptionButton",
    "amendPrescriptionButton", "completePrescriptionButton", "stopPrescriptionButton", "grantStaffButton",
    "grantClinicButton",       "revokeButton",      "exportFhirButton",
};

QStringList visibleWriteButtons(QWidget *chart)
{
    QStringList shown;
    for (const char *name : kWriteButtons) {
        QPushButton *b = button(chart, name);
        if (b && !b->isHidden()) {
            shown << QString::fromLatin1(name);
        }
    }
    return shown;
}

} // namespace

class TestGuiRoles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void nurseReadsWithoutWriting();
    void adminSeesNoClinicalContent();
    void doctorWithoutAccessIsOfferedEmergencyAccess();
    void nurseDoesNotFindAPatientWithoutAccess();

private:
    RecordsClinic m_clinic;
    services::PatientSummary m_shared;   // visible to the clinic's staff
    services::PatientSummary m_private;  // registered without the clinic's default grant
};

void TestGuiRoles::initTestCase()
{
    QVERIFY(m_clinic.create());
    const auto shared = m_clinic.registerPatient(
        person(QStringLiteral("Ines"), QStringLiteral("Carvalheda"), QDate(1991, 7, 23), core::Sex::Female));
    const auto hidden = m_clinic.registerPatient(
        person(QStringLiteral("Kwame"), QStringLiteral("Asantewa"), QDate(1972, 3, 8), core::Sex::Male), false);
    QVERIFY(shared && hidden);
    m_shared = *shared;
    m_private = *hidden;
    m_clinic.startGui();
}

void TestGuiRoles::cleanupTestCase()
{
    m_clinic.stopGui();
}

void TestGuiRoles::nurseReadsWithoutWriting()
{
    QVERIFY(m_clinic.signIn(QStringLiteral("pkowalski"), kNursePassword));
    ui::PatientsPage *page = m_clinic.patientsPage();
    QVERIFY(page);
    QVERIFY(button(page, "registerPatientButton")->isHidden());
    QVERIFY(button(page, "emergencyAccessButton")->isHidden());
    QVERIFY(page->clinicDefaultCheck() == nullptr);
    ui::PatientChartPage *chart = RecordsClinic::openChart(page, QStringLiteral("carv"), m_shared.mrn);
    QVERIFY(chart);
    QVERIFY(chart->isTabShown(ui::PatientChartPage::SummaryTab));
    QVERIFY(chart->isTabShown(ui::PatientChartPage::HistoryTab));
    QVERIFY(chart->isTabShown(ui::PatientChartPage::PrescriptionsTab));
    QVERIFY(!chart->isTabShown(ui::PatientChartPage::AuditTab));
    QVERIFY2(visibleWriteButtons(chart).isEmpty(), qPrintable(visibleWriteButtons(chart).join(u',')));
    QVERIFY(chart->emergencyBanner()->isHidden());
}

void TestGuiRoles::adminSeesNoClinicalContent()
{
    QVERIFY(m_clinic.signIn(QStringLiteral("admin"), kAdminPassword));
    ui::PatientsPage *page = m_clinic.patientsPage();
    QVERIFY(page);
    QVERIFY(!button(page, "registerPatientButton")->isHidden());
    QVERIFY(button(page, "emergencyAccessButton")->isHidden());
    ui::PatientChartPage *chart = RecordsClinic::openChart(page, QStringLiteral("carv"), m_shared.mrn);
    QVERIFY(chart);
    QVERIFY(!chart->isTabShown(ui::PatientChartPage::HistoryTab));
    QVERIFY(!chart->isTabShown(ui::PatientChartPage::PrescriptionsTab));
    QVERIFY(!chart->chart()->history.has_value());
    QVERIFY(!chart->chart()->prescriptions.has_value());
    QCOMPARE(chart->historyModel()->rowCount(), 0);
    QVERIFY(chart->isTabShown(ui::PatientChartPage::AccessTab));
    QVERIFY(chart->isTabShown(ui::PatientChartPage::AuditTab));
    QVERIFY(!button(chart, "editDemographicsButton")->isHidden());
    QVERIFY(!button(chart, "grantStaffButton")->isHidden());
    QVERIFY(button(chart, "newPrescriptionButton")->isHidden());
    QVERIFY(button(chart, "addHistoryButton")->isHidden());

    // An administrator sees even the patient registered without the clinic's grant: as a
    // registration, with demographics but again no clinical content.
    page->backToList();
    ui::PatientChartPage *other = RecordsClinic::openChart(page, QStringLiteral("asant"), m_private.mrn);
    QVERIFY(other);
    QVERIFY(!other->isTabShown(ui::PatientChartPage::HistoryTab));
}

void TestGuiRoles::doctorWithoutAccessIsOfferedEmergencyAccess()
{
    QVERIFY(m_clinic.signIn(QStringLiteral("cmartin"), kDoctorPassword));
    ui::PatientsPage *page = m_clinic.patientsPage();
    QVERIFY(page);
    // By name: only patients the doctor may see.
    QVERIFY(RecordsClinic::searchFor(page, QStringLiteral("asant")));
    QCOMPARE(page->model()->rowCount(), 0);
    // By exact record number: found, without a name, and the emergency path is offered.
    QVERIFY(RecordsClinic::searchFor(page, m_private.mrn));
    QCOMPARE(page->model()->rowCount(), 1);
    const int row = RecordsClinic::proxyRowOfMrn(page, m_private.mrn);
    QCOMPARE(page->view()->model()->index(row, ui::PatientTableModel::FamilyName).data().toString(),
             QStringLiteral("No access"));
    QVERIFY(page->model()->patients().first().givenName.isEmpty());
    page->view()->selectRow(row);
    QPushButton *emergency = button(page, "emergencyAccessButton");
    QVERIFY(!emergency->isHidden());
    QVERIFY(emergency->isEnabled());
    QVERIFY(!button(page, "openChartButton")->isEnabled());

    QTest::mouseClick(emergency, Qt::LeftButton);
    auto *dialog = RecordsClinic::waitForDialog<ui::EmergencyAccessDialog>(page);
    QVERIFY(dialog);
    QPointer<ui::EmergencyAccessDialog> guard(dialog);
    QVERIFY2(unnamedControls(dialog).isEmpty(), qPrintable(unnamedControls(dialog).join(QLatin1Char(','))));
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("too short"));
    QVERIFY(!dialog->acceptButton()->isEnabled());
    dialog->reasonEdit()->setPlainText(QStringLiteral("Unconscious on arrival, no relatives reachable"));
    QVERIFY(dialog->acceptButton()->isEnabled());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);

    QTRY_VERIFY_WITH_TIMEOUT(page->isShowingChart() && page->chartPage()->isLoaded() && !page->chartPage()->isBusy(),
                             15000);
    ui::PatientChartPage *chart = page->chartPage();
    QVERIFY(chart->chart()->viaBreakGlass);
    QVERIFY(!chart->emergencyBanner()->isHidden());
    QVERIFY2(chart->emergencyBanner()->text().contains(QStringLiteral("Emergency access until")),
             qPrintable(chart->emergencyBanner()->text()));
    QVERIFY(chart->emergencyBanner()->text().contains(QStringLiteral("every action is logged")));
    QCOMPARE(chart->titleLabel()->text(), QStringLiteral("Asantewa, Kwame"));
    QVERIFY(chart->isTabShown(ui::PatientChartPage::HistoryTab));
    QVERIFY(!button(chart, "newPrescriptionButton")->isHidden()); // a doctor may treat under emergency access

    // A shared patient's chart has no banner.
    page->backToList();
    ui::PatientChartPage *shared = RecordsClinic::openChart(page, QStringLiteral("carv"), m_shared.mrn);
    QVERIFY(shared);
    QVERIFY(shared->emergencyBanner()->isHidden());
    QVERIFY(!shared->isTabShown(ui::PatientChartPage::AuditTab));
}

void TestGuiRoles::nurseDoesNotFindAPatientWithoutAccess()
{
    QVERIFY(m_clinic.signIn(QStringLiteral("pkowalski"), kNursePassword));
    ui::PatientsPage *page = m_clinic.patientsPage();
    QVERIFY(page);
    QVERIFY(RecordsClinic::searchFor(page, m_private.mrn));
    QCOMPARE(page->model()->rowCount(), 0);
}

QTEST_MAIN(TestGuiRoles)
#include "tst_gui_roles.moc"
