#include "ui/ReasonDialog.h"

#include "ui/ServiceRunner.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace careledger::ui {

ReasonDialog::ReasonDialog(ServiceRunner &runner, const QString &title, const QString &intro,
                           const QString &acceptText, Work work, QWidget *parent)
    : FormDialog(parent), m_runner(runner), m_work(std::move(work))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    setIntro(intro);
    setAcceptText(acceptText);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMaxLength(500);
    auto *caption = new QLabel(tr("&Reason:"), this);
    caption->setBuddy(m_reason);
    form()->addRow(caption, m_reason);
    setTabOrder(m_reason, acceptButton());
    setTabOrder(acceptButton(), cancelButton());
    acceptButton()->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        if (!isBusy()) {
            acceptButton()->setEnabled(validationProblem().isEmpty());
        }
    });
    connect(this, &FormDialog::submitted, this, &ReasonDialog::run);
    m_reason->setFocus();
}

QString ReasonDialog::validationProblem() const
{
    return m_reason->text().trimmed().isEmpty() ? tr("Enter the reason.") : QString();
}

void ReasonDialog::run()
{
    setBusy(true, tr("Saving…"));
    const QString reason = m_reason->text().trimmed();
    m_runner.run(
        this, [work = m_work, reason](services::Workstation &ws) { return work(ws, reason); },
        [this](const services::ServiceStatus &status) {
            if (!status.ok()) {
                showError(status.message());
                return;
            }
            setBusy(false);
            Q_EMIT done();
            accept();
        });
}

} // namespace careledger::ui
