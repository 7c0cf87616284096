// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testidentity.h"
#include "chatlines.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <banter/connection.h>
#include <banter/connectoptions.h>
#include <banter/itransport.h>
#include <banter/pluginregistry.h>

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Banter;

namespace {

// Bounds every wait, so that a hang fails instead of blocking; nothing is asserted about speed.
// (QTest::qWaitFor rather than QTRY_*: a failing QTRY_* waits three times as long, which makes a
// broken build run for many minutes.)
constexpr int waitTimeoutMs = 10000;

constexpr char greeting[] = "Welcome to Awesome Chat";

QString sourceDir()
{
    return QStringLiteral(BANTER_TEST_SOURCE_DIR);
}

QString nodeExecutable()
{
#ifdef BANTER_TEST_NODE_EXECUTABLE
    return QStringLiteral(BANTER_TEST_NODE_EXECUTABLE);
#else
    return QStandardPaths::findExecutable(QStringLiteral("node"));
#endif
}

// Compares two long strings without printing them whole.
QByteArray differenceBetween(const QString &actual, const QString &expected)
{
    if (actual == expected)
        return QByteArray();
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
        ++at;
    auto unit = [](const QString &text, qsizetype index) {
        return index < text.size()
                   ? QStringLiteral("U+%1").arg(text.at(index).unicode(), 4, 16, QLatin1Char('0'))
                   : QStringLiteral("end");
    };
    return QStringLiteral("%1 UTF-16 units received, %2 expected; first difference at %3: "
                          "%4 received, %5 expected")
        .arg(actual.size())
        .arg(expected.size())
        .arg(at)
        .arg(unit(actual, at), unit(expected, at))
        .toUtf8();
}

QString repeated(const QString &unit, qsizetype times)
{
    QString result;
    result.reserve(unit.size() * times);
    for (qsizetype i = 0; i < times; ++i)
        result.append(unit);
    return result;
}

// Processes events until condition() holds or the wait times out.
template<typename Condition> bool waitFor(Condition condition, int timeoutMs = waitTimeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

// The chat as the window shows it, one line per row.
QString lines(const ChatModel &model)
{
    return rowsAsLines(model).join(QLatin1Char('\n'));
}

} // namespace

// Banter's real client stack (registry, WebSocket plugin, Connection, ChatSession, ChatModel)
// against the reference's own server: the Node `ws` echo server in echo-server.mjs, started
// afresh for every test on a free loopback port.
class tst_InteropClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensAndReceivesGreetingFirst();
    void echoesTextExactly_data();
    void echoesTextExactly();
    void receivesBinaryBackAsTextFromReference_data();
    void receivesBinaryBackAsTextFromReference();
    void closesOnRequest();
    void goesClosedWhenServerProcessIsKilled();
    void chatSessionShowsReferenceLines();
    void chatSessionShowsSocketClosedWhenServerIsKilled();
    void chatSessionReconnectsAndDeliversWhatWasTypedMeanwhile();
    void showsANodeServerTheClientCertificateItAsksFor_data();
    void showsANodeServerTheClientCertificateItAsksFor();

private:
    QUrl serverUrl() const;
    void startNode(int port, const QStringList &options = QStringList());
    void stopNode();
    void openConnection();
    QByteArray nodeErrors() const;

    std::unique_ptr<PluginRegistry> m_registry;
    std::unique_ptr<QProcess> m_node;
    QByteArray m_nodeOutput;
    int m_port = 0;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<QSignalSpy> m_states;
    std::unique_ptr<QSignalSpy> m_texts;
    std::unique_ptr<QSignalSpy> m_binaries;
    std::unique_ptr<QSignalSpy> m_errors;
};

QUrl tst_InteropClient::serverUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QByteArray tst_InteropClient::nodeErrors() const
{
    return m_node ? m_node->readAllStandardError() : QByteArray();
}

void tst_InteropClient::initTestCase()
{
    const QString node = nodeExecutable();
    QVERIFY2(!node.isEmpty() && QFileInfo(node).isExecutable(),
             qPrintable(QStringLiteral("Node.js not found (\"%1\"): install nodejs").arg(node)));
    QVERIFY2(QFileInfo::exists(sourceDir() + QLatin1String("/node_modules/ws/package.json")),
             "the Node packages of the interoperability tests are not installed: run `npm ci "
             "--prefix tests/interop` in the Banter source folder");

    m_registry = std::make_unique<PluginRegistry>();
    m_registry->setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry->scan();
    QVERIFY2(m_registry->transport(QStringLiteral("ws")), qPrintable(m_registry->errorString()));
}

