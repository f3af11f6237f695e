#pragma once

#include "services/ServiceTypes.h"
#include "ui/FormDialog.h"

#include <QHash>
#include <QSet>
#include <QStringList>

class QLabel;

namespace careledger::ui {

// A form for one clinical record with a message under each field: a field's problem shows
// right under it once the person has changed that field (or pressed Enter on the form), so
// a fresh form is not a wall of red, and the accept button stays disabled until every
// field is valid. The messages come from core::validate, so every front end says the same.
class RecordFormDialog : public FormDialog {
    Q_OBJECT
public:
    explicit RecordFormDialog(QWidget *parent = nullptr);

    // The message shown under the row of `key` (empty when none is shown).
    QString fieldMessage(const QString &key) const;
    bool isValid() const { return m_problems.isEmpty(); }
    // Shows every field's problem, touched or not (what Enter on an unfinished form does).
    void revealAll();

protected:
    // Adds "label  [field]" with a message line under `field`. `keys` are the values whose
    // problems appear on this row; `buddy` receives the label's mnemonic.
    void addFieldRow(const QStringList &keys, const QString &label, QWidget *field, QWidget *buddy);
    void addFieldRow(const QString &key, const QString &label, QWidget *editor)
    {
        addFieldRow(QStringList{key}, label, editor, editor);
    }
    // Marks `key` as touched whenever the person changes `editor`, then re-validates.
    void watch(QWidget *editor, const QString &key);

    // key -> translated message for every field that is wrong now.
    virtual QHash<QString, QString> fieldProblems() const = 0;
    // A problem of the record as a whole that no field explains (shown above the buttons).
    virtual QString recordProblem() const { return {}; }
    // Called after each edit, before the messages are refreshed.
    virtual void onEdited(const QString &key) { Q_UNUSED(key); }

    void revalidate();
    // The end of a save: a refusal stays in the form with the service's message; success
    // hands the value to `announce` and closes the form.
    template <typename T, typename Announce>
    void finishSave(const services::ServiceResult<T> &result, Announce announce)
    {
        if (!result.ok()) {
            showError(result.message());
            revalidate();
            return;
        }
        setBusy(false);
        announce(result.value());
        accept();
    }
    QString validationProblem() const override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Row {
        QStringList keys;
        QLabel *message = nullptr;
        QList<QWidget *> editors;
    };
    void showRowMessages();

    QList<Row> m_rows;
    QHash<QString, QString> m_problems;
    QString m_recordProblem;
    QSet<QString> m_touched;
    bool m_revealAll = false;
};

} // namespace careledger::ui
