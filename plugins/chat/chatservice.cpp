// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatservice.h"

#include <banter/connection.h>
#include <banter/logging.h>

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace BanterChat {

using Banter::Connection;
using Banter::lcServer;
using Banter::SharedMessage;
using ChatProtocol::Error;

namespace {

const QString roomPattern = QStringLiteral("/([A-Za-z0-9._-]{1,64})?");
const QString lobby = QStringLiteral("lobby");
constexpr int maxNameLength = 32;
constexpr int maxIdLength = 128;
// What a member may send while its name comes from Redis, before it is closed.
constexpr std::size_t maxHeld = 1000;

QString pathRefusal()
{
    return QStringLiteral("no such room: the path is / (the lobby) or /NAME, NAME being 1 to 64 "
                          "of A-Z a-z 0-9 . _ -");
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ChatService::ChatService(QObject *parent) : Banter::Service(parent)
{
    setAcceptedPaths(QRegularExpression(roomPattern), pathRefusal());
    setSubprotocols({QLatin1String(ChatProtocol::subprotocol)});
}

ChatService::~ChatService()
{
    // Before the members it could still tell of something.
    delete m_redis;
}

QString ChatService::roomName(const QString &path)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(roomPattern));
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch())
        return QString();
    return match.hasCaptured(1) ? match.captured(1) : lobby;
}

template<typename Action> void ChatService::run(Action action)
{
    if (m_isRunning) {
        m_pending.emplace_back(std::move(action));
        return;
    }
    m_isRunning = true;
    action();
    while (!m_pending.empty()) {
        const std::function<void()> next = std::move(m_pending.front());
        m_pending.pop_front();
        next();
    }
    m_isRunning = false;
}

void ChatService::handleStart()
{
    if (settings().redisUrl.isEmpty())
        return;
    m_redis = new RedisRooms(settings().redisUrl, settings().history, this);
    connect(m_redis, &RedisRooms::said, this,
            [](const QString &line) { qCInfo(lcServer, "%s", qUtf8Printable(line)); });
    connect(m_redis, &RedisRooms::failed, this, &ChatService::failed);
    connect(m_redis, &RedisRooms::delivered, this, &ChatService::onDelivered);
    connect(m_redis, &RedisRooms::opened, this, &ChatService::onOpened);
    connect(m_redis, &RedisRooms::presence, this, &ChatService::onPresence);
    setStatisticsDetail([this] { return m_redis->statisticsLine(); });
    m_redis->start(settings().redisWait);
}

void ChatService::handleConnection(Connection *connection)
{
    run([this, connection] { enter(connection); });
}

void ChatService::handleText(Connection *connection, const QString &message)
{
    run([this, connection, message] {
        receive(connection, SharedMessage::Kind::Text, message.toUtf8());
    });
}

void ChatService::handleBinary(Connection *connection, const QByteArray &message)
{
    run([this, connection, message] { receive(connection, SharedMessage::Kind::Binary, message); });
}

void ChatService::handleClosed(Connection *connection)
{
    run([this, connection] { leave(connection); });
}

