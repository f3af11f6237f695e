#include "ui/DeviceDialogs.h"

#include "ui/DeviceTableModel.h"
#include "ui/MessageLabel.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"
#include "ui/Theme.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace careledger::ui {

namespace {

constexpr int kMaxField = 200; // DeviceService's limit for type, model and serial

QFont monospaceFont(const QFont &base)
{
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    if (base.pointSizeF() > 0) {
        mono.setPointSizeF(base.pointSizeF());
    }
    return mono;
}

} // namespace

// ---- register ---------------------------------------------------------------------------

RegisterDeviceDialog::RegisterDeviceDialog(ServiceRunner &runner, QWidget *parent) : FormDialog(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("registerDeviceDialog"));
    setWindowTitle(tr("Register device"));
    setIntro(tr("The device gets an id and a secret key. The key is shown once, after registration: have the "
                "device or its gateway at hand to enter it."));
    setAcceptText(tr("&Register"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("deviceTypeCombo"));
    m_type->setAccessibleName(tr("Device type"));
    for (const QString &id : deviceTypeIds()) {
        m_type->addItem(deviceTypeDisplayName(id), id);
    }
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("deviceModelEdit"));
    m_model->setAccessibleName(tr("Model"));
    m_model->setMaxLength(kMaxField);
    m_model->setPlaceholderText(tr("e.g. IntelliVue MX450"));
    m_serial = new QLineEdit(this);
    m_serial->setObjectName(QStringLiteral("deviceSerialEdit"));
    m_serial->setAccessibleName(tr("Serial number"));
    m_serial->setMaxLength(kMaxField);
    m_serial->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    // A CLV1 device signs its frames with a key; an HL7 monitor cannot, and is known by the
    // EUI-64 it puts in its messages.
    m_protocol = new QComboBox(this);
    m_protocol->setObjectName(QStringLiteral("deviceProtocolCombo"));
    m_protocol->setAccessibleName(tr("Protocol"));
    m_protocol->addItem(tr("CareLedger gateway (CLV1, signed with a key)"), false);
    m_protocol->addItem(tr("HL7 v2 bedside monitor (EUI-64, no key)"), true);
    m_eui = new QLineEdit(this);
    m_eui->setObjectName(QStringLiteral("deviceEuiEdit"));
    m_eui->setAccessibleName(tr("EUI-64"));
    m_eui->setMaxLength(23);
    m_eui->setPlaceholderText(tr("e.g. 00:09:5C:FF:FE:12:34:56"));
    m_eui->setEnabled(false);

    form()->addRow(tr("&Type:"), m_type);
    form()->addRow(tr("&Model:"), m_model);
    form()->addRow(tr("&Serial number:"), m_serial);
    form()->addRow(tr("&Protocol:"), m_protocol);
    form()->addRow(tr("&EUI-64:"), m_eui);

    setTabOrder(m_type, m_model);
    setTabOrder(m_model, m_serial);
    setTabOrder(m_serial, m_protocol);
    setTabOrder(m_protocol, m_eui);
    setTabOrder(m_eui, acceptButton());
    setTabOrder(acceptButton(), cancelButton());

    connect(m_serial, &QLineEdit::textChanged, this, [this] { showHint(serialProblem()); });
    connect(m_eui, &QLineEdit::textChanged, this, [this] { showHint(euiProblem()); });
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        m_eui->setEnabled(hl7());
        setIntro(hl7() ? tr("An HL7 monitor cannot sign its messages: it is known by the EUI-64 it sends and accepted "
                            "once it is registered and paired with a patient.")
                       : tr("The device gets an id and a secret key. The key is shown once, after registration: have "
                            "the device or its gateway at hand to enter it."));
        showHint(euiProblem());
    });
    connect(this, &FormDialog::submitted, this, &RegisterDeviceDialog::run);
    m_type->setFocus();
}

