#include "services/VitalsService.h"

#include "services/WorkstationPrivate.h"

#include <QCoreApplication>

namespace careledger::services {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Vitals", text);
}

ServiceStatus notYet()
{
    return ServiceStatus::failure(ServiceError::StoreUnavailable, tr("Live vitals are not available on this workstation."));
}

} // namespace

QString alertStateDisplayName(AlertState state)
{
    switch (state) {
    case AlertState::Active:
        return tr("Active");
    case AlertState::Acknowledged:
        return tr("Acknowledged");
    case AlertState::Resolved:
        return tr("Resolved");
    }
    return QString();
}

struct VitalsService::State {};

VitalsService::VitalsService(Workstation &workstation) : m_workstation(workstation), d(std::make_unique<State>())
{
    qRegisterMetaType<AlertNotice>();
}

VitalsService::~VitalsService() = default;

ServiceStatus VitalsService::setGatewaySettings(const GatewaySettings &) { return notYet(); }
ServiceResult<GatewaySettings> VitalsService::gatewaySettings() { return notYet().error(); }
GatewayStatus VitalsService::gatewayStatus() const { return {}; }
void VitalsService::ingest(const sensors::Reading &) {}
void VitalsService::advance() {}
ServiceStatus VitalsService::flush() { return {}; }
ServiceResult<QList<MonitoredPatient>> VitalsService::ward() { return notYet().error(); }
ServiceResult<MonitoredPatient> VitalsService::live(const PatientId &) { return notYet().error(); }
ServiceResult<QList<VitalSeries>> VitalsService::trend(const PatientId &, const QDateTime &, const QDateTime &) { return notYet().error(); }
ServiceResult<QList<AlertInfo>> VitalsService::alerts(std::chrono::hours) { return notYet().error(); }
ServiceStatus VitalsService::acknowledge(const QByteArray &) { return notYet(); }
ServiceResult<core::PatientAlertSettings> VitalsService::alertSettings(const PatientId &) { return notYet().error(); }
ServiceStatus VitalsService::setAlertSettings(const PatientId &, const core::PatientAlertSettings &, const QString &) { return notYet(); }

} // namespace careledger::services
