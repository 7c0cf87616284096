// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framescanner.h"

#include <QByteArray>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace BanterWs {

// The frame guard: once a client's connection is open, follows the frames it sends as they
// arrive, before Qt reads them, to notice an unmasked one (which Qt 6.4 lets through). It peeks
// only at what is new in the socket's read buffer and skips payloads without looking at them.
class FrameGuard
{
public:
    // Whatever the socket's buffer holds now has not been scanned.
    void restart() { m_scanned = 0; }
    // Qt has read from the buffer: what is left in it (available bytes) was scanned already.
    void setScanned(qint64 available) { m_scanned = available; }
    // Scans what arrived since the last call; false once a frame without a mask has begun.
    bool check(QTcpSocket *socket);
    bool isBetweenMessages() const { return m_scanner.isBetweenMessages(); }

private:
    FrameScanner m_scanner;
    // Kept from call to call: check() runs for every read.
    QByteArray m_peeked;
    // How many bytes at the front of the socket's read buffer were scanned already.
    qint64 m_scanned = 0;
};

} // namespace BanterWs
