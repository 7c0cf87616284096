// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/connection.h>
#include <banter/itransport.h>
#include <banter/listener.h>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

// An echo server, on the real WebSocket transport, that misbehaves on purpose in the ways
// echo correlation must notice: it drops every Nth message, answers pairs in the wrong order,
// and echoes binary messages as text (as the reference Node server does).
class MischievousEchoServer : public QObject
{
    Q_OBJECT

public:
    struct Mischief
    {
        int dropEvery = 0;         // 0: none; 3: the 3rd, 6th, 9th, ... message is not echoed
        bool swapPairs = false;    // the 2nd is echoed before the 1st, the 4th before the 3rd, ...
        bool binaryAsText = false; // a binary message comes back as a text message of its bytes
        bool welcome = true;       // says "Welcome to Awesome Chat" first, which is no echo
    };

    explicit MischievousEchoServer(Banter::ITransport *transport, QObject *parent = nullptr);

    bool start(const Mischief &mischief);
    QUrl url() const;
    int received() const { return m_received; }

private:
    struct Message
    {
        bool isBinary;
        QByteArray bytes;
    };
    void onMessage(Banter::Connection *connection, const Message &message);
    void echo(Banter::Connection *connection, const Message &message);

    Banter::ITransport *m_transport;
    QPointer<Banter::Listener> m_listener;
    Mischief m_mischief;
    int m_received = 0;
    std::optional<Message> m_held; // the first of a pair, until the second was echoed
};
