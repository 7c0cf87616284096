// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <chatdelegate.h>
#include <chatmodel.h>
#include <chatroomclient.h>
#include <chatsession.h>
#include <serverhost.h>

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QtTest>

using Banter::ChatDelegate;
using Banter::ChatModel;
using Banter::MainWindow;

// Two windows in one chat room: the first serves chat rooms from its Server menu, both join the
// room "tea", and what one types the other sees. Against an echo server neither would see the
// other's message.
class tst_ChatWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void serverMenuServesChatRoomsWhereWindowsMeet();
    void membersHaveNamesPresenceAndTheirOwnMessageOnce();
    void aReconnectResumesWhereTheWindowLeftOff();
    void theWindowShowsTheRoomItsMembersAndSetsTheName();
    void withoutTheSubprotocolAWindowIsAPlainClient();
    void aChatServerThatCannotStartSaysWhy();

private:
    QUrl startChatServer();
    // The chat server of the first window, and both windows in its room "tea" as ann and bob.
    void joinTea();

    WindowFixture m_host;
    WindowFixture m_guest;
};

void tst_ChatWindows::initTestCase()
{
    WindowFixture::useTestSettings();
}

void tst_ChatWindows::init()
{
    WindowFixture::clearSettings();
    m_host.create();
    m_guest.create();
}

void tst_ChatWindows::cleanup()
{
    m_guest.destroy();
    m_host.destroy();
}

QUrl tst_ChatWindows::startChatServer()
{
    m_host.find<QAction>("startChatServerAction")->trigger();
    auto *dialog = m_host.find<QInputDialog>("serverPortDialog");
    if (!dialog)
        return QUrl();
    dialog->setIntValue(0);
    dialog->accept();
    return m_host.window()->server()->url();
}

void tst_ChatWindows::serverMenuServesChatRoomsWhereWindowsMeet()
{
    const QUrl server = startChatServer();
    QVERIFY(m_host.window()->server()->isRunning());
    QCOMPARE(m_host.window()->server()->settings().service, QStringLiteral("chat"));
    const QString label = m_host.find<QLabel>("serverLabel")->text();
    QVERIFY2(label.startsWith(QStringLiteral("Chat server on ") + server.toString()),
             qPrintable(label));

    QUrl room = server;
    room.setPath(QStringLiteral("/tea"));
    m_host.window()->connectTo(room);
    m_guest.window()->connectTo(room);
    QTRY_VERIFY(m_guest.window()->session()->room()->isJoined());
    QTRY_VERIFY(m_host.window()->session()->room()->isJoined());
    const QString guest = m_guest.window()->session()->room()->name();
    QVERIFY2(guest.startsWith(QLatin1String("guest-")), qPrintable(guest));

    m_guest.typeAndSend(QStringLiteral("hello from the guest"));
    QTRY_VERIFY(m_host.lines().contains(QStringLiteral("< %1: hello from the guest").arg(guest)));

    // A path that is no room is refused before the connection opens, in words.
    QUrl noRoom = server;
    noRoom.setPath(QStringLiteral("/rooms/tea")); // a slash is no room name character
    m_guest.window()->connectTo(noRoom);
    const QRegularExpression refused(QStringLiteral("^# socket error .*404"));
    QTRY_VERIFY2_WITH_TIMEOUT(!m_guest.lines().filter(refused).isEmpty(),
                              qPrintable(m_guest.lines().join(QLatin1Char('\n'))), 15000);

    m_host.find<QAction>("stopServerAction")->trigger();
    QVERIFY(!m_host.window()->server()->isRunning());
    QCOMPARE(m_host.find<QLabel>("serverLabel")->text(), QString());
}

void tst_ChatWindows::joinTea()
{
    QUrl room = startChatServer();
    room.setPath(QStringLiteral("/tea"));
    m_host.window()->session()->setChatName(QStringLiteral("ann"));
    m_guest.window()->session()->setChatName(QStringLiteral("bob"));
    m_host.window()->connectTo(room);
    QTRY_VERIFY(m_host.lines().contains(QStringLiteral("# joined room tea as ann (1 member)")));
    m_guest.window()->connectTo(room);
    QTRY_VERIFY(m_guest.lines().contains(QStringLiteral("# joined room tea as bob (2 members)")));
}

