// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameguard.h"

#include <QTcpSocket>

namespace BanterWs {

bool FrameGuard::check(QTcpSocket *socket)
{
    const qint64 available = socket->bytesAvailable();
    const qint64 fresh = available - m_scanned;
    if (fresh <= 0)
        return true;
    m_scanned = available;
    if (m_scanner.payloadLeft() >= quint64(fresh)) {
        m_scanner.skip(quint64(fresh));
        return true;
    }
    if (m_peeked.size() < available)
        m_peeked.resize(available);
    const qint64 peeked = socket->peek(m_peeked.data(), available);
    if (peeked < fresh)
        return true;
    return m_scanner.scan(m_peeked.constData() + (peeked - fresh), fresh);
}

} // namespace BanterWs
