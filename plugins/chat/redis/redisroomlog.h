// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace BanterRedis {

class RedisConnection;

// A chat room's numbered log in Redis, shared by every banter-server that uses the same Redis.
// Publishing is one Lua script (EVALSHA) that, atomically, takes the room's next offset, appends
// the record to the room's capped stream and PUBLISHes it on the room's channel: every instance
// that subscribed gets the room's records in one order with contiguous offsets, and can read
// back what it missed from the stream (read()). The room's epoch lives beside its offset; a Redis
// that lost them starts the room anew under a new epoch.
//
// Keys, with the room in a hash tag so that a cluster keeps them on one node:
// banter:{ROOM}:epoch, banter:{ROOM}:offset, banter:{ROOM}:log (stream, entry IDs OFFSET-0),
// banter:{ROOM}:id:ID (a published message's record, for a while) and the channel banter:{ROOM}.
class RedisRoomLog
{
public:
    struct Record
    {
        quint64 offset = 0;
        QByteArray epoch;
        // The publishing server's name for the message (RedisLink: its instance and number, no
        // line break): published again after Redis lost it, a message keeps its id.
        QByteArray id;
        QByteArray body;
    };
    using Published = std::function<void(const Record &record, const QString &error)>;
    using Read = std::function<void(const QList<Record> &records, const QString &error)>;
    struct Position
    {
        QByteArray epoch;
        quint64 offset = 0;
    };
    using Positioned = std::function<void(const Position &position, const QString &error)>;

    static QByteArray channel(const QString &room);
    // The room's key for what: "epoch", "offset", "log", or "id:" and a message id.
    static QByteArray key(const QString &room, const char *what);
    static QByteArray epochKey(const QString &room);
    // The room's epoch (given now to a room that has none) and offset.
    static void position(RedisConnection &connection, const QString &room, Positioned done);
    // A record as published on a channel or kept in the stream; nothing when it is not one.
    static std::optional<Record> parse(const QByteArray &data);

    // Loads the publish script into Redis: give it on every new connection before the first
    // publish(), so that the messages of one connection are numbered in the order they were
    // published (see publish()).
    static void prepare(RedisConnection &connection);
    // How long Redis remembers the id of a published message.
    static constexpr int idMemorySeconds = 600;

    // Numbers body as the room's next message, keeps it (the last `keep` or so) and publishes
    // it; done gets the record (offset and epoch), or the error in words. id names the message
    // uniquely (the instance and its own number for it): published again with the same id
    // within idMemorySeconds, as after a connection lost before the reply came, it is not
    // published twice, and done gets the first record.
    static void publish(RedisConnection &connection, const QString &room, const QByteArray &id,
                        const QByteArray &body, int keep, Published done);
    // The records with offsets from first to last (both included) the stream still has.
    static void read(RedisConnection &connection, const QString &room, quint64 first, quint64 last,
                     Read done);
    // The last count records the stream has, oldest first.
    static void readLast(RedisConnection &connection, const QString &room, int count, Read done);
};

} // namespace BanterRedis
