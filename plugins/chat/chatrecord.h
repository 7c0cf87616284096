// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatroom.h"

#include <QByteArray>

#include <optional>

// A room message as the chat service keeps it in Redis (the body of a RedisRoomLog record): its
// kind, time, sender, the sender's id for it and the payload. The offset is the record's.
namespace BanterChat::ChatRecord {

QByteArray encode(const ChatRoom::Entry &entry);
// Nothing when body is not one.
std::optional<ChatRoom::Entry> decode(const QByteArray &body);

} // namespace BanterChat::ChatRecord
