#pragma once

#include "services/ChartService.h"
#include "ui/RecordFormDialog.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace careledger::ui {

class ServiceRunner;

// One entry of a patient's problem list: a new one, or a new version of an existing one
// with the reason for the change.
class HistoryEntryDialog : public RecordFormDialog {
    Q_OBJECT
public:
    static const QString kIcd10;
    static const QString kSnomedCt;

    HistoryEntryDialog(ServiceRunner &runner, services::Clock clock, services::PatientId patient, QDate birthDate,
                       QWidget *parent = nullptr);
    HistoryEntryDialog(ServiceRunner &runner, services::Clock clock, services::PatientId patient, QDate birthDate,
                       const services::HistoryItem &item, QWidget *parent = nullptr);

    bool isEditing() const { return m_recordId.has_value(); }
    core::HistoryEntry entry() const;

    QLineEdit *conditionEdit() const { return m_condition; }
    QLineEdit *codeEdit() const { return m_code; }
    QComboBox *codeSystemCombo() const { return m_codeSystem; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QDateEdit *onsetEdit() const { return m_onset; }
    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *reasonEdit() const { return m_reason; }

Q_SIGNALS:
    void saved(const QByteArray &recordId, quint64 version);

protected:
    QHash<QString, QString> fieldProblems() const override;
    QString recordProblem() const override;

private:
    void build();
    void fill(const core::HistoryEntry &h);
    void submit();

    ServiceRunner &m_runner;
    services::Clock m_clock;
    services::PatientId m_patient;
    QDate m_birthDate;
    std::optional<QByteArray> m_recordId;
    QLineEdit *m_condition = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_codeSystem = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QDateEdit *m_onset = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace careledger::ui
