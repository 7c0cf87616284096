// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketlistener.h"

#include "websocketconnection.h"
#include "websocketlimits.h"

#include <logging.h>

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

namespace BanterWs {

using Banter::lcServer;

namespace {

Banter::Listener::Error listenError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return Banter::Listener::Error::AddressInUse;
    case QAbstractSocket::SocketAddressNotAvailableError:
        return Banter::Listener::Error::AddressNotAvailable;
    default:
        return Banter::Listener::Error::OtherError;
    }
}

} // namespace

WebSocketListener::WebSocketListener(QObject *parent)
    : Banter::Listener(parent)
    , m_handshaker(new QWebSocketServer(QStringLiteral("Banter"), QWebSocketServer::NonSecureMode,
                                        this))
{
    connect(m_handshaker, &QWebSocketServer::newConnection, this, &WebSocketListener::acceptPending);
    connect(m_handshaker, &QWebSocketServer::serverError, this, [this] {
        reportError(tr("a client could not connect: %1").arg(m_handshaker->errorString()));
    });
}

WebSocketListener::~WebSocketListener()
{
    close();
}

bool WebSocketListener::listen(const QUrl &url)
{
    close();
    setError(Error::NoError, QString());
    if (url.scheme() != QLatin1String("ws")) {
        setError(Error::UnsupportedUrl,
                 tr("serving %1:// is not supported yet; use ws://").arg(url.scheme()));
        return false;
    }

    const QString host = url.host();
    QList<QHostAddress> addresses;
    if (host.isEmpty() || host == QLatin1String("localhost")) {
        addresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    } else if (QHostAddress address(host); !address.isNull()) {
        addresses = {address};
    } else {
        setError(Error::AddressNotAvailable,
                 tr("cannot listen on \"%1\": give an IP address (such as 127.0.0.1 or 0.0.0.0) "
                    "or localhost")
                     .arg(host));
        return false;
    }

    quint16 port = quint16(url.port(80));
    for (const QHostAddress &address : std::as_const(addresses)) {
        const bool isFirst = m_tcpServers.empty();
        if (listenOn(address, port)) {
            port = m_tcpServers.back()->serverPort();
            continue;
        }
        // Only the first address is required: a machine without IPv6 still serves 127.0.0.1.
        if (isFirst)
            return false;
        qCDebug(lcServer, "not listening on %s too: %s", qUtf8Printable(address.toString()),
                qUtf8Printable(errorString()));
        setError(Error::NoError, QString());
    }

    m_url = url;
    m_url.setHost(host.isEmpty() ? QStringLiteral("localhost") : host);
    m_url.setPort(port);
    return true;
}

bool WebSocketListener::listenOn(const QHostAddress &address, quint16 port)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(address, port)) {
        const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
                                  : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
        setError(listenError(server->serverError()),
                 tr("cannot listen on %1: %2").arg(where, server->errorString()));
        delete server;
        return false;
    }
    connect(server, &QTcpServer::newConnection, this, [this, server] {
        while (QTcpSocket *socket = server->nextPendingConnection()) {
            // The QWebSocket made from it does not own the TCP socket: the listener does, so that
            // close() stops accepting without dropping clients, and frees it once it is done.
            socket->setParent(this);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            m_handshaker->handleConnection(socket);
        }
    });
    m_tcpServers.push_back(server);
    return true;
}

void WebSocketListener::acceptPending()
{
    while (QWebSocket *socket = m_handshaker->nextPendingConnection()) {
        socket->setMaxAllowedIncomingMessageSize(WebSocketLimits::serverMaxMessageSize);
        socket->setMaxAllowedIncomingFrameSize(WebSocketLimits::serverMaxMessageSize);
        Q_EMIT newConnection(new WebSocketConnection(socket, this));
    }
}

void WebSocketListener::close()
{
    for (QTcpServer *server : m_tcpServers)
        delete server;
    m_tcpServers.clear();
}

} // namespace BanterWs
