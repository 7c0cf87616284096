// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chattestclient.h"

#include <QJsonDocument>
#include <QWebSocketHandshakeOptions>

ChatTestClient::ChatTestClient(const QUrl &url, Protocol protocol, QObject *parent)
    : QObject(parent)
{
    m_socket.setOutgoingFrameSize(64 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { m_received.append(QLatin1String("T:") + text); });
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
        m_received.append(QLatin1String("B:") + QString::fromLatin1(data.toHex()));
    });
    QWebSocketHandshakeOptions options;
    if (protocol == Protocol::V1)
        options.setSubprotocols({QStringLiteral("banter.chat.v1")});
    m_socket.open(url, options);
}

QList<QJsonObject> ChatTestClient::messages(const QString &type) const
{
    QList<QJsonObject> result;
    for (const QString &entry : m_received) {
        if (!entry.startsWith(QLatin1String("T:{")))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(entry.mid(2).toUtf8()).object();
        if (type.isEmpty() || object.value(QLatin1String("type")).toString() == type)
            result.append(object);
    }
    return result;
}

void ChatTestClient::send(const QJsonObject &message)
{
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void ChatTestClient::join(const QString &name, const QJsonObject &since)
{
    QJsonObject message{{QStringLiteral("type"), QStringLiteral("join")},
                        {QStringLiteral("name"), name}};
    if (!since.isEmpty())
        message.insert(QStringLiteral("since"), since);
    send(message);
}

void ChatTestClient::say(const QString &text, const QString &id)
{
    QJsonObject message{{QStringLiteral("type"), QStringLiteral("message")},
                        {QStringLiteral("text"), text}};
    if (!id.isEmpty())
        message.insert(QStringLiteral("id"), id);
    send(message);
}
