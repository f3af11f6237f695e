#include "ui/RegistrationDialog.h"

#include "services/KioskService.h"
#include "services/PatientService.h"
#include "ui/MessageLabel.h"
#include "ui/Mnemonic.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

#include <functional>

namespace careledger::ui {

namespace {

// Values every rule accepts: checking one field at a time against them gives each field
// its own message from core::validate.
core::Demographics validBaseline()
{
    core::Demographics d;
    d.givenName = QStringLiteral("Ana");
    d.familyName = QStringLiteral("Silva");
    d.birthDate = QDate(1980, 6, 15);
    d.sex = core::Sex::Unknown;
    return d;
}

QString problemWith(const std::function<void(core::Demographics &)> &apply, const QDate &today)
{
    core::Demographics d = validBaseline();
    apply(d);
    const core::ClinicalStatus status = core::validate(d, today);
    return status.ok() ? QString() : status.message();
}

const QString kValidPhone = QStringLiteral("+33 1 23 45 67 89");
const QString kPinKey = QStringLiteral("pin");
const QString kPinRepeatKey = QStringLiteral("pinRepeat");

// What the registration job hands back: the new patient, and why the PIN was not set
// when it was given and refused (the registration itself stands).
struct Registration {
    services::ServiceResult<services::PatientSummary> patient;
    QString pinError;
};

} // namespace

RegistrationDialog::RegistrationDialog(ServiceRunner &runner, services::Clock clock, QWidget *parent)
    : RecordFormDialog(parent), m_runner(runner), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("registrationDialog"));
    setWindowTitle(tr("Register patient"));
    setIntro(tr("A new medical record number is issued when you save. Given name, family name and date of "
                "birth are required."));
    build();
    setAcceptText(tr("&Save"));
    revalidate();
}

RegistrationDialog::RegistrationDialog(ServiceRunner &runner, services::Clock clock,
                                       const services::PatientDetails &patient, QWidget *parent)
    : RecordFormDialog(parent), m_runner(runner), m_clock(std::move(clock)), m_patient(patient.summary.id)
{
    setObjectName(QStringLiteral("editDemographicsDialog"));
    setWindowTitle(tr("Edit demographics"));
    setIntro(tr("Saving keeps the current details as an earlier version, with your name and the reason."));
    build();
    fill(patient.demographics);
    setAcceptText(tr("&Save"));
    revalidate();
}

