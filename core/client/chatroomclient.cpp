// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatroomclient.h"

#include <banter/connection.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Banter {

namespace {

QString field(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

ChatRoomClient::ChatRoomClient(QObject *parent) : QObject(parent)
{
    m_helloTimer.setSingleShot(true);
    m_helloTimer.setInterval(helloTimeout);
    connect(&m_helloTimer, &QTimer::timeout, this, &ChatRoomClient::becomePlain);
}

void ChatRoomClient::setRequestedName(const QString &name)
{
    m_requestedName = name.trimmed();
    if (m_mode == Mode::Joined && m_connection && !m_requestedName.isEmpty() &&
        m_requestedName != m_name) {
        m_connection->sendText(
            compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("rename")},
                                {QStringLiteral("name"), m_requestedName}}));
    }
}

void ChatRoomClient::start(Connection *connection, bool speaksV1)
{
    m_connection = connection;
    m_ownIds.clear();
    const QString place =
        connection->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (place != m_place)
        forgetPosition();
    m_place = place;
    if (speaksV1 && connection->subprotocol() == QLatin1String(subprotocol)) {
        m_mode = Mode::Candidate;
        m_helloTimer.start();
    } else {
        becomePlain();
    }
}

void ChatRoomClient::stop()
{
    m_helloTimer.stop();
    m_connection = nullptr;
    const bool wasJoined = m_mode == Mode::Joined;
    m_mode = Mode::Plain;
    m_members.clear();
    if (wasJoined)
        Q_EMIT roomChanged();
}

void ChatRoomClient::forgetPosition()
{
    m_offset = 0;
    m_epoch.clear();
}

void ChatRoomClient::becomePlain()
{
    m_helloTimer.stop();
    m_mode = Mode::Plain;
    // What waited for the decision may go now.
    Q_EMIT ready();
}

bool ChatRoomClient::handleText(const QString &text)
{
    if (m_mode == Mode::Plain)
        return false;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = field(object, "type");
    if (m_mode == Mode::Candidate) {
        if (type != QLatin1String("hello") ||
            field(object, "protocol") != QLatin1String(subprotocol)) {
            // Not a v1 server after all ("Welcome to Awesome Chat" from an echo server).
            becomePlain();
            return false;
        }
        onHello();
        return true;
    }
    if (type == QLatin1String("welcome"))
        onWelcome(object);
    else if (type == QLatin1String("message"))
        onMessage(object);
    else if (type == QLatin1String("presence"))
        onPresence(object);
    else if (type == QLatin1String("error"))
        onError(object);
    else
        return false; // not v1: shown as it came
    return true;
}

QString ChatRoomClient::wrapText(const QString &text, quint64 id)
{
    const QString ownId = QStringLiteral("b-%1").arg(id);
    m_ownIds.insert(ownId);
    return compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                               {QStringLiteral("text"), text},
                               {QStringLiteral("id"), ownId}});
}

void ChatRoomClient::onHello()
{
    m_helloTimer.stop();
    QJsonObject join{{QStringLiteral("type"), QStringLiteral("join")}};
    if (!m_requestedName.isEmpty())
        join.insert(QStringLiteral("name"), m_requestedName);
    if (!m_epoch.isEmpty()) {
        join.insert(QStringLiteral("since"), QJsonObject{{QStringLiteral("offset"), m_offset},
                                                         {QStringLiteral("epoch"), m_epoch}});
    }
    m_mode = Mode::Joining;
    m_connection->sendText(compact(join));
}

