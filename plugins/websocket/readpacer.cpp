// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readpacer.h"

#include <QDeadlineTimer>
#include <QSocketNotifier>
#include <QTcpSocket>

namespace BanterWs {

ReadPacer::ReadPacer(qint64 smallRead, Hold hold, QObject *parent)
    : EarlyReader(parent), m_smallRead(smallRead), m_hold(hold), m_nextHold(hold.shortest)
{
    m_resume.setSingleShot(true);
    m_resume.setTimerType(Qt::PreciseTimer);
    connect(&m_resume, &QTimer::timeout, this, &ReadPacer::resume);
}

ReadPacer::~ReadPacer()
{
    // A socket that outlives its pacer (the pacer of an earlier open) is not left deaf.
    if (isHolding())
        resume();
}

void ReadPacer::watching()
{
    connect(socket(), &QIODevice::bytesWritten, this, [this] { m_wroteSinceRead = true; });
}

void ReadPacer::beforeQtReads()
{
    m_fresh = socket()->bytesAvailable() - m_before;
}

void ReadPacer::afterQtReads()
{
    // What Qt's reader left (the start of a frame) is counted in the next read's buffer.
    m_before = socket()->bytesAvailable();
    const qint64 now = QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
    const bool streaming = m_lastReadNs >= 0 &&
                           now - m_lastReadNs < std::chrono::nanoseconds(m_nextHold).count() * 2 &&
                           !m_wroteSinceRead;
    m_lastReadNs = now;
    m_wroteSinceRead = false;
    if (!streaming) {
        m_nextHold = m_hold.shortest;
        return;
    }
    if (m_fresh < m_smallRead && hold())
        m_nextHold = std::min(m_nextHold * 2, m_hold.longest);
}

bool ReadPacer::hold()
{
    QSocketNotifier *notifier = readNotifier();
    if (isHolding() || !notifier || !notifier->isEnabled())
        return false;
    notifier->setEnabled(false);
    m_resume.start(m_nextHold);
    ++m_holds;
    return true;
}

void ReadPacer::resume()
{
    m_resume.stop();
    // Only what the pacer turned off: a socket that is closed meanwhile has no notifier left.
    if (m_notifier && socket() && socket()->state() == QAbstractSocket::ConnectedState)
        m_notifier->setEnabled(true);
}

QSocketNotifier *ReadPacer::readNotifier()
{
    // Qt's socket engine, a child of the socket (of the plain socket inside a QSslSocket), makes
    // its read notifier once it first waits for data, and keeps it until the socket closes.
    if (!m_notifier && socket()) {
        const QList<QSocketNotifier *> notifiers = socket()->findChildren<QSocketNotifier *>();
        for (QSocketNotifier *notifier : notifiers) {
            if (notifier->type() == QSocketNotifier::Read)
                m_notifier = notifier;
        }
    }
    return m_notifier;
}

} // namespace BanterWs
