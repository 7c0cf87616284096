// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QLatin1StringView>

namespace Banter {

// One message on its way to many connections (a chat room's members): made once, sent to each
// with Connection::sendShared(). A transport that frames messages for the wire frames it at the
// first connection and keeps the frame in the message, so the next connections of the same
// transport write the very same bytes: no per-member copy or re-encoding.
class SharedMessage
{
public:
    enum class Kind { Text, Binary };

    SharedMessage() = default;
    // utf8 must be valid UTF-8.
    static SharedMessage text(const QByteArray &utf8) { return SharedMessage(Kind::Text, utf8); }
    static SharedMessage binary(const QByteArray &data)
    {
        return SharedMessage(Kind::Binary, data);
    }

    Kind kind() const { return m_kind; }
    bool isText() const { return m_kind == Kind::Text; }
    // The text in UTF-8, or the binary data.
    const QByteArray &payload() const { return m_payload; }

    // The wire form a transport made of the message, tagged with the transport's name for its
    // form ("websocket-server"); empty when none was made for that format yet.
    QByteArray wireForm(QLatin1StringView format) const
    {
        return format == m_wireFormat ? m_wireForm : QByteArray();
    }
    // Kept in the message even though it is passed on as const: it is a cache, not a change.
    void setWireForm(QLatin1StringView format, const QByteArray &bytes) const
    {
        m_wireFormat = format;
        m_wireForm = bytes;
    }

private:
    SharedMessage(Kind kind, const QByteArray &payload) : m_payload(payload), m_kind(kind) {}

    QByteArray m_payload;
    mutable QByteArray m_wireForm;
    mutable QLatin1StringView m_wireFormat;
    Kind m_kind = Kind::Text;
};

} // namespace Banter
