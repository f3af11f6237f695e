#pragma once

#include "services/ChartService.h"
#include "ui/RecordFormDialog.h"

#include <optional>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace careledger::ui {

class ServiceRunner;

// A new prescription, or an amendment of an active one (a new version with the reason for
// it). Every field is checked as it is typed with the rules of core::validate.
class PrescriptionDialog : public RecordFormDialog {
    Q_OBJECT
public:
    // New prescription for `patient`.
    PrescriptionDialog(ServiceRunner &runner, services::Clock clock, services::PatientId patient,
                       QWidget *parent = nullptr);
    // Amends `item`.
    PrescriptionDialog(ServiceRunner &runner, services::Clock clock, services::PatientId patient,
                       const services::PrescriptionItem &item, QWidget *parent = nullptr);

    bool isAmending() const { return m_recordId.has_value(); }
    core::Prescription prescription() const;

    QLineEdit *medicationEdit() const { return m_medication; }
    QLineEdit *strengthEdit() const { return m_strength; }
    QComboBox *formCombo() const { return m_form; }
    QDoubleSpinBox *doseSpin() const { return m_dose; }
    QComboBox *doseUnitCombo() const { return m_doseUnit; }
    QComboBox *routeCombo() const { return m_route; }
    QComboBox *frequencyCombo() const { return m_frequency; }
    QSpinBox *durationSpin() const { return m_duration; }
    QDoubleSpinBox *quantitySpin() const { return m_quantity; }
    QComboBox *quantityUnitCombo() const { return m_quantityUnit; }
    QSpinBox *refillsSpin() const { return m_refills; }
    QLineEdit *instructionsEdit() const { return m_instructions; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }

Q_SIGNALS:
    // The new record id (new prescription) or the amended one, and its version.
    void saved(const QByteArray &recordId, quint64 version);

protected:
    QHash<QString, QString> fieldProblems() const override;
    QString recordProblem() const override;

private:
    void build();
    void fill(const core::Prescription &p);
    void submit();

    ServiceRunner &m_runner;
    services::Clock m_clock;
    services::PatientId m_patient;
    std::optional<QByteArray> m_recordId;
    core::PrescriptionStatus m_status = core::PrescriptionStatus::Active;
    QLineEdit *m_medication = nullptr;
    QLineEdit *m_strength = nullptr;
    QComboBox *m_form = nullptr;
    QDoubleSpinBox *m_dose = nullptr;
    QComboBox *m_doseUnit = nullptr;
    QComboBox *m_route = nullptr;
    QComboBox *m_frequency = nullptr;
    QSpinBox *m_duration = nullptr;
    QDoubleSpinBox *m_quantity = nullptr;
    QComboBox *m_quantityUnit = nullptr;
    QSpinBox *m_refills = nullptr;
    QLineEdit *m_instructions = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
};

// An editable combo box of stable ids shown by their translated names: picks the id of a
// listed entry, or keeps what was typed as free text.
void fillIdCombo(QComboBox *combo, const QStringList &ids, QString (*displayName)(const QString &));
QString idComboValue(const QComboBox *combo);
void setIdComboValue(QComboBox *combo, const QString &value);

} // namespace careledger::ui
