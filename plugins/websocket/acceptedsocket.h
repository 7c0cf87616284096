// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameguard.h"

#include <QBasicTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

QT_BEGIN_NAMESPACE
class QHostAddress;
class QTcpSocket;
QT_END_NAMESPACE

namespace BanterWs {

class Linger;
class ParkingSpot;
class WebSocketConnection;
class WebSocketListener;

// The TCP side of one client a WebSocketListener accepted, from accept to the last byte, for
// what QWebSocketServer does not do. It runs the client through its stages and hands each job
// to a class of its own:
// - before the handshake, RequestGuard refuses a request that is not a GET, is too long or is
//   for a path the service does not serve (404); the handshake timeout is kept here (a
//   QWebSocketServer that is handed its sockets has none);
// - once the connection is open, FrameGuard reports an unmasked frame, which Qt 6.4 lets
//   through;
// - when Qt closes the socket, Linger keeps the connection until the client has closed too;
// - an idle ws:// client is parked: its descriptor waits in a ParkingSpot (below).
// It owns the socket, and outlives it while it lingers or is parked. It tells its listener when the
// request is there and when it is gone by calling it, not through signals: two signal connections
// less for each of 10,000 clients.
class AcceptedSocket : public QObject
{
    Q_OBJECT

public:
    struct Timeouts
    {
        std::chrono::milliseconds handshake;
        std::chrono::milliseconds linger;
    };

    // The listener, when there is one, is told of the request (handOver()) and of the end
    // (release()), until detach().
    AcceptedSocket(QTcpSocket *socket, const Timeouts &timeouts, WebSocketListener *listener,
                   QObject *parent);
    ~AcceptedSocket() override;

    // "127.0.0.1:5123" or "[::1]:5123".
    static QString addressName(const QHostAddress &address, quint16 port);
    // Tells one TCP connection from every other one open at the same time.
    static QString connectionKey(const QHostAddress &localAddress, quint16 localPort,
                                 const QHostAddress &peerAddress, quint16 peerPort);

    QTcpSocket *socket() const { return m_socket; }
    // connectionKey() of the socket while its WebSocket handshake is under way (from handOver()
    // to startWatchingFrames()), empty otherwise: 130 bytes that an open or parked client does
    // not keep.
    QString key() const { return m_key; }
    QString peerName() const { return m_peerName; }

    // Starts the handshake timeout and looks at what the client sent so far.
    void start();
    // The handshake succeeded: the client's frames are checked from now on.
    void startWatchingFrames();
    // Drops the TCP connection at once, with a reset and without lingering.
    void abort();
    // The listener is going: it is told nothing more.
    void detach() { m_listener = nullptr; }

    // Parking. A ws:// client that has been idle for a while, between two messages and with
    // nothing unsent, gives up its QTcpSocket and its QWebSocket (most of what a client costs)
    // and keeps only its descriptor and its opening request. When it sends again, or the server
    // has something for it, a new QTcpSocket is made on the descriptor and Qt's handshake code
    // is handed the kept request again (its answer is not sent): every frame is still read by
    // QtWebSockets. The connection (a WebSocketConnection) stays the same throughout; it is also
    // what is closed (1002) when the client breaks the protocol in a way Qt lets through, by a
    // call rather than a signal: a signal connection less for each of 10,000 clients.
    void setConnection(WebSocketConnection *connection) { m_connection = connection; }
    WebSocketConnection *connection() const { return m_connection; }
    // Something was sent to the client: it is not idle.
    void markActive()
    {
        m_idleSweeps = 0;
        m_parkWhenGreeted = false;
    }
    // For a new client, once it has been greeted: parked as soon as that is out, unless it has
    // spoken or been sent more by then. Parked one by one as they come, a crowd of clients
    // never holds all their Qt objects at once, and what each frees is reused by the next
    // instead of staying in the heap (glibc cannot give back pages that a parked client's
    // remaining objects share).
    void parkWhenGreeted() { m_parkWhenGreeted = true; }
    // Called regularly by the listener; parks the client once it has been idle for sweeps calls.
    void sweep(int sweeps);
    // Makes the client's QWebSocket again, now; false if the client is gone (its connection is
    // closed then).
    bool unpark();

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    enum class Stage { Request, Handshake, Open, Parked, Closed };

    void watch(QTcpSocket *socket);
    static QString keyOf(const QTcpSocket *socket);
    bool canPark() const;
    void parkIfGreeted();
    void park();
    // Closes the descriptor held while lingering or parked, if any.
    void closeHeld();

    void armTimer(std::chrono::milliseconds timeout);

    void onReadyRead();
    void onTimeout();
    void onAboutToClose();
    void onDisconnected();
    void checkRequest();
    void checkFrames();
    // After Qt has read what came before an unmasked frame: fails the connection with 1002.
    void failUnmasked();
    void refuse(const QByteArray &reason, const QByteArray &response);
    void finish();

    WebSocketListener *m_listener;
    QPointer<QTcpSocket> m_socket;
    QString m_key;
    QString m_peerName;
    Timeouts m_timeouts;
    // The handshake timeout, then the lingering timeout; a QBasicTimer, not a QTimer: a
    // QObject and a signal connection less for each of 10,000 clients.
    QBasicTimer m_timer;
    // While the connection is open (startWatchingFrames() to park()): 112 bytes a parked client
    // does not keep. It is parked only between two messages, where a new guard starts.
    std::unique_ptr<FrameGuard> m_frames;
    Stage m_stage = Stage::Request;
    // The client's descriptor held here: while the connection lingers (Qt has closed its own),
    // or while the client is parked (Qt's objects are gone). Never both at once.
    Linger *m_linger = nullptr;
    ParkingSpot *m_parking = nullptr;
    bool m_isAborting = false;
    // Parking: the opening request as the client sent it, and the connection made of it.
    QByteArray m_request;
    QPointer<WebSocketConnection> m_connection;
    int m_idleSweeps = 0;
    bool m_parkWhenGreeted = false;
};

} // namespace BanterWs
