#include "ui/AlertsPage.h"

#include "services/Workstation.h"
#include "ui/AlertTableModel.h"
#include "ui/MessageLabel.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"
#include "ui/Theme.h"
#include "ui/VitalsUi.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace careledger::ui {

namespace {

// "Active" hides what is over (resolved); acknowledged alerts whose condition still holds
// stay, since someone is dealing with them but the patient is not yet better.
class AlertFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setActiveOnly(bool activeOnly)
    {
        m_activeOnly = activeOnly;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (!m_activeOnly) {
            return true;
        }
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(AlertTableModel::StateRole).toInt() != int(services::AlertState::Resolved);
    }

private:
    bool m_activeOnly = true;
};

struct AlertsSnapshot {
    services::ServiceResult<QList<services::AlertInfo>> alerts;
    services::GatewayStatus gateway;
};

QString gatewayStateText(sensors::SerialGatewayReader::State state)
{
    switch (state) {
    case sensors::SerialGatewayReader::State::Stopped: return AlertsPage::tr("stopped");
    case sensors::SerialGatewayReader::State::Open: return AlertsPage::tr("receiving");
    case sensors::SerialGatewayReader::State::WaitingToReopen: return AlertsPage::tr("port unavailable, retrying");
    }
    return {};
}

} // namespace

AlertsPage::AlertsPage(ServiceRunner &runner, QWidget *parent) : QWidget(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("alertsPage"));
    setAccessibleName(tr("Alerts"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(10);

    auto *heading = new QLabel(tr("Alerts"), this);
    makeHeading(heading);
    layout->addWidget(heading);
    m_gateway = new QLabel(this);
    m_gateway->setObjectName(QStringLiteral("gatewayStatusLabel"));
    m_gateway->setTextFormat(Qt::PlainText);
    m_gateway->setWordWrap(true);
    m_gateway->setAccessibleName(tr("Gateway status"));
    layout->addWidget(m_gateway);

    m_acknowledgeAction = new QAction(tr("&Acknowledge"), this);
    m_acknowledgeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_refreshAction = new QAction(tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    addAction(m_acknowledgeAction);
    addAction(m_refreshAction);
    connect(m_acknowledgeAction, &QAction::triggered, this, &AlertsPage::acknowledgeSelected);
    connect(m_refreshAction, &QAction::triggered, this, &AlertsPage::refresh);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("alertFilterCombo"));
    m_filter->setAccessibleName(tr("Show"));
    m_filter->addItem(tr("Active"), int(Filter::Active));
    m_filter->addItem(tr("All of the last 24 hours"), int(Filter::Last24Hours));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterLabel->setBuddy(m_filter);
    tools->addWidget(filterLabel);
    tools->addWidget(m_filter);
    tools->addStretch(1);
    QPushButton *acknowledge = actionButton(this, m_acknowledgeAction, QStringLiteral("acknowledgeButton"));
    QPushButton *refreshButton = actionButton(this, m_refreshAction, QStringLiteral("alertsRefreshButton"));
    tools->addWidget(acknowledge);
    tools->addWidget(refreshButton);
    layout->addLayout(tools);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("alertsMessage"));
    layout->addWidget(m_message);

    m_model = new AlertTableModel(this);
    auto *proxy = new AlertFilterProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AlertTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_view = makeRecordTable(this, QStringLiteral("alertTable"), tr("Alerts"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new AlarmCellDelegate(m_view));
    m_view->sortByColumn(AlertTableModel::Priority, Qt::DescendingOrder);
    layout->addWidget(m_view, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("secondaryText"));
    m_count->setAccessibleName(tr("Number of alerts shown"));
    layout->addWidget(m_count);

    setTabOrder(m_filter, acknowledge);
    setTabOrder(acknowledge, refreshButton);
    setTabOrder(refreshButton, m_view);

    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    connect(m_coalesce, &QTimer::timeout, this, &AlertsPage::refresh);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this, proxy] {
        proxy->setActiveOnly(Filter(m_filter->currentData().toInt()) == Filter::Active);
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AlertsPage::updateActions);
    connect(m_view, &QTableView::activated, this, &AlertsPage::acknowledgeSelected);

    // Emitted on the gateway thread: queued onto this one.
    services::VitalsService &vitals = m_runner.workstation().vitals();
    connect(&vitals, &services::VitalsService::alertsChanged, this, &AlertsPage::changed, Qt::QueuedConnection);
    connect(&vitals, &services::VitalsService::gatewayStatusChanged, this, &AlertsPage::changed, Qt::QueuedConnection);

    updateActions();
    refresh(); // the navigation's count is wanted before the page is first shown
}

void AlertsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_shownOnce) {
        m_shownOnce = true;
        // Loaded while hidden: fitted once the page's layout has given the table its width.
        QTimer::singleShot(0, this, [this] { fitColumns(m_view); });
    }
    if (m_dirty && !m_loading) {
        refresh();
    }
}

QString AlertsPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString AlertsPage::mrnOf(const services::PatientId &patient) const
{
    for (const services::AlertInfo &a : m_model->alerts()) {
        if (a.patient == patient) {
            return a.mrn;
        }
    }
    return {};
}

