#include "GatewaySimulator.h"

#include "GatewayFrameCodec.h"
#include "Hl7MllpCodec.h"
#include "crypto/Crypto.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace careledger::sensors {

namespace {

constexpr double kDeteriorationSeconds = 600.0;

struct ScenarioName {
    SimScenario scenario;
    const char *name;
};

constexpr ScenarioName kScenarioNames[] = {
    {SimScenario::Steady, "steady"},
    {SimScenario::Deteriorating, "deteriorating"},
    {SimScenario::SensorOff, "sensor-off"},
    {SimScenario::Implausible, "implausible"},
    {SimScenario::Noisy, "noisy"},
    {SimScenario::Replay, "replay"},
    {SimScenario::Hl7, "hl7"},
    {SimScenario::EhrGuard, "ehrguard"},
};

double lerp(double from, double to, double p)
{
    return from + (to - from) * p;
}

// Divides by the inverse so 37.3 comes out as the double nearest 37.3, not 373 * 0.1.
double roundTo(double value, double step)
{
    const double inverse = std::round(1.0 / step);
    return std::round(value * inverse) / inverse;
}

void set(Reading &r, VitalParameter p, double value, ValueState state = ValueState::Measured)
{
    for (VitalValue &v : r.values) {
        if (v.parameter == p) {
            v.value = state == ValueState::Measured ? value : 0.0;
            v.state = state;
            return;
        }
    }
    r.values.append(VitalValue{p, state, state == ValueState::Measured ? value : 0.0});
}

} // namespace

std::optional<SimScenario> scenarioFromName(const QString &name)
{
    for (const ScenarioName &entry : kScenarioNames) {
        if (name == QLatin1String(entry.name))
            return entry.scenario;
    }
    return std::nullopt;
}

QString scenarioName(SimScenario scenario)
{
    for (const ScenarioName &entry : kScenarioNames) {
        if (entry.scenario == scenario)
            return QLatin1String(entry.name);
    }
    return QString();
}

QStringList scenarioNames()
{
    QStringList names;
    for (const ScenarioName &entry : kScenarioNames)
        names.append(QLatin1String(entry.name));
    return names;
}

EhrGuardCsv parseEhrGuardCsv(QByteArrayView csv)
{
    EhrGuardCsv out;
    const QList<QByteArray> lines = csv.toByteArray().split('\n');
    if (lines.isEmpty() ||
        !lines[0].startsWith("patient_id,timestamp,heart_rate_bpm,blood_pressure_mmhg,spo2_percent,glucose_mg_dl")) {
        out.problems.append(QCoreApplication::translate("Gateway", "line 1: not the EHRGuard table 4 header."));
        return out;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> cells = line.split(',');
        const QString where = QCoreApplication::translate("Gateway", "line %1").arg(i + 1);
        if (cells.size() < 6) {
            out.problems.append(QCoreApplication::translate("Gateway", "%1: fewer than six columns.").arg(where));
            continue;
        }
        const QList<QByteArray> bp = cells[3].split('/');
        bool ok[5] = {};
        EhrGuardVitals row;
        row.patientId = QString::fromUtf8(cells[0].trimmed());
        row.heartRate = cells[2].toDouble(&ok[0]);
        row.systolic = bp.size() == 2 ? bp[0].toDouble(&ok[1]) : 0;
        row.diastolic = bp.size() == 2 ? bp[1].toDouble(&ok[2]) : 0;
        row.spo2 = cells[4].toDouble(&ok[3]);
        row.glucose = cells[5].toDouble(&ok[4]);
        if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || row.patientId.isEmpty()) {
            out.problems.append(QCoreApplication::translate("Gateway", "%1: a vital sign is not a number.").arg(where));
            continue;
        }
        out.rows.append(row);
    }
    return out;
}

GatewaySimulator::GatewaySimulator(SimulatorOptions options, QList<SimDevice> devices)
    : m_options(std::move(options)), m_devices(std::move(devices)), m_rng(m_options.seed)
{
    if (m_devices.isEmpty())
        m_devices.append(
            SimDevice{QStringLiteral("sim-device"), std::make_shared<const core::SecureBytes>(core::randomSecret(32))});
}

Reading GatewaySimulator::baselineVitals()
{
    Reading r;
    r.values = {
        {VitalParameter::HeartRate, ValueState::Measured, 75},
        {VitalParameter::SpO2, ValueState::Measured, 97},
        {VitalParameter::BodyTemperature, ValueState::Measured, 36.9},
        {VitalParameter::RespirationRate, ValueState::Measured, 14},
        {VitalParameter::SystolicBp, ValueState::Measured, 122},
        {VitalParameter::DiastolicBp, ValueState::Measured, 78},
        {VitalParameter::Glucose, ValueState::Measured, 105},
        {VitalParameter::Emg, ValueState::Measured, 60},
        {VitalParameter::OnOxygen, ValueState::Measured, 0},
    };
    return r;
}

