// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawwebsocketclient.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QtEndian>

RawWebSocketClient::RawWebSocketClient(QObject *parent)
    : QObject(parent), m_socket(new QTcpSocket(this))
{
    connect(m_socket, &QIODevice::readyRead, this, &RawWebSocketClient::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] {
        m_isDisconnected = true;
        Q_EMIT disconnected();
    });
    // A refused or reset connection never emits disconnected().
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState && !m_isDisconnected) {
            m_isDisconnected = true;
            Q_EMIT disconnected();
        }
    });
}

QByteArray RawWebSocketClient::request(quint16 port, const QByteArray &extraHeaders)
{
    return "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
           "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" +
           extraHeaders + "\r\n";
}

void RawWebSocketClient::open(quint16 port, const QByteArray &extraHeaders)
{
    connect(m_socket, &QAbstractSocket::connected, this,
            [this, port, extraHeaders] { m_socket->write(request(port, extraHeaders)); });
    connectOnly(port);
}

void RawWebSocketClient::connectOnly(quint16 port)
{
    m_socket->connectToHost(QHostAddress(QHostAddress::LocalHost), port);
}

QByteArray RawWebSocketClient::frameHeader(Opcode opcode, quint64 length, Masking masking,
                                           bool isFinal, quint32 mask)
{
    QByteArray header;
    header.append(char((isFinal ? 0x80 : 0x00) | quint8(opcode)));
    const char maskBit = masking == Masking::Masked ? char(0x80) : char(0);
    if (length < 126) {
        header.append(char(maskBit | char(length)));
    } else if (length <= 0xffff) {
        header.append(char(maskBit | 126));
        char bytes[2];
        qToBigEndian(quint16(length), bytes);
        header.append(bytes, 2);
    } else {
        header.append(char(maskBit | 127));
        char bytes[8];
        qToBigEndian(length, bytes);
        header.append(bytes, 8);
    }
    if (masking == Masking::Masked) {
        char bytes[4];
        qToBigEndian(mask, bytes);
        header.append(bytes, 4);
    }
    return header;
}

void RawWebSocketClient::sendFrame(Opcode opcode, const QByteArray &payload, Masking masking,
                                   bool isFinal)
{
    m_socket->write(frame(opcode, payload, masking, isFinal));
}

QByteArray RawWebSocketClient::frame(Opcode opcode, const QByteArray &payload, Masking masking,
                                     bool isFinal)
{
    const quint32 mask = 0x12345678;
    QByteArray frame = frameHeader(opcode, quint64(payload.size()), masking, isFinal, mask);
    QByteArray body = payload;
    if (masking == Masking::Masked) {
        char key[4];
        qToBigEndian(mask, key);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(body.at(i) ^ key[i % 4]);
    }
    frame.append(body);
    return frame;
}

void RawWebSocketClient::sendRaw(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void RawWebSocketClient::closeNormally()
{
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian(quint16(1000), payload.data());
    sendFrame(Opcode::Close, payload);
}

void RawWebSocketClient::setReading(bool isReading)
{
    m_isReading = isReading;
    // Qt stops taking data from the kernel once its buffer holds this much.
    m_socket->setReadBufferSize(isReading ? 0 : 4096);
    if (isReading)
        onReadyRead();
}

QStringList RawWebSocketClient::texts() const
{
    QStringList result;
    for (const Message &message : m_messages) {
        if (message.opcode == Opcode::Text)
            result.append(QString::fromUtf8(message.payload));
    }
    return result;
}

void RawWebSocketClient::onReadyRead()
{
    if (!m_isReading)
        return;
    m_buffer.append(m_socket->readAll());
    if (m_httpStatus == 0 && !readResponse())
        return;
    if (m_httpStatus != 101)
        return;
    while (readFrame()) {
    }
    m_buffer.remove(0, m_offset);
    m_offset = 0;
}

bool RawWebSocketClient::readResponse()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray statusLine = m_buffer.left(m_buffer.indexOf("\r\n"));
    // "HTTP/1.1 101 Switching Protocols"
    m_httpStatus = statusLine.mid(9, 3).toInt();
    m_buffer.remove(0, end + 4);
    if (m_httpStatus == 101)
        Q_EMIT upgraded();
    return true;
}

bool RawWebSocketClient::readFrame()
{
    const qsizetype available = m_buffer.size() - m_offset;
    if (available < 2)
        return false;
    const char *frame = m_buffer.constData() + m_offset;
    const auto *bytes = reinterpret_cast<const uchar *>(frame);
    const auto opcode = Opcode(bytes[0] & 0x0f);
    const bool isMasked = (bytes[1] & 0x80) != 0;
    quint64 length = bytes[1] & 0x7f;
    qsizetype headerSize = 2;
    if (length == 126) {
        if (available < 4)
            return false;
        length = qFromBigEndian<quint16>(bytes + 2);
        headerSize = 4;
    } else if (length == 127) {
        if (available < 10)
            return false;
        length = qFromBigEndian<quint64>(bytes + 2);
        headerSize = 10;
    }
    const char *mask = frame + headerSize;
    if (isMasked)
        headerSize += 4;
    if (quint64(available - headerSize) < length)
        return false;
    QByteArray payload(frame + headerSize, qsizetype(length));
    if (isMasked) {
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(payload.at(i) ^ mask[i % 4]);
    }
    m_offset += headerSize + qsizetype(length);

    switch (opcode) {
    case Opcode::Ping:
        ++m_pings;
        if (m_isAnsweringPings)
            sendFrame(Opcode::Pong, payload);
        break;
    case Opcode::Pong:
        break;
    case Opcode::Close:
        m_closeCode = payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 1005;
        m_closeReason = QString::fromUtf8(payload.mid(2));
        // Answer as a client does, and let the server close the TCP connection.
        sendFrame(Opcode::Close, payload.left(2));
        Q_EMIT closeReceived();
        break;
    default:
        m_payloadBytes += payload.size();
        m_messages.append({opcode, payload});
        Q_EMIT messageReceived();
        break;
    }
    return true;
}
