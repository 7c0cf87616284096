// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameguard.h"

#include <QTcpSocket>

#include <algorithm>

namespace BanterWs {

void FrameGuard::restart()
{
    m_scanned = 0;
    m_aligner = TextFragmentAligner();
}

bool FrameGuard::check(QTcpSocket *socket)
{
    const qint64 available = socket->bytesAvailable();
    const qint64 fresh = available - m_scanned;
    if (fresh <= 0)
        return true;
    m_scanned = available;
    if (m_scanner.payloadLeft() >= quint64(fresh) && m_aligner.canSkip(quint64(fresh))) {
        m_scanner.skip(quint64(fresh));
        m_aligner.skip(quint64(fresh));
        return true;
    }
    if (m_peeked.size() < available)
        m_peeked.resize(available);
    const qint64 peeked = socket->peek(m_peeked.data(), available);
    if (peeked < fresh)
        return true;
    const char *freshBytes = m_peeked.constData() + (peeked - fresh);
    if (!m_scanner.scan(freshBytes, fresh)) {
        const qint64 before = std::max<qint64>(0, m_scanner.failedAt());
        m_held = QByteArray(freshBytes + before, fresh - before);
        if (!m_aligner.align(freshBytes, before, m_aligned))
            m_aligned = QByteArray(freshBytes, before);
        replaceFresh(socket, peeked - fresh, m_aligned);
        return false;
    }
    if (m_aligner.align(freshBytes, fresh, m_aligned))
        replaceFresh(socket, peeked - fresh, m_aligned);
    return true;
}

void FrameGuard::releaseHeld(QTcpSocket *socket)
{
    // Qt may have closed the socket already (it does for a protocol error): nothing more to read.
    if (!socket->isReadable()) {
        m_held.clear();
        return;
    }
    const QByteArray left = socket->read(socket->bytesAvailable());
    for (qsizetype i = m_held.size(); i > 0; --i)
        socket->ungetChar(m_held.at(i - 1));
    for (qsizetype i = left.size(); i > 0; --i)
        socket->ungetChar(left.at(i - 1));
    m_held.clear();
}

void FrameGuard::replaceFresh(QTcpSocket *socket, qint64 scanned, const QByteArray &fresh)
{
    // Qt reads the buffer from its front only: all of it is taken out and put back, what came
    // before the fresh bytes as it was, and the fresh bytes as the aligner re-cut them.
    socket->skip(socket->bytesAvailable());
    for (qsizetype i = fresh.size(); i > 0; --i)
        socket->ungetChar(fresh.at(i - 1));
    for (qint64 i = scanned; i > 0; --i)
        socket->ungetChar(m_peeked.at(i - 1));
    m_scanned = socket->bytesAvailable();
}

} // namespace BanterWs
