#include "ui/PatientChartPage.h"

#include "services/InteropService.h"
#include "ui/AuditTableModel.h"
#include "ui/GrantAccessDialog.h"
#include "ui/GrantTableModel.h"
#include "ui/HistoryEntryDialog.h"
#include "ui/HistoryTableModel.h"
#include "ui/MessageLabel.h"
#include "ui/PrescriptionDialog.h"
#include "ui/PrescriptionTableModel.h"
#include "ui/ReasonDialog.h"
#include "ui/RecordHistoryDialog.h"
#include "ui/RecordsUi.h"
#include "ui/RegistrationDialog.h"
#include "ui/ServiceRunner.h"
#include "ui/SetPinDialog.h"
#include "ui/Theme.h"
#include "ui/VitalTrendChart.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace careledger::ui {

namespace {

struct ChartSnapshot {
    services::ServiceResult<services::PatientChart> chart;
    services::ServiceResult<core::ConsentBasis> basis;
};

struct AccessSnapshot {
    services::ServiceResult<QList<services::AccessGrant>> grants;
    services::ServiceResult<QList<services::BreakGlassAccess>> breakGlass;
};

template <typename T>
services::ServiceStatus statusOf(const services::ServiceResult<T> &result)
{
    return result.ok() ? services::ServiceStatus() : services::ServiceStatus(result.error());
}

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortLocaleAware(true);
    proxy->setDynamicSortFilter(true);
    return proxy;
}

QHBoxLayout *toolRow()
{
    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    return row;
}

QVBoxLayout *tabLayout(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);
    return layout;
}

} // namespace

