#include "ui/PrescriptionDialog.h"

#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <functional>

namespace careledger::ui {

namespace {

// Values every rule accepts (see RegistrationDialog for the one-field-at-a-time idea).
core::Prescription validBaseline(const QDate &today)
{
    core::Prescription p;
    p.medication = QStringLiteral("Paracetamol");
    p.strength = QStringLiteral("500 mg");
    p.form = QStringLiteral("tablet");
    p.dose = 1;
    p.doseUnit = QStringLiteral("tablet");
    p.route = QStringLiteral("oral");
    p.frequency = QStringLiteral("once daily");
    p.durationDays = 7;
    p.quantity = 7;
    p.quantityUnit = QStringLiteral("tablet");
    p.refills = 0;
    p.prescribedOn = today;
    return p;
}

QComboBox *editableCombo(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    return combo;
}

QWidget *pair(QWidget *parent, QWidget *first, QWidget *second)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(first, 1);
    layout->addWidget(second, 2);
    return box;
}

} // namespace

void fillIdCombo(QComboBox *combo, const QStringList &ids, QString (*displayName)(const QString &))
{
    for (const QString &id : ids) {
        combo->addItem(displayName(id), id);
    }
}

QString idComboValue(const QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text, Qt::MatchFixedString);
    return index >= 0 ? combo->itemData(index).toString() : text;
}

void setIdComboValue(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else {
        combo->setEditText(value);
    }
}

PrescriptionDialog::PrescriptionDialog(ServiceRunner &runner, services::Clock clock, services::PatientId patient,
                                       QWidget *parent)
    : RecordFormDialog(parent), m_runner(runner), m_clock(std::move(clock)), m_patient(std::move(patient))
{
    setObjectName(QStringLiteral("prescriptionDialog"));
    setWindowTitle(tr("New prescription"));
    setIntro(tr("The prescription is signed with your key when you save it."));
    build();
    setAcceptText(tr("&Prescribe"));
    revalidate();
}

PrescriptionDialog::PrescriptionDialog(ServiceRunner &runner, services::Clock clock, services::PatientId patient,
                                       const services::PrescriptionItem &item, QWidget *parent)
    : RecordFormDialog(parent), m_runner(runner), m_clock(std::move(clock)), m_patient(std::move(patient)),
      m_recordId(item.recordId), m_status(item.prescription.status)
{
    setObjectName(QStringLiteral("prescriptionDialog"));
    setWindowTitle(tr("Amend prescription"));
    setIntro(tr("The amendment becomes version %1; the earlier versions stay in the version history.")
                 .arg(item.current.version + 1));
    build();
    fill(item.prescription);
    setAcceptText(tr("&Save amendment"));
    revalidate();
}

