#include "ui/AlertLimitsDialog.h"

#include "alerts/AlarmPriority.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <cmath>

namespace careledger::ui {

namespace {

using core::VitalSign;

// The measured signs a doctor sets limits for, in the order of the Vitals tab.
constexpr VitalSign kLimitSigns[] = {VitalSign::HeartRate, VitalSign::SpO2,     VitalSign::RespirationRate,
                                     VitalSign::Temperature, VitalSign::Systolic, VitalSign::Diastolic,
                                     VitalSign::Glucose};

constexpr double kGlucoseCeiling = 10000; // core::validate's bound for signs without a range

double stepOf(VitalSign sign)
{
    return std::pow(10.0, -core::vitalSignDecimals(sign));
}

// One step below the plausible range stands for "no limit" and shows a dash, so a value can
// always be typed into the box and the dash is never mistaken for a number.
double noLimitValue(VitalSign sign)
{
    const auto range = core::plausibleRange(sign);
    return range ? range->low - stepOf(sign) : 0.0;
}

QDoubleSpinBox *limitBox(VitalSign sign, const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setDecimals(core::vitalSignDecimals(sign));
    box->setSingleStep(stepOf(sign));
    const auto range = core::plausibleRange(sign);
    box->setRange(noLimitValue(sign), range ? range->high : kGlucoseCeiling);
    box->setSpecialValueText(QStringLiteral("—"));
    box->setSuffix(QLatin1Char(' ') + core::vitalSignUnitSymbol(sign));
    box->setAccelerated(true);
    box->setKeyboardTracking(true);
    return box;
}

std::optional<double> limitOf(const QDoubleSpinBox *box, VitalSign sign)
{
    if (box->value() <= noLimitValue(sign) + stepOf(sign) / 2) {
        return std::nullopt;
    }
    return box->value();
}

} // namespace

AlertLimitsDialog::AlertLimitsDialog(const core::PatientAlertSettings &current, QWidget *parent)
    : FormDialog(parent), m_base(current)
{
    setObjectName(QStringLiteral("alertLimitsDialog"));
    setWindowTitle(tr("Alert limits"));
    setIntro(tr("Limits set here replace the profile's limits for this patient only. A sign left "
                "unchecked keeps the profile's limits."));
    setAcceptText(tr("&Save limits"));

    // SpO2 scale: two choices and why the second exists.
    auto *scaleBox = new QWidget(this);
    auto *scaleLayout = new QVBoxLayout(scaleBox);
    scaleLayout->setContentsMargins(0, 0, 0, 0);
    scaleLayout->setSpacing(4);
    auto *scaleButtons = new QHBoxLayout;
    m_scale1 = new QRadioButton(tr("Scale &1"), scaleBox);
    m_scale1->setObjectName(QStringLiteral("spo2Scale1"));
    m_scale1->setAccessibleName(tr("SpO2 scale 1"));
    m_scale2 = new QRadioButton(tr("Scale &2"), scaleBox);
    m_scale2->setObjectName(QStringLiteral("spo2Scale2"));
    m_scale2->setAccessibleName(tr("SpO2 scale 2"));
    auto *scaleGroup = new QButtonGroup(scaleBox);
    scaleGroup->addButton(m_scale1);
    scaleGroup->addButton(m_scale2);
    scaleButtons->addWidget(m_scale1);
    scaleButtons->addWidget(m_scale2);
    scaleButtons->addStretch(1);
    scaleLayout->addLayout(scaleButtons);
    auto *scaleNote = new QLabel(tr("Scale 2 only for confirmed hypercapnic respiratory failure (target SpO2 88–92 %)."),
                                 scaleBox);
    scaleNote->setObjectName(QStringLiteral("secondaryText"));
    scaleNote->setWordWrap(true);
    scaleLayout->addWidget(scaleNote);
    (current.spo2Scale == core::SpO2Scale::Scale2 ? m_scale2 : m_scale1)->setChecked(true);
    form()->addRow(tr("SpO2 scale:"), scaleBox);

    // One row per sign: own limits?, low, high, priority.
    auto *grid = new QWidget(this);
    grid->setObjectName(QStringLiteral("alertLimitsGrid"));
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 4, 0, 0);
    gridLayout->setHorizontalSpacing(12);
    gridLayout->setVerticalSpacing(6);
    const QStringList headers{tr("Sign"), tr("Own limits"), tr("Alarm below"), tr("Alarm above"), tr("Priority")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(headers.at(column), grid);
        header->setObjectName(QStringLiteral("secondaryText"));
        gridLayout->addWidget(header, 0, column);
    }
    int gridRow = 1;
    for (const VitalSign sign : kLimitSigns) {
        const QString id = core::vitalSignId(sign);
        const QString name = core::vitalSignDisplayName(sign);
        SignRow row;
        row.sign = sign;
        auto *label = new QLabel(name, grid);
        row.own = new QCheckBox(grid);
        row.own->setObjectName(QStringLiteral("ownLimits-%1").arg(id));
        //: Accessible name of a checkbox; %1 is a vital sign
        row.own->setAccessibleName(tr("Own limits for %1").arg(name));
        label->setBuddy(row.own);
        //: %1 is a vital sign
        row.low = limitBox(sign, QStringLiteral("low-%1").arg(id), tr("%1: alarm below").arg(name), grid);
        //: %1 is a vital sign
        row.high = limitBox(sign, QStringLiteral("high-%1").arg(id), tr("%1: alarm above").arg(name), grid);
        row.priority = new QComboBox(grid);
        row.priority->setObjectName(QStringLiteral("priority-%1").arg(id));
        //: %1 is a vital sign
        row.priority->setAccessibleName(tr("%1: alarm priority").arg(name));
        for (const core::AlarmPriority p :
             {core::AlarmPriority::High, core::AlarmPriority::Medium, core::AlarmPriority::Low}) {
            row.priority->addItem(core::alarmPriorityDisplayName(p), int(p));
        }
        row.priority->setCurrentIndex(row.priority->findData(int(core::AlarmPriority::Medium)));
        if (const core::LimitOverride *limit = current.limitFor(sign)) {
            row.own->setChecked(true);
            if (limit->low) {
                row.low->setValue(*limit->low);
            }
            if (limit->high) {
                row.high->setValue(*limit->high);
            }
            row.priority->setCurrentIndex(row.priority->findData(int(limit->priority)));
        }
        gridLayout->addWidget(label, gridRow, 0);
        gridLayout->addWidget(row.own, gridRow, 1, Qt::AlignCenter);
        gridLayout->addWidget(row.low, gridRow, 2);
        gridLayout->addWidget(row.high, gridRow, 3);
        gridLayout->addWidget(row.priority, gridRow, 4);
        ++gridRow;
        m_rows << row;
    }
    gridLayout->setColumnStretch(2, 1);
    gridLayout->setColumnStretch(3, 1);
    form()->addRow(grid);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("alertLimitsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0x8c, 0x1d, 0x18));
    m_problem->setPalette(palette);
    m_problem->hide();
    form()->addRow(m_problem);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the change"));
    m_reason->setPlaceholderText(tr("Required: why these limits suit this patient"));
    m_reason->setMaxLength(500);
    form()->addRow(tr("&Reason:"), m_reason);

    connect(m_scale1, &QRadioButton::toggled, this, &AlertLimitsDialog::revalidate);
    for (const SignRow &row : std::as_const(m_rows)) {
        connect(row.own, &QCheckBox::toggled, this, [this, row] {
            updateRow(row);
            revalidate();
        });
        connect(row.low, &QDoubleSpinBox::valueChanged, this, &AlertLimitsDialog::revalidate);
        connect(row.high, &QDoubleSpinBox::valueChanged, this, &AlertLimitsDialog::revalidate);
        connect(row.priority, &QComboBox::currentIndexChanged, this, &AlertLimitsDialog::revalidate);
        updateRow(row);
    }
    connect(m_reason, &QLineEdit::textChanged, this, &AlertLimitsDialog::revalidate);
    revalidate();
    setMinimumWidth(640);
}

const AlertLimitsDialog::SignRow *AlertLimitsDialog::rowFor(core::VitalSign sign) const
{
    for (const SignRow &row : m_rows) {
        if (row.sign == sign) {
            return &row;
        }
    }
    return nullptr;
}

QCheckBox *AlertLimitsDialog::ownLimitsBox(core::VitalSign sign) const
{
    const SignRow *row = rowFor(sign);
    return row ? row->own : nullptr;
}

QDoubleSpinBox *AlertLimitsDialog::lowBox(core::VitalSign sign) const
{
    const SignRow *row = rowFor(sign);
    return row ? row->low : nullptr;
}

QDoubleSpinBox *AlertLimitsDialog::highBox(core::VitalSign sign) const
{
    const SignRow *row = rowFor(sign);
    return row ? row->high : nullptr;
}

QComboBox *AlertLimitsDialog::priorityBox(core::VitalSign sign) const
{
    const SignRow *row = rowFor(sign);
    return row ? row->priority : nullptr;
}

void AlertLimitsDialog::updateRow(const SignRow &row)
{
    const bool own = row.own->isChecked();
    row.low->setEnabled(own);
    row.high->setEnabled(own);
    row.priority->setEnabled(own);
}

core::PatientAlertSettings AlertLimitsDialog::settings() const
{
    core::PatientAlertSettings out;
    out.spo2Scale = m_scale2->isChecked() ? core::SpO2Scale::Scale2 : core::SpO2Scale::Scale1;
    for (const core::LimitOverride &limit : m_base.limits) {
        if (!rowFor(limit.sign)) {
            out.limits << limit; // a sign this dialog does not show keeps its limits
        }
    }
    for (const SignRow &row : m_rows) {
        if (!row.own->isChecked()) {
            continue;
        }
        core::LimitOverride limit;
        limit.sign = row.sign;
        limit.low = limitOf(row.low, row.sign);
        limit.high = limitOf(row.high, row.sign);
        limit.priority = core::AlarmPriority(row.priority->currentData().toInt());
        out.limits << limit;
    }
    return out;
}

QString AlertLimitsDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString AlertLimitsDialog::problemText() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

bool AlertLimitsDialog::isValid() const
{
    return core::validate(settings()).ok();
}

QString AlertLimitsDialog::validationProblem() const
{
    if (const core::AlertStatus status = core::validate(settings()); !status.ok()) {
        return status.message();
    }
    if (reason().isEmpty()) {
        return tr("Enter the reason for the change.");
    }
    return {};
}

void AlertLimitsDialog::revalidate()
{
    const core::AlertStatus status = core::validate(settings());
    m_problem->setText(status.message());
    m_problem->setVisible(!status.ok());
    if (!isBusy()) {
        acceptButton()->setEnabled(status.ok() && !reason().isEmpty());
    }
}

} // namespace careledger::ui