void ChatService::enter(Connection *connection)
{
    // Transports that cannot refuse a path at the handshake leave it to the service.
    const QString name = roomName(connection->url().path());
    if (name.isEmpty()) {
        drop(connection, Connection::CloseCode::PolicyViolated, pathRefusal());
        return;
    }
    QString refusal;
    ChatRoom *room = openRoom(name, &refusal);
    if (!room) {
        drop(connection, Connection::CloseCode::TryAgainLater, refusal);
        return;
    }
    if (int(room->members().size()) >= settings().maxMembers) {
        drop(connection, Connection::CloseCode::TryAgainLater,
             QStringLiteral("room %1 is full (%2 members)").arg(name).arg(settings().maxMembers));
        return;
    }
    ChatMember &member = m_members[connection];
    member.connection = connection;
    member.room = room;
    member.serial = ++m_serials;
    room->add(&member);
    if (connection->subprotocol() == QLatin1String(ChatProtocol::subprotocol)) {
        // Told that this is a v1 server; joins with its first message, which says under what
        // name and since when.
        member.protocol = ChatMember::Protocol::V1;
        sendText(connection, QString::fromUtf8(ChatProtocol::hello(*room)));
        return;
    }
    sendText(connection, QLatin1String(greeting));
    if (m_redis) {
        // A guest's name is given once across the servers; what it sends meanwhile waits.
        member.isJoining = true;
        m_redis->join(
            room->name(), member.serial, QString(), false,
            [this, guest = QPointer<Connection>(connection)](
                const BanterRedis::RedisRoomPresence::Claim &claim, const QString &error) {
                run([this, guest, claim, error] {
                    if (ChatMember *named = memberOf(guest))
                        becomeGuest(*named, claim.name, error);
                });
            });
        return;
    }
    member.name = room->freeName(QStringLiteral("guest-%1").arg(++m_guests));
    room->claimName(member.name);
    announce(room, ChatProtocol::presence(*room, ChatProtocol::Presence::Join, member.name));
}

ChatMember *ChatService::memberOf(const QPointer<Connection> &connection)
{
    const auto found = connection ? m_members.find(connection.data()) : m_members.end();
    return found == m_members.end() ? nullptr : &found->second;
}

void ChatService::becomeGuest(ChatMember &member, const QString &name, const QString &error)
{
    if (!error.isEmpty()) {
        drop(member.connection, Connection::CloseCode::TryAgainLater,
             QStringLiteral("no name in the room: %1").arg(error));
        return;
    }
    member.name = name;
    stopJoining(member);
}

void ChatService::stopJoining(ChatMember &member)
{
    member.isJoining = false;
    replayHeld(member);
}

void ChatService::replayHeld(ChatMember &member)
{
    const auto held = std::exchange(member.held, {});
    const QPointer<Connection> connection = member.connection;
    for (const auto &[kind, payload] : held) {
        // Each may close the connection (and so end the member).
        if (ChatMember *stillHere = memberOf(connection))
            process(*stillHere, kind, payload);
    }
}

ChatRoom *ChatService::openRoom(const QString &name, QString *refusal)
{
    if (const auto found = m_rooms.find(name); found != m_rooms.end()) {
        ChatRoom *room = found->second.get();
        m_emptyRooms.erase(std::remove(m_emptyRooms.begin(), m_emptyRooms.end(), room),
                           m_emptyRooms.end());
        return room;
    }
    if (int(m_rooms.size()) >= settings().maxRooms) {
        if (m_emptyRooms.empty()) {
            *refusal = QStringLiteral("too many rooms (%1)").arg(settings().maxRooms);
            return nullptr;
        }
        // The room that has been empty longest gives way, and its history goes.
        m_rooms.erase(m_emptyRooms.front()->name());
        m_emptyRooms.pop_front();
    }
    auto room = std::make_unique<ChatRoom>(name, settings().history);
    if (m_redis) {
        // Its epoch, offset and history are Redis': v1 members join once they are here.
        room->setLoading(true);
        m_redis->open(name);
    }
    return m_rooms.emplace(name, std::move(room)).first->second.get();
}

void ChatService::closeRoomIfEmpty(ChatRoom *room)
{
    if (!room->isEmpty())
        return;
    if (m_redis) {
        // Its history stays in Redis.
        m_waitingJoins.erase(room->name());
        m_redis->close(room->name());
        m_rooms.erase(room->name());
        return;
    }
    // Its history stays for those who come back, as long as rooms are not short.
    if (!room->history().empty())
        m_emptyRooms.push_back(room);
    else
        m_rooms.erase(room->name());
}

void ChatService::leave(Connection *connection)
{
    const auto found = m_members.find(connection);
    if (found == m_members.end())
        return;
    ChatMember &member = found->second;
    ChatRoom *room = member.room;
    const QString name = member.name;
    const quint64 serial = member.serial;
    room->remove(&member);
    m_members.erase(found);
    if (m_redis) {
        // Its leave comes back from Redis, to every server.
        m_redis->leave(room->name(), serial);
    } else if (!name.isEmpty()) {
        room->releaseName(name);
        announce(room, ChatProtocol::presence(*room, ChatProtocol::Presence::Leave, name));
    }
    closeRoomIfEmpty(room);
}

