// Registering a patient through the widgets, as an administrator does it: inline messages
// under the fields, Save only once the form is valid, the chart opening afterwards, the
// list finding the patient, and duplicates needing an explicit "Register anyway".

#include "RecordsTestSupport.h"

#include "ui/GrantAccessDialog.h"
#include "ui/GrantTableModel.h"
#include "ui/MessageLabel.h"
#include "ui/ReasonDialog.h"
#include "ui/RecordHistoryDialog.h"
#include "ui/RegistrationDialog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace careledger;
using namespace careledger::gui_testing;

class TestGuiPatients : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void registerThroughTheForm();
    void duplicateNeedsExplicitConfirmation();
    void searchAsYouType();
    void partialRecordNumberIsNotSearched();
    void editDemographicsKeepsTheEarlierVersion();
    void grantRevokeAndExport();
    void everyControlHasAnAccessibleName();

private:
    ui::RegistrationDialog *openRegistration(ui::PatientsPage *page);

    RecordsClinic m_clinic;
    QString m_registeredMrn;
};

void TestGuiPatients::initTestCase()
{
    QVERIFY(m_clinic.create());
    QVERIFY(m_clinic.registerPatient(person(QStringLiteral("Maren"), QStringLiteral("Olvast"), QDate(1958, 4, 12),
                                            core::Sex::Female)));
    QVERIFY(m_clinic.registerPatient(person(QStringLiteral("Teodor"), QStringLiteral("Brancusel"), QDate(1963, 11, 2),
                                            core::Sex::Male)));
    m_clinic.startGui();
    QVERIFY(m_clinic.signIn(QStringLiteral("admin"), kAdminPassword));
}

void TestGuiPatients::cleanupTestCase()
{
    m_clinic.stopGui();
}

ui::RegistrationDialog *TestGuiPatients::openRegistration(ui::PatientsPage *page)
{
    QPushButton *registerButton = button(page, "registerPatientButton");
    if (!registerButton || !registerButton->isVisible()) {
        return nullptr;
    }
    QTest::mouseClick(registerButton, Qt::LeftButton);
    return RecordsClinic::waitForDialog<ui::RegistrationDialog>(page);
}

void TestGuiPatients::registerThroughTheForm()
{
    ui::PatientsPage *page = m_clinic.patientsPage();
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 2); // an administrator sees every registered patient

    auto *dialog = openRegistration(page);
    QVERIFY(dialog);
    QPointer<ui::RegistrationDialog> guard(dialog);
    // Nothing typed yet: no wall of messages, but Save is not available either.
    QVERIFY(dialog->fieldMessage(QStringLiteral("given")).isEmpty());
    QVERIFY(!dialog->acceptButton()->isEnabled());

    typeInto(dialog->givenNameEdit(), QStringLiteral("Jeanne"));
    typeInto(dialog->familyNameEdit(), QStringLiteral("Dupont-Amrani"));
    // A birth date in the future (the clinic's clock says 2 March 2026).
    dialog->birthDateEdit()->setFocus();
    dialog->birthDateEdit()->setDate(QDate(2031, 5, 4));
    QVERIFY2(dialog->fieldMessage(QStringLiteral("birth")).contains(QStringLiteral("future")),
             qPrintable(dialog->fieldMessage(QStringLiteral("birth"))));
    // A phone number with letters: its own message under its own field.
    typeInto(dialog->phoneEdit(), QStringLiteral("06 12 ab"));
    QVERIFY(!dialog->fieldMessage(QStringLiteral("phone")).isEmpty());
    QVERIFY(dialog->fieldMessage(QStringLiteral("given")).isEmpty());
    QVERIFY(!dialog->acceptButton()->isEnabled());
    // The message is also what a screen reader reads for the field.
    QCOMPARE(dialog->phoneEdit()->accessibleDescription(), dialog->fieldMessage(QStringLiteral("phone")));

    // Fixed: the messages go and Save becomes available.
    dialog->birthDateEdit()->setDate(QDate(1984, 5, 4));
    typeInto(dialog->phoneEdit(), QStringLiteral("+33 6 12 34 56 78"));
    dialog->sexCombo()->setCurrentIndex(dialog->sexCombo()->findData(core::sexId(core::Sex::Female)));
    QVERIFY(dialog->fieldMessage(QStringLiteral("birth")).isEmpty());
    QVERIFY(dialog->fieldMessage(QStringLiteral("phone")).isEmpty());
    QVERIFY(dialog->acceptButton()->isEnabled());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);

    // The new chart opens.
    QTRY_VERIFY_WITH_TIMEOUT(page->isShowingChart() && page->chartPage()->isLoaded() && !page->chartPage()->isBusy(),
                             15000);
    ui::PatientChartPage *chart = page->chartPage();
    QCOMPARE(chart->titleLabel()->text(), QStringLiteral("Dupont-Amrani, Jeanne"));
    QVERIFY(chart->chart()->patient.summary.mrn.size() == 11);
    m_registeredMrn = chart->chart()->patient.summary.mrn;
    QCOMPARE(chart->chart()->patient.demographics.phone, QStringLiteral("+33 6 12 34 56 78"));
    QCOMPARE(chart->tabs()->currentIndex(), int(ui::PatientChartPage::SummaryTab));

    // Back in the list, the patient is found by name and by record number.
    QTest::mouseClick(button(chart, "backToPatientsButton"), Qt::LeftButton);
    QVERIFY(!page->isShowingChart());
    QVERIFY(RecordsClinic::searchFor(page, QStringLiteral("dupont")));
    QCOMPARE(page->model()->rowCount(), 1);
    QVERIFY(RecordsClinic::proxyRowOfMrn(page, m_registeredMrn) >= 0);
    QVERIFY(RecordsClinic::searchFor(page, m_registeredMrn));
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->patients().first().familyName, QStringLiteral("Dupont-Amrani"));
}

