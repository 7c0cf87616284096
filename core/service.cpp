// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "service.h"

#include "listener.h"
#include "logging.h"

#include <algorithm>
#include <vector>

namespace Banter {

namespace {

// The size of the UTF-8 form of text, without making it.
quint64 utf8Size(QStringView text)
{
    quint64 size = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        // A surrogate pair is four bytes: two for each half.
        size += unit < 0x80 ? 1 : unit < 0x800 || QChar::isSurrogate(unit) ? 2 : 3;
    }
    return size;
}

QString duration(std::chrono::milliseconds ms)
{
    if (ms.count() % 1000 == 0)
        return QStringLiteral("%1 s").arg(ms.count() / 1000);
    return QStringLiteral("%1 ms").arg(ms.count());
}

// "client 127.0.0.1:5123", or just "client" when the transport does not say who it is.
QByteArray clientName(const Connection *connection)
{
    const QString peer = connection->peerAddress();
    return peer.isEmpty() ? QByteArrayLiteral("client") : "client " + peer.toUtf8();
}

} // namespace

Service::Service(QObject *parent) : QObject(parent)
{
    m_clock.start();
    connect(&m_idleTimer, &QTimer::timeout, this, &Service::checkIdleClients);
    setSettings(m_settings);
}

Service::~Service() = default;

void Service::setSettings(const ServerSettings &settings)
{
    m_settings = settings;
    if (settings.idleTimeout.count() > 0) {
        // Four checks per timeout: a dead client goes within 1.25 timeouts.
        m_idleTimer.start(std::max(settings.idleTimeout / 4, std::chrono::milliseconds(1)));
    } else {
        m_idleTimer.stop();
    }
}

void Service::serve(Listener *listener)
{
    connect(listener, &Listener::newConnection, this, &Service::adopt);
}

void Service::closeAll(int code, const QString &reason)
{
    const auto connections = findChildren<Connection *>(Qt::FindDirectChildrenOnly);
    for (Connection *connection : connections) {
        if (connection->state() == Connection::State::Open)
            closeWithin(connection, Connection::CloseCode(code), reason);
    }
}

void Service::adopt(Connection *connection)
{
    connection->setParent(this);
    if (m_statistics.clients >= m_settings.maxClients) {
        refuse(connection);
        return;
    }
    m_clients.emplace(connection, Client{m_clock.elapsed(), false});
    connect(connection, &Connection::stateChanged, this, [this, connection](Connection::State s) {
        if (s == Connection::State::Closed)
            release(connection);
    });
    connect(connection, &Connection::textReceived, this,
            [this, connection](const QString &message) {
                ++m_statistics.messagesReceived;
                m_statistics.bytesReceived += utf8Size(message);
                heardFrom(connection);
            });
    connect(connection, &Connection::binaryReceived, this,
            [this, connection](const QByteArray &message) {
                ++m_statistics.messagesReceived;
                m_statistics.bytesReceived += quint64(message.size());
                heardFrom(connection);
            });
    connect(connection, &Connection::pongReceived, this,
            [this, connection] { heardFrom(connection); });
    ++m_statistics.clients;
    ++m_statistics.clientsServed;
    qCInfo(lcServer, "client connected");
    Q_EMIT connectionCountChanged(m_statistics.clients);
    handleConnection(connection);
}

void Service::refuse(Connection *connection)
{
    ++m_statistics.clientsRefused;
    qCInfo(lcServer, "%s refused: the server is full (%d clients)",
           clientName(connection).constData(), m_settings.maxClients);
    connect(connection, &Connection::stateChanged, connection, [connection](Connection::State s) {
        if (s == Connection::State::Closed)
            connection->deleteLater();
    });
    closeWithin(connection, Connection::CloseCode::TryAgainLater,
                QStringLiteral("server full, try again later"));
}

void Service::release(Connection *connection)
{
    m_clients.erase(connection);
    connection->disconnect(this);
    connection->deleteLater();
    --m_statistics.clients;
    const QByteArray name = clientName(connection);
    if (connection->closeCode() == 0) {
        qCInfo(lcServer, "%s disconnected without a close frame", name.constData());
    } else if (connection->closeReason().isEmpty()) {
        qCInfo(lcServer, "%s disconnected (%d)", name.constData(), connection->closeCode());
    } else {
        qCInfo(lcServer, "%s disconnected (%d: %s)", name.constData(), connection->closeCode(),
               qUtf8Printable(connection->closeReason()));
    }
    Q_EMIT connectionCountChanged(m_statistics.clients);
}

void Service::heardFrom(Connection *connection)
{
    const auto found = m_clients.find(connection);
    if (found == m_clients.end())
        return;
    found->second.lastHeardMs = m_clock.elapsed();
    found->second.isPinged = false;
}

bool Service::sendText(Connection *connection, const QString &message)
{
    if (isOverOutputCap(connection) || !connection->sendText(message))
        return false;
    ++m_statistics.messagesSent;
    m_statistics.bytesSent += utf8Size(message);
    return true;
}

bool Service::sendBinary(Connection *connection, const QByteArray &message)
{
    if (isOverOutputCap(connection) || !connection->sendBinary(message))
        return false;
    ++m_statistics.messagesSent;
    m_statistics.bytesSent += quint64(message.size());
    return true;
}

bool Service::isOverOutputCap(Connection *connection)
{
    // Checked before a message is added, so that one message larger than the cap still goes:
    // what is buffered stays under the cap plus one message.
    if (connection->bytesToWrite() <= m_settings.outputCap)
        return false;
    if (connection->state() == Connection::State::Open) {
        drop(connection, Connection::CloseCode::PolicyViolated,
             QStringLiteral("more than %1 bytes of output unsent: the client does not read")
                 .arg(m_settings.outputCap));
    }
    return true;
}

void Service::drop(Connection *connection, Connection::CloseCode code, const QString &reason)
{
    ++m_statistics.clientsDropped;
    qCInfo(lcServer, "%s dropped with %d: %s", clientName(connection).constData(), int(code),
           qUtf8Printable(reason));
    closeWithin(connection, code, reason);
}

void Service::closeWithin(Connection *connection, Connection::CloseCode code, const QString &reason)
{
    connection->close(code, reason);
    if (connection->state() == Connection::State::Closed)
        return;
    // A client that does not answer the close frame (it is dead, or does not read) loses its
    // TCP connection.
    QTimer::singleShot(m_settings.closeTimeout, connection, [connection] {
        if (connection->state() != Connection::State::Closed)
            connection->abort();
    });
}

void Service::checkIdleClients()
{
    const qint64 now = m_clock.elapsed();
    const qint64 timeout = m_settings.idleTimeout.count();
    std::vector<Connection *> dead;
    for (auto &[connection, client] : m_clients) {
        const qint64 silence = now - client.lastHeardMs;
        if (silence >= timeout)
            dead.push_back(connection);
        else if (silence >= timeout / 2 && !client.isPinged)
            client.isPinged = connection->ping();
    }
    // Closing may release a connection, and with it its entry.
    for (Connection *connection : dead) {
        if (connection->state() == Connection::State::Open) {
            drop(connection, Connection::CloseCode::GoingAway,
                 QStringLiteral("no sign of life for %1").arg(duration(m_settings.idleTimeout)));
        }
    }
}

} // namespace Banter
