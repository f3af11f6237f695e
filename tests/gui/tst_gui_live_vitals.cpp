// Live vitals and alerts through the widgets: readings of a paired patient reach the ward
// table and the live panel, a flagged value colours its tile, a nurse acknowledges an alert
// with the Alerts page's button, and an administrator sees neither section.

#include "RecordsTestSupport.h"

#include "services/DeviceService.h"
#include "services/VitalsService.h"
#include "ui/AlertNotifier.h"
#include "ui/AlertTableModel.h"
#include "ui/AlertsPage.h"
#include "ui/LiveVitalsPage.h"
#include "ui/VitalTileWidget.h"
#include "ui/WardTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QStatusBar>

using namespace careledger;
using namespace careledger::gui_testing;

class TestGuiLiveVitals : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyWardSaysHowToStart();
    void administratorHasNoVitalsSections();
    void readingsReachTheWardAndThePanel();
    void flaggedValueColoursItsTile();
    void nurseAcknowledgesAnAlert();
    void everyControlHasAnAccessibleName();

private:
    void ingest(const QList<sensors::VitalValue> &values);
    ui::LiveVitalsPage *liveVitals();
    ui::AlertsPage *alerts();
    int wardRowOf(ui::LiveVitalsPage *page, const QString &mrn);

    RecordsClinic m_clinic;
    services::PatientSummary m_patient;
    services::PatientSummary m_other;
    QString m_device;
    quint64 m_sequence = 0;
};

void TestGuiLiveVitals::initTestCase()
{
    QVERIFY(m_clinic.create());
    const auto patient = m_clinic.registerPatient(
        person(QStringLiteral("Aurelie"), QStringLiteral("Fontanet"), QDate(1949, 9, 14), core::Sex::Female));
    const auto other = m_clinic.registerPatient(
        person(QStringLiteral("Emil"), QStringLiteral("Varkonyi"), QDate(1943, 10, 3), core::Sex::Male));
    QVERIFY(patient && other);
    m_patient = *patient;
    m_other = *other;
    m_clinic.startGui();
}

void TestGuiLiveVitals::cleanupTestCase()
{
    m_clinic.stopGui();
}

ui::LiveVitalsPage *TestGuiLiveVitals::liveVitals()
{
    ui::MainWindow *main = m_clinic.session().mainWindow();
    if (!main) {
        return nullptr;
    }
    main->showSection(ui::Section::LiveVitals);
    ui::LiveVitalsPage *page = main->liveVitalsPage();
    (void)QTest::qWaitFor([page] { return page && page->hasLoaded() && !page->isBusy(); }, 15000);
    return page;
}

ui::AlertsPage *TestGuiLiveVitals::alerts()
{
    ui::MainWindow *main = m_clinic.session().mainWindow();
    if (!main) {
        return nullptr;
    }
    main->showSection(ui::Section::Alerts);
    ui::AlertsPage *page = main->alertsPage();
    (void)QTest::qWaitFor([page] { return page && page->hasLoaded() && !page->isBusy(); }, 15000);
    return page;
}

int TestGuiLiveVitals::wardRowOf(ui::LiveVitalsPage *page, const QString &mrn)
{
    const QAbstractItemModel *shown = page->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, ui::WardTableModel::Mrn).data().toString() == mrn) {
            return row;
        }
    }
    return -1;
}

// One reading from the paired device, a second after the previous one by the workstation's
// clock (the service announces new readings at most ten times a second of that clock).
void TestGuiLiveVitals::ingest(const QList<sensors::VitalValue> &values)
{
    m_clinic.clock().advance(1);
    sensors::Reading reading;
    reading.deviceId = m_device;
    reading.sequence = ++m_sequence;
    reading.measuredAtMs = m_clinic.clock().msecs->load();
    reading.values = values;
    m_clinic.workstation().vitals().ingest(reading);
}

void TestGuiLiveVitals::emptyWardSaysHowToStart()
{
    QVERIFY(m_clinic.signIn(QStringLiteral("pkowalski"), kNursePassword));
    ui::LiveVitalsPage *page = liveVitals();
    QVERIFY(page);
    QVERIFY(page->isShowingEmptyState());
    QVERIFY(page->emptyStateText().contains(QStringLiteral("Pair a device")));
    QCOMPARE(page->model()->rowCount(), 0);
}

void TestGuiLiveVitals::administratorHasNoVitalsSections()
{
    ui::MainWindow *main = m_clinic.signIn(QStringLiteral("admin"), kAdminPassword);
    QVERIFY(main);
    QVERIFY(!main->sections().contains(ui::Section::LiveVitals));
    QVERIFY(!main->sections().contains(ui::Section::Alerts));
    QVERIFY(!main->liveVitalsPage());
    QVERIFY(!main->alertsPage());
    QVERIFY(!main->findChild<ui::LiveVitalsPage *>());

    // While signed in, the administrator pairs a monitor with the patient (through the services).
    m_clinic.runnerIdle();
    services::Workstation &ws = m_clinic.workstation();
    const auto registered = ws.devices().registerDevice(QStringLiteral("monitor"), QStringLiteral("BM-3"),
                                                        QStringLiteral("SN-0042"));
    QVERIFY2(registered.ok(), qPrintable(registered.message()));
    m_device = registered->deviceId;
    const QDateTime now = m_clinic.clock().clock()();
    const auto paired = ws.devices().pair(m_device, m_patient.id, now.addSecs(-60));
    QVERIFY2(paired.ok(), qPrintable(paired.message()));
}