PatientChartPage::PatientChartPage(ServiceRunner &runner, services::StaffAccount user, services::Clock clock,
                                   services::PatientId patient, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_user(std::move(user)), m_clock(std::move(clock)),
      m_patientId(std::move(patient))
{
    setObjectName(QStringLiteral("patientChartPage"));
    setAccessibleName(tr("Patient chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 16, 28, 18);
    layout->setSpacing(10);

    m_backAction = makeAction(tr("&Back to patients"), nullptr);
    m_backAction->setShortcut(QKeySequence::Back);
    connect(m_backAction, &QAction::triggered, this, &PatientChartPage::backRequested);
    m_refreshAction = makeAction(tr("Re&fresh"), &PatientChartPage::reload);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_exportAction = makeAction(tr("E&xport FHIR…"), &PatientChartPage::exportFhir);

    auto *top = toolRow();
    QPushButton *back = actionButton(this, m_backAction, QStringLiteral("backToPatientsButton"));
    back->setIcon(style()->standardIcon(layoutDirection() == Qt::RightToLeft ? QStyle::SP_ArrowRight
                                                                             : QStyle::SP_ArrowLeft));
    top->addWidget(back);
    top->addStretch(1);
    QPushButton *exportButton = actionButton(this, m_exportAction, QStringLiteral("exportFhirButton"));
    QPushButton *refresh = actionButton(this, m_refreshAction, QStringLiteral("chartRefreshButton"));
    top->addWidget(exportButton);
    top->addWidget(refresh);
    layout->addLayout(top);
    layout->addWidget(makeHeader());

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("emergencyBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Emergency access"));
    m_banner->setStyleSheet(QStringLiteral("QLabel#emergencyBanner { background: #b3261e; color: white; "
                                           "font-weight: bold; padding: 9px 12px; border-radius: 4px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_bannerTimer = new QTimer(this);
    m_bannerTimer->setSingleShot(true);
    connect(m_bannerTimer, &QTimer::timeout, this, &PatientChartPage::reload);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessage"));
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->setAccessibleName(tr("Chart sections"));
    m_tabs->tabBar()->setAccessibleName(tr("Chart sections"));
    m_tabPages = {makeSummaryTab(), makeHistoryTab(), makePrescriptionsTab(), makeAccessTab(), makeAuditTab(),
                  makeVitalsTab()};
    m_tabs->addTab(m_tabPages.at(SummaryTab), tr("&Summary"));
    m_tabs->addTab(m_tabPages.at(HistoryTab), tr("&History"));
    m_tabs->addTab(m_tabPages.at(PrescriptionsTab), tr("&Prescriptions"));
    m_tabs->addTab(m_tabPages.at(AccessTab), tr("A&ccess"));
    m_tabs->addTab(m_tabPages.at(AuditTab), tr("A&udit"));
    m_tabs->addTab(m_tabPages.at(VitalsTab), tr("&Vitals"));
    layout->addWidget(m_tabs, 1);
    for (int tab = HistoryTab; tab <= AuditTab; ++tab) {
        setTabShown(Tab(tab), false); // until the chart says what this reader may see
    }
    setTabShown(VitalsTab, false);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == AccessTab && !m_accessLoaded && isTabShown(AccessTab)) {
            loadAccess();
        } else if (index == AuditTab && !m_auditLoaded && isTabShown(AuditTab)) {
            loadAudit();
        } else if (index == VitalsTab && !m_vitalsLoaded && isTabShown(VitalsTab)) {
            m_vitalsLoaded = true; // each load is one audited trend query: only when looked at
            m_vitalsPanel->reload();
        }
    });

    setTabOrder(back, exportButton);
    setTabOrder(exportButton, refresh);
    setTabOrder(refresh, m_tabs);
    updateActions();
    reload();
}

QAction *PatientChartPage::makeAction(const QString &text, void (PatientChartPage::*slot)())
{
    auto *action = new QAction(text, this);
    addAction(action); // shortcuts live only while the chart is shown
    if (slot) {
        connect(action, &QAction::triggered, this, slot);
    }
    return action;
}

QWidget *PatientChartPage::makeHeader()
{
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("chartHeader"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("patientNameLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Patient"));
    makeHeading(m_title);
    layout->addWidget(m_title);
    m_facts = new QLabel(box);
    m_facts->setObjectName(QStringLiteral("patientFactsLabel"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setAccessibleName(tr("Medical record number, age and sex"));
    layout->addWidget(m_facts);
    return box;
}

QWidget *PatientChartPage::makeSummaryTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("summaryTab"));
    auto *layout = tabLayout(tab);
    m_editDemographicsAction = makeAction(tr("&Edit…"), &PatientChartPage::editDemographics);
    m_demographicsVersionsAction = makeAction(tr("&Version history…"), &PatientChartPage::demographicsVersions);
    auto *tools = toolRow();
    m_summaryVersion = new QLabel(tab);
    m_summaryVersion->setObjectName(QStringLiteral("secondaryText"));
    m_summaryVersion->setTextFormat(Qt::PlainText);
    m_summaryVersion->setWordWrap(true);
    tools->addWidget(m_summaryVersion, 1);
    QPushButton *edit = actionButton(tab, m_editDemographicsAction, QStringLiteral("editDemographicsButton"));
    QPushButton *versions = actionButton(tab, m_demographicsVersionsAction, QStringLiteral("demographicsVersionsButton"));
    tools->addWidget(edit);
    tools->addWidget(versions);
    layout->addLayout(tools);

    m_summaryForm = new QFormLayout;
    m_summaryForm->setHorizontalSpacing(18);
    m_summaryForm->setVerticalSpacing(8);
    m_summaryForm->setLabelAlignment(Qt::AlignLeading | Qt::AlignTop);
    const QStringList captions{tr("Given name"), tr("Family name"), tr("Date of birth"),
                               tr("Sex"),        tr("Address"),     tr("Phone"),
                               tr("Email"),      tr("Emergency contact"), tr("Emergency contact phone"),
                               tr("Registered")};
    for (const QString &caption : captions) {
        auto *value = new QLabel(tab);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(false); // aligned by the layout direction, not by the text
        value->setAccessibleName(caption);
        auto *label = new QLabel(caption + QLatin1Char(':'), tab);
        label->setObjectName(QStringLiteral("secondaryText"));
        m_summaryForm->addRow(label, value);
        m_summaryValues << value;
    }
    // At a glance, for those who may see the clinical content: what is active now.
    m_glance = new QWidget(tab);
    m_glance->setObjectName(QStringLiteral("summaryGlance"));
    auto *glance = new QVBoxLayout(m_glance);
    glance->setContentsMargins(0, 0, 0, 0);
    glance->setSpacing(4);
    const auto glanceItem = [this, glance](const QString &caption, const QString &name) {
        auto *title = new QLabel(caption, m_glance);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *value = new QLabel(m_glance);
        value->setObjectName(name);
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(false);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAccessibleName(caption);
        glance->addWidget(title);
        glance->addWidget(value);
        glance->addSpacing(10);
        return value;
    };
    m_glanceProblems = glanceItem(tr("Active problems"), QStringLiteral("glanceProblemsLabel"));
    m_glancePrescriptions = glanceItem(tr("Current prescriptions"), QStringLiteral("glancePrescriptionsLabel"));
    glance->addStretch(1);
    m_glance->hide();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(40);
    columns->addLayout(m_summaryForm, 1);
    columns->addWidget(m_glance, 1);
    layout->addLayout(columns);
    layout->addStretch(1);
    setTabOrder(edit, versions);
    return tab;
}

QWidget *PatientChartPage::makeHistoryTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("historyTab"));
    auto *layout = tabLayout(tab);
    m_addHistoryAction = makeAction(tr("&Add…"), &PatientChartPage::addHistory);
    m_editHistoryAction = makeAction(tr("&Edit…"), &PatientChartPage::editHistory);
    m_historyVersionsAction = makeAction(tr("&Version history…"), &PatientChartPage::historyVersions);
    auto *tools = toolRow();
    auto *intro = new QLabel(tr("Problem list"), tab);
    QFont bold = intro->font();
    bold.setBold(true);
    intro->setFont(bold);
    tools->addWidget(intro);
    tools->addStretch(1);
    QPushButton *add = actionButton(tab, m_addHistoryAction, QStringLiteral("addHistoryButton"));
    QPushButton *edit = actionButton(tab, m_editHistoryAction, QStringLiteral("editHistoryButton"));
    QPushButton *versions = actionButton(tab, m_historyVersionsAction, QStringLiteral("historyVersionsButton"));
    tools->addWidget(add);
    tools->addWidget(edit);
    tools->addWidget(versions);
    layout->addLayout(tools);

    m_historyModel = new HistoryTableModel(this);
    m_historyProxy = sortingProxy(m_historyModel, HistoryTableModel::SortRole, this);
    m_historyView = makeRecordTable(tab, QStringLiteral("historyTable"), tr("Problem list"));
    m_historyView->setModel(m_historyProxy);
    m_historyView->sortByColumn(HistoryTableModel::Updated, Qt::DescendingOrder);
    layout->addWidget(m_historyView, 1);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PatientChartPage::updateActions);
    connect(m_historyView, &QTableView::activated, this, [this] {
        if (m_editHistoryAction->isVisible() && m_editHistoryAction->isEnabled()) {
            editHistory();
        } else if (m_historyVersionsAction->isEnabled()) {
            historyVersions();
        }
    });
    setTabOrder(add, edit);
    setTabOrder(edit, versions);
    setTabOrder(versions, m_historyView);
    return tab;
}

