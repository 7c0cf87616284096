// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace Banter {

class Connection;

// The client side of banter.chat.v1 (docs/PROTOCOL.md) for one ChatSession: it decides whether
// the server speaks it, joins the room under the user's name and resumes where the last
// connection left off, turns what the room sends into rows, and wraps what the user types.
//
// A connection starts Plain when no subprotocol was agreed. When banter.chat.v1 was, it is only
// a Candidate: a Node ws server agrees to any subprotocol offered. The server's hello makes it
// Joining (join sent) and its welcome Joined; anything else first, or nothing within
// helloTimeout, makes it Plain, and it stays what it was: today's behaviour against an echo
// server. The session sends nothing while a connection is Candidate or Joining.
class BANTERCLIENT_EXPORT ChatRoomClient : public QObject
{
    Q_OBJECT

public:
    static constexpr char subprotocol[] = "banter.chat.v1";
    static constexpr std::chrono::milliseconds helloTimeout{1500};

    enum class Mode { Plain, Candidate, Joining, Joined };
    Q_ENUM(Mode)

    explicit ChatRoomClient(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Plain or Joined: the session may send.
    bool isReady() const { return m_mode == Mode::Plain || m_mode == Mode::Joined; }
    bool isJoined() const { return m_mode == Mode::Joined; }

    // The name to join under (empty: the server picks guest-N), and to rename to when joined.
    QString requestedName() const { return m_requestedName; }
    void setRequestedName(const QString &name);
    // Once joined: the room, the name the server gave, who is there.
    QString room() const { return m_room; }
    QString name() const { return m_name; }
    QStringList members() const { return m_members; }

    // A new connection is open: Plain, or Candidate when it agreed on banter.chat.v1 and
    // speaksV1. Where it resumes from is kept for the same URL only (forgetPosition() drops it).
    void start(Connection *connection, bool speaksV1 = true);
    // The connection is gone.
    void stop();
    void forgetPosition();

    // A text message from the server: true when it was banter.chat.v1 and is dealt with here,
    // false when the session shows it as it is.
    bool handleText(const QString &text);
    // What the session sends for a typed text once joined: a v1 message with id.
    QString wrapText(const QString &text, quint64 id);

Q_SIGNALS:
    // Plain or Joined: what waits may be sent now.
    void ready();
    void roomChanged();
    // A line for the log ('#').
    void statusLine(const QString &text);
    // A message from another member (or one of ours the session did not send: after a restart),
    // with the server's time; isHistory when the room replays it from before the user joined.
    void textReceived(const QString &sender, const QString &text, qint64 msecsSinceEpoch,
                      bool isHistory);
    void binaryReceived(const QString &sender, const QByteArray &data, qint64 msecsSinceEpoch,
                        bool isHistory);
    // The room delivered our message that wrapText() wrapped with id: it is the room's offset-th.
    // The copy is not shown again (no textReceived for it).
    void ownMessageDelivered(quint64 id, quint64 offset);

private:
    void becomePlain();
    void onHello();
    void onWelcome(const QJsonObject &welcome);
    void onMessage(const QJsonObject &message);
    void onPresence(const QJsonObject &presence);
    void onError(const QJsonObject &error);
    QString reasonWords(const QString &reason) const;

    Connection *m_connection = nullptr;
    Mode m_mode = Mode::Plain;
    QTimer m_helloTimer;
    QString m_requestedName;
    QString m_room;
    QString m_name;
    QStringList m_members;
    // The ids of what this client sent and the room has not yet sent back.
    QSet<QString> m_ownIds;
    // Where the last connection to this URL (without its query) left off, for "since".
    QString m_place;
    qint64 m_offset = 0;
    QString m_epoch;
};

} // namespace Banter
