// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

// A WebSocket server on a bare QTcpServer that misbehaves on purpose, for tests of what a client
// does against it: it answers the opening request with anything (HTTP 200, a megabyte of
// headers), sends any bytes once upgraded (masked frames, invalid close codes, a greeting and a
// close), or floods pings and stops reading. Each client gets the same treatment.
class HostileServer : public QObject
{
    Q_OBJECT

public:
    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    bool listen();
    QUrl url() const;

    // Answered to the opening request instead of a 101, and the connection left open.
    void setResponse(const QByteArray &response) { m_response = response; }
    // Sent right after the 101 (server frames: see RawWebSocketClient::frame()).
    void setGreeting(const QByteArray &bytes) { m_greeting = bytes; }
    // Sends bytes to the client connected now.
    void send(const QByteArray &bytes);
    // Once upgraded: stops reading and sends pings of 125 bytes as fast as the client takes them.
    void setFloodingPings(bool isFlooding) { m_isFloodingPings = isFlooding; }
    // The first count connections are reset, without a close frame, as soon as their client
    // sends anything; every later one answers pings (as a relay that broke and came back).
    void setDroppingFirstConnections(int count) { m_connectionsToDrop = count; }

    // The 101 that accepts request.
    static QByteArray upgradeResponse(const QByteArray &request);

    int connectionCount() const { return m_connectionCount; }
    int pingsSent() const { return m_pingsSent; }
    // What the last client sent after its opening request: its frames (opcode, unmasked
    // payload), the texts among them, the code of its close frame (-1 while none came).
    QList<QPair<int, QByteArray>> clientFrames() const;
    QStringList clientTexts() const;
    int clientCloseCode() const;
    bool isClientConnected() const;

Q_SIGNALS:
    void clientUpgraded();
    void clientGone();

private:
    void onNewConnection();
    void onReadyRead();
    void flood();
    void answerPings(qsizetype before);

    QTcpServer *m_server;
    QPointer<QTcpSocket> m_client;
    QByteArray m_request;
    QByteArray m_received;
    QByteArray m_response;
    QByteArray m_greeting;
    int m_connectionCount = 0;
    int m_pingsSent = 0;
    int m_connectionsToDrop = 0;
    bool m_isUpgraded = false;
    bool m_isFloodingPings = false;
};
