// A doctor writes, amends and completes a prescription and adds to the problem list through
// the widgets; every amendment is a new version the version history shows, changed fields marked.

#include "RecordsTestSupport.h"

#include "ui/HistoryEntryDialog.h"
#include "ui/HistoryTableModel.h"
#include "ui/MessageLabel.h"
#include "ui/PrescriptionDialog.h"
#include "ui/PrescriptionTableModel.h"
#include "ui/ReasonDialog.h"
#include "ui/RecordHistoryDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>

using namespace careledger;
using namespace careledger::gui_testing;

class TestGuiPrescriptions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void writeAPrescription();
    void amendmentIsVersionTwo();
    void completedPrescriptionIsFinal();
    void addToTheProblemList();
    void dialogsNameEveryControl();

private:
    ui::PatientChartPage *chart();
    int prescriptionRow(const QString &medication) const;

    RecordsClinic m_clinic;
    services::PatientSummary m_patient;
    ui::PatientChartPage *m_chart = nullptr;
};

void TestGuiPrescriptions::initTestCase()
{
    QVERIFY(m_clinic.create());
    const auto patient = m_clinic.registerPatient(
        person(QStringLiteral("Yusuf"), QStringLiteral("Demirkaya"), QDate(1985, 1, 30), core::Sex::Male));
    QVERIFY(patient);
    m_patient = *patient;
    m_clinic.startGui();
    QVERIFY(m_clinic.signIn(QStringLiteral("cmartin"), kDoctorPassword));
}

void TestGuiPrescriptions::cleanupTestCase()
{
    m_clinic.stopGui();
}

ui::PatientChartPage *TestGuiPrescriptions::chart()
{
    if (!m_chart) {
        ui::PatientsPage *page = m_clinic.patientsPage();
        if (page) {
            m_chart = RecordsClinic::openChart(page, QStringLiteral("demir"), m_patient.mrn);
        }
    }
    return m_chart;
}

int TestGuiPrescriptions::prescriptionRow(const QString &medication) const
{
    const QAbstractItemModel *model = m_chart->prescriptionView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ui::PrescriptionTableModel::Medication).data().toString().startsWith(medication)) {
            return row;
        }
    }
    return -1;
}

void TestGuiPrescriptions::writeAPrescription()
{
    ui::PatientChartPage *page = chart();
    QVERIFY(page);
    QVERIFY(page->isTabShown(ui::PatientChartPage::PrescriptionsTab));
    page->showTab(ui::PatientChartPage::PrescriptionsTab);
    QCOMPARE(page->prescriptionModel()->rowCount(), 0);

    QPushButton *newButton = button(page, "newPrescriptionButton");
    QVERIFY(newButton && newButton->isVisible() && newButton->isEnabled());
    QTest::mouseClick(newButton, Qt::LeftButton);
    auto *dialog = RecordsClinic::waitForDialog<ui::PrescriptionDialog>(page);
    QVERIFY(dialog);
    QPointer<ui::PrescriptionDialog> guard(dialog);
    QCOMPARE(dialog->dateEdit()->date(), QDate(2026, 3, 2)); // today on the clinic's clock

    typeInto(dialog->medicationEdit(), QStringLiteral("Metformin"));
    typeInto(dialog->strengthEdit(), QStringLiteral("500 mg"));
    // Too many refills: the message is under that field and Prescribe stays disabled.
    dialog->refillsSpin()->setValue(20);
    QVERIFY2(dialog->fieldMessage(QStringLiteral("refills")).contains(QStringLiteral("12")),
             qPrintable(dialog->fieldMessage(QStringLiteral("refills"))));
    QVERIFY(!dialog->acceptButton()->isEnabled());
    dialog->refillsSpin()->setValue(2);
    dialog->doseSpin()->setValue(1);
    dialog->frequencyCombo()->setCurrentIndex(dialog->frequencyCombo()->findData(QStringLiteral("twice daily")));
    dialog->durationSpin()->setValue(30);
    dialog->quantitySpin()->setFocus();
    dialog->quantitySpin()->setValue(60);
    typeInto(dialog->instructionsEdit(), QStringLiteral("with meals"));
    QVERIFY(dialog->fieldMessage(QStringLiteral("refills")).isEmpty());
    QVERIFY2(dialog->acceptButton()->isEnabled(), qPrintable(dialog->messageLabel()->text()));
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);

    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->prescriptionModel()->rowCount() == 1, 15000);
    const services::PrescriptionItem item = page->prescriptionModel()->items().first();
    QCOMPARE(item.prescription.medication, QStringLiteral("Metformin"));
    QCOMPARE(item.prescription.frequency, QStringLiteral("twice daily"));
    QCOMPARE(item.prescription.form, QStringLiteral("tablet"));
    QCOMPARE(item.prescription.route, QStringLiteral("oral"));
    QCOMPARE(item.prescription.refills, 2);
    QCOMPARE(item.prescription.status, core::PrescriptionStatus::Active);
    QCOMPARE(item.current.version, quint64(1));
    QCOMPARE(item.prescriberName, QStringLiteral("Dr. Claire Martin"));
    const int row = prescriptionRow(QStringLiteral("Metformin"));
    QVERIFY(row >= 0);
    QCOMPARE(page->prescriptionView()->model()->index(row, ui::PrescriptionTableModel::Status).data().toString(),
             QStringLiteral("Active"));
    QVERIFY(!page->messageText().isEmpty());
}