QWidget *PatientChartPage::makePrescriptionsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("prescriptionsTab"));
    auto *layout = tabLayout(tab);
    m_newPrescriptionAction = makeAction(tr("&New prescription…"), &PatientChartPage::newPrescription);
    m_amendAction = makeAction(tr("A&mend…"), &PatientChartPage::amendPrescription);
    m_completeAction = makeAction(tr("C&omplete…"), &PatientChartPage::completePrescription);
    m_stopAction = makeAction(tr("S&top…"), &PatientChartPage::stopPrescription);
    m_prescriptionVersionsAction = makeAction(tr("&Version history…"), &PatientChartPage::prescriptionVersions);
    auto *tools = toolRow();
    tools->addStretch(1);
    const QList<QPair<QAction *, QString>> buttons{
        {m_newPrescriptionAction, QStringLiteral("newPrescriptionButton")},
        {m_amendAction, QStringLiteral("amendPrescriptionButton")},
        {m_completeAction, QStringLiteral("completePrescriptionButton")},
        {m_stopAction, QStringLiteral("stopPrescriptionButton")},
        {m_prescriptionVersionsAction, QStringLiteral("prescriptionVersionsButton")},
    };
    QWidget *previous = nullptr;
    for (const auto &[action, name] : buttons) {
        QPushButton *button = actionButton(tab, action, name);
        tools->addWidget(button);
        if (previous) {
            setTabOrder(previous, button);
        }
        previous = button;
    }
    layout->addLayout(tools);

    m_prescriptionModel = new PrescriptionTableModel(this);
    m_prescriptionProxy = sortingProxy(m_prescriptionModel, PrescriptionTableModel::SortRole, this);
    m_prescriptionView = makeRecordTable(tab, QStringLiteral("prescriptionTable"), tr("Prescriptions"));
    m_prescriptionView->setModel(m_prescriptionProxy);
    layout->addWidget(m_prescriptionView, 1);
    setTabOrder(previous, m_prescriptionView);
    connect(m_prescriptionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PatientChartPage::updateActions);
    connect(m_prescriptionView, &QTableView::activated, this, [this] {
        if (m_prescriptionVersionsAction->isEnabled()) {
            prescriptionVersions();
        }
    });
    return tab;
}

