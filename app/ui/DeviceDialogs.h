#pragma once

#include "services/DeviceService.h"
#include "ui/FormDialog.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QTimer;

namespace careledger::ui {

class MessageLabel;
class ServiceRunner;

// Registers a bedside device (type, model, serial number); on success the key is handed
// to a DeviceKeyDialog, the only place it is ever shown.
class RegisterDeviceDialog : public FormDialog {
    Q_OBJECT
public:
    explicit RegisterDeviceDialog(ServiceRunner &runner, QWidget *parent = nullptr);

    QComboBox *typeCombo() const { return m_type; }
    QLineEdit *modelEdit() const { return m_model; }
    QLineEdit *serialEdit() const { return m_serial; }
    QComboBox *protocolCombo() const { return m_protocol; }
    QLineEdit *euiEdit() const { return m_eui; }

Q_SIGNALS:
    void registered(const careledger::services::DeviceRegistration &registration, const QString &type);

protected:
    QString validationProblem() const override;

private:
    void run();
    QString serialProblem() const;
    QString euiProblem() const;
    bool hl7() const;

    ServiceRunner &m_runner;
    QComboBox *m_protocol = nullptr;
    QLineEdit *m_eui = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_serial = nullptr;
};

// The new device's key, shown once: selectable in a monospace field, copied or written to a
// provisioning file (never over an existing file). Closing forgets the key.
class DeviceKeyDialog : public QDialog {
    Q_OBJECT
public:
    DeviceKeyDialog(ServiceRunner &runner, services::DeviceRegistration registration, QWidget *parent = nullptr);
    ~DeviceKeyDialog() override;

    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *deviceIdEdit() const { return m_deviceId; }
    MessageLabel *messageLabel() const { return m_message; }
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void saveProvisioningFile();               // asks where
    void saveProvisioningFileTo(const QString &path);
    void copyKey();

Q_SIGNALS:
    void provisioningFileSaved(const QString &path);

protected:
    void done(int result) override;

private:
    ServiceRunner &m_runner;
    services::DeviceRegistration m_registration;
    QLineEdit *m_deviceId = nullptr;
    QLineEdit *m_key = nullptr;
    MessageLabel *m_message = nullptr;
    bool m_busy = false;
};

// Pairs a device with a patient found by name or record number, from a date and time
// (now by default). A current pairing of the device ends at that instant.
class PairDeviceDialog : public FormDialog {
    Q_OBJECT
public:
    PairDeviceDialog(ServiceRunner &runner, services::Clock clock, QString deviceId, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *patientList() const { return m_patients; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    bool isSearching() const { return m_searching; }

public Q_SLOTS:
    void search();

Q_SIGNALS:
    void paired(const QString &deviceId, const QString &mrn);

protected:
    QString validationProblem() const override;

private:
    void run();

    ServiceRunner &m_runner;
    services::Clock m_clock;
    QString m_deviceId;
    QLineEdit *m_search = nullptr;
    QListWidget *m_patients = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QTimer *m_searchTimer = nullptr;
    bool m_searching = false;
    QString m_pendingQuery;
};

} // namespace careledger::ui
