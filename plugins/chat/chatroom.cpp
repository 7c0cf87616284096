// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatroom.h"

#include "chatmember.h"

#include <QRandomGenerator>

#include <algorithm>

namespace BanterChat {

ChatRoom::ChatRoom(const QString &name, int historySize)
    : m_name(name)
    , m_epoch(QString::number(QRandomGenerator::global()->generate64() >> 16, 36))
    , m_historySize(std::size_t(std::max(historySize, 0)))
{}

ChatRoom::Entry ChatRoom::append(Entry entry)
{
    entry.offset = m_offset + 1;
    accept(entry);
    return entry;
}

void ChatRoom::accept(const Entry &entry)
{
    m_offset = entry.offset;
    if (m_historySize == 0)
        return;
    if (m_history.size() >= m_historySize)
        m_history.pop_front();
    m_history.push_back(entry);
}

void ChatRoom::restart(const QString &epoch)
{
    m_epoch = epoch;
    m_offset = 0;
    m_history.clear();
}

void ChatRoom::remove(ChatMember *member)
{
    m_members.erase(std::remove(m_members.begin(), m_members.end(), member), m_members.end());
}

QStringList ChatRoom::names() const
{
    QStringList names;
    for (const ChatMember *member : m_members) {
        if (member->isJoined())
            names.append(member->name);
    }
    return names;
}

QString ChatRoom::freeName(const QString &name) const
{
    if (!isNameTaken(name))
        return name;
    for (int suffix = 2;; ++suffix) {
        const QString candidate = name + QLatin1Char('-') + QString::number(suffix);
        if (!isNameTaken(candidate))
            return candidate;
    }
}

} // namespace BanterChat
