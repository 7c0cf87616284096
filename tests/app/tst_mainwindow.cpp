// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "socketbuffer.h"
#include "testidentity.h"
#include "windowfixture.h"

#include <aboutpluginsdialog.h>
#include <chatmodel.h>
#include <chatsession.h>
#include <connectdialog.h>
#include <serverhost.h>
#include <trustcontroller.h>
#include <truststore.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTcpServer>
#include <QTreeWidget>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using namespace Banter;

// The chat window end to end: the real plugins, the embedded echo server on a free loopback
// port, keys typed into the real widgets, rows read back from the model the view shows.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsSocketOpenAndGreetingFromEmbeddedServer();
    void showsSentMessageAtOnceThenEcho();
    void showsSocketClosedWhenServerGoesAway();
    void connectButtonFollowsState();
    void rejectsBadUrlInWordsAndKeepsTypedText_data();
    void rejectsBadUrlInWordsAndKeepsTypedText();
    void saysWhatIsWrongWithTheUrlWhileTyping_data();
    void saysWhatIsWrongWithTheUrlWhileTyping();
    void namesNoSchemeWhenNoTransportIsLoaded();
    void enterInTheUrlFieldConnectsThereEvenWhileConnected();
    void recentUrlsListConnectedUrlsNewestFirst();
    void passwordsAreNeitherListedNorSaved();
    void connectionOptionsGoIntoEveryHandshake();
    void connectDialogExplainsWhatCannotBeSent();
    void clientCertificateReachesAServerThatAsksForIt();
    void unreachableServerIsReportedAndMessageWaitsInOutbox();
    void ctrlRReconnectsAtOnceAndDeleteCancelsPending();
    void missingPluginFolderIsReportedInWords();
    void usesServerAlreadyOnPort();
    void serverMenuStartsConnectsAndStopsTheEchoServer();
    void serverMenuSaysWhyAPortCannotBeServed();
    void readsConnectionSettings();
    void windowStateSurvivesARestart();
    void windowThatNeverReadSettingsLeavesThemAlone();
    void standardShortcutsWork();
    void everyControlHasAnAccessibleName();
    void aboutPluginsListsEveryPluginFound();

private:
    ChatModel::Delivery delivery(int row) const;
    void typeUrl(const QString &url);
    QAction *action(const char *name) const;

    WindowFixture m_fixture;
};

void tst_MainWindow::initTestCase()
{
    WindowFixture::useTestSettings();
}

void tst_MainWindow::init()
{
    WindowFixture::clearSettings();
    m_fixture.create();
}

void tst_MainWindow::cleanup()
{
    m_fixture.destroy();
}

ChatModel::Delivery tst_MainWindow::delivery(int row) const
{
    return m_fixture.window()
        ->model()
        ->index(row)
        .data(ChatModel::DeliveryRole)
        .value<ChatModel::Delivery>();
}

void tst_MainWindow::typeUrl(const QString &url)
{
    // Keys go where a user's keys go: to the combo box, which hands them to its line edit.
    auto *combo = m_fixture.find<QComboBox>("urlCombo");
    m_fixture.find<QLineEdit>("urlEdit")->clear();
    QTest::keyClicks(combo, url);
    QTest::keyClick(combo, Qt::Key_Return);
}

QAction *tst_MainWindow::action(const char *name) const
{
    return m_fixture.find<QAction>(name);
}

void tst_MainWindow::showsSocketOpenAndGreetingFromEmbeddedServer()
{
    m_fixture.startAndConnect();
    QVERIFY(m_fixture.window()->server()->isRunning());
    QTRY_COMPARE(m_fixture.lines(), QStringList({QStringLiteral("# socket open"),
                                                 QStringLiteral("< Welcome to Awesome Chat")}));
    auto *serverLabel = m_fixture.find<QLabel>("serverLabel");
    QTRY_VERIFY2(serverLabel->text().contains(QLatin1String("1 client")),
                 qPrintable(serverLabel->text()));
}

