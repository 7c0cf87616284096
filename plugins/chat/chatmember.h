// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ratelimiter.h"

#include <QString>

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

    bool isJoined() const { return !name.isEmpty(); }
    bool isV1() const { return protocol == Protocol::V1; }
};

} // namespace BanterChat
