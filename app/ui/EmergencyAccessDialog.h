#pragma once

#include "services/PatientService.h"
#include "ui/FormDialog.h"

class QPlainTextEdit;

namespace careledger::ui {

class ServiceRunner;

// A doctor's emergency ("break-glass") access to a patient who has not granted it: a
// reason of at least ten characters, a time-limited window, every action audited.
class EmergencyAccessDialog : public FormDialog {
    Q_OBJECT
public:
    static constexpr int kMinimumReasonLength = 10;

    EmergencyAccessDialog(ServiceRunner &runner, services::PatientSummary patient, QWidget *parent = nullptr);

    QPlainTextEdit *reasonEdit() const { return m_reason; }

Q_SIGNALS:
    void started(const careledger::services::PatientId &patient, const QDateTime &until);

protected:
    QString validationProblem() const override;

private:
    void run();
    void updateState();

    ServiceRunner &m_runner;
    services::PatientSummary m_patient;
    QPlainTextEdit *m_reason = nullptr;
};

} // namespace careledger::ui
