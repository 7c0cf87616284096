// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatrecord.h"

namespace BanterChat::ChatRecord {

namespace {

// "LENGTH:" then the bytes: sender and id may hold any character.
void appendField(QByteArray &out, const QByteArray &field)
{
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
}

bool readField(const QByteArray &in, qsizetype &at, QByteArray *field)
{
    const qsizetype colon = in.indexOf(':', at);
    if (colon < 0)
        return false;
    bool isNumber = false;
    const qsizetype length = in.mid(at, colon - at).toLongLong(&isNumber);
    if (!isNumber || length < 0 || colon + 1 + length > in.size())
        return false;
    *field = in.mid(colon + 1, length);
    at = colon + 1 + length;
    return true;
}

} // namespace

QByteArray encode(const ChatRoom::Entry &entry)
{
    const QByteArray sender = entry.sender.toUtf8();
    const QByteArray id = entry.id.toUtf8();
    QByteArray out;
    out.reserve(entry.payload.size() + sender.size() + id.size() + 32);
    out += entry.kind == Banter::SharedMessage::Kind::Text ? 'T' : 'B';
    out += QByteArray::number(entry.time);
    out += ' ';
    appendField(out, sender);
    appendField(out, id);
    out += entry.payload;
    return out;
}

std::optional<ChatRoom::Entry> decode(const QByteArray &body)
{
    if (body.isEmpty() || (body.at(0) != 'T' && body.at(0) != 'B'))
        return std::nullopt;
    const qsizetype space = body.indexOf(' ');
    bool isNumber = false;
    ChatRoom::Entry entry;
    entry.kind =
        body.at(0) == 'T' ? Banter::SharedMessage::Kind::Text : Banter::SharedMessage::Kind::Binary;
    entry.time = space < 0 ? 0 : body.mid(1, space - 1).toLongLong(&isNumber);
    if (!isNumber)
        return std::nullopt;
    qsizetype at = space + 1;
    QByteArray sender;
    QByteArray id;
    if (!readField(body, at, &sender) || !readField(body, at, &id))
        return std::nullopt;
    entry.sender = QString::fromUtf8(sender);
    entry.id = QString::fromUtf8(id);
    entry.payload = body.mid(at);
    return entry;
}

} // namespace BanterChat::ChatRecord
