// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduledsend.h"

#include "chatsession.h"
#include "repeatclock.h"

#include <QLocale>

#include <algorithm>

namespace Banter {

ScheduledSend::ScheduledSend(const Snippet &snippet, int intervalMs, int count,
                             ChatSession *session, MessageTemplate::Context *context,
                             QObject *parent)
    : QObject(parent)
    , m_snippet(snippet)
    , m_intervalMs(std::clamp(intervalMs, minInterval, maxInterval))
    , m_count(std::clamp(count, 0, maxCount))
    , m_session(session)
    , m_context(context)
    , m_clock(new RepeatClock(this))
{
    connect(m_clock, &RepeatClock::due, this, &ScheduledSend::sendOne);
    connect(session, &ChatSession::stateChanged, this, &ScheduledSend::onStateChanged);
}

ScheduledSend::~ScheduledSend() = default;

void ScheduledSend::setClock(RepeatClock *clock)
{
    delete m_clock;
    m_clock = clock;
    m_clock->setParent(this);
    connect(m_clock, &RepeatClock::due, this, &ScheduledSend::sendOne);
}

QString ScheduledSend::progressText() const
{
    const QString progress =
        m_count > 0 ? tr("%1 of %2 sent").arg(m_sent).arg(m_count) : tr("%n sent", nullptr, m_sent);
    return isPaused() ? tr("%1, paused while disconnected").arg(progress) : progress;
}

void ScheduledSend::start()
{
    if (m_isRunning)
        return;
    m_isRunning = true;
    m_isPaused = true; // until the state says otherwise
    onStateChanged();
}

void ScheduledSend::stop()
{
    if (!m_isRunning)
        return;
    finish(m_count > 0 ? tr("stopped after %1 of %2").arg(m_sent).arg(m_count)
                       : tr("stopped after %1").arg(m_sent));
}

void ScheduledSend::onStateChanged()
{
    if (!m_isRunning)
        return;
    const bool isOpen = m_session && m_session->state() == Connection::State::Open;
    if (isOpen == !m_isPaused)
        return;
    m_isPaused = !isOpen;
    if (m_isPaused) {
        m_clock->stop();
        Q_EMIT progressed();
        return;
    }
    // Open (again): one now, the next ones an interval apart.
    m_clock->start(m_intervalMs);
    sendOne();
}

void ScheduledSend::sendOne()
{
    if (!m_isRunning || m_isPaused)
        return;
    QString error;
    const std::optional<Snippet::Message> message = m_snippet.message(m_context, &error);
    if (!message) {
        finish(tr("stopped after %1: %2").arg(QLocale().toString(m_sent), error));
        return;
    }
    const bool taken = message->kind == Snippet::Kind::Binary
                           ? m_session->sendBinary(message->bytes)
                           : m_session->sendText(message->text);
    if (!taken) {
        finish(tr("stopped after %1: there is no connection to send to").arg(m_sent));
        return;
    }
    ++m_sent;
    if (m_count > 0 && m_sent >= m_count) {
        finish(tr("sent %n time(s)", nullptr, m_sent));
        return;
    }
    Q_EMIT progressed();
}

void ScheduledSend::finish(const QString &reason)
{
    m_isRunning = false;
    m_clock->stop();
    Q_EMIT progressed();
    Q_EMIT finished(reason);
}

} // namespace Banter
