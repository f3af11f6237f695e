#include "ScreenshotTour.h"

#include "services/AuditService.h"
#include "services/ChartService.h"
#include "services/ConsentService.h"
#include "services/DeviceService.h"
#include "services/InteropService.h"
#include "services/KioskService.h"
#include "services/PatientService.h"
#include "services/VitalsService.h"
#include "services/Workstation.h"
#include "ui/AlertTableModel.h"
#include "ui/AlertsPage.h"
#include "ui/AuditLogPage.h"
#include "ui/AuditTableModel.h"
#include "ui/BlockTableModel.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/EmergencyAccessDialog.h"
#include "ui/GrantTableModel.h"
#include "ui/IdleWatcher.h"
#include "ui/KioskHomePage.h"
#include "ui/KioskLoginPage.h"
#include "ui/KioskWindow.h"
#include "ui/PrescriptionPdf.h"
#include "ui/SetPinDialog.h"
#include "ui/VerifyCodeDialog.h"
#include "ui/LedgerPage.h"
#include "ui/LiveVitalsPage.h"
#include "ui/PatientChartPage.h"
#include "ui/PatientTableModel.h"
#include "ui/PatientsPage.h"
#include "ui/PrescriptionDialog.h"
#include "ui/PrescriptionTableModel.h"
#include "ui/RecordHistoryDialog.h"
#include "ui/RecordsUi.h"
#include "ui/RegistrationDialog.h"
#include "ui/LoginWindow.h"
#include "ui/MainWindow.h"
#include "ui/NewAccountDialog.h"
#include "ui/ServiceRunner.h"
#include "ui/StaffAdminPage.h"
#include "ui/StaffTableModel.h"
#include "ui/TemporaryPasswordDialog.h"
#include "ui/TransactionTableModel.h"
#include "ui/VerifyPanel.h"
#include "ui/WardTableModel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDeadlineTimer>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QStandardItemModel>
#include <QLineEdit>
#include <QPixmap>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <cstdio>

