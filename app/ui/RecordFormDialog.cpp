#include "ui/RecordFormDialog.h"

#include "ui/MessageLabel.h"
#include "ui/RecordsUi.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace careledger::ui {

RecordFormDialog::RecordFormDialog(QWidget *parent) : FormDialog(parent) {}

void RecordFormDialog::addFieldRow(const QStringList &keys, const QString &label, QWidget *field, QWidget *buddy)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(field);
    auto *message = new QLabel(box);
    message->setObjectName(QStringLiteral("fieldMessage"));
    message->setProperty("fieldKeys", keys);
    message->setTextFormat(Qt::PlainText);
    // One line: a wrapped label inside a form row is often given too little height, and
    // the messages are short sentences.
    message->setWordWrap(false);
    // The text says what is wrong; the colour only draws the eye to it.
    QPalette palette = message->palette();
    palette.setColor(QPalette::WindowText, QColor(0x8c, 0x1d, 0x18));
    message->setPalette(palette);
    message->hide();
    layout->addWidget(message);

    auto *caption = new QLabel(label, this);
    caption->setBuddy(buddy);
    form()->addRow(caption, box);
    m_rows.append(Row{keys, message, {buddy}});
}

void RecordFormDialog::watch(QWidget *editor, const QString &key)
{
    const auto edited = [this, key] {
        m_touched.insert(key);
        onEdited(key);
        revalidate();
    };
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        connect(line, &QLineEdit::textEdited, this, edited);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
        if (combo->isEditable()) {
            connect(combo, &QComboBox::editTextChanged, this, edited);
        }
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        connect(date, &QDateEdit::dateChanged, this, edited);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        connect(spin, &QSpinBox::valueChanged, this, edited);
    } else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor)) {
        connect(dspin, &QDoubleSpinBox::valueChanged, this, edited);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        connect(text, &QPlainTextEdit::textChanged, this, edited);
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        connect(check, &QCheckBox::toggled, this, edited);
    }
    for (Row &row : m_rows) {
        if (row.keys.contains(key) && !row.editors.contains(editor)) {
            row.editors.append(editor);
        }
    }
}

QString RecordFormDialog::fieldMessage(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.keys.contains(key)) {
            return row.message->isVisibleTo(this) ? row.message->text() : QString();
        }
    }
    return {};
}

void RecordFormDialog::revalidate()
{
    m_problems = fieldProblems();
    m_recordProblem = m_problems.isEmpty() ? recordProblem() : QString();
    showRowMessages();
    acceptButton()->setEnabled(!isBusy() && m_problems.isEmpty() && m_recordProblem.isEmpty());
}

void RecordFormDialog::revealAll()
{
    m_revealAll = true;
    revalidate();
    if (!m_recordProblem.isEmpty()) {
        messageLabel()->showError(m_recordProblem);
    }
}

void RecordFormDialog::showRowMessages()
{
    for (const Row &row : std::as_const(m_rows)) {
        QString text;
        for (const QString &key : row.keys) {
            if (m_problems.contains(key) && (m_revealAll || m_touched.contains(key))) {
                text = m_problems.value(key);
                break;
            }
        }
        row.message->setText(text);
        row.message->setVisible(!text.isEmpty());
        for (QWidget *editor : row.editors) {
            editor->setAccessibleDescription(text);
        }
    }
}

QString RecordFormDialog::validationProblem() const
{
    for (const Row &row : m_rows) {
        for (const QString &key : row.keys) {
            if (m_problems.contains(key)) {
                return m_problems.value(key);
            }
        }
    }
    return m_recordProblem;
}

void RecordFormDialog::showEvent(QShowEvent *event)
{
    nameInnerEditors(this);
    FormDialog::showEvent(event);
}

void RecordFormDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !isBusy() && !acceptButton()->isEnabled()) {
        // Enter on a form that cannot be saved yet says why instead of doing nothing.
        revealAll();
        for (const Row &row : std::as_const(m_rows)) {
            if (row.message->isVisibleTo(this) && !row.editors.isEmpty()) {
                row.editors.first()->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        event->accept();
        return;
    }
    FormDialog::keyPressEvent(event);
}

} // namespace careledger::ui
