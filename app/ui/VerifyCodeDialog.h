#pragma once

#include "services/KioskService.h"
#include "ui/FormDialog.h"

#include <optional>

class QLabel;
class QLineEdit;

namespace careledger::ui {

class ServiceRunner;

// Staff check the code printed on a patient's prescription: valid (the current version),
// superseded (amended, completed or stopped since), or unknown. Stays open for the next code.
class VerifyCodeDialog : public FormDialog {
    Q_OBJECT
public:
    explicit VerifyCodeDialog(ServiceRunner &runner, QWidget *parent = nullptr);

    QLineEdit *codeEdit() const { return m_code; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *detailsLabel() const { return m_details; }
    const std::optional<services::PrescriptionCheck> &lastCheck() const { return m_check; }

Q_SIGNALS:
    void checked(const careledger::services::PrescriptionCheck &check);

protected:
    QString validationProblem() const override;

private:
    void run();
    void showCheck(const services::PrescriptionCheck &check);

    ServiceRunner &m_runner;
    QLineEdit *m_code = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_details = nullptr;
    std::optional<services::PrescriptionCheck> m_check;
};

} // namespace careledger::ui
