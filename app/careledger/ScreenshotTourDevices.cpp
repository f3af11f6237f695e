// Screenshot tour: the Devices page (administrator) and a patient's Vitals tab with a week
// of readings (doctor).

#include "ScreenshotTour.h"

#include "services/DeviceService.h"
#include "services/PatientService.h"
#include "services/VitalsService.h"
#include "services/Workstation.h"
#include "ui/AlertLimitsDialog.h"
#include "ui/DeviceDialogs.h"
#include "ui/DeviceTableModel.h"
#include "ui/DevicesPage.h"
#include "ui/MainWindow.h"
#include "ui/PatientChartPage.h"
#include "ui/PatientsPage.h"
#include "ui/ServiceRunner.h"
#include "ui/VitalTrendChart.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDeadlineTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QThread>

#include <cmath>
#include <numbers>
#include <random>

namespace careledger::app {

namespace {

template <typename Predicate>
bool waitFor(Predicate done, int timeoutMs = 20000)
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

template <typename Dialog>
Dialog *visibleDialog(QObject *parent)
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    for (Dialog *dialog : parent->findChildren<Dialog *>()) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

// A week at 1 Hz of a ward patient who had a febrile, tachycardic evening on the fourth day
// and a short desaturation one night: what a doctor reviews on the Vitals tab.
QList<services::VitalSeries> syntheticWeek(const QDateTime &end)
{
    constexpr qsizetype kPoints = 7 * 24 * 3600;
    const qint64 start = end.toMSecsSinceEpoch() - kPoints * 1000;
    std::mt19937 rng(2026);
    std::normal_distribution<double> noise(0.0, 1.0);
    struct Sign {
        core::VitalSign sign;
        double base, swing, sd;
        int every; // seconds between readings
    };
    const Sign signs[] = {{core::VitalSign::HeartRate, 72, 5, 1.5, 1},      {core::VitalSign::SpO2, 97.6, 0.5, 0.35, 1},
                          {core::VitalSign::RespirationRate, 15, 1.2, 0.4, 1}, {core::VitalSign::Temperature, 36.8, 0.25, 0.04, 60},
                          {core::VitalSign::Systolic, 126, 8, 3, 900},         {core::VitalSign::Diastolic, 78, 5, 2, 900},
                          {core::VitalSign::Glucose, 118, 22, 6, 4 * 3600}};
    QList<services::VitalSeries> out;
    for (const Sign &s : signs) {
        services::VitalSeries series;
        series.sign = s.sign;
        const double scale = std::pow(10.0, core::vitalSignDecimals(s.sign));
        for (qsizetype i = 0; i < kPoints; i += s.every) {
            const double day = double(i) / 86400.0;
            double v = s.base + s.swing * std::sin(2 * std::numbers::pi * (day - 0.3)) + s.sd * noise(rng);
            const bool fever = i >= 3 * 86400 + 64800 && i < 3 * 86400 + 64800 + 4 * 3600; // day 4, 18:00-22:00
            if (fever) {
                switch (s.sign) {
                case core::VitalSign::HeartRate: v += 38; break;
                case core::VitalSign::Temperature: v += 1.9; break;
                case core::VitalSign::RespirationRate: v += 7; break;
                default: break;
                }
            }
            if (s.sign == core::VitalSign::SpO2 && i >= 5 * 86400 + 10800 && i < 5 * 86400 + 10800 + 420) {
                v -= 6; // seven minutes at night, day 6
            }
            if (s.sign == core::VitalSign::SpO2) {
                v = std::min(v, 100.0);
            }
            series.timesMs << start + i * 1000;
            series.values << std::round(v * scale) / scale;
        }
        out << series;
    }
    return out;
}

} // namespace

bool ScreenshotTour::tourDevices(ui::MainWindow &main, services::Workstation &workstation, ui::ServiceRunner &runner)
{
    main.showSection(ui::Section::Devices);
    ui::DevicesPage *page = main.devicesPage();
    if (!page || !waitFor([page] { return !page->isBusy(); })) {
        return fail(tr("the Devices page did not load"));
    }

    // A pulse oximeter registered through the dialog: its key shown once.
    page->registerDevice();
    auto *registration = visibleDialog<ui::RegisterDeviceDialog>(page);
    if (!registration) {
        return fail(tr("the device registration dialog did not open"));
    }
    registration->typeCombo()->setCurrentIndex(registration->typeCombo()->findData(QStringLiteral("pulse-oximeter")));
    registration->modelEdit()->setText(QStringLiteral("Nonin 3231"));
    registration->serialEdit()->setText(QStringLiteral("502-118734"));
    registration->acceptButton()->click();
    ui::DeviceKeyDialog *key = nullptr;
    if (!waitFor([&] { return (key = visibleDialog<ui::DeviceKeyDialog>(page)) != nullptr; })) {
        return fail(tr("the device key was not shown"));
    }
    key->resize(key->sizeHint().expandedTo(key->minimumSizeHint()));
    if (!save(key, QStringLiteral("device-key"))) {
        return false;
    }
    const QString oximeter = key->deviceIdEdit()->text();
    key->accept();
    if (!waitFor([page, oximeter] { return !page->isBusy() && page->model()->rowOfDevice(oximeter) >= 0; })) {
        return fail(tr("the new device is not listed"));
    }

    // Paired with the featured patient through the dialog.
    page->selectDevice(oximeter);
    page->pairSelected();
    auto *pair = visibleDialog<ui::PairDeviceDialog>(page);
    if (!pair) {
        return fail(tr("the pairing dialog did not open"));
    }
    pair->searchEdit()->setText(m_featuredMrn);
    pair->search();
    if (!waitFor([pair] { return !pair->isSearching() && pair->patientList()->count() > 0; })) {
        return fail(tr("the pairing dialog did not find the patient"));
    }
    pair->patientList()->setCurrentRow(0);
    pair->resize(pair->sizeHint().expandedTo(pair->minimumSizeHint()));
    if (!save(pair, QStringLiteral("device-pair"))) {
        return false;
    }
    pair->acceptButton()->click();
    if (!waitFor([page, oximeter] {
            const auto device = page->model()->deviceAt(page->model()->rowOfDevice(oximeter));
            return !page->isBusy() && device && device->current.has_value();
        })) {
        return fail(tr("the device was not paired"));
    }

    // Two more devices, one of them waiting on the shelf, for a list that looks like a ward's.
    runner.waitForIdle();
    if (const auto thermometer = workstation.devices().registerDevice(QStringLiteral("thermometer"),
                                                                      QStringLiteral("Welch Allyn SureTemp 692"),
                                                                      QStringLiteral("WA692-20417"));
        !thermometer.ok()) {
        return fail(thermometer.message());
    }
    if (const auto cuff = workstation.devices().registerDevice(QStringLiteral("bp-cuff"), QStringLiteral("Omron HBP-1320"),
                                                               QStringLiteral("HBP1320-0093"));
        !cuff.ok()) {
        return fail(cuff.message());
    }
    page->refresh();
    if (!waitFor([page] { return !page->isBusy() && page->model()->rowCount() >= 3; })) {
        return fail(tr("the device list did not refresh"));
    }
    page->selectDevice(oximeter);
    page->view()->setFocus();
    // The gateway panel with its last counters.
    page->refreshGatewayStatus();
    waitFor([] { return false; }, 300);
    return save(&main, QStringLiteral("devices"));
}

bool ScreenshotTour::tourVitalsTrend(ui::MainWindow &main)
{
    ui::PatientsPage *page = showPatients(main, QString());
    if (!page) {
        return false;
    }
    ui::PatientChartPage *chart = openChart(page, m_featuredMrn, m_featuredMrn);
    if (!chart) {
        return false;
    }
    if (!chart->isTabShown(ui::PatientChartPage::VitalsTab)) {
        return fail(tr("the doctor has no Vitals tab"));
    }
    chart->showTab(ui::PatientChartPage::VitalsTab);
    ui::VitalTrendPanel *panel = chart->vitalsPanel();
    if (!waitFor([panel] { return !panel->isBusy(); })) {
        return fail(tr("the vital-sign trends did not load"));
    }
    // The tour's clinic has no week of stored readings: the panel draws a generated week the
    // same way it draws the service's.
    bool updated = false;
    const auto connection = QObject::connect(panel, &ui::VitalTrendPanel::updated, panel, [&] { updated = true; });
    panel->showSeries(syntheticWeek(panel->to().isValid() ? panel->to() : QDateTime::currentDateTimeUtc()),
                      panel->to().isValid() ? panel->from() : QDateTime::currentDateTimeUtc().addDays(-7),
                      panel->to().isValid() ? panel->to() : QDateTime::currentDateTimeUtc());
    const bool drawn = waitFor([&] { return updated; }, 60000);
    QObject::disconnect(connection);
    if (!drawn) {
        return fail(tr("the vital-sign charts were not drawn"));
    }
    const QSize before = main.size();
    main.resize(1180, 1560); // the six charts without scrolling
    const bool saved = save(&main, QStringLiteral("chart-vitals"));
    main.resize(before);
    page->backToList();
    return saved;
}

bool ScreenshotTour::tourAlertLimits(ui::MainWindow &main)
{
    ui::PatientsPage *page = showPatients(main, QString());
    if (!page) {
        return false;
    }
    ui::PatientChartPage *chart = openChart(page, m_featuredMrn, m_featuredMrn);
    if (!chart) {
        return false;
    }
    chart->showTab(ui::PatientChartPage::VitalsTab);
    ui::VitalTrendPanel *panel = chart->vitalsPanel();
    panel->reload();
    if (!waitFor([panel] { return !panel->isBusy() && panel->limitsButton()->isEnabled(); })) {
        return fail(tr("the alert settings did not load"));
    }
    panel->limitsButton()->click();
    auto *dialog = visibleDialog<ui::AlertLimitsDialog>(panel);
    if (!dialog) {
        return fail(tr("the alert limits dialog did not open"));
    }
    // A doctor's typical entry, shown before it is saved: a tachycardia limit and a reason.
    dialog->ownLimitsBox(core::VitalSign::HeartRate)->setChecked(true);
    dialog->lowBox(core::VitalSign::HeartRate)->setValue(45);
    dialog->highBox(core::VitalSign::HeartRate)->setValue(110);
    dialog->reasonEdit()->setText(tr("Resting heart rate of 100-105 /min is usual for this patient"));
    dialog->resize(dialog->sizeHint().expandedTo(dialog->minimumSizeHint()));
    const bool saved = save(dialog, QStringLiteral("alert-limits"));
    dialog->reject();
    page->backToList();
    return saved;
}

} // namespace careledger::app