Reading GatewaySimulator::deterioratedVitals(double scenarioSeconds)
{
    // Sepsis-like course: tachycardia, tachypnoea, fever, falling saturation and pressure.
    // At the end NEWS2 = RR 28 (3) + SpO2 86 (3) + oxygen (2) + SBP 86 (3) + HR 135 (3)
    // + 39.4 °C (2) = 16; half way it is already 5 or more.
    const double p = std::clamp(scenarioSeconds / kDeteriorationSeconds, 0.0, 1.0);
    Reading r = baselineVitals();
    set(r, VitalParameter::HeartRate, std::round(lerp(75, 135, p)));
    set(r, VitalParameter::SpO2, std::round(lerp(97, 86, p)));
    set(r, VitalParameter::BodyTemperature, roundTo(lerp(36.9, 39.4, p), 0.1));
    set(r, VitalParameter::RespirationRate, std::round(lerp(14, 28, p)));
    set(r, VitalParameter::SystolicBp, std::round(lerp(122, 86, p)));
    set(r, VitalParameter::DiastolicBp, std::round(lerp(78, 50, p)));
    set(r, VitalParameter::Glucose, std::round(lerp(105, 150, p)));
    set(r, VitalParameter::OnOxygen, p >= 0.6 ? 1 : 0); // staff start oxygen as saturation falls
    return r;
}

double GatewaySimulator::jitter(double spread)
{
    std::uniform_real_distribution<double> d(-spread, spread);
    return d(m_rng);
}

Reading GatewaySimulator::steadyVitals(double)
{
    Reading r = baselineVitals();
    set(r, VitalParameter::HeartRate, std::round(75 + jitter(4)));
    set(r, VitalParameter::SpO2, std::round(97.5 + jitter(1.4)));
    set(r, VitalParameter::BodyTemperature, roundTo(36.9 + jitter(0.15), 0.1));
    set(r, VitalParameter::RespirationRate, std::round(14 + jitter(1.4)));
    set(r, VitalParameter::SystolicBp, std::round(122 + jitter(5)));
    set(r, VitalParameter::DiastolicBp, std::round(78 + jitter(4)));
    set(r, VitalParameter::Glucose, std::round(105 + jitter(6)));
    set(r, VitalParameter::Emg, std::round(60 + jitter(15)));
    return r;
}

const SimDevice &GatewaySimulator::deviceFor(const QString &patientId) const
{
    const QString wanted = QStringLiteral("ehrguard-") + patientId;
    for (const SimDevice &d : m_devices) {
        if (d.id == wanted)
            return d;
    }
    return m_devices.front();
}

QByteArray GatewaySimulator::nativeFrame(const SimDevice &device, Reading reading)
{
    auto it = m_sequences.find(device.id);
    if (it == m_sequences.end())
        it = m_sequences.insert(device.id, m_options.firstSequence);
    reading.deviceId = device.id;
    reading.sequence = *it;
    // The replay scenario leaves gaps so its out-of-order frames use sequences never sent.
    *it += m_options.scenario == SimScenario::Replay ? 2 : 1;
    ++m_frames;
    const QByteArray key = device.key ? device.key->view().toByteArray() : QByteArray();
    QByteArray line = GatewayFrameCodec::encode(reading, key);
    m_sent.append(line);
    if (m_sent.size() > 16)
        m_sent.removeFirst();
    return line;
}

QByteArray GatewaySimulator::hl7Message(Reading reading)
{
    const SimDevice &device = m_devices.front();
    reading.deviceId = device.id.toUpper();
    // HL7 monitors are ordered by observation time: never send the same millisecond twice.
    reading.measuredAtMs = std::max(reading.measuredAtMs, m_lastHl7Ms + 1);
    m_lastHl7Ms = reading.measuredAtMs;
    Hl7EncodeOptions options;
    options.controlId = QStringLiteral("SIM%1").arg(m_frames + 1, 6, 10, QLatin1Char('0'));
    options.patientId = m_options.patientId;
    ++m_frames;
    return Hl7MllpCodec::frame(Hl7MllpCodec::encodeOru(reading, options));
}

bool GatewaySimulator::finished() const
{
    return m_options.scenario == SimScenario::EhrGuard && m_row >= m_options.ehrGuardRows.size();
}

