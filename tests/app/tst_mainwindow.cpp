// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <mainwindow.h>

#include <chatmodel.h>
#include <chatsession.h>
#include <pluginregistry.h>
#include <serverhost.h>

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

using namespace Banter;

// The chat window end to end: the real plugins, the embedded echo server on a free loopback
// port, keys typed into the real widgets, rows read back from the model the view shows.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsSocketOpenAndGreetingFromEmbeddedServer();
    void showsSentMessageAtOnceThenEcho();
    void showsSocketClosedWhenServerGoesAway();
    void connectButtonFollowsState();
    void rejectsBadUrlInWordsAndKeepsTypedText_data();
    void rejectsBadUrlInWordsAndKeepsTypedText();
    void unreachableServerIsReportedAndMessageWaitsInOutbox();
    void ctrlRReconnectsAtOnceAndDeleteCancelsPending();
    void missingPluginFolderIsReportedInWords();
    void usesServerAlreadyOnPort();
    void readsConnectionSettings();

private:
    QStringList lines() const;
    void typeAndSend(const QString &text);
    QUrl startAndConnect();
    void useFastReconnects();
    ChatModel::Delivery delivery(int row) const;

    std::unique_ptr<PluginRegistry> m_registry;
    std::unique_ptr<MainWindow> m_window;
};

QStringList tst_MainWindow::lines() const
{
    QStringList result;
    const ChatModel *model = m_window->model();
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row).data(ChatModel::LineRole).toString());
    return result;
}

void tst_MainWindow::typeAndSend(const QString &text)
{
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("messageEdit"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QUrl tst_MainWindow::startAndConnect()
{
    m_window->startEmbeddedServer(QUrl(QStringLiteral("ws://localhost:0")));
    const QUrl url = m_window->server()->url();
    m_window->connectTo(url);
    return url;
}

void tst_MainWindow::useFastReconnects()
{
    ChatSession::Settings settings = m_window->session()->settings();
    settings.reconnect.initial = std::chrono::milliseconds(20);
    settings.reconnect.maximum = std::chrono::milliseconds(100);
    m_window->session()->setSettings(settings);
}

ChatModel::Delivery tst_MainWindow::delivery(int row) const
{
    return m_window->model()->index(row).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>();
}

void tst_MainWindow::init()
{
    m_registry = std::make_unique<PluginRegistry>();
    m_registry->setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry->scan();
    m_window = std::make_unique<MainWindow>(m_registry.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_registry.reset();
}

void tst_MainWindow::showsSocketOpenAndGreetingFromEmbeddedServer()
{
    startAndConnect();
    QVERIFY(m_window->server()->isRunning());
    QTRY_COMPARE(lines(), QStringList({QStringLiteral("# socket open"),
                                       QStringLiteral("< Welcome to Awesome Chat")}));
    auto *serverLabel = m_window->findChild<QLabel *>(QStringLiteral("serverLabel"));
    QVERIFY(serverLabel);
    QTRY_VERIFY2(serverLabel->text().contains(QLatin1String("1 client")),
                 qPrintable(serverLabel->text()));
}

void tst_MainWindow::showsSentMessageAtOnceThenEcho()
{
    startAndConnect();
    QTRY_COMPARE(lines().size(), 2);

    typeAndSend(QStringLiteral("hello"));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("messageEdit"));
    QVERIFY(edit->text().isEmpty());
    // The '>' row is the next row, before the echo can have come back.
    m_window->model()->flush();
    QCOMPARE(lines().value(2), QStringLiteral("> hello"));
    QTRY_COMPARE(lines(), QStringList({QStringLiteral("# socket open"),
                                       QStringLiteral("< Welcome to Awesome Chat"),
                                       QStringLiteral("> hello"), QStringLiteral("< hello")}));
    QCOMPARE(m_window->model()->index(2).data(ChatModel::DeliveryRole).value<ChatModel::Delivery>(),
             ChatModel::Delivery::Delivered);
}

void tst_MainWindow::showsSocketClosedWhenServerGoesAway()
{
    startAndConnect();
    QTRY_COMPARE(lines().size(), 2);
    m_window->server()->stop();
    QTRY_COMPARE(lines().value(2),
                 QStringLiteral("# socket closed (1001 going away: server shutting down)"));
    QCOMPARE(m_window->session()->state(), Connection::State::Closed);
    // ... and Banter keeps trying, saying so once per attempt.
    QTRY_VERIFY(lines().value(3).startsWith(QLatin1String("# reconnecting in ")));
}

void tst_MainWindow::connectButtonFollowsState()
{
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("&Connect"));
    startAndConnect();
    QTRY_COMPARE(m_window->session()->state(), Connection::State::Open);
    QCOMPARE(button->text(), QStringLiteral("&Disconnect"));

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(m_window->session()->state(), Connection::State::Closed);
    QCOMPARE(button->text(), QStringLiteral("&Connect"));
    QTRY_VERIFY(lines().contains(QStringLiteral("# socket closed")));

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(m_window->session()->state(), Connection::State::Open);
}

void tst_MainWindow::rejectsBadUrlInWordsAndKeepsTypedText_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown scheme")
        << QStringLiteral("foo://x")
        << QStringLiteral("no plugin provides \"foo\" (available: ws, wss)");
    QTest::newRow("no scheme") << QStringLiteral("localhost") << QStringLiteral("invalid URL");
    QTest::newRow("no host") << QStringLiteral("ws://") << QStringLiteral("invalid URL");
    QTest::newRow("malformed") << QStringLiteral("ws://[::1") << QStringLiteral("invalid URL");
}

