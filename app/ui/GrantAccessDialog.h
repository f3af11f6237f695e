#pragma once

#include "services/ConsentService.h"
#include "ui/FormDialog.h"

class QComboBox;
class QDateEdit;

namespace careledger::ui {

class ServiceRunner;

// Grants a staff member or a clinic access to one patient's record, optionally until a
// date (the end of that day, local time).
class GrantAccessDialog : public FormDialog {
    Q_OBJECT
public:
    enum class Kind { StaffMember, Clinic };

    GrantAccessDialog(ServiceRunner &runner, services::Clock clock, Kind kind, services::PatientSummary patient,
                      QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QComboBox *granteeCombo() const { return m_grantee; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void granted(const QString &granteeName);

protected:
    QString validationProblem() const override;

private:
    void loadChoices();
    void run();
    void updateState();

    ServiceRunner &m_runner;
    services::Clock m_clock;
    Kind m_kind;
    services::PatientSummary m_patient;
    QComboBox *m_grantee = nullptr;
    QDateEdit *m_expiry = nullptr;
    bool m_loading = false;
};

} // namespace careledger::ui
