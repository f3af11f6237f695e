#pragma once

// Helpers of the live-vitals tests: a registered device paired with a patient, readings
// built as the gateway would deliver them, and the transactions waiting in the outbox.

#include "RecordsTestSupport.h"

#include "ledger/ChainStore.h"
#include "sensors/Reading.h"
#include "services/DeviceService.h"
#include "services/VitalsService.h"
#include "services/WorkstationPrivate.h"

namespace careledger::services::testing {

// Registers a device as the admin and pairs it with the patient from `from` on.
inline QString pairedDevice(Clinic &clinic, const PatientId &patient, const QDateTime &from)
{
    Workstation &ws = clinic.as(kAdminName);
    auto reg = ws.devices().registerDevice(QStringLiteral("monitor"), QStringLiteral("M1"), QStringLiteral("S1"));
    if (!reg)
        qFatal("%s", qPrintable(outcome(reg)));
    if (auto paired = ws.devices().pair(reg->deviceId, patient, from); !paired)
        qFatal("%s", qPrintable(outcome(paired)));
    return reg->deviceId;
}

inline sensors::Reading reading(const QString &deviceId, quint64 sequence, const QDateTime &at,
                                QList<sensors::VitalValue> values)
{
    sensors::Reading r;
    r.deviceId = deviceId;
    r.sequence = sequence;
    r.measuredAtMs = at.toMSecsSinceEpoch();
    r.values = std::move(values);
    return r;
}

inline sensors::VitalValue measured(sensors::VitalParameter p, double v)
{
    return sensors::VitalValue{p, sensors::ValueState::Measured, v};
}

inline QList<ledger::Transaction> pendingOf(Workstation &ws, ledger::TxType type)
{
    QList<ledger::Transaction> out;
    const QList<ledger::Transaction> pending = WorkstationAccess::state(ws).chain->pendingTransactions().value();
    for (const auto &tx : pending)
        if (tx.type() == type)
            out.append(tx);
    return out;
}

} // namespace careledger::services::testing