void TestGuiPatients::duplicateNeedsExplicitConfirmation()
{
    ui::PatientsPage *page = m_clinic.patientsPage();
    QVERIFY(page);
    auto *dialog = openRegistration(page);
    QVERIFY(dialog);
    QPointer<ui::RegistrationDialog> guard(dialog);
    typeInto(dialog->givenNameEdit(), QStringLiteral("Maren"));
    typeInto(dialog->familyNameEdit(), QStringLiteral("OLVAST")); // names match case-insensitively
    dialog->birthDateEdit()->setDate(QDate(1958, 4, 12));
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->registerAnywayButton()->isVisible(), 15000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->duplicateCount(), 1);
    QCOMPARE(dialog->messageLabel()->kind(), ui::MessageLabel::Kind::Warning);
    QVERIFY2(dialog->messageLabel()->text().contains(QStringLiteral(": 1.")), qPrintable(dialog->messageLabel()->text()));

    // Changing a field withdraws the offer: the check was for the details as they were.
    typeInto(dialog->givenNameEdit(), QStringLiteral("Marena"));
    QVERIFY(!dialog->registerAnywayButton()->isVisible());
    typeInto(dialog->givenNameEdit(), QStringLiteral("Maren"));
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && dialog->registerAnywayButton()->isVisible(), 15000);

    QTest::mouseClick(dialog->registerAnywayButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(page->isShowingChart() && page->chartPage()->isLoaded(), 15000);
    page->backToList();
    QVERIFY(RecordsClinic::searchFor(page, QStringLiteral("olvast")));
    QCOMPARE(page->model()->rowCount(), 2);
}

void TestGuiPatients::searchAsYouType()
{
    ui::PatientsPage *page = m_clinic.patientsPage();
    QVERIFY(page);
    QVERIFY(RecordsClinic::searchFor(page, QString()));
    const int everyone = page->model()->rowCount();
    QVERIFY(everyone >= 4);

    // Typing one letter after another sends one search once the typing pauses.
    int searches = 0;
    QObject counter; // the connection ends with this function, before `searches` does
    connect(page, &ui::PatientsPage::searched, &counter, [&] { ++searches; });
    page->searchEdit()->setFocus();
    page->searchEdit()->clear();
    QTest::qWait(ui::PatientsPage::kSearchDelayMs * 2);
    searches = 0;
    QTest::keyClicks(page->searchEdit(), QStringLiteral("bran"));
    QTRY_VERIFY_WITH_TIMEOUT(searches >= 1 && !page->isBusy(), 15000);
    QTest::qWait(ui::PatientsPage::kSearchDelayMs * 2);
    QCOMPARE(searches, 1);
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->patients().first().givenName, QStringLiteral("Teodor"));

    // "Every word prefixes a name": given and family name together.
    QVERIFY(RecordsClinic::searchFor(page, QStringLiteral("mar olv")));
    QCOMPARE(page->model()->rowCount(), 2);
    QVERIFY(RecordsClinic::searchFor(page, QStringLiteral("teo olv")));
    QCOMPARE(page->model()->rowCount(), 0);

    // Sorting by a column header.
    QVERIFY(RecordsClinic::searchFor(page, QString()));
    page->view()->sortByColumn(ui::PatientTableModel::BirthDate, Qt::AscendingOrder);
    const QAbstractItemModel *shown = page->view()->model();
    QCOMPARE(shown->index(0, ui::PatientTableModel::FamilyName).data().toString().toCaseFolded(),
             QStringLiteral("olvast"));
    page->view()->sortByColumn(ui::PatientTableModel::FamilyName, Qt::AscendingOrder);
}

