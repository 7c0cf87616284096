// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <listener.h>

#include <vector>

QT_BEGIN_NAMESPACE
class QHostAddress;
class QTcpServer;
class QWebSocketServer;
QT_END_NAMESPACE

namespace BanterWs {

// A Banter::Listener: one QTcpServer per address accepts, one QWebSocketServer does the
// handshakes. "localhost" serves both 127.0.0.1 and ::1 on the same port, so ws://localhost works
// whichever address the name resolves to. Owning the QTcpServers gives the real socket errors
// (address in use) that QWebSocketServer does not expose.
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

private:
    bool listenOn(const QHostAddress &address, quint16 port);
    void acceptPending();

    QWebSocketServer *m_handshaker;
    std::vector<QTcpServer *> m_tcpServers;
    QUrl m_url;
};

} // namespace BanterWs