void tst_InteropClient::init()
{
    startNode(0);
}

// Starts `node echo-server.mjs <port> <options>` and waits for its "listening on port N".
void tst_InteropClient::startNode(int port, const QStringList &options)
{
    m_port = 0;
    m_nodeOutput.clear();
    m_node = std::make_unique<QProcess>();
    m_node->setProgram(nodeExecutable());
    m_node->setArguments(
        QStringList{sourceDir() + QLatin1String("/echo-server.mjs"), QString::number(port)} +
        options);
    m_node->setWorkingDirectory(sourceDir());
    // Read everything the server logs, so that it never blocks on a full pipe.
    connect(m_node.get(), &QProcess::readyReadStandardOutput, this, [this] {
        m_nodeOutput += m_node->readAllStandardOutput();
        static const QRegularExpression listening(QStringLiteral("^listening on port (\\d+)$"),
                                                  QRegularExpression::MultilineOption);
        if (m_port == 0) {
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_nodeOutput));
            if (match.hasMatch())
                m_port = match.captured(1).toInt();
        }
    });
    m_node->start();
    QVERIFY2(m_node->waitForStarted(waitTimeoutMs), qPrintable(m_node->errorString()));
    waitFor([this] { return m_port > 0 || m_node->state() == QProcess::NotRunning; });
    QVERIFY2(m_port > 0,
             (QByteArray("node echo-server.mjs did not print \"listening on port N\": ") +
              m_nodeOutput + nodeErrors())
                 .constData());
    if (port != 0)
        QCOMPARE(m_port, port);
}

void tst_InteropClient::stopNode()
{
    if (!m_node)
        return;
    m_node->disconnect(this);
    m_node->kill();
    m_node->waitForFinished(waitTimeoutMs);
    m_node.reset();
}

void tst_InteropClient::cleanup()
{
    m_states.reset();
    m_texts.reset();
    m_binaries.reset();
    m_errors.reset();
    m_connection.reset();
    stopNode();
}

// Opens a connection to the Node server and waits for the greeting.
void tst_InteropClient::openConnection()
{
    ITransport *transport = m_registry->transport(QStringLiteral("ws"));
    QVERIFY2(transport, qPrintable(m_registry->errorString()));
    m_connection.reset(transport->createConnection());
    QVERIFY(m_connection);
    m_states = std::make_unique<QSignalSpy>(m_connection.get(), &Connection::stateChanged);
    m_texts = std::make_unique<QSignalSpy>(m_connection.get(), &Connection::textReceived);
    m_binaries = std::make_unique<QSignalSpy>(m_connection.get(), &Connection::binaryReceived);
    m_errors = std::make_unique<QSignalSpy>(m_connection.get(), &Connection::errorOccurred);

    m_connection->open(serverUrl());
    waitFor([this] { return m_connection->isOpen() || !m_errors->isEmpty(); });
    QVERIFY2(m_connection->state() == Connection::State::Open,
             qPrintable(m_connection->errorString()));
    QVERIFY2(waitFor([this] { return !m_texts->isEmpty() || !m_binaries->isEmpty(); }),
             "no greeting from the server");
    QCOMPARE(m_binaries->size(), 0);
    QCOMPARE(m_texts->at(0).at(0).toString(), QLatin1String(greeting));
}

void tst_InteropClient::opensAndReceivesGreetingFirst()
{
    openConnection();
    if (QTest::currentTestFailed())
        return;

    // What the reference client shows as "# socket open": Connecting, then Open.
    QCOMPARE(m_states->size(), 2);
    QCOMPARE(m_states->at(0).at(0).value<Connection::State>(), Connection::State::Connecting);
    QCOMPARE(m_states->at(1).at(0).value<Connection::State>(), Connection::State::Open);
    QVERIFY(m_connection->isOpen());
    QCOMPARE(m_connection->url(), serverUrl());
    QCOMPARE(m_texts->size(), 1);
    QVERIFY(m_binaries->isEmpty());
    QVERIFY2(m_errors->isEmpty(), qPrintable(m_connection->errorString()));
}