void tst_MainWindow::showsSentMessageAtOnceThenEcho()
{
    m_fixture.startAndConnect();
    QTRY_COMPARE(m_fixture.lines().size(), 2);

    m_fixture.typeAndSend(QStringLiteral("hello"));
    QVERIFY(m_fixture.messageText().isEmpty());
    // The '>' row is the next row, before the echo can have come back.
    QCOMPARE(m_fixture.lines().value(2), QStringLiteral("> hello"));
    QTRY_COMPARE(
        m_fixture.lines(),
        QStringList({QStringLiteral("# socket open"), QStringLiteral("< Welcome to Awesome Chat"),
                     QStringLiteral("> hello"), QStringLiteral("< hello")}));
    QCOMPARE(delivery(2), ChatModel::Delivery::Delivered);
}

void tst_MainWindow::showsSocketClosedWhenServerGoesAway()
{
    m_fixture.startAndConnect();
    QTRY_COMPARE(m_fixture.lines().size(), 2);
    m_fixture.window()->server()->stop();
    QTRY_COMPARE(m_fixture.lines().value(2),
                 QStringLiteral("# socket closed (1001 going away: %1)")
                     .arg(ChatModel::isolated(QStringLiteral("server shutting down"))));
    QCOMPARE(m_fixture.window()->session()->state(), Connection::State::Closed);
    // ... and Banter keeps trying, saying so once per attempt.
    QTRY_VERIFY(m_fixture.lines().value(3).startsWith(QLatin1String("# reconnecting in ")));
}

void tst_MainWindow::connectButtonFollowsState()
{
    auto *button = m_fixture.find<QPushButton>("connectButton");
    QVERIFY(button);
    QCOMPARE(button->text(), QStringLiteral("&Connect"));
    m_fixture.startAndConnect();
    QTRY_COMPARE(m_fixture.window()->session()->state(), Connection::State::Open);
    QCOMPARE(button->text(), QStringLiteral("&Disconnect"));
    QCOMPARE(button->accessibleName(), QStringLiteral("Disconnect"));

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(m_fixture.window()->session()->state(), Connection::State::Closed);
    QCOMPARE(button->text(), QStringLiteral("&Connect"));
    QTRY_VERIFY(m_fixture.lines().contains(QStringLiteral("# socket closed")));

    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(m_fixture.window()->session()->state(), Connection::State::Open);
}

void tst_MainWindow::rejectsBadUrlInWordsAndKeepsTypedText_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown scheme")
        << QStringLiteral("foo://x")
        << QStringLiteral("no plugin provides \"foo\" (available: "); // then the plugins found
    QTest::newRow("no scheme") << QStringLiteral("localhost") << QStringLiteral("invalid URL");
    QTest::newRow("no host") << QStringLiteral("ws://") << QStringLiteral("invalid URL");
    QTest::newRow("malformed") << QStringLiteral("ws://[::1") << QStringLiteral("invalid URL");
}

void tst_MainWindow::rejectsBadUrlInWordsAndKeepsTypedText()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    typeUrl(url);
    QTRY_COMPARE(m_fixture.lines().size(), 1);
    const QString line = m_fixture.lines().first();
    QVERIFY2(line.startsWith(QLatin1String("# ")), qPrintable(line));
    QVERIFY2(line.contains(expected), qPrintable(line));
    QVERIFY(!m_fixture.find<QLabel>("urlProblemLabel")->isHidden());

    m_fixture.typeAndSend(QStringLiteral("keep me"));
    QCOMPARE(m_fixture.messageText(), QStringLiteral("keep me"));
    QTRY_COMPARE(m_fixture.lines().size(), 2);
    QVERIFY2(m_fixture.lines().last().startsWith(QLatin1String("# not connected")),
             qPrintable(m_fixture.lines().last()));
    // A URL that cannot be opened is not a recent URL.
    QVERIFY(m_fixture.find<QComboBox>("urlCombo")->count() == 0);
    QVERIFY(m_fixture.window()->isVisible());
}

void tst_MainWindow::saysWhatIsWrongWithTheUrlWhileTyping_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fine") << QStringLiteral("ws://localhost:3000/chat") << QString();
    QTest::newRow("fine, secure") << QStringLiteral("wss://example.org") << QString();
    QTest::newRow("nothing yet") << QString() << QString();
    QTest::newRow("unknown scheme")
        << QStringLiteral("http://example.org")
        << QStringLiteral("No plugin handles \"http\": Banter opens "); // then the plugins found
    QTest::newRow("no scheme")
        << QStringLiteral("localhost:3000")
        << QStringLiteral("A URL starts with a scheme and a host, such as ws://localhost:3000.");
    QTest::newRow("no host") << QStringLiteral("ws://")
                             << QStringLiteral(
                                    "The URL needs a host, such as ws://localhost:3000.");
    QTest::newRow("malformed") << QStringLiteral("ws://[::1") << QStringLiteral("Not a URL: ");
}