void tst_ChatWindows::membersHaveNamesPresenceAndTheirOwnMessageOnce()
{
    joinTea();
    QTRY_VERIFY(m_host.lines().contains(QStringLiteral("# bob joined")));
    QCOMPARE(m_host.window()->session()->room()->members(),
             QStringList({QStringLiteral("ann"), QStringLiteral("bob")}));
    QCOMPARE(m_guest.window()->session()->room()->room(), QStringLiteral("tea"));

    m_guest.typeAndSend(QStringLiteral("hi ann"));
    QTRY_VERIFY(m_host.lines().contains(QStringLiteral("< bob: hi ann")));
    m_host.typeAndSend(QStringLiteral("hi bob"));
    QTRY_VERIFY(m_guest.lines().contains(QStringLiteral("< ann: hi bob")));
    // The room's copy of one's own message is not a second row: bob's log holds "> hi ann" once
    // and no "< bob: hi ann", also after ann's answer came, which the room sent after it.
    QCOMPARE(m_guest.lines().count(QStringLiteral("> hi ann")), 1);
    QVERIFY(!m_guest.lines().contains(QStringLiteral("< bob: hi ann")));
    QVERIFY(!m_guest.lines().contains(QStringLiteral("< Welcome to Awesome Chat")));
    // Each one's own row is marked delivered with the room's number for it: bob's came first.
    const auto deliveredAs = [](const QModelIndex &row) {
        return row.data(ChatModel::DeliveryRole).value<ChatModel::Delivery>() ==
                       ChatModel::Delivery::Delivered
                   ? row.data(ChatModel::RoomOffsetRole).toULongLong()
                   : quint64(0);
    };
    QTRY_COMPARE(deliveredAs(m_guest.rowOf(QStringLiteral("> hi ann"))), quint64(1));
    QTRY_COMPARE(deliveredAs(m_host.rowOf(QStringLiteral("> hi bob"))), quint64(2));
    QCOMPARE(ChatDelegate::deliveryMark(ChatModel::Delivery::Delivered, 2),
             QStringLiteral("\u2713 #2"));

    // A name is changed at once, for everyone in the room.
    m_guest.window()->session()->setChatName(QStringLiteral("robert"));
    QTRY_VERIFY(m_guest.lines().contains(QStringLiteral("# you are now robert")));
    QTRY_VERIFY(m_host.lines().contains(QStringLiteral("# bob is now robert")));
    QCOMPARE(m_host.window()->session()->room()->members(),
             QStringList({QStringLiteral("ann"), QStringLiteral("robert")}));
    // A taken name gets a suffix, and the window says so.
    m_guest.window()->session()->setChatName(QStringLiteral("ann"));
    QTRY_VERIFY(m_guest.lines().contains(QStringLiteral("# you are now ann-2")));

    m_guest.window()->session()->close();
    QTRY_VERIFY(m_host.lines().contains(QStringLiteral("# ann-2 left")));
    QCOMPARE(m_host.window()->session()->room()->members(), QStringList({QStringLiteral("ann")}));
}

void tst_ChatWindows::aReconnectResumesWhereTheWindowLeftOff()
{
    joinTea();
    m_host.typeAndSend(QStringLiteral("before"));
    QTRY_VERIFY(m_guest.lines().contains(QStringLiteral("< ann: before")));

    const QUrl room = m_guest.window()->session()->url();
    m_guest.window()->session()->close();
    QTRY_VERIFY(m_host.lines().contains(QStringLiteral("# bob left")));
    m_host.typeAndSend(QStringLiteral("while away 1"));
    m_host.typeAndSend(QStringLiteral("while away 2"));
    QTRY_COMPARE(m_host.window()->session()->outboxCount(), 0);

    m_guest.window()->connectTo(room);
    QTRY_VERIFY(
        m_guest.lines().contains(QStringLiteral("# resumed: 2 messages missed while away")));
    QTRY_VERIFY(m_guest.lines().contains(QStringLiteral("< ann: while away 2")));
    // What the room replays is history (dimmed, and saved so); what came live is not.
    Banter::ChatModel *model = m_guest.window()->model();
    model->flush();
    const auto isHistory = [model](const QString &line) {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (index.data(Banter::ChatModel::LineRole).toString() == line)
                return index.data(Banter::ChatModel::IsHistoryRole).toBool();
        }
        return false;
    };
    QVERIFY(isHistory(QStringLiteral("< ann: while away 1")));
    QVERIFY(isHistory(QStringLiteral("< ann: while away 2")));
    QVERIFY(!isHistory(QStringLiteral("< ann: before")));
    // Exactly what was missed: "before" once, both others once.
    QCOMPARE(m_guest.lines().count(QStringLiteral("< ann: before")), 1);
    QCOMPARE(m_guest.lines().count(QStringLiteral("< ann: while away 1")), 1);
    QCOMPARE(m_guest.lines().count(QStringLiteral("< ann: while away 2")), 1);
}