void TestGuiPrescriptions::amendmentIsVersionTwo()
{
    ui::PatientChartPage *page = chart();
    QVERIFY(page);
    page->showTab(ui::PatientChartPage::PrescriptionsTab);
    const int row = prescriptionRow(QStringLiteral("Metformin"));
    QVERIFY(row >= 0);
    page->prescriptionView()->selectRow(row);
    QPushButton *amend = button(page, "amendPrescriptionButton");
    QVERIFY(amend->isEnabled());
    QTest::mouseClick(amend, Qt::LeftButton);
    auto *dialog = RecordsClinic::waitForDialog<ui::PrescriptionDialog>(page);
    QVERIFY(dialog);
    QVERIFY(dialog->isAmending());
    QPointer<ui::PrescriptionDialog> guard(dialog);
    QCOMPARE(dialog->medicationEdit()->text(), QStringLiteral("Metformin"));
    // The reason is required.
    dialog->doseSpin()->setValue(2);
    QVERIFY(!dialog->acceptButton()->isEnabled());
    typeInto(dialog->reasonEdit(), QStringLiteral("HbA1c still above target"));
    QVERIFY(dialog->acceptButton()->isEnabled());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->prescriptionModel()->rowCount() == 1
                                 && page->prescriptionModel()->items().first().current.version == 2,
                             15000);
    const services::PrescriptionItem item = page->prescriptionModel()->items().first();
    QCOMPARE(item.prescription.status, core::PrescriptionStatus::Amended);
    QCOMPARE(item.prescription.dose, 2.0);

    // The version history: two versions, the second's dose marked as changed, with the reason.
    page->prescriptionView()->selectRow(prescriptionRow(QStringLiteral("Metformin")));
    QTest::mouseClick(button(page, "prescriptionVersionsButton"), Qt::LeftButton);
    auto *history = RecordsClinic::waitForDialog<ui::RecordHistoryDialog>(page);
    QVERIFY(history);
    QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading(), 15000);
    QCOMPARE(history->versions().size(), 2);
    QCOMPARE(history->versions().at(1).info.authorship.changeReason, QStringLiteral("HbA1c still above target"));
    QCOMPARE(history->versions().at(1).info.authorship.authorName, QStringLiteral("Dr. Claire Martin"));
    QVERIFY2(history->changedFields().contains(QStringLiteral("Dose")), qPrintable(history->changedFields().join(u',')));
    QVERIFY(history->changedFields().contains(QStringLiteral("Status")));
    QVERIFY(!history->changedFields().contains(QStringLiteral("Medication")));
    history->selectVersion(0);
    QVERIFY(history->changedFields().isEmpty()); // the first version has nothing before it
    QCOMPARE(history->versionView()->model()->rowCount(), 2);
    history->reject();
}