void RegistrationDialog::build()
{
    setMinimumWidth(520);
    m_given = new QLineEdit(this);
    m_given->setObjectName(QStringLiteral("givenNameEdit"));
    m_given->setAccessibleName(tr("Given name"));
    m_given->setMaxLength(200);
    m_family = new QLineEdit(this);
    m_family->setObjectName(QStringLiteral("familyNameEdit"));
    m_family->setAccessibleName(tr("Family name"));
    m_family->setMaxLength(200);
    m_birth = new QDateEdit(this);
    m_birth->setObjectName(QStringLiteral("birthDateEdit"));
    m_birth->setAccessibleName(tr("Date of birth"));
    makeOptionalDate(m_birth, tr("Not set"));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    m_sex->setAccessibleName(tr("Sex"));
    for (const core::Sex sex : {core::Sex::Female, core::Sex::Male, core::Sex::Other, core::Sex::Unknown}) {
        m_sex->addItem(core::sexDisplayName(sex), core::sexId(sex));
    }
    m_sex->setCurrentIndex(m_sex->findData(core::sexId(core::Sex::Unknown)));
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 14);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setAccessibleName(tr("Phone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_contactName = new QLineEdit(this);
    m_contactName->setObjectName(QStringLiteral("contactNameEdit"));
    m_contactName->setAccessibleName(tr("Emergency contact"));
    m_contactPhone = new QLineEdit(this);
    m_contactPhone->setObjectName(QStringLiteral("contactPhoneEdit"));
    m_contactPhone->setAccessibleName(tr("Emergency contact phone"));
    m_contactPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    // Phone numbers and e-mail addresses read left to right in every language.
    for (QLineEdit *edit : {m_phone, m_email, m_contactPhone}) {
        edit->setLayoutDirection(Qt::LeftToRight);
    }

    addFieldRow(QStringLiteral("given"), tr("&Given name:"), m_given);
    addFieldRow(QStringLiteral("family"), tr("&Family name:"), m_family);
    addFieldRow(QStringLiteral("birth"), tr("Date of &birth:"), m_birth);
    addFieldRow(QStringLiteral("sex"), tr("Se&x:"), m_sex);
    addFieldRow(QStringLiteral("address"), tr("&Address:"), m_address);
    addFieldRow(QStringLiteral("phone"), tr("&Phone:"), m_phone);
    addFieldRow(QStringLiteral("email"), tr("E&mail:"), m_email);
    addFieldRow(QStringLiteral("contactName"), tr("Emergency &contact:"), m_contactName);
    addFieldRow(QStringLiteral("contactPhone"), tr("Emergency contact p&hone:"), m_contactPhone);
    watch(m_given, QStringLiteral("given"));
    watch(m_family, QStringLiteral("family"));
    watch(m_birth, QStringLiteral("birth"));
    watch(m_sex, QStringLiteral("sex"));
    watch(m_address, QStringLiteral("address"));
    watch(m_phone, QStringLiteral("phone"));
    watch(m_email, QStringLiteral("email"));
    watch(m_contactName, QStringLiteral("contactName"));
    watch(m_contactPhone, QStringLiteral("contactPhone"));
    QWidget *last = m_contactPhone;
    if (!isEditing()) {
        buildPin();
        last = m_pinRepeat;
    }
    if (isEditing()) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setAccessibleName(tr("Reason for the change"));
        m_reason->setMaxLength(500);
        addFieldRow(QStringLiteral("reason"), tr("&Reason for the change:"), m_reason);
        watch(m_reason, QStringLiteral("reason"));
        last = m_reason;
    }

    auto *buttons = qobject_cast<QDialogButtonBox *>(acceptButton()->parentWidget());
    m_registerAnyway = new QPushButton(tr("&Register anyway"), this);
    m_registerAnyway->setObjectName(QStringLiteral("registerAnywayButton"));
    m_registerAnyway->setAccessibleName(withoutMnemonic(m_registerAnyway->text()));
    m_registerAnyway->setAutoDefault(false);
    if (buttons) {
        buttons->addButton(m_registerAnyway, QDialogButtonBox::ActionRole);
    }
    m_registerAnyway->hide();
    connect(m_registerAnyway, &QPushButton::clicked, this, [this] {
        if (!isBusy() && isValid()) {
            registerPatient(demographics(), true);
        }
    });

    setTabOrder(m_given, m_family);
    setTabOrder(m_family, m_birth);
    setTabOrder(m_birth, m_sex);
    setTabOrder(m_sex, m_address);
    setTabOrder(m_address, m_phone);
    setTabOrder(m_phone, m_email);
    setTabOrder(m_email, m_contactName);
    setTabOrder(m_contactName, m_contactPhone);
    if (m_reason) {
        setTabOrder(m_contactPhone, m_reason);
    }
    if (m_pin) {
        setTabOrder(m_contactPhone, m_pin);
        setTabOrder(m_pin, m_pinRepeat);
    }
    setTabOrder(last, acceptButton());
    setTabOrder(acceptButton(), m_registerAnyway);
    setTabOrder(m_registerAnyway, cancelButton());

    connect(this, &FormDialog::submitted, this, &RegistrationDialog::submit);
    m_given->setFocus();
}

void RegistrationDialog::buildPin()
{
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
    m_pin = pinEdit(QStringLiteral("pinEdit"), tr("Kiosk PIN"));
    m_pinRepeat = pinEdit(QStringLiteral("pinRepeatEdit"), tr("Kiosk PIN again"));

    auto *heading = new QLabel(tr("Kiosk PIN (optional)"), this);
    heading->setObjectName(QStringLiteral("kioskPinHeading"));
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    form()->addRow(heading);
    addFieldRow(kPinKey, tr("Kiosk P&IN:"), m_pin);
    addFieldRow(kPinRepeatKey, tr("PIN agai&n:"), m_pinRepeat);
    auto *hint = new QLabel(tr("6 to 8 digits; the patient can change it at the kiosk. Leave empty to set it later."),
                            this);
    hint->setObjectName(QStringLiteral("secondaryText"));
    hint->setWordWrap(true);
    form()->addRow(hint);
    watch(m_pin, kPinKey);
    watch(m_pinRepeat, kPinRepeatKey);
}

