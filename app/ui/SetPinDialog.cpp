#include "ui/SetPinDialog.h"

#include "services/KioskService.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace careledger::ui {

SetPinDialog::SetPinDialog(ServiceRunner &runner, services::PatientSummary patient, QWidget *parent)
    : FormDialog(parent), m_runner(runner), m_patient(std::move(patient))
{
    setObjectName(QStringLiteral("setPinDialog"));
    setWindowTitle(tr("Set kiosk PIN"));
    const QString name =
        isolated(QStringLiteral("%1 %2 (%3)").arg(m_patient.givenName, m_patient.familyName, m_patient.mrn));
    setIntro(tr("With the record number and this PIN, %1 can sign in at the patient kiosk to see their "
                "prescriptions and who may see their record. Tell the patient the PIN in person; they can "
                "change it at the kiosk.")
                 .arg(name));
    setAcceptText(tr("&Set PIN"));

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("pinStateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setText(tr("Checking whether the patient has a PIN…"));
    const auto pinEdit = [this](const QString &objectName, const QString &accessible) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessible);
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(8);
        edit->setLayoutDirection(Qt::LeftToRight);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), edit));
        return edit;
    };
    m_pin = pinEdit(QStringLiteral("newPinEdit"), tr("New PIN"));
    m_repeat = pinEdit(QStringLiteral("repeatPinEdit"), tr("New PIN again"));
    auto *pinLabel = new QLabel(tr("&New PIN:"), this);
    pinLabel->setBuddy(m_pin);
    auto *repeatLabel = new QLabel(tr("&Again:"), this);
    repeatLabel->setBuddy(m_repeat);
    form()->addRow(m_state);
    form()->addRow(pinLabel, m_pin);
    form()->addRow(repeatLabel, m_repeat);
    auto *rule = new QLabel(tr("6 to 8 digits; not all the same digit and not a run such as 123456."), this);
    rule->setObjectName(QStringLiteral("secondaryText"));
    rule->setWordWrap(true);
    form()->addRow(rule);
    setTabOrder(m_pin, m_repeat);
    setTabOrder(m_repeat, acceptButton());

    const auto hint = [this] {
        showHint(!m_repeat->text().isEmpty() && m_repeat->text() != m_pin->text().left(m_repeat->text().size())
                     ? tr("The two PINs differ.")
                     : QString());
    };
    connect(m_pin, &QLineEdit::textChanged, this, hint);
    connect(m_repeat, &QLineEdit::textChanged, this, hint);
    connect(this, &FormDialog::submitted, this, &SetPinDialog::run);

    m_loading = true;
    const services::PatientId id = m_patient.id;
    m_runner.run(
        this, [id](services::Workstation &ws) { return ws.kiosk().hasPin(id); },
        [this](const services::ServiceResult<bool> &result) {
            m_loading = false;
            if (!result.ok()) {
                m_state->setText(result.message());
            } else {
                m_state->setText(result.value() ? tr("The patient has a PIN. A new one replaces it.")
                                                : tr("The patient has no PIN yet."));
            }
        });
    m_pin->setFocus();
}

QString SetPinDialog::validationProblem() const
{
    if (const auto problem = services::KioskService::pinProblem(m_pin->text())) {
        return *problem;
    }
    if (m_repeat->text() != m_pin->text()) {
        return tr("The two PINs differ.");
    }
    return {};
}

void SetPinDialog::run()
{
    setBusy(true, tr("Setting the PIN…"));
    const services::PatientId id = m_patient.id;
    const QString pin = m_pin->text();
    m_runner.run(
        this, [id, pin](services::Workstation &ws) { return ws.kiosk().setPatientPin(id, pin); },
        [this](const services::ServiceStatus &status) {
            if (!status.ok()) {
                showError(status.message());
                return;
            }
            setBusy(false);
            m_pin->clear();
            m_repeat->clear();
            Q_EMIT pinSet();
            accept();
        });
}

} // namespace careledger::ui
