// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "leantcpsocket.h"

#include "putback.h"

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

qint64 LeanTcpSocket::writeData(const char *data, qint64 size)
{
    if (m_isDiscardingWrites)
        return size;
    return QTcpSocket::writeData(data, size);
}

} // namespace BanterWs