QString RegisterDeviceDialog::serialProblem() const
{
    // As printed on the label: letters and digits, with the separators manufacturers use.
    static const QRegularExpression shape(QStringLiteral("^[\\p{L}\\p{N}]([\\p{L}\\p{N} ._/-]*[\\p{L}\\p{N}])?$"));
    const QString serial = m_serial->text().trimmed();
    if (!serial.isEmpty() && !shape.match(serial).hasMatch()) {
        return tr("A serial number has letters and digits, with spaces, dots, dashes, slashes or underscores "
                  "between them.");
    }
    return {};
}

bool RegisterDeviceDialog::hl7() const
{
    return m_protocol->currentData().toBool();
}

QString RegisterDeviceDialog::euiProblem() const
{
    if (!hl7()) {
        return {};
    }
    QString eui = m_eui->text().trimmed();
    eui.remove(QLatin1Char('-')).remove(QLatin1Char(':'));
    static const QRegularExpression hex16(QStringLiteral("^[0-9A-Fa-f]{16}$"));
    if (eui.isEmpty()) {
        return tr("Enter the monitor's EUI-64, as on its label or in its network settings.");
    }
    return hex16.match(eui).hasMatch() ? QString() : tr("An EUI-64 has 16 hexadecimal digits, e.g. 00:09:5C:FF:FE:12:34:56.");
}

QString RegisterDeviceDialog::validationProblem() const
{
    if (m_model->text().trimmed().isEmpty()) {
        return tr("Enter the device's model.");
    }
    if (m_serial->text().trimmed().isEmpty()) {
        return tr("Enter the serial number printed on the device.");
    }
    if (const QString problem = serialProblem(); !problem.isEmpty()) {
        return problem;
    }
    return euiProblem();
}

void RegisterDeviceDialog::run()
{
    setBusy(true, tr("Registering the device…"));
    const QString type = m_type->currentData().toString();
    const QString model = m_model->text().trimmed();
    const QString serial = m_serial->text().trimmed();
    const bool hl7Monitor = hl7();
    const QString eui = m_eui->text().trimmed();
    m_runner.run(
        this,
        [=](services::Workstation &ws) -> services::ServiceResult<services::DeviceRegistration> {
            if (!hl7Monitor) {
                return ws.devices().registerDevice(type, model, serial);
            }
            auto id = ws.devices().registerHl7Monitor(type, model, serial, eui);
            if (!id) {
                return id.error();
            }
            return services::DeviceRegistration{*id, {}}; // no key to show
        },
        [this, type](const services::ServiceResult<services::DeviceRegistration> &result) {
            if (!result.ok()) {
                showError(result.message());
                return;
            }
            setBusy(false);
            Q_EMIT registered(result.value(), type);
            accept();
        });
}

// ---- key, shown once ----------------------------------------------------------------------