namespace careledger::app {

using services::Role;
using services::StaffAccount;

namespace {

// Throw-away passwords for the throw-away clinic; never the demo clinic's.
const QString kAdminPassword = QStringLiteral("quiet harbour lantern");
const QString kStaffPassword = QStringLiteral("amber meadow sketch");
const QString kChangedPassword = QStringLiteral("violet river compass");

template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// adjustSize() keeps a window within two thirds of the (offscreen, 800 x 600) screen;
// the screenshots show dialogs at the size they ask for, as on a real display.
void fitToContents(QWidget *widget)
{
    widget->resize(widget->sizeHint().expandedTo(widget->minimumSizeHint()));
}

// The dialog of that type the page has open now (closed ones wait for deleteLater).
template <typename Dialog>
Dialog *openDialog(QObject *parent)
{
    settle();
    for (Dialog *dialog : parent->findChildren<Dialog *>()) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

} // namespace

ScreenshotTour::ScreenshotTour(QString outputDir, QString language)
    : m_outputDir(std::move(outputDir)), m_language(std::move(language))
{
}

QString ScreenshotTour::fileName(const QString &name) const
{
    const QString suffix = m_language == QStringLiteral("en") ? QString() : QLatin1Char('-') + m_language;
    return QDir(m_outputDir).filePath(name + suffix + QStringLiteral(".png"));
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    settle();
    const QString path = fileName(name);
    if (!widget->grab().save(path, "PNG")) {
        return fail(tr("cannot write %1").arg(path));
    }
    m_written << path;
    return true;
}

bool ScreenshotTour::fail(const QString &what)
{
    std::fprintf(stderr, "%s\n", qPrintable(tr("careledger --screenshots: %1").arg(what)));
    return false;
}

bool ScreenshotTour::signIn(ui::LoginWindow &login, const QString &username, const QString &password)
{
    login.reset();
    login.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(username);
    login.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(password);
    bool finished = false;
    bool succeeded = false;
    const auto connection = QObject::connect(&login, &ui::LoginWindow::attemptFinished, &login, [&](bool ok) {
        finished = true;
        succeeded = ok;
    });
    login.submit();
    const bool inTime = waitUntil([&] { return finished; });
    QObject::disconnect(connection);
    if (!inTime) {
        return fail(tr("signing in as %1 took too long").arg(username));
    }
    return succeeded;
}

bool ScreenshotTour::tourLedger(ui::MainWindow &main)
{
    main.resize(1180, 860);
    main.showSection(ui::Section::Ledger);
    ui::LedgerPage *page = main.ledgerPage();
    if (!page) {
        return fail(tr("the administrator has no Ledger page"));
    }
    const auto idle = [page] { return !page->isBusy() && page->blockModel()->rowCount() > 0; };
    if (!waitUntil(idle)) {
        return fail(tr("the ledger did not load"));
    }
    // The first sealed block holds two key registrations: the administrator's and a doctor's.
    for (const services::BlockSummary &block : page->blockModel()->blocks()) {
        if (block.height == 1) {
            page->selectBlock(block.hash);
        }
    }
    if (!waitUntil([&] { return idle() && page->transactionModel()->rowCount() > 0; })) {
        return fail(tr("the transactions of a block did not load"));
    }
    page->blockView()->setFocus();
    if (!save(&main, QStringLiteral("ledger"))) {
        return false;
    }

    ui::VerifyPanel *verify = page->verifyPanel();
    verify->start();
    if (!waitUntil([&] { return !verify->isRunning() && idle() && page->transactionModel()->rowCount() > 0; })) {
        return fail(tr("the verification did not finish"));
    }
    return save(&main, QStringLiteral("ledger-verify"));
}

bool ScreenshotTour::prepareRecords(services::Workstation &workstation)
{
    // The same 20 invented patients as the demo clinic, with their history and prescriptions.
    const auto imported = workstation.interop().importEhrGuardTable(services::InteropService::bundledEhrGuardTable());
    if (!imported.ok()) {
        return fail(imported.message());
    }
    const auto found = workstation.patients().search(QStringLiteral("olvast"));
    if (!found.ok() || found->isEmpty()) {
        return fail(tr("the imported patients cannot be found: %1").arg(found.message()));
    }
    const services::PatientSummary featured = found->first();
    m_featuredMrn = featured.mrn;

    // Access: a nurse until a date, a colleague whose access was revoked.
    const QDateTime inAMonth = QDateTime::currentDateTimeUtc().addDays(30);
    if (const auto granted = workstation.consent().grantToStaff(featured.id, QStringLiteral("nurse"), inAMonth);
        !granted.ok()) {
        return fail(granted.message());
    }
    const auto lea = workstation.consent().grantToStaff(featured.id, QStringLiteral("lbernard"), QDateTime());
    if (!lea.ok()) {
        return fail(lea.message());
    }
    if (const auto revoked = workstation.consent().revoke(featured.id, *lea, QStringLiteral("Moved to the maternity ward"));
        !revoked.ok()) {
        return fail(revoked.message());
    }

    // One patient outside the clinic's default access: the doctor needs emergency access.
    core::Demographics d;
    d.givenName = QStringLiteral("Rafael");
    d.familyName = QStringLiteral("Okoro-Lindt");
    d.birthDate = QDate(1969, 2, 14);
    d.sex = core::Sex::Male;
    d.phone = QStringLiteral("+41 79 555 01 23");
    if (const auto off = workstation.consent().setRegisteringClinicDefault(false); !off.ok()) {
        return fail(off.message());
    }
    const auto registered = workstation.patients().registerPatient(d, false);
    if (const auto on = workstation.consent().setRegisteringClinicDefault(true); !on.ok()) {
        return fail(on.message());
    }
    if (!registered.ok()) {
        return fail(registered.message());
    }
    m_privateMrn = registered->mrn;
    if (const auto sealed = workstation.sealNow(); !sealed.ok()) {
        return fail(sealed.message());
    }
    return true;
}

bool ScreenshotTour::prepareDoctorRecords(services::Workstation &workstation)
{
    const auto found = workstation.patients().search(m_featuredMrn);
    if (!found.ok() || found->isEmpty()) {
        return fail(tr("the doctor cannot find the featured patient: %1").arg(found.message()));
    }
    const services::PatientId id = found->first().id;
    const auto chart = workstation.charts().open(id);
    if (!chart.ok()) {
        return fail(chart.message());
    }
    if (chart->prescriptions && !chart->prescriptions->isEmpty()) {
        const services::PrescriptionItem item = chart->prescriptions->first();
        core::Prescription amended = item.prescription;
        amended.dose = amended.dose * 2;
        amended.quantity = amended.quantity * 2;
        amended.instructions = QStringLiteral("in the morning, with water");
        if (const auto done = workstation.charts().amendPrescription(id, item.recordId, amended,
                                                                     QStringLiteral("Blood pressure still above target"));
            !done.ok()) {
            return fail(done.message());
        }
    }
    core::HistoryEntry entry;
    entry.condition = QStringLiteral("Hyperlipidaemia");
    entry.code = QStringLiteral("E78.5");
    entry.codeSystem = QStringLiteral("http://hl7.org/fhir/sid/icd-10");
    entry.description = QStringLiteral("Diet first; statin discussed");
    entry.onsetDate = QDate(2019, 3, 1);
    if (const auto added = workstation.charts().addHistory(id, entry); !added.ok()) {
        return fail(added.message());
    }
    // A look at the other patient's chart without access: refused, and audited as such.
    if (const auto other = workstation.patients().search(m_privateMrn); other.ok() && !other->isEmpty()) {
        if (workstation.charts().open(other->first().id).ok()) {
            return fail(tr("a chart without access was opened"));
        }
    }
    if (const auto sealed = workstation.sealNow(); !sealed.ok()) {
        return fail(sealed.message());
    }
    return true;
}

bool ScreenshotTour::prepareDevices(services::Workstation &workstation)
{
    const auto listed = workstation.patients().search(QString());
    if (!listed.ok()) {
        return fail(listed.message());
    }
    QList<services::PatientId> patients;
    for (const services::PatientSummary &p : listed.value()) {
        if (p.mrn == m_featuredMrn) {
            patients.prepend(p.id);
        } else if (p.accessible && p.mrn != m_privateMrn && patients.size() < 2) {
            patients.append(p.id);
        }
    }
    if (patients.size() < 2) {
        return fail(tr("too few patients to pair monitors with"));
    }
    m_stableId = patients.at(1);
    const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-15 * 60);
    const char *serials[] = {"BM3-20417", "BM3-20418"};
    for (int i = 0; i < 2; ++i) {
        const auto device = workstation.devices().registerDevice(QStringLiteral("Multiparameter monitor"),
                                                                 QStringLiteral("BM-3"), QString::fromLatin1(serials[i]));
        if (!device.ok()) {
            return fail(device.message());
        }
        if (const auto paired = workstation.devices().pair(device->deviceId, patients.at(i), from); !paired.ok()) {
            return fail(paired.message());
        }
        m_monitors << device->deviceId;
    }
    if (const auto sealed = workstation.sealNow(); !sealed.ok()) {
        return fail(sealed.message());
    }
    return true;
}

bool ScreenshotTour::prepareVitals(services::Workstation &workstation)
{
    using sensors::ValueState;
    using sensors::VitalParameter;
    services::VitalsService &vitals = workstation.vitals();
    // Three minutes at one reading every five seconds, ending now: the first patient drifts
    // into a high NEWS2 (falling saturation and pressure, fast breathing, fever), the second
    // stays well until the temperature probe comes off for the last half minute.
    constexpr int kSteps = 36;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i <= kSteps; ++i) {
        const double f = double(i) / kSteps;
        const qint64 at = now - qint64(kSteps - i) * 5000;
        sensors::Reading worse;
        worse.deviceId = m_monitors.at(0);
        worse.sequence = quint64(i + 1);
        worse.measuredAtMs = at;
        worse.values = {{VitalParameter::HeartRate, ValueState::Measured, std::round(84 + 40 * f * f)},
                        {VitalParameter::SpO2, ValueState::Measured, std::round(96 - 9 * f)},
                        {VitalParameter::RespirationRate, ValueState::Measured, std::round(16 + 10 * f)},
                        {VitalParameter::BodyTemperature, ValueState::Measured, std::round(371 + 13 * f) / 10},
                        {VitalParameter::SystolicBp, ValueState::Measured, std::round(128 - 30 * f)},
                        {VitalParameter::DiastolicBp, ValueState::Measured, std::round(80 - 18 * f)}};
        vitals.ingest(worse);

        sensors::Reading well;
        well.deviceId = m_monitors.at(1);
        well.sequence = quint64(i + 1);
        well.measuredAtMs = at + 1200;
        const bool probeOff = i > kSteps - 6;
        well.values = {{VitalParameter::HeartRate, ValueState::Measured, double(72 + (i % 5))},
                       {VitalParameter::SpO2, ValueState::Measured, 98},
                       {VitalParameter::RespirationRate, ValueState::Measured, 14},
                       {VitalParameter::BodyTemperature, probeOff ? ValueState::SensorOff : ValueState::Measured,
                        probeOff ? 0.0 : 36.8},
                       {VitalParameter::SystolicBp, ValueState::Measured, 122},
                       {VitalParameter::DiastolicBp, ValueState::Measured, 76}};
        vitals.ingest(well);
    }
    vitals.advance();
    if (const auto flushed = vitals.flush(); !flushed.ok()) {
        return fail(flushed.message());
    }
    // Someone has already seen to the probe: its alert is acknowledged.
    const auto alerts = vitals.alerts();
    if (!alerts.ok()) {
        return fail(alerts.message());
    }
    for (const services::AlertInfo &alert : alerts.value()) {
        if (alert.technical && alert.patient == m_stableId && alert.state == services::AlertState::Active) {
            if (const auto done = vitals.acknowledge(alert.id); !done.ok()) {
                return fail(done.message());
            }
        }
    }
    if (const auto sealed = workstation.sealNow(); !sealed.ok()) {
        return fail(sealed.message());
    }
    return true;
}

