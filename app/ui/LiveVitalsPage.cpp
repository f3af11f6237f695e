#include "ui/LiveVitalsPage.h"

#include "services/Workstation.h"
#include "ui/MessageLabel.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"
#include "ui/Theme.h"
#include "ui/VitalTileWidget.h"
#include "ui/VitalsUi.h"
#include "ui/WardTableModel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace careledger::ui {

namespace {

// Signs always given a tile, so the panel keeps its shape and a sign never received reads
// "No reading" rather than disappearing; the others appear once a device sends them.
constexpr core::VitalSign kCoreSigns[] = {core::VitalSign::HeartRate, core::VitalSign::SpO2,
                                          core::VitalSign::RespirationRate, core::VitalSign::Temperature,
                                          core::VitalSign::Systolic};
constexpr core::VitalSign kOptionalSigns[] = {core::VitalSign::OnOxygen, core::VitalSign::Consciousness,
                                              core::VitalSign::Glucose, core::VitalSign::Emg};
constexpr int kTileColumns = 4;

} // namespace

LiveVitalsPage::LiveVitalsPage(ServiceRunner &runner, services::Clock clock, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("liveVitalsPage"));
    setAccessibleName(tr("Live vitals"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(10);

    auto *heading = new QLabel(tr("Live vitals"), this);
    makeHeading(heading);
    layout->addWidget(heading);
    auto *intro = new QLabel(tr("Patients with a bedside device, most urgent first: highest alert, then NEWS2. "
                                "Select a patient to see their latest values."),
                             this);
    intro->setObjectName(QStringLiteral("secondaryText"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("liveVitalsMessage"));
    layout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("No patient is monitored on this workstation. Pair a device with a patient in Devices."),
                         m_stack);
    m_empty->setObjectName(QStringLiteral("liveVitalsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_stack->addWidget(m_empty);

    auto *splitter = new QSplitter(Qt::Vertical, m_stack);
    splitter->setObjectName(QStringLiteral("liveVitalsSplitter"));
    splitter->setChildrenCollapsible(false);
    m_model = new WardTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WardTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setDynamicSortFilter(true);
    m_view = makeRecordTable(splitter, QStringLiteral("wardTable"), tr("Monitored patients"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new AlarmCellDelegate(m_view));
    m_view->sortByColumn(WardTableModel::HighestAlert, Qt::DescendingOrder);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 3);
    splitter->addWidget(m_view);
    splitter->addWidget(makePanel());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("secondaryText"));
    m_count->setAccessibleName(tr("Number of monitored patients"));
    layout->addWidget(m_count);

    m_ticker = new QTimer(this);
    m_ticker->setInterval(kRefreshIntervalMs);
    connect(m_ticker, &QTimer::timeout, this, &LiveVitalsPage::tick);
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    connect(m_coalesce, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_loading) {
            refresh();
        }
    });

    // Emitted on the gateway thread: queued, so the page only ever runs on the GUI thread.
    services::VitalsService &vitals = m_runner.workstation().vitals();
    connect(&vitals, &services::VitalsService::readingsChanged, this, &LiveVitalsPage::changed, Qt::QueuedConnection);
    connect(&vitals, &services::VitalsService::alertsChanged, this, &LiveVitalsPage::changed, Qt::QueuedConnection);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LiveVitalsPage::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LiveVitalsPage::showSelected);
}

QWidget *LiveVitalsPage::makePanel()
{
    m_panelStack = new QStackedWidget(this);
    m_panelStack->setObjectName(QStringLiteral("livePanel"));
    auto *none = new QLabel(tr("Select a patient to see their latest values."), m_panelStack);
    none->setObjectName(QStringLiteral("secondaryText"));
    none->setAlignment(Qt::AlignCenter);
    m_panelStack->addWidget(none);

    auto *panel = new QWidget(m_panelStack);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(6);
    m_panelTitle = new QLabel(panel);
    m_panelTitle->setObjectName(QStringLiteral("livePanelTitle"));
    m_panelTitle->setTextFormat(Qt::PlainText);
    makeHeading(m_panelTitle, 1.15);
    layout->addWidget(m_panelTitle);
    m_device = new QLabel(panel);
    m_device->setObjectName(QStringLiteral("liveDeviceLabel"));
    m_device->setTextFormat(Qt::PlainText);
    m_device->setAccessibleName(tr("Device"));
    layout->addWidget(m_device);
    m_news2 = new QLabel(panel);
    m_news2->setObjectName(QStringLiteral("liveNews2Label"));
    m_news2->setTextFormat(Qt::PlainText);
    m_news2->setWordWrap(true);
    m_news2->setAccessibleName(tr("NEWS2"));
    QFont bold = m_news2->font();
    bold.setBold(true);
    m_news2->setFont(bold);
    layout->addWidget(m_news2);

    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(10);
    for (const core::VitalSign sign : kCoreSigns) {
        m_tiles << new VitalTileWidget(sign, panel);
    }
    for (const core::VitalSign sign : kOptionalSigns) {
        m_tiles << new VitalTileWidget(sign, panel);
    }
    for (int c = 0; c < kTileColumns; ++c) {
        m_tileGrid->setColumnStretch(c, 1);
    }
    layout->addLayout(m_tileGrid);
    layout->addStretch(1);
    m_panelStack->addWidget(panel);
    return m_panelStack;
}

void LiveVitalsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_ticker->start();
    if (!m_loading && (!m_loaded || m_dirty || !m_sinceFetch.isValid() || m_sinceFetch.elapsed() >= kRefreshIntervalMs)) {
        refresh();
    }
}

void LiveVitalsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_ticker->stop();
    m_coalesce->stop();
}

