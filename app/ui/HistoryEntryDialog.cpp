#include "ui/HistoryEntryDialog.h"

#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QPlainTextEdit>

#include <functional>

namespace careledger::ui {

const QString HistoryEntryDialog::kIcd10 = QStringLiteral("http://hl7.org/fhir/sid/icd-10");
const QString HistoryEntryDialog::kSnomedCt = QStringLiteral("http://snomed.info/sct");

HistoryEntryDialog::HistoryEntryDialog(ServiceRunner &runner, services::Clock clock, services::PatientId patient,
                                       QDate birthDate, QWidget *parent)
    : RecordFormDialog(parent), m_runner(runner), m_clock(std::move(clock)), m_patient(std::move(patient)),
      m_birthDate(birthDate)
{
    setObjectName(QStringLiteral("historyEntryDialog"));
    setWindowTitle(tr("Add to the problem list"));
    build();
    setAcceptText(tr("&Add"));
    revalidate();
}

HistoryEntryDialog::HistoryEntryDialog(ServiceRunner &runner, services::Clock clock, services::PatientId patient,
                                       QDate birthDate, const services::HistoryItem &item, QWidget *parent)
    : RecordFormDialog(parent), m_runner(runner), m_clock(std::move(clock)), m_patient(std::move(patient)),
      m_birthDate(birthDate), m_recordId(item.recordId)
{
    setObjectName(QStringLiteral("historyEntryDialog"));
    setWindowTitle(tr("Edit problem list entry"));
    setIntro(tr("Saving keeps the current entry as version %1 in the version history.").arg(item.current.version));
    build();
    fill(item.entry);
    setAcceptText(tr("&Save"));
    revalidate();
}

void HistoryEntryDialog::build()
{
    setMinimumWidth(540);
    m_condition = new QLineEdit(this);
    m_condition->setObjectName(QStringLiteral("conditionEdit"));
    m_condition->setAccessibleName(tr("Condition"));
    m_condition->setPlaceholderText(tr("e.g. Type 2 diabetes"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setAccessibleName(tr("Code"));
    m_code->setPlaceholderText(tr("optional, e.g. E11"));
    m_code->setLayoutDirection(Qt::LeftToRight);
    m_codeSystem = new QComboBox(this);
    m_codeSystem->setObjectName(QStringLiteral("codeSystemCombo"));
    m_codeSystem->setAccessibleName(tr("Code system"));
    m_codeSystem->addItem(QStringLiteral("ICD-10"), kIcd10);
    m_codeSystem->addItem(QStringLiteral("SNOMED CT"), kSnomedCt);
    auto *codeRow = new QWidget(this);
    auto *codeLayout = new QHBoxLayout(codeRow);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    codeLayout->setSpacing(8);
    codeLayout->addWidget(m_code, 1);
    codeLayout->addWidget(m_codeSystem, 1);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 14);
    m_onset = new QDateEdit(this);
    m_onset->setObjectName(QStringLiteral("onsetEdit"));
    m_onset->setAccessibleName(tr("Onset date"));
    makeOptionalDate(m_onset, tr("Unknown"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("problemStatusCombo"));
    m_status->setAccessibleName(tr("Status"));
    for (const auto status : {core::ProblemStatus::Active, core::ProblemStatus::Resolved, core::ProblemStatus::Inactive}) {
        m_status->addItem(core::problemStatusDisplayName(status), core::problemStatusId(status));
    }

    addFieldRow(QStringLiteral("condition"), tr("&Condition:"), m_condition);
    addFieldRow({QStringLiteral("code"), QStringLiteral("codeSystem")}, tr("C&ode:"), codeRow, m_code);
    addFieldRow(QStringLiteral("description"), tr("&Description:"), m_description);
    addFieldRow(QStringLiteral("onset"), tr("O&nset date:"), m_onset);
    addFieldRow(QStringLiteral("status"), tr("&Status:"), m_status);
    watch(m_condition, QStringLiteral("condition"));
    watch(m_code, QStringLiteral("code"));
    watch(m_codeSystem, QStringLiteral("codeSystem"));
    watch(m_description, QStringLiteral("description"));
    watch(m_onset, QStringLiteral("onset"));
    watch(m_status, QStringLiteral("status"));
    QWidget *last = m_status;
    if (isEditing()) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setAccessibleName(tr("Reason for the change"));
        m_reason->setMaxLength(500);
        addFieldRow(QStringLiteral("reason"), tr("&Reason for the change:"), m_reason);
        watch(m_reason, QStringLiteral("reason"));
        last = m_reason;
    }
    setTabOrder(m_condition, m_code);
    setTabOrder(m_code, m_codeSystem);
    setTabOrder(m_codeSystem, m_description);
    setTabOrder(m_description, m_onset);
    setTabOrder(m_onset, m_status);
    if (m_reason) {
        setTabOrder(m_status, m_reason);
    }
    setTabOrder(last, acceptButton());
    setTabOrder(acceptButton(), cancelButton());
    connect(this, &FormDialog::submitted, this, &HistoryEntryDialog::submit);
    m_condition->setFocus();
}

void HistoryEntryDialog::fill(const core::HistoryEntry &h)
{
    m_condition->setText(h.condition);
    m_code->setText(h.code);
    if (!h.codeSystem.isEmpty()) {
        if (m_codeSystem->findData(h.codeSystem) < 0) {
            m_codeSystem->addItem(h.codeSystem, h.codeSystem); // a system another workstation used
        }
        m_codeSystem->setCurrentIndex(m_codeSystem->findData(h.codeSystem));
    }
    m_description->setPlainText(h.description);
    setOptionalDate(m_onset, h.onsetDate);
    m_status->setCurrentIndex(qMax(0, m_status->findData(core::problemStatusId(h.status))));
}

core::HistoryEntry HistoryEntryDialog::entry() const
{
    core::HistoryEntry h;
    h.condition = m_condition->text().trimmed();
    h.code = m_code->text().trimmed();
    h.codeSystem = h.code.isEmpty() ? QString() : m_codeSystem->currentData().toString();
    h.description = m_description->toPlainText().trimmed();
    h.onsetDate = optionalDate(m_onset);
    h.status = core::problemStatusFromId(m_status->currentData().toString()).value_or(core::ProblemStatus::Active);
    return h;
}

QHash<QString, QString> HistoryEntryDialog::fieldProblems() const
{
    const core::HistoryEntry form = entry();
    const QDate today = todayUtc(m_clock);
    QHash<QString, QString> problems;
    const auto check = [&](const QString &key, const std::function<void(core::HistoryEntry &)> &apply) {
        core::HistoryEntry h;
        h.condition = QStringLiteral("Asthma");
        apply(h);
        if (const core::ClinicalStatus status = core::validate(h, today, m_birthDate); !status.ok()) {
            problems.insert(key, status.message());
        }
    };
    check(QStringLiteral("condition"), [&](core::HistoryEntry &h) { h.condition = form.condition; });
    check(QStringLiteral("code"), [&](core::HistoryEntry &h) {
        h.code = form.code;
        h.codeSystem = form.codeSystem;
    });
    check(QStringLiteral("description"), [&](core::HistoryEntry &h) { h.description = form.description; });
    check(QStringLiteral("onset"), [&](core::HistoryEntry &h) { h.onsetDate = form.onsetDate; });
    if (m_reason && m_reason->text().trimmed().isEmpty()) {
        problems.insert(QStringLiteral("reason"), tr("Enter the reason for the change."));
    }
    return problems;
}

QString HistoryEntryDialog::recordProblem() const
{
    const core::ClinicalStatus status = core::validate(entry(), todayUtc(m_clock), m_birthDate);
    return status.ok() ? QString() : status.message();
}

void HistoryEntryDialog::submit()
{
    const core::HistoryEntry h = entry();
    const services::PatientId patient = m_patient;
    setBusy(true, tr("Saving…"));
    if (!isEditing()) {
        m_runner.run(
            this, [patient, h](services::Workstation &ws) { return ws.charts().addHistory(patient, h); },
            [this](const services::ServiceResult<QByteArray> &result) {
                finishSave(result, [this](const QByteArray &recordId) { Q_EMIT saved(recordId, 1); });
            });
        return;
    }
    const QByteArray recordId = *m_recordId;
    const QString reason = m_reason->text().trimmed();
    m_runner.run(
        this,
        [patient, recordId, h, reason](services::Workstation &ws) {
            return ws.charts().updateHistory(patient, recordId, h, reason);
        },
        [this, recordId](const services::ServiceResult<quint64> &result) {
            finishSave(result, [this, recordId](quint64 version) { Q_EMIT saved(recordId, version); });
        });
}

} // namespace careledger::ui
