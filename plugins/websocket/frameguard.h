// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framereview.h"

#include <QByteArray>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace BanterWs {

// The frame guard: once a client's connection is open, follows the frames it sends as they
// arrive, before Qt reads them, for the two things of RFC 6455 that Qt 6.4 gets wrong: it
// notices an unmasked frame (which Qt lets through), and has the frames of a fragmented text
// message re-cut (TextFragmentAligner) where a fragment ends inside a UTF-8 sequence (which Qt
// would refuse); FrameReview decides, this class reads and changes the socket's buffer. It
// peeks only at what is new in the buffer, skips payloads without looking at them, and changes
// the buffer only while a fragmented text message comes, or to hold an unmasked frame back.
class FrameGuard
{
public:
    // Whatever the socket's buffer holds now has not been scanned.
    void restart();
    // Qt has read from the buffer: what is left in it (available bytes) was scanned already.
    void setScanned(qint64 available) { m_scanned = available; }
    // Scans what arrived since the last call; false once a frame without a mask has begun. Qt is
    // then left what came before that frame (so that it answers it before the connection
    // fails), and the rest is held until releaseHeld().
    bool check(QTcpSocket *socket);
    // After Qt has read: puts the held bytes back behind what Qt left, for Qt to read (and
    // ignore) while the connection closes.
    void releaseHeld(QTcpSocket *socket);
    bool isHolding() const { return !m_review.held().isEmpty(); }
    bool isBetweenMessages() const { return m_review.isBetweenMessages(); }

private:
    // Puts fresh in the socket's buffer instead of the fresh bytes that came, behind the scanned
    // bytes before them.
    void replaceFresh(QTcpSocket *socket, qint64 scanned, const QByteArray &fresh);

    FrameReview m_review;
    // Kept from call to call: check() runs for every read.
    QByteArray m_peeked;
    // How many bytes at the front of the socket's read buffer were scanned already.
    qint64 m_scanned = 0;
};

} // namespace BanterWs