QWidget *PatientChartPage::makeAccessTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("accessTab"));
    auto *layout = tabLayout(tab);
    m_grantStaffAction = makeAction(tr("Grant to staff &member…"), &PatientChartPage::grantToStaff);
    m_grantClinicAction = makeAction(tr("Grant to c&linic…"), &PatientChartPage::grantToClinic);
    m_revokeAction = makeAction(tr("&Revoke…"), &PatientChartPage::revokeGrant);
    auto *tools = toolRow();
    auto *heading = new QLabel(tr("Who may see this record"), tab);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    tools->addWidget(heading);
    tools->addStretch(1);
    QPushButton *staff = actionButton(tab, m_grantStaffAction, QStringLiteral("grantStaffButton"));
    QPushButton *clinic = actionButton(tab, m_grantClinicAction, QStringLiteral("grantClinicButton"));
    QPushButton *revoke = actionButton(tab, m_revokeAction, QStringLiteral("revokeButton"));
    tools->addWidget(staff);
    tools->addWidget(clinic);
    tools->addWidget(revoke);
    if (m_user.role == services::Role::Admin) {
        // The patient's PIN for the kiosk: set at registration or reset when forgotten.
        QAction *pin = makeAction(tr("Set kiosk &PIN…"), nullptr);
        connect(pin, &QAction::triggered, this, [this] {
            if (!m_chart) {
                return;
            }
            auto *dialog = new SetPinDialog(m_runner, m_chart->patient.summary, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &SetPinDialog::pinSet, this, [this] {
                m_message->showMessage(MessageLabel::Kind::Success, tr("The patient's kiosk PIN was set."));
            });
            dialog->open();
        });
        tools->addWidget(actionButton(tab, pin, QStringLiteral("setKioskPinButton")));
    }
    layout->addLayout(tools);

    m_grantModel = new GrantTableModel(this);
    m_grantProxy = sortingProxy(m_grantModel, GrantTableModel::SortRole, this);
    m_grantView = makeRecordTable(tab, QStringLiteral("grantTable"), tr("Access grants"));
    m_grantView->setModel(m_grantProxy);
    m_grantView->sortByColumn(GrantTableModel::Granted, Qt::DescendingOrder);
    layout->addWidget(m_grantView, 2);
    connect(m_grantView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PatientChartPage::updateActions);

    auto *glassHeading = new QLabel(tr("Emergency accesses"), tab);
    glassHeading->setFont(bold);
    layout->addWidget(glassHeading);
    m_breakGlassModel = new QStandardItemModel(0, 4, this);
    m_breakGlassModel->setHorizontalHeaderLabels({tr("Doctor"), tr("Started"), tr("Until"), tr("Reason")});
    m_breakGlassView = makeRecordTable(tab, QStringLiteral("breakGlassTable"), tr("Emergency accesses"));
    m_breakGlassView->setSortingEnabled(false);
    m_breakGlassView->setModel(m_breakGlassModel);
    layout->addWidget(m_breakGlassView, 1);
    m_noBreakGlass = new QLabel(tr("Nobody has used emergency access to this record."), tab);
    m_noBreakGlass->setObjectName(QStringLiteral("secondaryText"));
    layout->addWidget(m_noBreakGlass);
    m_noBreakGlass->hide();
    setTabOrder(staff, clinic);
    setTabOrder(clinic, revoke);
    setTabOrder(revoke, m_grantView);
    setTabOrder(m_grantView, m_breakGlassView);
    return tab;
}

QWidget *PatientChartPage::makeAuditTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("auditTab"));
    auto *layout = tabLayout(tab);
    m_auditRefreshAction = makeAction(tr("Reload &trail"), &PatientChartPage::loadAudit);
    auto *tools = toolRow();
    auto *heading = new QLabel(tr("Every read and change of this record, newest first"), tab);
    heading->setWordWrap(true);
    tools->addWidget(heading, 1);
    QPushButton *reloadButton = actionButton(tab, m_auditRefreshAction, QStringLiteral("auditReloadButton"));
    tools->addWidget(reloadButton);
    layout->addLayout(tools);
    m_auditModel = new AuditTableModel(this);
    m_auditProxy = sortingProxy(m_auditModel, AuditTableModel::SortRole, this);
    m_auditView = makeRecordTable(tab, QStringLiteral("patientAuditTable"), tr("Audit trail of this patient"));
    m_auditView->setModel(m_auditProxy);
    m_auditView->sortByColumn(AuditTableModel::Time, Qt::DescendingOrder);
    layout->addWidget(m_auditView, 1);
    setTabOrder(reloadButton, m_auditView);
    return tab;
}

QWidget *PatientChartPage::makeVitalsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("vitalsTab"));
    auto *layout = tabLayout(tab);
    m_vitalsPanel = new VitalTrendPanel(&m_runner, m_clock, tab);
    m_vitalsPanel->setPatient(m_patientId);
    layout->addWidget(m_vitalsPanel, 1);
    return tab;
}

QString PatientChartPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

bool PatientChartPage::isTabShown(Tab tab) const
{
    return m_tabs->isTabVisible(tab);
}

void PatientChartPage::setTabShown(Tab tab, bool shown)
{
    m_tabs->setTabVisible(tab, shown);
}

void PatientChartPage::showTab(Tab tab)
{
    if (isTabShown(tab)) {
        m_tabs->setCurrentIndex(tab);
    }
}

bool PatientChartPage::may(core::PatientAction action) const
{
    return m_chart.has_value() && mayDo(m_user.role, action, m_basis);
}

void PatientChartPage::setBusy(bool busy)
{
    m_busy = qMax(0, m_busy + (busy ? 1 : -1));
    if (m_busy > 0) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateActions();
}

void PatientChartPage::reload()
{
    reloadThen(QString());
}

