// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acceptedsocket.h"

#include "leantcpsocket.h"
#include "websocketconnection.h"
#include "websocketlistener.h"

#include <logging.h>

#include <QHostAddress>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimerEvent>
#include <QUrl>

#include <algorithm>

#include <cerrno>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace BanterWs {

using Banter::lcServer;

namespace {

// Browsers send a few KiB at most; Qt itself would take up to 800 KiB.
constexpr qint64 maxRequestSize = 64 * 1024;

constexpr char badRequest[] = "HTTP/1.1 400 Bad Request\r\n"
                              "Connection: close\r\nContent-Length: 0\r\n\r\n";
constexpr char requestTooLarge[] = "HTTP/1.1 431 Request Header Fields Too Large\r\n"
                                   "Connection: close\r\nContent-Length: 0\r\n\r\n";

// For a path the service does not serve (Listener::setAcceptedPaths()).
QByteArray notFound(const QString &refusal)
{
    const QByteArray text = refusal.toUtf8();
    return "HTTP/1.1 404 Not Found\r\nConnection: close\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " +
           QByteArray::number(text.size()) + "\r\n\r\n" + text;
}

// "/room" of "GET /room?name=x HTTP/1.1\r\n...".
QString requestPath(const QByteArray &request)
{
    const qsizetype start = request.indexOf(' ') + 1;
    const qsizetype end = request.indexOf(' ', start);
    const QByteArray target = request.mid(start, end < 0 ? -1 : end - start);
    return QUrl::fromEncoded(target).path();
}

QByteArray describe(std::chrono::milliseconds ms)
{
    return ms.count() % 1000 == 0 ? QByteArray::number(ms.count() / 1000) + " s"
                                  : QByteArray::number(ms.count()) + " ms";
}

} // namespace

AcceptedSocket::AcceptedSocket(QTcpSocket *socket, const Timeouts &timeouts,
                               WebSocketListener *listener, QObject *parent)
    : QObject(parent)
    , m_listener(listener)
    , m_socket(socket)
    , m_key(keyOf(socket))
    , m_peerName(addressName(socket->peerAddress(), socket->peerPort()))
    , m_timeouts(timeouts)
{
    // The socket is ours to delete. Nothing here waits for its destroyed() signal: a QWebSocket
    // that is deleted disconnects every signal of its TCP socket, ours included.
    socket->setParent(this);
    watch(socket);
    // A new client is parked as soon as what it was sent on arrival is out (parkWhenGreeted()).
    if (auto *lean = qobject_cast<LeanTcpSocket *>(socket)) {
        connect(lean, &LeanTcpSocket::firstWritesDone, this, [this] {
            if (m_parkWhenGreeted)
                QMetaObject::invokeMethod(this, &AcceptedSocket::parkIfGreeted,
                                          Qt::QueuedConnection);
        });
    }
}

void AcceptedSocket::parkIfGreeted()
{
    // Out of the socket's own signal: parking deletes it.
    if (m_parkWhenGreeted && m_stage == Stage::Open && canPark())
        park();
}

AcceptedSocket::~AcceptedSocket()
{
    if (m_ownFd >= 0)
        ::close(m_ownFd);
    if (m_listener)
        m_listener->release(this);
}

