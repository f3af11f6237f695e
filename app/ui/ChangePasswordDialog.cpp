#include "ui/ChangePasswordDialog.h"

#include "ui/ServiceRunner.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace careledger::ui {

namespace {
QLineEdit *passwordEdit(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}
} // namespace

ChangePasswordDialog::ChangePasswordDialog(ServiceRunner &runner, bool mandatory, QWidget *parent)
    : FormDialog(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    setIntro(mandatory ? tr("Your password was set by an administrator. Choose your own password before you "
                            "continue; only you will know it.")
                       : tr("Choose a new password. You will use it the next time you sign in."));
    setAcceptText(tr("C&hange password"));
    if (mandatory) {
        cancelButton()->setText(tr("Sign &out"));
        cancelButton()->setAccessibleName(tr("Sign out"));
    }

    m_current = passwordEdit(this, QStringLiteral("currentPasswordEdit"), tr("Current password"));
    m_new = passwordEdit(this, QStringLiteral("newPasswordEdit"), tr("New password"));
    m_repeat = passwordEdit(this, QStringLiteral("repeatPasswordEdit"), tr("Repeat new password"));
    form()->addRow(tr("C&urrent password:"), m_current);
    form()->addRow(tr("&New password:"), m_new);
    form()->addRow(tr("&Repeat new password:"), m_repeat);

    setTabOrder(m_current, m_new);
    setTabOrder(m_new, m_repeat);
    setTabOrder(m_repeat, acceptButton());
    setTabOrder(acceptButton(), cancelButton());

    connect(m_new, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateHint);
    connect(m_repeat, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateHint);
    connect(this, &FormDialog::submitted, this, &ChangePasswordDialog::run);
    m_current->setFocus();
}

QString ChangePasswordDialog::validationProblem() const
{
    if (m_current->text().isEmpty()) {
        return tr("Enter your current password.");
    }
    if (m_new->text().isEmpty()) {
        return tr("Enter a new password.");
    }
    if (m_new->text() != m_repeat->text()) {
        return tr("The two new passwords do not match.");
    }
    if (m_new->text() == m_current->text()) {
        return tr("The new password must differ from the current one.");
    }
    return {};
}

void ChangePasswordDialog::updateHint()
{
    const bool differ = !m_repeat->text().isEmpty() && m_repeat->text() != m_new->text()
        && !m_new->text().startsWith(m_repeat->text());
    showHint(differ ? tr("The two new passwords do not match.") : QString());
}

void ChangePasswordDialog::run()
{
    setBusy(true, tr("Changing the password…"));
    const QString current = m_current->text();
    const QString next = m_new->text();
    m_runner.run(
        this, [current, next](services::Workstation &ws) { return ws.changeOwnPassword(current, next); },
        [this](const services::ServiceStatus &status) {
            if (status.ok()) {
                setBusy(false);
                accept();
                return;
            }
            showError(status.message());
            if (status.code() == services::ServiceError::WrongCredentials) {
                m_current->clear();
                m_current->setFocus();
            } else {
                m_new->setFocus();
                m_new->selectAll();
            }
        });
}

} // namespace careledger::ui
