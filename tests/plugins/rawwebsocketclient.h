// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

// A WebSocket client written on a bare QTcpSocket, for tests: it can send what a real client
// never would (unmasked frames, invalid UTF-8, absurd lengths, half a handshake), it can stop
// reading, and it is light enough to open thousands at once. It records everything the server
// says: the HTTP status, each message, pings, and the close frame.
class RawWebSocketClient : public QObject
{
    Q_OBJECT

public:
    enum class Masking { Masked, Unmasked };
    enum class Opcode : quint8 {
        Continuation = 0x0,
        Text = 0x1,
        Binary = 0x2,
        Close = 0x8,
        Ping = 0x9,
        Pong = 0xa
    };

    struct Message
    {
        Opcode opcode;
        QByteArray payload;
    };

    explicit RawWebSocketClient(QObject *parent = nullptr);

    // Connects to 127.0.0.1:port and sends the opening request once connected; extraHeaders
    // are whole lines with their CRLF ("Origin: https://example.org\r\n").
    void open(quint16 port, const QByteArray &extraHeaders = QByteArray());
    // Connects without sending anything.
    void connectOnly(quint16 port);
    // The opening request open() sends.
    static QByteArray request(quint16 port, const QByteArray &extraHeaders = QByteArray());

    void sendFrame(Opcode opcode, const QByteArray &payload, Masking masking = Masking::Masked,
                   bool isFinal = true);
    // A whole frame; a server's frames are Unmasked.
    static QByteArray frame(Opcode opcode, const QByteArray &payload,
                            Masking masking = Masking::Masked, bool isFinal = true);
    // A frame header as the client would send it, without payload: for lengths nobody sends.
    static QByteArray frameHeader(Opcode opcode, quint64 length, Masking masking, bool isFinal,
                                  quint32 mask = 0x12345678);
    void sendRaw(const QByteArray &bytes);
    // Sends a close frame and closes the TCP connection once the server answers.
    void closeNormally();
    // A client that does not read lets the server's output pile up. Reading again takes in
    // everything the server sent meanwhile.
    void setReading(bool isReading);
    // Answer the server's pings (as every real client does); on by default.
    void setAnsweringPings(bool isAnswering) { m_isAnsweringPings = isAnswering; }

    QTcpSocket *socket() const { return m_socket; }
    int httpStatus() const { return m_httpStatus; }
    bool isUpgraded() const { return m_httpStatus == 101; }
    bool isDisconnected() const { return m_isDisconnected; }
    const QList<Message> &messages() const { return m_messages; }
    QStringList texts() const;
    qint64 payloadBytesReceived() const { return m_payloadBytes; }
    int pingsReceived() const { return m_pings; }
    // The server's close frame: -1 while none came, 1005 for one without a code.
    int closeCode() const { return m_closeCode; }
    QString closeReason() const { return m_closeReason; }

Q_SIGNALS:
    void upgraded();
    void messageReceived();
    void closeReceived();
    void disconnected();

private:
    void onReadyRead();
    bool readResponse();
    bool readFrame();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    qsizetype m_offset = 0; // where the next unread frame starts in m_buffer
    QList<Message> m_messages;
    QString m_closeReason;
    qint64 m_payloadBytes = 0;
    int m_httpStatus = 0;
    int m_closeCode = -1;
    int m_pings = 0;
    bool m_isReading = true;
    bool m_isAnsweringPings = true;
    bool m_isDisconnected = false;
};
