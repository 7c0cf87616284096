// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"
#include "messagetemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace Banter {

// A named message kept for sending again and again: a text, whose {{variables}} are filled in
// each time it is sent (MessageTemplate), or bytes written as hex ("00 01 ff", HexText), sent
// as a binary message. It belongs to every connection, or to one (its connectionKey()).
class BANTERCLIENT_EXPORT Snippet
{
    Q_DECLARE_TR_FUNCTIONS(Banter::Snippet)

public:
    enum class Kind { Text, Binary };

    // What one sending of a snippet puts on the wire.
    struct Message
    {
        Kind kind = Kind::Text;
        QString text;
        QByteArray bytes;
    };

    QString name;
    Kind kind = Kind::Text;
    QString body;       // the text, or the bytes in hex
    QString connection; // empty: every connection; otherwise a connectionKey()

    // Which connection a URL is, for snippets of one connection: the URL without its user name,
    // password, query and fragment ("wss://example.org:8443/room").
    static QString connectionKey(const QUrl &url);

    bool isForEveryConnection() const { return connection.isEmpty(); }
    bool appliesTo(const QString &connectionKey) const
    {
        return connection.isEmpty() || connection == connectionKey;
    }
    // Why the snippet cannot be kept as it is, in words (no name, no message, bytes that are
    // not hex);
    // empty when it can. Variables are checked when it is sent, against the table of then.
    QString problem() const;
    // The message to send now: the text with its variables filled in from context (which
    // counts it), or the bytes. nullopt, with *error in words, when it cannot be made.
    std::optional<Message> message(MessageTemplate::Context *context, QString *error) const;

    bool operator==(const Snippet &other) const
    {
        return name == other.name && kind == other.kind && body == other.body &&
               connection == other.connection;
    }
};

} // namespace Banter
