// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpSocket>

namespace BanterWs {

// A client's TCP socket that gives its empty buffers back. Qt allocates a 32 KiB write buffer
// at a socket's first write and a 16 KiB read buffer at its first read, and keeps both, empty,
// for the socket's whole life: with 10,000 idle clients, whose only traffic is the handshake
// and the greeting, they were most of the server's memory. This socket frees its buffers once
// its first writes are out, and whenever releaseBuffers() is called; a client that keeps
// talking gets them back at its next read or write, and keeps them (freeing them at every
// drain halved the echo rate of 10 clients with 16 messages in flight).
class LeanTcpSocket : public QTcpSocket
{
    Q_OBJECT

public:
    explicit LeanTcpSocket(QObject *parent = nullptr);
    ~LeanTcpSocket() override;

    // Frees whichever of the two buffers is empty; a buffer is made again when it is needed.
    void releaseBuffers();

    // For a parked client that comes back (AcceptedSocket): puts bytes in front of what the
    // socket will read, as if the client had sent them again.
    void replay(const QByteArray &bytes);
    // While on, what is written to the socket is dropped: Qt's answer to a replayed request.
    void setDiscardingWrites(bool isDiscarding) { m_isDiscardingWrites = isDiscarding; }

    // Writes bytes as write() does, but the first such write of an event-loop turn, with nothing
    // of Qt's waiting before it, goes to the kernel at once (send()) instead of into Qt's buffer
    // to be written when the socket next reports itself writable: for a room message that comes
    // alone, one system call instead of a buffer chunk, two changes of what epoll watches, a
    // wake-up and a bytesWritten() signal. Later writes of the same turn are buffered as usual,
    // so that a busy turn still ends in one write() per socket. What the kernel does not take
    // (a client that reads slowly, a broken connection) goes to Qt's buffer, in order, and Qt
    // reports any error as it would have.
    void writeNow(const QByteArray &bytes);

Q_SIGNALS:
    // The first writes (the handshake's answer and what followed at once) are all out.
    void firstWritesDone();

protected:
    qint64 writeData(const char *data, qint64 size) override;

private:
    QMetaObject::Connection m_firstDrain;
    bool m_isDiscardingWrites = false;
    quint64 m_directTurn = 0; // the event-loop turn of the last write that writeNow() sent itself
};

} // namespace BanterWs