void RegistrationDialog::fill(const core::Demographics &d)
{
    m_given->setText(d.givenName);
    m_family->setText(d.familyName);
    setOptionalDate(m_birth, d.birthDate);
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(core::sexId(d.sex))));
    m_address->setPlainText(d.address);
    m_phone->setText(d.phone);
    m_email->setText(d.email);
    m_contactName->setText(d.emergencyContactName);
    m_contactPhone->setText(d.emergencyContactPhone);
}

core::Demographics RegistrationDialog::demographics() const
{
    core::Demographics d;
    d.givenName = m_given->text().trimmed();
    d.familyName = m_family->text().trimmed();
    d.birthDate = optionalDate(m_birth);
    d.sex = core::sexFromId(m_sex->currentData().toString()).value_or(core::Sex::Unknown);
    d.address = m_address->toPlainText().trimmed();
    d.phone = m_phone->text().trimmed();
    d.email = m_email->text().trimmed();
    d.emergencyContactName = m_contactName->text().trimmed();
    d.emergencyContactPhone = m_contactPhone->text().trimmed();
    return d;
}

QHash<QString, QString> RegistrationDialog::fieldProblems() const
{
    const core::Demographics form = demographics();
    const QDate today = todayUtc(m_clock);
    QHash<QString, QString> problems;
    const auto check = [&](const QString &key, const std::function<void(core::Demographics &)> &apply) {
        const QString problem = problemWith(apply, today);
        if (!problem.isEmpty()) {
            problems.insert(key, problem);
        }
    };
    check(QStringLiteral("given"), [&](core::Demographics &d) { d.givenName = form.givenName; });
    check(QStringLiteral("family"), [&](core::Demographics &d) { d.familyName = form.familyName; });
    check(QStringLiteral("birth"), [&](core::Demographics &d) { d.birthDate = form.birthDate; });
    check(QStringLiteral("address"), [&](core::Demographics &d) { d.address = form.address; });
    check(QStringLiteral("phone"), [&](core::Demographics &d) { d.phone = form.phone; });
    check(QStringLiteral("email"), [&](core::Demographics &d) { d.email = form.email; });
    check(QStringLiteral("contactName"), [&](core::Demographics &d) {
        d.emergencyContactName = form.emergencyContactName;
        d.emergencyContactPhone = kValidPhone;
    });
    // The contact's phone is required once a contact is named: checked as a pair.
    if (!problems.contains(QStringLiteral("contactName"))) {
        check(QStringLiteral("contactPhone"), [&](core::Demographics &d) {
            d.emergencyContactName = form.emergencyContactName;
            d.emergencyContactPhone = form.emergencyContactPhone;
        });
    }
    // The PIN is optional: both fields empty is fine; otherwise it follows the kiosk's rule
    // and the confirmation must match.
    if (m_pin && !(m_pin->text().isEmpty() && m_pinRepeat->text().isEmpty())) {
        if (const auto problem = services::KioskService::pinProblem(m_pin->text())) {
            problems.insert(kPinKey, *problem);
        }
        if (m_pinRepeat->text() != m_pin->text()) {
            problems.insert(kPinRepeatKey, tr("The two PINs differ."));
        }
    }
    if (m_reason && m_reason->text().trimmed().isEmpty()) {
        problems.insert(QStringLiteral("reason"), tr("Enter the reason for the change."));
    }
    return problems;
}

QString RegistrationDialog::recordProblem() const
{
    const core::ClinicalStatus status = core::validate(demographics(), todayUtc(m_clock));
    return status.ok() ? QString() : status.message();
}

void RegistrationDialog::onEdited(const QString &key)
{
    // The duplicate check was for the details as they were: a change asks again. The PIN
    // plays no part in it.
    if (key != kPinKey && key != kPinRepeatKey && m_registerAnyway->isVisible()) {
        m_registerAnyway->hide();
        m_duplicates = 0;
        messageLabel()->clearMessage();
    }
}

void RegistrationDialog::done(int result)
{
    // The PIN does not outlive the dialog in its fields.
    if (m_pin) {
        m_pin->clear();
        m_pinRepeat->clear();
    }
    RecordFormDialog::done(result);
}

