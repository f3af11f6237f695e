#include "ui/GrantAccessDialog.h"

#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace careledger::ui {

namespace {

struct Choices {
    services::ServiceResult<QList<services::StaffAccount>> staff = QList<services::StaffAccount>{};
    services::ServiceResult<QList<services::ClinicInfo>> clinics = QList<services::ClinicInfo>{};
};

} // namespace

GrantAccessDialog::GrantAccessDialog(ServiceRunner &runner, services::Clock clock, Kind kind,
                                     services::PatientSummary patient, QWidget *parent)
    : FormDialog(parent), m_runner(runner), m_clock(std::move(clock)), m_kind(kind), m_patient(std::move(patient))
{
    setObjectName(QStringLiteral("grantAccessDialog"));
    const QString name = isolated(QStringLiteral("%1 %2 (%3)").arg(m_patient.givenName, m_patient.familyName, m_patient.mrn));
    if (kind == Kind::StaffMember) {
        setWindowTitle(tr("Grant access to a staff member"));
        setIntro(tr("The staff member may read the record of %1 (a doctor may also write to it) until the grant "
                    "expires or is revoked.")
                     .arg(name));
    } else {
        setWindowTitle(tr("Grant access to a clinic"));
        setIntro(tr("The doctors and nurses of the clinic may read the record of %1 (doctors may also write to it) "
                    "until the grant expires or is revoked.")
                     .arg(name));
    }
    setAcceptText(tr("&Grant access"));

    m_grantee = new QComboBox(this);
    m_grantee->setObjectName(QStringLiteral("granteeCombo"));
    m_grantee->setAccessibleName(kind == Kind::StaffMember ? tr("Staff member") : tr("Clinic"));
    m_expiry = new QDateEdit(this);
    m_expiry->setObjectName(QStringLiteral("expiryEdit"));
    m_expiry->setAccessibleName(tr("Expires"));
    makeOptionalDate(m_expiry, tr("No expiry"));
    auto *granteeLabel = new QLabel(kind == Kind::StaffMember ? tr("&Staff member:") : tr("&Clinic:"), this);
    granteeLabel->setBuddy(m_grantee);
    auto *expiryLabel = new QLabel(tr("&Expires after:"), this);
    expiryLabel->setBuddy(m_expiry);
    form()->addRow(granteeLabel, m_grantee);
    form()->addRow(expiryLabel, m_expiry);
    nameInnerEditors(this);
    setTabOrder(m_grantee, m_expiry);
    setTabOrder(m_expiry, acceptButton());
    setTabOrder(acceptButton(), cancelButton());

    connect(m_grantee, &QComboBox::currentIndexChanged, this, &GrantAccessDialog::updateState);
    connect(m_expiry, &QDateEdit::dateChanged, this, &GrantAccessDialog::updateState);
    connect(this, &FormDialog::submitted, this, &GrantAccessDialog::run);
    loadChoices();
}

void GrantAccessDialog::loadChoices()
{
    m_loading = true;
    setBusy(true, tr("Loading…"));
    const Kind kind = m_kind;
    m_runner.run(
        this,
        [kind](services::Workstation &ws) {
            Choices c;
            if (kind == Kind::StaffMember) {
                c.staff = ws.staff().list();
            } else {
                c.clinics = ws.consent().clinics();
            }
            return c;
        },
        [this](const Choices &c) {
            m_loading = false;
            setBusy(false);
            if (!c.staff.ok()) {
                showError(c.staff.message());
            } else if (!c.clinics.ok()) {
                showError(c.clinics.message());
            }
            if (c.staff.ok()) {
                for (const services::StaffAccount &a : c.staff.value()) {
                    // Administrators read no clinical content, so a grant would give them nothing.
                    if (a.enabled && a.role != services::Role::Admin) {
                        m_grantee->addItem(QStringLiteral("%1 — %2 (%3)")
                                               .arg(a.displayName, services::roleDisplayName(a.role), a.username),
                                           a.username);
                    }
                }
            }
            if (c.clinics.ok()) {
                for (const services::ClinicInfo &clinic : c.clinics.value()) {
                    m_grantee->addItem(clinic.thisClinic ? tr("%1 (this clinic)").arg(clinic.name) : clinic.name,
                                       clinic.clinicId);
                }
            }
            updateState();
            m_grantee->setFocus();
        });
}

QString GrantAccessDialog::validationProblem() const
{
    if (m_grantee->currentIndex() < 0) {
        return m_kind == Kind::StaffMember ? tr("Choose a staff member.") : tr("Choose a clinic.");
    }
    const QDate expiry = optionalDate(m_expiry);
    if (expiry.isValid() && expiry < QDateTime(todayUtc(m_clock), QTime(12, 0), Qt::UTC).toLocalTime().date()) {
        return tr("The expiry date must be today or later.");
    }
    return {};
}

void GrantAccessDialog::updateState()
{
    if (!isBusy()) {
        acceptButton()->setEnabled(validationProblem().isEmpty());
    }
}

void GrantAccessDialog::run()
{
    setBusy(true, tr("Granting access…"));
    const services::PatientId patient = m_patient.id;
    const QVariant grantee = m_grantee->currentData();
    const QString granteeName = m_grantee->currentText();
    const QDate expiry = optionalDate(m_expiry);
    const QDateTime expiresAt = expiry.isValid() ? QDateTime(expiry, QTime(23, 59, 59)).toUTC() : QDateTime();
    const Kind kind = m_kind;
    m_runner.run(
        this,
        [=](services::Workstation &ws) {
            return kind == Kind::StaffMember ? ws.consent().grantToStaff(patient, grantee.toString(), expiresAt)
                                             : ws.consent().grantToClinic(patient, grantee.toByteArray(), expiresAt);
        },
        [this, granteeName](const services::ServiceResult<qint64> &result) {
            if (!result.ok()) {
                showError(result.message());
                updateState();
                return;
            }
            setBusy(false);
            Q_EMIT granted(granteeName);
            accept();
        });
}

} // namespace careledger::ui
