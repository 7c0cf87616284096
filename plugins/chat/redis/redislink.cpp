// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redislink.h"

#include <QRandomGenerator>
#include <QTimerEvent>

#include <algorithm>

namespace BanterRedis {

namespace {

// How often messages waiting for Redis are checked for their age (QBasicTimer takes ints in
// Qt 6.4).
constexpr int expiryCheckMs = 250;

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

// How long a numbered message waits to be seen back before it is taken as through.
constexpr qint64 unconfirmedForMs = 30000;
// How long a message seen back is kept to be published again after a reconnect, and at most how
// many: a Redis killed while it handed messages out took those of its last moments; more would
// only crowd the bounded buffer of what waits for Redis.
constexpr qint64 recentForMs = 2000;
constexpr std::size_t recentMaxMessages = 1000;

} // namespace

RedisLink::RedisLink(const RedisUrl &url, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_instance(QByteArray::number(QRandomGenerator::global()->generate64() >> 12, 36))
{
    connect(&m_connection, &RedisConnection::ready, this, &RedisLink::onReady);
    connect(&m_connection, &RedisConnection::lost, this, &RedisLink::onLost);
    m_clock.start();
}

RedisLink::~RedisLink()
{
    m_connection.disconnect(this);
}

void RedisLink::start()
{
    m_connection.open(m_url);
}

void RedisLink::onReady()
{
    RedisRoomLog::prepare(m_connection);
    m_backoff.reset();
    const int waiting = int(m_queue.size());
    if (m_downSince.isValid() && m_wasUp) {
        Q_EMIT said(QStringLiteral("redis back after %1 s; %2 waiting messages sent")
                        .arg(seconds(m_downSince.elapsed()))
                        .arg(waiting));
    } else {
        Q_EMIT said(QStringLiteral("redis at %1 ready").arg(m_url.place()));
    }
    m_downSince.invalidate();
    m_wasUp = true;
    for (Message &message : m_queue) {
        if (!message.isSent)
            send(message);
    }
    Q_EMIT up();
}

void RedisLink::onLost(const QString &why)
{
    // What Redis had not answered goes again, first: its id keeps it from being numbered twice.
    for (Message &message : m_queue)
        message.isSent = false;
    // Before it, in the order published, what Redis numbered lately, seen back or not: a Redis
    // that kept it answers with its record; a new one publishes it.
    forgetOldRecent(m_clock.elapsed());
    std::vector<Message> again;
    again.reserve(m_unconfirmed.size() + m_recent.size());
    for (std::deque<Message> *numbered : {&m_unconfirmed, &m_recent}) {
        for (Message &message : *numbered)
            again.push_back(std::move(message));
        numbered->clear();
    }
    std::sort(again.begin(), again.end(),
              [](const Message &a, const Message &b) { return a.sequence < b.sequence; });
    for (auto message = again.rbegin(); message != again.rend(); ++message) {
        message->isSent = false;
        m_queuedBytes += message->body.size();
        m_queue.push_front(std::move(*message));
    }
    if (!m_downSince.isValid())
        m_downSince.start();
    ++m_counters.reconnects;
    const std::chrono::milliseconds delay = m_backoff.next();
    Q_EMIT said(QStringLiteral("%1; retrying in %2 s").arg(why, seconds(delay.count())));
    m_retry.start(int(delay.count()), this);
    if (!m_expiry.isActive() && !m_queue.empty())
        m_expiry.start(expiryCheckMs, this);
    Q_EMIT down(why);
}

void RedisLink::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_retry.timerId()) {
        m_retry.stop();
        m_connection.open(m_url);
    } else if (event->timerId() == m_expiry.timerId()) {
        expireOld();
    } else {
        QObject::timerEvent(event);
    }
}