void TestGuiLiveVitals::readingsReachTheWardAndThePanel()
{
    QVERIFY(!m_device.isEmpty());
    ui::MainWindow *main = m_clinic.signIn(QStringLiteral("pkowalski"), kNursePassword);
    QVERIFY(main);
    QVERIFY(main->sections().contains(ui::Section::LiveVitals));
    ui::LiveVitalsPage *page = liveVitals();
    QVERIFY(page);

    using P = sensors::VitalParameter;
    ingest({{P::HeartRate, sensors::ValueState::Measured, 88}, {P::SpO2, sensors::ValueState::Measured, 97},
            {P::RespirationRate, sensors::ValueState::Measured, 16},
            {P::BodyTemperature, sensors::ValueState::Measured, 37.2},
            {P::SystolicBp, sensors::ValueState::Measured, 124}, {P::DiastolicBp, sensors::ValueState::Measured, 78}});

    int row = -1;
    QVERIFY2(QTest::qWaitFor([&] {
                 row = wardRowOf(page, m_patient.mrn);
                 return row >= 0
                     && page->view()->model()->index(row, ui::WardTableModel::HeartRate).data().toString()
                            == QStringLiteral("88");
             }, 15000),
             "the reading did not reach the ward table");
    QVERIFY(!page->isShowingEmptyState());
    const QAbstractItemModel *shown = page->view()->model();
    QCOMPARE(shown->index(row, ui::WardTableModel::SpO2).data().toString(), QStringLiteral("97"));
    QCOMPARE(shown->index(row, ui::WardTableModel::BloodPressure).data().toString(), QStringLiteral("124/78"));
    QCOMPARE(shown->index(row, ui::WardTableModel::Link).data().toString(), QStringLiteral("Receiving"));
    QVERIFY(shown->index(row, ui::WardTableModel::Patient).data().toString().contains(QStringLiteral("Fontanet")));
    // The patient without a device is not on the ward.
    QCOMPARE(wardRowOf(page, m_other.mrn), -1);

    // The only monitored patient is selected: the panel shows their values.
    QCOMPARE(page->selectedPatient(), std::optional(m_patient.id));
    QVERIFY(page->panelTitle()->text().contains(m_patient.mrn));
    ui::VitalTileWidget *heart = page->tile(core::VitalSign::HeartRate);
    QVERIFY(heart);
    QCOMPARE(heart->valueText(), QStringLiteral("88"));
    QCOMPARE(heart->look(), ui::VitalTileWidget::Look::Normal);
    QCOMPARE(page->tile(core::VitalSign::Systolic)->valueText(), QStringLiteral("124/78"));
    QVERIFY(page->news2Label()->text().contains(QStringLiteral("NEWS2")));
    QVERIFY(page->deviceLabel()->text().contains(m_device));
}

void TestGuiLiveVitals::flaggedValueColoursItsTile()
{
    ui::LiveVitalsPage *page = liveVitals();
    QVERIFY(page);
    using P = sensors::VitalParameter;
    // SpO2 85 %: a NEWS2 red score, a high-priority flag at once, an alarm after its delay.
    ingest({{P::HeartRate, sensors::ValueState::Measured, 84}, {P::SpO2, sensors::ValueState::Measured, 85}});
    ui::VitalTileWidget *spo2 = page->tile(core::VitalSign::SpO2);
    QVERIFY(spo2);
    QVERIFY2(QTest::qWaitFor([&] { return spo2->valueText() == QStringLiteral("85"); }, 15000),
             qPrintable(spo2->valueText()));
    QCOMPARE(spo2->look(), ui::VitalTileWidget::Look::High);
    QVERIFY(spo2->isFlashing());
    QVERIFY2(spo2->ageText().contains(QStringLiteral("High")), qPrintable(spo2->ageText()));
    QCOMPARE(page->tile(core::VitalSign::HeartRate)->look(), ui::VitalTileWidget::Look::Normal);
    QVERIFY(!page->tile(core::VitalSign::HeartRate)->isFlashing());
    const int row = wardRowOf(page, m_patient.mrn);
    QVERIFY(row >= 0);
    QCOMPARE(page->view()->model()->index(row, ui::WardTableModel::SpO2).data(ui::WardTableModel::PriorityRole).toInt(),
             int(core::AlarmPriority::High));

    // The desaturation holds past SpO2's alarm delay.
    m_clinic.clock().advance(12);
    ingest({{P::HeartRate, sensors::ValueState::Measured, 86}, {P::SpO2, sensors::ValueState::Measured, 85}});
    m_clinic.workstation().vitals().advance();
    QVERIFY2(QTest::qWaitFor([&] {
                 return page->view()->model()->index(wardRowOf(page, m_patient.mrn), ui::WardTableModel::HighestAlert)
                            .data(ui::WardTableModel::PriorityRole)
                            .toInt()
                     == int(core::AlarmPriority::High);
             }, 15000),
             "no high alert on the ward");
}