bool ScreenshotTour::tourVitals(ui::MainWindow &main)
{
    main.showSection(ui::Section::LiveVitals);
    ui::LiveVitalsPage *page = main.liveVitalsPage();
    if (!page || !waitUntil([page] { return page->hasLoaded() && !page->isBusy() && page->model()->rowCount() >= 2; })) {
        return fail(tr("the ward did not load"));
    }
    // The most urgent patient is at the top and selected.
    ui::selectTableRow(page->view(), 0);
    page->view()->setFocus();
    if (!save(&main, QStringLiteral("live-vitals"))) {
        return false;
    }

    main.showSection(ui::Section::Alerts);
    ui::AlertsPage *alerts = main.alertsPage();
    if (!alerts || !waitUntil([alerts] { return alerts->hasLoaded() && !alerts->isBusy() && alerts->model()->rowCount() > 0; })) {
        return fail(tr("the alerts did not load"));
    }
    alerts->setFilter(ui::AlertsPage::Filter::Last24Hours);
    ui::selectTableRow(alerts->view(), 0);
    alerts->view()->setFocus();
    return save(&main, QStringLiteral("alerts"));
}

ui::PatientsPage *ScreenshotTour::showPatients(ui::MainWindow &main, const QString &query)
{
    main.showSection(ui::Section::Patients);
    ui::PatientsPage *page = main.patientsPage();
    if (!page) {
        fail(tr("there is no Patients page"));
        return nullptr;
    }
    if (page->isShowingChart()) {
        page->backToList();
    }
    if (!waitUntil([page] { return page->hasSearched() && !page->isBusy(); })) {
        fail(tr("the patient list did not load"));
        return nullptr;
    }
    if (page->lastQuery() != query) {
        page->search(query);
        if (!waitUntil([page, query] { return page->lastQuery() == query && !page->isBusy(); })) {
            fail(tr("the patient search did not finish"));
            return nullptr;
        }
    }
    return page;
}