void tst_MainWindow::saysWhatIsWrongWithTheUrlWhileTyping()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);
    auto *label = m_fixture.find<QLabel>("urlProblemLabel");
    m_fixture.find<QLineEdit>("urlEdit")->clear();
    QTest::keyClicks(m_fixture.find<QComboBox>("urlCombo"), url);
    QVERIFY2(label->text().startsWith(problem), qPrintable(label->text()));
    QCOMPARE(label->isHidden(), problem.isEmpty());
    QCOMPARE(m_fixture.find<QComboBox>("urlCombo")->accessibleDescription(), label->text());
    QVERIFY(m_fixture.lines().isEmpty()); // typing alone connects nowhere
}

void tst_MainWindow::namesNoSchemeWhenNoTransportIsLoaded()
{
    m_fixture.create({QStringLiteral(BANTER_TEST_SOURCE_DIR)}); // no plugins there
    QTest::keyClicks(m_fixture.find<QComboBox>("urlCombo"), QStringLiteral("ws://localhost"));
    QVERIFY2(m_fixture.find<QLabel>("urlProblemLabel")
                 ->text()
                 .startsWith(QLatin1String("No transport plugin is loaded")),
             qPrintable(m_fixture.find<QLabel>("urlProblemLabel")->text()));
}

void tst_MainWindow::enterInTheUrlFieldConnectsThereEvenWhileConnected()
{
    ServerHost other(m_fixture.registry());
    QVERIFY(other.start(QUrl(QStringLiteral("ws://localhost:0"))));
    m_fixture.startAndConnect();
    QTRY_COMPARE(m_fixture.window()->session()->state(), Connection::State::Open);

    typeUrl(other.url().toString());
    QCOMPARE(m_fixture.window()->session()->url(), other.url());
    QTRY_COMPARE(other.connectionCount(), 1);
    QTRY_COMPARE(m_fixture.window()->session()->state(), Connection::State::Open);
}

void tst_MainWindow::recentUrlsListConnectedUrlsNewestFirst()
{
    auto *combo = m_fixture.find<QComboBox>("urlCombo");
    QVERIFY(combo->isEditable());
    QStringList typed;
    for (int i = 0; i < 12; ++i) {
        typed.prepend(QStringLiteral("ws://127.0.0.%1:1").arg(i + 1));
        typeUrl(typed.first());
    }
    typeUrl(QStringLiteral("nonsense"));
    typeUrl(typed.at(5)); // again: to the top, once
    QStringList expected = typed.mid(0, 10);
    expected.removeAll(typed.at(5));
    expected.prepend(typed.at(5));
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    QCOMPARE(items, expected);

    // Picking one from the list puts it into the field.
    combo->setCurrentIndex(3);
    QCOMPARE(m_fixture.find<QLineEdit>("urlEdit")->text(), expected.at(3));
}

void tst_MainWindow::passwordsAreNeitherListedNorSaved()
{
    m_fixture.window()->loadSettings();
    typeUrl(QStringLiteral("ws://sam:s3cret@127.0.0.1:1/home"));
    // Nothing listens on port 1: what the log says about it names the user, not the password.
    QTRY_VERIFY(!m_fixture.lines().isEmpty());
    QVERIFY2(!m_fixture.lines().join(QLatin1Char('\n')).contains(QLatin1String("s3cret")),
             qPrintable(m_fixture.lines().join(QLatin1Char('\n'))));
    auto *combo = m_fixture.find<QComboBox>("urlCombo");
    QCOMPARE(combo->itemText(0), QStringLiteral("ws://sam@127.0.0.1:1/home"));
    // What was typed stays in the field, for the reconnects of this session.
    QCOMPARE(m_fixture.find<QLineEdit>("urlEdit")->text(),
             QStringLiteral("ws://sam:s3cret@127.0.0.1:1/home"));
    m_fixture.window()->close();
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("window/lastUrl")).toString(),
             QStringLiteral("ws://sam@127.0.0.1:1/home"));
    QVERIFY(!settings.value(QStringLiteral("window/recentUrls"))
                 .toStringList()
                 .join(QLatin1Char(' '))
                 .contains(QLatin1String("s3cret")));
}

