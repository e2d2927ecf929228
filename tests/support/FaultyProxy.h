#pragma once
// A TCP proxy between a sync client and the central site that misbehaves on purpose:
// drops connections, delays, duplicates requests, truncates responses, and can shape the
// link (bandwidth, latency) to stand in for a poor clinic connection.
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace muco::test {

class FaultyProxy : public QTcpServer {
    Q_OBJECT
public:
    struct Faults {
        int dropPercent = 0;        // close before forwarding the request
        int truncatePercent = 0;    // forward half of the response, then close
        int duplicatePercent = 0;   // deliver the request twice upstream
        int delayMs = 0;            // one-way latency per chunk
        int bytesPerSecond = 0;     // 0: unlimited
    };
    FaultyProxy(quint16 upstreamPort, Faults faults, quint32 seed = 1);
    ~FaultyProxy() override;
    quint16 start();
    int connections = 0;
    int dropped = 0;
    int truncated = 0;
    int duplicated = 0;
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;

protected:
    void incomingConnection(qintptr handle) override;

private:
    void forward(QTcpSocket *to, const QByteArray &data, bool up);
    quint16 m_upstream;
    Faults m_faults;
    QRandomGenerator m_rng;
};

} // namespace muco::test
