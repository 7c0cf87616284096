// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSet>

#include <deque>

namespace BanterRedis {

// The ids of the messages a room delivered lately, the last capacity of them, so that each is
// delivered once. A Redis killed while it handed a message out, and started again empty, may
// have given it to this server and not to its sender's: the sender publishes it again under the
// new epoch (RedisLink), and this server has delivered it already.
class RecentIds
{
public:
    explicit RecentIds(qsizetype capacity) : m_capacity(capacity) {}

    // True if id is new (and remembers it), false if it was taken before.
    bool take(const QByteArray &id);
    qsizetype size() const { return m_ids.size(); }

private:
    qsizetype m_capacity;
    QSet<QByteArray> m_ids;
    std::deque<QByteArray> m_order; // oldest first
};

} // namespace BanterRedis
