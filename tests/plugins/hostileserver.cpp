// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileserver.h"

#include "rawwebsocketclient.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

HostileServer::HostileServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HostileServer::onNewConnection);
}

HostileServer::~HostileServer() = default;

bool HostileServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl HostileServer::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(m_server->serverPort()));
}

QByteArray HostileServer::upgradeResponse(const QByteArray &request)
{
    QByteArray key;
    for (const QByteArray &line : request.split('\n')) {
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(int(sizeof "sec-websocket-key:") - 1).trimmed();
    }
    const QByteArray accept = QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                                       QCryptographicHash::Sha1)
                                  .toBase64();
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Accept: " +
           accept + "\r\n\r\n";
}

int HostileServer::clientCloseCode() const
{
    // The client's frames are masked: the close code is the first two payload bytes, unmasked.
    qsizetype at = 0;
    while (at + 6 <= m_received.size()) {
        const int opcode = m_received.at(at) & 0x0f;
        const int length = m_received.at(at + 1) & 0x7f;
        if (length > 125)
            return -1; // not a control frame, and none this test sends
        if (opcode == 0x8 && length >= 2 && at + 8 <= m_received.size()) {
            const char *mask = m_received.constData() + at + 2;
            const char *payload = mask + 4;
            const char code[2] = {char(payload[0] ^ mask[0]), char(payload[1] ^ mask[1])};
            return qFromBigEndian<quint16>(code);
        }
        at += 6 + length;
    }
    return -1;
}

void HostileServer::send(const QByteArray &bytes)
{
    if (m_client)
        m_client->write(bytes);
}

bool HostileServer::isClientConnected() const
{
    return m_client && m_client->state() == QAbstractSocket::ConnectedState;
}

void HostileServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_client)
            m_client->abort();
        ++m_connectionCount;
        m_client = socket;
        m_request.clear();
        m_received.clear();
        m_isUpgraded = false;
        socket->setParent(this);
        connect(socket, &QIODevice::readyRead, this, &HostileServer::onReadyRead);
        connect(socket, &QAbstractSocket::disconnected, this, &HostileServer::clientGone);
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QAbstractSocket::bytesWritten, this, &HostileServer::flood);
    }
}

void HostileServer::onReadyRead()
{
    auto *socket = qobject_cast<QTcpSocket *>(sender());
    if (socket != m_client)
        return;
    if (m_isUpgraded) {
        m_received += socket->readAll();
        if (m_isDroppingAtFirstFrame)
            socket->abort();
        return;
    }
    m_request += socket->readAll();
    const qsizetype end = m_request.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    if (!m_response.isEmpty()) {
        socket->write(m_response);
        return;
    }
    m_received = m_request.mid(end + 4);
    socket->write(upgradeResponse(m_request.first(end + 4)) + m_greeting);
    m_isUpgraded = true;
    Q_EMIT clientUpgraded();
    if (m_isFloodingPings) {
        // Takes in at most a byte more: the client's pongs stay in the network, then in its own
        // buffers.
        socket->setReadBufferSize(1);
        flood();
    }
}

void HostileServer::flood()
{
    if (!m_isFloodingPings || !m_isUpgraded || !isClientConnected())
        return;
    // Pings of the largest size a control frame has, a batch whenever the last is out.
    if (m_client->bytesToWrite() > 256 * 1024)
        return;
    static const QByteArray ping =
        RawWebSocketClient::frame(RawWebSocketClient::Opcode::Ping, QByteArray(125, 'p'),
                                  RawWebSocketClient::Masking::Unmasked);
    constexpr int batch = 4096;
    QByteArray bytes;
    bytes.reserve(ping.size() * batch);
    for (int i = 0; i < batch; ++i)
        bytes += ping;
    m_client->write(bytes);
    m_pingsSent += batch;
}