void RedisLink::publish(const QString &room, const QByteArray &body, int keep,
                        RedisRoomLog::Published done)
{
    Message message;
    message.room = room;
    message.sequence = ++m_nextId;
    message.id = m_instance + ':' + QByteArray::number(message.sequence);
    message.body = body;
    message.keep = keep;
    message.done = std::move(done);
    message.queuedAtMs = m_clock.elapsed();
    if (int(m_queue.size()) >= m_limits.maxMessages ||
        m_queuedBytes + body.size() > m_limits.maxBytes) {
        refuse(message, QStringLiteral("%1 messages (%2 bytes) wait for redis at %3 already")
                            .arg(m_queue.size())
                            .arg(m_queuedBytes)
                            .arg(m_url.place()));
        return;
    }
    m_queuedBytes += message.body.size();
    m_queue.push_back(std::move(message));
    if (isUp())
        send(m_queue.back());
    else if (!m_expiry.isActive())
        m_expiry.start(expiryCheckMs, this);
}

void RedisLink::send(Message &message)
{
    message.isSent = true;
    const QByteArray id = message.id;
    RedisRoomLog::publish(m_connection, message.room, id, message.body, message.keep,
                          [this, id](const RedisRoomLog::Record &record, const QString &error) {
                              finish(id, record, error);
                          });
}

void RedisLink::finish(const QByteArray &id, const RedisRoomLog::Record &record,
                       const QString &error)
{
    // The connection broke before Redis answered: the message stays, and goes again.
    if (!error.isEmpty() && !isUp())
        return;
    const auto found = std::find_if(m_queue.begin(), m_queue.end(),
                                    [&id](const Message &message) { return message.id == id; });
    if (found == m_queue.end())
        return;
    const RedisRoomLog::Published done = std::move(found->done);
    m_queuedBytes -= found->body.size();
    Message numbered = std::move(*found);
    m_queue.erase(found);
    if (error.isEmpty()) {
        if (numbered.position.epoch.isEmpty()) // not when it goes again after a reconnect
            ++m_counters.published;
        // Kept until the feed delivers it, unless it did already.
        numbered.position = {record.epoch, record.offset};
        numbered.numberedAtMs = m_clock.elapsed();
        if (!isConfirmed(numbered.room, numbered.position))
            m_unconfirmed.push_back(std::move(numbered));
        else
            keepRecent(std::move(numbered));
    } else {
        ++m_counters.refused;
    }
    if (done)
        done(record, error);
}

void RedisLink::confirm(const QString &room, const QByteArray &epoch, quint64 offset)
{
    m_confirmed.insert(room, {epoch, offset});
    const qint64 now = m_clock.elapsed();
    // Seen back: kept a while longer (m_recent); numbered too long ago: through.
    for (auto message = m_unconfirmed.begin(); message != m_unconfirmed.end();) {
        if (message->numberedAtMs < now - unconfirmedForMs) {
            message = m_unconfirmed.erase(message);
        } else if (isConfirmed(message->room, message->position)) {
            keepRecent(std::move(*message));
            message = m_unconfirmed.erase(message);
        } else {
            ++message;
        }
    }
    forgetOldRecent(now);
}

void RedisLink::keepRecent(Message &&message)
{
    m_recent.push_back(std::move(message));
    if (m_recent.size() > recentMaxMessages)
        m_recent.pop_front();
}

void RedisLink::forgetOldRecent(qint64 now)
{
    while (!m_recent.empty() && m_recent.front().numberedAtMs < now - recentForMs)
        m_recent.pop_front();
}

bool RedisLink::isConfirmed(const QString &room, const RedisRoomLog::Position &position) const
{
    const auto confirmed = m_confirmed.constFind(room);
    return confirmed != m_confirmed.cend() && confirmed->epoch == position.epoch &&
           confirmed->offset >= position.offset;
}

void RedisLink::refuse(Message &message, const QString &why)
{
    ++m_counters.refused;
    if (message.done)
        message.done({}, why);
}

void RedisLink::expireOld()
{
    const qint64 now = m_clock.elapsed();
    while (!m_queue.empty() && !m_queue.front().isSent &&
           now - m_queue.front().queuedAtMs > m_limits.maxAge.count()) {
        Message message = std::move(m_queue.front());
        m_queue.pop_front();
        m_queuedBytes -= message.body.size();
        refuse(message, QStringLiteral("redis at %1 has been away for longer than %2 s")
                            .arg(m_url.place(), seconds(m_limits.maxAge.count())));
    }
    if (m_queue.empty() || isUp())
        m_expiry.stop();
}

} // namespace BanterRedis
