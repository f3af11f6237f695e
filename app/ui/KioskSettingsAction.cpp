#include "ui/KioskSettingsAction.h"

#include "services/KioskService.h"
#include "ui/ServiceRunner.h"

namespace careledger::ui {

KioskSettingsAction::KioskSettingsAction(ServiceRunner &runner, QObject *parent)
    : QAction(tr("Open the patient kiosk when an administrator signs in"), parent), m_runner(runner)
{
    setObjectName(QStringLiteral("kioskOnStartAction"));
    setCheckable(true);
    connect(this, &QAction::triggered, this, &KioskSettingsAction::store);
    load();
}

void KioskSettingsAction::load()
{
    m_loading = true;
    setEnabled(false);
    m_runner.run(
        this, [](services::Workstation &ws) { return ws.kiosk().kioskOnStart(); },
        [this](const services::ServiceResult<bool> &result) {
            m_loading = false;
            setEnabled(result.ok());
            if (result.ok()) {
                setChecked(result.value());
            }
        });
}

void KioskSettingsAction::store(bool enabled)
{
    setEnabled(false);
    m_runner.run(
        this, [enabled](services::Workstation &ws) { return ws.kiosk().setKioskOnStart(enabled); },
        [this, enabled](const services::ServiceStatus &status) {
            setEnabled(true);
            if (!status.ok()) {
                setChecked(!enabled);
            }
            Q_EMIT changed(isChecked(), status.ok() ? QString() : status.message());
        });
}

} // namespace careledger::ui