void PatientChartPage::reloadThen(const QString &success, const QByteArray &selectRecord)
{
    setBusy(true);
    const services::PatientId id = m_patientId;
    m_runner.run(
        this,
        [id](services::Workstation &ws) {
            return ChartSnapshot{ws.charts().open(id), ws.consent().basis(id)};
        },
        [this, success, selectRecord](const ChartSnapshot &snapshot) {
            setBusy(false);
            if (!snapshot.chart.ok()) {
                m_chart.reset();
                showChart();
                m_message->showError(tr("The chart cannot be shown: %1").arg(snapshot.chart.message()));
                Q_EMIT loaded();
                return;
            }
            m_chart = snapshot.chart.value();
            m_basis = snapshot.basis.ok() ? snapshot.basis.value()
                                          : (m_chart->viaBreakGlass ? core::ConsentBasis::BreakGlass
                                                                    : core::ConsentBasis::None);
            showChart();
            if (!selectRecord.isEmpty()) {
                selectHistory(selectRecord);
                selectPrescription(selectRecord);
            }
            if (success.isEmpty()) {
                m_message->clearMessage();
            } else {
                m_message->showMessage(MessageLabel::Kind::Success, success);
            }
            if (m_accessLoaded && isTabShown(AccessTab)) {
                loadAccess();
            }
            if (m_auditLoaded && isTabShown(AuditTab)) {
                loadAudit();
            }
            Q_EMIT loaded();
        });
}

void PatientChartPage::showChart()
{
    if (!m_chart) {
        m_title->setText(tr("Patient chart"));
        m_facts->clear();
        m_banner->hide();
        m_historyModel->setItems({});
        m_prescriptionModel->setItems({});
        for (int tab = HistoryTab; tab <= AuditTab; ++tab) {
            setTabShown(Tab(tab), false);
        }
        setTabShown(VitalsTab, false);
        for (QLabel *value : std::as_const(m_summaryValues)) {
            value->clear();
        }
        m_summaryVersion->clear();
        updateActions();
        return;
    }
    const services::PatientDetails &details = m_chart->patient;
    const services::PatientSummary &s = details.summary;
    const core::Demographics &d = details.demographics;
    m_title->setText(tr("%1, %2", "family name, given name").arg(isolated(d.familyName), isolated(d.givenName)));
    QStringList facts{tr("MRN %1").arg(isolated(s.mrn))};
    const int age = ageInYears(d.birthDate, todayUtc(m_clock));
    if (age >= 0) {
        facts << tr("Age %1").arg(QLocale().toString(age));
    }
    facts << core::sexDisplayName(d.sex) << tr("Born %1").arg(formatDate(d.birthDate));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    setAccessibleName(tr("Chart of %1").arg(m_title->text()));

    if (m_chart->viaBreakGlass) {
        m_banner->setText(QStringLiteral("⚠ ")
                          + tr("Emergency access until %1 — every action is logged")
                                .arg(formatTime(m_chart->breakGlassUntil)));
        m_banner->show();
        const qint64 left = nowUtc(m_clock).msecsTo(m_chart->breakGlassUntil);
        if (left > 0 && left < qint64(24) * 3600 * 1000) {
            m_bannerTimer->start(int(left) + 1000); // reload when it ends: the service then refuses
        }
    } else {
        m_banner->hide();
        m_bannerTimer->stop();
    }

    const QStringList values{d.givenName,
                             d.familyName,
                             formatDate(d.birthDate),
                             core::sexDisplayName(d.sex),
                             d.address,
                             d.phone,
                             d.email,
                             d.emergencyContactName,
                             d.emergencyContactPhone,
                             formatDateTime(s.registeredAt)};
    for (int i = 0; i < values.size() && i < m_summaryValues.size(); ++i) {
        m_summaryValues.at(i)->setText(values.at(i).isEmpty() ? QStringLiteral("—") : isolated(values.at(i)));
    }
    const core::RecordAuthorship &a = details.authorship;
    m_summaryVersion->setText(tr("Version %1, saved %2 by %3")
                                  .arg(QLocale().toString(details.version), formatDateTime(a.writtenAt),
                                       a.authorName.isEmpty() ? QStringLiteral("—") : isolated(a.authorName)));

    const bool clinical = m_chart->history.has_value() || m_chart->prescriptions.has_value();
    m_glance->setVisible(clinical);
    if (clinical) {
        QStringList problems;
        for (const services::HistoryItem &item : m_chart->history.value_or(QList<services::HistoryItem>{})) {
            if (item.entry.status == core::ProblemStatus::Active) {
                problems << isolated(item.entry.condition);
            }
        }
        QStringList current;
        for (const services::PrescriptionItem &item :
             m_chart->prescriptions.value_or(QList<services::PrescriptionItem>{})) {
            if (!core::isFinal(item.prescription.status)) {
                const core::Prescription &p = item.prescription;
                current << tr("%1 — %2 %3, %4", "medication and strength — dose, unit, frequency")
                               .arg(isolated(p.medication + QLatin1Char(' ') + p.strength), formatNumber(p.dose),
                                    isolated(unitDisplayName(p.doseUnit)), isolated(frequencyDisplayName(p.frequency)));
            }
        }
        m_glanceProblems->setText(problems.isEmpty() ? tr("None recorded") : problems.join(QLatin1Char('\n')));
        m_glancePrescriptions->setText(current.isEmpty() ? tr("None") : current.join(QLatin1Char('\n')));
    }

    m_historyModel->setItems(m_chart->history.value_or(QList<services::HistoryItem>{}));
    m_prescriptionModel->setItems(m_chart->prescriptions.value_or(QList<services::PrescriptionItem>{}));
    fitColumns(m_historyView);
    fitColumns(m_prescriptionView);

    setTabShown(HistoryTab, m_chart->history.has_value());
    setTabShown(PrescriptionsTab, m_chart->prescriptions.has_value());
    setTabShown(AccessTab, may(core::PatientAction::ViewAccess));
    setTabShown(AuditTab, may(core::PatientAction::ViewAudit));
    setTabShown(VitalsTab, may(core::PatientAction::ViewVitals));
    if (!isTabShown(Tab(m_tabs->currentIndex()))) {
        m_tabs->setCurrentIndex(SummaryTab);
    }
    updateActions();
}