bool ChatService::isWithinRate(ChatMember &member)
{
    return member.limiter.take(settings().rate, settings().rateBurst, now());
}

void ChatService::receive(Connection *connection, SharedMessage::Kind kind,
                          const QByteArray &payload)
{
    const auto found = m_members.find(connection);
    if (found == m_members.end())
        return;
    ChatMember &member = found->second;
    if (!isWithinRate(member)) {
        const QString words = QStringLiteral("more than %1 messages a second").arg(settings().rate);
        if (member.isV1())
            sendError(member, Error::RateLimited, words);
        else if (connection->isOpen())
            drop(connection, Connection::CloseCode::PolicyViolated, words);
        return;
    }
    if (member.isJoining) {
        if (member.held.size() >= maxHeld) {
            drop(connection, Connection::CloseCode::TryAgainLater,
                 QStringLiteral("more than %1 messages before joining the room").arg(maxHeld));
            return;
        }
        member.held.emplace_back(kind, payload);
        return;
    }
    process(member, kind, payload);
}

void ChatService::process(ChatMember &member, SharedMessage::Kind kind, const QByteArray &payload)
{
    if (member.isV1() && kind == SharedMessage::Kind::Text) {
        handleCommand(member, payload);
        return;
    }
    if (!member.isJoined()) {
        sendError(member, Error::NotJoined, QStringLiteral("send \"join\" first"));
        return;
    }
    post(member, kind, payload);
}

void ChatService::handleCommand(ChatMember &member, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        sendError(member, Error::BadJson,
                  parseError.error != QJsonParseError::NoError
                      ? QStringLiteral("not JSON: %1").arg(parseError.errorString())
                      : QStringLiteral("not a JSON object"));
        return;
    }
    const QJsonObject command = document.object();
    const QString type = command.value(QLatin1String("type")).toString();
    const QString id = command.value(QLatin1String("id")).toString().left(maxIdLength);
    const bool isKnown = type == QLatin1String("join") || type == QLatin1String("message") ||
                         type == QLatin1String("rename");
    if (!isKnown) {
        sendError(member, Error::UnknownType,
                  QStringLiteral("unknown type \"%1\": join, message or rename").arg(type), id);
        return;
    }
    if (type == QLatin1String("join")) {
        if (member.isJoined()) {
            sendError(member, Error::BadMessage, QStringLiteral("already joined"), id);
        } else if (member.room->isLoading()) {
            member.isJoining = true;
            m_waitingJoins[member.room->name()].emplace_back(member.connection, command);
        } else {
            join(member, command);
        }
        return;
    }
    if (!member.isJoined()) {
        sendError(member, Error::NotJoined, QStringLiteral("send \"join\" first"), id);
        return;
    }
    if (type == QLatin1String("rename")) {
        rename(member, command);
        return;
    }
    const QJsonValue text = command.value(QLatin1String("text"));
    if (!text.isString()) {
        sendError(member, Error::BadMessage, QStringLiteral("a message needs a \"text\" string"),
                  id);
        return;
    }
    post(member, SharedMessage::Kind::Text, text.toString().toUtf8(), id);
}