void tst_MainWindow::rejectsBadUrlInWordsAndKeepsTypedText()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    auto *urlEdit = m_window->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    QVERIFY(urlEdit);
    urlEdit->clear();
    QTest::keyClicks(urlEdit, url);
    QTest::keyClick(urlEdit, Qt::Key_Return);
    QTRY_COMPARE(lines().size(), 1);
    QVERIFY2(lines().first().startsWith(QLatin1String("# ")), qPrintable(lines().first()));
    QVERIFY2(lines().first().contains(expected), qPrintable(lines().first()));

    typeAndSend(QStringLiteral("keep me"));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("messageEdit"));
    QCOMPARE(edit->text(), QStringLiteral("keep me"));
    QTRY_COMPARE(lines().size(), 2);
    QVERIFY2(lines().last().startsWith(QLatin1String("# not connected")),
             qPrintable(lines().last()));
    QVERIFY(m_window->isVisible());
}

void tst_MainWindow::unreachableServerIsReportedAndMessageWaitsInOutbox()
{
    // A free port: serve it once to learn its number, then stop serving.
    QVERIFY(m_window->server()->start(QUrl(QStringLiteral("ws://localhost:0"))));
    const QUrl url = m_window->server()->url();
    m_window->server()->stop();
    useFastReconnects();

    m_window->connectTo(url);
    QTRY_VERIFY(lines().contains(QStringLiteral("# socket closed")));
    const QStringList errors = lines().filter(QStringLiteral("# socket error "));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().contains(QLatin1String("refused")), qPrintable(errors.first()));
    QTRY_VERIFY(!lines().filter(QStringLiteral("# reconnecting in ")).isEmpty());

    typeAndSend(QStringLiteral("later"));
    auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("messageEdit"));
    QVERIFY(edit->text().isEmpty());
    QTRY_VERIFY(lines().contains(QStringLiteral("> later")));
    const int pendingRow = int(lines().indexOf(QStringLiteral("> later")));
    QCOMPARE(delivery(pendingRow), ChatModel::Delivery::Pending);
    QCOMPARE(m_window->session()->outboxCount(), 1);

    // The server comes back on its port: Banter reconnects by itself and sends what waited.
    QVERIFY(m_window->server()->start(url));
    QTRY_VERIFY(lines().contains(QStringLiteral("< later")));
    QCOMPARE(delivery(pendingRow), ChatModel::Delivery::Delivered);
    QTRY_COMPARE(m_window->session()->outboxCount(), 0);
}

