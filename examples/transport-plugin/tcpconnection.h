// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/connection.h>

#include <QByteArray>
#include <QTcpSocket>

namespace BanterTcp {

// One tcp:// connection: each message is one line of UTF-8 text ending in "\n" ("\r\n" is read
// too). Text only, so sendBinary() refuses; a message with a line break in it cannot be framed
// and is refused too. TCP has no close codes: closeCode() stays 0.
class TcpConnection : public Banter::Connection
{
    Q_OBJECT

public:
    // The longest line read before the connection is dropped as misbehaving.
    static constexpr qint64 maxLineLength = 16 * 1024 * 1024;

    explicit TcpConnection(QObject *parent = nullptr);
    // Server side: a socket a listener accepted, already connected.
    TcpConnection(QTcpSocket *socket, QObject *parent);
    ~TcpConnection() override;

    void open(const QUrl &url) override;
    bool sendText(const QString &message) override;
    bool sendBinary(const QByteArray &message) override;
    void close(CloseCode code = CloseCode::Normal, const QString &reason = QString()) override;
    void abort() override;
    bool ping(const QByteArray &payload = QByteArray()) override;
    qint64 bytesToWrite() const override;
    QString peerAddress() const override;

private:
    void attach();
    void readLines();

    QTcpSocket *m_socket;
};

} // namespace BanterTcp
