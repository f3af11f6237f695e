#pragma once

#include "alerts/AlertOverrides.h"
#include "alerts/VitalSigns.h"
#include "ui/FormDialog.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace careledger::ui {

// A doctor's alert limits for one patient: the NEWS2 SpO2 scale and, per measured sign,
// limits that replace the profile's. Checked with core::validate as the doctor types, so the
// dialog and the service refuse the same things; OK waits for valid limits and a reason.
class AlertLimitsDialog : public FormDialog {
    Q_OBJECT
public:
    explicit AlertLimitsDialog(const core::PatientAlertSettings &current, QWidget *parent = nullptr);

    // The settings as entered (limits of signs this dialog does not show are kept).
    core::PatientAlertSettings settings() const;
    QString reason() const;
    // The validation message under the grid (empty when the entry is valid).
    QString problemText() const;
    bool isValid() const;
    // Called after a refused save, so OK follows the entry again.
    void revalidate();

    QCheckBox *ownLimitsBox(core::VitalSign sign) const;
    QDoubleSpinBox *lowBox(core::VitalSign sign) const;
    QDoubleSpinBox *highBox(core::VitalSign sign) const;
    QComboBox *priorityBox(core::VitalSign sign) const;
    QLineEdit *reasonEdit() const { return m_reason; }

protected:
    QString validationProblem() const override;

private:
    struct SignRow {
        core::VitalSign sign = core::VitalSign::HeartRate;
        QCheckBox *own = nullptr;
        QDoubleSpinBox *low = nullptr;
        QDoubleSpinBox *high = nullptr;
        QComboBox *priority = nullptr;
    };
    const SignRow *rowFor(core::VitalSign sign) const;
    void updateRow(const SignRow &row);

    core::PatientAlertSettings m_base;
    QRadioButton *m_scale1 = nullptr;
    QRadioButton *m_scale2 = nullptr;
    QList<SignRow> m_rows;
    QLabel *m_problem = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace careledger::ui
