#include "ui/NewAccountDialog.h"

#include "ui/ServiceRunner.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace careledger::ui {

using services::Role;

NewAccountDialog::NewAccountDialog(ServiceRunner &runner, QWidget *parent) : FormDialog(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("newAccountDialog"));
    setWindowTitle(tr("New staff account"));
    setIntro(tr("The new colleague signs in with the temporary password once and then chooses their own."));
    setAcceptText(tr("&Create account"));

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("newUsernameEdit"));
    m_username->setAccessibleName(tr("User name"));
    m_username->setMaxLength(64);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("newDisplayNameEdit"));
    m_displayName->setAccessibleName(tr("Full name"));
    m_displayName->setMaxLength(128);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("newRoleCombo"));
    m_role->setAccessibleName(tr("Role"));
    for (const Role role : {Role::Doctor, Role::Nurse, Role::Admin}) {
        m_role->addItem(services::roleDisplayName(role), services::roleId(role));
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPasswordEdit"));
    m_password->setAccessibleName(tr("Temporary password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
    m_repeat->setAccessibleName(tr("Repeat temporary password"));
    m_repeat->setEchoMode(QLineEdit::Password);

    form()->addRow(tr("&User name:"), m_username);
    form()->addRow(tr("&Full name:"), m_displayName);
    form()->addRow(tr("&Role:"), m_role);
    form()->addRow(tr("&Temporary password:"), m_password);
    form()->addRow(tr("R&epeat password:"), m_repeat);

    setTabOrder(m_username, m_displayName);
    setTabOrder(m_displayName, m_role);
    setTabOrder(m_role, m_password);
    setTabOrder(m_password, m_repeat);
    setTabOrder(m_repeat, acceptButton());
    setTabOrder(acceptButton(), cancelButton());

    connect(m_password, &QLineEdit::textChanged, this, &NewAccountDialog::updateHint);
    connect(m_repeat, &QLineEdit::textChanged, this, &NewAccountDialog::updateHint);
    connect(this, &FormDialog::submitted, this, &NewAccountDialog::run);
    m_username->setFocus();
}

QString NewAccountDialog::validationProblem() const
{
    if (m_username->text().trimmed().isEmpty()) {
        return tr("Enter a user name.");
    }
    if (m_displayName->text().trimmed().isEmpty()) {
        return tr("Enter the person's full name.");
    }
    if (m_password->text().isEmpty()) {
        return tr("Enter a temporary password.");
    }
    if (m_password->text() != m_repeat->text()) {
        return tr("The two passwords do not match.");
    }
    return {};
}

void NewAccountDialog::updateHint()
{
    const bool differ = !m_repeat->text().isEmpty() && m_repeat->text() != m_password->text()
        && !m_password->text().startsWith(m_repeat->text());
    showHint(differ ? tr("The two passwords do not match.") : QString());
}

void NewAccountDialog::run()
{
    setBusy(true, tr("Creating the account…"));
    const QString username = m_username->text().trimmed();
    const QString displayName = m_displayName->text().trimmed();
    const Role role = services::roleFromId(m_role->currentData().toString()).value_or(Role::Nurse);
    const QString password = m_password->text();
    m_runner.run(
        this,
        [=](services::Workstation &ws) { return ws.staff().create(username, displayName, role, password); },
        [this](const services::ServiceResult<services::StaffAccount> &result) {
            if (result.ok()) {
                setBusy(false);
                Q_EMIT accountCreated(result.value());
                accept();
                return;
            }
            showError(result.message());
            if (result.code() == services::ServiceError::AlreadyExists) {
                m_username->setFocus();
                m_username->selectAll();
            }
        });
}

} // namespace careledger::ui