void PrescriptionDialog::build()
{
    setMinimumWidth(560);
    m_medication = new QLineEdit(this);
    m_medication->setObjectName(QStringLiteral("medicationEdit"));
    m_medication->setAccessibleName(tr("Medication"));
    m_medication->setPlaceholderText(tr("e.g. Metformin"));
    m_strength = new QLineEdit(this);
    m_strength->setObjectName(QStringLiteral("strengthEdit"));
    m_strength->setAccessibleName(tr("Strength"));
    m_strength->setPlaceholderText(tr("e.g. 500 mg"));
    m_form = editableCombo(this, QStringLiteral("formCombo"), tr("Form"));
    fillIdCombo(m_form, core::prescriptionForms(), &core::formDisplayName);
    m_dose = new QDoubleSpinBox(this);
    m_dose->setObjectName(QStringLiteral("doseSpin"));
    m_dose->setAccessibleName(tr("Dose"));
    m_dose->setDecimals(2);
    m_dose->setRange(0, 1000000);
    m_dose->setValue(1);
    m_doseUnit = editableCombo(this, QStringLiteral("doseUnitCombo"), tr("Dose unit"));
    fillIdCombo(m_doseUnit, prescriptionUnits(), &unitDisplayName);
    m_route = editableCombo(this, QStringLiteral("routeCombo"), tr("Route"));
    fillIdCombo(m_route, core::prescriptionRoutes(), &core::routeDisplayName);
    m_frequency = editableCombo(this, QStringLiteral("frequencyCombo"), tr("Frequency"));
    fillIdCombo(m_frequency, prescriptionFrequencies(), &frequencyDisplayName);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setAccessibleName(tr("Duration in days"));
    m_duration->setRange(0, 100000);
    m_duration->setValue(7);
    m_quantity = new QDoubleSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setDecimals(1);
    m_quantity->setRange(0, 10000000);
    m_quantity->setValue(0);
    m_quantityUnit = editableCombo(this, QStringLiteral("quantityUnitCombo"), tr("Quantity unit"));
    fillIdCombo(m_quantityUnit, prescriptionUnits(), &unitDisplayName);
    m_refills = new QSpinBox(this);
    m_refills->setObjectName(QStringLiteral("refillsSpin"));
    m_refills->setAccessibleName(tr("Refills"));
    m_refills->setRange(0, 99);
    m_instructions = new QLineEdit(this);
    m_instructions->setObjectName(QStringLiteral("instructionsEdit"));
    m_instructions->setAccessibleName(tr("Instructions"));
    m_instructions->setPlaceholderText(tr("e.g. with food"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("prescribedOnEdit"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setDisplayFormat(dateEditFormat());
    m_date->setCalendarPopup(true);
    m_date->setDate(todayUtc(m_clock));

    addFieldRow(QStringLiteral("medication"), tr("&Medication:"), m_medication);
    addFieldRow(QStringLiteral("strength"), tr("S&trength:"), m_strength);
    addFieldRow(QStringLiteral("form"), tr("&Form:"), m_form);
    addFieldRow({QStringLiteral("dose"), QStringLiteral("doseUnit")}, tr("&Dose:"), pair(this, m_dose, m_doseUnit),
                m_dose);
    addFieldRow(QStringLiteral("route"), tr("&Route:"), m_route);
    addFieldRow(QStringLiteral("frequency"), tr("Fre&quency:"), m_frequency);
    addFieldRow(QStringLiteral("duration"), tr("D&uration (days):"), m_duration);
    addFieldRow({QStringLiteral("quantity"), QStringLiteral("quantityUnit")}, tr("Quantit&y:"),
                pair(this, m_quantity, m_quantityUnit), m_quantity);
    addFieldRow(QStringLiteral("refills"), tr("Re&fills:"), m_refills);
    addFieldRow(QStringLiteral("instructions"), tr("&Instructions:"), m_instructions);
    addFieldRow(QStringLiteral("date"), tr("D&ate:"), m_date);
    watch(m_medication, QStringLiteral("medication"));
    watch(m_strength, QStringLiteral("strength"));
    watch(m_form, QStringLiteral("form"));
    watch(m_dose, QStringLiteral("dose"));
    watch(m_doseUnit, QStringLiteral("doseUnit"));
    watch(m_route, QStringLiteral("route"));
    watch(m_frequency, QStringLiteral("frequency"));
    watch(m_duration, QStringLiteral("duration"));
    watch(m_quantity, QStringLiteral("quantity"));
    watch(m_quantityUnit, QStringLiteral("quantityUnit"));
    watch(m_refills, QStringLiteral("refills"));
    watch(m_instructions, QStringLiteral("instructions"));
    watch(m_date, QStringLiteral("date"));
    QWidget *last = m_date;
    if (isAmending()) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setAccessibleName(tr("Reason for the amendment"));
        m_reason->setMaxLength(500);
        addFieldRow(QStringLiteral("reason"), tr("Reason for the a&mendment:"), m_reason);
        watch(m_reason, QStringLiteral("reason"));
        last = m_reason;
    }

    const QList<QWidget *> order{m_medication, m_strength, m_form,     m_dose,         m_doseUnit,
                                 m_route,      m_frequency, m_duration, m_quantity,     m_quantityUnit,
                                 m_refills,    m_instructions, m_date};
    for (int i = 0; i + 1 < order.size(); ++i) {
        setTabOrder(order.at(i), order.at(i + 1));
    }
    if (m_reason) {
        setTabOrder(m_date, m_reason);
    }
    setTabOrder(last, acceptButton());
    setTabOrder(acceptButton(), cancelButton());

    // A new prescription starts with the usual choices; the prescriber changes what differs.
    setIdComboValue(m_form, QStringLiteral("tablet"));
    setIdComboValue(m_doseUnit, QStringLiteral("tablet"));
    setIdComboValue(m_route, QStringLiteral("oral"));
    setIdComboValue(m_frequency, QStringLiteral("once daily"));
    setIdComboValue(m_quantityUnit, QStringLiteral("tablet"));

    connect(this, &FormDialog::submitted, this, &PrescriptionDialog::submit);
    m_medication->setFocus();
}

void PrescriptionDialog::fill(const core::Prescription &p)
{
    m_medication->setText(p.medication);
    m_strength->setText(p.strength);
    setIdComboValue(m_form, p.form);
    m_dose->setValue(p.dose);
    setIdComboValue(m_doseUnit, p.doseUnit);
    setIdComboValue(m_route, p.route);
    setIdComboValue(m_frequency, p.frequency);
    m_duration->setValue(p.durationDays);
    m_quantity->setValue(p.quantity);
    setIdComboValue(m_quantityUnit, p.quantityUnit);
    m_refills->setValue(p.refills);
    m_instructions->setText(p.instructions);
    m_date->setDate(p.prescribedOn);
}

core::Prescription PrescriptionDialog::prescription() const
{
    core::Prescription p;
    p.medication = m_medication->text().trimmed();
    p.strength = m_strength->text().trimmed();
    p.form = idComboValue(m_form);
    p.dose = m_dose->value();
    p.doseUnit = idComboValue(m_doseUnit);
    p.route = idComboValue(m_route);
    p.frequency = idComboValue(m_frequency);
    p.durationDays = m_duration->value();
    p.quantity = m_quantity->value();
    p.quantityUnit = idComboValue(m_quantityUnit);
    p.refills = m_refills->value();
    p.instructions = m_instructions->text().trimmed();
    p.prescribedOn = m_date->date();
    p.status = m_status;
    return p;
}

QHash<QString, QString> PrescriptionDialog::fieldProblems() const
{
    const core::Prescription form = prescription();
    const QDate today = todayUtc(m_clock);
    QHash<QString, QString> problems;
    const auto check = [&](const QString &key, const std::function<void(core::Prescription &)> &apply) {
        core::Prescription p = validBaseline(today);
        apply(p);
        if (const core::ClinicalStatus status = core::validate(p, today); !status.ok()) {
            problems.insert(key, status.message());
        }
    };
    check(QStringLiteral("medication"), [&](core::Prescription &p) { p.medication = form.medication; });
    check(QStringLiteral("strength"), [&](core::Prescription &p) { p.strength = form.strength; });
    check(QStringLiteral("form"), [&](core::Prescription &p) { p.form = form.form; });
    check(QStringLiteral("dose"), [&](core::Prescription &p) { p.dose = form.dose; });
    check(QStringLiteral("doseUnit"), [&](core::Prescription &p) { p.doseUnit = form.doseUnit; });
    check(QStringLiteral("route"), [&](core::Prescription &p) { p.route = form.route; });
    check(QStringLiteral("frequency"), [&](core::Prescription &p) { p.frequency = form.frequency; });
    check(QStringLiteral("duration"), [&](core::Prescription &p) { p.durationDays = form.durationDays; });
    check(QStringLiteral("quantity"), [&](core::Prescription &p) { p.quantity = form.quantity; });
    check(QStringLiteral("quantityUnit"), [&](core::Prescription &p) { p.quantityUnit = form.quantityUnit; });
    check(QStringLiteral("refills"), [&](core::Prescription &p) { p.refills = form.refills; });
    check(QStringLiteral("instructions"), [&](core::Prescription &p) { p.instructions = form.instructions; });
    check(QStringLiteral("date"), [&](core::Prescription &p) { p.prescribedOn = form.prescribedOn; });
    if (m_reason && m_reason->text().trimmed().isEmpty()) {
        problems.insert(QStringLiteral("reason"), tr("Enter the reason for the amendment."));
    }
    return problems;
}

QString PrescriptionDialog::recordProblem() const
{
    const core::ClinicalStatus status = core::validate(prescription(), todayUtc(m_clock));
    return status.ok() ? QString() : status.message();
}

void PrescriptionDialog::submit()
{
    const core::Prescription p = prescription();
    const services::PatientId patient = m_patient;
    if (!isAmending()) {
        setBusy(true, tr("Saving the prescription…"));
        m_runner.run(
            this, [patient, p](services::Workstation &ws) { return ws.charts().prescribe(patient, p); },
            [this](const services::ServiceResult<QByteArray> &result) {
                finishSave(result, [this](const QByteArray &recordId) { Q_EMIT saved(recordId, 1); });
            });
        return;
    }
    setBusy(true, tr("Saving the amendment…"));
    const QByteArray recordId = *m_recordId;
    const QString reason = m_reason->text().trimmed();
    m_runner.run(
        this,
        [patient, recordId, p, reason](services::Workstation &ws) {
            return ws.charts().amendPrescription(patient, recordId, p, reason);
        },
        [this, recordId](const services::ServiceResult<quint64> &result) {
            finishSave(result, [this, recordId](quint64 version) { Q_EMIT saved(recordId, version); });
        });
}

} // namespace careledger::ui