void TestGuiPatients::partialRecordNumberIsNotSearched()
{
    ui::PatientsPage *page = m_clinic.patientsPage();
    QVERIFY(page);
    QVERIFY(RecordsClinic::searchFor(page, QStringLiteral("1234-56")));
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(!page->messageText().isEmpty());
    QVERIFY(RecordsClinic::searchFor(page, QString()));
    QVERIFY(page->model()->rowCount() > 0);
}

void TestGuiPatients::editDemographicsKeepsTheEarlierVersion()
{
    ui::PatientsPage *page = m_clinic.patientsPage();
    QVERIFY(page);
    ui::PatientChartPage *chart = RecordsClinic::openChart(page, QStringLiteral("dupont"), m_registeredMrn);
    QVERIFY(chart);
    QPushButton *edit = button(chart, "editDemographicsButton");
    QVERIFY(edit && !edit->isHidden());
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *dialog = RecordsClinic::waitForDialog<ui::RegistrationDialog>(chart);
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QPointer<ui::RegistrationDialog> guard(dialog);
    QCOMPARE(dialog->familyNameEdit()->text(), QStringLiteral("Dupont-Amrani"));
    typeInto(dialog->emailEdit(), QStringLiteral("jeanne.dupont@example.org"));
    QVERIFY(!dialog->acceptButton()->isEnabled()); // the reason is still missing
    typeInto(dialog->reasonEdit(), QStringLiteral("Patient gave her e-mail address"));
    QVERIFY(dialog->acceptButton()->isEnabled());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!chart->isBusy() && chart->chart()->patient.version == 2, 15000);
    QCOMPARE(chart->chart()->patient.demographics.email, QStringLiteral("jeanne.dupont@example.org"));

    QTest::mouseClick(button(chart, "demographicsVersionsButton"), Qt::LeftButton);
    auto *versions = RecordsClinic::waitForDialog<ui::RecordHistoryDialog>(chart);
    QVERIFY(versions);
    QTRY_VERIFY_WITH_TIMEOUT(!versions->isLoading(), 15000);
    QCOMPARE(versions->versions().size(), 2);
    QCOMPARE(versions->changedFields(), QStringList{QStringLiteral("Email")});
    QCOMPARE(versions->versions().at(1).info.authorship.changeReason, QStringLiteral("Patient gave her e-mail address"));
    versions->reject();
    page->backToList();
}

