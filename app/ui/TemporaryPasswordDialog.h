#pragma once

#include "services/ServiceTypes.h"
#include "ui/FormDialog.h"

class QLineEdit;

namespace careledger::ui {

class ServiceRunner;

// Asks for a temporary password to re-enable an account or to reset its password; the
// service issues a new key slot and signing key, and the user must change it at next sign-in.
class TemporaryPasswordDialog : public FormDialog {
    Q_OBJECT
public:
    enum class Mode { Enable, ResetPassword };

    TemporaryPasswordDialog(ServiceRunner &runner, Mode mode, services::StaffAccount account,
                            QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }

Q_SIGNALS:
    void done(const QString &confirmation);

protected:
    QString validationProblem() const override;

private:
    void run();
    void updateHint();

    ServiceRunner &m_runner;
    Mode m_mode;
    services::StaffAccount m_account;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
};

} // namespace careledger::ui
