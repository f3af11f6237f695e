#include "SerialGatewayReader.h"

#include <QDateTime>

namespace careledger::sensors {

namespace {

GatewayPipeline::Handlers handlersFor(SerialGatewayReader *reader, std::function<void(const QByteArray &)> reply)
{
    GatewayPipeline::Handlers handlers;
    handlers.accepted = [reader](const Reading &reading) {
        emit reader->readingAccepted(reading);
    };
    handlers.rejected = [reader](RejectionReason reason, const QString &detail) {
        emit reader->frameRejected(reason, detail);
    };
    handlers.reply = std::move(reply);
    return handlers;
}

constexpr qint64 kReadChunk = 16 * 1024;

} // namespace

SerialGatewayReader::SerialGatewayReader(const DeviceDirectory &directory, SerialGatewayOptions options,
                                         QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_pipeline(directory, handlersFor(this, [this](const QByteArray &ack) { writeAck(ack); }), m_options.pipeline),
      m_backoffMs(m_options.minBackoffMs)
{
    qRegisterMetaType<Reading>();
    qRegisterMetaType<RejectionReason>();
    qRegisterMetaType<SerialGatewayReader::State>();
    m_reopenTimer.setSingleShot(true);
    connect(&m_reopenTimer, &QTimer::timeout, this, &SerialGatewayReader::tryOpen);
}

SerialGatewayReader::~SerialGatewayReader()
{
    m_reopenTimer.stop();
    if (m_port) {
        m_port->disconnect(this);
        m_port->close(); // the port itself goes with the children
    }
}

qint64 SerialGatewayReader::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentMSecsSinceEpoch();
}

void SerialGatewayReader::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SerialGatewayReader::start()
{
    if (m_state != State::Stopped)
        return;
    m_backoffMs = m_options.minBackoffMs;
    tryOpen();
}

void SerialGatewayReader::stop()
{
    m_reopenTimer.stop();
    closePort();
    setState(State::Stopped);
}

void SerialGatewayReader::tryOpen()
{
    closePort();
    // A fresh QSerialPort per attempt: after a ResourceError the old object's notifiers may
    // still be unwinding, and a new one carries no stale error state.
    m_port = new QSerialPort(this);
    m_port->setPortName(m_options.portName);
    m_port->setBaudRate(m_options.baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    m_port->setReadBufferSize(kReadChunk * 4); // bounded: a flood is read in slices, not hoarded

    bool opened = m_port->open(QIODevice::ReadWrite);
    if (!opened && m_port->error() == QSerialPort::PermissionError) {
        m_port->clearError();
        opened = m_port->open(QIODevice::ReadOnly); // readings still arrive; ACKs are dropped
    }
    if (!opened) {
        m_lastError = m_port->errorString();
        scheduleReopen();
        return;
    }
    connect(m_port, &QSerialPort::readyRead, this, &SerialGatewayReader::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialGatewayReader::onPortError);
    m_lastError.clear();
    setState(State::Open);
    if (m_port->bytesAvailable() > 0)
        onReadyRead();
}

void SerialGatewayReader::onReadyRead()
{
    if (!m_port || !m_port->isOpen())
        return;
    char buffer[kReadChunk];
    qint64 received = 0;
    while (m_port->bytesAvailable() > 0) {
        const qint64 n = m_port->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        received += n;
        m_pipeline.feed(QByteArrayView(buffer, n), now());
        if (!m_port || !m_port->isOpen())
            return; // a handler stopped the reader
    }
    if (received > 0)
        m_backoffMs = m_options.minBackoffMs; // the line works again
}

void SerialGatewayReader::onPortError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;
    if (m_port)
        m_lastError = m_port->errorString();
    // A vanished device reports ResourceError in a tight loop until closed. Close from the
    // event loop, not from inside QSerialPort's own notifier.
    if (m_recoveryQueued)
        return;
    m_recoveryQueued = true;
    QMetaObject::invokeMethod(this, &SerialGatewayReader::recover, Qt::QueuedConnection);
}

void SerialGatewayReader::recover()
{
    m_recoveryQueued = false;
    if (m_state != State::Open)
        return;
    closePort();
    scheduleReopen();
}

void SerialGatewayReader::closePort()
{
    if (!m_port)
        return;
    QSerialPort *port = m_port;
    m_port = nullptr;
    port->disconnect(this);
    if (port->isOpen())
        port->close();
    port->deleteLater();
    m_pipeline.endOfStream();
}

void SerialGatewayReader::scheduleReopen()
{
    setState(State::WaitingToReopen);
    m_reopenTimer.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, m_options.maxBackoffMs);
}

void SerialGatewayReader::writeAck(const QByteArray &ack)
{
    const bool writable = m_port && m_port->isOpen() && (m_port->openMode() & QIODevice::WriteOnly) &&
                          m_port->bytesToWrite() + ack.size() <= m_options.maxAckBacklogBytes;
    if (writable && m_port->write(ack) == ack.size()) {
        m_pipeline.countAck(true);
        return;
    }
    m_pipeline.countAck(false);
}

} // namespace careledger::sensors
