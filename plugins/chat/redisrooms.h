// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatroom.h"

#include <redislink.h>
#include <redisroomfeed.h>

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace BanterChat {

// The chat service's rooms in Redis (banter-server --redis): a room's messages are numbered,
// kept and delivered by Redis, so that every server given the same Redis shares the room. A
// message posted here comes back through delivered(), on this server as on every other, in the
// room's one order. Opening a room learns its epoch and offset, and delivers its last messages
// as history before opened().
class RedisRooms : public QObject
{
    Q_OBJECT

public:
    // url is checked by start(), which says what is wrong with it through failed().
    RedisRooms(const QString &url, int history, QObject *parent = nullptr);
    ~RedisRooms() override;

    // Connects; without wait, Redis out of reach at the first attempt means failed().
    void start(bool wait);
    void open(const QString &room);
    void close(const QString &room);
    // "redis: 12 published, 30 delivered from redis, 1 gap filled, 0 lost, 0 waiting,
    // 0 refused, 1 reconnect", for the server's statistics.
    QString statisticsLine() const;
    // done gets an empty string once Redis has the message, or why it will not.
    void publish(const QString &room, const ChatRoom::Entry &entry,
                 std::function<void(const QString &error)> done);

Q_SIGNALS:
    void opened(const QString &room);
    void delivered(const QString &room, const BanterChat::ChatRoom::Entry &entry,
                   const QString &epoch, bool isHistory);
    void failed(const QString &why);
    void said(const QString &line);

private:
    void learnPosition(const QString &room);
    void onRecord(const QString &room, const BanterRedis::RedisRoomLog::Record &record);

    BanterRedis::RedisUrl m_url;
    QString m_urlError;
    int m_history;
    BanterRedis::RedisLink *m_link = nullptr;
    BanterRedis::RedisRoomFeed *m_feed = nullptr;
    // Rooms being opened: the offset up to which their records are history.
    QHash<QString, quint64> m_opening;
    // Rooms to open once Redis is back.
    QSet<QString> m_waitingForRedis;
    bool m_wait = false;
    bool m_wasUp = false;
};

} // namespace BanterChat