void TestGuiPrescriptions::completedPrescriptionIsFinal()
{
    ui::PatientChartPage *page = chart();
    QVERIFY(page);
    page->showTab(ui::PatientChartPage::PrescriptionsTab);
    page->prescriptionView()->selectRow(prescriptionRow(QStringLiteral("Metformin")));
    QTest::mouseClick(button(page, "completePrescriptionButton"), Qt::LeftButton);
    auto *dialog = RecordsClinic::waitForDialog<ui::ReasonDialog>(page);
    QVERIFY(dialog);
    QPointer<ui::ReasonDialog> guard(dialog);
    QVERIFY(!dialog->acceptButton()->isEnabled());
    typeInto(dialog->reasonEdit(), QStringLiteral("course finished"));
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->prescriptionModel()->items().first().prescription.status
                                                   == core::PrescriptionStatus::Completed,
                             15000);
    page->prescriptionView()->selectRow(prescriptionRow(QStringLiteral("Metformin")));
    QVERIFY(!button(page, "amendPrescriptionButton")->isEnabled());
    QVERIFY(!button(page, "stopPrescriptionButton")->isEnabled());
    QVERIFY(button(page, "prescriptionVersionsButton")->isEnabled());
}

void TestGuiPrescriptions::addToTheProblemList()
{
    ui::PatientChartPage *page = chart();
    QVERIFY(page);
    page->showTab(ui::PatientChartPage::HistoryTab);
    QTest::mouseClick(button(page, "addHistoryButton"), Qt::LeftButton);
    auto *dialog = RecordsClinic::waitForDialog<ui::HistoryEntryDialog>(page);
    QVERIFY(dialog);
    QPointer<ui::HistoryEntryDialog> guard(dialog);
    typeInto(dialog->conditionEdit(), QStringLiteral("Type 2 diabetes"));
    typeInto(dialog->codeEdit(), QStringLiteral("E11"));
    // Onset before the date of birth is refused under the onset field.
    dialog->onsetEdit()->setDate(QDate(1980, 1, 1));
    QVERIFY(!dialog->fieldMessage(QStringLiteral("onset")).isEmpty());
    QVERIFY(!dialog->acceptButton()->isEnabled());
    dialog->onsetEdit()->setDate(QDate(2019, 6, 1));
    QVERIFY(dialog->fieldMessage(QStringLiteral("onset")).isEmpty());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->historyModel()->rowCount() == 1, 15000);
    const services::HistoryItem item = page->historyModel()->items().first();
    QCOMPARE(item.entry.code, QStringLiteral("E11"));
    QCOMPARE(item.entry.codeSystem, ui::HistoryEntryDialog::kIcd10);
    QCOMPARE(item.entry.onsetDate, QDate(2019, 6, 1));
    QCOMPARE(page->historyView()->model()->index(0, ui::HistoryTableModel::Code).data().toString(),
             QStringLiteral("E11 (ICD-10)"));
}

void TestGuiPrescriptions::dialogsNameEveryControl()
{
    ui::PatientChartPage *page = chart();
    QVERIFY(page);
    page->showTab(ui::PatientChartPage::PrescriptionsTab);
    QVERIFY2(unnamedControls(page).isEmpty(), qPrintable(unnamedControls(page).join(QLatin1Char(','))));
    QTest::mouseClick(button(page, "newPrescriptionButton"), Qt::LeftButton);
    auto *prescription = RecordsClinic::waitForDialog<ui::PrescriptionDialog>(page);
    QVERIFY(prescription);
    QVERIFY2(unnamedControls(prescription).isEmpty(), qPrintable(unnamedControls(prescription).join(QLatin1Char(','))));
    prescription->reject();

    page->showTab(ui::PatientChartPage::HistoryTab);
    QVERIFY2(unnamedControls(page).isEmpty(), qPrintable(unnamedControls(page).join(QLatin1Char(','))));
    QTest::mouseClick(button(page, "addHistoryButton"), Qt::LeftButton);
    auto *history = RecordsClinic::waitForDialog<ui::HistoryEntryDialog>(page);
    QVERIFY(history);
    QVERIFY2(unnamedControls(history).isEmpty(), qPrintable(unnamedControls(history).join(QLatin1Char(','))));
    history->reject();

    page->historyView()->selectRow(0);
    QTest::mouseClick(button(page, "historyVersionsButton"), Qt::LeftButton);
    auto *versions = RecordsClinic::waitForDialog<ui::RecordHistoryDialog>(page);
    QVERIFY(versions);
    QTRY_VERIFY_WITH_TIMEOUT(!versions->isLoading(), 15000);
    QVERIFY2(unnamedControls(versions).isEmpty(), qPrintable(unnamedControls(versions).join(QLatin1Char(','))));
    versions->reject();
}

QTEST_MAIN(TestGuiPrescriptions)
#include "tst_gui_prescriptions.moc"