QByteArray GatewaySimulator::next(qint64 nowMs)
{
    if (!m_startMs)
        m_startMs = nowMs;
    const double t = static_cast<double>(nowMs - *m_startMs) / 1000.0 * m_options.speed;
    ++m_tick;
    const SimDevice &device = m_devices.front();

    auto at = [nowMs](Reading r) {
        r.measuredAtMs = nowMs;
        return r;
    };

    switch (m_options.scenario) {
    case SimScenario::Steady:
        return nativeFrame(device, at(steadyVitals(t)));

    case SimScenario::Deteriorating: {
        Reading r = deterioratedVitals(t);
        set(r, VitalParameter::HeartRate, *r.measured(VitalParameter::HeartRate) + std::round(jitter(1.4)));
        return nativeFrame(device, at(r));
    }

    case SimScenario::SensorOff: {
        Reading r = steadyVitals(t);
        if (std::fmod(t, 30.0) >= 20.0) // the SpO2 clip slips off for 10 s every 30 s
            set(r, VitalParameter::SpO2, 0, ValueState::SensorOff);
        if (std::fmod(t, 45.0) >= 30.0) // the thermometer for 15 s every 45 s
            set(r, VitalParameter::BodyTemperature, 0, ValueState::SensorOff);
        return nativeFrame(device, at(r));
    }

    case SimScenario::Implausible: {
        Reading r = steadyVitals(t);
        if (m_tick % 3 == 0) {
            switch ((m_tick / 3) % 5) {
            case 0:
                set(r, VitalParameter::HeartRate, 400);
                break;
            case 1:
                set(r, VitalParameter::SpO2, 104);
                break;
            case 2:
                set(r, VitalParameter::BodyTemperature, 52);
                break;
            case 3:
                set(r, VitalParameter::SystolicBp, 90);
                set(r, VitalParameter::DiastolicBp, 120);
                break;
            default:
                set(r, VitalParameter::RespirationRate, -3);
                break;
            }
        }
        return nativeFrame(device, at(r));
    }

    case SimScenario::Noisy: {
        Reading r = steadyVitals(t);
        std::uniform_real_distribution<double> chance(0.0, 1.0);
        if (chance(m_rng) < 0.1) // movement artefact, still within what a sensor can report
            set(r, VitalParameter::HeartRate, *r.measured(VitalParameter::HeartRate) + std::round(jitter(40)));
        QByteArray frame = nativeFrame(device, at(r));
        QByteArray out;
        if (chance(m_rng) < 0.25) {
            std::uniform_int_distribution<int> length(1, 40);
            std::uniform_int_distribution<int> byte(0, 255);
            const int n = length(m_rng);
            for (int i = 0; i < n; ++i)
                out += static_cast<char>(byte(m_rng));
            if (chance(m_rng) < 0.5)
                out += "\r\n";
        }
        const double roll = chance(m_rng);
        if (roll < 0.10) { // one flipped bit anywhere before the line end
            std::uniform_int_distribution<qsizetype> pos(0, frame.size() - 2);
            std::uniform_int_distribution<int> bit(0, 7);
            const qsizetype flipped = pos(m_rng);
            frame[flipped] = static_cast<char>(frame[flipped] ^ (1 << bit(m_rng)));
        } else if (roll < 0.15) { // the line dropped out mid-frame
            std::uniform_int_distribution<qsizetype> keep(1, frame.size() - 1);
            frame.truncate(keep(m_rng));
        }
        return out + frame;
    }

    case SimScenario::Replay: {
        QByteArray out;
        if (m_tick % 4 == 0 && !m_sent.isEmpty()) { // an eavesdropper plays an old frame back
            std::uniform_int_distribution<qsizetype> pick(0, m_sent.size() - 1);
            out += m_sent[pick(m_rng)];
        }
        if (m_tick % 5 == 0) { // a forger without the key
            Reading forged = at(steadyVitals(t));
            forged.deviceId = device.id;
            forged.sequence = m_sequences.value(device.id, m_options.firstSequence) + 1000;
            set(forged, VitalParameter::HeartRate, 40);
            out += GatewayFrameCodec::encode(forged, core::randomBytes(32));
        }
        if (m_tick % 7 == 0 && m_sequences.contains(device.id)) { // a frame delayed in a buffer
            Reading late = at(steadyVitals(t));
            late.deviceId = device.id;
            late.sequence = m_sequences.value(device.id) - 3; // odd: never sent
            out += GatewayFrameCodec::encode(late, device.key ? device.key->view() : QByteArrayView());
        }
        const QByteArray fresh = nativeFrame(device, at(steadyVitals(t)));
        return out + fresh;
    }

    case SimScenario::Hl7: {
        Reading r = steadyVitals(t);
        r.values.removeIf([](const VitalValue &v) {
            return v.parameter == VitalParameter::Emg || v.parameter == VitalParameter::OnOxygen;
        });
        return hl7Message(at(r));
    }

    case SimScenario::EhrGuard: {
        if (finished())
            return QByteArray();
        const EhrGuardVitals &row = m_options.ehrGuardRows[m_row++];
        Reading r;
        r.measuredAtMs = nowMs;
        r.values = {
            {VitalParameter::HeartRate, ValueState::Measured, row.heartRate},
            {VitalParameter::SpO2, ValueState::Measured, row.spo2},
            {VitalParameter::SystolicBp, ValueState::Measured, row.systolic},
            {VitalParameter::DiastolicBp, ValueState::Measured, row.diastolic},
            {VitalParameter::Glucose, ValueState::Measured, row.glucose},
        };
        return nativeFrame(deviceFor(row.patientId), r);
    }
    }
    return QByteArray();
}

} // namespace careledger::sensors
