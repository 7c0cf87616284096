// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomcontroller.h"

#include "dockbuttons.h"

#include <chatroomclient.h>
#include <chatsession.h>

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QSettings>

namespace Banter {

namespace {

const QString chatGroup = QStringLiteral("chat");

} // namespace

RoomController::RoomController(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_setNameAction(new QAction(this))
    , m_membersDock(new QDockWidget(window))
    , m_members(new QListWidget)
    , m_roomLabel(new QLabel)
{
    m_setNameAction->setObjectName(QStringLiteral("setNameAction"));
    connect(m_setNameAction, &QAction::triggered, this, &RoomController::askName);

    m_members->setObjectName(QStringLiteral("membersList"));
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    m_membersDock->setObjectName(QStringLiteral("membersDock"));
    m_membersDock->setWidget(m_members);
    m_membersDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::RightDockWidgetArea, m_membersDock);
    m_roomLabel->setObjectName(QStringLiteral("roomLabel"));
    retranslate();
}

void RoomController::retranslate()
{
    m_title = m_window->windowTitle();
    m_setNameAction->setText(tr("Set &Name…"));
    m_setNameAction->setToolTip(tr("Your name in chat rooms"));
    m_membersDock->setWindowTitle(tr("Members"));
    m_members->setAccessibleName(tr("Members of the room"));
    nameDockButtons(m_membersDock);
    update();
}

void RoomController::loadSettings()
{
    QSettings settings;
    settings.beginGroup(chatGroup);
    m_name = settings.value(QStringLiteral("name")).toString();
    m_offersProtocol = settings.value(QStringLiteral("offerProtocol"), true).toBool();
    for (ChatSession *session : std::as_const(m_sessions)) {
        if (session)
            configure(session);
    }
}

void RoomController::configure(ChatSession *session)
{
    session->setChatName(m_name);
    session->setOffersChatProtocol(m_offersProtocol);
    m_sessions.removeAll(nullptr);
    if (!m_sessions.contains(session))
        m_sessions.append(session);
}

void RoomController::setSession(ChatSession *session)
{
    if (m_session)
        disconnect(m_session, &ChatSession::roomChanged, this, &RoomController::update);
    m_session = session;
    connect(session, &ChatSession::roomChanged, this, &RoomController::update);
    update();
}

void RoomController::askName()
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("chatNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set Name"));
    dialog->setLabelText(
        tr("Your name in chat rooms, 1 to 32 characters (empty: the server picks one):"));
    dialog->setTextValue(m_session ? m_session->chatName() : m_name);
    connect(dialog, &QInputDialog::textValueSelected, this, &RoomController::setName);
    dialog->open();
}

void RoomController::setName(const QString &name)
{
    m_sessions.removeAll(nullptr);
    for (ChatSession *session : std::as_const(m_sessions))
        session->setChatName(name);
    if (m_session)
        m_name = m_session->chatName(); // as the session took it
    else
        m_name = name;
    QSettings settings;
    settings.beginGroup(chatGroup);
    settings.setValue(QStringLiteral("name"), m_name);
}

void RoomController::update()
{
    const ChatRoomClient *room = m_session ? m_session->room() : nullptr;
    const bool isJoined = room && room->isJoined();
    m_membersDock->setVisible(isJoined);
    m_members->clear();
    if (!isJoined) {
        m_roomLabel->clear();
        m_window->setWindowTitle(m_title);
        return;
    }
    m_members->addItems(room->members());
    if (!m_hasSizedDock) {
        // Names are short: the log keeps most of the width.
        m_hasSizedDock = true;
        m_window->resizeDocks({m_membersDock}, {m_window->fontMetrics().averageCharWidth() * 20},
                              Qt::Horizontal);
    }
    m_roomLabel->setText(tr("Room %1 as %2").arg(room->room(), room->name()));
    m_window->setWindowTitle(tr("%1 — %2", "room — Banter").arg(room->room(), m_title));
}

} // namespace Banter