void TestGuiPatients::grantRevokeAndExport()
{
    {
        m_clinic.runnerIdle();
        const QString name = QStringLiteral("Dr. Omar Khalil");
        // A colleague to grant to (staff accounts are the Staff section's business).
        services::Workstation &ws = m_clinic.workstation();
        QVERIFY(ws.staff().create(QStringLiteral("okhalil"), name, services::Role::Doctor, kTemporaryPassword).ok());
    }
    ui::PatientsPage *page = m_clinic.patientsPage();
    QVERIFY(page);
    ui::PatientChartPage *chart = RecordsClinic::openChart(page, QStringLiteral("dupont"), m_registeredMrn);
    QVERIFY(chart);
    bool loaded = false;
    QObject scope;
    connect(chart, &ui::PatientChartPage::accessLoaded, &scope, [&] { loaded = true; });
    chart->showTab(ui::PatientChartPage::AccessTab);
    QTRY_VERIFY_WITH_TIMEOUT(loaded && !chart->isBusy(), 15000);
    const int before = chart->grantModel()->rowCount();
    QVERIFY(before >= 1); // the registering clinic's default

    QTest::mouseClick(button(chart, "grantStaffButton"), Qt::LeftButton);
    auto *grant = RecordsClinic::waitForDialog<ui::GrantAccessDialog>(chart);
    QVERIFY(grant);
    QPointer<ui::GrantAccessDialog> grantGuard(grant);
    QTRY_VERIFY_WITH_TIMEOUT(!grant->isLoading(), 15000);
    const int doctor = grant->granteeCombo()->findData(QStringLiteral("okhalil"));
    QVERIFY(doctor >= 0);
    QVERIFY(grant->granteeCombo()->findData(QStringLiteral("admin")) < 0); // administrators read no clinical content
    grant->granteeCombo()->setCurrentIndex(doctor);
    loaded = false;
    QTest::mouseClick(grant->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(grantGuard.isNull() || !grantGuard->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(loaded && !chart->isBusy() && chart->grantModel()->rowCount() == before + 1, 15000);

    int row = -1;
    const QAbstractItemModel *grants = chart->grantView()->model();
    for (int r = 0; r < grants->rowCount(); ++r) {
        if (grants->index(r, ui::GrantTableModel::Grantee).data().toString().contains(QStringLiteral("okhalil"))) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    QVERIFY(grants->index(row, 0).data(ui::GrantTableModel::ActiveRole).toBool());
    chart->grantView()->selectRow(row);
    QTest::mouseClick(button(chart, "revokeButton"), Qt::LeftButton);
    auto *revoke = RecordsClinic::waitForDialog<ui::ReasonDialog>(chart);
    QVERIFY(revoke);
    QPointer<ui::ReasonDialog> revokeGuard(revoke);
    typeInto(revoke->reasonEdit(), QStringLiteral("Consultation finished"));
    loaded = false;
    QTest::mouseClick(revoke->acceptButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(revokeGuard.isNull() || !revokeGuard->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(loaded && !chart->isBusy(), 15000);
    bool revoked = false;
    for (int r = 0; r < grants->rowCount(); ++r) {
        if (grants->index(r, ui::GrantTableModel::Grantee).data().toString().contains(QStringLiteral("okhalil"))) {
            revoked = !grants->index(r, 0).data(ui::GrantTableModel::ActiveRole).toBool();
            QCOMPARE(grants->index(r, ui::GrantTableModel::Status).data().toString(), QStringLiteral("Revoked"));
            QVERIFY(grants->index(r, 0).data(Qt::ForegroundRole).isValid()); // greyed
        }
    }
    QVERIFY(revoked);

    // Export FHIR… writes the patient's bundle to the file chosen.
    const QString path = QDir(m_clinic.dir()).filePath(QStringLiteral("bundle.json"));
    bool exported = false;
    connect(chart, &ui::PatientChartPage::exported, &scope, [&] { exported = true; });
    QVERIFY(!button(chart, "exportFhirButton")->isHidden());
    chart->exportFhirTo(path);
    QTRY_VERIFY_WITH_TIMEOUT(exported, 15000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    page->backToList();
}

void TestGuiPatients::everyControlHasAnAccessibleName()
{
    ui::PatientsPage *page = m_clinic.patientsPage();
    QVERIFY(page);
    QVERIFY2(unnamedControls(page).isEmpty(), qPrintable(unnamedControls(page).join(QLatin1Char(','))));
    auto *dialog = openRegistration(page);
    QVERIFY(dialog);

    QVERIFY2(unnamedControls(dialog).isEmpty(), qPrintable(unnamedControls(dialog).join(QLatin1Char(','))));
    dialog->reject();

    QPointer<ui::PatientChartPage> chart = RecordsClinic::openChart(page, QStringLiteral("dupont"), m_registeredMrn);
    QVERIFY(chart);
    for (int tab = 0; tab < chart->tabs()->count(); ++tab) {
        QVERIFY(!chart.isNull());
        if (chart->tabs()->isTabVisible(tab)) {
            chart->tabs()->setCurrentIndex(tab);
            QVERIFY2(unnamedControls(chart).isEmpty(), qPrintable(unnamedControls(chart).join(QLatin1Char(','))));
        }
    }
}

QTEST_MAIN(TestGuiPatients)
#include "tst_gui_patients.moc"
