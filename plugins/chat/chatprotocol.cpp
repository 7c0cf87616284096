// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatprotocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace BanterChat::ChatProtocol {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString resumeReason(ResumeFailure failure)
{
    switch (failure) {
    case ResumeFailure::OtherEpoch:
        return QStringLiteral("other_epoch");
    case ResumeFailure::TooOld:
        return QStringLiteral("too_old");
    case ResumeFailure::UnknownOffset:
        return QStringLiteral("unknown_offset");
    case ResumeFailure::None:
        break;
    }
    return QString();
}

QString presenceEvent(Presence event)
{
    switch (event) {
    case Presence::Join:
        return QStringLiteral("join");
    case Presence::Leave:
        return QStringLiteral("leave");
    case Presence::Rename:
        break;
    }
    return QStringLiteral("rename");
}

} // namespace

QString errorCode(Error error)
{
    switch (error) {
    case Error::BadJson:
        return QStringLiteral("bad_json");
    case Error::UnknownType:
        return QStringLiteral("unknown_type");
    case Error::BadMessage:
        return QStringLiteral("bad_message");
    case Error::NotJoined:
        return QStringLiteral("not_joined");
    case Error::TooLarge:
        return QStringLiteral("too_large");
    case Error::RateLimited:
        return QStringLiteral("rate_limited");
    case Error::Unavailable:
        return QStringLiteral("unavailable");
    case Error::NameInvalid:
        break;
    }
    return QStringLiteral("name_invalid");
}

QByteArray message(const ChatRoom &room, const ChatRoom::Entry &entry, bool isHistory)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("room"), room.name()},
                       {QStringLiteral("sender"), entry.sender},
                       {QStringLiteral("time"), entry.time},
                       {QStringLiteral("offset"), qint64(entry.offset)},
                       {QStringLiteral("epoch"), room.epoch()}};
    if (entry.kind == Banter::SharedMessage::Kind::Text) {
        object.insert(QStringLiteral("text"), QString::fromUtf8(entry.payload));
    } else {
        object.insert(QStringLiteral("binary"), QString::fromLatin1(entry.payload.toBase64()));
    }
    if (!entry.id.isEmpty())
        object.insert(QStringLiteral("id"), entry.id);
    if (isHistory)
        object.insert(QStringLiteral("history"), true);
    return compact(object);
}

QByteArray hello(const ChatRoom &room)
{
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("hello")},
                               {QStringLiteral("protocol"), QLatin1String(subprotocol)},
                               {QStringLiteral("room"), room.name()}});
}

QByteArray welcome(const ChatRoom &room, const Welcome &welcome)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("welcome")},
                       {QStringLiteral("room"), room.name()},
                       {QStringLiteral("name"), welcome.name},
                       {QStringLiteral("members"), QJsonArray::fromStringList(welcome.members)},
                       {QStringLiteral("offset"), qint64(room.offset())},
                       {QStringLiteral("epoch"), room.epoch()},
                       {QStringLiteral("history"), welcome.historyCount}};
    if (!welcome.requestedName.isEmpty())
        object.insert(QStringLiteral("requestedName"), welcome.requestedName);
    if (welcome.isResume) {
        const bool isRecovered = welcome.failure == ResumeFailure::None;
        object.insert(QStringLiteral("recovered"), isRecovered);
        if (!isRecovered)
            object.insert(QStringLiteral("reason"), resumeReason(welcome.failure));
    }
    return compact(object);
}

QByteArray presence(const ChatRoom &room, Presence event, const QString &name,
                    const QString &previousName, const QString &requestedName, qint64 time)
{
    QJsonObject object{
        {QStringLiteral("type"), QStringLiteral("presence")},
        {QStringLiteral("event"), presenceEvent(event)},
        {QStringLiteral("room"), room.name()},
        {QStringLiteral("name"), name},
        {QStringLiteral("time"), time > 0 ? time : QDateTime::currentMSecsSinceEpoch()}};
    if (!previousName.isEmpty())
        object.insert(QStringLiteral("from"), previousName);
    if (!requestedName.isEmpty())
        object.insert(QStringLiteral("requestedName"), requestedName);
    return compact(object);
}

QByteArray error(Error error, const QString &words, const QString &id)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("error")},
                       {QStringLiteral("code"), errorCode(error)},
                       {QStringLiteral("message"), words}};
    if (!id.isEmpty())
        object.insert(QStringLiteral("id"), id);
    return compact(object);
}

} // namespace BanterChat::ChatProtocol
