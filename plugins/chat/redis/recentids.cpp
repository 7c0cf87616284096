// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentids.h"

namespace BanterRedis {

bool RecentIds::take(const QByteArray &id)
{
    if (m_ids.contains(id))
        return false;
    m_ids.insert(id);
    m_order.push_back(id);
    if (qsizetype(m_order.size()) > m_capacity) {
        m_ids.remove(m_order.front());
        m_order.pop_front();
    }
    return true;
}

} // namespace BanterRedis
