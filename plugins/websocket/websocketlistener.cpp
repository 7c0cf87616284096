// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketlistener.h"

#include "acceptedsocket.h"
#include "leantcpserver.h"
#include "leantcpsocket.h"
#include "websocketconnection.h"

#include <banter/logging.h>
#include <banter/tlsidentity.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QTimerEvent>
#include <QWebSocket>
#include <QWebSocketCorsAuthenticator>
#include <QWebSocketServer>

#include <algorithm>
#include <climits>

#include <sys/resource.h>

namespace BanterWs {

using Banter::lcServer;

namespace {

// How many sweeps a client must be idle for to be parked.
constexpr int parkSweeps = 4;

// File descriptors kept free for everything else the process opens, and for the connections
// a QTcpServer accepts before it waits for the listener to take them (maxPending).
constexpr int reservedDescriptors = 64;
constexpr int maxPending = 32;

// How many request URLs are shared at most (WebSocketListener::sharedUrl()); beyond that, the
// set is started anew (the connections keep theirs).
constexpr qsizetype maxSharedUrls = 1024;

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

// How many accepted connections may hold a file descriptor: once they all do, accept() fails,
// and Qt 6.4's QTcpServer retries it at once, forever, at full CPU, accepting nobody.
int socketLimit()
{
    rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY ||
        limit.rlim_cur > rlim_t(INT_MAX)) {
        return INT_MAX;
    }
    return std::max(int(limit.rlim_cur) - reservedDescriptors, 1);
}

} // namespace

WebSocketListener::WebSocketListener(QObject *parent)
    : Banter::Listener(parent), m_sockets(new QObject(this))
{}

WebSocketListener::~WebSocketListener()
{
    close();
    // The accepted sockets go with the listener: they have nothing left to tell it.
    const auto accepted = m_sockets->findChildren<AcceptedSocket *>(Qt::FindDirectChildrenOnly);
    for (AcceptedSocket *socket : accepted) {
        socket->detach();
        socket->disconnect(this);
    }
}

