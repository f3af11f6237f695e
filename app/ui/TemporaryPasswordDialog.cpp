#include "ui/TemporaryPasswordDialog.h"

#include "ui/ServiceRunner.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace careledger::ui {

TemporaryPasswordDialog::TemporaryPasswordDialog(ServiceRunner &runner, Mode mode, services::StaffAccount account,
                                                 QWidget *parent)
    : FormDialog(parent), m_runner(runner), m_mode(mode), m_account(std::move(account))
{
    setObjectName(QStringLiteral("temporaryPasswordDialog"));
    const QString who = m_account.displayName;
    if (m_mode == Mode::Enable) {
        setWindowTitle(tr("Enable account"));
        setIntro(tr("Enable the account of %1. A disabled account has no key left, so it needs a temporary "
                    "password, which %1 must replace at the next sign-in.")
                     .arg(who));
        setAcceptText(tr("&Enable account"));
    } else {
        setWindowTitle(tr("Reset password"));
        setIntro(tr("Set a temporary password for %1. The current password stops working at once, and %1 "
                    "must choose a new one at the next sign-in.")
                     .arg(who));
        setAcceptText(tr("&Reset password"));
    }

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("temporaryPasswordEdit"));
    m_password->setAccessibleName(tr("Temporary password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatTemporaryPasswordEdit"));
    m_repeat->setAccessibleName(tr("Repeat temporary password"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form()->addRow(tr("&Temporary password:"), m_password);
    form()->addRow(tr("R&epeat password:"), m_repeat);

    setTabOrder(m_password, m_repeat);
    setTabOrder(m_repeat, acceptButton());
    setTabOrder(acceptButton(), cancelButton());

    connect(m_password, &QLineEdit::textChanged, this, &TemporaryPasswordDialog::updateHint);
    connect(m_repeat, &QLineEdit::textChanged, this, &TemporaryPasswordDialog::updateHint);
    connect(this, &FormDialog::submitted, this, &TemporaryPasswordDialog::run);
    m_password->setFocus();
}

QString TemporaryPasswordDialog::validationProblem() const
{
    if (m_password->text().isEmpty()) {
        return tr("Enter a temporary password.");
    }
    if (m_password->text() != m_repeat->text()) {
        return tr("The two passwords do not match.");
    }
    return {};
}

void TemporaryPasswordDialog::updateHint()
{
    const bool differ = !m_repeat->text().isEmpty() && m_repeat->text() != m_password->text()
        && !m_password->text().startsWith(m_repeat->text());
    showHint(differ ? tr("The two passwords do not match.") : QString());
}

void TemporaryPasswordDialog::run()
{
    const bool enable = m_mode == Mode::Enable;
    setBusy(true, enable ? tr("Enabling the account…") : tr("Resetting the password…"));
    const qint64 id = m_account.id;
    const QString password = m_password->text();
    m_runner.run(
        this,
        [=](services::Workstation &ws) {
            return enable ? ws.staff().enable(id, password) : ws.staff().resetPassword(id, password);
        },
        [this, enable](const services::ServiceStatus &status) {
            if (status.ok()) {
                setBusy(false);
                Q_EMIT done(enable ? tr("The account of %1 is enabled again.").arg(m_account.displayName)
                                   : tr("The password of %1 was reset.").arg(m_account.displayName));
                accept();
                return;
            }
            showError(status.message());
        });
}

} // namespace careledger::ui
