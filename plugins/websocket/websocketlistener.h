// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/listener.h>

#include <QBasicTimer>
#include <QHash>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QHostAddress;
class QTcpServer;
class QWebSocketServer;
QT_END_NAMESPACE

namespace BanterWs {

class AcceptedSocket;

// A Banter::Listener: one QTcpServer (a QSslServer for wss://) per address accepts, an
// AcceptedSocket guards each client's TCP connection, and one QWebSocketServer does the
// handshakes. "localhost" serves both 127.0.0.1 and ::1 on the same port, so ws://localhost
// works whichever address the name resolves to. Owning the QTcpServers gives the real socket
// errors (address in use) that QWebSocketServer does not expose, and control over what
// QWebSocketServer leaves at Qt's defaults: the listen backlog (50), the handshake timeout,
// the message size limit (2 GiB), and what happens when the process runs out of file
// descriptors (Qt 6.4 retries accept() in a busy loop).
class WebSocketListener : public Banter::Listener
{
    Q_OBJECT

public:
    explicit WebSocketListener(QObject *parent = nullptr);
    ~WebSocketListener() override;

    bool listen(const QUrl &url) override;
    void close() override;
    bool isListening() const override { return !m_tcpServers.empty(); }
    QUrl url() const override { return m_url; }

    // For AcceptedSocket: its opening request is there; it is being destroyed.
    void handOver(AcceptedSocket *accepted);
    void release(AcceptedSocket *accepted);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    bool isParkingOn() const;
    void finishUpgrade(AcceptedSocket *accepted);
    void preloadTls();
    bool loadTlsFiles();
    bool listenOn(const QHostAddress &address, quint16 port);
    void acceptFrom(QTcpServer *server);
    void acceptUpgraded();
    // A QUrl equal to url, shared with the connections that asked for the same one.
    QUrl sharedUrl(const QUrl &url);
    void compact();

    QWebSocketServer *m_handshaker = nullptr;
    // The parent of the AcceptedSockets, made anew once the last one is gone (as is
    // m_handshaking): a QObject's list of children keeps the size it grew to.
    QObject *m_sockets;
    std::vector<QTcpServer *> m_tcpServers;
    // Sockets whose handshake QWebSocketServer is doing, by AcceptedSocket::key().
    QHash<QString, AcceptedSocket *> m_handshaking;
    // Request URLs, each held once for all the connections that asked for it: every client of a
    // room asks for the same one, and a QUrl parsed from a request is about 260 bytes (its
    // private part, its host and its path).
    QSet<QUrl> m_requestUrls;
    // Only for wss://.
    std::optional<QSslConfiguration> m_tls;
    QUrl m_url;
    // Accepted TCP connections that still hold a file descriptor, and how many may.
    int m_socketCount = 0;
    int m_socketLimit = 0;
    bool m_isFull = false;
    // Looks for idle clients to park (ws:// only), while there are clients.
    QBasicTimer m_parkSweep;
};

} // namespace BanterWs
