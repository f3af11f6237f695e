#pragma once

// One TLS connection to a peer: cuts the byte stream into messages, enforces the size cap
// and the per-peer rate limits before decoding anything, counts bytes, and sends messages.
// What the messages mean is PeerNode's business.

#include "PeerMessage.h"
#include "PeerTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslSocket>

namespace careledger::ledger::net {

// Token bucket: `rate` tokens a second up to `burst`.
class RateLimiter {
public:
    RateLimiter(double rate, double burst) : m_rate(rate), m_burst(burst), m_tokens(burst) { m_clock.start(); }
    bool take(double amount);

private:
    double m_rate;
    double m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
};

class PeerConnection : public QObject {
    Q_OBJECT

public:
    struct Limits {
        qsizetype maxMessageSize = kDefaultMaxMessageSize;
        double messagesPerSecond = 500;
        double messageBurst = 1000;
        double bytesPerSecond = 64.0 * 1024 * 1024;
        double byteBurst = 64.0 * 1024 * 1024;
    };

    // Takes ownership of the socket.
    PeerConnection(int id, QSslSocket *socket, bool inbound, const Limits &limits, QObject *parent = nullptr);
    ~PeerConnection() override;

    int id() const { return m_id; }
    bool inbound() const { return m_inbound; }
    QSslSocket *socket() const { return m_socket; }
    bool isClosing() const { return m_closing; }
    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }
    qint64 writeBacklog() const { return m_socket ? m_socket->bytesToWrite() : 0; }

    // Starts reading (inbound connections arrive already encrypted; outbound ones call it
    // when the peer has been checked).
    void startReading();
    bool send(const PeerMessage &message);
    // Sends a reject with the code and a short reason, then closes once it is written.
    void closeWith(RejectCode code, const QString &text);
    void abort(); // at once, nothing more sent or read

signals:
    void messageReceived(const careledger::ledger::net::PeerMessage &message);
    void fault(careledger::ledger::net::Misbehaviour kind, const QString &detail);
    void closed();

private:
    void readAvailable();
    void finish();

    int m_id;
    QPointer<QSslSocket> m_socket;
    bool m_inbound;
    bool m_reading = false;
    bool m_closing = false;
    bool m_finished = false;
    Limits m_limits;
    FrameReader m_reader;
    RateLimiter m_messages;
    RateLimiter m_bytes;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
};

} // namespace careledger::ledger::net
