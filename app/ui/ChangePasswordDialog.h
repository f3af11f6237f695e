#pragma once

#include "ui/FormDialog.h"

class QLineEdit;

namespace careledger::ui {

class ServiceRunner;

// Changes the signed-in user's own password. `mandatory` is the first sign-in after an
// administrator set a temporary password: the dialog says why it appears.
class ChangePasswordDialog : public FormDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(ServiceRunner &runner, bool mandatory, QWidget *parent = nullptr);

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }

protected:
    QString validationProblem() const override;

private:
    void run();
    void updateHint();

    ServiceRunner &m_runner;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
};

} // namespace careledger::ui