void tst_MainWindow::ctrlRReconnectsAtOnceAndDeleteCancelsPending()
{
    QVERIFY(m_window->server()->start(QUrl(QStringLiteral("ws://localhost:0"))));
    const QUrl url = m_window->server()->url();
    m_window->server()->stop();
    ChatSession::Settings settings = m_window->session()->settings();
    settings.reconnect.initial = std::chrono::hours(1); // only Ctrl+R brings it back
    settings.reconnect.maximum = std::chrono::hours(1);
    m_window->session()->setSettings(settings);

    m_window->connectTo(url);
    QTRY_VERIFY(m_window->session()->isReconnectPending());
    auto *stateLabel = m_window->findChild<QLabel *>(QStringLiteral("stateLabel"));
    QTRY_VERIFY2(stateLabel->text().startsWith(QLatin1String("Reconnecting to ")),
                 qPrintable(stateLabel->text()));
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("connectButton"));
    QCOMPARE(button->text(), QStringLiteral("&Disconnect"));

    typeAndSend(QStringLiteral("keep"));
    typeAndSend(QStringLiteral("take back"));
    QTRY_VERIFY(lines().contains(QStringLiteral("> take back")));
    const int cancelRow = int(lines().indexOf(QStringLiteral("> take back")));
    auto *view = m_window->findChild<QListView *>(QStringLiteral("chatView"));
    view->setFocus();
    view->setCurrentIndex(m_window->model()->index(cancelRow));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(delivery(cancelRow), ChatModel::Delivery::Cancelled);
    QCOMPARE(m_window->session()->outboxCount(), 1);

    QVERIFY(m_window->server()->start(url));
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(lines().contains(QStringLiteral("< keep")));
    QTRY_COMPARE(m_window->session()->outboxCount(), 0);
    QVERIFY(!lines().contains(QStringLiteral("< take back")));
    QCOMPARE(delivery(cancelRow), ChatModel::Delivery::Cancelled);
}

void tst_MainWindow::missingPluginFolderIsReportedInWords()
{
    m_window.reset();
    m_registry->setSearchPaths({QStringLiteral("/nonexistent/banter/plugins")});
    QTest::ignoreMessage(QtWarningMsg, "plugin folder /nonexistent/banter/plugins does not exist");
    m_registry->scan();
    QCOMPARE(m_registry->problems().size(), 1);
    m_window = std::make_unique<MainWindow>(m_registry.get());
    m_window->show();

    m_window->startEmbeddedServer(QUrl(QStringLiteral("ws://localhost:0")));
    m_window->connectTo(QUrl(QStringLiteral("ws://localhost:3000")));
    QTRY_COMPARE(lines().size(), 2);
    QVERIFY2(lines().at(0).contains(QLatin1String("embedded echo server did not start")),
             qPrintable(lines().at(0)));
    QVERIFY2(lines().at(1).contains(QLatin1String("no transport plugins were found in "
                                                  "/nonexistent/banter/plugins")),
             qPrintable(lines().at(1)));
}

void tst_MainWindow::usesServerAlreadyOnPort()
{
    ServerHost other(m_registry.get());
    QVERIFY(other.start(QUrl(QStringLiteral("ws://localhost:0"))));
    m_window->startEmbeddedServer(other.url());
    QVERIFY(!m_window->server()->isRunning());
    auto *serverLabel = m_window->findChild<QLabel *>(QStringLiteral("serverLabel"));
    QVERIFY2(serverLabel->text().contains(QLatin1String("already served")),
             qPrintable(serverLabel->text()));

    m_window->connectTo(other.url());
    QTRY_VERIFY(lines().contains(QStringLiteral("< Welcome to Awesome Chat")));
}

void tst_MainWindow::readsConnectionSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BanterTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    {
        QSettings settings;
        settings.clear();
        settings.setValue(QStringLiteral("connection/openTimeout"), 2.5);
        settings.setValue(QStringLiteral("connection/heartbeatInterval"), 0);
        settings.setValue(QStringLiteral("connection/heartbeatTimeout"), QStringLiteral("-3"));
    }
    const ChatSession::Settings before = m_window->session()->settings();
    m_window->loadSettings();
    const ChatSession::Settings after = m_window->session()->settings();
    QCOMPARE(after.openTimeout, std::chrono::milliseconds(2500));
    QCOMPARE(after.heartbeatInterval, std::chrono::milliseconds(0)); // off
    QCOMPARE(after.heartbeatTimeout, std::chrono::milliseconds(0));  // negative: clamped
    QCOMPARE(before.heartbeatInterval, std::chrono::milliseconds(15000));

    QSettings().clear();
    m_window->loadSettings(); // nothing set: the defaults
    QCOMPARE(m_window->session()->settings().openTimeout, std::chrono::milliseconds(10000));
    QCOMPARE(m_window->session()->settings().heartbeatTimeout, std::chrono::milliseconds(10000));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