void tst_InteropClient::echoesTextExactly_data()
{
    QTest::addColumn<QString>("text");

    const qsizetype mebibyte = 1024 * 1024;
    QTest::newRow("ASCII") << QStringLiteral("hello");
    QTest::newRow("punctuation") << QStringLiteral("Hello, World! 1 + 1 = 2; \"q\" & <t> {}[]~");
    QTest::newRow("control characters")
        << QStringLiteral("line one\nline two\r\n\ttabbed ") + QChar(0) + QStringLiteral(" nul");
    QTest::newRow("Latin with diacritics") << QStringLiteral("héllo wörld, ça va? Ærø, ñandú");
    QTest::newRow("emoji") << QStringLiteral(
        "😀 👍🏽 👩‍👩‍👧‍👦 🏳️‍🌈 🇩🇪🇯🇵 ❤️");
    QTest::newRow("right-to-left") << QStringLiteral("مرحبا بالعالم — שלום עולם");
    QTest::newRow("mixed directions") << QStringLiteral("abc مرحبا 123 שלום def");
    QTest::newRow("CJK") << QStringLiteral("你好，世界 こんにちは世界 안녕하세요 세계");
    QTest::newRow("combining marks and astral characters")
        << QStringLiteral("e\u0301 a\u0308 𝄞 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \U0010FFFF");
    QTest::newRow("empty") << QString();
    QTest::newRow("1 MiB of ASCII") << QString(mebibyte, QLatin1Char('x'));
    QTest::newRow("1 MiB of four-byte characters") << repeated(QStringLiteral("😀"), mebibyte / 4);
    QTest::newRow("1 MiB mixing one- to four-byte characters")
        << repeated(QStringLiteral("aé€😀"), mebibyte / 10);
}

void tst_InteropClient::echoesTextExactly()
{
    QFETCH(QString, text);
    openConnection();
    if (QTest::currentTestFailed())
        return;

    QVERIFY(m_connection->sendText(text));
    waitFor([this] { return m_texts->size() >= 2 || !m_binaries->isEmpty(); });
    QCOMPARE(m_binaries->size(), 0);
    QCOMPARE(m_texts->size(), 2);
    const QString echo = m_texts->at(1).at(0).toString();
    QVERIFY2(echo == text, differenceBetween(echo, text).constData());
    QVERIFY(m_binaries->isEmpty());
    QVERIFY(m_connection->isOpen());
}

void tst_InteropClient::receivesBinaryBackAsTextFromReference_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedText");

    const QByteArray utf8 = QStringLiteral("binary héllo 😀").toUtf8();
    QTest::newRow("valid UTF-8") << utf8 << QString::fromUtf8(utf8);

    // The reference decodes with Buffer.toString(): each byte from 0x80 on, none of which
    // starts a complete sequence here, becomes one U+FFFD.
    QByteArray allBytes;
    QString decoded;
    for (int byte = 0; byte < 256; ++byte) {
        allBytes.append(char(byte));
        decoded.append(byte < 0x80 ? QChar(byte) : QChar(QChar::ReplacementCharacter));
    }
    QTest::newRow("every byte value") << allBytes << decoded;

    const qsizetype mebibyte = 1024 * 1024;
    QTest::newRow("1 MiB") << QByteArray(mebibyte, 'b') << QString(mebibyte, QLatin1Char('b'));
}

// The reference server sends msg.toString(): a binary message comes back as a text message.
// (banter-server keeps it binary; banter-server.test.mjs checks that side.)
void tst_InteropClient::receivesBinaryBackAsTextFromReference()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedText);
    openConnection();
    if (QTest::currentTestFailed())
        return;

    QVERIFY(m_connection->sendBinary(bytes));
    waitFor([this] { return m_texts->size() >= 2 || !m_binaries->isEmpty(); });
    QCOMPARE(m_binaries->size(), 0);
    QCOMPARE(m_texts->size(), 2);
    const QString echo = m_texts->at(1).at(0).toString();
    QVERIFY2(echo == expectedText, differenceBetween(echo, expectedText).constData());
    QVERIFY(m_binaries->isEmpty());
}

void tst_InteropClient::closesOnRequest()
{
    openConnection();
    if (QTest::currentTestFailed())
        return;

    m_connection->close();
    waitFor([this] { return m_connection->state() == Connection::State::Closed; });
    QCOMPARE(m_connection->state(), Connection::State::Closed);
    QCOMPARE(m_states->last().at(0).value<Connection::State>(), Connection::State::Closed);
    QCOMPARE(m_connection->closeCode(), int(Connection::CloseCode::Normal));
    QVERIFY(!m_connection->isOpen());
    QVERIFY(!m_connection->sendText(QStringLiteral("too late")));
    QVERIFY(!m_connection->sendBinary(QByteArrayLiteral("too late")));
    QVERIFY2(m_errors->isEmpty(), qPrintable(m_connection->errorString()));
    // The reference server is still there for others.
    QCOMPARE(m_node->state(), QProcess::Running);
}

