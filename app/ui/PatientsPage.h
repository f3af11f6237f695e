#pragma once

#include "services/PatientService.h"

#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace careledger::ui {

class MessageLabel;
class PatientChartPage;
class PatientTableModel;
class ServiceRunner;

// The Patients section: a search by name prefix or MRN (as you type, through the worker
// thread), the matching patients, and the chart of the one opened, which replaces the list
// until "Back to patients". Administrators register patients here; doctors start emergency
// access to a patient found by exact MRN without a grant.
class PatientsPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 250;

    PatientsPage(ServiceRunner &runner, services::StaffAccount user, services::Clock clock, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    PatientTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    PatientChartPage *chartPage() const { return m_chart; }
    QCheckBox *clinicDefaultCheck() const { return m_clinicDefault; }
    bool isBusy() const { return m_searching || m_busy; }
    bool isShowingChart() const;
    QString messageText() const;
    QString lastQuery() const { return m_lastQuery; }
    bool hasSearched() const { return m_searchedOnce; }
    std::optional<services::PatientSummary> selectedPatient() const;
    void selectPatient(const services::PatientId &id);

public Q_SLOTS:
    // Runs the search for `query` now (the search field shows it).
    void search(const QString &query);
    void refresh();
    void registerPatient();
    void openSelected();
    void openPatient(const services::PatientId &id);
    void emergencyAccessForSelected();
    void backToList();

Q_SIGNALS:
    void searched();
    void chartOpened(careledger::ui::PatientChartPage *chart);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *makeListPage();
    void runSearch();
    void updateActions();
    void loadClinicDefault();

    ServiceRunner &m_runner;
    services::StaffAccount m_user;
    services::Clock m_clock;
    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_count = nullptr;
    QCheckBox *m_clinicDefault = nullptr;
    MessageLabel *m_message = nullptr;
    PatientTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    PatientChartPage *m_chart = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_emergencyAction = nullptr;
    QAction *m_registerAction = nullptr;
    QAction *m_refreshAction = nullptr;
    quint64 m_searchGeneration = 0;
    bool m_searching = false;
    bool m_busy = false;
    bool m_shownOnce = false;
    bool m_searchedOnce = false;
    QString m_lastQuery;
};

} // namespace careledger::ui
