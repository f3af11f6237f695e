#include "ui/FormDialog.h"

#include "ui/MessageLabel.h"
#include "ui/Mnemonic.h"
#include "ui/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace careledger::ui {

FormDialog::FormDialog(QWidget *parent) : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);

    // The window title repeated as a heading: window managers often show it small or not at all.
    auto *heading = new QLabel(this);
    makeHeading(heading, 1.25);
    connect(this, &QWidget::windowTitleChanged, heading, &QLabel::setText);
    layout->addWidget(heading);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("secondaryText"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    layout->addWidget(m_intro);

    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(14);
    m_form->setVerticalSpacing(10);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    layout->addWidget(m_fields);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("formMessage"));
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("OK"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);

    connect(m_accept, &QPushButton::clicked, this, &FormDialog::onAccept);
    connect(m_cancel, &QPushButton::clicked, this, &FormDialog::reject);
    setMinimumWidth(440);
}

void FormDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void FormDialog::setAcceptText(const QString &text)
{
    m_accept->setText(text);
    m_accept->setAccessibleName(withoutMnemonic(text));
}

void FormDialog::setBusy(bool busy, const QString &note)
{
    m_busy = busy;
    m_fields->setEnabled(!busy);
    m_accept->setEnabled(!busy);
    m_cancel->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        m_message->showInfo(note);
    } else {
        unsetCursor();
        m_message->clearMessage();
    }
}

void FormDialog::showError(const QString &message)
{
    setBusy(false);
    m_message->showError(message);
}

void FormDialog::showHint(const QString &hint)
{
    if (m_busy) {
        return;
    }
    if (hint.isEmpty()) {
        if (m_message->kind() == MessageLabel::Kind::Warning) {
            m_message->clearMessage();
        }
        return;
    }
    m_message->showMessage(MessageLabel::Kind::Warning, hint);
}

void FormDialog::reject()
{
    // A running service call finishes first; closing now would hide its outcome.
    if (!m_busy) {
        QDialog::reject();
    }
}

void FormDialog::onAccept()
{
    if (m_busy) {
        return;
    }
    const QString problem = validationProblem();
    if (!problem.isEmpty()) {
        m_message->showError(problem);
        return;
    }
    m_message->clearMessage();
    Q_EMIT submitted();
}

} // namespace careledger::ui
