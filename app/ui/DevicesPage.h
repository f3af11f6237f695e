#pragma once

#include "services/DeviceService.h"
#include "services/ServiceTypes.h"
#include "services/VitalsService.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace careledger::ui {

class DeviceTableModel;
class MessageLabel;
class ServiceRunner;

// Bedside devices: the registry (register, pair with a patient, unpair) for administrators,
// read-only for the other roles that are shown it, and the serial gateway's settings and
// live counters, refreshed every second while the page is visible.
class DevicesPage : public QWidget {
    Q_OBJECT
public:
    DevicesPage(ServiceRunner &runner, services::StaffAccount user, services::Clock clock, QWidget *parent = nullptr);

    DeviceTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    bool isBusy() const { return m_busy > 0; }
    QString messageText() const;
    void selectDevice(const QString &deviceId);
    QComboBox *portCombo() const { return m_port; }
    QComboBox *baudCombo() const { return m_baud; }
    QLabel *gatewayStateLabel() const { return m_state; }
    QLabel *rejectionsLabel() const { return m_rejections; }
    QGroupBox *gatewayBox() const { return m_gatewayBox; }

public Q_SLOTS:
    void refresh();
    void registerDevice();
    void pairSelected();
    void unpairSelected();
    void applyGatewaySettings();
    void refreshGatewayStatus();

Q_SIGNALS:
    void refreshed();
    void gatewayStatusShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *makeGatewayBox();
    QPushButton *addButton(QAction *action, const QString &objectName);
    std::optional<services::DeviceInfo> selectedDevice() const;
    void reload(const QString &selectId, const QString &success);
    void setBusy(bool busy);
    void updateActions();
    void showGatewayStatus(const services::GatewayStatus &status);
    void fillPorts();

    ServiceRunner &m_runner;
    services::StaffAccount m_user;
    services::Clock m_clock;
    bool m_admin = false;
    int m_busy = 0;
    bool m_statusPending = false;
    bool m_settingsLoaded = false;
    QHash<services::PatientId, QString> m_mrns; // looked up once per patient: each lookup is audited

    DeviceTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    MessageLabel *m_message = nullptr;
    QAction *m_registerAction = nullptr;
    QAction *m_pairAction = nullptr;
    QAction *m_unpairAction = nullptr;
    QAction *m_refreshAction = nullptr;

    QGroupBox *m_gatewayBox = nullptr;
    QComboBox *m_port = nullptr;
    QComboBox *m_baud = nullptr;
    QPushButton *m_apply = nullptr;
    MessageLabel *m_gatewayMessage = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_lastError = nullptr;
    QLabel *m_accepted = nullptr;
    QLabel *m_unpaired = nullptr;
    QLabel *m_rejections = nullptr;
    QTimer *m_statusTimer = nullptr;
};

} // namespace careledger::ui