void tst_MainWindow::connectionOptionsGoIntoEveryHandshake()
{
    QWebSocketServer server(QStringLiteral("options"), QWebSocketServer::NonSecureMode);
    server.setSupportedSubprotocols({QStringLiteral("chat.v2")});
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QWebSocket *> accepted;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            socket->setParent(&server);
            accepted.append(socket);
        }
    });
    m_fixture.setReconnectDelay(std::chrono::milliseconds(20));

    auto *dialog = m_fixture.openOptions();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("headersEdit")),
                     QStringLiteral("X-Token: abc 123"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("subprotocolsEdit")),
                     QStringLiteral("chat.v1, chat.v2"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("originEdit")),
                     QStringLiteral("https://banter.example"));
    dialog->findChild<QSpinBox *>(QStringLiteral("receiveBufferSpin"))->setValue(96);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!m_fixture.find<ConnectDialog>("connectDialog"));
    QVERIFY2(m_fixture.find<QPushButton>("optionsButton")
                 ->toolTip()
                 .contains(QLatin1String("1 header; subprotocols chat.v1, chat.v2; origin "
                                         "https://banter.example; receive buffer 96 KiB")),
             qPrintable(m_fixture.find<QPushButton>("optionsButton")->toolTip()));

    typeUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort()));
    QTRY_COMPARE(accepted.size(), 1);
    QCOMPARE(accepted.at(0)->origin(), QStringLiteral("https://banter.example"));
    QCOMPARE(accepted.at(0)->subprotocol(), QStringLiteral("chat.v2"));
    QCOMPARE(accepted.at(0)->request().rawHeader("X-Token"), QByteArray("abc 123"));
    // The window's socket to that server; Linux reports twice the size set.
    QTRY_COMPARE(receiveBufferOfSocketTo(server.serverPort()), 2 * 96 * 1024);

    // The connection drops: the reconnection sends the same options.
    accepted.at(0)->abort();
    QTRY_COMPARE(accepted.size(), 2);
    QCOMPARE(accepted.at(1)->origin(), QStringLiteral("https://banter.example"));
    QCOMPARE(accepted.at(1)->subprotocol(), QStringLiteral("chat.v2"));
    QCOMPARE(accepted.at(1)->request().rawHeader("X-Token"), QByteArray("abc 123"));
    QTRY_COMPARE(receiveBufferOfSocketTo(server.serverPort()), 2 * 96 * 1024);
}

void tst_MainWindow::connectDialogExplainsWhatCannotBeSent()
{
    ConnectDialog dialog;
    auto *headers = dialog.findChild<QPlainTextEdit *>(QStringLiteral("headersEdit"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("optionsProblemLabel"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog.show();
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->isHidden());

    QTest::keyClicks(headers, QStringLiteral("Host: evil.example"));
    QCOMPARE(problem->text(),
             QStringLiteral("Cannot be sent: the handshake sets the Host header itself."));
    QVERIFY(!ok->isEnabled());

    headers->setPlainText(QStringLiteral("X-Good: 1\nno colon here"));
    QCOMPARE(problem->text(), QStringLiteral("Header line 2 is not written as Name: value."));
    QVERIFY(!ok->isEnabled());

    headers->setPlainText(QStringLiteral("X-Good: 1"));
    dialog.findChild<QLineEdit *>(QStringLiteral("subprotocolsEdit"))
        ->setText(QStringLiteral("chät")); // QTest types ASCII only
    QVERIFY2(problem->text().startsWith(QStringLiteral("Cannot be sent: \"chät\" is not a "
                                                       "subprotocol name")),
             qPrintable(problem->text()));

    dialog.findChild<QLineEdit *>(QStringLiteral("subprotocolsEdit"))->clear();
    dialog.findChild<QSpinBox *>(QStringLiteral("receiveBufferSpin"))->setValue(2);
    QCOMPARE(problem->text(), QStringLiteral("Cannot be sent: a receive buffer of 2048 bytes: "
                                             "give 0 (automatic) or 4 KiB to 256 MiB."));
    QVERIFY(!ok->isEnabled());

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Reset)->click();
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.options().isEmpty());
}

