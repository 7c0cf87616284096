// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"
#include "chatlines.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <composebar.h>
#include <connectionbar.h>
#include <connectiontab.h>
#include <mainwindow.h>
#include <banter/serversettings.h>
#include <serverhost.h>

#include <QAction>
#include <QLabel>
#include <QFile>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Banter;

namespace {

bool isOpen(const ConnectionTab *tab)
{
    return tab->session()->state() == Connection::State::Open;
}

bool isOpen(const MainWindow *window)
{
    return isOpen(window->currentTab());
}

} // namespace

// Several live connections in one window, a tab each: independent of each other, switched and
// closed from the keyboard, each with its state and unread count, and back at the next start.
class tst_ConnectionTabs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestSettings(); }
    void init();
    void cleanup();
    void oneTabsFailureLeavesTheOtherTalking();
    void keysOpenSwitchAndCloseTabsAndClosingAsksForPendingMessages();
    void theTabsComeBackAtTheNextStartWithoutSecrets();

private:
    // An echo server of the test's own, beside the window's embedded one.
    std::unique_ptr<ServerHost> startServer();
    QStringList linesOf(ConnectionTab *tab) const;
    // Presses key in the window and waits until the events it caused are handled.
    void press(const QKeySequence &key);

    WindowFixture m_fixture;
};

void tst_ConnectionTabs::init()
{
    WindowFixture::clearSettings();
    m_fixture.create();
}

void tst_ConnectionTabs::cleanup()
{
    m_fixture.destroy();
}

std::unique_ptr<ServerHost> tst_ConnectionTabs::startServer()
{
    auto host = std::make_unique<ServerHost>(m_fixture.registry());
    ServerSettings settings;
    settings.url = QUrl(QStringLiteral("ws://localhost:0"));
    settings.service = QStringLiteral("echo");
    if (!host->start(settings))
        qWarning("the test's server did not start: %s", qPrintable(host->errorString()));
    return host;
}

QStringList tst_ConnectionTabs::linesOf(ConnectionTab *tab) const
{
    return chatLines(*tab->model());
}

void tst_ConnectionTabs::press(const QKeySequence &key)
{
    MainWindow *window = m_fixture.window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keySequence(window, key);
}

void tst_ConnectionTabs::oneTabsFailureLeavesTheOtherTalking()
{
    MainWindow *window = m_fixture.window();
    m_fixture.setReconnectDelay(std::chrono::hours(1));
    const QUrl first = m_fixture.startAndConnect();
    ConnectionTab *one = window->currentTab();
    QTRY_VERIFY(linesOf(one).contains(QStringLiteral("< Welcome to Awesome Chat")));
    std::unique_ptr<ServerHost> server = startServer();
    QVERIFY(server->isRunning());
    ConnectionTab *two = window->newTab();
    QCOMPARE(window->tabCount(), 2);
    QCOMPARE(window->currentTab(), two);
    QVERIFY(window->tabs()->tabBar()->isVisible());     // shown from the second tab on
    m_fixture.setReconnectDelay(std::chrono::hours(1)); // the current tab's: the second
    two->connectTo(server->url());
    QTRY_VERIFY(isOpen(one));
    QTRY_VERIFY(isOpen(two));
    QVERIFY(one->session() != two->session());

    // Each tab its own server, its own state, named after it.
    const auto tabText = [window](ConnectionTab *tab) {
        return window->tabs()->tabText(window->tabs()->indexOf(tab));
    };
    QCOMPARE(tabText(one), QStringLiteral("localhost:%1").arg(first.port()));
    QCOMPARE(tabText(two), QStringLiteral("localhost:%1").arg(server->url().port()));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(),
             QStringLiteral("Connected to %1").arg(server->url().toString()));

    // The second tab's server goes away: the first tab keeps talking.
    server->stop();
    QTRY_VERIFY(!isOpen(two));
    QVERIFY(two->stateText() != QStringLiteral("Connected to %1").arg(server->url().toString()));
    QVERIFY(isOpen(one));
    QVERIFY(one->session()->sendText(QStringLiteral("still here")));
    QTRY_VERIFY(linesOf(one).contains(QStringLiteral("< still here")));
    QVERIFY(!linesOf(two).contains(QStringLiteral("< still here")));

    // What the hidden tab received is counted on it until it is shown.
    QCOMPARE(one->unreadCount(), 1);
    QCOMPARE(tabText(one), QStringLiteral("localhost:%1 (1)").arg(first.port()));
    QCOMPARE(two->unreadCount(), 0);
    window->tabs()->setCurrentWidget(one);
    QCOMPARE(one->unreadCount(), 0);
    QCOMPARE(tabText(one), QStringLiteral("localhost:%1").arg(first.port()));
    // The status bar and the message field are the current tab's.
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("stateLabel"))->text(),
             QStringLiteral("Connected to %1").arg(first.toString()));
    m_fixture.typeAndSend(QStringLiteral("typed in the first"));
    QTRY_VERIFY(linesOf(one).contains(QStringLiteral("< typed in the first")));
    QVERIFY(!linesOf(two).contains(QStringLiteral("> typed in the first")));
}

