#pragma once

#include "services/AuditService.h"
#include "services/ChartService.h"
#include "services/ConsentService.h"

#include <QWidget>

#include <optional>

class QAction;
class QFormLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace careledger::ui {

class AuditTableModel;
class GrantTableModel;
class HistoryTableModel;
class MessageLabel;
class PrescriptionTableModel;
class ServiceRunner;
class VitalTrendPanel;

// One patient's chart: a header (name, MRN, age, sex), a red banner while it is seen
// through emergency access, and tabs for the summary, problem list, prescriptions, access
// grants and audit trail. Tabs and buttons a role cannot use are not shown (decided with
// core::decideAccess; the services refuse anyway). Access and audit load when first shown.
class PatientChartPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { SummaryTab, HistoryTab, PrescriptionsTab, AccessTab, AuditTab, VitalsTab };

    PatientChartPage(ServiceRunner &runner, services::StaffAccount user, services::Clock clock,
                     services::PatientId patient, QWidget *parent = nullptr);

    const services::PatientId &patientId() const { return m_patientId; }
    const std::optional<services::PatientChart> &chart() const { return m_chart; }
    core::ConsentBasis basis() const { return m_basis; }
    bool isBusy() const { return m_busy > 0; }
    bool isLoaded() const { return m_chart.has_value(); }
    QString messageText() const;

    QTabWidget *tabs() const { return m_tabs; }
    bool isTabShown(Tab tab) const;
    void showTab(Tab tab);
    QLabel *emergencyBanner() const { return m_banner; }
    QLabel *titleLabel() const { return m_title; }
    HistoryTableModel *historyModel() const { return m_historyModel; }
    PrescriptionTableModel *prescriptionModel() const { return m_prescriptionModel; }
    GrantTableModel *grantModel() const { return m_grantModel; }
    AuditTableModel *auditModel() const { return m_auditModel; }
    QTableView *historyView() const { return m_historyView; }
    QTableView *prescriptionView() const { return m_prescriptionView; }
    QTableView *grantView() const { return m_grantView; }
    QTableView *auditView() const { return m_auditView; }
    VitalTrendPanel *vitalsPanel() const { return m_vitalsPanel; }

    void selectHistory(const QByteArray &recordId);
    void selectPrescription(const QByteArray &recordId);

public Q_SLOTS:
    void reload();
    void editDemographics();
    void demographicsVersions();
    void addHistory();
    void editHistory();
    void historyVersions();
    void newPrescription();
    void amendPrescription();
    void completePrescription();
    void stopPrescription();
    void prescriptionVersions();
    void grantToStaff();
    void grantToClinic();
    void revokeGrant();
    void loadAccess();
    void loadAudit();
    void exportFhir();
    void exportFhirTo(const QString &path);

Q_SIGNALS:
    void backRequested();
    void loaded();
    void accessLoaded();
    void auditLoaded();
    void exported(const QString &path);
    // The summary changed (demographics edited): the patient list shows old names until refreshed.
    void patientChanged();

private:
    QWidget *makeHeader();
    QWidget *makeSummaryTab();
    QWidget *makeHistoryTab();
    QWidget *makePrescriptionsTab();
    QWidget *makeAccessTab();
    QWidget *makeAuditTab();
    QWidget *makeVitalsTab();
    QAction *makeAction(const QString &text, void (PatientChartPage::*slot)());
    void reloadThen(const QString &success, const QByteArray &selectRecord = {});
    void showChart();
    void updateActions();
    void setBusy(bool busy);
    void setPrescriptionStatus(core::PrescriptionStatus status);
    std::optional<services::HistoryItem> selectedHistory() const;
    std::optional<services::PrescriptionItem> selectedPrescription() const;
    std::optional<services::AccessGrant> selectedGrant() const;
    bool may(core::PatientAction action) const;
    void setTabShown(Tab tab, bool shown);

    ServiceRunner &m_runner;
    services::StaffAccount m_user;
    services::Clock m_clock;
    services::PatientId m_patientId;
    std::optional<services::PatientChart> m_chart;
    core::ConsentBasis m_basis = core::ConsentBasis::None;
    int m_busy = 0;
    bool m_accessLoaded = false;
    bool m_auditLoaded = false;
    bool m_vitalsLoaded = false;

    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_banner = nullptr;
    QTimer *m_bannerTimer = nullptr;
    MessageLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QWidget *> m_tabPages;

    QFormLayout *m_summaryForm = nullptr;
    QList<QLabel *> m_summaryValues;
    QLabel *m_summaryVersion = nullptr;
    QWidget *m_glance = nullptr;
    QLabel *m_glanceProblems = nullptr;
    QLabel *m_glancePrescriptions = nullptr;
    QLabel *m_noBreakGlass = nullptr;

    HistoryTableModel *m_historyModel = nullptr;
    QSortFilterProxyModel *m_historyProxy = nullptr;
    QTableView *m_historyView = nullptr;
    PrescriptionTableModel *m_prescriptionModel = nullptr;
    QSortFilterProxyModel *m_prescriptionProxy = nullptr;
    QTableView *m_prescriptionView = nullptr;
    GrantTableModel *m_grantModel = nullptr;
    QSortFilterProxyModel *m_grantProxy = nullptr;
    QTableView *m_grantView = nullptr;
    QStandardItemModel *m_breakGlassModel = nullptr;
    QTableView *m_breakGlassView = nullptr;
    AuditTableModel *m_auditModel = nullptr;
    QSortFilterProxyModel *m_auditProxy = nullptr;
    QTableView *m_auditView = nullptr;
    VitalTrendPanel *m_vitalsPanel = nullptr;

    QAction *m_backAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_editDemographicsAction = nullptr;
    QAction *m_demographicsVersionsAction = nullptr;
    QAction *m_addHistoryAction = nullptr;
    QAction *m_editHistoryAction = nullptr;
    QAction *m_historyVersionsAction = nullptr;
    QAction *m_newPrescriptionAction = nullptr;
    QAction *m_amendAction = nullptr;
    QAction *m_completeAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_prescriptionVersionsAction = nullptr;
    QAction *m_grantStaffAction = nullptr;
    QAction *m_grantClinicAction = nullptr;
    QAction *m_revokeAction = nullptr;
    QAction *m_auditRefreshAction = nullptr;
};

} // namespace careledger::ui
