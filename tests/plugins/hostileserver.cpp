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

QList<QPair<int, QByteArray>> HostileServer::clientFrames() const
{
    // A client's frames are masked; the tests send nothing longer than 64 KiB.
    QList<QPair<int, QByteArray>> frames;
    qsizetype at = 0;
    while (at + 2 <= m_received.size()) {
        const int opcode = m_received.at(at) & 0x0f;
        qsizetype length = m_received.at(at + 1) & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (at + 4 > m_received.size())
                break;
            length = qFromBigEndian<quint16>(m_received.constData() + at + 2);
            header = 4;
        } else if (length == 127) {
            break;
        }
        if (at + header + 4 + length > m_received.size())
            break;
        const char *mask = m_received.constData() + at + header;
        QByteArray payload(mask + 4, length);
        for (qsizetype i = 0; i < length; ++i)
            payload[i] = char(payload.at(i) ^ mask[i % 4]);
        frames.append({opcode, payload});
        at += header + 4 + length;
    }
    return frames;
}

QStringList HostileServer::clientTexts() const
{
    QStringList texts;
    for (const auto &frame : clientFrames()) {
        if (frame.first == 0x1)
            texts.append(QString::fromUtf8(frame.second));
    }
    return texts;
}

int HostileServer::clientCloseCode() const
{
    for (const auto &frame : clientFrames()) {
        if (frame.first == 0x8 && frame.second.size() >= 2)
            return qFromBigEndian<quint16>(frame.second.constData());
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
        if (m_isFloodingPings)
            return; // reads nothing more: the one byte of its buffer stays there
        const qsizetype before = m_received.size();
        m_received += socket->readAll();
        if (m_connectionCount <= m_connectionsToDrop) {
            socket->abort();
            return;
        }
        answerPings(before);
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

void HostileServer::answerPings(qsizetype before)
{
    // Pings among the frames that begin at or after before (frames are whole in these tests).
    qsizetype at = 0;
    for (const auto &frame : clientFrames()) {
        if (frame.first == 0x9 && at >= before) {
            m_client->write(RawWebSocketClient::frame(RawWebSocketClient::Opcode::Pong,
                                                      frame.second,
                                                      RawWebSocketClient::Masking::Unmasked));
        }
        at += (frame.second.size() < 126 ? 2 : 4) + 4 + frame.second.size();
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
