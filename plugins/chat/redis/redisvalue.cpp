// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "redisvalue.h"

#include <hiredis/hiredis.h>

namespace BanterRedis {

RedisValue RedisValue::error(const QByteArray &words)
{
    RedisValue value;
    value.type = Type::Error;
    value.string = words;
    return value;
}

RedisValue RedisValue::fromReply(const redisReply *reply)
{
    RedisValue value;
    if (!reply)
        return value;
    switch (reply->type) {
    case REDIS_REPLY_INTEGER:
        value.type = Type::Integer;
        value.integer = reply->integer;
        break;
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
    case REDIS_REPLY_ERROR:
        value.type = reply->type == REDIS_REPLY_STRING   ? Type::String
                     : reply->type == REDIS_REPLY_STATUS ? Type::Status
                                                         : Type::Error;
        value.string = QByteArray(reply->str, qsizetype(reply->len));
        break;
    case REDIS_REPLY_ARRAY:
        value.type = Type::Array;
        value.elements.reserve(qsizetype(reply->elements));
        for (size_t i = 0; i < reply->elements; ++i)
            value.elements.append(fromReply(reply->element[i]));
        break;
    default:
        break;
    }
    return value;
}

} // namespace BanterRedis
