#pragma once

#include "services/ServiceTypes.h"
#include "ui/FormDialog.h"

class QComboBox;
class QLineEdit;

namespace careledger::ui {

class ServiceRunner;

// Creates a staff account with a temporary password (changed at the first sign-in).
class NewAccountDialog : public FormDialog {
    Q_OBJECT
public:
    explicit NewAccountDialog(ServiceRunner &runner, QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QComboBox *roleCombo() const { return m_role; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }

Q_SIGNALS:
    void accountCreated(const careledger::services::StaffAccount &account);

protected:
    QString validationProblem() const override;

private:
    void run();
    void updateHint();

    ServiceRunner &m_runner;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
};

} // namespace careledger::ui