void ChatRoomClient::onWelcome(const QJsonObject &welcome)
{
    const bool isResume = welcome.contains(QLatin1String("recovered"));
    const bool isRecovered = welcome.value(QLatin1String("recovered")).toBool();
    const int history = welcome.value(QLatin1String("history")).toInt();
    m_room = field(welcome, "room");
    m_name = field(welcome, "name");
    m_members.clear();
    for (const QJsonValue &member : welcome.value(QLatin1String("members")).toArray())
        m_members.append(member.toString());
    if (!isResume || !isRecovered) {
        // A new history: what was kept of the room's position no longer applies.
        m_epoch = field(welcome, "epoch");
        m_offset = welcome.value(QLatin1String("offset")).toInteger() - history;
    }
    Q_EMIT statusLine(tr("joined room %1 as %2 (%n member(s))", nullptr, int(m_members.size()))
                          .arg(m_room, m_name));
    const QString requested = field(welcome, "requestedName");
    if (!requested.isEmpty())
        Q_EMIT statusLine(
            tr("the name %1 is taken in this room: you are %2").arg(requested, m_name));
    if (isResume && isRecovered)
        Q_EMIT statusLine(tr("resumed: %n message(s) missed while away", nullptr, history));
    else if (isResume)
        Q_EMIT statusLine(
            tr("could not resume (%1): the room's last %n message(s) follow", nullptr, history)
                .arg(reasonWords(field(welcome, "reason"))));
    else if (history > 0)
        Q_EMIT statusLine(tr("the room's last %n message(s) follow", nullptr, history));
    m_mode = Mode::Joined;
    Q_EMIT ready();
    Q_EMIT roomChanged();
}

void ChatRoomClient::onMessage(const QJsonObject &message)
{
    const qint64 offset = message.value(QLatin1String("offset")).toInteger();
    if (field(message, "epoch") == m_epoch && offset > m_offset)
        m_offset = offset;
    const QString id = field(message, "id");
    const QString sender = field(message, "sender");
    // Our own message, already a '>' row: the room's copy is not shown again, it marks the row.
    if (sender == m_name && !id.isEmpty() && m_ownIds.remove(id)) {
        Q_EMIT ownMessageDelivered(QStringView(id).mid(2).toULongLong(), quint64(offset));
        return;
    }
    const bool isHistory = message.value(QLatin1String("history")).toBool();
    const qint64 time = message.value(QLatin1String("time")).toInteger();
    if (message.contains(QLatin1String("binary"))) {
        Q_EMIT binaryReceived(sender, QByteArray::fromBase64(field(message, "binary").toLatin1()),
                              time, isHistory);
    } else {
        Q_EMIT textReceived(sender, field(message, "text"), time, isHistory);
    }
}

void ChatRoomClient::onPresence(const QJsonObject &presence)
{
    const QString event = field(presence, "event");
    const QString name = field(presence, "name");
    if (event == QLatin1String("join")) {
        if (name == m_name)
            return; // the welcome said it
        if (!m_members.contains(name))
            m_members.append(name);
        Q_EMIT statusLine(tr("%1 joined").arg(name));
    } else if (event == QLatin1String("leave")) {
        m_members.removeAll(name);
        Q_EMIT statusLine(tr("%1 left").arg(name));
    } else if (event == QLatin1String("rename")) {
        const QString from = field(presence, "from");
        const int at = int(m_members.indexOf(from));
        if (at >= 0)
            m_members[at] = name;
        if (from == m_name) {
            m_name = name;
            Q_EMIT statusLine(tr("you are now %1").arg(name));
        } else {
            Q_EMIT statusLine(tr("%1 is now %2").arg(from, name));
        }
    } else {
        return;
    }
    Q_EMIT roomChanged();
}

void ChatRoomClient::onError(const QJsonObject &error)
{
    m_ownIds.remove(field(error, "id"));
    Q_EMIT statusLine(tr("the room refused a message: %1 (%2)")
                          .arg(field(error, "message"), field(error, "code")));
}

QString ChatRoomClient::reasonWords(const QString &reason) const
{
    if (reason == QLatin1String("other_epoch"))
        return tr("the server lost the room's history since");
    if (reason == QLatin1String("too_old"))
        return tr("the room no longer keeps what was missed");
    if (reason == QLatin1String("unknown_offset"))
        return tr("the room never reached that point");
    return reason;
}

} // namespace Banter