QString AcceptedSocket::addressName(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

QString AcceptedSocket::keyOf(const QTcpSocket *socket)
{
    return connectionKey(socket->localAddress(), socket->localPort(), socket->peerAddress(),
                         socket->peerPort());
}

QString AcceptedSocket::connectionKey(const QHostAddress &localAddress, quint16 localPort,
                                      const QHostAddress &peerAddress, quint16 peerPort)
{
    return addressName(localAddress, localPort) + QLatin1Char(' ') +
           addressName(peerAddress, peerPort);
}

void AcceptedSocket::watch(QTcpSocket *socket)
{
    // Connected before QWebSocketServer and QWebSocket connect theirs: this one runs first and
    // sees each byte before Qt reads it.
    connect(socket, &QIODevice::readyRead, this, &AcceptedSocket::onReadyRead);
    connect(socket, &QIODevice::aboutToClose, this, &AcceptedSocket::onAboutToClose);
    connect(socket, &QAbstractSocket::disconnected, this, &AcceptedSocket::onDisconnected);
}

void AcceptedSocket::start()
{
    armTimer(m_timeouts.handshake);
    if (m_socket->bytesAvailable() > 0)
        checkRequest();
}

void AcceptedSocket::startWatchingFrames()
{
    m_stage = Stage::Open;
    m_timer.stop();
    // Whatever is in the buffer now came after the request and is not scanned yet.
    m_scanned = 0;
    // Connected after QWebSocket's own: runs once Qt has read what it could.
    connect(m_socket, &QIODevice::readyRead, this, [this] {
        if (m_socket)
            m_scanned = m_socket->bytesAvailable();
    });
}

void AcceptedSocket::abort()
{
    m_isAborting = true;
    if (m_ownFd >= 0) {
        // Lingering or parked: the last close of the socket resets the connection.
        const linger reset = {1, 0};
        ::setsockopt(m_ownFd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        closeOwnFd();
    }
    if (m_socket)
        m_socket->abort();
    else
        finish();
}

void AcceptedSocket::onReadyRead()
{
    if (m_stage == Stage::Request)
        checkRequest();
    else if (m_stage == Stage::Open)
        checkFrames();
}

void AcceptedSocket::checkRequest()
{
    const qint64 available = m_socket->bytesAvailable();
    const QByteArray head = m_socket->peek(std::min(available, maxRequestSize));
    constexpr QByteArrayView get("GET ");
    if (!head.startsWith(get.first(std::min(head.size(), get.size()))))
        return refuse("not a WebSocket request", badRequest);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (available >= maxRequestSize)
            refuse("opening request over 64 KiB", requestTooLarge);
        return;
    }
    // Kept to wake the client after parking; a TLS session cannot be parked.
    if (qobject_cast<LeanTcpSocket *>(m_socket.data()))
        m_request = head.first(end + 4);
    if (m_listener) {
        const QString path = requestPath(head.first(end));
        if (!m_listener->isPathAccepted(path)) {
            return refuse("no such path " + path.toUtf8(), notFound(m_listener->pathRefusal()));
        }
    }
    m_stage = Stage::Handshake;
    // The whole opening request is there: the WebSocket handshake can begin.
    if (m_listener)
        m_listener->handOver(this);
}

void AcceptedSocket::checkFrames()
{
    m_idleSweeps = 0;
    m_parkWhenGreeted = false;
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_scanned;
    if (fresh <= 0)
        return;
    m_scanned = available;
    if (m_scanner.payloadLeft() >= quint64(fresh)) {
        m_scanner.skip(quint64(fresh));
        return;
    }
    // Into a buffer kept from call to call: this runs for every read.
    if (m_peeked.size() < available)
        m_peeked.resize(available);
    const qint64 peeked = m_socket->peek(m_peeked.data(), available);
    if (peeked < fresh)
        return;
    if (!m_scanner.scan(m_peeked.constData() + (peeked - fresh), fresh)) {
        m_stage = Stage::Closed;
        qCDebug(lcServer, "client %s sent an unmasked frame", qUtf8Printable(m_peerName));
        Q_EMIT protocolViolated(QStringLiteral("unmasked frame from a client"));
    }
}

void AcceptedSocket::refuse(const QByteArray &reason, const QByteArray &response)
{
    qCInfo(lcServer, "client %s refused: %s", qUtf8Printable(m_peerName), reason.constData());
    m_stage = Stage::Closed;
    m_timer.stop();
    m_socket->write(response);
    m_socket->close();
}

void AcceptedSocket::armTimer(std::chrono::milliseconds timeout)
{
    m_timer.start(int(timeout.count()), this);
}

void AcceptedSocket::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    // A QBasicTimer repeats: this one is single-shot.
    m_timer.stop();
    onTimeout();
}

void AcceptedSocket::onTimeout()
{
    if (m_stage == Stage::Request || m_stage == Stage::Handshake) {
        qCInfo(lcServer, "client %s dropped: no complete handshake within %s",
               qUtf8Printable(m_peerName), describe(m_timeouts.handshake).constData());
        abort();
    } else {
        finish();
    }
}

void AcceptedSocket::onAboutToClose()
{
    m_stage = Stage::Closed;
    m_timer.stop();
    // Also emitted by ~QAbstractSocket(), when the socket is no QTcpSocket any more: reaching it
    // through m_socket (a QTcpSocket pointer) would then be undefined behaviour (UBSan: "downcast
    // of address ... which does not point to an object of type 'QTcpSocket'").
    const auto *socket = qobject_cast<QAbstractSocket *>(sender());
    if (m_isAborting || m_ownFd >= 0 || !socket || socket->socketDescriptor() < 0)
        return;
    // Qt closes its descriptor once it has written what it still holds; this one keeps the
    // connection until the client has read everything and closed its side too.
    m_ownFd = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
}

