#include "PeerConnection.h"

#include <QTimer>

namespace careledger::ledger::net {

namespace {

// After a goodbye, how long the peer gets to read it before the socket is cut.
constexpr int kCloseGraceMs = 2000;

} // namespace

bool RateLimiter::take(double amount)
{
    const double elapsed = static_cast<double>(m_clock.restart()) / 1000.0;
    m_tokens = qMin(m_burst, m_tokens + elapsed * m_rate);
    if (m_tokens < amount)
        return false;
    m_tokens -= amount;
    return true;
}

PeerConnection::PeerConnection(int id, QSslSocket *socket, bool inbound, const Limits &limits, QObject *parent)
    : QObject(parent), m_id(id), m_socket(socket), m_inbound(inbound), m_limits(limits), m_reader(limits.maxMessageSize),
      m_messages(limits.messagesPerSecond, limits.messageBurst), m_bytes(limits.bytesPerSecond, limits.byteBurst)
{
    socket->setParent(this);
    connect(socket, &QSslSocket::readyRead, this, &PeerConnection::readAvailable);
    connect(socket, &QSslSocket::disconnected, this, &PeerConnection::finish);
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
}

PeerConnection::~PeerConnection() = default;

void PeerConnection::startReading()
{
    if (m_reading || m_closing)
        return;
    m_reading = true;
    if (m_socket && m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &PeerConnection::readAvailable);
}

bool PeerConnection::send(const PeerMessage &message)
{
    if (m_closing || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    auto encoded = message.encode();
    if (!encoded)
        return false;
    const QByteArray framed = frame(*encoded);
    if (m_socket->write(framed) != framed.size())
        return false;
    m_bytesOut += framed.size();
    return true;
}

void PeerConnection::closeWith(RejectCode code, const QString &text)
{
    if (m_closing || !m_socket)
        return;
    RejectMessage reject{static_cast<quint64>(code), text.left(kMaxRejectTextSize / 4), {}};
    (void)send(PeerMessage{reject});
    m_closing = true;
    m_reading = false;
    m_socket->disconnectFromHost(); // flushes what is queued first
    QPointer<QSslSocket> socket = m_socket;
    QTimer::singleShot(kCloseGraceMs, this, [socket] {
        if (socket)
            socket->abort();
    });
}

void PeerConnection::abort()
{
    m_closing = true;
    m_reading = false;
    if (m_socket)
        m_socket->abort(); // emits disconnected() when it was connected
    finish();
}

void PeerConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    m_reading = false;
    emit closed();
}

void PeerConnection::readAvailable()
{
    if (!m_socket)
        return;
    if (!m_reading) {
        if (m_closing)
            m_socket->readAll(); // a goodbye was sent: whatever follows is ignored
        return;
    }
    const QByteArray data = m_socket->readAll();
    m_bytesIn += data.size();
    m_reader.append(data);
    QByteArray message;
    while (m_reading) {
        switch (m_reader.next(&message)) {
        case FrameReader::Status::NeedMore:
            return;
        case FrameReader::Status::Oversize:
            m_reading = false;
            emit fault(Misbehaviour::Oversize, QStringLiteral("frame of %1 bytes (limit %2)").arg(m_reader.announcedLength()).arg(m_limits.maxMessageSize));
            return;
        case FrameReader::Status::Empty:
            m_reading = false;
            emit fault(Misbehaviour::Malformed, QStringLiteral("empty frame"));
            return;
        case FrameReader::Status::Message:
            break;
        }
        // Over the rate limits: dropped before any decoding work is spent on it.
        const bool withinMessages = m_messages.take(1);
        const bool withinBytes = m_bytes.take(static_cast<double>(message.size() + kFrameHeaderSize));
        if (!withinMessages || !withinBytes) {
            emit fault(Misbehaviour::Flood, withinMessages ? QStringLiteral("over the byte rate") : QStringLiteral("over the message rate"));
            continue;
        }
        auto decoded = PeerMessage::decode(message);
        if (!decoded) {
            m_reading = false;
            emit fault(Misbehaviour::Malformed, decoded.message());
            return;
        }
        emit messageReceived(*decoded);
    }
}

} // namespace careledger::ledger::net
