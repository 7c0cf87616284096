// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameguard.h"

#include "putback.h"

#include <QTcpSocket>

namespace BanterWs {

void FrameGuard::restart()
{
    m_scanned = 0;
    m_review.restartAligner();
}

bool FrameGuard::check(QTcpSocket *socket)
{
    const qint64 available = socket->bytesAvailable();
    const qint64 fresh = available - m_scanned;
    if (fresh <= 0)
        return true;
    m_scanned = available;
    if (m_review.canSkip(quint64(fresh))) {
        m_review.skip(quint64(fresh));
        return true;
    }
    if (m_peeked.size() < available)
        m_peeked.resize(available);
    const qint64 peeked = socket->peek(m_peeked.data(), available);
    if (peeked < fresh)
        return true;
    switch (m_review.review(m_peeked.constData() + (peeked - fresh), fresh)) {
    case FrameReview::Verdict::Pass:
        return true;
    case FrameReview::Verdict::Replace:
        replaceFresh(socket, peeked - fresh, m_review.replacement());
        return true;
    case FrameReview::Verdict::Fail:
        replaceFresh(socket, peeked - fresh, m_review.replacement());
        return false;
    }
    return true;
}

void FrameGuard::releaseHeld(QTcpSocket *socket)
{
    // Qt may have closed the socket already (it does for a protocol error): nothing more to read.
    if (socket->isReadable()) {
        const QByteArray left = socket->read(socket->bytesAvailable());
        putBack(socket, m_review.held());
        putBack(socket, left);
    }
    m_review.clearHeld();
}

void FrameGuard::replaceFresh(QTcpSocket *socket, qint64 scanned, const QByteArray &fresh)
{
    // Qt reads the buffer from its front only: all of it is taken out and put back, what came
    // before the fresh bytes as it was, and the fresh bytes as the aligner re-cut them.
    socket->skip(socket->bytesAvailable());
    putBack(socket, fresh);
    putBack(socket, m_peeked.constData(), scanned);
    m_scanned = socket->bytesAvailable();
}

} // namespace BanterWs