bool WebSocketListener::listen(const QUrl &url)
{
    close();
    setError(Error::NoError, QString());
    m_tls.reset();
    const bool isSecure = url.scheme() == QLatin1String("wss");
    if (url.scheme() != QLatin1String("ws") && !isSecure) {
        setError(Error::UnsupportedUrl,
                 tr("serving %1:// is not supported; use ws:// or wss://").arg(url.scheme()));
        return false;
    }
    if (isSecure && (settings().certificateFile.isEmpty() || settings().privateKeyFile.isEmpty())) {
        setError(Error::UnsupportedUrl,
                 tr("serving wss:// needs a certificate and a private key (PEM files); without "
                    "them, use ws://"));
        return false;
    }
    if (isSecure && !loadTlsFiles())
        return false;
    if (!isSecure)
        preloadTls();

    const QString host = url.host();
    QList<QHostAddress> addresses;
    if (host.isEmpty() || host == QLatin1String("localhost")) {
        addresses = {QHostAddress(QHostAddress::LocalHost),
                     QHostAddress(QHostAddress::LocalHostIPv6)};
    } else if (QHostAddress address(host); !address.isNull()) {
        addresses = {address};
    } else {
        setError(Error::AddressNotAvailable,
                 tr("cannot listen on \"%1\": give an IP address (such as 127.0.0.1 or 0.0.0.0) "
                    "or localhost")
                     .arg(host));
        return false;
    }

    // The handshaker's mode only decides whether the request URLs it reports are wss://: the
    // QSslServers do the encryption before it sees a socket.
    delete m_handshaker;
    m_handshaker = new QWebSocketServer(
        QStringLiteral("Banter"),
        isSecure ? QWebSocketServer::SecureMode : QWebSocketServer::NonSecureMode, this);
    connect(m_handshaker, &QWebSocketServer::newConnection, this,
            &WebSocketListener::acceptUpgraded);
    connect(m_handshaker, &QWebSocketServer::serverError, this, [this] {
        qCDebug(lcServer, "a handshake failed: %s", qUtf8Printable(m_handshaker->errorString()));
    });
    // Emitted during the handshake; the answer must be given before returning.
    connect(
        m_handshaker, &QWebSocketServer::originAuthenticationRequired, this,
        [this](QWebSocketCorsAuthenticator *authenticator) {
            const QStringList &allowed = settings().allowedOrigins;
            if (allowed.isEmpty() || allowed.contains(authenticator->origin(), Qt::CaseInsensitive))
                return;
            authenticator->setAllowed(false);
            qCInfo(lcServer, "client refused: origin \"%s\" is not allowed",
                   qUtf8Printable(authenticator->origin()));
        },
        Qt::DirectConnection);
    m_socketLimit = socketLimit();

    quint16 port = quint16(url.port(isSecure ? 443 : 80));
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

void WebSocketListener::preloadTls()
{
    // Every QWebSocket reads the default TLS configuration when it is made, even for ws://, and
    // the first read loads the TLS library and Qt's TLS plugin (OpenSSL: about 4 MB resident,
    // 7-20 ms here). Done now, that happens while nobody waits, instead of while the first
    // client waits for its handshake; and the memory the server shows at rest is what it keeps
    // once it has served anyone.
    QSslConfiguration::defaultConfiguration();
}

bool WebSocketListener::loadTlsFiles()
{
    if (!QSslSocket::supportsSsl()) {
        setError(Error::OtherError, tr("serving wss:// needs TLS, which Qt cannot use here"));
        return false;
    }
    // No passphrase: a server starts unattended.
    const Banter::TlsIdentity identity =
        Banter::TlsIdentity::load(settings().certificateFile, settings().privateKeyFile);
    if (!identity.isValid()) {
        setError(Error::OtherError, identity.errorString());
        return false;
    }

    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls->setLocalCertificateChain(identity.chain());
    m_tls->setPrivateKey(identity.privateKey());
    m_tls->setPeerVerifyMode(QSslSocket::VerifyNone);
    return true;
}

bool WebSocketListener::listenOn(const QHostAddress &address, quint16 port)
{
    QTcpServer *server = nullptr;
    if (m_handshaker->secureMode() == QWebSocketServer::SecureMode) {
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(*m_tls);
        sslServer->setHandshakeTimeout(int(settings().handshakeTimeout.count()));
        // Connected directly: the socket is deleted right after.
        connect(sslServer, &QSslServer::errorOccurred, this, [](QSslSocket *socket) {
            qCInfo(lcServer, "client %s refused: TLS handshake failed: %s",
                   qUtf8Printable(
                       AcceptedSocket::addressName(socket->peerAddress(), socket->peerPort())),
                   qUtf8Printable(socket->errorString()));
        });
        server = sslServer;
    } else {
        server = new LeanTcpServer(this);
    }
    server->setListenBacklogSize(settings().listenBacklog);
    // Once this many accepted connections wait for the listener, a QTcpServer stops accepting
    // (a QSslServer counts those in their TLS handshake too, so this is also how many
    // handshakes run at once).
    server->setMaxPendingConnections(maxPending);
    if (!server->listen(address, port)) {
        const QString where = AcceptedSocket::addressName(address, port);
        setError(listenError(server->serverError()),
                 tr("cannot listen on %1: %2").arg(where, server->errorString()));
        delete server;
        return false;
    }
    // For a QSslServer, once the TLS handshake is done.
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            [this, server] { acceptFrom(server); });
    connect(server, &QTcpServer::acceptError, this, [this, server] {
        reportError(tr("cannot accept a client: %1").arg(server->errorString()));
        // QTcpServer stops accepting after an error: try again a little later.
        QTimer::singleShot(1000, server, [server] { server->resumeAccepting(); });
    });
    m_tcpServers.push_back(server);
    return true;
}

void WebSocketListener::acceptFrom(QTcpServer *server)
{
    // When the connections use all the descriptors they may, the rest wait in the server:
    // it stops accepting once maxPending wait there.
    while (m_socketCount < m_socketLimit) {
        QTcpSocket *socket = server->nextPendingConnection();
        if (!socket)
            return;
        // The QWebSocket made from it does not own the TCP socket: its AcceptedSocket, which
        // the listener owns, does, so that close() stops accepting without dropping clients.
        auto *accepted = new AcceptedSocket(
            socket, {settings().handshakeTimeout, settings().closeTimeout}, this, m_sockets);
        ++m_socketCount;
        accepted->start();
        if (!m_parkSweep.isActive() && isParkingOn()) {
            const auto interval =
                std::max(settings().parkAfter / parkSweeps, std::chrono::milliseconds(1));
            m_parkSweep.start(int(interval.count()), this);
        }
    }
    if (!m_isFull && server->hasPendingConnections()) {
        m_isFull = true;
        qCWarning(lcServer,
                  "not accepting new clients: %d connections use all the file descriptors the "
                  "process may open but %d (raise the limit: ulimit -n, LimitNOFILE=)",
                  m_socketCount, reservedDescriptors);
    }
}