void tst_InteropClient::goesClosedWhenServerProcessIsKilled()
{
    openConnection();
    if (QTest::currentTestFailed())
        return;

    m_node->kill();
    QVERIFY(m_node->waitForFinished(waitTimeoutMs));
    waitFor([this] { return m_connection->state() == Connection::State::Closed; });
    QCOMPARE(m_connection->state(), Connection::State::Closed);
    QCOMPARE(m_states->last().at(0).value<Connection::State>(), Connection::State::Closed);
    QVERIFY(!m_connection->sendText(QStringLiteral("nobody there")));
    // The killed server said nothing, which Connection::closeCode() documents as 0 (QWebSocket
    // itself says 1000, a normal close, when no close frame came).
    QCOMPARE(m_connection->closeCode(), 0);
}

void tst_InteropClient::chatSessionShowsReferenceLines()
{
    ChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChatSession session(m_registry.get(), &model);

    QVERIFY(session.open(serverUrl()));
    const QString opened = QStringLiteral("# socket open\n< Welcome to Awesome Chat");
    waitFor([&model] { return model.rowCount() >= 2; });
    QCOMPARE(lines(model), opened);
    QCOMPARE(session.state(), Connection::State::Open);
    // Node's ws agreed to the banter.chat.v1 the session offers, as it agrees to any: the greeting
    // instead of a hello made the session a plain client, and nothing of v1 was sent or shown.
    QVERIFY(session.offersChatProtocol());
    QCOMPARE(session.room()->mode(), ChatRoomClient::Mode::Plain);

    QVERIFY(session.sendText(QStringLiteral("hello")));
    // Shown at once, before the echo could have arrived.
    model.flush();
    QCOMPARE(lines(model), opened + QLatin1String("\n> hello"));

    const QString echoed = opened + QLatin1String("\n> hello\n< hello");
    waitFor([&model] { return model.rowCount() >= 4; });
    QCOMPARE(lines(model), echoed);

    session.close();
    waitFor([&model] { return model.rowCount() >= 5; });
    QCOMPARE(lines(model), echoed + QLatin1String("\n# socket closed"));
    QCOMPARE(session.state(), Connection::State::Closed);
}

void tst_InteropClient::chatSessionShowsSocketClosedWhenServerIsKilled()
{
    ChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChatSession session(m_registry.get(), &model);

    QVERIFY(session.open(serverUrl()));
    const QString opened = QStringLiteral("# socket open\n< Welcome to Awesome Chat");
    waitFor([&model] { return model.rowCount() >= 2; });
    QCOMPARE(lines(model), opened);

    m_node->kill();
    QVERIFY(m_node->waitForFinished(waitTimeoutMs));
    waitFor([&model] { return model.rowCount() >= 5; });
    // Like the reference client: the socket's error ("The remote host closed the connection"),
    // then the closed state; unlike it, Banter then tries again on its own.
    const QStringList shown = lines(model).split(QLatin1Char('\n'));
    QVERIFY2(shown.size() >= 5, qPrintable(lines(model)));
    QVERIFY2(shown.at(2).startsWith(QLatin1String("# socket error ")), qPrintable(shown.at(2)));
    QCOMPARE(shown.at(3), QStringLiteral("# socket closed"));
    QVERIFY2(shown.at(4).startsWith(QLatin1String("# reconnecting")), qPrintable(shown.at(4)));
    QVERIFY(session.state() != Connection::State::Open);
}