ui::PatientChartPage *ScreenshotTour::openChart(ui::PatientsPage *page, const QString &query, const QString &mrn)
{
    page->search(query);
    if (!waitUntil([page, query] { return page->lastQuery() == query && !page->isBusy(); })) {
        fail(tr("the patient search did not finish"));
        return nullptr;
    }
    const int row = page->model()->rowOfMrn(mrn);
    if (row < 0) {
        fail(tr("the search “%1” does not find the patient").arg(query));
        return nullptr;
    }
    page->selectPatient(page->model()->patientAt(row)->id);
    page->view()->setFocus();
    page->openSelected();
    ui::PatientChartPage *chart = page->chartPage();
    if (!chart || !waitUntil([chart] { return chart->isLoaded() && !chart->isBusy(); })) {
        fail(tr("the chart did not open"));
        return nullptr;
    }
    return chart;
}

bool ScreenshotTour::tourDoctorRecords(ui::MainWindow &main)
{
    ui::PatientsPage *page = showPatients(main, QString());
    if (!page) {
        return false;
    }
    ui::PatientChartPage *chart = openChart(page, QStringLiteral("olv"), m_featuredMrn);
    if (!chart) {
        return false;
    }
    chart->showTab(ui::PatientChartPage::SummaryTab);
    if (!save(&main, QStringLiteral("chart-summary"))) {
        return false;
    }
    chart->showTab(ui::PatientChartPage::HistoryTab);
    chart->historyView()->setFocus();
    ui::selectTableRow(chart->historyView(), 0);
    if (!save(&main, QStringLiteral("chart-history"))) {
        return false;
    }
    chart->showTab(ui::PatientChartPage::PrescriptionsTab);
    QByteArray amended;
    for (const services::PrescriptionItem &item : chart->prescriptionModel()->items()) {
        if (item.current.version > 1) {
            amended = item.recordId;
        }
    }
    if (amended.isEmpty()) {
        return fail(tr("no amended prescription to show"));
    }
    chart->prescriptionView()->setFocus();
    chart->selectPrescription(amended);
    if (!save(&main, QStringLiteral("chart-prescriptions"))) {
        return false;
    }

    chart->newPrescription();
    auto *prescription = openDialog<ui::PrescriptionDialog>(chart);
    if (!prescription) {
        return fail(tr("the prescription dialog did not open"));
    }
    prescription->medicationEdit()->setText(QStringLiteral("Amlodipine"));
    prescription->strengthEdit()->setText(QStringLiteral("5 mg"));
    prescription->durationSpin()->setValue(28);
    prescription->quantitySpin()->setValue(28);
    prescription->refillsSpin()->setValue(2);
    prescription->instructionsEdit()->setText(QStringLiteral("in the evening"));
    fitToContents(prescription);
    prescription->instructionsEdit()->setFocus();
    if (!save(prescription, QStringLiteral("prescription-dialog"))) {
        return false;
    }
    prescription->reject();
    settle();

    chart->selectPrescription(amended);
    chart->prescriptionVersions();
    auto *versions = openDialog<ui::RecordHistoryDialog>(chart);
    if (!versions || !waitUntil([versions] { return !versions->isLoading(); })) {
        return fail(tr("the version history did not open"));
    }
    versions->resize(860, 700);
    versions->versionView()->setFocus();
    if (!save(versions, QStringLiteral("version-history"))) {
        return false;
    }
    versions->reject();
    settle();

    // Emergency access to the patient outside the clinic's default access.
    page->backToList();
    page->search(m_privateMrn);
    if (!waitUntil([page, this] { return page->lastQuery() == m_privateMrn && !page->isBusy(); })
        || page->model()->rowCount() != 1) {
        return fail(tr("the record number search did not find the patient"));
    }
    page->view()->setFocus();
    ui::selectTableRow(page->view(), 0);
    page->emergencyAccessForSelected();
    auto *emergency = openDialog<ui::EmergencyAccessDialog>(page);
    if (!emergency) {
        return fail(tr("the emergency access dialog did not open"));
    }
    emergency->reasonEdit()->setPlainText(QStringLiteral("Found unconscious in the waiting room; no relatives reachable"));
    fitToContents(emergency);
    if (!save(emergency, QStringLiteral("emergency-access"))) {
        return false;
    }
    emergency->acceptButton()->click();
    if (!waitUntil([page] {
            return page->isShowingChart() && page->chartPage()->isLoaded() && !page->chartPage()->isBusy()
                && page->chartPage()->chart()->viaBreakGlass;
        })) {
        return fail(tr("emergency access did not open the chart"));
    }
    page->chartPage()->showTab(ui::PatientChartPage::SummaryTab);
    if (!save(&main, QStringLiteral("chart-emergency"))) {
        return false;
    }
    page->backToList();
    return true;
}

