// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterglobal.h"
#include "connection.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>

namespace Banter {

class ChatModel;
class PluginRegistry;

// One chat: owns the current Connection, picks its transport from the URL scheme, writes every
// event into the ChatModel, and keeps an outbox of what was typed while not connected, which it
// delivers in order once the connection is open.
class BANTERCORE_EXPORT ChatSession : public QObject
{
    Q_OBJECT

public:
    ChatSession(PluginRegistry *registry, ChatModel *model, QObject *parent = nullptr);
    ~ChatSession() override;

    QUrl url() const { return m_url; }
    Connection::State state() const;
    int outboxCount() const { return int(m_outbox.size()); }

    // Connects to url, replacing any current connection. Returns false, with a status line in
    // words, when the URL is malformed or no transport handles its scheme.
    bool open(const QUrl &url);
    // Connects again to the last URL.
    bool reopen() { return open(m_url); }
    void close();

    // Shows the message at once as a '>' row and sends it, or keeps it in the outbox until the
    // connection opens. Returns false, keeping nothing, when there is no connection to wait for
    // (no URL given yet, or its scheme has no transport): the caller keeps the text.
    bool sendText(const QString &text);
    bool sendBinary(const QByteArray &data);

Q_SIGNALS:
    void stateChanged(Banter::Connection::State state);
    void urlChanged(const QUrl &url);

private:
    struct Outgoing
    {
        QString text;
        QByteArray bytes;
        bool isBinary = false;
        int row = -1;
    };

    bool send(Outgoing &&message);
    bool deliver(const Outgoing &message);
    void flushOutbox();
    void onStateChanged(Connection::State state);
    void status(const QString &text);

    PluginRegistry *m_registry;
    ChatModel *m_model;
    QPointer<Connection> m_connection;
    QUrl m_url;
    std::deque<Outgoing> m_outbox;
    Connection::State m_lastState = Connection::State::Closed;
};

} // namespace Banter
