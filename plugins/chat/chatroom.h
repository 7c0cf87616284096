// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/sharedmessage.h>

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

namespace BanterChat {

struct ChatMember;

// One room: its members in the order they came, their names, and its numbered messages. Every
// message gets the next offset (1, 2, 3, ...); the epoch names this run of offsets and changes
// when the room is made anew (its history lost). The last historySize messages are kept.
class ChatRoom
{
public:
    struct Entry
    {
        quint64 offset = 0;
        qint64 time = 0; // ms since 1970, server clock
        QString sender;
        QString id; // the sender's own id for it (v1), or empty
        QByteArray payload;
        Banter::SharedMessage::Kind kind = Banter::SharedMessage::Kind::Text;
    };

    ChatRoom(const QString &name, int historySize);

    QString name() const { return m_name; }
    QString epoch() const { return m_epoch; }
    quint64 offset() const { return m_offset; }
    const std::deque<Entry> &history() const { return m_history; }
    // Numbers the message, keeps it (if the room keeps any), and returns it numbered.
    Entry append(Entry entry);
    // Keeps a message numbered elsewhere (Redis): its offset becomes the room's.
    void accept(const Entry &entry);
    // The room under another epoch (numbered elsewhere, and started anew): its history is gone.
    void restart(const QString &epoch);
    // A room of a shared store is loading until it knows its epoch, offset and history: until
    // then, v1 joins wait.
    bool isLoading() const { return m_isLoading; }
    void setLoading(bool loading) { m_isLoading = loading; }

    const std::vector<ChatMember *> &members() const { return m_members; }
    bool isEmpty() const { return m_members.empty(); }
    void add(ChatMember *member) { m_members.push_back(member); }
    void remove(ChatMember *member);

    // The names of the members who have joined, in the order they came.
    QStringList names() const;
    bool isNameTaken(const QString &name) const { return m_names.contains(name); }
    // name, or name-2, name-3, ... whichever is free first.
    QString freeName(const QString &name) const;
    void claimName(const QString &name) { m_names.insert(name); }
    void releaseName(const QString &name) { m_names.remove(name); }

private:
    QString m_name;
    QString m_epoch;
    quint64 m_offset = 0;
    std::size_t m_historySize;
    std::deque<Entry> m_history;
    std::vector<ChatMember *> m_members;
    QSet<QString> m_names;
    bool m_isLoading = false;
};

} // namespace BanterChat