DeviceKeyDialog::DeviceKeyDialog(ServiceRunner &runner, services::DeviceRegistration registration, QWidget *parent)
    : QDialog(parent), m_runner(runner), m_registration(std::move(registration))
{
    setObjectName(QStringLiteral("deviceKeyDialog"));
    setWindowTitle(tr("Device registered"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);

    auto *heading = new QLabel(windowTitle(), this);
    makeHeading(heading, 1.25);
    layout->addWidget(heading);

    auto *warning = new MessageLabel(this);
    warning->setObjectName(QStringLiteral("keyWarning"));
    warning->showMessage(MessageLabel::Kind::Warning,
                         tr("This key is shown only now. Enter it in the device or save a provisioning file before "
                            "closing: it cannot be shown again, and a lost key means registering the device "
                            "again. Anyone who has the key can send readings in this device's name."));
    layout->addWidget(warning);

    auto *fields = new QFormLayout;
    fields->setHorizontalSpacing(14);
    fields->setVerticalSpacing(10);
    m_deviceId = new QLineEdit(m_registration.deviceId, this);
    m_deviceId->setObjectName(QStringLiteral("deviceIdEdit"));
    m_deviceId->setAccessibleName(tr("Device id"));
    m_deviceId->setReadOnly(true);
    m_deviceId->setFont(monospaceFont(font()));
    m_key = new QLineEdit(QString::fromLatin1(m_registration.keyHex), this);
    m_key->setObjectName(QStringLiteral("deviceKeyEdit"));
    m_key->setAccessibleName(tr("Device key"));
    m_key->setReadOnly(true);
    m_key->setFont(monospaceFont(font()));
    m_key->setMinimumWidth(m_key->fontMetrics().horizontalAdvance(m_key->text()) + 24);
    m_key->setCursorPosition(0);
    fields->addRow(tr("Device id:"), m_deviceId);
    fields->addRow(tr("Key:"), m_key);
    layout->addLayout(fields);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("keyMessage"));
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("&Save provisioning file…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveProvisioningButton"));
    save->setAutoDefault(false);
    auto *copy = buttons->addButton(tr("&Copy key"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyKeyButton"));
    copy->setAutoDefault(false);
    auto *close = buttons->addButton(tr("&Done"), QDialogButtonBox::AcceptRole);
    close->setObjectName(QStringLiteral("doneButton"));
    layout->addWidget(buttons);

    connect(save, &QPushButton::clicked, this, &DeviceKeyDialog::saveProvisioningFile);
    connect(copy, &QPushButton::clicked, this, &DeviceKeyDialog::copyKey);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    m_key->setFocus();
    m_key->selectAll();
}

DeviceKeyDialog::~DeviceKeyDialog()
{
    m_registration.keyHex.fill('\0');
}

void DeviceKeyDialog::done(int result)
{
    if (m_busy) {
        return; // the file is being written: closing would hide whether it worked
    }
    m_key->clear();
    m_registration.keyHex.fill('\0');
    QDialog::done(result);
}

void DeviceKeyDialog::copyKey()
{
    QGuiApplication::clipboard()->setText(QString::fromLatin1(m_registration.keyHex));
    m_message->showMessage(MessageLabel::Kind::Info,
                           tr("The key is on the clipboard. Paste it into the device's settings, then copy something "
                              "else so it does not stay there."));
}

void DeviceKeyDialog::saveProvisioningFile()
{
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(m_registration.deviceId + QStringLiteral(".key"));
    // The service refuses to replace a file, so the dialog does not offer to.
    const QString path = QFileDialog::getSaveFileName(this, tr("Save provisioning file"), start, QString(), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        saveProvisioningFileTo(path);
    }
}

void DeviceKeyDialog::saveProvisioningFileTo(const QString &path)
{
    if (m_busy || m_registration.keyHex.isEmpty()) {
        return;
    }
    m_busy = true;
    setCursor(Qt::BusyCursor);
    const services::DeviceRegistration registration = m_registration;
    m_runner.run(
        this,
        [path, registration](services::Workstation &) {
            return services::DeviceService::writeProvisioningFile(path, registration);
        },
        [this, path](const services::ServiceStatus &status) {
            m_busy = false;
            unsetCursor();
            if (!status.ok()) {
                m_message->showError(status.message());
                return;
            }
            m_message->showMessage(MessageLabel::Kind::Success,
                                   tr("Saved to %1, readable by your account only. Move it to the gateway and delete "
                                      "this copy.")
                                       .arg(QDir::toNativeSeparators(path)));
            Q_EMIT provisioningFileSaved(path);
        });
}

// ---- pair -----------------------------------------------------------------------------------

PairDeviceDialog::PairDeviceDialog(ServiceRunner &runner, services::Clock clock, QString deviceId, QWidget *parent)
    : FormDialog(parent), m_runner(runner), m_clock(std::move(clock)), m_deviceId(std::move(deviceId))
{
    setObjectName(QStringLiteral("pairDeviceDialog"));
    setWindowTitle(tr("Pair device with a patient"));
    setIntro(tr("Readings of %1 measured from the chosen time on belong to the patient. A current pairing of "
                "this device ends at that time.")
                 .arg(m_deviceId));
    setAcceptText(tr("&Pair"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pairSearchEdit"));
    m_search->setAccessibleName(tr("Find patient"));
    m_search->setPlaceholderText(tr("Name or medical record number"));
    m_search->setClearButtonEnabled(true);
    m_patients = new QListWidget(this);
    m_patients->setObjectName(QStringLiteral("pairPatientList"));
    m_patients->setAccessibleName(tr("Patients found"));
    m_patients->setMinimumHeight(150);
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("pairFromEdit"));
    m_from->setAccessibleName(tr("Paired from"));
    m_from->setCalendarPopup(true);
    m_from->setTimeSpec(Qt::LocalTime);
    m_from->setDateTime(nowUtc(m_clock).toLocalTime());
    m_from->setDisplayFormat(dateEditFormat() + QStringLiteral(" HH:mm"));

    form()->addRow(tr("&Patient:"), m_search);
    form()->addRow(QString(), m_patients);
    form()->addRow(tr("&From:"), m_from);
    nameInnerEditors(this);

    setTabOrder(m_search, m_patients);
    setTabOrder(m_patients, m_from);
    setTabOrder(m_from, acceptButton());
    setTabOrder(acceptButton(), cancelButton());

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &PairDeviceDialog::search);
    connect(m_search, &QLineEdit::returnPressed, this, &PairDeviceDialog::search);
    connect(m_patients, &QListWidget::itemDoubleClicked, acceptButton(), &QPushButton::click);
    connect(this, &FormDialog::submitted, this, &PairDeviceDialog::run);
    m_search->setFocus();
}

void PairDeviceDialog::search()
{
    m_searchTimer->stop();
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        m_patients->clear();
        return;
    }
    if (m_searching) {
        m_pendingQuery = query; // searched as soon as the running search is back
        return;
    }
    m_searching = true;
    m_runner.run(
        this, [query](services::Workstation &ws) { return ws.patients().search(query, 50); },
        [this, query](const services::ServiceResult<QList<services::PatientSummary>> &result) {
            m_searching = false;
            m_patients->clear();
            if (!result.ok()) {
                showError(tr("The search failed: %1").arg(result.message()));
            } else {
                for (const services::PatientSummary &p : result.value()) {
                    if (!p.accessible) {
                        continue;
                    }
                    auto *item = new QListWidgetItem(
                        //: Patient in the pairing list: name, record number, birth date
                        tr("%1 — MRN %2 — born %3").arg(patientDisplayName(p), isolated(p.mrn), formatDate(p.birthDate)),
                        m_patients);
                    item->setData(Qt::UserRole, p.id);
                    item->setData(Qt::UserRole + 1, p.mrn);
                }
                if (m_patients->count() == 1) {
                    m_patients->setCurrentRow(0);
                }
                if (m_patients->count() == 0) {
                    showHint(tr("No patient matches “%1”.").arg(query));
                } else {
                    showHint(QString());
                }
            }
            if (!m_pendingQuery.isEmpty()) {
                m_pendingQuery.clear();
                search();
            }
        });
}

QString PairDeviceDialog::validationProblem() const
{
    if (!m_patients->currentItem() || !m_patients->currentItem()->isSelected()) {
        return tr("Find the patient and choose them in the list.");
    }
    return {};
}

void PairDeviceDialog::run()
{
    setBusy(true, tr("Pairing the device…"));
    const QString deviceId = m_deviceId;
    const services::PatientId patient = m_patients->currentItem()->data(Qt::UserRole).toByteArray();
    const QString mrn = m_patients->currentItem()->data(Qt::UserRole + 1).toString();
    const QDateTime from = m_from->dateTime().toUTC();
    m_runner.run(
        this, [=](services::Workstation &ws) { return ws.devices().pair(deviceId, patient, from); },
        [this, deviceId, mrn](const services::ServiceStatus &status) {
            if (!status.ok()) {
                showError(status.message());
                return;
            }
            setBusy(false);
            Q_EMIT paired(deviceId, mrn);
            accept();
        });
}

} // namespace careledger::ui
