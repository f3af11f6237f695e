#pragma once

// Reads a bedside gateway on a serial port (or a pseudo-terminal) and turns its bytes into
// authenticated readings. Survives everything a cable can do: on a port error or a vanished
// device it closes the port and reopens it with exponential back-off, and it never blocks
// the thread it lives on. Lives in one thread; call it only from there (queued signals).

#include "GatewayPipeline.h"

#include <QObject>
#include <QSerialPort>
#include <QTimer>

#include <functional>
#include <memory>

namespace careledger::sensors {

struct SerialGatewayOptions {
    QString portName;         // "/dev/ttyUSB0", "/dev/pts/3" or a symlink to either
    qint32 baudRate = 115200; // ignored by pseudo-terminals
    int minBackoffMs = 250;   // first reopen delay, doubled on each failure
    int maxBackoffMs = 8000;
    qint64 maxAckBacklogBytes = 64 * 1024; // ACKs beyond this are dropped: the peer is not reading
    GatewayPipelineOptions pipeline;
    std::function<qint64()> clock; // UTC ms; the system clock when empty
};

class SerialGatewayReader : public QObject {
    Q_OBJECT

public:
    enum class State {
        Stopped,         // start() not called, or stop()
        Open,            // reading
        WaitingToReopen, // the port failed or is missing; a reopen is scheduled
    };
    Q_ENUM(State)

    SerialGatewayReader(const DeviceDirectory &directory, SerialGatewayOptions options, QObject *parent = nullptr);
    ~SerialGatewayReader() override;

    void start();
    void stop();

    State state() const { return m_state; }
    int nextBackoffMs() const { return m_backoffMs; }
    QString lastPortError() const { return m_lastError; }
    GatewayStats stats() const { return m_pipeline.stats(); }
    DeviceAuthenticator &authenticator() { return m_pipeline.authenticator(); }

signals:
    void readingAccepted(const careledger::sensors::Reading &reading);
    void frameRejected(careledger::sensors::RejectionReason reason, const QString &detail);
    void stateChanged(careledger::sensors::SerialGatewayReader::State state);

private:
    void tryOpen();
    void onReadyRead();
    void onPortError(QSerialPort::SerialPortError error);
    void recover();
    void closePort();
    void scheduleReopen();
    void setState(State state);
    void writeAck(const QByteArray &ack);
    qint64 now() const;

    SerialGatewayOptions m_options;
    GatewayPipeline m_pipeline;
    QSerialPort *m_port = nullptr;
    QTimer m_reopenTimer;
    State m_state = State::Stopped;
    int m_backoffMs = 0;
    bool m_recoveryQueued = false;
    QString m_lastError;
};

} // namespace careledger::sensors

Q_DECLARE_METATYPE(careledger::sensors::SerialGatewayReader::State)
