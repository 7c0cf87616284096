// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "acceptedsocket.h"

#include "leantcpsocket.h"
#include "linger.h"
#include "parkingspot.h"
#include "requestguard.h"
#include "websocketconnection.h"
#include "websocketlistener.h"

#include <banter/logging.h>

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimerEvent>

namespace BanterWs {

using Banter::lcServer;

namespace {

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
    // The listener has found the handshake by it, and looks for it no more.
    m_key = QString();
    // Whatever is in the buffer now came after the request and is not scanned yet.
    if (!m_frames)
        m_frames = std::make_unique<FrameGuard>();
    m_frames->restart();
    // Connected after QWebSocket's own: runs once Qt has read what it could.
    connect(m_socket, &QIODevice::readyRead, this, [this] {
        if (!m_socket || !m_frames)
            return;
        if (m_frames->isHolding())
            failUnmasked();
        m_frames->setScanned(m_socket->bytesAvailable());
    });
}

void AcceptedSocket::abort()
{
    m_isAborting = true;
    // Lingering or parked: the last close of the socket resets the connection.
    if (m_linger)
        m_linger->reset();
    if (m_parking)
        m_parking->reset();
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
    const RequestGuard::Result result = RequestGuard::check(m_socket, m_listener);
    if (result.verdict == RequestGuard::Verdict::Refused)
        return refuse(result.reason, result.response);
    if (result.verdict == RequestGuard::Verdict::Incomplete)
        return;
    // Kept to wake the client after parking; a TLS session cannot be parked.
    if (qobject_cast<LeanTcpSocket *>(m_socket.data()))
        m_request = result.request;
    m_stage = Stage::Handshake;
    m_key = keyOf(m_socket);
    // The whole opening request is there: the WebSocket handshake can begin.
    if (m_listener)
        m_listener->handOver(this);
}

void AcceptedSocket::checkFrames()
{
    markActive();
    // Qt answers what came before the unmasked frame first; failUnmasked() follows.
    if (!m_frames->check(m_socket))
        m_stage = Stage::Closed;
}

void AcceptedSocket::failUnmasked()
{
    qCDebug(lcServer, "client %s sent an unmasked frame", qUtf8Printable(m_peerName));
    if (m_connection) {
        m_connection->close(Banter::Connection::CloseCode::ProtocolError,
                            QStringLiteral("unmasked frame from a client"));
    }
    // Qt reads the rest while it closes, and answers none of it.
    if (m_socket)
        m_frames->releaseHeld(m_socket);
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
    if (m_isAborting || m_linger || m_parking || !socket || socket->socketDescriptor() < 0)
        return;
    // Qt closes its descriptor once it has written what it still holds; this one keeps the
    // connection until the client has read everything and closed its side too.
    auto *linger = new Linger(socket->socketDescriptor(), this);
    if (linger->isValid())
        m_linger = linger;
    else
        delete linger;
}

void AcceptedSocket::onDisconnected()
{
    // Qt is done with it; the QWebSocket made from it may still hold it until then. Without
    // lingering, it goes with this object (its parent): one posted event less per client, and
    // when thousands leave at once, Qt's queue of posted events keeps the size it grew to.
    if (!m_linger) {
        finish();
        return;
    }
    m_socket->deleteLater();
    if (m_linger->isStarted())
        return;
    // Everything Qt wrote is in the kernel: say we are done, then wait for the client to be.
    connect(m_linger, &Linger::ended, this, &AcceptedSocket::finish);
    m_linger->start();
    armTimer(m_timeouts.linger);
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
           socket->bytesToWrite() == 0 && m_frames && m_frames->isBetweenMessages() &&
           m_connection->canSuspend();
}

void AcceptedSocket::park()
{
    auto *socket = static_cast<LeanTcpSocket *>(m_socket.data());
    // Kept open while Qt closes its own descriptor.
    auto *spot = new ParkingSpot(socket->socketDescriptor(), this);
    if (!spot->isValid()) {
        delete spot;
        return;
    }
    // Nothing may reach the client while Qt's objects go: a QWebSocket says goodbye when it is
    // deleted.
    socket->setDiscardingWrites(true);
    socket->disconnect(this);
    m_connection->suspend();
    if (m_socket) {
        m_socket->abort();
        delete m_socket.data();
    }
    // A QPointer to a deleted object still holds the object's guard data (32 bytes).
    m_socket.clear();
    m_frames.reset();
    m_stage = Stage::Parked;
    m_parking = spot;
    qCDebug(lcServer, "client %s parked", qUtf8Printable(m_peerName));
}

bool AcceptedSocket::unpark()
{
    if (m_stage != Stage::Parked)
        return m_stage == Stage::Open;
    // Perhaps called from its own signal; nothing may watch the descriptor from now on.
    m_parking->setEnabled(false);
    // A client that closed its side while parked is gone: no QWebSocket is made for it.
    auto *socket = new LeanTcpSocket(this);
    if (m_parking->isClientGone() || !socket->setSocketDescriptor(m_parking->descriptor())) {
        delete socket;
        finish();
        return false;
    }
    m_parking->take(); // the socket's now
    m_parking->deleteLater();
    m_parking = nullptr;
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
    closeHeld();
    deleteLater();
}

void AcceptedSocket::closeHeld()
{
    if (m_linger)
        m_linger->close();
    if (m_parking)
        m_parking->close();
}

} // namespace BanterWs
