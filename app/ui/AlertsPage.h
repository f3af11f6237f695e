#pragma once

#include "services/VitalsService.h"

#include <QElapsedTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace careledger::ui {

class AlertTableModel;
class MessageLabel;
class ServiceRunner;

// The Alerts section: the gateway's state, the alerts of the patients the reader may see
// (active ones, or everything of the last 24 hours), and acknowledgement of the selected
// one. Reloaded when alerts change, at most once a second, shown or not: the navigation
// shows the number waiting for acknowledgement.
class AlertsPage : public QWidget {
    Q_OBJECT
public:
    enum class Filter { Active, Last24Hours };
    static constexpr int kRefreshIntervalMs = 1000;

    explicit AlertsPage(ServiceRunner &runner, QWidget *parent = nullptr);

    AlertTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *filterCombo() const { return m_filter; }
    QLabel *gatewayLabel() const { return m_gateway; }
    QAction *acknowledgeAction() const { return m_acknowledgeAction; }
    bool isBusy() const { return m_loading || m_acknowledging; }
    bool hasLoaded() const { return m_loaded; }
    QString messageText() const;
    int waitingCount() const { return m_waiting; }
    // The MRN of a patient among the alerts loaded, for notifications; empty if unknown.
    QString mrnOf(const services::PatientId &patient) const;

    void setFilter(Filter filter);
    void selectAlert(const QByteArray &alertId);
    QByteArray selectedAlert() const;

public Q_SLOTS:
    void refresh();
    void acknowledgeSelected();

Q_SIGNALS:
    void refreshed();
    void waitingCountChanged(int count);
    void acknowledged(const QByteArray &alertId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void changed();
    void updateActions();
    void showGateway(const services::GatewayStatus &status);

    ServiceRunner &m_runner;
    QLabel *m_gateway = nullptr;
    QComboBox *m_filter = nullptr;
    MessageLabel *m_message = nullptr;
    AlertTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_acknowledgeAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QTimer *m_coalesce = nullptr;
    QElapsedTimer m_sinceFetch;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_loaded = false;
    bool m_acknowledging = false;
    bool m_loadFailed = false;
    bool m_shownOnce = false;
    int m_waiting = -1;
};

} // namespace careledger::ui
