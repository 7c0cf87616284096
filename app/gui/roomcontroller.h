// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMainWindow;
QT_END_NAMESPACE

namespace Banter {

class ChatSession;

// The window's side of chat rooms (banter.chat.v1, ChatRoomClient): a Members panel beside the
// log while the window is in a room, the room and the user's name in the status bar and the
// title, and Connection → Set Name…. Settings, group "chat": name (the name to join under) and
// offerProtocol (true by default; false makes the window a plain client everywhere).
class RoomController : public QObject
{
    Q_OBJECT

public:
    explicit RoomController(QMainWindow *window);

    QAction *setNameAction() const { return m_setNameAction; }
    QLabel *roomLabel() const { return m_roomLabel; }

    void loadSettings();
    // Gives session the name and protocol choice of the settings (a new tab's).
    void configure(ChatSession *session);
    // The session whose room the panel, status bar and title show (the current tab's).
    void setSession(ChatSession *session);
    // Asks for the name (a dialog named "chatNameDialog"); setName() on OK.
    void askName();
    // Joins under name from now on, renames at once in a room, and keeps it in the settings.
    void setName(const QString &name);
    // Sets the texts again in the language in force, after the window has set its own title
    // (the title outside a room).
    void retranslate();

private:
    void update();

    QPointer<ChatSession> m_session;
    // Every session configured, for a name set later.
    QList<QPointer<ChatSession>> m_sessions;
    QString m_name;
    bool m_offersProtocol = true;
    QMainWindow *m_window;
    QString m_title; // the window's title outside a room
    QAction *m_setNameAction;
    QDockWidget *m_membersDock;
    QListWidget *m_members;
    QLabel *m_roomLabel;
    bool m_hasSizedDock = false;
};

} // namespace Banter
