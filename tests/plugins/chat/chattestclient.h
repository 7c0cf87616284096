// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QWebSocket>

// A chat client for the tests: a real QWebSocket that offers banter.chat.v1 or nothing, and
// records everything the server sends, as "T:<text>" and "B:<hex>", and for v1 as JSON too.
class ChatTestClient : public QObject
{
    Q_OBJECT

public:
    enum class Protocol { Plain, V1 };

    ChatTestClient(const QUrl &url, Protocol protocol, QObject *parent = nullptr);

    QWebSocket &socket() { return m_socket; }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    const QStringList &received() const { return m_received; }
    // The v1 messages received, in order; with a type, only those of that type.
    QList<QJsonObject> messages(const QString &type = QString()) const;

    void send(const QJsonObject &message);
    // {"type": "join", "name": name}, and since when given.
    void join(const QString &name, const QJsonObject &since = QJsonObject());
    void say(const QString &text, const QString &id = QString());

private:
    QWebSocket m_socket;
    QStringList m_received;
};