// The reference client has no retry; Banter reconnects to the restarted reference server and
// delivers what was typed meanwhile, once.
void tst_InteropClient::chatSessionReconnectsAndDeliversWhatWasTypedMeanwhile()
{
    ChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChatSession session(m_registry.get(), &model);

    QVERIFY(session.open(serverUrl()));
    waitFor([&model] { return model.rowCount() >= 2; });
    QCOMPARE(lines(model), QStringLiteral("# socket open\n< Welcome to Awesome Chat"));

    const int port = m_port;
    stopNode();
    waitFor([&session] { return session.state() == Connection::State::Closed; });
    QCOMPARE(session.state(), Connection::State::Closed);

    QVERIFY(session.sendText(QStringLiteral("typed while away")));
    model.flush();
    QCOMPARE(model.index(model.rowCount() - 1).data(ChatModel::LineRole).toString(),
             QStringLiteral("> typed while away"));
    QCOMPARE(session.outboxCount(), 1);

    startNode(port);
    if (QTest::currentTestFailed())
        return;
    // Backoff: the first retries may come before the server is back; a few seconds at most.
    waitFor([&model] { return lines(model).endsWith(QLatin1String("\n< typed while away")); },
            3 * waitTimeoutMs);
    const QStringList shown = lines(model).split(QLatin1Char('\n'));
    QVERIFY2(shown.size() >= 3, qPrintable(lines(model)));
    QCOMPARE(shown.mid(shown.size() - 3), QStringList({QStringLiteral("# socket open"),
                                                       QStringLiteral("< Welcome to Awesome Chat"),
                                                       QStringLiteral("< typed while away")}));
    QCOMPARE(shown.count(QStringLiteral("> typed while away")), 1);
    QCOMPARE(shown.count(QStringLiteral("< typed while away")), 1);
    // The server's pong (ws answers pings on its own) acknowledges the message.
    waitFor([&session] { return session.outboxCount() == 0; });
    QCOMPARE(session.outboxCount(), 0);
}

void tst_InteropClient::showsANodeServerTheClientCertificateItAsksFor_data()
{
    QTest::addColumn<QString>("certificate"); // of the identities made in the test
    QTest::addColumn<QString>("reason");      // a pattern; empty: the connection opens
    QTest::newRow("signed by the server's authority") << QStringLiteral("client") << QString();
    QTest::newRow("none") << QString()
                          << QStringLiteral("the server asks for a client certificate, and none "
                                            "was given \\(TLS alert: .+\\)");
    QTest::newRow("of an authority the server does not know")
        << QStringLiteral("stranger")
        // Node checks the chain after the handshake and closes without an alert.
        << QStringLiteral("the server closed the connection right after the TLS handshake: it "
                          "may have refused the client certificate");
}

void tst_InteropClient::showsANodeServerTheClientCertificateItAsksFor()
{
    // Node's TLS (requestCert, rejectUnauthorized) ends the handshake with an alert when it gets
    // no certificate; the client certificate's authority is the client's own self-signed one.
    QFETCH(QString, certificate);
    QFETCH(QString, reason);
    QTemporaryDir folder;
    QString error;
    TestIdentity server;
    for (const QString &name :
         {QStringLiteral("server"), QStringLiteral("client"), QStringLiteral("stranger")}) {
        const TestIdentity identity = TestIdentity::create(folder.path(), name, &error);
        QVERIFY2(!identity.certificate.isNull(), qPrintable(error));
        if (name == QLatin1String("server"))
            server = identity;
    }
    stopNode();
    startNode(0, {QStringLiteral("--tls"), folder.filePath(QStringLiteral("server.pem")),
                  folder.filePath(QStringLiteral("server.key")), QStringLiteral("--client-ca"),
                  folder.filePath(QStringLiteral("client.pem"))});

    ConnectOptions options;
    if (!certificate.isEmpty()) {
        options.clientCertificate = folder.filePath(certificate + QStringLiteral(".pem"));
        options.clientKey = folder.filePath(certificate + QStringLiteral(".key"));
    }
    m_connection.reset(m_registry->transport(QStringLiteral("wss"))->createConnection());
    m_connection->setTrustedCertificates({server.fingerprint()});
    m_connection->setConnectOptions(options);
    m_errors = std::make_unique<QSignalSpy>(m_connection.get(), &Connection::errorOccurred);
    m_texts = std::make_unique<QSignalSpy>(m_connection.get(), &Connection::textReceived);
    QUrl url = serverUrl();
    url.setScheme(QStringLiteral("wss"));
    m_connection->open(url);
    if (reason.isEmpty()) {
        QVERIFY2(waitFor([this] { return !m_texts->isEmpty() || !m_errors->isEmpty(); }),
                 "no greeting and no error");
        QVERIFY2(m_errors->isEmpty(), qPrintable(m_errors->value(0).value(0).toString()));
        QCOMPARE(m_texts->at(0).at(0).toString(), QLatin1String(greeting));
        return;
    }
    QVERIFY2(waitFor([this] { return !m_errors->isEmpty(); }), "no error");
    const QString said = m_errors->at(0).at(0).toString();
    QVERIFY2(QRegularExpression(QRegularExpression::anchoredPattern(reason)).match(said).hasMatch(),
             qPrintable(said));
    QVERIFY(waitFor([this] { return m_connection->state() == Connection::State::Closed; }));
}

QTEST_GUILESS_MAIN(tst_InteropClient)
#include "tst_interop_client.moc"
