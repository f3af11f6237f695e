#include "ui/PatientsPage.h"

#include "clinical/Mrn.h"
#include "services/ConsentService.h"
#include "ui/EmergencyAccessDialog.h"
#include "ui/MessageLabel.h"
#include "ui/PatientChartPage.h"
#include "ui/PatientTableModel.h"
#include "ui/RecordsUi.h"
#include "ui/RegistrationDialog.h"
#include "ui/ServiceRunner.h"
#include "ui/VerifyCodeDialog.h"
#include "ui/Theme.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace careledger::ui {

namespace {

// Down arrow in the search field goes to the results, as in a browser's address bar.
class SearchKeys : public QObject {
public:
    SearchKeys(QLineEdit *edit, QTableView *view) : QObject(edit), m_view(view) { edit->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down
            && m_view->model()->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->selectionModel()->hasSelection()) {
                selectTableRow(m_view, 0);
            }
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
};

} // namespace

PatientsPage::PatientsPage(ServiceRunner &runner, services::StaffAccount user, services::Clock clock, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_user(std::move(user)), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("patientsPage"));
    setAccessibleName(tr("Patients"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(makeListPage());
    layout->addWidget(m_stack);
    updateActions();
}

QWidget *PatientsPage::makeListPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("patientListPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(12);

    auto *heading = new QLabel(tr("Patients"), page);
    makeHeading(heading);
    layout->addWidget(heading);
    QString introText;
    switch (m_user.role) {
    case services::Role::Admin:
        introText = tr("Search by name or medical record number (MRN). You register patients and manage who may see "
                       "their records; their history and prescriptions are for the doctors and nurses they chose.");
        break;
    case services::Role::Doctor:
        introText = tr("Patients whose records you may see. A patient who has not given you access appears only "
                       "when you type the exact MRN; in an emergency you can open that record for a limited time.");
        break;
    case services::Role::Nurse:
        introText = tr("Patients whose records you may see. Search by name or medical record number (MRN).");
        break;
    }
    auto *intro = new QLabel(introText, page);
    intro->setObjectName(QStringLiteral("secondaryText"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_openAction = new QAction(tr("&Open chart"), this);
    m_emergencyAction = new QAction(tr("&Emergency access…"), this);
    m_registerAction = new QAction(tr("&Register patient…"), this);
    m_registerAction->setShortcut(QKeySequence::New);
    m_refreshAction = new QAction(tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    auto *findAction = new QAction(tr("Search"), this);
    findAction->setShortcut(QKeySequence::Find);
    for (QAction *action : {m_openAction, m_emergencyAction, m_registerAction, m_refreshAction, findAction}) {
        page->addAction(action); // only while the list is shown, not the chart
    }
    m_emergencyAction->setVisible(m_user.role == services::Role::Doctor);
    m_registerAction->setVisible(m_user.role == services::Role::Admin);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("patientSearchEdit"));
    m_search->setPlaceholderText(tr("Search by name or MRN, e.g. “dup je” or 1234-5678-9"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setClearButtonEnabled(true);
    tools->addWidget(m_search, 1);
    QPushButton *open = actionButton(page, m_openAction, QStringLiteral("openChartButton"));
    QPushButton *emergency = actionButton(page, m_emergencyAction, QStringLiteral("emergencyAccessButton"));
    QPushButton *registerButton = actionButton(page, m_registerAction, QStringLiteral("registerPatientButton"));
    QPushButton *refresh = actionButton(page, m_refreshAction, QStringLiteral("patientsRefreshButton"));
    // Staff check the code printed on a patient's prescription (the kiosk prints it).
    auto *verifyAction = new QAction(tr("&Verify prescription code…"), this);
    page->addAction(verifyAction);
    connect(verifyAction, &QAction::triggered, this, [this] {
        auto *dialog = new VerifyCodeDialog(m_runner, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QPushButton *verify = actionButton(page, verifyAction, QStringLiteral("verifyCodeButton"));
    for (QPushButton *b : {open, emergency, registerButton, refresh, verify}) {
        tools->addWidget(b);
    }
    layout->addLayout(tools);

    if (m_user.role == services::Role::Admin) {
        m_clinicDefault = new QCheckBox(tr("Patients registered here are &visible to this clinic's doctors and nurses"),
                                        page);
        m_clinicDefault->setObjectName(QStringLiteral("clinicDefaultCheck"));
        m_clinicDefault->setAccessibleName(tr("Patients registered here are visible to this clinic's doctors and nurses"));
        m_clinicDefault->setEnabled(false);
        layout->addWidget(m_clinicDefault);
        connect(m_clinicDefault, &QCheckBox::clicked, this, [this](bool visible) {
            m_clinicDefault->setEnabled(false);
            m_runner.run(
                this, [visible](services::Workstation &ws) { return ws.consent().setRegisteringClinicDefault(visible); },
                [this, visible](const services::ServiceStatus &status) {
                    m_clinicDefault->setEnabled(true);
                    if (!status.ok()) {
                        m_clinicDefault->setChecked(!visible);
                        m_message->showError(tr("The setting was not changed: %1").arg(status.message()));
                        return;
                    }
                    m_message->showMessage(MessageLabel::Kind::Success,
                                           visible ? tr("Patients registered from now on are visible to this clinic's "
                                                        "doctors and nurses.")
                                                   : tr("Patients registered from now on are visible only to those "
                                                        "they grant access to."));
                });
        });
    }

    m_message = new MessageLabel(page);
    m_message->setObjectName(QStringLiteral("patientsMessage"));
    layout->addWidget(m_message);

    m_model = new PatientTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(PatientTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view = makeRecordTable(page, QStringLiteral("patientTable"), tr("Patients found"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(PatientTableModel::FamilyName, Qt::AscendingOrder);
    layout->addWidget(m_view, 1);
    new SearchKeys(m_search, m_view);

    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("secondaryText"));
    m_count->setAccessibleName(tr("Number of patients found"));
    layout->addWidget(m_count);

    setTabOrder(m_search, open);
    setTabOrder(open, emergency);
    setTabOrder(emergency, registerButton);
    setTabOrder(registerButton, refresh);
    if (m_clinicDefault) {
        setTabOrder(refresh, m_clinicDefault);
        setTabOrder(m_clinicDefault, m_view);
    } else {
        setTabOrder(refresh, m_view);
    }

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &PatientsPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            runSearch();
        } else if (m_proxy->rowCount() == 1) {
            selectTableRow(m_view, 0);
            openSelected();
        } else if (m_proxy->rowCount() > 1) {
            m_view->setFocus(Qt::TabFocusReason);
            selectTableRow(m_view, 0);
        }
    });
    connect(m_view, &QTableView::activated, this, &PatientsPage::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PatientsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PatientsPage::updateActions);
    connect(m_openAction, &QAction::triggered, this, &PatientsPage::openSelected);
    connect(m_emergencyAction, &QAction::triggered, this, &PatientsPage::emergencyAccessForSelected);
    connect(m_registerAction, &QAction::triggered, this, &PatientsPage::registerPatient);
    connect(m_refreshAction, &QAction::triggered, this, &PatientsPage::refresh);
    connect(findAction, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    return page;
}

void PatientsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        runSearch();
        loadClinicDefault();
        if (!isShowingChart()) {
            m_search->setFocus();
        }
    }
}

void PatientsPage::loadClinicDefault()
{
    if (!m_clinicDefault) {
        return;
    }
    m_runner.run(
        this, [](services::Workstation &ws) { return ws.consent().registeringClinicDefault(); },
        [this](const services::ServiceResult<bool> &result) {
            if (result.ok()) {
                m_clinicDefault->setChecked(result.value());
                m_clinicDefault->setEnabled(true);
            }
        });
}

bool PatientsPage::isShowingChart() const
{
    return m_chart && m_stack->currentWidget() == m_chart;
}

QString PatientsPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

std::optional<services::PatientSummary> PatientsPage::selectedPatient() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_model->patientAt(m_proxy->mapToSource(rows.first()).row());
}

void PatientsPage::selectPatient(const services::PatientId &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void PatientsPage::updateActions()
{
    const auto patient = selectedPatient();
    m_openAction->setEnabled(patient.has_value() && patient->accessible);
    m_emergencyAction->setEnabled(patient.has_value() && !patient->accessible && !m_busy);
    m_registerAction->setEnabled(!m_busy);
    const int shown = m_model->rowCount();
    if (m_searching && shown == 0) {
        m_count->setText(tr("Searching…"));
    } else if (shown == 0) {
        m_count->setText(m_lastQuery.isEmpty() ? tr("No patients.") : tr("No patient matches “%1”.").arg(m_lastQuery));
    } else {
        m_count->setText(tr("Patients shown: %1").arg(QLocale().toString(shown)));
    }
}

void PatientsPage::search(const QString &query)
{
    const QSignalBlocker blocker(m_search);
    m_search->setText(query);
    m_searchTimer->stop();
    runSearch();
}

void PatientsPage::refresh()
{
    m_searchTimer->stop();
    runSearch();
}

void PatientsPage::runSearch()
{
    const QString query = m_search->text().trimmed();
    const quint64 generation = ++m_searchGeneration;
    // A record number being typed is not worth a refused search (and an audit entry) per digit.
    const bool digits = std::any_of(query.cbegin(), query.cend(), [](QChar c) { return c.isDigit(); });
    if (digits && !core::parseMrn(query)) {
        m_searching = false;
        m_searchedOnce = true;
        unsetCursor();
        m_lastQuery = query;
        m_model->clear();
        m_message->showInfo(tr("A record number has nine digits with a valid check digit, for example 1234-5678-9."));
        updateActions();
        Q_EMIT searched();
        return;
    }
    m_searching = true;
    setCursor(Qt::BusyCursor);
    updateActions();
    m_runner.run(
        this, [query](services::Workstation &ws) { return ws.patients().search(query); },
        [this, query, generation](const services::ServiceResult<QList<services::PatientSummary>> &result) {
            if (generation != m_searchGeneration) {
                return; // the person kept typing: a newer search is on its way
            }
            m_searching = false;
            m_searchedOnce = true;
            unsetCursor();
            m_lastQuery = query;
            const auto selected = selectedPatient();
            if (!result.ok()) {
                m_model->clear();
                m_message->showError(result.message());
            } else {
                m_model->setPatients(result.value());
                fitColumns(m_view);
                if (m_message->kind() == MessageLabel::Kind::Error || m_message->kind() == MessageLabel::Kind::Info) {
                    m_message->clearMessage();
                }
                if (selected) {
                    selectPatient(selected->id);
                }
            }
            updateActions();
            Q_EMIT searched();
        });
}

void PatientsPage::registerPatient()
{
    if (m_user.role != services::Role::Admin || m_busy) {
        return;
    }
    auto *dialog = new RegistrationDialog(m_runner, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegistrationDialog::registered, this, [this](const services::PatientSummary &patient) {
        m_message->showMessage(MessageLabel::Kind::Success,
                               tr("%1 %2 is registered with MRN %3.")
                                   .arg(isolated(patient.givenName), isolated(patient.familyName), isolated(patient.mrn)));
        search(patient.mrn); // back in the list, the new patient is the one shown
        openPatient(patient.id);
    });
    dialog->open();
}

void PatientsPage::openSelected()
{
    const auto patient = selectedPatient();
    if (!patient) {
        return;
    }
    if (!patient->accessible) {
        if (m_user.role == services::Role::Doctor) {
            emergencyAccessForSelected();
        } else {
            m_message->showError(tr("You have no access to the record of patient %1.").arg(isolated(patient->mrn)));
        }
        return;
    }
    openPatient(patient->id);
}

void PatientsPage::openPatient(const services::PatientId &id)
{
    if (m_chart) {
        m_stack->removeWidget(m_chart);
        m_chart->deleteLater();
    }
    m_chart = new PatientChartPage(m_runner, m_user, m_clock, id, m_stack);
    m_chart->setProperty("section", QStringLiteral("patient-chart"));
    connect(m_chart, &PatientChartPage::backRequested, this, &PatientsPage::backToList);
    connect(m_chart, &PatientChartPage::patientChanged, this, [this] { m_searchTimer->start(); });
    m_stack->addWidget(m_chart);
    m_stack->setCurrentWidget(m_chart);
    m_chart->setFocus();
    Q_EMIT chartOpened(m_chart);
}

void PatientsPage::backToList()
{
    m_stack->setCurrentIndex(0);
    if (m_chart) {
        const services::PatientId id = m_chart->patientId();
        selectPatient(id);
    }
    m_view->setFocus();
}

void PatientsPage::emergencyAccessForSelected()
{
    const auto patient = selectedPatient();
    if (!patient || patient->accessible || m_user.role != services::Role::Doctor) {
        return;
    }
    auto *dialog = new EmergencyAccessDialog(m_runner, *patient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EmergencyAccessDialog::started, this, [this](const services::PatientId &id, const QDateTime &) {
        refresh();
        openPatient(id);
    });
    dialog->open();
}

} // namespace careledger::ui