void PatientChartPage::updateActions()
{
    const bool idle = m_busy == 0 && m_chart.has_value();
    m_refreshAction->setEnabled(m_busy == 0);

    m_exportAction->setVisible(may(core::PatientAction::Export));
    m_exportAction->setEnabled(idle);
    m_editDemographicsAction->setVisible(may(core::PatientAction::EditDemographics));
    m_editDemographicsAction->setEnabled(idle);
    m_demographicsVersionsAction->setEnabled(idle);

    const bool writeHistory = may(core::PatientAction::WriteHistory);
    const auto history = selectedHistory();
    m_addHistoryAction->setVisible(writeHistory);
    m_editHistoryAction->setVisible(writeHistory);
    m_addHistoryAction->setEnabled(idle);
    m_editHistoryAction->setEnabled(idle && history.has_value());
    m_historyVersionsAction->setEnabled(idle && history.has_value());

    const bool prescribe = may(core::PatientAction::WritePrescription);
    const auto prescription = selectedPrescription();
    const bool open = prescription && !core::isFinal(prescription->prescription.status);
    for (QAction *action : {m_newPrescriptionAction, m_amendAction, m_completeAction, m_stopAction}) {
        action->setVisible(prescribe);
    }
    m_newPrescriptionAction->setEnabled(idle);
    m_amendAction->setEnabled(idle && open);
    m_completeAction->setEnabled(idle && open);
    m_stopAction->setEnabled(idle && open);
    m_prescriptionVersionsAction->setEnabled(idle && prescription.has_value());

    const bool manage = may(core::PatientAction::ManageAccess);
    const auto grant = selectedGrant();
    for (QAction *action : {m_grantStaffAction, m_grantClinicAction, m_revokeAction}) {
        action->setVisible(manage);
    }
    m_grantStaffAction->setEnabled(idle);
    m_grantClinicAction->setEnabled(idle);
    m_revokeAction->setEnabled(idle && grant && !grant->revokedAt.isValid());
    m_auditRefreshAction->setEnabled(idle);
    m_vitalsPanel->setLimitsEditable(may(core::PatientAction::EditAlertSettings));
}

std::optional<services::HistoryItem> PatientChartPage::selectedHistory() const
{
    const QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_historyModel->itemAt(m_historyProxy->mapToSource(rows.first()).row());
}

std::optional<services::PrescriptionItem> PatientChartPage::selectedPrescription() const
{
    const QModelIndexList rows = m_prescriptionView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_prescriptionModel->itemAt(m_prescriptionProxy->mapToSource(rows.first()).row());
}

std::optional<services::AccessGrant> PatientChartPage::selectedGrant() const
{
    const QModelIndexList rows = m_grantView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_grantModel->grantAt(m_grantProxy->mapToSource(rows.first()).row());
}

