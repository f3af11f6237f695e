#pragma once

#include "services/PatientService.h"
#include "ui/RecordFormDialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace careledger::ui {

class ServiceRunner;

// A patient's demographics: registering a new patient (administrator), or a new version
// of an existing patient's demographics with the reason for the change. A registration
// whose name and date of birth match patients already registered needs an explicit
// "Register anyway".
class RegistrationDialog : public RecordFormDialog {
    Q_OBJECT
public:
    // Registers a new patient.
    RegistrationDialog(ServiceRunner &runner, services::Clock clock, QWidget *parent = nullptr);
    // Edits the demographics of `patient`.
    RegistrationDialog(ServiceRunner &runner, services::Clock clock, const services::PatientDetails &patient,
                       QWidget *parent = nullptr);

    bool isEditing() const { return !m_patient.isEmpty(); }
    core::Demographics demographics() const;

    QLineEdit *givenNameEdit() const { return m_given; }
    QLineEdit *familyNameEdit() const { return m_family; }
    QDateEdit *birthDateEdit() const { return m_birth; }
    QComboBox *sexCombo() const { return m_sex; }
    QPlainTextEdit *addressEdit() const { return m_address; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *contactNameEdit() const { return m_contactName; }
    QLineEdit *contactPhoneEdit() const { return m_contactPhone; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *registerAnywayButton() const { return m_registerAnyway; }
    int duplicateCount() const { return m_duplicates; }
    // The optional kiosk PIN (registration only; null when editing).
    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *pinRepeatEdit() const { return m_pinRepeat; }
    // The patient is registered but the PIN was refused: the dialog only reports that.
    bool isRegisteredWithoutPin() const { return m_registeredWithoutPin; }
    // Wipes the PIN from its fields however the dialog closes.
    void done(int result) override;

Q_SIGNALS:
    void registered(const careledger::services::PatientSummary &patient);
    void updated(const careledger::services::PatientDetails &patient);

protected:
    QHash<QString, QString> fieldProblems() const override;
    QString recordProblem() const override;
    void onEdited(const QString &key) override;

private:
    void build();
    void buildPin();
    void fill(const core::Demographics &d);
    void submit();
    void checkDuplicates(const core::Demographics &d);
    void registerPatient(const core::Demographics &d, bool allowDuplicate);
    void showDuplicates(int count, const QString &serviceMessage);
    void showPinNotSet(const services::PatientSummary &patient, const QString &serviceMessage);

    ServiceRunner &m_runner;
    services::Clock m_clock;
    services::PatientId m_patient; // empty when registering
    QLineEdit *m_given = nullptr;
    QLineEdit *m_family = nullptr;
    QDateEdit *m_birth = nullptr;
    QComboBox *m_sex = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_registerAnyway = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_pinRepeat = nullptr;
    int m_duplicates = 0;
    bool m_registeredWithoutPin = false;
};

} // namespace careledger::ui