void tst_ConnectionTabs::keysOpenSwitchAndCloseTabsAndClosingAsksForPendingMessages()
{
    MainWindow *window = m_fixture.window();
    m_fixture.startAndConnect();
    QTRY_VERIFY(isOpen(window));
    ConnectionTab *one = window->currentTab();

    press(QKeySequence::AddTab);
    QCOMPARE(window->tabCount(), 2);
    ConnectionTab *two = window->currentTab();
    QVERIFY(two != one);
    QCOMPARE(window->tabs()->tabText(1), QStringLiteral("New Connection"));
    press(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    QCOMPARE(window->currentTab(), one);
    press(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    QCOMPARE(window->currentTab(), two);

    // A message typed while the tab has no connection waits in its outbox; closing asks.
    two->connectTo(QUrl(QStringLiteral("ws://127.0.0.1:1/nobody")));
    QVERIFY(two->session()->sendText(QStringLiteral("waiting")));
    QCOMPARE(two->session()->outboxCount(), 1);
    // Answers the question once it is shown (it is modal: the key press returns after it).
    const auto answer = [](QMessageBox::StandardButton button, QString *text) {
        auto *poll = new QTimer;
        poll->setInterval(10);
        QObject::connect(poll, &QTimer::timeout, [poll, button, text] {
            auto *box = qobject_cast<QMessageBox *>(qApp->activeModalWidget());
            if (!box || box->objectName() != QLatin1String("closeTabQuestion"))
                return;
            *text = box->text();
            box->button(button)->click();
            poll->deleteLater();
        });
        poll->start();
    };
    QString asked;
    answer(QMessageBox::Cancel, &asked);
    press(QKeySequence(Qt::CTRL | Qt::Key_W));
    QTRY_VERIFY(!asked.isEmpty());
    QCOMPARE(asked, QStringLiteral("1 message of 127.0.0.1:1/nobody is not sent yet. Close the "
                                   "tab and drop it?"));
    QCOMPARE(window->tabCount(), 2); // Cancel keeps it, and its message
    QCOMPARE(two->session()->outboxCount(), 1);
    asked.clear();
    answer(QMessageBox::Close, &asked);
    press(QKeySequence(Qt::CTRL | Qt::Key_W));
    QTRY_COMPARE(window->tabCount(), 1);
    QVERIFY(!asked.isEmpty());
    QCOMPARE(window->currentTab(), one);
    QVERIFY(isOpen(one)); // the other tab's end is not this one's

    // Without pending messages, no question; the last tab closed leaves an empty one.
    press(QKeySequence(Qt::CTRL | Qt::Key_W));
    QTRY_COMPARE(window->tabCount(), 1);
    QVERIFY(window->currentTab() != one);
    QCOMPARE(window->session()->state(), Connection::State::Closed);
    QVERIFY(window->currentTab()->connectionBar()->urlText().isEmpty());
}

void tst_ConnectionTabs::theTabsComeBackAtTheNextStartWithoutSecrets()
{
    MainWindow *window = m_fixture.window();
    window->loadSettings(); // so that closing saves the state
    const QUrl first = m_fixture.startAndConnect();
    std::unique_ptr<ServerHost> server = startServer();
    ConnectionTab *two = window->newTab();
    ConnectOptions options;
    options.headers = {{"X-Client", "banter"}, {"Authorization", "Bearer s3cret"}};
    two->connectionBar()->setOptions(options);
    QUrl second = server->url();
    second.setPath(QStringLiteral("/second"));
    QUrl withLogin = second;
    withLogin.setUserName(QStringLiteral("ann"));
    withLogin.setPassword(QStringLiteral("s3cret"));
    two->connectTo(withLogin);
    QTRY_VERIFY(isOpen(two));
    window->tabs()->setCurrentIndex(0);
    window->close();
    m_fixture.destroy();

    // Nothing secret was written down.
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains("s3cret"), text.constData());
    QVERIFY(text.contains("X-Client"));

    m_fixture.create();
    window = m_fixture.window();
    window->loadSettings();
    QCOMPARE(window->tabCount(), 2);
    QCOMPARE(window->tabs()->currentIndex(), 0);
    QCOMPARE(QUrl(window->tab(0)->connectionBar()->urlText()), first);
    QUrl expected = second;
    expected.setUserName(QStringLiteral("ann"));
    QCOMPARE(QUrl(window->tab(1)->connectionBar()->urlText()), expected);
    QCOMPARE(window->tab(1)->connectionBar()->options().headers.value(0).first,
             QByteArray("X-Client"));
    QCOMPARE(window->tab(1)->connectionBar()->options().headers.size(), 1);

    // At the start they connect again; the start URL, given, gets a tab of its own.
    window->startEmbeddedServer(first);
    QUrl elsewhere = first;
    elsewhere.setPath(QStringLiteral("/given"));
    window->connectAtStart(elsewhere, true);
    QCOMPARE(window->tabCount(), 3);
    QTRY_VERIFY(isOpen(window->tab(0)));
    QTRY_VERIFY(isOpen(window->tab(1)));
    QTRY_VERIFY(isOpen(window->tab(2)));
    QCOMPARE(window->session()->url(), elsewhere);
}

QTEST_MAIN(tst_ConnectionTabs)
#include "tst_connectiontabs.moc"