bool LiveVitalsPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString LiveVitalsPage::emptyStateText() const
{
    return m_empty->text();
}

QString LiveVitalsPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void LiveVitalsPage::changed()
{
    m_dirty = true;
    if (!isVisible() || m_loading || m_coalesce->isActive()) {
        return; // shown again, or the fetch under way ends: the dirty flag brings a refresh
    }
    const qint64 since = m_sinceFetch.isValid() ? m_sinceFetch.elapsed() : kRefreshIntervalMs;
    m_coalesce->start(int(qMax<qint64>(0, kRefreshIntervalMs - since)));
}

void LiveVitalsPage::tick()
{
    const QDateTime now = nowUtc(m_clock);
    m_model->touchAges(now);
    for (VitalTileWidget *tile : std::as_const(m_tiles)) {
        tile->updateAge(now);
    }
    if (!m_loading && !m_coalesce->isActive() && m_sinceFetch.isValid() && m_sinceFetch.elapsed() >= kIdleRefreshMs) {
        refresh();
    }
}

void LiveVitalsPage::refresh()
{
    if (m_loading) {
        m_dirty = true;
        return;
    }
    m_loading = true;
    m_dirty = false;
    m_sinceFetch.start();
    m_runner.run(
        this, [](services::Workstation &ws) { return ws.vitals().ward(); },
        [this](const services::ServiceResult<QList<services::MonitoredPatient>> &result) {
            m_loading = false;
            m_loaded = true;
            m_model->setNow(nowUtc(m_clock));
            if (!result.ok()) {
                m_message->showError(tr("The monitored patients cannot be shown: %1").arg(result.message()));
            } else {
                const bool first = m_model->rowCount() == 0;
                const auto selected = selectedPatient();
                m_model->setPatients(result.value());
                if (selected && !selectedPatient()) {
                    selectPatient(*selected); // the set of patients changed: the model was reset
                }
                if (m_message->kind() == MessageLabel::Kind::Error) {
                    m_message->clearMessage();
                }
                if (first && m_model->rowCount() > 0) {
                    fitColumns(m_view);
                }
            }
            const int shown = m_model->rowCount();
            m_stack->setCurrentIndex(shown == 0 && result.ok() ? 0 : 1);
            m_count->setText(shown == 0 ? QString() : tr("Monitored patients: %1").arg(QLocale().toString(shown)));
            if (shown > 0 && !m_view->selectionModel()->hasSelection()) {
                selectTableRow(m_view, 0); // the most urgent patient
            }
            showSelected();
            Q_EMIT refreshed();
            if (m_dirty && isVisible()) {
                changed();
            }
        });
}

QString LiveVitalsPage::mrnOf(const services::PatientId &patient) const
{
    const services::MonitoredPatient *p = m_model->patientAt(m_model->rowOf(patient));
    return p ? p->patient.mrn : QString();
}

std::optional<services::PatientId> LiveVitalsPage::selectedPatient() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    const services::MonitoredPatient *p = m_model->patientAt(m_proxy->mapToSource(rows.first()).row());
    return p ? std::optional(p->patient.id) : std::nullopt;
}

void LiveVitalsPage::selectPatient(const services::PatientId &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

VitalTileWidget *LiveVitalsPage::tile(core::VitalSign sign) const
{
    if (sign == core::VitalSign::Diastolic) {
        sign = core::VitalSign::Systolic;
    }
    for (VitalTileWidget *t : m_tiles) {
        if (t->sign() == sign) {
            return t;
        }
    }
    return nullptr;
}

void LiveVitalsPage::showSelected()
{
    const auto id = selectedPatient();
    const services::MonitoredPatient *p = id ? m_model->patientAt(m_model->rowOf(*id)) : nullptr;
    if (!p) {
        m_panelStack->setCurrentIndex(0);
        return;
    }
    m_panelStack->setCurrentIndex(1);
    const QDateTime now = nowUtc(m_clock);
    m_panelTitle->setText(tr("%1 · MRN %2").arg(patientDisplayName(p->patient), isolated(p->patient.mrn)));
    QString device;
    if (p->link == services::DeviceLink::NoDevice) {
        device = tr("No device is paired with this patient.");
    } else {
        device = tr("Device %1: %2; last reading %3")
                     .arg(isolated(p->deviceId), linkText(p->link), formatAge(p->lastReadingAt, now));
    }
    m_device->setText(device);
    m_news2->setText(p->news2 ? p->news2->summary() : tr("NEWS2: no parameter measured yet"));
    QPalette news2Palette = m_news2->palette();
    news2Palette.setColor(QPalette::WindowText,
                          p->news2 && p->news2->risk == core::News2Risk::High ? alarmFill(core::AlarmPriority::High)
                                                                              : palette().color(QPalette::WindowText));
    m_news2->setPalette(news2Palette);
    layoutTiles(p);
}

void LiveVitalsPage::layoutTiles(const services::MonitoredPatient *patient)
{
    const QDateTime now = nowUtc(m_clock);
    const bool silent = patient->link != services::DeviceLink::Receiving;
    int position = 0;
    for (VitalTileWidget *t : std::as_const(m_tiles)) {
        m_tileGrid->removeWidget(t);
        const bool core = std::find(std::begin(kCoreSigns), std::end(kCoreSigns), t->sign()) != std::end(kCoreSigns);
        const bool received = findTile(patient->tiles, t->sign()) != nullptr;
        if (!core && !received) {
            t->hide();
            continue;
        }
        t->setTiles(patient->tiles, silent, now);
        m_tileGrid->addWidget(t, position / kTileColumns, position % kTileColumns);
        t->show();
        ++position;
    }
}

} // namespace careledger::ui
