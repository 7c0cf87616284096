// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <serverhost.h>

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QtTest>

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
    void aChatServerThatCannotStartSaysWhy();

private:
    QUrl startChatServer();

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
    QTRY_VERIFY(m_host.lines().contains(QStringLiteral("< Welcome to Awesome Chat")));
    QTRY_VERIFY(m_guest.lines().contains(QStringLiteral("< Welcome to Awesome Chat")));

    m_guest.typeAndSend(QStringLiteral("hello from the guest"));
    QTRY_VERIFY(m_host.lines().contains(QStringLiteral("< hello from the guest")));
    m_host.typeAndSend(QStringLiteral("hello from the host"));
    QTRY_VERIFY(m_guest.lines().contains(QStringLiteral("< hello from the host")));
    // Each sees its own message as sent, and the room's copy of it.
    QVERIFY(m_guest.lines().contains(QStringLiteral("> hello from the guest")));

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
