// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

struct redisReply;

namespace BanterRedis {

// One reply of a Redis server, as hiredis' reader parsed it, in Qt's types.
struct RedisValue
{
    enum class Type { Nil, Integer, String, Status, Error, Array };

    Type type = Type::Nil;
    qint64 integer = 0;
    QByteArray string; // String, Status and Error
    QList<RedisValue> elements;

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil; }
    // An error reply made here (the connection was lost before the server answered).
    static RedisValue error(const QByteArray &words);
    static RedisValue fromReply(const redisReply *reply);
};

} // namespace BanterRedis