void tst_MainWindow::clientCertificateReachesAServerThatAsksForIt()
{
    QTemporaryDir folder;
    QString error;
    const TestIdentity server =
        TestIdentity::create(folder.path(), QStringLiteral("server"), &error);
    QVERIFY2(!server.certificate.isNull(), qPrintable(error));
    const TestIdentity client =
        TestIdentity::create(folder.path(), QStringLiteral("client"), &error);
    QVERIFY2(!client.certificate.isNull(), qPrintable(error));
    const QString encryptedKey = TestIdentity::writeEncryptedKey(
        folder.path(), QStringLiteral("client"), QStringLiteral("s3cret"), &error);
    QVERIFY2(!encryptedKey.isEmpty(), qPrintable(error));

    // A wss:// server that wants a certificate signed by the client's own.
    QWebSocketServer secure(QStringLiteral("mtls"), QWebSocketServer::SecureMode);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(server.certificate);
    tls.setPrivateKey(server.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setCaCertificates({client.certificate});
    secure.setSslConfiguration(tls);
    QVERIFY(secure.listen(QHostAddress::LocalHost, 0));
    QPointer<QWebSocket> accepted;
    connect(&secure, &QWebSocketServer::newConnection, this, [&] {
        accepted = secure.nextPendingConnection();
        accepted->setParent(&secure);
    });
    m_fixture.window()->trustController()->trustStore()->trust(QStringLiteral("127.0.0.1"),
                                                               server.fingerprint());

    auto *dialog = m_fixture.openOptions();
    QVERIFY(dialog);
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("optionsProblemLabel"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog->findChild<QLineEdit *>(QStringLiteral("clientCertificateEdit"))
        ->setText(folder.filePath(QStringLiteral("client.pem")));
    dialog->findChild<QLineEdit *>(QStringLiteral("clientKeyEdit"))->setText(encryptedKey);
    // Said before any connection: the key is encrypted, then the passphrase is wrong.
    QCOMPARE(problem->text(),
             QStringLiteral("The client certificate cannot be used: the private key %1 is "
                            "encrypted, and no passphrase was given.")
                 .arg(encryptedKey));
    QVERIFY(!ok->isEnabled());
    auto *passphrase = dialog->findChild<QLineEdit *>(QStringLiteral("clientPassphraseEdit"));
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    QTest::keyClicks(passphrase, QStringLiteral("guess"));
    QCOMPARE(problem->text(), QStringLiteral("The client certificate cannot be used: the "
                                             "passphrase does not open the private key %1.")
                                  .arg(encryptedKey));
    QVERIFY(!ok->isEnabled());
    passphrase->clear();
    QTest::keyClicks(passphrase, QStringLiteral("s3cret"));
    QVERIFY(problem->isHidden());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_fixture.find<ConnectDialog>("connectDialog"));
    QVERIFY2(m_fixture.find<QPushButton>("optionsButton")
                 ->toolTip()
                 .contains(QLatin1String("client certificate client.pem")),
             qPrintable(m_fixture.find<QPushButton>("optionsButton")->toolTip()));

    typeUrl(QStringLiteral("wss://127.0.0.1:%1").arg(secure.serverPort()));
    QTRY_VERIFY(accepted);
    QCOMPARE(accepted->sslConfiguration().peerCertificate(), client.certificate);
    QTRY_COMPARE(m_fixture.window()->session()->state(), Connection::State::Open);

    // The passphrase is a secret: it never reaches the settings file.
    m_fixture.window()->saveSettings();
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY2(settings.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    QVERIFY(!settings.readAll().contains("s3cret"));
}

void tst_MainWindow::unreachableServerIsReportedAndMessageWaitsInOutbox()
{
    // A free port: serve it once to learn its number, then stop serving.
    MainWindow *window = m_fixture.window();
    QVERIFY(window->server()->start(QUrl(QStringLiteral("ws://localhost:0"))));
    const QUrl url = window->server()->url();
    window->server()->stop();
    m_fixture.setReconnectDelay(std::chrono::milliseconds(20));

    window->connectTo(url);
    QTRY_VERIFY(m_fixture.lines().contains(QStringLiteral("# socket closed")));
    const QStringList errors = m_fixture.lines().filter(QStringLiteral("# socket error "));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().contains(QLatin1String("refused")), qPrintable(errors.first()));
    QTRY_VERIFY(!m_fixture.lines().filter(QStringLiteral("# reconnecting in ")).isEmpty());

    m_fixture.typeAndSend(QStringLiteral("later"));
    QVERIFY(m_fixture.messageText().isEmpty());
    QTRY_VERIFY(m_fixture.lines().contains(QStringLiteral("> later")));
    const int pendingRow = int(m_fixture.lines().indexOf(QStringLiteral("> later")));
    QCOMPARE(delivery(pendingRow), ChatModel::Delivery::Pending);
    QCOMPARE(window->session()->outboxCount(), 1);

    // The server comes back on its port: Banter reconnects by itself and sends what waited.
    QVERIFY(window->server()->start(url));
    QTRY_VERIFY(m_fixture.lines().contains(QStringLiteral("< later")));
    QCOMPARE(delivery(pendingRow), ChatModel::Delivery::Delivered);
    QTRY_COMPARE(window->session()->outboxCount(), 0);
}

void tst_MainWindow::ctrlRReconnectsAtOnceAndDeleteCancelsPending()
{
    MainWindow *window = m_fixture.window();
    QVERIFY(window->server()->start(QUrl(QStringLiteral("ws://localhost:0"))));
    const QUrl url = window->server()->url();
    window->server()->stop();
    m_fixture.setReconnectDelay(std::chrono::hours(1)); // only Ctrl+R brings it back

    window->connectTo(url);
    QTRY_VERIFY(window->session()->isReconnectPending());
    auto *stateLabel = m_fixture.find<QLabel>("stateLabel");
    QTRY_VERIFY2(stateLabel->text().startsWith(QLatin1String("Reconnecting to ")),
                 qPrintable(stateLabel->text()));
    QCOMPARE(m_fixture.find<QPushButton>("connectButton")->text(), QStringLiteral("&Disconnect"));

    m_fixture.typeAndSend(QStringLiteral("keep"));
    m_fixture.typeAndSend(QStringLiteral("take back"));
    QTRY_VERIFY(m_fixture.lines().contains(QStringLiteral("> take back")));
    const int cancelRow = int(m_fixture.lines().indexOf(QStringLiteral("> take back")));
    auto *view = m_fixture.find<QListView>("chatView");
    view->setFocus();
    view->setCurrentIndex(window->model()->index(cancelRow));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(delivery(cancelRow), ChatModel::Delivery::Cancelled);
    QCOMPARE(window->session()->outboxCount(), 1);

    QVERIFY(window->server()->start(url));
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(m_fixture.lines().contains(QStringLiteral("< keep")));
    QTRY_COMPARE(window->session()->outboxCount(), 0);
    QVERIFY(!m_fixture.lines().contains(QStringLiteral("< take back")));
    QCOMPARE(delivery(cancelRow), ChatModel::Delivery::Cancelled);
}

void tst_MainWindow::missingPluginFolderIsReportedInWords()
{
    QTest::ignoreMessage(QtWarningMsg, "plugin folder /nonexistent/banter/plugins does not exist");
    m_fixture.create({QStringLiteral("/nonexistent/banter/plugins")});
    QCOMPARE(m_fixture.registry()->problems().size(), 1);

    m_fixture.window()->startEmbeddedServer(QUrl(QStringLiteral("ws://localhost:0")));
    m_fixture.window()->connectTo(QUrl(QStringLiteral("ws://localhost:3000")));
    QTRY_COMPARE(m_fixture.lines().size(), 2);
    QVERIFY2(m_fixture.lines().at(0).contains(QLatin1String("embedded echo server did not start")),
             qPrintable(m_fixture.lines().at(0)));
    QVERIFY2(m_fixture.lines().at(1).contains(QLatin1String("no transport plugins were found in "
                                                            "/nonexistent/banter/plugins")),
             qPrintable(m_fixture.lines().at(1)));
}

void tst_MainWindow::usesServerAlreadyOnPort()
{
    ServerHost other(m_fixture.registry());
    QVERIFY(other.start(QUrl(QStringLiteral("ws://localhost:0"))));
    m_fixture.window()->startEmbeddedServer(other.url());
    QVERIFY(!m_fixture.window()->server()->isRunning());
    auto *serverLabel = m_fixture.find<QLabel>("serverLabel");
    QVERIFY2(serverLabel->text().contains(QLatin1String("already served")),
             qPrintable(serverLabel->text()));

    m_fixture.window()->connectTo(other.url());
    QTRY_VERIFY(m_fixture.lines().contains(QStringLiteral("< Welcome to Awesome Chat")));
}

void tst_MainWindow::serverMenuStartsConnectsAndStopsTheEchoServer()
{
    MainWindow *window = m_fixture.window();
    auto *serverLabel = m_fixture.find<QLabel>("serverLabel");
    QVERIFY(!action("stopServerAction")->isEnabled());
    QVERIFY(!action("connectServerAction")->isEnabled());

    action("startServerAction")->trigger();
    auto *dialog = m_fixture.find<QInputDialog>("serverPortDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->intValue(), 3000); // the reference's port, by default
    dialog->setIntValue(0);             // but any free one here
    dialog->accept();
    QVERIFY(window->server()->isRunning());
    const QString url = window->server()->url().toString();
    QVERIFY2(serverLabel->text().startsWith(QStringLiteral("Echo server on ") + url),
             qPrintable(serverLabel->text()));
    QVERIFY2(serverLabel->text().contains(QLatin1String("(0 client")),
             qPrintable(serverLabel->text()));

    action("connectServerAction")->trigger();
    QTRY_VERIFY(m_fixture.lines().contains(QStringLiteral("< Welcome to Awesome Chat")));
    QTRY_VERIFY2(serverLabel->text().contains(QLatin1String("(1 client")),
                 qPrintable(serverLabel->text()));
    QCOMPARE(m_fixture.find<QLineEdit>("urlEdit")->text(), url);

    action("stopServerAction")->trigger();
    QVERIFY(!window->server()->isRunning());
    QCOMPARE(serverLabel->text(), QString());
    QVERIFY(!action("stopServerAction")->isEnabled());
    QTRY_VERIFY(m_fixture.lines().contains(
        QStringLiteral("# socket closed (1001 going away: %1)")
            .arg(ChatModel::isolated(QStringLiteral("server shutting down")))));
}

void tst_MainWindow::serverMenuSaysWhyAPortCannotBeServed()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    QVERIFY(!m_fixture.window()->startServer(squatter.serverPort()));
    QTRY_VERIFY(!m_fixture.lines().isEmpty());
    const QString line = m_fixture.lines().last();
    QVERIFY2(line.startsWith(QStringLiteral("# the echo server did not start on port %1: ")
                                 .arg(squatter.serverPort())),
             qPrintable(line));
    QVERIFY(!m_fixture.window()->server()->isRunning());
    QCOMPARE(m_fixture.find<QLabel>("serverLabel")->text(), QString());
}

void tst_MainWindow::readsConnectionSettings()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("connection/openTimeout"), 2.5);
        settings.setValue(QStringLiteral("connection/heartbeatInterval"), 0);
        settings.setValue(QStringLiteral("connection/heartbeatTimeout"), QStringLiteral("-3"));
    }
    MainWindow *window = m_fixture.window();
    const ChatSession::Settings before = window->session()->settings();
    window->loadSettings();
    const ChatSession::Settings after = window->session()->settings();
    QCOMPARE(after.openTimeout, std::chrono::milliseconds(2500));
    QCOMPARE(after.heartbeatInterval, std::chrono::milliseconds(0)); // off
    QCOMPARE(after.heartbeatTimeout, std::chrono::milliseconds(0));  // negative: clamped
    QCOMPARE(before.heartbeatInterval, std::chrono::milliseconds(15000));

    QSettings().clear();
    window->loadSettings(); // nothing set: the defaults
    QCOMPARE(window->session()->settings().openTimeout, std::chrono::milliseconds(10000));
    QCOMPARE(window->session()->settings().heartbeatTimeout, std::chrono::milliseconds(10000));
}

