// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chatroom.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The JSON messages of banter.chat.v1, as the server writes them (docs/PROTOCOL.md). Each
// function returns one compact JSON text in UTF-8.
namespace BanterChat::ChatProtocol {

inline constexpr char subprotocol[] = "banter.chat.v1";

enum class Error {
    BadJson,     // not a JSON object
    UnknownType, // "type" is none the server knows
    BadMessage,  // a field is missing or of the wrong kind, or the message comes out of turn
    NotJoined,   // anything but "join" before "join"
    TooLarge,    // the message would go out in a frame over the server's message size limit
    RateLimited, // over --rate
    NameInvalid, // not 1 to 32 characters, or a control character
    Unavailable, // the room's shared store (Redis) cannot take the message now
};

enum class Presence { Join, Leave, Rename };

// Why a resume could not give exactly what was missed.
enum class ResumeFailure { None, OtherEpoch, TooOld, UnknownOffset };

QString errorCode(Error error);

// The first thing a v1 client hears, before it joins: proof that the server speaks v1 (a server
// that agrees to any offered subprotocol, as Node's ws does by default, sends no such thing).
QByteArray hello(const ChatRoom &room);

QByteArray message(const ChatRoom &room, const ChatRoom::Entry &entry, bool isHistory);

struct Welcome
{
    QString name;
    QString requestedName; // given when name differs from what the member asked for
    QStringList members;
    bool isResume = false;
    ResumeFailure failure = ResumeFailure::None;
    int historyCount = 0; // messages that follow the welcome, marked as history
};
QByteArray welcome(const ChatRoom &room, const Welcome &welcome);

// time: when it happened (ms since 1970, UTC), 0 for now.
QByteArray presence(const ChatRoom &room, Presence event, const QString &name,
                    const QString &previousName = QString(),
                    const QString &requestedName = QString(), qint64 time = 0);

QByteArray error(Error error, const QString &words, const QString &id = QString());

} // namespace BanterChat::ChatProtocol
