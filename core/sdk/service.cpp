// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/service.h>

#include <banter/listener.h>
#include <banter/logging.h>

#include <QStringView>

#include <algorithm>
#include <vector>

namespace Banter {

namespace {

// The size of the UTF-8 form of text, without making it. It runs for every message: ASCII, the
// usual case, is checked with Qt's own vectorized test.
quint64 utf8Size(QStringView text)
{
    quint64 size = quint64(text.size());
    if (QtPrivate::isAscii(text))
        return size;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        // Two bytes from U+0080, three from U+0800; a surrogate pair is four, two for each half.
        size += (unit >= 0x80) + (unit >= 0x800 && (unit & 0xf800) != 0xd800);
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

Service::Service(QObject *parent) : QObject(parent), m_connections(new QObject(this))
{
    connect(&m_idleTimer, &QTimer::timeout, this, &Service::checkIdleClients);
    setSettings(m_settings);
}

Service::~Service() = default;

void Service::setSettings(const ServerSettings &settings)
{
    m_settings = settings;
    if (settings.idleTimeout.count() > 0) {
        m_idleTimer.start(std::max(settings.idleTimeout / 4, std::chrono::milliseconds(1)));
    } else {
        m_idleTimer.stop();
    }
}

void Service::serve(Listener *listener)
{
    listener->setAcceptedPaths(m_acceptedPaths, m_pathRefusal);
    listener->setSubprotocols(m_subprotocols);
    connect(listener, &Listener::newConnection, this, &Service::adopt);
    if (!m_isStarted) {
        m_isStarted = true;
        handleStart();
    }
}

void Service::handleStart() {}

ServerStatistics Service::statistics() const
{
    ServerStatistics statistics = m_statistics;
    if (m_detail)
        statistics.serviceDetail = m_detail();
    return statistics;
}

void Service::setAcceptedPaths(const QRegularExpression &pattern, const QString &refusal)
{
    m_acceptedPaths = pattern;
    m_pathRefusal = refusal;
}

void Service::closeAll(int code, const QString &reason)
{
    const auto connections = m_connections->findChildren<Connection *>(Qt::FindDirectChildrenOnly);
    for (Connection *connection : connections) {
        if (connection->state() == Connection::State::Open)
            closeWithin(connection, Connection::CloseCode(code), reason);
    }
}

void Service::adopt(Connection *connection)
{
    connection->setParent(m_connections);
    if (m_statistics.clients >= m_settings.maxClients) {
        refuse(connection);
        return;
    }
    // Looked up once: what each message updates is this record, not a table.
    Client *client = &m_clients.emplace(connection, Client{m_tick, false}).first->second;
    // The signal declared last first: Qt sizes a sender's table of signals for the one connected,
    // and a later connection to a signal declared after it makes a new table, keeping the old one
    // as an orphan until the sender's next disconnect (about 170 bytes for each idle client).
    connect(connection, &Connection::pongReceived, this, [this, client] { heardFrom(client); });
    connect(connection, &Connection::stateChanged, this, [this, connection](Connection::State s) {
        if (s == Connection::State::Closed)
            release(connection);
    });
    // The record first: handling the message may close the connection, and release it.
    connect(connection, &Connection::textReceived, this,
            [this, client, connection](const QString &message) {
                ++m_statistics.messagesReceived;
                m_statistics.bytesReceived += utf8Size(message);
                heardFrom(client);
                handleText(connection, message);
            });
    connect(connection, &Connection::binaryReceived, this,
            [this, client, connection](const QByteArray &message) {
                ++m_statistics.messagesReceived;
                m_statistics.bytesReceived += quint64(message.size());
                heardFrom(client);
                handleBinary(connection, message);
            });
    ++m_statistics.clients;
    ++m_statistics.clientsServed;
    qCInfo(lcServer, "client connected");
    Q_EMIT connectionCountChanged(m_statistics.clients);
    handleConnection(connection);
}

void Service::handleText(Connection *, const QString &) {}

void Service::handleBinary(Connection *, const QByteArray &) {}

void Service::handleClosed(Connection *) {}

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
    handleClosed(connection);
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
    // Queued after the deleteLater() above: the last connection has gone by then.
    if (m_statistics.clients == 0)
        QMetaObject::invokeMethod(this, &Service::compact, Qt::QueuedConnection);
    Q_EMIT connectionCountChanged(m_statistics.clients);
}

void Service::compact()
{
    // A client that has come back in the meantime, or a refused one still closing, keeps them.
    if (!m_clients.empty() || !m_connections->children().isEmpty())
        return;
    std::unordered_map<Connection *, Client>().swap(m_clients);
    delete m_connections;
    m_connections = new QObject(this);
}

void Service::heardFrom(Client *client)
{
    client->lastHeardTick = m_tick;
    client->isPinged = false;
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

bool Service::sendShared(Connection *connection, const SharedMessage &message)
{
    if (isOverOutputCap(connection) || !connection->sendShared(message))
        return false;
    ++m_statistics.messagesSent;
    m_statistics.bytesSent += quint64(message.payload().size());
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
    // Four ticks per idle timeout. A record is stamped with the tick it was last heard in, which
    // may be about to end: three ticks later at least half the timeout has passed (ping), five
    // ticks later at least all of it (drop, at most a quarter of it late).
    ++m_tick;
    std::vector<Connection *> dead;
    for (auto &[connection, client] : m_clients) {
        const quint64 silence = m_tick - client.lastHeardTick;
        if (silence >= 5)
            dead.push_back(connection);
        else if (silence >= 3 && !client.isPinged)
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
