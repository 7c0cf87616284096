// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "earlyreader.h"

#include <QPointer>
#include <QTimer>

#include <chrono>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace BanterWs {

// Reads a client's socket in batches while a server streams small writes at it. A server that
// writes one message a write (a Node ws server sending a burst) fills the socket with one small
// segment after another, and a client that waits in poll() for each wakes once for every few
// messages: on a loaded or virtual machine the poll, FIONREAD and read of each wake-up cost far
// more than the messages they bring (issue 19 measured three to four times the CPU). So after a
// small read, with the socket read from a moment ago and nothing written to it since, the pacer
// holds the socket's read notification off for a short while, longer each time while the stream
// goes on: what arrives meanwhile waits in the kernel and is read in one go when the hold ends,
// and a sender whose socket fills up writes in larger pieces too. A lone message is read at once
// (only a read that follows another closely is held), and so is an answer to something just sent
// (a request and its reply do not wait), and a read that is not small means the data already
// comes faster than it is read, so holding would only idle the thread.
class ReadPacer : public EarlyReader
{
    Q_OBJECT

public:
    // How long a read is held: the first of a stream for shortest, each next one twice as long
    // as the one before, up to longest.
    struct Hold
    {
        std::chrono::milliseconds shortest;
        std::chrono::milliseconds longest;
    };

    // Reads of fewer than smallRead bytes in a stream (coming within twice the next hold of the
    // read before, with nothing written since) are held.
    ReadPacer(qint64 smallRead, Hold hold, QObject *parent);
    ~ReadPacer() override;

    bool isHolding() const { return m_resume.isActive(); }
    // How long the next read in this stream will be held.
    std::chrono::milliseconds nextHold() const { return m_nextHold; }
    // How many reads were held so far.
    qint64 holds() const { return m_holds; }

private:
    void beforeQtReads() override;
    void afterQtReads() override;
    void watching() override;
    bool hold();
    void resume();
    QSocketNotifier *readNotifier();

    const qint64 m_smallRead;
    const Hold m_hold;
    std::chrono::milliseconds m_nextHold;
    QPointer<QSocketNotifier> m_notifier;
    QTimer m_resume;
    // The socket's buffer as this notification began, and what it brought.
    qint64 m_before = 0;
    qint64 m_fresh = 0;
    qint64 m_lastReadNs = -1;
    bool m_wroteSinceRead = false;
    qint64 m_holds = 0;
};

} // namespace BanterWs
