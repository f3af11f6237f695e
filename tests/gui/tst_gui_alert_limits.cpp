// A doctor sets a patient's alert limits from the Vitals tab: the limit is saved through the
// service, the tab's summary follows it, a contradictory entry is explained and cannot be
// saved, and a nurse is not offered the dialog at all.

#include "RecordsTestSupport.h"

#include "services/VitalsService.h"
#include "ui/AlertLimitsDialog.h"
#include "ui/VitalTrendChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace careledger;
using namespace careledger::gui_testing;
using core::VitalSign;

class TestGuiAlertLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void doctorSetsHeartRateLimit();
    void lowAboveHighCannotBeSaved();
    void nurseSeesNoButton();

private:
    ui::VitalTrendPanel *openVitals(const QString &username, const QString &password);
    ui::AlertLimitsDialog *openDialog(ui::VitalTrendPanel *panel);

    RecordsClinic m_clinic;
    services::PatientSummary m_patient;
};

void TestGuiAlertLimits::initTestCase()
{
    QVERIFY(m_clinic.create());
    const auto patient = m_clinic.registerPatient(
        person(QStringLiteral("Ines"), QStringLiteral("Carvalho"), QDate(1951, 6, 12), core::Sex::Female));
    QVERIFY(patient);
    m_patient = *patient;
    m_clinic.startGui();
}

void TestGuiAlertLimits::cleanupTestCase()
{
    m_clinic.stopGui();
}

ui::VitalTrendPanel *TestGuiAlertLimits::openVitals(const QString &username, const QString &password)
{
    if (!m_clinic.signIn(username, password)) {
        return nullptr;
    }
    ui::PatientsPage *page = m_clinic.patientsPage();
    if (!page) {
        return nullptr;
    }
    ui::PatientChartPage *chart = RecordsClinic::openChart(page, QStringLiteral("carv"), m_patient.mrn);
    if (!chart || !chart->isTabShown(ui::PatientChartPage::VitalsTab)) {
        return nullptr;
    }
    chart->showTab(ui::PatientChartPage::VitalsTab);
    ui::VitalTrendPanel *panel = chart->vitalsPanel();
    panel->reload();
    (void)QTest::qWaitFor([panel] { return !panel->isBusy() && panel->settingsLabel()->isVisible(); }, 15000);
    return panel;
}

ui::AlertLimitsDialog *TestGuiAlertLimits::openDialog(ui::VitalTrendPanel *panel)
{
    if (!panel->limitsButton()->isVisible() || !panel->limitsButton()->isEnabled()) {
        return nullptr;
    }
    QTest::mouseClick(panel->limitsButton(), Qt::LeftButton);
    return RecordsClinic::waitForDialog<ui::AlertLimitsDialog>(panel);
}

void TestGuiAlertLimits::doctorSetsHeartRateLimit()
{
    ui::VitalTrendPanel *panel = openVitals(QStringLiteral("cmartin"), kDoctorPassword);
    QVERIFY(panel);
    QVERIFY(!panel->settingsLabel()->text().contains(QStringLiteral("110")));
    ui::AlertLimitsDialog *dialog = openDialog(panel);
    QVERIFY(dialog);
    QVERIFY(!dialog->acceptButton()->isEnabled()); // no reason yet

    QTest::mouseClick(dialog->ownLimitsBox(VitalSign::HeartRate), Qt::LeftButton);
    QVERIFY(dialog->ownLimitsBox(VitalSign::HeartRate)->isChecked());
    QVERIFY(!dialog->problemText().isEmpty()); // own limits but neither low nor high yet
    QDoubleSpinBox *high = dialog->highBox(VitalSign::HeartRate);
    QVERIFY(high->isEnabled());
    high->setFocus();
    high->selectAll();
    QTest::keyClicks(high, QStringLiteral("110"));
    QCOMPARE(high->value(), 110.0);
    QVERIFY(dialog->problemText().isEmpty());
    QVERIFY(!dialog->acceptButton()->isEnabled());
    typeInto(dialog->reasonEdit(), QStringLiteral("Sinus tachycardia at rest is usual for her"));
    QVERIFY(dialog->acceptButton()->isEnabled());

    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([panel] { return panel->settingsLabel()->text().contains(QStringLiteral("110")); }, 15000));
    QVERIFY(panel->findChildren<ui::AlertLimitsDialog *>().isEmpty() ||
            !panel->findChildren<ui::AlertLimitsDialog *>().first()->isVisible());
    QVERIFY(panel->settingsLabel()->text().contains(core::vitalSignDisplayName(VitalSign::HeartRate)));

    m_clinic.runnerIdle();
    const auto saved = m_clinic.workstation().vitals().alertSettings(m_patient.id);
    QVERIFY2(saved.ok(), qPrintable(saved.message()));
    const core::LimitOverride *limit = saved.value().limitFor(VitalSign::HeartRate);
    QVERIFY(limit);
    QCOMPARE(limit->high, std::optional<double>(110));
    QVERIFY(!limit->low.has_value());
    QCOMPARE(limit->priority, core::AlarmPriority::Medium);
}

void TestGuiAlertLimits::lowAboveHighCannotBeSaved()
{
    ui::VitalTrendPanel *panel = openVitals(QStringLiteral("cmartin"), kDoctorPassword);
    QVERIFY(panel);
    ui::AlertLimitsDialog *dialog = openDialog(panel);
    QVERIFY(dialog);
    // Pre-filled from the saved settings.
    QVERIFY(dialog->ownLimitsBox(VitalSign::HeartRate)->isChecked());
    QCOMPARE(dialog->highBox(VitalSign::HeartRate)->value(), 110.0);
    typeInto(dialog->reasonEdit(), QStringLiteral("Trying a lower band"));
    QVERIFY(dialog->acceptButton()->isEnabled());

    dialog->lowBox(VitalSign::HeartRate)->setValue(120);
    const QString problem = dialog->problemText();
    QVERIFY(!problem.isEmpty());
    core::PatientAlertSettings wrong;
    wrong.limits << core::LimitOverride{VitalSign::HeartRate, 120, 110, core::AlarmPriority::Medium};
    QCOMPARE(problem, core::validate(wrong).message());
    QVERIFY(!dialog->acceptButton()->isEnabled());

    dialog->lowBox(VitalSign::HeartRate)->setValue(50);
    QVERIFY(dialog->problemText().isEmpty());
    QVERIFY(dialog->acceptButton()->isEnabled());
    dialog->reject();
}

void TestGuiAlertLimits::nurseSeesNoButton()
{
    ui::VitalTrendPanel *panel = openVitals(QStringLiteral("pkowalski"), kNursePassword);
    QVERIFY(panel);
    QVERIFY(panel->settingsLabel()->text().contains(QStringLiteral("110")));
    QVERIFY(!panel->limitsButton()->isVisible());
}

QTEST_MAIN(TestGuiAlertLimits)
#include "tst_gui_alert_limits.moc"
