#include "VitalsTestSupport.h"

#include "sensors/GatewayFrameCodec.h"

#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace careledger;
using namespace careledger::services;
using namespace careledger::services::testing;
using sensors::VitalParameter;

namespace {

// A pseudo-terminal: the test plays the bedside gateway on the master side.
class Pty {
public:
    Pty()
    {
        int master = -1;
        int slave = -1;
        if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
            qFatal("openpty failed: %s", strerror(errno));
        termios tio{};
        ::tcgetattr(slave, &tio);
        ::cfmakeraw(&tio);
        ::tcsetattr(slave, TCSANOW, &tio);
        m_master = master;
        m_slave = slave;
        m_path = QString::fromLocal8Bit(::ttyname(slave));
    }
    ~Pty()
    {
        ::close(m_master);
        ::close(m_slave);
    }
    Pty(const Pty &) = delete;
    Pty &operator=(const Pty &) = delete;
    QString path() const { return m_path; }
    void write(const QByteArray &bytes)
    {
        if (::write(m_master, bytes.constData(), static_cast<size_t>(bytes.size())) != bytes.size())
            qFatal("write to pty master failed: %s", strerror(errno));
    }

private:
    int m_master = -1;
    int m_slave = -1;
    QString m_path;
};

} // namespace

// The gateway thread of a signed-in workstation: frames on the configured port become the
// patient's readings, and replay protection survives a new session.
class TestVitalsGateway : public QObject {
    Q_OBJECT

private slots:
    void framesOnThePortBecomeReadingsAndReplaysStayRefused()
    {
        Pty pty;
        Clinic clinic;
        const PatientId patient = clinic.registerPatient();
        Workstation &admin = clinic.as(kAdminName);
        auto reg = admin.devices().registerDevice(QStringLiteral("monitor"), QStringLiteral("M1"), QStringLiteral("S1"));
        CL_VERIFY_OK(reg);
        CL_VERIFY_OK(admin.devices().pair(reg->deviceId, patient, clinic.clock().now->addSecs(-60)));
        CL_VERIFY_OK(admin.vitals().setGatewaySettings(GatewaySettings{pty.path(), 115200}));
        QCOMPARE(admin.vitals().gatewaySettings().value().portName, pty.path());

        Workstation &ws = clinic.as(kNurseName);
        QTRY_COMPARE(ws.vitals().gatewayStatus().state, sensors::SerialGatewayReader::State::Open);
        const QByteArray key = QByteArray::fromHex(reg->keyHex);
        const QByteArray frame = sensors::GatewayFrameCodec::encode(
            reading(reg->deviceId, 7, *clinic.clock().now, {measured(VitalParameter::HeartRate, 77), measured(VitalParameter::SpO2, 96)}), key);
        pty.write(frame);
        QTRY_COMPARE(ws.vitals().gatewayStatus().stats.readingsAccepted, quint64(1));
        auto series = ws.vitals().trend(patient, clinic.clock().now->addSecs(-60), clinic.clock().now->addSecs(60));
        CL_VERIFY_OK(series);
        QCOMPARE(series->size(), 2);
        QCOMPARE(series->first().values, QVector<double>{77});

        // A new session: the gateway restarts, seeded with the stored sequence, so the same
        // frame played again is refused.
        clinic.as(kDoctorName);
        QCOMPARE(clinic.count("SELECT last_sequence FROM device_sequences"), 7);
        QTRY_COMPARE(ws.vitals().gatewayStatus().state, sensors::SerialGatewayReader::State::Open);
        pty.write(frame);
        QTRY_VERIFY(ws.vitals().gatewayStatus().stats.totalRejected() >= 1);
        QCOMPARE(ws.vitals().gatewayStatus().stats.readingsAccepted, quint64(0));
        ws.logout();
        QCOMPARE(ws.vitals().gatewayStatus().state, sensors::SerialGatewayReader::State::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestVitalsGateway)
#include "tst_vitals_gateway.moc"
