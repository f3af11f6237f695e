#pragma once

#include "services/PatientService.h"
#include "ui/FormDialog.h"

class QLabel;
class QLineEdit;

namespace careledger::ui {

class ServiceRunner;

// An administrator sets a patient's kiosk PIN (a first one, or a new one when the patient
// forgot it); setting it also lifts a lockout after wrong PINs.
class SetPinDialog : public FormDialog {
    Q_OBJECT
public:
    SetPinDialog(ServiceRunner &runner, services::PatientSummary patient, QWidget *parent = nullptr);

    QLineEdit *pinEdit() const { return m_pin; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *stateLabel() const { return m_state; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void pinSet();

protected:
    QString validationProblem() const override;

private:
    void run();

    ServiceRunner &m_runner;
    services::PatientSummary m_patient;
    QLabel *m_state = nullptr;
    QLineEdit *m_pin = nullptr;
    QLineEdit *m_repeat = nullptr;
    bool m_loading = false;
};

} // namespace careledger::ui
