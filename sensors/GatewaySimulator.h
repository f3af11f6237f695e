#pragma once

// A bedside gateway in software: produces the bytes a real gateway (or an attacker on its
// line) would send, for demos, tests and the careledger-gateway-sim executable. Pure: it
// writes to no port and reads no clock; the caller passes the time of each tick.

#include "Reading.h"
#include "crypto/SecureBytes.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>
#include <random>

namespace careledger::sensors {

enum class SimScenario {
    Steady,        // normal adult vitals with small variation
    Deteriorating, // normal to NEWS2 >= 7 over 10 scenario minutes, then holds
    SensorOff,     // steady, with the SpO2 probe and the thermometer dropping off now and then
    Implausible,   // every third frame carries a physically impossible value (authentic MAC)
    Noisy,         // steady frames on a bad line: noise bytes, flipped bits, cut-off frames
    Replay,        // steady frames plus replayed, out-of-order and forged ones
    Hl7,           // ORU^R01 in MLLP from an HL7 monitor (EUI-64 device id)
    EhrGuard,      // plays the EHRGuard table 4 rows (HR, BP, SpO2, glucose) one per tick
};

std::optional<SimScenario> scenarioFromName(const QString &name);
QString scenarioName(SimScenario scenario);
QStringList scenarioNames();

struct SimDevice {
    QString id;
    std::shared_ptr<const core::SecureBytes> key; // null or empty for HL7 monitors
};

// One row of ../shared/data/ehrguard-table4-vitals.csv as the simulator plays it.
struct EhrGuardVitals {
    QString patientId;
    double heartRate = 0;
    double systolic = 0;
    double diastolic = 0;
    double spo2 = 0;
    double glucose = 0;
};

struct EhrGuardCsv {
    QList<EhrGuardVitals> rows;
    QStringList problems; // "line 4: ..." for rows that were skipped
};

// Reads the columns the gateway can carry; the clinical columns (doctor, diagnosis,
// prescription) are not sensor data and are ignored.
EhrGuardCsv parseEhrGuardCsv(QByteArrayView csv);

struct SimulatorOptions {
    SimScenario scenario = SimScenario::Steady;
    double speed = 1.0;        // scenario seconds per wall second (deterioration pace)
    quint64 firstSequence = 1; // the executable uses the start time in microseconds
    quint32 seed = 1;
    QList<EhrGuardVitals> ehrGuardRows;
    QString patientId; // HL7 PID-3, empty to leave PID out
};

class GatewaySimulator {
public:
    // devices: the first is the one that speaks, except in the EhrGuard scenario, where
    // a row for patient P001 goes to device "ehrguard-P001" when it is in the list.
    GatewaySimulator(SimulatorOptions options, QList<SimDevice> devices);

    // The bytes for one tick at wall time nowMs (UTC ms). The first call starts the clock.
    QByteArray next(qint64 nowMs);
    bool finished() const; // EhrGuard: every row was played

    quint64 framesProduced() const { return m_frames; }
    const SimDevice &device() const { return m_devices.front(); }

    // The vitals the scenarios start from and the deterioration reaches after 10 minutes.
    static Reading baselineVitals();
    static Reading deterioratedVitals(double scenarioSeconds);

private:
    QByteArray nativeFrame(const SimDevice &device, Reading reading);
    QByteArray hl7Message(Reading reading);
    Reading steadyVitals(double scenarioSeconds);
    double jitter(double spread);
    const SimDevice &deviceFor(const QString &patientId) const;

    SimulatorOptions m_options;
    QList<SimDevice> m_devices;
    std::mt19937 m_rng;
    std::optional<qint64> m_startMs;
    QHash<QString, quint64> m_sequences; // next sequence per device
    quint64 m_tick = 0;
    quint64 m_frames = 0;
    qint64 m_lastHl7Ms = 0;
    qsizetype m_row = 0;
    QList<QByteArray> m_sent; // recent frames, for the replay scenario
};

} // namespace careledger::sensors