bool ScreenshotTour::tourAdminRecords(ui::MainWindow &main)
{
    ui::PatientsPage *page = showPatients(main, QString());
    if (!page) {
        return false;
    }
    page->searchEdit()->setFocus();
    if (!save(&main, QStringLiteral("patients"))) {
        return false;
    }

    page->registerPatient();
    auto *registration = openDialog<ui::RegistrationDialog>(page);
    if (!registration) {
        return fail(tr("the registration dialog did not open"));
    }
    registration->givenNameEdit()->setText(QStringLiteral("Jeanne"));
    registration->familyNameEdit()->setText(QStringLiteral("Dupont"));
    registration->birthDateEdit()->setDate(QDate::currentDate().addYears(1));
    registration->sexCombo()->setCurrentIndex(registration->sexCombo()->findData(core::sexId(core::Sex::Female)));
    registration->phoneEdit()->setText(QStringLiteral("06 12 ab 34"));
    registration->emailEdit()->setText(QStringLiteral("jeanne.dupont@example.org"));
    registration->revealAll();
    fitToContents(registration);
    registration->phoneEdit()->setFocus();
    if (!save(registration, QStringLiteral("patient-register"))) {
        return false;
    }
    registration->reject();
    settle();

    ui::PatientChartPage *chart = openChart(page, QStringLiteral("olvast"), m_featuredMrn);
    if (!chart) {
        return false;
    }
    chart->showTab(ui::PatientChartPage::AccessTab);
    if (!waitUntil([chart] { return !chart->isBusy() && chart->grantModel()->rowCount() > 0; })) {
        return fail(tr("the access grants did not load"));
    }
    // An active grant selected, so that the revoked one shows greyed.
    chart->grantView()->setFocus();
    const QAbstractItemModel *grants = chart->grantView()->model();
    for (int row = 0; row < grants->rowCount(); ++row) {
        if (grants->index(row, 0).data(ui::GrantTableModel::ActiveRole).toBool()) {
            ui::selectTableRow(chart->grantView(), row);
            break;
        }
    }
    if (!save(&main, QStringLiteral("chart-access"))) {
        return false;
    }
    page->backToList();

    main.showSection(ui::Section::AuditLog);
    ui::AuditLogPage *audit = main.auditLogPage();
    if (!audit || !waitUntil([audit] { return !audit->isBusy() && audit->model()->rowCount() > 0; })) {
        return fail(tr("the audit log did not load"));
    }
    // The patient seen through emergency access: the refused look, the emergency access itself,
    // and what the doctor then read.
    audit->mrnEdit()->setText(m_privateMrn);
    audit->refresh();
    if (!waitUntil([audit] { return !audit->isBusy() && audit->model()->rowCount() > 0; })) {
        return fail(tr("the audit log did not filter"));
    }
    audit->view()->setFocus();
    return save(&main, QStringLiteral("audit-log"));
}

