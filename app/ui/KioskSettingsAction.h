#pragma once

#include <QAction>

namespace careledger::ui {

class ServiceRunner;

// The administrator's switch "Open the patient kiosk when an administrator signs in": a
// checkable menu entry that reads and writes the workstation setting through the services.
class KioskSettingsAction : public QAction {
    Q_OBJECT
public:
    KioskSettingsAction(ServiceRunner &runner, QObject *parent);

    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void changed(bool enabled, const QString &error);

private:
    void load();
    void store(bool enabled);

    ServiceRunner &m_runner;
    bool m_loading = false;
};

} // namespace careledger::ui