void PatientChartPage::selectHistory(const QByteArray &recordId)
{
    const int row = m_historyModel->rowOfRecord(recordId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_historyProxy->mapFromSource(m_historyModel->index(row, 0));
    m_historyView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_historyView->scrollTo(index);
}

void PatientChartPage::selectPrescription(const QByteArray &recordId)
{
    const int row = m_prescriptionModel->rowOfRecord(recordId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_prescriptionProxy->mapFromSource(m_prescriptionModel->index(row, 0));
    m_prescriptionView->selectionModel()->setCurrentIndex(index,
                                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_prescriptionView->scrollTo(index);
}

void PatientChartPage::editDemographics()
{
    if (!m_chart || isBusy() || !may(core::PatientAction::EditDemographics)) {
        return;
    }
    auto *dialog = new RegistrationDialog(m_runner, m_clock, m_chart->patient, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegistrationDialog::updated, this, [this](const services::PatientDetails &details) {
        reloadThen(tr("The demographics were saved as version %1.").arg(QLocale().toString(details.version)));
        Q_EMIT patientChanged();
    });
    dialog->open();
}

void PatientChartPage::demographicsVersions()
{
    if (!m_chart) {
        return;
    }
    auto *dialog =
        new RecordHistoryDialog(m_runner, m_patientId, m_chart->patient.recordId, tr("Demographics"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PatientChartPage::addHistory()
{
    if (!m_chart || isBusy() || !may(core::PatientAction::WriteHistory)) {
        return;
    }
    auto *dialog = new HistoryEntryDialog(m_runner, m_clock, m_patientId, m_chart->patient.demographics.birthDate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryEntryDialog::saved, this, [this](const QByteArray &recordId, quint64) {
        reloadThen(tr("The entry was added to the problem list."), recordId);
    });
    dialog->open();
}

void PatientChartPage::editHistory()
{
    const auto item = selectedHistory();
    if (!m_chart || !item || isBusy() || !may(core::PatientAction::WriteHistory)) {
        return;
    }
    auto *dialog =
        new HistoryEntryDialog(m_runner, m_clock, m_patientId, m_chart->patient.demographics.birthDate, *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HistoryEntryDialog::saved, this, [this](const QByteArray &recordId, quint64 version) {
        reloadThen(tr("The entry was saved as version %1.").arg(QLocale().toString(version)), recordId);
    });
    dialog->open();
}

void PatientChartPage::historyVersions()
{
    const auto item = selectedHistory();
    if (!item) {
        return;
    }
    auto *dialog = new RecordHistoryDialog(m_runner, m_patientId, item->recordId, item->entry.condition, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PatientChartPage::newPrescription()
{
    if (!m_chart || isBusy() || !may(core::PatientAction::WritePrescription)) {
        return;
    }
    auto *dialog = new PrescriptionDialog(m_runner, m_clock, m_patientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PrescriptionDialog::saved, this, [this](const QByteArray &recordId, quint64) {
        reloadThen(tr("The prescription was saved."), recordId);
    });
    dialog->open();
}

void PatientChartPage::amendPrescription()
{
    const auto item = selectedPrescription();
    if (!item || isBusy() || core::isFinal(item->prescription.status)) {
        return;
    }
    auto *dialog = new PrescriptionDialog(m_runner, m_clock, m_patientId, *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PrescriptionDialog::saved, this, [this](const QByteArray &recordId, quint64 version) {
        reloadThen(tr("The amendment was saved as version %1.").arg(QLocale().toString(version)), recordId);
    });
    dialog->open();
}

void PatientChartPage::completePrescription()
{
    setPrescriptionStatus(core::PrescriptionStatus::Completed);
}

void PatientChartPage::stopPrescription()
{
    setPrescriptionStatus(core::PrescriptionStatus::Stopped);
}

void PatientChartPage::setPrescriptionStatus(core::PrescriptionStatus status)
{
    const auto item = selectedPrescription();
    if (!item || isBusy() || core::isFinal(item->prescription.status)) {
        return;
    }
    const bool complete = status == core::PrescriptionStatus::Completed;
    const QString subject = QStringLiteral("%1 %2").arg(item->prescription.medication, item->prescription.strength);
    const services::PatientId patient = m_patientId;
    const QByteArray recordId = item->recordId;
    auto *dialog = new ReasonDialog(
        m_runner, complete ? tr("Complete prescription") : tr("Stop prescription"),
        complete ? tr("Mark %1 as completed. It can no longer be amended afterwards.").arg(subject)
                 : tr("Stop %1. It can no longer be amended afterwards.").arg(subject),
        complete ? tr("C&omplete") : tr("S&top"),
        [patient, recordId, status](services::Workstation &ws, const QString &reason) {
            return statusOf(ws.charts().setPrescriptionStatus(patient, recordId, status, reason));
        },
        this);
    dialog->setObjectName(complete ? QStringLiteral("completePrescriptionDialog")
                                   : QStringLiteral("stopPrescriptionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReasonDialog::done, this, [this, complete, subject, recordId] {
        reloadThen(complete ? tr("%1 is marked as completed.").arg(subject) : tr("%1 is stopped.").arg(subject),
                   recordId);
    });
    dialog->open();
}

void PatientChartPage::prescriptionVersions()
{
    const auto item = selectedPrescription();
    if (!item) {
        return;
    }
    auto *dialog = new RecordHistoryDialog(
        m_runner, m_patientId, item->recordId,
        QStringLiteral("%1 %2").arg(item->prescription.medication, item->prescription.strength), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PatientChartPage::grantToStaff()
{
    if (!m_chart || isBusy() || !may(core::PatientAction::ManageAccess)) {
        return;
    }
    auto *dialog = new GrantAccessDialog(m_runner, m_clock, GrantAccessDialog::Kind::StaffMember,
                                         m_chart->patient.summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GrantAccessDialog::granted, this, [this](const QString &name) {
        m_message->showMessage(MessageLabel::Kind::Success, tr("Access granted to %1.").arg(name));
        loadAccess();
    });
    dialog->open();
}

void PatientChartPage::grantToClinic()
{
    if (!m_chart || isBusy() || !may(core::PatientAction::ManageAccess)) {
        return;
    }
    auto *dialog =
        new GrantAccessDialog(m_runner, m_clock, GrantAccessDialog::Kind::Clinic, m_chart->patient.summary, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GrantAccessDialog::granted, this, [this](const QString &name) {
        m_message->showMessage(MessageLabel::Kind::Success, tr("Access granted to %1.").arg(name));
        loadAccess();
    });
    dialog->open();
}

void PatientChartPage::revokeGrant()
{
    const auto grant = selectedGrant();
    if (!grant || isBusy() || grant->revokedAt.isValid()) {
        return;
    }
    const services::PatientId patient = m_patientId;
    const qint64 grantId = grant->id;
    const QString name = grant->granteeName;
    auto *dialog = new ReasonDialog(
        m_runner, tr("Revoke access"),
        tr("%1 will no longer see this record. Records written from now on are encrypted under a new key that "
           "%1 never receives.")
            .arg(name),
        tr("&Revoke access"),
        [patient, grantId](services::Workstation &ws, const QString &reason) {
            return ws.consent().revoke(patient, grantId, reason);
        },
        this);
    dialog->setObjectName(QStringLiteral("revokeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReasonDialog::done, this, [this, name] {
        m_message->showMessage(MessageLabel::Kind::Success, tr("Access of %1 revoked.").arg(name));
        loadAccess();
    });
    dialog->open();
}

void PatientChartPage::loadAccess()
{
    setBusy(true);
    const services::PatientId id = m_patientId;
    m_runner.run(
        this,
        [id](services::Workstation &ws) {
            return AccessSnapshot{ws.consent().grants(id), ws.consent().breakGlassHistory(id)};
        },
        [this](const AccessSnapshot &snapshot) {
            setBusy(false);
            m_accessLoaded = true;
            if (!snapshot.grants.ok()) {
                m_grantModel->setGrants({});
                m_message->showError(tr("The access grants cannot be shown: %1").arg(snapshot.grants.message()));
            } else {
                m_grantModel->setGrants(snapshot.grants.value());
                fitColumns(m_grantView);
            }
            m_breakGlassModel->setRowCount(0);
            const bool none = snapshot.breakGlass.ok() && snapshot.breakGlass->isEmpty();
            m_breakGlassView->setVisible(!none);
            m_noBreakGlass->setVisible(none);
            if (snapshot.breakGlass.ok()) {
                for (const services::BreakGlassAccess &b : snapshot.breakGlass.value()) {
                    m_breakGlassModel->appendRow({new QStandardItem(b.doctorName),
                                                  new QStandardItem(formatDateTime(b.startedAt)),
                                                  new QStandardItem(formatDateTime(b.expiresAt)),
                                                  new QStandardItem(b.reason)});
                }
                fitColumns(m_breakGlassView);
            }
            updateActions();
            Q_EMIT accessLoaded();
        });
}

void PatientChartPage::loadAudit()
{
    setBusy(true);
    const services::PatientId id = m_patientId;
    m_runner.run(
        this, [id](services::Workstation &ws) { return ws.audit().patientTrail(id); },
        [this](const services::ServiceResult<QList<services::AuditEntry>> &result) {
            setBusy(false);
            m_auditLoaded = true;
            if (!result.ok()) {
                m_auditModel->clear();
                m_message->showError(tr("The audit trail cannot be shown: %1").arg(result.message()));
            } else {
                m_auditModel->setEntries(result.value());
                fitColumns(m_auditView);
            }
            Q_EMIT auditLoaded();
        });
}

void PatientChartPage::exportFhir()
{
    if (!m_chart || isBusy() || !may(core::PatientAction::Export)) {
        return;
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("patient-%1.fhir.json").arg(m_chart->patient.summary.mrn));
    QString path = QFileDialog::getSaveFileName(this, tr("Export FHIR bundle"), suggested, tr("FHIR JSON (*.json)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".json");
    }
    if (!path.isEmpty()) {
        exportFhirTo(path);
    }
}

void PatientChartPage::exportFhirTo(const QString &path)
{
    setBusy(true);
    const services::PatientId id = m_patientId;
    m_runner.run(
        this,
        [id, path](services::Workstation &ws) -> services::ServiceResult<qint64> {
            const auto bundle = ws.interop().exportFhir(id);
            if (!bundle.ok()) {
                return bundle.error();
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bundle.value()) != bundle->size() || !file.commit()) {
                return services::ServiceResult<qint64>::failure(
                    services::ServiceError::Storage,
                    QCoreApplication::translate("careledger::ui::PatientChartPage", "%1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
            }
            return qint64(bundle->size());
        },
        [this, path](const services::ServiceResult<qint64> &result) {
            setBusy(false);
            if (!result.ok()) {
                m_message->showError(tr("The FHIR bundle was not exported: %1").arg(result.message()));
                return;
            }
            m_message->showMessage(MessageLabel::Kind::Success,
                                   tr("FHIR bundle exported to %1.").arg(QDir::toNativeSeparators(path)));
            Q_EMIT exported(path);
        });
}

} // namespace careledger::ui