void tst_MainWindow::windowStateSurvivesARestart()
{
    MainWindow *window = m_fixture.window();
    window->loadSettings();
    window->resize(900, 640);
    auto *splitter = m_fixture.find<QSplitter>("logSplitter");
    splitter->setSizes({300, 200});
    const QList<int> sizes = splitter->sizes();
    action("timestampAction")->setChecked(true);
    typeUrl(QStringLiteral("ws://127.0.0.1:9"));
    typeUrl(QStringLiteral("ws://127.0.0.1:8"));
    m_fixture.find<QLineEdit>("urlEdit")->setText(QStringLiteral("ws://typed.example"));
    window->close();

    m_fixture.create();
    window = m_fixture.window();
    QVERIFY(window->size() != QSize(900, 640)); // not restored yet
    window->loadSettings();
    QCOMPARE(window->size(), QSize(900, 640));
    QCOMPARE(m_fixture.find<QSplitter>("logSplitter")->sizes(), sizes);
    QVERIFY(action("timestampAction")->isChecked());
    QCOMPARE(m_fixture.find<QLineEdit>("urlEdit")->text(), QStringLiteral("ws://typed.example"));
    auto *combo = m_fixture.find<QComboBox>("urlCombo");
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->itemText(0), QStringLiteral("ws://127.0.0.1:8"));
    QCOMPARE(combo->itemText(1), QStringLiteral("ws://127.0.0.1:9"));

    // The other way round, too.
    action("timestampAction")->setChecked(false);
    action("detailsAction")->setChecked(false);
    window->close();
    m_fixture.create();
    m_fixture.window()->loadSettings();
    QVERIFY(!action("timestampAction")->isChecked());
    QVERIFY(!action("detailsAction")->isChecked());
    QVERIFY(!m_fixture.find<QWidget>("detailPane")->isVisible());
}

