#include "ui/EmergencyAccessDialog.h"

#include "services/ConsentService.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace careledger::ui {

EmergencyAccessDialog::EmergencyAccessDialog(ServiceRunner &runner, services::PatientSummary patient, QWidget *parent)
    : FormDialog(parent), m_runner(runner), m_patient(std::move(patient))
{
    setObjectName(QStringLiteral("emergencyAccessDialog"));
    setWindowTitle(tr("Emergency access"));
    setIntro(tr("Patient %1 has not given you access to this record. In an emergency you may open it for a "
                "limited time. Your name, the time and your reason are logged, every action you take is logged "
                "as emergency access, and the clinic reviews each use.")
                 .arg(isolated(m_patient.mrn)));
    setAcceptText(tr("&Start emergency access"));

    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("emergencyReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for emergency access"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: unconscious patient admitted to the emergency department"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 14);
    auto *caption = new QLabel(tr("&Reason:"), this);
    caption->setBuddy(m_reason);
    form()->addRow(caption, m_reason);
    auto *rule = new QLabel(tr("At least %1 characters.").arg(kMinimumReasonLength), this);
    rule->setObjectName(QStringLiteral("secondaryText"));
    form()->addRow(QString(), rule);

    setTabOrder(m_reason, acceptButton());
    setTabOrder(acceptButton(), cancelButton());
    // Cancel is the safe choice for a slip of the Enter key.
    acceptButton()->setDefault(false);
    cancelButton()->setDefault(true);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &EmergencyAccessDialog::updateState);
    connect(this, &FormDialog::submitted, this, &EmergencyAccessDialog::run);
    updateState();
    m_reason->setFocus();
}

QString EmergencyAccessDialog::validationProblem() const
{
    if (m_reason->toPlainText().trimmed().size() < kMinimumReasonLength) {
        return tr("Give the reason in at least %1 characters.").arg(kMinimumReasonLength);
    }
    return {};
}

void EmergencyAccessDialog::updateState()
{
    if (!isBusy()) {
        acceptButton()->setEnabled(validationProblem().isEmpty());
    }
}

void EmergencyAccessDialog::run()
{
    setBusy(true, tr("Starting emergency access…"));
    const services::PatientId id = m_patient.id;
    const QString reason = m_reason->toPlainText().trimmed();
    m_runner.run(
        this, [id, reason](services::Workstation &ws) { return ws.consent().breakGlass(id, reason); },
        [this, id](const services::ServiceResult<QDateTime> &result) {
            if (!result.ok()) {
                showError(result.message());
                updateState();
                return;
            }
            setBusy(false);
            Q_EMIT started(id, result.value());
            accept();
        });
}

} // namespace careledger::ui