void tst_ChatWindows::theWindowShowsTheRoomItsMembersAndSetsTheName()
{
    auto *members = m_host.find<QListWidget>("membersList");
    auto *dock = m_host.find<QDockWidget>("membersDock");
    QVERIFY(members && dock);
    QVERIFY(!dock->isVisible());
    joinTea();
    const auto names = [members] {
        QStringList list;
        for (int i = 0; i < members->count(); ++i)
            list.append(members->item(i)->text());
        return list;
    };
    QTRY_COMPARE(names(), QStringList({QStringLiteral("ann"), QStringLiteral("bob")}));
    QVERIFY(dock->isVisible());
    QCOMPARE(m_host.find<QLabel>("roomLabel")->text(), QStringLiteral("Room tea as ann"));
    QCOMPARE(m_host.window()->windowTitle(), QStringLiteral("tea — Banter"));

    // Connection → Set Name…: a rename at once, kept for the next start.
    m_guest.find<QAction>("setNameAction")->trigger();
    auto *dialog = m_guest.find<QInputDialog>("chatNameDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("bob"));
    dialog->setTextValue(QStringLiteral("robert"));
    dialog->accept();
    QTRY_COMPARE(names(), QStringList({QStringLiteral("ann"), QStringLiteral("robert")}));
    QCOMPARE(QSettings().value(QStringLiteral("chat/name")).toString(), QStringLiteral("robert"));

    // Out of the room: no panel, no room in the title.
    m_host.window()->session()->close();
    QTRY_VERIFY(!dock->isVisible());
    QCOMPARE(m_host.window()->windowTitle(), QStringLiteral("Banter"));
    QCOMPARE(m_host.find<QLabel>("roomLabel")->text(), QString());
}

void tst_ChatWindows::withoutTheSubprotocolAWindowIsAPlainClient()
{
    QUrl room = startChatServer();
    room.setPath(QStringLiteral("/tea"));
    m_host.window()->session()->setOffersChatProtocol(false);
    m_guest.window()->session()->setOffersChatProtocol(false);
    m_host.window()->connectTo(room);
    m_guest.window()->connectTo(room);
    QTRY_VERIFY(m_host.lines().contains(QStringLiteral("< Welcome to Awesome Chat")));
    QTRY_VERIFY(m_guest.lines().contains(QStringLiteral("< Welcome to Awesome Chat")));

    m_guest.typeAndSend(QStringLiteral("hello from the guest"));
    QTRY_VERIFY(m_host.lines().contains(QStringLiteral("< hello from the guest")));
    // A plain member gets its own message back, as from the echo server.
    QTRY_VERIFY(m_guest.lines().contains(QStringLiteral("< hello from the guest")));
    QCOMPARE(m_guest.window()->session()->room()->mode(), Banter::ChatRoomClient::Mode::Plain);
}

void tst_ChatWindows::aChatServerThatCannotStartSaysWhy()
{
    const QUrl server = startChatServer();
    QVERIFY(m_host.window()->server()->isRunning());
    // The port is the first window's: the second cannot serve there.
    QVERIFY(!m_guest.window()->startServer(server.port(), QStringLiteral("chat")));
    QTRY_VERIFY(!m_guest.lines().isEmpty());
    const QString line = m_guest.lines().constLast();
    QVERIFY2(line.startsWith(
                 QStringLiteral("# the chat server did not start on port %1: ").arg(server.port())),
             qPrintable(line));
}

QTEST_MAIN(tst_ChatWindows)
#include "tst_chatwindows.moc"