void tst_MainWindow::windowThatNeverReadSettingsLeavesThemAlone()
{
    QSettings().setValue(QStringLiteral("window/lastUrl"), QStringLiteral("ws://kept.example"));
    m_fixture.find<QLineEdit>("urlEdit")->setText(QStringLiteral("ws://other.example"));
    m_fixture.window()->close();
    QCOMPARE(QSettings().value(QStringLiteral("window/lastUrl")).toString(),
             QStringLiteral("ws://kept.example"));
}

void tst_MainWindow::standardShortcutsWork()
{
    MainWindow *window = m_fixture.window();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *urlEdit = m_fixture.find<QLineEdit>("urlEdit");
    urlEdit->setText(QStringLiteral("ws://localhost:3000"));
    QTRY_VERIFY(m_fixture.find<QPlainTextEdit>("messageEdit")->hasFocus());

    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(urlEdit->hasFocus());
    QCOMPARE(urlEdit->selectedText(), QStringLiteral("ws://localhost:3000"));

    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_fixture.find<QLineEdit>("filterEdit")->hasFocus());

    QCOMPARE(action("saveLogAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
    QCOMPARE(action("openLogAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(action("clearAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window->isVisible());
}

void tst_MainWindow::everyControlHasAnAccessibleName()
{
    // Every widget that takes the keyboard focus, including those shown only on demand.
    const QList<QWidget *> widgets = m_fixture.window()->findChildren<QWidget *>();
    QStringList unnamed;
    int controls = 0;
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || widget->inherits("QMenu"))
            continue;
        ++controls;
        if (widget->accessibleName().isEmpty())
            unnamed.append(QStringLiteral("%1 \"%2\"")
                               .arg(QString::fromLatin1(widget->metaObject()->className()),
                                    widget->objectName()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    QVERIFY2(controls >= 15, qPrintable(QString::number(controls)));
}

void tst_MainWindow::aboutPluginsListsEveryPluginFound()
{
    action("aboutPluginsAction")->trigger();
    auto *dialog = m_fixture.find<AboutPluginsDialog>("aboutPluginsDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("pluginTree"));
    QCOMPARE(tree->topLevelItemCount(), m_fixture.registry()->plugins().size());
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = tree->topLevelItem(i);
        QVERIFY(!item->text(1).isEmpty()); // a version
        QVERIFY(item->text(4).startsWith(QLatin1String(BANTER_TEST_PLUGIN_DIR)));
        rows.append(item->text(2) + QLatin1String(" | ") + item->toolTip(2) + QLatin1String(" | ") +
                    item->text(3));
    }
    QVERIFY2(rows.contains(QStringLiteral("ws, wss | The URL schemes this transport opens | "
                                          "available")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY2(rows.contains(QStringLiteral("echo | The services this plugin runs | available")),
             qPrintable(rows.join(QLatin1Char('\n'))));
    dialog->reject();
    QTRY_VERIFY(!m_fixture.find<AboutPluginsDialog>("aboutPluginsDialog"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
