#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace careledger::services {
class Workstation;
}

namespace careledger::ui {
class LoginWindow;
class MainWindow;
class PatientChartPage;
class PatientsPage;
class ServiceRunner;
}

namespace careledger::app {

// --screenshots: renders every screen that exists to PNG, offscreen, against a throw-away
// clinic (cheap scrypt cost) so it runs anywhere in seconds and never touches real data.
class ScreenshotTour {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)
public:
    ScreenshotTour(QString outputDir, QString language);

    int run(); // process exit code

private:
    bool tour(const QString &clinicDir);
    bool tourLedger(ui::MainWindow &main);
    // Clinical records: the imported demo patients, one patient outside the clinic's default
    // access, grants, a prescription amended once.
    bool prepareRecords(services::Workstation &workstation);
    bool prepareDoctorRecords(services::Workstation &workstation);
    bool tourDoctorRecords(ui::MainWindow &main);
    bool tourAdminRecords(ui::MainWindow &main);
    // Devices: one registered and paired through the dialogs, its key shown once, the list
    // with the gateway panel (administrator). The Vitals tab with a week of readings (doctor).
    bool tourDevices(ui::MainWindow &main, services::Workstation &workstation, ui::ServiceRunner &runner);
    bool tourVitalsTrend(ui::MainWindow &main);
    bool tourAlertLimits(ui::MainWindow &main); // the alert limits dialog on the Vitals tab (doctor)
    // Live vitals: two monitors paired with imported patients (administrator), a few minutes
    // of readings in which one patient deteriorates, one technical alert acknowledged (doctor).
    bool prepareDevices(services::Workstation &workstation);
    bool prepareVitals(services::Workstation &workstation);
    bool tourVitals(ui::MainWindow &main);
    ui::PatientsPage *showPatients(ui::MainWindow &main, const QString &query);
    ui::PatientChartPage *openChart(ui::PatientsPage *page, const QString &query, const QString &mrn);
    // The patient kiosk (welcome, a patient's screens, the idle countdown, the printed page)
    // and the staff side of it (PIN, code check). Leaves the workstation signed out.
    bool tourKiosk(services::Workstation &workstation, ui::ServiceRunner &runner, ui::LoginWindow &login);
    bool save(QWidget *widget, const QString &name);
    QString fileName(const QString &name) const;
    bool signIn(ui::LoginWindow &login, const QString &username, const QString &password);
    bool fail(const QString &what);

    QString m_outputDir;
    QString m_featuredMrn; // the imported patient the chart screenshots show
    QString m_privateMrn;  // registered without the clinic's default access
    QString m_language;
    QStringList m_monitors;  // device ids: the deteriorating patient's first
    QByteArray m_stableId;   // the patient whose monitor's temperature probe comes off
    QStringList m_written;
};

} // namespace careledger::app