void AcceptedSocket::onDisconnected()
{
    // Qt is done with it; the QWebSocket made from it may still hold it until then. Without
    // lingering, it goes with this object (its parent): one posted event less per client, and
    // when thousands leave at once, Qt's queue of posted events keeps the size it grew to.
    if (m_ownFd < 0) {
        finish();
        return;
    }
    m_socket->deleteLater();
    if (m_ownNotifier)
        return;
    // Everything Qt wrote is in the kernel: say we are done, then wait for the client to be.
    ::shutdown(m_ownFd, SHUT_WR);
    m_ownNotifier = new QSocketNotifier(m_ownFd, QSocketNotifier::Read, this);
    connect(m_ownNotifier, &QSocketNotifier::activated, this, &AcceptedSocket::drain);
    armTimer(m_timeouts.linger);
}

void AcceptedSocket::drain()
{
    char discarded[16384];
    // A bounded number of reads per wake-up, so that a client that sends fast cannot keep the
    // event loop here.
    for (int i = 0; i < 16; ++i) {
        const ssize_t size = ::read(m_ownFd, discarded, sizeof discarded);
        if (size > 0)
            continue;
        if (size < 0 && errno == EINTR)
            continue;
        if (size < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        // The client closed its side too, or the connection broke.
        finish();
        return;
    }
}

void AcceptedSocket::sweep(int sweeps)
{
    if (m_stage == Stage::Open && ++m_idleSweeps >= sweeps && canPark())
        park();
}

bool AcceptedSocket::canPark() const
{
    const auto *socket = qobject_cast<const LeanTcpSocket *>(m_socket.data());
    return socket && m_connection && !m_request.isEmpty() &&
           socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0 &&
           socket->bytesToWrite() == 0 && m_scanner.isBetweenMessages() &&
           m_connection->canSuspend();
}

void AcceptedSocket::park()
{
    auto *socket = static_cast<LeanTcpSocket *>(m_socket.data());
    // Kept open while Qt closes its own descriptor.
    const int fd = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return;
    // Nothing may reach the client while Qt's objects go: a QWebSocket says goodbye when it is
    // deleted.
    socket->setDiscardingWrites(true);
    socket->disconnect(this);
    m_connection->suspend();
    if (m_socket) {
        m_socket->abort();
        delete m_socket.data();
    }
    m_peeked = QByteArray();
    m_scanned = 0;
    m_stage = Stage::Parked;
    m_ownFd = fd;
    m_ownNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_ownNotifier, &QSocketNotifier::activated, this, [this] { unpark(); });
    qCDebug(lcServer, "client %s parked", qUtf8Printable(m_peerName));
}

bool AcceptedSocket::unpark()
{
    if (m_stage != Stage::Parked)
        return m_stage == Stage::Open;
    // Perhaps called from its own signal.
    m_ownNotifier->setEnabled(false);
    m_ownNotifier->deleteLater();
    m_ownNotifier = nullptr;
    // A client that closed its side while parked is gone: no QWebSocket is made for it.
    char byte;
    const ssize_t peeked = ::recv(m_ownFd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    const bool isGone =
        peeked == 0 || (peeked < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
    auto *socket = new LeanTcpSocket(this);
    if (isGone || !socket->setSocketDescriptor(m_ownFd)) {
        delete socket;
        finish();
        return false;
    }
    m_ownFd = -1; // the socket's now
    qCDebug(lcServer, "client %s woken", qUtf8Printable(m_peerName));
    socket->replay(m_request);
    socket->setDiscardingWrites(true);
    m_socket = socket;
    // The listener finds the handshake by the addresses the new socket reports, which are not
    // the first socket's when the client has reset the connection meanwhile (none then).
    m_key = keyOf(socket);
    watch(socket);
    m_stage = Stage::Handshake;
    m_idleSweeps = 0;
    armTimer(m_timeouts.handshake);
    // For a returning client the listener completes the handshake before returning.
    if (m_listener)
        m_listener->handOver(this);
    return m_stage == Stage::Open;
}

void AcceptedSocket::finish()
{
    // A connection without a QWebSocket (parked, or its wake-up failed) hears of the end only
    // from here.
    if (m_connection && m_connection->isSuspended())
        m_connection->lostWhileSuspended();
    m_stage = Stage::Closed;
    m_timer.stop();
    closeOwnFd();
    deleteLater();
}

void AcceptedSocket::closeOwnFd()
{
    delete m_ownNotifier;
    m_ownNotifier = nullptr;
    if (m_ownFd >= 0) {
        ::close(m_ownFd);
        m_ownFd = -1;
    }
}

} // namespace BanterWs