bool ScreenshotTour::tourKiosk(services::Workstation &workstation, ui::ServiceRunner &runner, ui::LoginWindow &login)
{
    const QString pin = QStringLiteral("480317");
    if (!signIn(login, QStringLiteral("admin"), kAdminPassword)) {
        return fail(tr("the administrator cannot sign in for the kiosk"));
    }
    login.hide();
    const auto found = workstation.patients().search(m_featuredMrn);
    if (!found.ok() || found->isEmpty()) {
        return fail(tr("the kiosk patient cannot be found: %1").arg(found.message()));
    }
    const services::PatientSummary patient = found->first();
    {
        ui::SetPinDialog dialog(runner, patient);
        dialog.show();
        if (!waitUntil([&dialog] { return !dialog.isLoading(); })) {
            return fail(tr("the PIN dialog did not load"));
        }
        dialog.pinEdit()->setText(pin);
        dialog.repeatEdit()->setText(pin);
        fitToContents(&dialog);
        if (!save(&dialog, QStringLiteral("kiosk-set-pin"))) {
            return false;
        }
    }
    runner.waitForIdle();
    if (const auto set = workstation.kiosk().setPatientPin(patient.id, pin); !set.ok()) {
        return fail(set.message());
    }
    if (const auto entered = workstation.kiosk().enterKiosk(); !entered.ok()) {
        return fail(entered.message());
    }

    QString code;
    {
        ui::KioskOptions options;
        options.fullScreen = false; // the offscreen screen is small; a kiosk's is not
        options.idleTimeout = std::chrono::minutes(10);
        ui::KioskWindow kiosk(runner, {}, options);
        kiosk.start();
        kiosk.resize(1366, 860);
        ui::KioskLoginPage *welcome = kiosk.loginPage();
        welcome->mrnEdit()->setText(patient.mrn);
        welcome->pinEdit()->setFocus();
        welcome->pinEdit()->setText(pin.left(3));
        if (!save(&kiosk, QStringLiteral("kiosk-welcome"))) {
            return false;
        }
        welcome->pinEdit()->setText(pin);
        welcome->submit();
        ui::KioskHomePage *home = kiosk.homePage();
        if (!waitUntil([home] { return home->session().has_value() && !home->isBusy(); })) {
            return fail(tr("the patient cannot sign in at the kiosk"));
        }
        home->currentView()->setFocus();
        ui::selectTableRow(home->currentView(), 0);
        if (!waitUntil([home] { return home->document().has_value() && !home->isBusy(); })) {
            return fail(tr("the prescription page did not load"));
        }
        code = home->document()->verificationCode;
        if (!save(&kiosk, QStringLiteral("kiosk-prescriptions"))) {
            return false;
        }
        const QString page = fileName(QStringLiteral("kiosk-prescription-page"));
        if (!ui::PrescriptionPdf::preview(*home->document(), 1240).save(page, "PNG")) {
            return fail(tr("cannot write %1").arg(page));
        }
        m_written << page;

        home->showSection(ui::KioskHomePage::VitalsSection);
        if (!waitUntil([home] { return !home->isBusy() && home->vitalsModel()->rowCount() > 0; })) {
            return fail(tr("the kiosk vitals did not load"));
        }
        if (!save(&kiosk, QStringLiteral("kiosk-vitals"))) {
            return false;
        }
        home->showSection(ui::KioskHomePage::AccessSection);
        if (!waitUntil([home] { return !home->isBusy() && home->grantModel()->rowCount() > 0; })) {
            return fail(tr("the kiosk access list did not load"));
        }
        if (!save(&kiosk, QStringLiteral("kiosk-access"))) {
            return false;
        }
        home->showSection(ui::KioskHomePage::PinSection);
        if (!save(&kiosk, QStringLiteral("kiosk-pin"))) {
            return false;
        }
        home->showSection(ui::KioskHomePage::PrescriptionsSection);
        kiosk.idleWatcher()->setTimeout(std::chrono::milliseconds(13500), std::chrono::milliseconds(13000));
        kiosk.idleWatcher()->start();
        if (!waitUntil([&kiosk] { return kiosk.countdownBanner()->isVisible(); })) {
            return fail(tr("the idle countdown did not show"));
        }
        if (!save(&kiosk, QStringLiteral("kiosk-countdown"))) {
            return false;
        }
        kiosk.signOutPatient();
        runner.waitForIdle();

        // Five wrong PINs: the record number waits.
        for (int attempt = 0; attempt < 5; ++attempt) {
            welcome->reset();
            welcome->mrnEdit()->setText(patient.mrn);
            welcome->pinEdit()->setText(QStringLiteral("000111"));
            welcome->submit();
            if (!waitUntil([welcome] { return !welcome->isBusy(); })) {
                return fail(tr("a kiosk sign-in took too long"));
            }
        }
        kiosk.idleWatcher()->stop();
        if (!save(&kiosk, QStringLiteral("kiosk-locked"))) {
            return false;
        }
        welcome->reset();
        kiosk.hide();
        runner.waitForIdle();
    }
    if (const auto left = workstation.kiosk().leaveKiosk(QStringLiteral("admin"), kAdminPassword); !left.ok()) {
        return fail(left.message());
    }

    // A doctor checks the printed code.
    if (!signIn(login, QStringLiteral("doctor"), kChangedPassword)) {
        return fail(tr("the doctor cannot sign in to check a code"));
    }
    login.hide();
    {
        ui::VerifyCodeDialog dialog(runner);
        dialog.show();
        dialog.codeEdit()->setText(ui::PrescriptionPdf::groupedCode(code));
        bool checked = false;
        QObject::connect(&dialog, &ui::VerifyCodeDialog::checked, &dialog, [&checked] { checked = true; });
        dialog.acceptButton()->click();
        if (!waitUntil([&] { return checked || !dialog.isBusy(); }) || !dialog.lastCheck()) {
            return fail(tr("the code check did not finish"));
        }
        fitToContents(&dialog);
        if (!save(&dialog, QStringLiteral("verify-code"))) {
            return false;
        }
    }
    runner.waitForIdle();
    workstation.logout();
    return true;
}