void RegistrationDialog::submit()
{
    if (m_registeredWithoutPin) {
        return; // the patient exists; saving again would register a second record
    }
    const core::Demographics d = demographics();
    if (!isEditing()) {
        checkDuplicates(d);
        return;
    }
    setBusy(true, tr("Saving the new version…"));
    const services::PatientId patient = m_patient;
    const QString reason = m_reason->text().trimmed();
    m_runner.run(
        this,
        [patient, d, reason](services::Workstation &ws) { return ws.patients().updateDemographics(patient, d, reason); },
        [this](const services::ServiceResult<services::PatientDetails> &result) {
            finishSave(result, [this](const services::PatientDetails &details) { Q_EMIT updated(details); });
        });
}

void RegistrationDialog::checkDuplicates(const core::Demographics &d)
{
    setBusy(true, tr("Looking for patients already registered with these details…"));
    m_runner.run(
        this, [d](services::Workstation &ws) { return ws.patients().findDuplicates(d); },
        [this, d](const services::ServiceResult<QList<services::PatientSummary>> &result) {
            if (!result.ok()) {
                showError(result.message());
                revalidate();
                return;
            }
            if (!result->isEmpty()) {
                setBusy(false);
                revalidate();
                showDuplicates(int(result->size()), QString());
                return;
            }
            registerPatient(d, false);
        });
}

void RegistrationDialog::registerPatient(const core::Demographics &d, bool allowDuplicate)
{
    setBusy(true, tr("Registering the patient…"));
    m_registerAnyway->setEnabled(false);
    const QString pin = m_pin ? m_pin->text() : QString();
    m_runner.run(
        this,
        [d, allowDuplicate, pin](services::Workstation &ws) {
            Registration out{ws.patients().registerPatient(d, allowDuplicate), QString()};
            // Same job as the registration: no other call can come between the two.
            if (out.patient.ok() && !pin.isEmpty()) {
                const services::ServiceStatus status = ws.kiosk().setPatientPin(out.patient.value().id, pin);
                if (!status.ok()) {
                    out.pinError = status.message();
                }
            }
            return out;
        },
        [this](const Registration &registration) {
            const auto &result = registration.patient;
            m_registerAnyway->setEnabled(true);
            if (!result.ok()) {
                setBusy(false);
                revalidate();
                if (result.code() == services::ServiceError::AlreadyExists) {
                    showDuplicates(0, result.message());
                } else {
                    showError(result.message());
                }
                return;
            }
            setBusy(false);
            Q_EMIT registered(result.value());
            if (!registration.pinError.isEmpty()) {
                showPinNotSet(result.value(), registration.pinError);
                return;
            }
            accept();
        });
}

void RegistrationDialog::showPinNotSet(const services::PatientSummary &patient, const QString &serviceMessage)
{
    // The registration stands: the form becomes a report of what happened, with no way to
    // save it a second time.
    m_registeredWithoutPin = true;
    m_pin->clear();
    m_pinRepeat->clear();
    form()->parentWidget()->setEnabled(false);
    acceptButton()->hide();
    m_registerAnyway->hide();
    cancelButton()->setText(tr("Close"));
    cancelButton()->setAccessibleName(withoutMnemonic(cancelButton()->text()));
    messageLabel()->showMessage(MessageLabel::Kind::Warning,
                                tr("%1 %2 is registered with MRN %3, but the kiosk PIN was not set: %4 Set it "
                                   "from the Access tab of the patient's chart.")
                                    .arg(isolated(patient.givenName), isolated(patient.familyName),
                                         isolated(patient.mrn), serviceMessage));
    cancelButton()->setFocus();
}

void RegistrationDialog::showDuplicates(int count, const QString &serviceMessage)
{
    m_duplicates = count;
    const QString text = count > 0
        ? tr("Patients already registered with the same name and date of birth: %1. Search the patient list "
             "before registering a second record for the same person.")
              .arg(QLocale().toString(count))
        : serviceMessage;
    messageLabel()->showMessage(MessageLabel::Kind::Warning, text);
    m_registerAnyway->show();
    m_registerAnyway->setFocus();
}

} // namespace careledger::ui
