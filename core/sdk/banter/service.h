// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>
#include <banter/connection.h>
#include <banter/serversettings.h>
#include <banter/serverstatistics.h>

#include <QObject>
#include <QRegularExpression>
#include <QStringList>
#include <QTimer>

#include <functional>

#include <unordered_map>

namespace Banter {

class Listener;

// Serves every connection of one or more listeners. The base class takes each new connection
// over, counts it, and deletes it once it has closed; a subclass only says what to do with it.
// The base also keeps the limits that hold for any transport (ServerSettings): it refuses
// clients beyond maxClients, pings silent clients and drops dead ones, drops a client whose
// output piles up past outputCap, and logs each of these with the client's address.
class BANTERCORE_EXPORT Service : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int connectionCount READ connectionCount NOTIFY connectionCountChanged)

public:
    explicit Service(QObject *parent = nullptr);
    ~Service() override;

    // Takes effect for what happens from now on; call it before serve().
    void setSettings(const ServerSettings &settings);
    const ServerSettings &settings() const { return m_settings; }

    void serve(Listener *listener);
    // Closes every open connection with code and reason (the clients see both).
    void closeAll(int code, const QString &reason);
    int connectionCount() const { return m_statistics.clients; }
    ServerStatistics statistics() const;

Q_SIGNALS:
    void connectionCountChanged(int count);
    // The service cannot go on (what it stands on is out of reach, such as the Redis of chat
    // rooms at start); why, in words. banter-server exits with 1.
    void failed(const QString &why);

protected:
    // Called once, when serve() hands the service its first listener: what the service needs
    // from the start (a connection to a store) starts here. The default does nothing.
    virtual void handleStart();
    // Called once per connection, already open and owned by the service.
    virtual void handleConnection(Connection *connection) = 0;
    // Called for each message a client sends, once the base has counted it; the defaults do
    // nothing. Overriding these rather than connecting to the connection's textReceived() and
    // binaryReceived() spares each client two signal connections (about 300 bytes).
    virtual void handleText(Connection *connection, const QString &message);
    virtual void handleBinary(Connection *connection, const QByteArray &message);
    // Called once a connection handed to handleConnection() has closed, just before the base
    // lets go of it; the default does nothing.
    virtual void handleClosed(Connection *connection);

    // Send through these rather than the connection: they count what is sent, and drop a client
    // that does not read (its unsent output is over the output cap) instead of buffering for it
    // without end. They return false when the message was not sent.
    bool sendText(Connection *connection, const QString &message);
    bool sendBinary(Connection *connection, const QByteArray &message);
    // The same for a message that goes to many clients (Connection::sendShared()).
    bool sendShared(Connection *connection, const SharedMessage &message);

    // What serve() tells each listener (Listener::setAcceptedPaths(), setSubprotocols()); call
    // them before serve().
    void setAcceptedPaths(const QRegularExpression &pattern, const QString &refusal);
    void setSubprotocols(const QStringList &subprotocols) { m_subprotocols = subprotocols; }

    // What statistics() says in serviceDetail: asked each time statistics are read.
    void setStatisticsDetail(std::function<QString()> detail) { m_detail = std::move(detail); }

    // Closes the connection with code and reason, logs why, and drops the TCP connection if
    // the client does not complete the closing handshake within the close timeout.
    void drop(Connection *connection, Connection::CloseCode code, const QString &reason);

private:
    struct Client
    {
        quint64 lastHeardTick = 0;
        bool isPinged = false;
    };

    void adopt(Connection *connection);
    void refuse(Connection *connection);
    void release(Connection *connection);
    void heardFrom(Client *client);
    bool isOverOutputCap(Connection *connection);
    void closeWithin(Connection *connection, Connection::CloseCode code, const QString &reason);
    void checkIdleClients();
    void compact();

    ServerSettings m_settings;
    ServerStatistics m_statistics;
    QRegularExpression m_acceptedPaths;
    QString m_pathRefusal;
    QStringList m_subprotocols;
    // The parent of every connection the service holds, not the service itself: a QObject's
    // list of children keeps the size it grew to, and this one is made anew once all clients
    // have left (as is m_clients), so that a crowd that has gone leaves nothing behind.
    QObject *m_connections;
    std::unordered_map<Connection *, Client> m_clients;
    QTimer m_idleTimer; // ticks four times per idle timeout
    quint64 m_tick = 0;
    bool m_isStarted = false;
    std::function<QString()> m_detail;
};

} // namespace Banter