void AlertsPage::setFilter(Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
}

void AlertsPage::changed()
{
    m_dirty = true;
    if (m_loading || m_coalesce->isActive()) {
        return;
    }
    const qint64 since = m_sinceFetch.isValid() ? m_sinceFetch.elapsed() : kRefreshIntervalMs;
    m_coalesce->start(int(qMax<qint64>(0, kRefreshIntervalMs - since)));
}

void AlertsPage::refresh()
{
    if (m_loading) {
        m_dirty = true;
        return;
    }
    m_coalesce->stop();
    m_loading = true;
    m_dirty = false;
    m_sinceFetch.start();
    if (isVisible()) {
        setCursor(Qt::BusyCursor);
    }
    m_runner.run(
        this,
        [](services::Workstation &ws) {
            return AlertsSnapshot{ws.vitals().alerts(std::chrono::hours(24)), ws.vitals().gatewayStatus()};
        },
        [this](const AlertsSnapshot &snapshot) {
            m_loading = false;
            m_loaded = true;
            unsetCursor();
            showGateway(snapshot.gateway);
            const QByteArray selected = selectedAlert();
            if (!snapshot.alerts.ok()) {
                m_message->showError(tr("The alerts cannot be shown: %1").arg(snapshot.alerts.message()));
                m_loadFailed = true;
            } else {
                const bool first = m_model->rowCount() == 0;
                m_model->setAlerts(snapshot.alerts.value());
                if (first && m_model->rowCount() > 0 && isVisible()) {
                    fitColumns(m_view);
                }
                if (!selected.isEmpty()) {
                    selectAlert(selected);
                }
                if (m_loadFailed) {
                    m_loadFailed = false; // an acknowledgement's refusal stays until the next one
                    m_message->clearMessage();
                }
                const int waiting = m_model->waitingCount();
                if (waiting != m_waiting) {
                    m_waiting = waiting;
                    Q_EMIT waitingCountChanged(waiting);
                }
            }
            updateActions();
            Q_EMIT refreshed();
            if (m_dirty) {
                changed();
            }
        });
}

void AlertsPage::showGateway(const services::GatewayStatus &status)
{
    if (status.settings.portName.isEmpty()) {
        m_gateway->setText(tr("Gateway: none configured on this workstation (an administrator sets its port)."));
        return;
    }
    const QLocale locale;
    QString text = tr("Gateway %1: %2 · %3 readings accepted, %4 rejected, %5 from unpaired devices")
                       .arg(isolated(status.settings.portName), gatewayStateText(status.state),
                            locale.toString(status.stats.readingsAccepted), locale.toString(status.stats.totalRejected()),
                            locale.toString(status.readingsUnpaired));
    if (!status.lastError.isEmpty() && status.state != sensors::SerialGatewayReader::State::Open) {
        text += QLatin1Char(' ') + tr("(last error: %1)").arg(isolated(status.lastError));
    }
    m_gateway->setText(text);
}

QByteArray AlertsPage::selectedAlert() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QByteArray() : rows.first().data(AlertTableModel::IdRole).toByteArray();
}

void AlertsPage::selectAlert(const QByteArray &alertId)
{
    const int row = m_model->rowOf(alertId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void AlertsPage::updateActions()
{
    const QByteArray id = selectedAlert();
    const services::AlertInfo *alert = id.isEmpty() ? nullptr : m_model->alertAt(m_model->rowOf(id));
    m_acknowledgeAction->setEnabled(alert && alert->state == services::AlertState::Active && !m_acknowledging);
    const int shown = m_proxy->rowCount();
    if (!m_loaded) {
        m_count->setText(tr("Loading…"));
    } else if (shown == 0) {
        m_count->setText(Filter(m_filter->currentData().toInt()) == Filter::Active
                             ? tr("No active alerts.")
                             : tr("No alerts in the last 24 hours."));
    } else {
        m_count->setText(tr("Alerts shown: %1; waiting for acknowledgement: %2")
                             .arg(QLocale().toString(shown), QLocale().toString(qMax(0, m_waiting))));
    }
}

void AlertsPage::acknowledgeSelected()
{
    const QByteArray id = selectedAlert();
    const services::AlertInfo *alert = id.isEmpty() ? nullptr : m_model->alertAt(m_model->rowOf(id));
    if (!alert || alert->state != services::AlertState::Active || m_acknowledging) {
        return;
    }
    const QString text = alert->text;
    const QString mrn = alert->mrn;
    m_acknowledging = true;
    updateActions();
    m_runner.run(
        this, [id](services::Workstation &ws) { return ws.vitals().acknowledge(id); },
        [this, id, text, mrn](const services::ServiceStatus &status) {
            m_acknowledging = false;
            if (!status.ok()) {
                m_message->showError(tr("The alert was not acknowledged: %1").arg(status.message()));
            } else {
                m_message->showMessage(MessageLabel::Kind::Success,
                                       tr("Acknowledged: %1 (MRN %2).").arg(isolated(text), isolated(mrn)));
                Q_EMIT acknowledged(id);
            }
            refresh();
        });
}

} // namespace careledger::ui