QString ChatService::requestedName(ChatMember &member, const QJsonObject &command)
{
    const QJsonValue value = command.value(QLatin1String("name"));
    const QString name = value.toString().trimmed();
    const bool hasControl = std::any_of(name.cbegin(), name.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
    if (!value.isString() || name.isEmpty() || name.size() > maxNameLength || hasControl) {
        sendError(member, Error::NameInvalid,
                  QStringLiteral("a name is 1 to %1 characters, none of them a control character")
                      .arg(maxNameLength));
        return QString();
    }
    return name;
}

void ChatService::join(ChatMember &member, const QJsonObject &command)
{
    ChatRoom *room = member.room;
    QString asked;
    if (command.contains(QLatin1String("name"))) {
        asked = requestedName(member, command);
        if (asked.isEmpty()) {
            stopJoining(member);
            return;
        }
    }
    // Asking for "guest" is asking for a guest's name.
    const QString base = asked == QLatin1String("guest") ? QString() : asked;
    if (m_redis) {
        // The name, and who is in the room, come from Redis.
        member.isJoining = true;
        m_redis->join(
            room->name(), member.serial, base, true,
            [this, joiner = QPointer<Connection>(member.connection), command,
             asked](const BanterRedis::RedisRoomPresence::Claim &claim, const QString &error) {
                run([this, joiner, command, asked, claim, error] {
                    ChatMember *named = memberOf(joiner);
                    if (!named)
                        return;
                    if (!error.isEmpty()) {
                        sendError(*named, Error::Unavailable,
                                  QStringLiteral("not joined: %1").arg(error));
                        stopJoining(*named);
                        return;
                    }
                    welcome(*named, command, asked, claim.name, claim.members);
                });
            });
        return;
    }
    member.name =
        room->freeName(base.isEmpty() ? QStringLiteral("guest-%1").arg(++m_guests) : base);
    room->claimName(member.name);
    welcome(member, command, asked, member.name, room->names());
}

void ChatService::welcome(ChatMember &member, const QJsonObject &command, const QString &asked,
                          const QString &name, const QStringList &members)
{
    ChatRoom *room = member.room;
    ChatProtocol::Welcome welcome;
    welcome.name = name;
    if (name != asked && !asked.isEmpty())
        welcome.requestedName = asked;
    welcome.members = members;

    // What to replay: everything after "since" when the room still has all of it, otherwise
    // the history it keeps.
    const std::deque<ChatRoom::Entry> &history = room->history();
    const QJsonValue since = command.value(QLatin1String("since"));
    welcome.isResume = since.isObject();
    const qint64 offset = since.toObject().value(QLatin1String("offset")).toInteger(-1);
    if (welcome.isResume) {
        const quint64 oldest = history.empty() ? room->offset() + 1 : history.front().offset;
        if (since.toObject().value(QLatin1String("epoch")).toString() != room->epoch())
            welcome.failure = ChatProtocol::ResumeFailure::OtherEpoch;
        else if (offset < 0 || quint64(offset) > room->offset())
            welcome.failure = ChatProtocol::ResumeFailure::UnknownOffset;
        else if (quint64(offset) + 1 < oldest)
            welcome.failure = ChatProtocol::ResumeFailure::TooOld;
    }
    if (m_redis && welcome.failure == ChatProtocol::ResumeFailure::TooOld) {
        // Beyond what this server keeps: the room's stream in Redis may have it.
        m_redis->readAfter(room->name(), quint64(offset),
                           [this, joiner = QPointer<Connection>(member.connection), welcome,
                            offset](const QList<ChatRoom::Entry> &entries, const QString &) {
                               run([this, joiner, welcome, offset, entries] {
                                   if (ChatMember *resumed = memberOf(joiner))
                                       resumeFromStream(*resumed, welcome, quint64(offset),
                                                        entries);
                               });
                           });
        return;
    }
    std::vector<ChatRoom::Entry> replay;
    auto first = history.begin();
    if (welcome.isResume && welcome.failure == ChatProtocol::ResumeFailure::None)
        first = history.end() - qsizetype(room->offset() - quint64(offset));
    replay.assign(first, history.end());
    enterRoom(member, welcome, replay);
}

void ChatService::resumeFromStream(ChatMember &member, ChatProtocol::Welcome welcome,
                                   quint64 offset, const QList<ChatRoom::Entry> &entries)
{
    ChatRoom *room = member.room;
    // Exactly the messages after offset, up to where this server is: those after come live.
    std::vector<ChatRoom::Entry> replay;
    for (const ChatRoom::Entry &entry : entries) {
        if (entry.offset > room->offset())
            break;
        if (entry.offset != offset + 1 + replay.size())
            break;
        replay.push_back(entry);
    }
    if (offset + replay.size() == room->offset()) {
        welcome.failure = ChatProtocol::ResumeFailure::None;
    } else {
        const std::deque<ChatRoom::Entry> &history = room->history();
        replay.assign(history.begin(), history.end());
    }
    enterRoom(member, welcome, replay);
}

void ChatService::enterRoom(ChatMember &member, ChatProtocol::Welcome welcome,
                            const std::vector<ChatRoom::Entry> &replay)
{
    ChatRoom *room = member.room;
    welcome.historyCount = int(replay.size());
    member.name = welcome.name;
    member.isJoining = false;
    sendJson(member, ChatProtocol::welcome(*room, welcome));
    for (const ChatRoom::Entry &entry : replay)
        sendJson(member, ChatProtocol::message(*room, entry, true));
    const QByteArray presence =
        ChatProtocol::presence(*room, ChatProtocol::Presence::Join, member.name);
    if (m_redis) {
        // The others hear it from Redis.
        sendJson(member, presence);
    } else {
        announce(room, presence);
    }
    replayHeld(member);
}

void ChatService::rename(ChatMember &member, const QJsonObject &command)
{
    const QString asked = requestedName(member, command);
    if (asked.isEmpty() || asked == member.name)
        return;
    ChatRoom *room = member.room;
    if (m_redis) {
        // Everyone, this member too, hears of it from Redis.
        m_redis->rename(
            room->name(), member.serial, asked,
            [this, renamed = QPointer<Connection>(member.connection)](
                const BanterRedis::RedisRoomPresence::Claim &claim, const QString &error) {
                run([this, renamed, claim, error] {
                    ChatMember *named = memberOf(renamed);
                    if (!named)
                        return;
                    if (error.isEmpty())
                        named->name = claim.name;
                    else
                        sendError(*named, Error::Unavailable,
                                  QStringLiteral("not renamed: %1").arg(error));
                });
            });
        return;
    }
    const QString previous = member.name;
    room->releaseName(previous);
    member.name = room->freeName(asked);
    room->claimName(member.name);
    announce(room, ChatProtocol::presence(*room, ChatProtocol::Presence::Rename, member.name,
                                          previous, member.name == asked ? QString() : asked));
}

void ChatService::post(ChatMember &member, SharedMessage::Kind kind, const QByteArray &payload,
                       const QString &id)
{
    ChatRoom *room = member.room;
    ChatRoom::Entry entry;
    entry.time = now();
    entry.sender = member.name;
    entry.id = id;
    entry.payload = payload;
    entry.kind = kind;
    // The v1 form is made before the message is numbered: one too large is not a message.
    entry.offset = room->offset() + 1;
    const SharedMessage v1 = SharedMessage::text(ChatProtocol::message(*room, entry, false));
    if (member.isV1() && v1.payload().size() > settings().maxMessageSize) {
        sendError(member, Error::TooLarge,
                  QStringLiteral("the message would go out in %1 bytes, over the limit of %2")
                      .arg(v1.payload().size())
                      .arg(settings().maxMessageSize),
                  id);
        return;
    }
    if (m_redis) {
        // Numbered by Redis, and delivered to everyone (the sender too) when it comes back.
        m_redis->publish(
            room->name(), entry,
            [this, connection = QPointer<Connection>(member.connection), id](const QString &error) {
                if (error.isEmpty() || !connection)
                    return;
                run([this, connection, id, error] { refuseUnstored(connection, id, error); });
            });
        return;
    }
    room->append(entry);
    qCDebug(lcServer, "room %s: message %llu from %s", qUtf8Printable(room->name()),
            qulonglong(entry.offset), qUtf8Printable(entry.sender));
    deliver(room, entry, v1);
}

void ChatService::deliver(ChatRoom *room, const ChatRoom::Entry &entry, const SharedMessage &v1)
{
    const SharedMessage plain = entry.kind == SharedMessage::Kind::Text
                                    ? SharedMessage::text(entry.payload)
                                    : SharedMessage::binary(entry.payload);
    broadcast(room, &plain, &v1);
}

void ChatService::refuseUnstored(const QPointer<Connection> &connection, const QString &id,
                                 const QString &why)
{
    ChatMember *member = memberOf(connection);
    if (!member)
        return;
    const QString words = QStringLiteral("not delivered: %1").arg(why);
    if (member->isV1())
        sendError(*member, Error::Unavailable, words, id);
    else if (connection->isOpen())
        drop(connection.data(), Connection::CloseCode::TryAgainLater, words);
}

void ChatService::onDelivered(const QString &roomName, const ChatRoom::Entry &entry,
                              const QString &epoch, bool isHistory)
{
    run([this, roomName, entry, epoch, isHistory] {
        const auto found = m_rooms.find(roomName);
        if (found == m_rooms.end())
            return;
        ChatRoom *room = found->second.get();
        if (room->epoch() != epoch)
            room->restart(epoch);
        room->accept(entry);
        if (!isHistory)
            deliver(room, entry, SharedMessage::text(ChatProtocol::message(*room, entry, false)));
    });
}

void ChatService::onOpened(const QString &roomName)
{
    run([this, roomName] {
        const auto found = m_rooms.find(roomName);
        if (found == m_rooms.end())
            return;
        found->second->setLoading(false);
        const auto waiting = m_waitingJoins.find(roomName);
        if (waiting == m_waitingJoins.end())
            return;
        const auto joins = std::move(waiting->second);
        m_waitingJoins.erase(waiting);
        for (const auto &[connection, command] : joins) {
            ChatMember *member = memberOf(connection);
            if (member && !member->isJoined())
                join(*member, command);
        }
    });
}

void ChatService::onPresence(const QString &roomName,
                             const BanterRedis::RedisRoomPresence::Event &event)
{
    using Kind = BanterRedis::RedisRoomPresence::Event::Kind;
    run([this, roomName, event] {
        const auto found = m_rooms.find(roomName);
        if (found == m_rooms.end())
            return;
        ChatRoom *room = found->second.get();
        const ChatProtocol::Presence kind = event.kind == Kind::Join ? ChatProtocol::Presence::Join
                                            : event.kind == Kind::Leave
                                                ? ChatProtocol::Presence::Leave
                                                : ChatProtocol::Presence::Rename;
        const SharedMessage v1 = SharedMessage::text(ChatProtocol::presence(
            *room, kind, event.name, event.from, event.requested, event.time));
        for (ChatMember *member : room->members()) {
            // A member here heard of its own arrival right after its welcome.
            const bool isOwnJoin = event.kind == Kind::Join && member->name == event.name;
            if (member->isV1() && member->isJoined() && !isOwnJoin && member->connection->isOpen())
                sendShared(member->connection, v1);
        }
    });
}

void ChatService::announce(ChatRoom *room, const QByteArray &presence)
{
    const SharedMessage v1 = SharedMessage::text(presence);
    broadcast(room, nullptr, &v1);
}

void ChatService::broadcast(ChatRoom *room, const SharedMessage *plain, const SharedMessage *v1)
{
    // Nobody leaves the room meanwhile: leaving waits until this is over (run()). Sending may
    // drop a member that does not read (its output cap); the others do not wait for it.
    const std::vector<ChatMember *> &members = room->members();
    for (ChatMember *member : members) {
        const SharedMessage *message = member->isV1() ? (member->isJoined() ? v1 : nullptr) : plain;
        if (message && member->connection->isOpen())
            sendShared(member->connection, *message);
    }
}

void ChatService::sendJson(ChatMember &member, const QByteArray &json)
{
    sendShared(member.connection, SharedMessage::text(json));
}

void ChatService::sendError(ChatMember &member, Error error, const QString &words,
                            const QString &id)
{
    qCDebug(lcServer, "%s: error %s: %s", qUtf8Printable(member.connection->peerAddress()),
            qUtf8Printable(ChatProtocol::errorCode(error)), qUtf8Printable(words));
    sendJson(member, ChatProtocol::error(error, words, id));
}

} // namespace BanterChat
