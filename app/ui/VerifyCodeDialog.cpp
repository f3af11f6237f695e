#include "ui/VerifyCodeDialog.h"

#include "ui/MessageLabel.h"
#include "ui/RecordsUi.h"
#include "ui/ServiceRunner.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace careledger::ui {

VerifyCodeDialog::VerifyCodeDialog(ServiceRunner &runner, QWidget *parent) : FormDialog(parent), m_runner(runner)
{
    setObjectName(QStringLiteral("verifyCodeDialog"));
    setWindowTitle(tr("Verify prescription code"));
    setIntro(tr("Type the code printed in the box of a patient's prescription. It tells whether the page shows "
                "the prescription as it stands now on this clinic's ledger."));
    setAcceptText(tr("&Check code"));
    cancelButton()->setText(tr("Close"));
    cancelButton()->setAccessibleName(tr("Close"));

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("verificationCodeEdit"));
    m_code->setAccessibleName(tr("Verification code"));
    m_code->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_code->setLayoutDirection(Qt::LeftToRight);
    m_code->setMaxLength(64);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 1.2);
    m_code->setFont(mono);
    // The whole printed code visible at once, so it can be compared group by group.
    m_code->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(39, QLatin1Char('M'))) + 40);
    auto *label = new QLabel(tr("C&ode:"), this);
    label->setBuddy(m_code);
    form()->addRow(label, m_code);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verifyVerdict"));
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setWordWrap(true);
    m_verdict->hide();
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_verdict->setFont(bold);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("verifyDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->hide();
    form()->addRow(m_verdict);
    form()->addRow(m_details);

    connect(this, &FormDialog::submitted, this, &VerifyCodeDialog::run);
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        m_verdict->hide();
        m_details->hide();
    });
}

QString VerifyCodeDialog::validationProblem() const
{
    if (m_code->text().trimmed().isEmpty()) {
        return tr("Type the code printed on the prescription.");
    }
    return {};
}

void VerifyCodeDialog::run()
{
    setBusy(true, tr("Checking the code…"));
    const QString code = m_code->text();
    m_runner.run(
        this, [code](services::Workstation &ws) { return ws.kiosk().verifyPrescriptionCode(code); },
        [this](const services::ServiceResult<services::PrescriptionCheck> &result) {
            if (!result.ok()) {
                m_check.reset();
                m_verdict->hide();
                m_details->hide();
                showError(result.message());
                m_code->setFocus();
                return;
            }
            setBusy(false);
            showCheck(result.value());
            m_code->selectAll();
            m_code->setFocus();
        });
}

void VerifyCodeDialog::showCheck(const services::PrescriptionCheck &check)
{
    m_check = check;
    QString kind;
    QString verdict;
    switch (check.status) {
    case services::PrescriptionCodeStatus::Current:
        kind = QStringLiteral("success");
        verdict = tr("Valid: the page shows the current prescription.");
        break;
    case services::PrescriptionCodeStatus::Superseded:
        kind = QStringLiteral("warning");
        verdict = tr("Superseded: the prescription was changed after this page was printed.");
        break;
    case services::PrescriptionCodeStatus::Unknown:
        kind = QStringLiteral("error");
        verdict = tr("Unknown: no prescription on this workstation has this code.");
        break;
    case services::PrescriptionCodeStatus::Tampered:
        kind = QStringLiteral("error");
        verdict = tr("Damaged: the stored prescription does not match the ledger. Tell a clinic administrator.");
        break;
    }
    m_verdict->setProperty("kind", kind);
    m_verdict->setStyleSheet(QStringLiteral("/* %1 */").arg(kind)); // restyle by the kind property
    m_verdict->setText(verdict);
    m_verdict->setAccessibleName(verdict);
    m_verdict->show();

    QStringList lines;
    if (!check.summary.isEmpty()) {
        lines << check.summary;
    }
    if (check.printed) {
        const core::Prescription &p = *check.printed;
        lines << tr("Prescription: %1 %2, %3 %4, %5.")
                     .arg(isolated(p.medication), isolated(p.strength), formatNumber(p.dose),
                          isolated(unitDisplayName(p.doseUnit)), isolated(frequencyDisplayName(p.frequency)));
    }
    if (check.status != services::PrescriptionCodeStatus::Unknown) {
        if (!check.mrn.isEmpty()) {
            lines << tr("Patient record number: %1").arg(QChar(0x2066) + check.mrn + QChar(0x2069));
        }
        lines << tr("Printed from version %1; the current version is %2.")
                     .arg(QLocale().toString(check.codeVersion), QLocale().toString(check.currentVersion));
        if (check.currentStatus) {
            lines << tr("Status now: %1").arg(core::prescriptionStatusDisplayName(*check.currentStatus));
        }
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_details->setVisible(!lines.isEmpty());
    Q_EMIT checked(check);
}

} // namespace careledger::ui
