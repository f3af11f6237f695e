#pragma once

#include "services/ServiceTypes.h"
#include "ui/Sections.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace careledger::ui {

class AlertNotifier;
class AlertsPage;
class AuditLogPage;
class DevicesPage;
class LiveVitalsPage;
class ServiceRunner;
class LedgerPage;
class PatientsPage;
class StaffAdminPage;

// The signed-in workstation: a navigation list with the sections of the user's role and
// one page per section. Destroyed on sign-out, so no view outlives its session.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `clock` is the workstation's (tests move it by hand): dates typed in forms are checked
    // against the same "today" as the services check them.
    MainWindow(ServiceRunner &runner, services::StaffAccount user, services::Clock clock = {},
               QWidget *parent = nullptr);

    const services::StaffAccount &user() const { return m_user; }
    QString roleText() const;
    QList<Section> sections() const { return m_sections; }
    QStringList sectionTitles() const;
    void showSection(Section section);
    Section currentSection() const;
    StaffAdminPage *staffAdminPage() const { return m_staffPage; }
    LedgerPage *ledgerPage() const { return m_ledgerPage; }
    PatientsPage *patientsPage() const { return m_patientsPage; }
    AuditLogPage *auditLogPage() const { return m_auditLogPage; }
    DevicesPage *devicesPage() const { return m_devicesPage; }
    LiveVitalsPage *liveVitalsPage() const { return m_liveVitalsPage; }
    AlertsPage *alertsPage() const { return m_alertsPage; }
    AlertNotifier *alertNotifier() const { return m_alertNotifier; }
    QListWidget *navigation() const { return m_navigation; }

public Q_SLOTS:
    void changePassword();

Q_SIGNALS:
    void signOutRequested();
    void quitRequested();
    void kioskRequested(); // an administrator opens the patient kiosk (ends this session)

private:
    QWidget *makeHeader();
    void makeMenus();
    QWidget *makePage(Section section);
    void showAlertCount(int waiting);

    ServiceRunner &m_runner;
    services::StaffAccount m_user;
    services::Clock m_clock;
    QList<Section> m_sections;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    StaffAdminPage *m_staffPage = nullptr;
    LedgerPage *m_ledgerPage = nullptr;
    PatientsPage *m_patientsPage = nullptr;
    AuditLogPage *m_auditLogPage = nullptr;
    DevicesPage *m_devicesPage = nullptr;
    LiveVitalsPage *m_liveVitalsPage = nullptr;
    AlertsPage *m_alertsPage = nullptr;
    AlertNotifier *m_alertNotifier = nullptr;
};

} // namespace careledger::ui