int ScreenshotTour::run()
{
    if (!QDir().mkpath(m_outputDir)) {
        fail(tr("cannot create the folder %1").arg(m_outputDir));
        return 1;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        fail(tr("cannot create a temporary folder: %1").arg(scratch.errorString()));
        return 1;
    }
    if (!tour(scratch.filePath(QStringLiteral("clinic")))) {
        return 1;
    }
    for (const QString &path : std::as_const(m_written)) {
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    }
    return 0;
}

bool ScreenshotTour::tour(const QString &clinicDir)
{
    services::WorkstationOptions options;
    options.kdfCost = 1u << 10;
    options.sealInterval = std::chrono::milliseconds(0); // blocks are sealed where the tour says
    if (const auto init = services::Workstation::initialize(clinicDir, QStringLiteral("admin"),
                                                            QStringLiteral("Amira Haddad"), kAdminPassword, options);
        !init.ok()) {
        return fail(init.message());
    }
    services::Workstation workstation(clinicDir, options);
    ui::ServiceRunner runner(workstation);

    ui::LoginWindow login(runner);
    login.resize(460, 580);
    login.show();
    if (!save(&login, QStringLiteral("login"))) {
        return false;
    }

    // Administrator: a small staff list, one account disabled.
    if (!signIn(login, QStringLiteral("admin"), kAdminPassword)) {
        return fail(tr("the administrator cannot sign in"));
    }
    login.hide();
    const auto admin = workstation.currentUser();
    if (!admin) {
        return fail(tr("no administrator session"));
    }
    struct NewStaff {
        const char *username;
        const char *name;
        Role role;
        bool disabled;
    };
    const NewStaff staff[] = {
        {"doctor", "Dr. Claire Martin", Role::Doctor, false},
        {"nurse", "Piotr Kowalski", Role::Nurse, false},
        {"jdupont", "Dr. Jeanne Dupont", Role::Doctor, false},
        {"lbernard", "Léa Bernard", Role::Nurse, false},
        {"okhalil", "Dr. Omar Khalil", Role::Doctor, true},
    };
    qint64 disabledId = 0;
    qint64 resetId = 0;
    for (const NewStaff &s : staff) {
        const auto created = workstation.staff().create(QString::fromUtf8(s.username), QString::fromUtf8(s.name),
                                                        s.role, kStaffPassword);
        if (!created.ok()) {
            return fail(created.message());
        }
        if (s.disabled) {
            disabledId = created->id;
            if (const auto disabled = workstation.staff().disable(disabledId); !disabled.ok()) {
                return fail(disabled.message());
            }
        }
        if (QLatin1String(s.username) == QLatin1String("jdupont")) {
            resetId = created->id;
        }
        // Each account's key registration goes on the chain: a few blocks for the Ledger page.
        if (QLatin1String(s.username) != QLatin1String("doctor")) {
            if (const auto sealed = workstation.sealNow(); !sealed.ok()) {
                return fail(sealed.message());
            }
        }
    }

    {
        ui::MainWindow main(runner, *admin);
        main.resize(1180, 720);
        main.show();
        ui::StaffAdminPage *page = main.staffAdminPage();
        if (!page || !waitUntil([&] { return !page->isBusy() && page->model()->rowCount() > 0; })) {
            return fail(tr("the staff accounts did not load"));
        }
        if (!save(&main, QStringLiteral("main-admin"))) {
            return false;
        }

        const int row = page->model()->rowOfId(disabledId);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(page->view()->model());
        page->view()->selectionModel()->setCurrentIndex(proxy->mapFromSource(page->model()->index(row, 0)),
                                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        page->view()->setFocus();
        if (!save(&main, QStringLiteral("staff-accounts"))) {
            return false;
        }

        page->newAccount();
        auto *newAccount = page->findChild<ui::NewAccountDialog *>();
        if (!newAccount) {
            return fail(tr("the new-account dialog did not open"));
        }
        newAccount->usernameEdit()->setText(QStringLiteral("mokafor"));
        newAccount->displayNameEdit()->setText(QStringLiteral("Mei Okafor"));
        newAccount->roleCombo()->setCurrentIndex(newAccount->roleCombo()->findData(services::roleId(Role::Nurse)));
        newAccount->passwordEdit()->setText(QStringLiteral("welcome-to-the-ward"));
        newAccount->repeatEdit()->setText(QStringLiteral("welcome-to-the-wart"));
        newAccount->adjustSize();
        if (!save(newAccount, QStringLiteral("new-account"))) {
            return false;
        }
        newAccount->reject();
        settle();

        page->enableSelected();
        auto *enable = page->findChild<ui::TemporaryPasswordDialog *>();
        if (!enable) {
            return fail(tr("the enable-account dialog did not open"));
        }
        enable->adjustSize();
        if (!save(enable, QStringLiteral("enable-account"))) {
            return false;
        }
        enable->reject();
        settle();

        // The Ledger: one more key registration waits for the next block.
        runner.waitForIdle();
        if (const auto reset = workstation.staff().resetPassword(resetId, QStringLiteral("another temporary phrase"));
            !reset.ok()) {
            return fail(reset.message());
        }
        if (!tourLedger(main)) {
            return false;
        }
        main.hide();
        runner.waitForIdle();
        if (!prepareRecords(workstation) || !prepareDevices(workstation)) {
            return false;
        }
    }
    workstation.logout();

    // Doctor: first sign-in with the temporary password asks for a new one.
    if (!signIn(login, QStringLiteral("doctor"), kStaffPassword)) {
        return fail(tr("the doctor cannot sign in"));
    }
    const auto doctor = workstation.currentUser();
    {
        ui::ChangePasswordDialog change(runner, doctor && doctor->mustChangePassword);
        change.currentEdit()->setText(kStaffPassword);
        change.show();
        change.adjustSize();
        change.newEdit()->setFocus();
        if (!save(&change, QStringLiteral("change-password"))) {
            return false;
        }
    }
    if (const auto changed = workstation.changeOwnPassword(kStaffPassword, kChangedPassword); !changed.ok()) {
        return fail(changed.message());
    }
    if (!prepareDoctorRecords(workstation) || !prepareVitals(workstation)) {
        return false;
    }
    {
        ui::MainWindow main(runner, *workstation.currentUser());
        main.resize(1180, 720);
        main.show();
        if (!showPatients(main, QString()) || !save(&main, QStringLiteral("main-doctor"))) {
            return false;
        }
        main.resize(1180, 760);
        if (!tourDoctorRecords(main) || !tourVitals(main)) {
            return false;
        }
        if (!tourVitalsTrend(main) || !tourAlertLimits(main)) {
            return false;
        }
        main.hide();
        runner.waitForIdle();
    }
    workstation.logout();

    if (!signIn(login, QStringLiteral("nurse"), kStaffPassword)) {
        return fail(tr("the nurse cannot sign in"));
    }
    // The nurse's first screen reads patient data: only with a password of their own.
    if (const auto changed = workstation.changeOwnPassword(kStaffPassword, kChangedPassword); !changed.ok()) {
        return fail(changed.message());
    }
    {
        ui::MainWindow main(runner, *workstation.currentUser());
        main.resize(1180, 720);
        main.show();
        ui::LiveVitalsPage *ward = main.liveVitalsPage();
        if (!ward || !waitUntil([ward] { return ward->hasLoaded() && !ward->isBusy(); })) {
            return fail(tr("the nurse's ward did not load"));
        }
        if (!save(&main, QStringLiteral("main-nurse"))) {
            return false;
        }
    }
    workstation.logout();

    // The administrator again: the patient list, registration, access grants, the audit log
    // with the emergency access the doctor just used.
    if (!signIn(login, QStringLiteral("admin"), kAdminPassword)) {
        return fail(tr("the administrator cannot sign in again"));
    }
    login.hide();
    {
        ui::MainWindow main(runner, *workstation.currentUser());
        main.resize(1180, 760);
        main.show();
        if (!tourAdminRecords(main)) {
            return false;
        }
        if (!tourDevices(main, workstation, runner)) {
            return false;
        }
        main.hide();
        runner.waitForIdle();
    }
    workstation.logout();

    if (!tourKiosk(workstation, runner, login)) {
        return false;
    }

    // Wrong password, then enough of them to lock the account.
    login.show();
    if (signIn(login, QStringLiteral("doctor"), QStringLiteral("not-my-password"))) {
        return fail(tr("a wrong password was accepted"));
    }
    login.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setFocus();
    if (!save(&login, QStringLiteral("login-error"))) {
        return false;
    }
    for (int attempt = 0; attempt < 12; ++attempt) {
        signIn(login, QStringLiteral("doctor"), QStringLiteral("still-not-my-password"));
        if (!workstation.lockedUntil(QStringLiteral("doctor")).isValid()) {
            continue;
        }
        return save(&login, QStringLiteral("login-locked"));
    }
    return fail(tr("the account did not lock after repeated wrong passwords"));
}

} // namespace careledger::app
