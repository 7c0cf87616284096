// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisroomlog.h"

#include "redisconnection.h"
#include "redisscript.h"

#include <QRandomGenerator>

#include <algorithm>

namespace BanterRedis {

namespace {

// The room's epoch in `epoch`: KEYS[1] to 3 are the room's epoch, offset and log, ARGV[1] the
// epoch to give a room that has none (new, or lost by Redis: its offset and log go with it).
const QByteArray epochLua = QByteArrayLiteral(R"lua(
local epoch = redis.call('GET', KEYS[1])
if not epoch then
    epoch = ARGV[1]
    redis.call('SET', KEYS[1], epoch)
    redis.call('DEL', KEYS[2], KEYS[3])
end
)lua");

// KEYS: epoch, offset, log, channel, the message's id. ARGV: a new epoch, the body, how many
// records the stream keeps, how long the id is remembered (seconds), the id. Returns
// "offset\nepoch\nid\nbody", as published; a message whose id was published already is not
// published again, and its record is returned.
const QByteArray publishScript = QByteArrayLiteral(R"lua(
local seen = redis.call('GET', KEYS[5])
if seen then
    return seen
end
)lua") + epochLua + QByteArrayLiteral(R"lua(
local offset = redis.call('INCR', KEYS[2])
local record = offset .. '\n' .. epoch .. '\n' .. ARGV[5] .. '\n' .. ARGV[2]
redis.call('XADD', KEYS[3], 'MAXLEN', '~', ARGV[3], offset .. '-0', 'r', record)
redis.call('PUBLISH', KEYS[4], record)
redis.call('SET', KEYS[5], record, 'EX', ARGV[4])
return record
)lua");

// KEYS: epoch, offset, log. ARGV: a new epoch. Returns the room's epoch and offset.
const QByteArray positionScript =
    epochLua + QByteArrayLiteral("return {epoch, tonumber(redis.call('GET', KEYS[2]) or '0')}\n");

const RedisScript &publisher()
{
    static const RedisScript script(publishScript);
    return script;
}

QByteArray newEpoch()
{
    return QByteArray::number(QRandomGenerator::global()->generate64() >> 16, 36);
}

// Stream entries [id, [field, value]] as records.
QList<RedisRoomLog::Record> recordsOf(const RedisValue &reply, QString *error)
{
    QList<RedisRoomLog::Record> records;
    for (const RedisValue &entry : reply.elements) {
        const RedisValue fields = entry.elements.value(1);
        const std::optional<RedisRoomLog::Record> record =
            RedisRoomLog::parse(fields.elements.value(1).string);
        if (!record) {
            *error = QStringLiteral("the room's stream holds an entry that is not a record");
            return {};
        }
        records.append(*record);
    }
    return records;
}

void readRange(RedisConnection &connection, const QList<QByteArray> &command, bool reversed,
               RedisRoomLog::Read done)
{
    connection.command(command, [done = std::move(done), reversed](const RedisValue &reply) {
        if (reply.isError()) {
            done({}, QString::fromUtf8(reply.string));
            return;
        }
        QString error;
        QList<RedisRoomLog::Record> records = recordsOf(reply, &error);
        if (reversed)
            std::reverse(records.begin(), records.end());
        done(records, error);
    });
}

} // namespace

QByteArray RedisRoomLog::key(const QString &room, const char *what)
{
    return "banter:{" + room.toUtf8() + "}:" + what;
}

QByteArray RedisRoomLog::epochKey(const QString &room)
{
    return key(room, "epoch");
}

void RedisRoomLog::position(RedisConnection &connection, const QString &room, Positioned done)
{
    connection.command(
        {"EVAL", positionScript, "3", key(room, "epoch"), key(room, "offset"), key(room, "log"),
         newEpoch()},
        [done = std::move(done)](const RedisValue &reply) {
            if (reply.isError() || reply.elements.size() != 2) {
                done({}, reply.isError() ? QString::fromUtf8(reply.string)
                                         : QStringLiteral("no position"));
                return;
            }
            done({reply.elements.at(0).string, quint64(reply.elements.at(1).integer)}, QString());
        });
}

QByteArray RedisRoomLog::channel(const QString &room)
{
    return "banter:{" + room.toUtf8() + "}";
}

std::optional<RedisRoomLog::Record> RedisRoomLog::parse(const QByteArray &data)
{
    const qsizetype first = data.indexOf('\n');
    const qsizetype second = first < 0 ? -1 : data.indexOf('\n', first + 1);
    const qsizetype third = second < 0 ? -1 : data.indexOf('\n', second + 1);
    if (third < 0)
        return std::nullopt;
    bool isNumber = false;
    Record record;
    record.offset = data.left(first).toULongLong(&isNumber);
    if (!isNumber || record.offset == 0)
        return std::nullopt;
    record.epoch = data.mid(first + 1, second - first - 1);
    record.id = data.mid(second + 1, third - second - 1);
    record.body = data.mid(third + 1);
    return record;
}

void RedisRoomLog::prepare(RedisConnection &connection)
{
    publisher().load(connection);
}

void RedisRoomLog::publish(RedisConnection &connection, const QString &room, const QByteArray &id,
                           const QByteArray &body, int keep, Published done)
{
    const QList<QByteArray> keysAndArguments{"5",
                                             key(room, "epoch"),
                                             key(room, "offset"),
                                             key(room, "log"),
                                             channel(room),
                                             key(room, "id:") + id,
                                             newEpoch(),
                                             body,
                                             QByteArray::number(std::max(keep, 1)),
                                             QByteArray::number(idMemorySeconds),
                                             id};
    const auto finish = [done](const RedisValue &reply) {
        if (reply.isError()) {
            done({}, QString::fromUtf8(reply.string));
            return;
        }
        const std::optional<Record> record = parse(reply.string);
        if (!record)
            done({}, QStringLiteral("the publish script returned no record"));
        else
            done(*record, QString());
    };
    publisher().run(connection, keysAndArguments, finish);
}

void RedisRoomLog::read(RedisConnection &connection, const QString &room, quint64 first,
                        quint64 last, Read done)
{
    readRange(connection,
              {"XRANGE", key(room, "log"), QByteArray::number(first) + "-0",
               QByteArray::number(last) + "-0"},
              false, std::move(done));
}

void RedisRoomLog::readLast(RedisConnection &connection, const QString &room, int count, Read done)
{
    readRange(
        connection,
        {"XREVRANGE", key(room, "log"), "+", "-", "COUNT", QByteArray::number(std::max(count, 1))},
        true, std::move(done));
}

} // namespace BanterRedis