void WebSocketListener::release(AcceptedSocket *accepted)
{
    --m_socketCount;
    if (m_handshaking.value(accepted->key()) == accepted)
        m_handshaking.remove(accepted->key());
    // Queued: the one being destroyed is still in the list of children.
    if (m_socketCount == 0)
        QMetaObject::invokeMethod(this, &WebSocketListener::compact, Qt::QueuedConnection);
    if (!m_isFull)
        return;
    // A descriptor is free: the longest waiting client gets it.
    for (QTcpServer *server : m_tcpServers)
        acceptFrom(server);
    // Said once there is room for a burst again, not at every client that leaves.
    if (m_socketCount < m_socketLimit - maxPending) {
        m_isFull = false;
        qCInfo(lcServer, "accepting new clients again");
    }
}

void WebSocketListener::compact()
{
    if (m_socketCount > 0 || !m_sockets->children().isEmpty())
        return;
    m_handshaking = {};
    m_requestUrls = {};
    delete m_sockets;
    m_sockets = new QObject(this);
    m_parkSweep.stop();
}

void WebSocketListener::handOver(AcceptedSocket *accepted)
{
    m_handshaking.insert(accepted->key(), accepted);
    // The service sets them after listen(); the list is shared, not copied.
    m_handshaker->setSupportedSubprotocols(subprotocols());
    m_handshaker->handleConnection(accepted->socket());
    // A parked client that is woken is wanted now (something is to be sent to it): its
    // handshake, which QWebSocketServer queues, is done before returning.
    if (accepted->connection())
        QCoreApplication::sendPostedEvents(m_handshaker, QEvent::MetaCall);
}

// Parks the clients that have been idle for a second (ServerSettings::parkAfter): a sweep every
// quarter of it, and a client idle for four sweeps in a row is parked.
void WebSocketListener::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_parkSweep.timerId()) {
        Banter::Listener::timerEvent(event);
        return;
    }
    for (QObject *child : m_sockets->children()) {
        if (auto *accepted = qobject_cast<AcceptedSocket *>(child))
            accepted->sweep(parkSweeps);
    }
}

void WebSocketListener::acceptUpgraded()
{
    while (QWebSocket *socket = m_handshaker->nextPendingConnection()) {
        socket->setMaxAllowedIncomingMessageSize(settings().maxMessageSize);
        socket->setMaxAllowedIncomingFrameSize(settings().maxMessageSize);
        AcceptedSocket *accepted = m_handshaking.take(
            AcceptedSocket::connectionKey(socket->localAddress(), socket->localPort(),
                                          socket->peerAddress(), socket->peerPort()));
        if (accepted && accepted->connection()) {
            // A parked client, back: same connection, new socket.
            accepted->connection()->resume(socket);
            finishUpgrade(accepted);
            continue;
        }
        auto *connection =
            new WebSocketConnection(socket, accepted, sharedUrl(socket->requestUrl()), this);
        if (accepted) {
            accepted->setConnection(connection);
            finishUpgrade(accepted);
        }
        Q_EMIT newConnection(connection);
        if (accepted && isParkingOn())
            accepted->parkWhenGreeted();
    }
}

QUrl WebSocketListener::sharedUrl(const QUrl &url)
{
    if (const auto found = m_requestUrls.constFind(url); found != m_requestUrls.cend())
        return *found;
    if (m_requestUrls.size() >= maxSharedUrls)
        m_requestUrls.clear();
    m_requestUrls.insert(url);
    return url;
}

bool WebSocketListener::isParkingOn() const
{
    // A TLS session lives in its QSslSocket: wss:// clients cannot be parked.
    return !m_tls && settings().parkAfter.count() > 0;
}

void WebSocketListener::finishUpgrade(AcceptedSocket *accepted)
{
    // QWebSocketServer stays connected to the disconnected() of every socket it was handed, to
    // delete it then; the AcceptedSocket does that here. Its slot looks up sender(), which walks
    // every socket still connected to it: with 10,000 clients, leaving took seconds of CPU.
    if (QTcpSocket *tcpSocket = accepted->socket())
        tcpSocket->disconnect(m_handshaker);
    accepted->startWatchingFrames();
    if (auto *tcpSocket = qobject_cast<LeanTcpSocket *>(accepted->socket())) {
        // Qt's answer to a replayed request is dropped, what comes after it is not.
        tcpSocket->setDiscardingWrites(false);
        // The opening request was read from it; an idle client may never send more.
        tcpSocket->releaseBuffers();
    }
}

void WebSocketListener::close()
{
    for (QTcpServer *server : m_tcpServers)
        delete server;
    m_tcpServers.clear();
    m_isFull = false;
}

} // namespace BanterWs
