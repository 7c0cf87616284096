// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameguard.h"

#include <QTcpSocket>

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
    if (!m_scanner.scan(freshBytes, fresh))
        return false;
    if (m_aligner.align(freshBytes, fresh, m_aligned))
        replaceFresh(socket, peeked - fresh);
    return true;
}

void FrameGuard::replaceFresh(QTcpSocket *socket, qint64 scanned)
{
    // Qt reads the buffer from its front only: all of it is taken out and put back, what came
    // before the fresh bytes as it was, and the fresh bytes as the aligner re-cut them.
    socket->skip(socket->bytesAvailable());
    for (qsizetype i = m_aligned.size(); i > 0; --i)
        socket->ungetChar(m_aligned.at(i - 1));
    for (qint64 i = scanned; i > 0; --i)
        socket->ungetChar(m_peeked.at(i - 1));
    m_scanned = socket->bytesAvailable();
}

} // namespace BanterWs
