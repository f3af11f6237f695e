#pragma once

#include "services/ServiceTypes.h"
#include "ui/FormDialog.h"

#include <functional>

class QLineEdit;

namespace careledger::services {
class Workstation;
}

namespace careledger::ui {

class ServiceRunner;

// Asks why before a change that needs a reason (completing or stopping a prescription,
// revoking access), then runs that change on the worker thread and closes once it is done.
class ReasonDialog : public FormDialog {
    Q_OBJECT
public:
    using Work = std::function<services::ServiceStatus(services::Workstation &, const QString &reason)>;

    ReasonDialog(ServiceRunner &runner, const QString &title, const QString &intro, const QString &acceptText,
                 Work work, QWidget *parent = nullptr);

    QLineEdit *reasonEdit() const { return m_reason; }

Q_SIGNALS:
    void done();

protected:
    QString validationProblem() const override;

private:
    void run();

    ServiceRunner &m_runner;
    Work m_work;
    QLineEdit *m_reason = nullptr;
};

} // namespace careledger::ui
