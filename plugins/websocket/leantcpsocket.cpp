// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leantcpsocket.h"

#include "eventloopturn.h"
#include "putback.h"

#include <sys/socket.h>

namespace BanterWs {

LeanTcpSocket::LeanTcpSocket(QObject *parent) : QTcpSocket(parent)
{
    // Once, when the first writes (the handshake response and the greeting) are out: freeing
    // the buffer at every drain would cost a busy client an allocation per event-loop turn.
    m_firstDrain = connect(this, &QIODevice::bytesWritten, this, [this] {
        if (bytesToWrite() > 0)
            return;
        disconnect(m_firstDrain);
        releaseBuffers();
        Q_EMIT firstWritesDone();
    });
}

LeanTcpSocket::~LeanTcpSocket() = default;

void LeanTcpSocket::releaseBuffers()
{
    // QIODevice keeps a buffer per open channel: closing a channel for a moment, with the
    // public (protected) setOpenMode(), drops its buffer; nothing else about the socket
    // changes, and no signal is emitted.
    const OpenMode mode = openMode();
    OpenMode emptied = mode;
    if (bytesToWrite() == 0)
        emptied &= ~WriteOnly;
    if (bytesAvailable() == 0 && !isTransactionStarted())
        emptied &= ~ReadOnly;
    if (emptied == mode)
        return;
    setOpenMode(emptied);
    setOpenMode(mode);
}

void LeanTcpSocket::replay(const QByteArray &bytes)
{
    putBack(this, bytes);
}

void LeanTcpSocket::writeNow(const QByteArray &bytes)
{
    const quint64 turn = EventLoopTurn::current();
    if (turn == 0 || turn == m_directTurn || bytesToWrite() > 0 || m_isDiscardingWrites ||
        state() != ConnectedState) {
        write(bytes);
        return;
    }
    m_directTurn = turn;
    const ssize_t sent = ::send(int(socketDescriptor()), bytes.constData(), size_t(bytes.size()),
                                MSG_NOSIGNAL | MSG_DONTWAIT);
    if (sent == bytes.size())
        return;
    const qsizetype taken = sent > 0 ? qsizetype(sent) : 0;
    write(bytes.constData() + taken, bytes.size() - taken);
}

qint64 LeanTcpSocket::writeData(const char *data, qint64 size)
{
    if (m_isDiscardingWrites)
        return size;
    return QTcpSocket::writeData(data, size);
}

} // namespace BanterWs