void TestGuiLiveVitals::nurseAcknowledgesAnAlert()
{
    ui::MainWindow *main = m_clinic.session().mainWindow();
    QVERIFY(main);
    ui::AlertsPage *page = alerts();
    QVERIFY(page);
    QVERIFY2(QTest::qWaitFor([&] { return page->waitingCount() > 0 && page->model()->waitingCount() > 0; }, 15000),
             "the alert did not reach the Alerts page");
    QVERIFY(page->gatewayLabel()->text().contains(QStringLiteral("Gateway")));

    // The navigation counts the alerts waiting for acknowledgement.
    const int alertsRow = int(main->sections().indexOf(ui::Section::Alerts));
    QVERIFY2(main->navigation()->item(alertsRow)->text().contains(QStringLiteral("(")),
             qPrintable(main->navigation()->item(alertsRow)->text()));

    // The notification names the record number and the condition, never the patient.
    ui::AlertNotifier *notifier = main->alertNotifier();
    QVERIFY(notifier);
    QVERIFY(QTest::qWaitFor([&] { return notifier->notificationCount() > 0; }, 5000));
    QVERIFY(!notifier->lastNotification().contains(QStringLiteral("Fontanet")));
    QVERIFY2(notifier->lastNotification().contains(m_patient.mrn), qPrintable(notifier->lastNotification()));

    // Find the waiting high-priority SpO2 alert: red across its row.
    const QAbstractItemModel *shown = page->view()->model();
    int row = -1;
    for (int r = 0; r < shown->rowCount(); ++r) {
        const services::AlertInfo *a = page->model()->alertAt(page->model()->rowOf(
            shown->index(r, 0).data(ui::AlertTableModel::IdRole).toByteArray()));
        if (a && a->state == services::AlertState::Active && a->priority == core::AlarmPriority::High
            && a->mrn == m_patient.mrn) {
            row = r;
            break;
        }
    }
    QVERIFY(row >= 0);
    QVERIFY(shown->index(row, ui::AlertTableModel::Condition).data(Qt::BackgroundRole).isValid());
    const QByteArray id = shown->index(row, 0).data(ui::AlertTableModel::IdRole).toByteArray();

    QPushButton *acknowledge = button(page, "acknowledgeButton");
    QVERIFY(acknowledge);
    page->view()->setFocus();
    page->view()->clearSelection();
    QVERIFY(!acknowledge->isEnabled());
    page->selectAlert(id);
    QVERIFY(acknowledge->isEnabled());
    QTest::mouseClick(acknowledge, Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([&] {
                 const services::AlertInfo *a = page->model()->alertAt(page->model()->rowOf(id));
                 return !page->isBusy() && a && a->state != services::AlertState::Active;
             }, 15000),
             qPrintable(page->messageText()));
    const services::AlertInfo *a = page->model()->alertAt(page->model()->rowOf(id));
    QVERIFY(a);
    QCOMPARE(a->acknowledgedBy, QStringLiteral("Piotr Kowalski"));
    QVERIFY2(!page->messageText().contains(QStringLiteral("not acknowledged")), qPrintable(page->messageText()));

    // Every alert of the last day is still listed, the acknowledged one included.
    page->setFilter(ui::AlertsPage::Filter::Last24Hours);
    QVERIFY(page->view()->model()->rowCount() >= 1);
    page->selectAlert(id);
    QVERIFY(!acknowledge->isEnabled());
}

void TestGuiLiveVitals::everyControlHasAnAccessibleName()
{
    ui::LiveVitalsPage *ward = liveVitals();
    QVERIFY(ward);
    QVERIFY2(unnamedControls(ward).isEmpty(), qPrintable(unnamedControls(ward).join(QStringLiteral(", "))));
    // A tile is read out whole: sign, value and unit.
    QVERIFY2(ward->tile(core::VitalSign::SpO2)->accessibleName().contains(QStringLiteral("85")),
             qPrintable(ward->tile(core::VitalSign::SpO2)->accessibleName()));
    ui::AlertsPage *list = alerts();
    QVERIFY(list);
    QVERIFY2(unnamedControls(list).isEmpty(), qPrintable(unnamedControls(list).join(QStringLiteral(", "))));
}

QTEST_MAIN(TestGuiLiveVitals)
#include "tst_gui_live_vitals.moc"
