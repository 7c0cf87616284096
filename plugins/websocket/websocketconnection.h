// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readpacer.h"
#include "serverwatcher.h"

#include <banter/connection.h>

#include <QAbstractSocket>
#include <QPointer>
#include <QSsl>

#include <optional>

QT_BEGIN_NAMESPACE
class QSslError;
class QWebSocket;
QT_END_NAMESPACE

namespace BanterWs {

class AcceptedSocket;

// A Banter::Connection over a QWebSocket, opened by URL (client side) or handed over already
// open by a WebSocketListener (server side).
class WebSocketConnection : public Banter::Connection
{
    Q_OBJECT

public:
    explicit WebSocketConnection(QObject *parent = nullptr);
    // Server side: takes over a socket that a QWebSocketServer accepted; tcpSide, when there is
    // one, is what the listener keeps of its TCP connection (abort() goes through it). url is the
    // socket's request URL, or a QUrl equal to it that is shared with other connections.
    WebSocketConnection(QWebSocket *acceptedSocket, AcceptedSocket *tcpSide, const QUrl &url,
                        QObject *parent = nullptr);
    ~WebSocketConnection() override;

    void open(const QUrl &url) override;
    bool sendText(const QString &message) override;
    bool sendBinary(const QByteArray &message) override;
    // Server side, the message is framed once (a server's frames are not masked) and the frame
    // is written as it is to every client it goes to.
    bool sendShared(const Banter::SharedMessage &message) override;
    void close(CloseCode code = CloseCode::Normal, const QString &reason = QString()) override;
    void abort() override;
    bool ping(const QByteArray &payload = QByteArray()) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    qint64 bytesToWrite() const override;
    QString peerAddress() const override;
    QString subprotocol() const override { return m_subprotocol; }

    // Parking (server side, see AcceptedSocket): the connection lets go of its QWebSocket and
    // stays open; resume() hands it the new one; lostWhileSuspended() closes it.
    bool canSuspend() const;
    void suspend();
    bool isSuspended() const { return !m_socket; }
    void resume(QWebSocket *socket);
    void lostWhileSuspended();

private:
    // A client socket; the origin can only be given when a QWebSocket is made.
    QWebSocket *createClientSocket(const QString &origin);
    void attach();
    // Gives the socket the client certificate of the options, or none; false, with the reason
    // reported and the attempt failed, when the files cannot be used.
    bool applyClientCertificate(const Banter::ConnectOptions &options);
    struct Alert
    {
        QSsl::AlertType type;
        QString description;
    };
    static bool isProxyError(QAbstractSocket::SocketError error);
    // Something is to be sent: wakes a parked client. False if there is no socket to send on.
    bool wake();
    // Watches what the server sends on the client socket (ServerWatcher, which also bounds what
    // QWebSocket reads and emits in one go: WebSocketLimits::clientReadSlice), reads it in
    // batches during a burst (ReadPacer), and sets its receive buffer if the options ask for one.
    void watchClientSocket();
    void onServerProblem(ServerWatcher::Problem problem, const QString &detail);
    void onSocketStateChanged(QAbstractSocket::SocketState state);
    void onAboutToClose();
    void onSocketError(QAbstractSocket::SocketError error);
    void onSslErrors(const QList<QSslError> &errors);

    QWebSocket *m_socket;
    QPointer<AcceptedSocket> m_tcpSide;
    // Client side: what watches the server on the current attempt, and what it found.
    ServerWatcher *m_watcher = nullptr;
    // Client side: what reads the current attempt's socket in batches during a burst.
    ReadPacer *m_pacer = nullptr;
    bool m_hasServerProblem = false;
    bool m_hasClientCertificate = false; // the current attempt shows one
    std::optional<Alert> m_alert;        // the fatal TLS alert of the current attempt's server
    bool m_isEncrypted = false;          // the current attempt's TLS handshake is done
    // Kept: a parked connection has no socket to ask.
    QString m_subprotocol;
};

} // namespace BanterWs
