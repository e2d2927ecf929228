#include "FaultyProxy.h"
#include <QPointer>
#include <QTimer>

namespace muco::test {

FaultyProxy::FaultyProxy(quint16 upstreamPort, Faults faults, quint32 seed)
    : m_upstream(upstreamPort), m_faults(faults), m_rng(seed)
{
}

FaultyProxy::~FaultyProxy()
{
    // The sockets' handlers use this proxy: silence and delete them while it is still whole.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *s : sockets)
        s->disconnect();
    qDeleteAll(sockets);
}

quint16 FaultyProxy::start()
{
    listen(QHostAddress::LocalHost, 0);
    return serverPort();
}

void FaultyProxy::forward(QTcpSocket *to, const QByteArray &data, bool up)
{
    (up ? bytesUp : bytesDown) += data.size();
    int delay = m_faults.delayMs;
    if (m_faults.bytesPerSecond > 0)
        delay += static_cast<int>(1000LL * data.size() / m_faults.bytesPerSecond);
    QPointer<QTcpSocket> target(to);
    if (delay == 0) {
        to->write(data);
        return;
    }
    QTimer::singleShot(delay, to, [target, data] {
        if (target && target->state() == QAbstractSocket::ConnectedState)
            target->write(data);
    });
}

void FaultyProxy::incomingConnection(qintptr handle)
{
    ++connections;
    auto *client = new QTcpSocket(this);
    client->setSocketDescriptor(handle);
    auto *upstream = new QTcpSocket(this);
    upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
    auto chance = [this](int percent) { return static_cast<int>(m_rng.bounded(100)) < percent; };
    auto closeBoth = [client, upstream] {
        client->disconnectFromHost();
        upstream->disconnectFromHost();
        client->deleteLater();
        upstream->deleteLater();
    };
    connect(client, &QTcpSocket::readyRead, this, [=, this] {
        const QByteArray data = client->readAll();
        // Each request (chunk) meets the faults afresh, whatever connection carries it.
        if (chance(m_faults.dropPercent)) {
            ++dropped;
            closeBoth();
            return;
        }
        if (chance(m_faults.duplicatePercent)) {
            // The same request delivered twice: a replay the central site must absorb.
            ++duplicated;
            auto *twin = new QTcpSocket(this);
            twin->connectToHost(QHostAddress::LocalHost, m_upstream);
            connect(twin, &QTcpSocket::connected, twin, [twin, data] { twin->write(data); });
            connect(twin, &QTcpSocket::readyRead, twin, [twin] { twin->readAll(); });
            connect(twin, &QTcpSocket::disconnected, twin, &QObject::deleteLater);
            QTimer::singleShot(5000, twin, &QObject::deleteLater);
        }
        forward(upstream, data, true);
    });
    connect(upstream, &QTcpSocket::readyRead, this, [=, this] {
        QByteArray data = upstream->readAll();
        if (chance(m_faults.truncatePercent)) {
            ++truncated;
            forward(client, data.left(data.size() / 2), false);
            QTimer::singleShot(m_faults.delayMs + 50, client, closeBoth);
            return;
        }
        forward(client, data, false);
    });
    connect(upstream, &QTcpSocket::disconnected, client, [client, this] {
        QTimer::singleShot(m_faults.delayMs + 20, client, [client] { client->disconnectFromHost(); });
    });
    connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->disconnectFromHost(); });
}

} // namespace muco::test
