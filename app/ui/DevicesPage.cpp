#include "ui/DevicesPage.h"

#include "ui/DeviceDialogs.h"
#include "ui/DeviceTableModel.h"
#include "ui/MessageLabel.h"
#include "ui/Mnemonic.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"
#include "ui/Theme.h"

#include "sensors/Rejection.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace careledger::ui {

namespace {

struct DeviceList {
    services::ServiceResult<QList<services::DeviceInfo>> devices;
    QHash<services::PatientId, QString> mrns;
};

QString gatewayStateText(sensors::SerialGatewayReader::State state)
{
    using S = sensors::SerialGatewayReader::State;
    switch (state) {
    case S::Stopped: return DevicesPage::tr("Stopped");
    case S::Open: return DevicesPage::tr("Port open, receiving");
    case S::WaitingToReopen: return DevicesPage::tr("Port unavailable, retrying");
    }
    return {};
}

} // namespace

DevicesPage::DevicesPage(ServiceRunner &runner, services::StaffAccount user, services::Clock clock, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_user(std::move(user)), m_clock(std::move(clock)),
      m_admin(m_user.role == services::Role::Admin)
{
    setObjectName(QStringLiteral("devicesPage"));
    setAccessibleName(tr("Devices"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(12);

    auto *heading = new QLabel(tr("Devices"), this);
    makeHeading(heading);
    layout->addWidget(heading);
    auto *intro = new QLabel(m_admin ? tr("Bedside devices that may send readings, and the patient each one is "
                                          "paired with. A reading belongs to the patient the device was paired "
                                          "with when it was measured.")
                                     : tr("Bedside devices and the patient each one is paired with. Administrators "
                                          "register and pair devices."),
                             this);
    intro->setObjectName(QStringLiteral("secondaryText"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_registerAction = new QAction(tr("&Register device…"), this);
    m_registerAction->setShortcut(QKeySequence::New);
    m_pairAction = new QAction(tr("&Pair with patient…"), this);
    m_pairAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_unpairAction = new QAction(tr("&Unpair…"), this);
    m_unpairAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_refreshAction = new QAction(tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    auto *findAction = new QAction(tr("Filter"), this);
    findAction->setShortcut(QKeySequence::Find);
    for (QAction *action : {m_registerAction, m_pairAction, m_unpairAction, m_refreshAction, findAction}) {
        addAction(action);
    }
    for (QAction *action : {m_registerAction, m_pairAction, m_unpairAction}) {
        action->setVisible(m_admin);
    }

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("deviceFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter by id, type, model, serial number or MRN"));
    m_filter->setAccessibleName(tr("Filter devices"));
    m_filter->setClearButtonEnabled(true);
    tools->addWidget(m_filter, 1);
    QPushButton *registerButton = addButton(m_registerAction, QStringLiteral("registerDeviceButton"));
    QPushButton *pairButton = addButton(m_pairAction, QStringLiteral("pairDeviceButton"));
    QPushButton *unpairButton = addButton(m_unpairAction, QStringLiteral("unpairDeviceButton"));
    QPushButton *refreshButton = addButton(m_refreshAction, QStringLiteral("refreshDevicesButton"));
    for (QPushButton *b : {registerButton, pairButton, unpairButton, refreshButton}) {
        tools->addWidget(b);
    }
    layout->addLayout(tools);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("devicesMessage"));
    layout->addWidget(m_message);

    m_model = new DeviceTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(DeviceTableModel::FilterRole);
    m_proxy->setSortRole(DeviceTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view = makeRecordTable(this, QStringLiteral("deviceTable"), tr("Devices table"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(DeviceTableModel::Registered, Qt::DescendingOrder);
    layout->addWidget(m_view, 1);

    if (m_admin) {
        layout->addWidget(makeGatewayBox());
    }

    setTabOrder(m_filter, registerButton);
    setTabOrder(registerButton, pairButton);
    setTabOrder(pairButton, unpairButton);
    setTabOrder(unpairButton, refreshButton);
    setTabOrder(refreshButton, m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DevicesPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DevicesPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesPage::updateActions);
    connect(m_registerAction, &QAction::triggered, this, &DevicesPage::registerDevice);
    connect(m_pairAction, &QAction::triggered, this, &DevicesPage::pairSelected);
    connect(m_unpairAction, &QAction::triggered, this, &DevicesPage::unpairSelected);
    connect(m_refreshAction, &QAction::triggered, this, &DevicesPage::refresh);
    connect(findAction, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    updateActions();
    refresh();
}

QWidget *DevicesPage::makeGatewayBox()
{
    m_gatewayBox = new QGroupBox(tr("Gateway"), this);
    m_gatewayBox->setObjectName(QStringLiteral("gatewayBox"));
    m_gatewayBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the table takes the height
    auto *outer = new QHBoxLayout(m_gatewayBox);
    outer->setSpacing(28);

    auto *settings = new QFormLayout;
    settings->setHorizontalSpacing(12);
    m_port = new QComboBox(m_gatewayBox);
    m_port->setObjectName(QStringLiteral("gatewayPortCombo"));
    m_port->setAccessibleName(tr("Serial port"));
    m_port->setEditable(true); // a pseudo-terminal (/dev/pts/N) is not listed by the system
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_port->setMinimumContentsLength(16);
    m_port->lineEdit()->setPlaceholderText(tr("None: no gateway here"));
    fillPorts();
    m_baud = new QComboBox(m_gatewayBox);
    m_baud->setObjectName(QStringLiteral("gatewayBaudCombo"));
    m_baud->setAccessibleName(tr("Baud rate"));
    m_baud->setEditable(true);
    m_baud->setInsertPolicy(QComboBox::NoInsert);
    m_baud->setValidator(new QIntValidator(50, 4000000, m_baud));
    for (const int rate : {9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600}) {
        m_baud->addItem(QString::number(rate), rate);
    }
    m_baud->setCurrentText(QStringLiteral("115200"));
    m_apply = new QPushButton(tr("&Apply"), m_gatewayBox);
    m_apply->setObjectName(QStringLiteral("applyGatewayButton"));
    m_apply->setAutoDefault(false);
    settings->addRow(tr("P&ort:"), m_port);
    settings->addRow(tr("&Baud rate:"), m_baud);
    settings->addRow(QString(), m_apply);
    m_gatewayMessage = new MessageLabel(m_gatewayBox);
    m_gatewayMessage->setObjectName(QStringLiteral("gatewayMessage"));
    settings->addRow(m_gatewayMessage);
    outer->addLayout(settings, 1);
    outer->setAlignment(settings, Qt::AlignTop);

    auto *status = new QFormLayout;
    status->setHorizontalSpacing(12);
    const auto valueLabel = [this](const char *name, const QString &accessible) {
        auto *label = new QLabel(QStringLiteral("—"), m_gatewayBox);
        label->setObjectName(QString::fromLatin1(name));
        label->setAccessibleName(accessible);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_state = valueLabel("gatewayStateLabel", tr("Gateway state"));
    m_lastError = valueLabel("gatewayErrorLabel", tr("Last error"));
    m_lastError->setWordWrap(true);
    m_accepted = valueLabel("gatewayAcceptedLabel", tr("Readings accepted"));
    m_unpaired = valueLabel("gatewayUnpairedLabel", tr("Readings without a pairing"));
    m_rejections = valueLabel("gatewayRejectionsLabel", tr("Rejected input"));
    m_rejections->setWordWrap(true);
    status->addRow(tr("State:"), m_state);
    status->addRow(tr("Last error:"), m_lastError);
    status->addRow(tr("Readings accepted:"), m_accepted);
    status->addRow(tr("Unpaired readings:"), m_unpaired);
    status->addRow(tr("Rejected:"), m_rejections);
    outer->addLayout(status, 1);
    outer->setAlignment(status, Qt::AlignTop);

    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(1000);
    connect(m_statusTimer, &QTimer::timeout, this, &DevicesPage::refreshGatewayStatus);
    connect(m_apply, &QPushButton::clicked, this, &DevicesPage::applyGatewaySettings);
    return m_gatewayBox;
}

void DevicesPage::fillPorts()
{
    const QString typed = m_port->currentText();
    m_port->clear();
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        const QString label = info.description().isEmpty()
            ? info.systemLocation()
            : QStringLiteral("%1 (%2)").arg(info.systemLocation(), info.description());
        m_port->addItem(label, info.systemLocation());
    }
    m_port->setCurrentText(typed);
}

QPushButton *DevicesPage::addButton(QAction *action, const QString &objectName)
{
    QPushButton *button = actionButton(this, action, objectName);
    button->setToolTip(QStringLiteral("%1 (%2)").arg(button->accessibleName(),
                                                      action->shortcut().toString(QKeySequence::NativeText)));
    return button;
}

void DevicesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_statusTimer) {
        return;
    }
    if (!m_settingsLoaded) {
        m_settingsLoaded = true;
        m_runner.run(
            this, [](services::Workstation &ws) { return ws.vitals().gatewaySettings(); },
            [this](const services::ServiceResult<services::GatewaySettings> &result) {
                if (!result.ok()) {
                    m_gatewayMessage->showError(tr("The gateway settings cannot be read: %1").arg(result.message()));
                    return;
                }
                m_port->setCurrentText(result->portName);
                m_baud->setCurrentText(QString::number(result->baudRate));
            });
    }
    refreshGatewayStatus();
    m_statusTimer->start();
}

void DevicesPage::hideEvent(QHideEvent *event)
{
    if (m_statusTimer) {
        m_statusTimer->stop();
    }
    QWidget::hideEvent(event);
}

QString DevicesPage::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

std::optional<services::DeviceInfo> DevicesPage::selectedDevice() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    return m_model->deviceAt(m_proxy->mapToSource(rows.first()).row());
}

void DevicesPage::selectDevice(const QString &deviceId)
{
    const int row = m_model->rowOfDevice(deviceId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        selectTableRow(m_view, index.row());
        m_view->scrollTo(index);
    }
}

void DevicesPage::updateActions()
{
    const auto device = selectedDevice();
    const bool idle = m_busy == 0;
    m_registerAction->setEnabled(idle && m_admin);
    m_pairAction->setEnabled(idle && m_admin && device.has_value());
    m_unpairAction->setEnabled(idle && m_admin && device && device->current.has_value());
    m_refreshAction->setEnabled(idle);
}

void DevicesPage::setBusy(bool busy)
{
    m_busy = qMax(0, m_busy + (busy ? 1 : -1));
    if (m_busy > 0) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateActions();
}

void DevicesPage::refresh()
{
    const auto selected = selectedDevice();
    reload(selected ? selected->deviceId : QString(), QString());
}

void DevicesPage::reload(const QString &selectId, const QString &success)
{
    setBusy(true);
    const QHash<services::PatientId, QString> known = m_mrns;
    m_runner.run(
        this,
        [known](services::Workstation &ws) {
            DeviceList out{ws.devices().devices(), known};
            if (!out.devices.ok()) {
                return out;
            }
            // The record number comes with the pairing: listing devices reads no patient record.
            for (const services::DeviceInfo &device : out.devices.value()) {
                if (device.current)
                    out.mrns.insert(device.current->patient, device.current->mrn);
            }
            return out;
        },
        [this, selectId, success](const DeviceList &list) {
            setBusy(false);
            if (!list.devices.ok()) {
                m_model->clear();
                m_message->showError(tr("The devices cannot be shown: %1").arg(list.devices.message()));
                Q_EMIT refreshed();
                return;
            }
            m_mrns = list.mrns;
            m_model->setDevices(list.devices.value(), m_mrns);
            fitColumns(m_view);
            if (!selectId.isEmpty()) {
                selectDevice(selectId);
            }
            if (success.isEmpty()) {
                m_message->clearMessage();
            } else {
                m_message->showMessage(MessageLabel::Kind::Success, success);
            }
            updateActions();
            Q_EMIT refreshed();
        });
}

void DevicesPage::registerDevice()
{
    if (m_busy > 0 || !m_admin) {
        return;
    }
    auto *dialog = new RegisterDeviceDialog(m_runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RegisterDeviceDialog::registered, this,
            [this](const services::DeviceRegistration &registration, const QString &type) {
                reload(registration.deviceId, tr("%1 registered as %2. Pair it with a patient to receive its readings.")
                                                  .arg(deviceTypeDisplayName(type), registration.deviceId));
                if (registration.keyHex.isEmpty()) {
                    return; // an HL7 monitor: no key to show
                }
                auto *keyDialog = new DeviceKeyDialog(m_runner, registration, this);
                keyDialog->setAttribute(Qt::WA_DeleteOnClose);
                keyDialog->open();
            });
    dialog->open();
}

void DevicesPage::pairSelected()
{
    const auto device = selectedDevice();
    if (m_busy > 0 || !m_admin || !device) {
        return;
    }
    auto *dialog = new PairDeviceDialog(m_runner, m_clock, device->deviceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PairDeviceDialog::paired, this, [this](const QString &deviceId, const QString &mrn) {
        reload(deviceId, tr("%1 is paired with the patient with MRN %2.").arg(deviceId, isolated(mrn)));
    });
    dialog->open();
}

void DevicesPage::unpairSelected()
{
    const auto device = selectedDevice();
    if (m_busy > 0 || !m_admin || !device || !device->current) {
        return;
    }
    const QString id = device->deviceId;
    const QString mrn = m_model->mrnOf(device->current->patient);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unpair device"),
                                tr("Unpair %1 from the patient with MRN %2?").arg(id, isolated(mrn)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmUnpairBox"));
    box->setInformativeText(tr("Readings the device measures from now on are refused until it is paired again. "
                               "Readings already stored stay with the patient."));
    QPushButton *confirm = box->addButton(tr("&Unpair"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel); // monitoring stops: not on a slip of the Enter key
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, confirm, id](QAbstractButton *clicked) {
        if (clicked != confirm) {
            return;
        }
        box->close();
        setBusy(true);
        const QDateTime at = nowUtc(m_clock);
        m_runner.run(
            this, [id, at](services::Workstation &ws) { return ws.devices().unpair(id, at); },
            [this, id](const services::ServiceStatus &status) {
                setBusy(false);
                if (!status.ok()) {
                    m_message->showError(tr("The device cannot be unpaired: %1").arg(status.message()));
                    return;
                }
                reload(id, tr("%1 is no longer paired.").arg(id));
            });
    });
    box->open();
}

void DevicesPage::applyGatewaySettings()
{
    if (!m_port) {
        return;
    }
    services::GatewaySettings settings;
    // A listed port carries its system location; typed text is taken as it is.
    const int index = m_port->findText(m_port->currentText());
    settings.portName = index >= 0 ? m_port->itemData(index).toString() : m_port->currentText().trimmed();
    bool ok = false;
    settings.baudRate = m_baud->currentText().toInt(&ok);
    if (!ok || settings.baudRate <= 0) {
        m_gatewayMessage->showError(tr("Enter a baud rate, e.g. 115200."));
        return;
    }
    m_apply->setEnabled(false);
    m_gatewayMessage->showInfo(tr("Applying…"));
    m_runner.run(
        this, [settings](services::Workstation &ws) { return ws.vitals().setGatewaySettings(settings); },
        [this, settings](const services::ServiceStatus &status) {
            m_apply->setEnabled(true);
            if (!status.ok()) {
                m_gatewayMessage->showError(tr("The gateway settings were not changed: %1").arg(status.message()));
                return;
            }
            m_gatewayMessage->showMessage(MessageLabel::Kind::Success,
                                          settings.portName.isEmpty()
                                              ? tr("The gateway is off on this workstation.")
                                              : tr("The gateway listens on %1 at %2 baud.")
                                                    .arg(settings.portName, QString::number(settings.baudRate)));
            refreshGatewayStatus();
        });
}

void DevicesPage::refreshGatewayStatus()
{
    if (!m_state || m_statusPending) {
        return; // the previous status is still on its way: no pile-up behind a slow store call
    }
    m_statusPending = true;
    m_runner.run(
        this, [](services::Workstation &ws) { return ws.vitals().gatewayStatus(); },
        [this](const services::GatewayStatus &status) {
            m_statusPending = false;
            showGatewayStatus(status);
            Q_EMIT gatewayStatusShown();
        });
}

void DevicesPage::showGatewayStatus(const services::GatewayStatus &status)
{
    const QLocale locale;
    m_state->setText(status.settings.portName.isEmpty()
                         ? tr("No port set")
                         : tr("%1 — %2").arg(gatewayStateText(status.state), status.settings.portName));
    m_lastError->setText(status.lastError.isEmpty() ? QStringLiteral("—") : status.lastError);
    m_accepted->setText(locale.toString(qulonglong(status.stats.readingsAccepted)));
    m_unpaired->setText(locale.toString(qulonglong(status.readingsUnpaired)));
    QStringList lines;
    for (int i = 0; i < sensors::kRejectionReasonCount; ++i) {
        const auto reason = sensors::RejectionReason(i);
        if (const quint64 count = status.stats.rejected(reason); count > 0) {
            //: Gateway rejection counter: reason, count ("Bad MAC: 3")
            lines << tr("%1: %2").arg(sensors::reasonText(reason), locale.toString(qulonglong(count)));
        }
    }
    m_rejections->setText(lines.isEmpty() ? tr("None") : lines.join(QLatin1Char('\n')));
}

} // namespace careledger::ui
