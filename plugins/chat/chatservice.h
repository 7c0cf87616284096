// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatmember.h"
#include "chatprotocol.h"
#include "chatroom.h"
#include "redisrooms.h"

#include <banter/service.h>

#include <QJsonObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <unordered_map>

namespace BanterChat {

// Chat rooms over any listening transport. The URL path names the room ("/" is the lobby).
// A plain client is greeted as by the echo server, then gets every message of its room, its
// own included, byte for byte; a banter.chat.v1 client speaks JSON (docs/PROTOCOL.md): names,
// presence, numbered messages, history and resume. Every member gets the room's messages in
// one order; each is framed once for all (SharedMessage).
class ChatService : public Banter::Service
{
    Q_OBJECT

public:
    static constexpr char greeting[] = "Welcome to Awesome Chat";

    explicit ChatService(QObject *parent = nullptr);
    ~ChatService() override;

    // The room a request path names: "/" is "lobby", "/NAME" is NAME (1 to 64 of A-Z a-z 0-9
    // . _ -); empty when the path names none.
    static QString roomName(const QString &path);

protected:
    void handleStart() override;
    void handleConnection(Banter::Connection *connection) override;
    void handleText(Banter::Connection *connection, const QString &message) override;
    void handleBinary(Banter::Connection *connection, const QByteArray &message) override;
    void handleClosed(Banter::Connection *connection) override;

private:
    // Runs action now, or, when it comes while another runs (a send can wake a parked client,
    // and with it other clients' handshakes and messages), once that one is over: a room's
    // message reaches all its members before anything else happens.
    template<typename Action> void run(Action action);

    void enter(Banter::Connection *connection);
    void receive(Banter::Connection *connection, Banter::SharedMessage::Kind kind,
                 const QByteArray &payload);
    // A message within the rate, of a member that is not waiting for its name.
    void process(ChatMember &member, Banter::SharedMessage::Kind kind, const QByteArray &payload);
    ChatMember *memberOf(const QPointer<Banter::Connection> &connection);
    // With --redis: a plain client got its name from Redis (or why not).
    void becomeGuest(ChatMember &member, const QString &name, const QString &error);
    // The member no longer waits for its name (it has one, or will not get one): what it sent
    // meanwhile goes on (replayHeld()).
    void stopJoining(ChatMember &member);
    void replayHeld(ChatMember &member);
    void leave(Banter::Connection *connection);

    ChatRoom *openRoom(const QString &name, QString *refusal);
    void closeRoomIfEmpty(ChatRoom *room);
    bool isWithinRate(ChatMember &member);

    void handleCommand(ChatMember &member, const QByteArray &json);
    void join(ChatMember &member, const QJsonObject &command);
    // The member has its name (asked: what it asked for, empty for a guest's): the welcome, and
    // what it missed or the room's history.
    void welcome(ChatMember &member, const QJsonObject &command, const QString &asked,
                 const QString &name, const QStringList &members);
    // A resume beyond what this server keeps, with what Redis' stream has after offset.
    void resumeFromStream(ChatMember &member, ChatProtocol::Welcome welcome, quint64 offset,
                          const QList<ChatRoom::Entry> &entries);
    void enterRoom(ChatMember &member, ChatProtocol::Welcome welcome,
                   const std::vector<ChatRoom::Entry> &replay);
    void rename(ChatMember &member, const QJsonObject &command);
    void post(ChatMember &member, Banter::SharedMessage::Kind kind, const QByteArray &payload,
              const QString &id = QString());
    // The name asked for in command["name"], checked; empty (and an error sent) if invalid.
    QString requestedName(ChatMember &member, const QJsonObject &command);
    void sendJson(ChatMember &member, const QByteArray &json);
    void sendError(ChatMember &member, ChatProtocol::Error error, const QString &words,
                   const QString &id = QString());
    // To every member of the room: plain to the plain clients, v1 to the v1 ones that have
    // joined; either may be null.
    void broadcast(ChatRoom *room, const Banter::SharedMessage *plain,
                   const Banter::SharedMessage *v1);
    void announce(ChatRoom *room, const QByteArray &presence);
    // A numbered message to every member of its room: the payload as it came to the plain ones,
    // v1 (its JSON form) to the v1 ones.
    void deliver(ChatRoom *room, const ChatRoom::Entry &entry, const Banter::SharedMessage &v1);
    // From Redis (--redis): a room's message, numbered there, for every member here.
    void onDelivered(const QString &roomName, const ChatRoom::Entry &entry, const QString &epoch,
                     bool isHistory);
    void onOpened(const QString &roomName);
    // From Redis (--redis): a join, leave or rename on any server, for the v1 members here.
    void onPresence(const QString &roomName, const BanterRedis::RedisRoomPresence::Event &event);
    // A message Redis will not take: the sender hears why (v1), or is closed with 1013 (plain).
    void refuseUnstored(const QPointer<Banter::Connection> &connection, const QString &id,
                        const QString &why);

    std::unordered_map<Banter::Connection *, ChatMember> m_members;
    // With --redis: the rooms in Redis, and the joins that wait for their room to load.
    RedisRooms *m_redis = nullptr;
    std::map<QString, std::vector<std::pair<QPointer<Banter::Connection>, QJsonObject>>>
        m_waitingJoins;
    std::map<QString, std::unique_ptr<ChatRoom>> m_rooms;
    // Rooms nobody is in that keep their history, the longest empty first: they make way for
    // new rooms beyond --max-rooms.
    std::deque<ChatRoom *> m_emptyRooms;
    std::deque<std::function<void()>> m_pending;
    quint64 m_guests = 0;
    quint64 m_serials = 0;
    bool m_isRunning = false;
};

} // namespace BanterChat
