// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ratelimiter.h"

#include <banter/sharedmessage.h>

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace Banter {
class Connection;
}

namespace BanterChat {

class ChatRoom;

// One client of the chat service, in the room its URL named.
struct ChatMember
{
    enum class Protocol { Plain, V1 };

    Banter::Connection *connection = nullptr;
    ChatRoom *room = nullptr;
    // Empty until the member has joined (a v1 client joins with its first message).
    QString name;
    RateLimiter limiter;
    Protocol protocol = Protocol::Plain;
    // This server's number for it (Redis knows it by that).
    quint64 serial = 0;
    // With --redis, its name comes from Redis: a v1 join waits for it, and a plain client's
    // messages are held until it is there.
    bool isJoining = false;
    std::vector<std::pair<Banter::SharedMessage::Kind, QByteArray>> held;

    bool isJoined() const { return !name.isEmpty(); }
    bool isV1() const { return protocol == Protocol::V1; }
};

} // namespace BanterChat
