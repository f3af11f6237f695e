#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;
class QPushButton;

namespace careledger::ui {

class MessageLabel;

// A dialog whose accept button first checks the form locally, then emits submitted() and
// stays open: the owner runs the service call off the GUI thread and either closes the
// dialog or shows the service's message inline. Nothing typed is lost on an error.
class FormDialog : public QDialog {
    Q_OBJECT
public:
    explicit FormDialog(QWidget *parent = nullptr);

    void setBusy(bool busy, const QString &note = QString());
    bool isBusy() const { return m_busy; }
    void showError(const QString &message);
    MessageLabel *messageLabel() const { return m_message; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *cancelButton() const { return m_cancel; }

    void reject() override;

Q_SIGNALS:
    void submitted();

protected:
    void setIntro(const QString &text);
    void setAcceptText(const QString &text);
    QFormLayout *form() const { return m_form; }
    // The first problem a user can fix before anything is sent, or an empty string.
    virtual QString validationProblem() const = 0;
    // A hint shown while typing (e.g. the two passwords differ); empty clears it.
    void showHint(const QString &hint);

private:
    void onAccept();

    QLabel *m_intro = nullptr;
    QWidget *m_fields = nullptr;
    QFormLayout *m_form = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_busy = false;
};

} // namespace careledger::ui
