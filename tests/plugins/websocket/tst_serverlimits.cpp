// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The echo server's limits, driven by clients that misbehave on purpose: in every case the
// offending client is dropped with the right close code (or HTTP status), the server says so in
// its log, and a well-behaved client next to it keeps chatting.

#include "rawwebsocketclient.h"

#include <banter/pluginregistry.h>
#include <serverhost.h>
#include <banter/serversettings.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using Banter::ServerHost;
using Banter::ServerSettings;
using Masking = RawWebSocketClient::Masking;
using Opcode = RawWebSocketClient::Opcode;

namespace {

constexpr char greeting[] = "Welcome to Awesome Chat";
constexpr qint64 oneMiB = 1024 * 1024;
// Bounds every wait; nothing is asserted about speed.
constexpr int waitMs = 30000;

QByteArray masked(Opcode opcode, const QByteArray &payload, bool isFinal = true)
{
    QByteArray frame =
        RawWebSocketClient::frameHeader(opcode, quint64(payload.size()), Masking::Masked, isFinal);
    const char key[4] = {0x12, 0x34, 0x56, 0x78};
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ key[i % 4]));
    return frame;
}

QRegularExpression logLine(const QString &pattern)
{
    return QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'));
}

} // namespace

class tst_ServerLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void protocolViolationsCloseWithTheRightCode_data();
    void protocolViolationsCloseWithTheRightCode();
    void whatCameBeforeAnUnmaskedFrameIsAnsweredFirst();
    void violationsSentByteByByteAreFound_data();
    void violationsSentByteByByteAreFound();
    void textSplitInsideACodePointIsEchoed_data();
    void textSplitInsideACodePointIsEchoed();
    void closeFrameReachesAClientThatIsStillSending();
    void clientThatNeverAnswersTheCloseIsResetAfterTheCloseTimeout();
    void garbageInsteadOfAHandshakeIsRefused_data();
    void garbageInsteadOfAHandshakeIsRefused();
    void slowHandshakeIsDropped_data();
    void slowHandshakeIsDropped();
    void clientThatDoesNotReadIsDroppedWith1008();
    void clientsBeyondTheMaximumAreRefusedWith1013();
    void originsOutsideTheListAreRefusedWith403_data();
    void originsOutsideTheListAreRefusedWith403();
    void deadClientIsDroppedAliveOneStays();
    void statisticsCountClientsMessagesAndBytes();
    void nothingOfAClientOutlivesIt_data();
    void nothingOfAClientOutlivesIt();
    void listenBacklogIsWhatTheSettingsSay();

private:
    // Starts the echo service on 127.0.0.1 with settings (their URL is ignored).
    void start(ServerSettings settings = ServerSettings());
    // A client that completed its handshake and got the greeting.
    RawWebSocketClient *greetedClient();
    // A client that sends a message and gets it back, so the server still serves.
    void expectStillChatting(RawWebSocketClient *client, const QString &message);
    RawWebSocketClient *newClient();
    // The server will log that a client was closed with code.
    static void expectDisconnectLogged(int code);
    // Sends bytes one at a time, letting the server read after each.
    static void sendByteByByte(RawWebSocketClient *client, const QByteArray &bytes);

    Banter::PluginRegistry m_registry;
    std::unique_ptr<ServerHost> m_host;
    std::unique_ptr<QObject> m_scope; // owns the clients of one test
    quint16 m_port = 0;
};

void tst_ServerLimits::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    QVERIFY2(m_registry.transport(QStringLiteral("ws")), qPrintable(m_registry.errorString()));
}

void tst_ServerLimits::init()
{
    m_scope = std::make_unique<QObject>();
    // The server has nothing to warn about in any of these: what clients do wrong is info.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_ServerLimits::cleanup()
{
    m_scope.reset();
    m_host.reset();
}

void tst_ServerLimits::start(ServerSettings settings)
{
    settings.url = QUrl(QStringLiteral("ws://127.0.0.1:0"));
    m_host = std::make_unique<ServerHost>(&m_registry);
    QVERIFY2(m_host->start(settings), qPrintable(m_host->errorString()));
    m_port = quint16(m_host->url().port());
}

RawWebSocketClient *tst_ServerLimits::newClient()
{
    return new RawWebSocketClient(m_scope.get());
}

RawWebSocketClient *tst_ServerLimits::greetedClient()
{
    QTest::ignoreMessage(QtInfoMsg, logLine(QStringLiteral("client connected")));
    auto *client = newClient();
    client->open(m_port);
    const bool isAnswered = QTest::qWaitFor(
        [client] { return !client->messages().isEmpty() || client->isDisconnected(); }, waitMs);
    if (!isAnswered || client->texts().value(0) != QLatin1String(greeting))
        return nullptr;
    return client;
}

void tst_ServerLimits::expectStillChatting(RawWebSocketClient *client, const QString &message)
{
    const qsizetype before = client->messages().size();
    client->sendFrame(Opcode::Text, message.toUtf8());
    QTRY_COMPARE_WITH_TIMEOUT(client->messages().size(), before + 1, waitMs);
    QCOMPARE(client->texts().last(), message);
    QCOMPARE(client->closeCode(), -1);
}

void tst_ServerLimits::protocolViolationsCloseWithTheRightCode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");

    QTest::newRow("unmasked frame")
        << RawWebSocketClient::frameHeader(Opcode::Text, 5, Masking::Unmasked, true) +
               QByteArray("hello")
        << 1002;
    QTest::newRow("unmasked frame after masked ones")
        << masked(Opcode::Text, "fine") + masked(Opcode::Binary, QByteArray(200, 'x')) +
               RawWebSocketClient::frameHeader(Opcode::Binary, 3, Masking::Unmasked, true) +
               QByteArray("abc")
        << 1002;
    QTest::newRow("invalid UTF-8 in a text frame") << masked(Opcode::Text, "ok \xc3\x28") << 1007;
    QTest::newRow("invalid UTF-8 across fragments")
        << masked(Opcode::Text, "ab\xe2\x82", false) + masked(Opcode::Continuation, "\x28") << 1007;
    QTest::newRow("length of 2^63")
        << RawWebSocketClient::frameHeader(Opcode::Binary, quint64(1) << 63, Masking::Masked, true)
        << 1002;
    QTest::newRow("length of 2^63 - 1")
        << RawWebSocketClient::frameHeader(Opcode::Binary, (quint64(1) << 63) - 1, Masking::Masked,
                                           true)
        << 1009;
    // Sent in full: the client is still sending when the server closes, and must get the close
    // frame anyway rather than a reset connection.
    QTest::newRow("frame of 8 MiB over a limit of 1 MiB")
        << masked(Opcode::Binary, QByteArray(8 * oneMiB, 'x')) << 1009;
    QTest::newRow("message over the limit in fragments")
        << masked(Opcode::Binary, QByteArray(oneMiB / 2, 'x'), false) +
               masked(Opcode::Continuation, QByteArray(oneMiB / 2, 'x'), false) +
               masked(Opcode::Continuation, QByteArray(oneMiB / 2, 'x'), true)
        << 1009;
    QTest::newRow("reserved bits") << QByteArray("\xf1\x80\x00\x00\x00\x00", 6) << 1002;
    QTest::newRow("reserved opcode") << masked(Opcode(0x3), "x") << 1002;
    QTest::newRow("control frame over 125 bytes")
        << masked(Opcode::Ping, QByteArray(126, 'p')) << 1002;
    QTest::newRow("fragmented control frame") << masked(Opcode::Ping, "p", false) << 1002;
    QTest::newRow("continuation without a start") << masked(Opcode::Continuation, "lost") << 1002;
}

void tst_ServerLimits::protocolViolationsCloseWithTheRightCode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    ServerSettings settings;
    settings.maxMessageSize = oneMiB;
    start(settings);
    RawWebSocketClient *bystander = greetedClient();
    QVERIFY(bystander);
    RawWebSocketClient *offender = greetedClient();
    QVERIFY(offender);
    expectStillChatting(bystander, QStringLiteral("before"));
    expectDisconnectLogged(code);

    offender->sendRaw(bytes);

    QTRY_COMPARE_WITH_TIMEOUT(offender->closeCode(), code, waitMs);
    QVERIFY2(!offender->closeReason().isEmpty(), "the close frame says why");
    QTRY_VERIFY_WITH_TIMEOUT(offender->isDisconnected(), waitMs);
    QTRY_COMPARE(m_host->connectionCount(), 1);
    expectStillChatting(bystander, QStringLiteral("after"));
}

void tst_ServerLimits::expectDisconnectLogged(int code)
{
    QTest::ignoreMessage(
        QtInfoMsg,
        logLine(QStringLiteral("client 127\\.0\\.0\\.1:\\d+ disconnected \\(%1: .+\\)").arg(code)));
}

void tst_ServerLimits::sendByteByByte(RawWebSocketClient *client, const QByteArray &bytes)
{
    for (const char byte : bytes) {
        client->sendRaw(QByteArray(1, byte));
        client->socket()->flush();
        // The server reads what came, one byte at a time where the system allows.
        QCoreApplication::processEvents();
    }
}

void tst_ServerLimits::whatCameBeforeAnUnmaskedFrameIsAnsweredFirst()
{
    // In one write: a valid message, then an unmasked frame. The frame guard sees both before
    // Qt reads either; the first is still echoed before the connection fails.
    start();
    RawWebSocketClient *client = greetedClient();
    QVERIFY(client);
    expectDisconnectLogged(1002);
    client->sendRaw(masked(Opcode::Text, "first") +
                    RawWebSocketClient::frame(Opcode::Text, "second", Masking::Unmasked));
    QTRY_COMPARE_WITH_TIMEOUT(client->closeCode(), 1002, waitMs);
    QCOMPARE(client->texts(), (QStringList{QLatin1String(greeting), QStringLiteral("first")}));
}

void tst_ServerLimits::violationsSentByteByByteAreFound_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::newRow("unmasked frame")
        << RawWebSocketClient::frame(Opcode::Text, "hello", Masking::Unmasked) << 1002;
    QTest::newRow("unmasked continuation of a text cut inside a character")
        << masked(Opcode::Text, "\xe2", false) +
               RawWebSocketClient::frame(Opcode::Continuation, "\x82\xac", Masking::Unmasked)
        << 1002;
    QTest::newRow("invalid UTF-8 across fragments")
        << masked(Opcode::Text, "ab\xe2\x82", false) + masked(Opcode::Continuation, "\x28") << 1007;
    QTest::newRow("text ending inside a character")
        << masked(Opcode::Text, "ab", false) + masked(Opcode::Continuation, "\xe2\x82") << 1007;
}

void tst_ServerLimits::violationsSentByteByByteAreFound()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    start();
    RawWebSocketClient *client = greetedClient();
    QVERIFY(client);
    expectDisconnectLogged(code);
    sendByteByByte(client, bytes);
    QTRY_COMPARE_WITH_TIMEOUT(client->closeCode(), code, waitMs);
}

void tst_ServerLimits::textSplitInsideACodePointIsEchoed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isByteByByte");

    const QString euro = QString::fromUtf8("1 \xe2\x82\xac");
    const QByteArray lead = masked(Opcode::Text, "1 \xe2", false);
    const QByteArray rest = masked(Opcode::Continuation, "\x82\xac");
    const QByteArray clef = masked(Opcode::Text, "\xf0", false) +
                            masked(Opcode::Continuation, "\x9d\x84", false) +
                            masked(Opcode::Continuation, "\x9e!");
    const QString clefText = QString::fromUtf8("\xf0\x9d\x84\x9e!");
    const QByteArray withPing = masked(Opcode::Text, "\xc3", false) + masked(Opcode::Ping, "p") +
                                masked(Opcode::Continuation, "\xb1");
    for (const bool isByteByByte : {false, true}) {
        const char *how = isByteByByte ? "byte by byte" : "at once";
        QTest::addRow("3-byte sequence cut after its first byte, %s", how)
            << lead + rest << euro << isByteByByte;
        QTest::addRow("4-byte sequence over three fragments, %s", how)
            << clef << clefText << isByteByByte;
        QTest::addRow("ping between the halves, %s", how)
            << withPing << QString::fromUtf8("\xc3\xb1") << isByteByByte;
    }
}

void tst_ServerLimits::textSplitInsideACodePointIsEchoed()
{
    // RFC 6455 asks the whole message to be valid UTF-8, not each fragment; Qt 6.4 refuses such
    // a message with 1007, the frame guard re-cuts it for Qt.
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(bool, isByteByByte);
    start();
    RawWebSocketClient *client = greetedClient();
    QVERIFY(client);
    if (isByteByByte)
        sendByteByByte(client, bytes);
    else
        client->sendRaw(bytes);
    QTRY_VERIFY_WITH_TIMEOUT(client->texts().size() == 2 || client->closeCode() != -1, waitMs);
    QCOMPARE(client->closeCode(), -1);
    QCOMPARE(client->texts().last(), text);
    expectStillChatting(client, QStringLiteral("after"));
}

void tst_ServerLimits::closeFrameReachesAClientThatIsStillSending()
{
    // Closing a socket with unread data resets the TCP connection, and a client that is still
    // writing then fails its write and drops everything, the close frame included (Node's ws
    // reports 1006 instead of 1009). The server must read on until the client is done.
    ServerSettings settings;
    settings.maxMessageSize = oneMiB;
    settings.closeTimeout = std::chrono::milliseconds(waitMs);
    start(settings);
    RawWebSocketClient *offender = greetedClient();
    QVERIFY(offender);
    QTest::ignoreMessage(QtInfoMsg, logLine(QStringLiteral("client 127\\.0\\.0\\.1:\\d+ "
                                                           "disconnected \\(1009: .+\\)")));

    // It reads nothing until it has sent all of it.
    offender->setReading(false);
    offender->sendFrame(Opcode::Binary, QByteArray(32 * oneMiB, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(m_host->connectionCount(), 0, waitMs);
    // Done writing, or stopped by the server's end of the connection: a reset takes the close
    // frame with it, an orderly end leaves it to be read.
    QTRY_VERIFY_WITH_TIMEOUT(offender->socket()->bytesToWrite() == 0 || offender->isDisconnected(),
                             waitMs);
    offender->setReading(true);
    QTRY_COMPARE_WITH_TIMEOUT(offender->closeCode(), 1009, waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(offender->isDisconnected(), waitMs);
}

void tst_ServerLimits::clientThatNeverAnswersTheCloseIsResetAfterTheCloseTimeout()
{
    // The server's table says 5 s (ServerSettings::defaultCloseTimeout); the same timer, shorter.
    ServerSettings settings;
    settings.maxMessageSize = oneMiB;
    settings.closeTimeout = std::chrono::milliseconds(200);
    start(settings);
    const auto objectsLeft = [this] { return m_host->findChildren<QObject *>().size(); };
    const qsizetype idle = objectsLeft();
    RawWebSocketClient *offender = greetedClient();
    QVERIFY(offender);
    QTest::ignoreMessage(QtInfoMsg, logLine(QStringLiteral("client 127\\.0\\.0\\.1:\\d+ "
                                                           "disconnected \\(1009: .+\\)")));
    // It stops reading once its buffer is full (of an echo), so that it never sees the server's
    // end of the connection; then a message over the limit, and it neither reads the close frame
    // nor closes.
    offender->setReading(false);
    offender->sendFrame(Opcode::Binary, QByteArray(16 * 1024, 'e'));
    QTRY_VERIFY_WITH_TIMEOUT(offender->socket()->bytesAvailable() >= 4096, waitMs);
    offender->sendFrame(Opcode::Binary, QByteArray(2 * oneMiB, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(m_host->connectionCount(), 0, waitMs);
    // The server waits for the client's end no longer than the close timeout: then nothing of
    // the client is left, and the client finds its connection gone.
    QTRY_COMPARE_WITH_TIMEOUT(objectsLeft(), idle, waitMs);
    offender->setReading(true);
    QTRY_VERIFY_WITH_TIMEOUT(offender->isDisconnected(), waitMs);
}

void tst_ServerLimits::garbageInsteadOfAHandshakeIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("logged");

    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(char(255 - i));
    QTest::newRow("binary garbage")
        << everyByte << 400 << QStringLiteral("not a WebSocket request");
    QTest::newRow("TLS ClientHello on ws://")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 400
        << QStringLiteral("not a WebSocket request");
    QTest::newRow("another HTTP method") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                         << QStringLiteral("not a WebSocket request");
    QTest::newRow("endless request header")
        << QByteArray("GET / HTTP/1.1\r\nX-Filler: ") + QByteArray(80 * 1024, 'a') << 431
        << QStringLiteral("opening request over 64 KiB");
}

void tst_ServerLimits::garbageInsteadOfAHandshakeIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, logged);
    start();
    RawWebSocketClient *bystander = greetedClient();
    QVERIFY(bystander);
    QTest::ignoreMessage(
        QtInfoMsg, logLine(QStringLiteral("client 127\\.0\\.0\\.1:\\d+ refused: %1").arg(logged)));

    auto *offender = newClient();
    connect(offender->socket(), &QAbstractSocket::connected, offender,
            [offender, bytes] { offender->sendRaw(bytes); });
    offender->connectOnly(m_port);

    QTRY_VERIFY_WITH_TIMEOUT(offender->isDisconnected(), waitMs);
    QCOMPARE(offender->httpStatus(), status);
    expectStillChatting(bystander, QStringLiteral("still here"));
    QCOMPARE(m_host->connectionCount(), 1);
}

void tst_ServerLimits::slowHandshakeIsDropped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("nothing at all") << QByteArray();
    QTest::newRow("half a request") << RawWebSocketClient::request(1234).left(40);
    QTest::newRow("all but the empty line") << RawWebSocketClient::request(1234).chopped(2);
}

void tst_ServerLimits::slowHandshakeIsDropped()
{
    QFETCH(QByteArray, bytes);
    ServerSettings settings;
    settings.handshakeTimeout = std::chrono::milliseconds(300);
    start(settings);
    RawWebSocketClient *bystander = greetedClient();
    QVERIFY(bystander);
    QTest::ignoreMessage(QtInfoMsg,
                         logLine(QStringLiteral("client 127\\.0\\.0\\.1:\\d+ dropped: no complete "
                                                "handshake within 300 ms")));

    auto *slow = newClient();
    connect(slow->socket(), &QAbstractSocket::connected, slow,
            [slow, bytes] { slow->sendRaw(bytes); });
    slow->connectOnly(m_port);

    QTRY_VERIFY_WITH_TIMEOUT(slow->isDisconnected(), waitMs);
    QCOMPARE(slow->httpStatus(), 0);
    expectStillChatting(bystander, QStringLiteral("still here"));
}

void tst_ServerLimits::clientThatDoesNotReadIsDroppedWith1008()
{
    ServerSettings settings;
    settings.outputCap = oneMiB;
    // Long enough for the client to come back and read the close frame.
    settings.closeTimeout = std::chrono::milliseconds(waitMs);
    start(settings);
    RawWebSocketClient *bystander = greetedClient();
    QVERIFY(bystander);
    RawWebSocketClient *hog = greetedClient();
    QVERIFY(hog);
    QTest::ignoreMessage(
        QtInfoMsg, logLine(QStringLiteral("client 127\\.0\\.0\\.1:\\d+ dropped with 1008: more "
                                          "than 1048576 bytes of output unsent: the client "
                                          "does not read")));
    QTest::ignoreMessage(QtInfoMsg, logLine(QStringLiteral("client 127\\.0\\.0\\.1:\\d+ "
                                                           "disconnected \\(1008: .+\\)")));

    // 32 MiB of messages, each echoed: far more than the kernel's buffers and the output cap.
    hog->setReading(false);
    constexpr int count = 128;
    const QByteArray message(256 * 1024, 'h');
    for (int i = 0; i < count; ++i)
        hog->sendFrame(Opcode::Binary, message);

    QTRY_COMPARE_WITH_TIMEOUT(m_host->statistics().clientsDropped, quint64(1), waitMs);
    expectStillChatting(bystander, QStringLiteral("not affected"));

    // What the server kept for it: its echoes up to the cap, then the close frame that says why.
    hog->setReading(true);
    QTRY_COMPARE_WITH_TIMEOUT(hog->closeCode(), 1008, waitMs);
    QVERIFY2(hog->payloadBytesReceived() < qint64(count) * message.size(),
             qPrintable(QStringLiteral("%1 bytes echoed").arg(hog->payloadBytesReceived())));
    QTRY_VERIFY_WITH_TIMEOUT(hog->isDisconnected(), waitMs);
    QTRY_COMPARE(m_host->connectionCount(), 1);
}

void tst_ServerLimits::clientsBeyondTheMaximumAreRefusedWith1013()
{
    ServerSettings settings;
    settings.maxClients = 2;
    start(settings);
    RawWebSocketClient *first = greetedClient();
    QVERIFY(first);
    RawWebSocketClient *second = greetedClient();
    QVERIFY(second);
    QTest::ignoreMessage(QtInfoMsg,
                         logLine(QStringLiteral("client 127\\.0\\.0\\.1:\\d+ refused: the server "
                                                "is full \\(2 clients\\)")));

    auto *third = newClient();
    third->open(m_port);

    QTRY_COMPARE_WITH_TIMEOUT(third->closeCode(), 1013, waitMs);
    QCOMPARE(third->closeReason(), QStringLiteral("server full, try again later"));
    QVERIFY(third->messages().isEmpty()); // no greeting
    QTRY_VERIFY_WITH_TIMEOUT(third->isDisconnected(), waitMs);
    QCOMPARE(m_host->connectionCount(), 2);
    QCOMPARE(m_host->statistics().clientsRefused, quint64(1));
    expectStillChatting(first, QStringLiteral("first"));

    // A place frees up: the next one is served.
    second->closeNormally();
    QTRY_COMPARE_WITH_TIMEOUT(m_host->connectionCount(), 1, waitMs);
    RawWebSocketClient *fourth = greetedClient();
    QVERIFY(fourth);
    expectStillChatting(fourth, QStringLiteral("fourth"));
}

void tst_ServerLimits::originsOutsideTheListAreRefusedWith403_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<int>("status");
    QTest::newRow("listed") << QByteArray("https://chat.example") << 101;
    QTest::newRow("listed, other case") << QByteArray("HTTPS://Chat.Example") << 101;
    QTest::newRow("second listed") << QByteArray("http://localhost:8080") << 101;
    QTest::newRow("not listed") << QByteArray("https://evil.example") << 403;
    QTest::newRow("listed host on another port") << QByteArray("https://chat.example:444") << 403;
    QTest::newRow("none") << QByteArray() << 403;
}

void tst_ServerLimits::originsOutsideTheListAreRefusedWith403()
{
    QFETCH(QByteArray, origin);
    QFETCH(int, status);
    ServerSettings settings;
    settings.allowedOrigins = {QStringLiteral("https://chat.example"),
                               QStringLiteral("http://localhost:8080")};
    start(settings);
    QTest::ignoreMessage(QtInfoMsg, logLine(QStringLiteral("client connected")));
    if (status == 101) {
        QTest::ignoreMessage(QtInfoMsg, logLine(QStringLiteral("client connected")));
    } else {
        QTest::ignoreMessage(
            QtInfoMsg, logLine(QStringLiteral("client refused: origin \"%1\" is not allowed")
                                   .arg(QRegularExpression::escape(QString::fromLatin1(origin)))));
    }
    // The bystander of this test comes from an allowed origin.
    auto *bystander = newClient();
    bystander->open(m_port, "Origin: https://chat.example\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(bystander->texts(), QStringList(QLatin1String(greeting)), waitMs);

    auto *client = newClient();
    client->open(m_port, origin.isEmpty() ? QByteArray() : "Origin: " + origin + "\r\n");

    QTRY_COMPARE_WITH_TIMEOUT(client->httpStatus(), status, waitMs);
    if (status == 101) {
        QTRY_COMPARE_WITH_TIMEOUT(client->texts(), QStringList(QLatin1String(greeting)), waitMs);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(client->isDisconnected(), waitMs);
        QVERIFY(client->messages().isEmpty());
    }
    expectStillChatting(bystander, QStringLiteral("still here"));
}

void tst_ServerLimits::deadClientIsDroppedAliveOneStays()
{
    ServerSettings settings;
    settings.idleTimeout = std::chrono::milliseconds(1000);
    start(settings);
    QTest::ignoreMessage(QtInfoMsg, logLine(QStringLiteral("client 127\\.0\\.0\\.1:\\d+ dropped "
                                                           "with 1001: no sign of life for 1 s")));
    // Both stay silent; only one answers the server's pings.
    RawWebSocketClient *alive = greetedClient();
    QVERIFY(alive);
    RawWebSocketClient *dead = greetedClient();
    QVERIFY(dead);
    dead->setAnsweringPings(false);

    QTRY_COMPARE_WITH_TIMEOUT(dead->closeCode(), 1001, waitMs);
    QCOMPARE(dead->closeReason(), QStringLiteral("no sign of life for 1 s"));
    QVERIFY(dead->pingsReceived() >= 1);
    QVERIFY(alive->pingsReceived() >= 1);
    QCOMPARE(alive->closeCode(), -1);
    expectStillChatting(alive, QStringLiteral("still here"));
}

void tst_ServerLimits::statisticsCountClientsMessagesAndBytes()
{
    start();
    RawWebSocketClient *first = greetedClient();
    QVERIFY(first);
    RawWebSocketClient *second = greetedClient();
    QVERIFY(second);
    expectStillChatting(first, QStringLiteral("héllo")); // 6 bytes of UTF-8
    second->sendFrame(Opcode::Binary, QByteArray(10, '\0'));
    QTRY_COMPARE_WITH_TIMEOUT(second->messages().size(), 2, waitMs);

    const Banter::ServerStatistics statistics = m_host->statistics();
    QCOMPARE(statistics.clients, 2);
    QCOMPARE(statistics.clientsServed, quint64(2));
    QCOMPARE(statistics.clientsRefused, quint64(0));
    QCOMPARE(statistics.clientsDropped, quint64(0));
    QCOMPARE(statistics.messagesReceived, quint64(2));
    QCOMPARE(statistics.bytesReceived, quint64(16));
    const auto greetingSize = quint64(qstrlen(greeting));
    QCOMPARE(statistics.messagesSent, quint64(4));
    QCOMPARE(statistics.bytesSent, 2 * greetingSize + 16);
}

void tst_ServerLimits::nothingOfAClientOutlivesIt_data()
{
    QTest::addColumn<bool>("isClosedByTheClient");
    QTest::newRow("client closes") << true;
    QTest::newRow("client vanishes") << false;
}

void tst_ServerLimits::nothingOfAClientOutlivesIt()
{
    QFETCH(bool, isClosedByTheClient);
    start();
    // Everything the server made for its clients, whatever the plugins call it.
    const auto objectsLeft = [this] { return m_host->findChildren<QObject *>().size(); };
    const qsizetype idle = objectsLeft();
    std::vector<RawWebSocketClient *> clients;
    for (int i = 0; i < 20; ++i) {
        clients.push_back(greetedClient());
        QVERIFY(clients.back());
    }
    QVERIFY(objectsLeft() > idle);

    for (RawWebSocketClient *client : clients) {
        if (isClosedByTheClient)
            client->closeNormally();
        else
            client->socket()->abort();
    }

    QTRY_COMPARE_WITH_TIMEOUT(m_host->connectionCount(), 0, waitMs);
    QTRY_COMPARE_WITH_TIMEOUT(objectsLeft(), idle, waitMs);
}

void tst_ServerLimits::listenBacklogIsWhatTheSettingsSay()
{
    // Qt's default is 50: a burst of new clients beyond it has its SYNs dropped and retried
    // seconds later. The kernel shows a listening socket's backlog as its Send-Q.
    const QString ss = QStandardPaths::findExecutable(QStringLiteral("ss"));
    // Only ss (netlink) shows it: /proc/net/tcp has no column for it. scripts/test installs it.
    QVERIFY2(!ss.isEmpty(), "needs ss to read the listen backlog: install iproute2");
    ServerSettings settings;
    settings.listenBacklog = 1000;
    start(settings);
    QProcess process;
    process.start(ss, {QStringLiteral("-Hltn"), QStringLiteral("sport = :%1").arg(m_port)});
    QVERIFY(process.waitForFinished(waitMs));
    const QStringList columns = QString::fromLocal8Bit(process.readAllStandardOutput())
                                    .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // State Recv-Q Send-Q Local-Address:Port Peer-Address:Port
    QVERIFY2(columns.size() >= 4, qPrintable(columns.join(QLatin1Char(' '))));
    QFile somaxconn(QStringLiteral("/proc/sys/net/core/somaxconn"));
    const int cap =
        somaxconn.open(QIODevice::ReadOnly) ? somaxconn.readAll().trimmed().toInt() : 4096;
    QCOMPARE(columns.at(2).toInt(), std::min(1000, cap));
}

QTEST_GUILESS_MAIN(tst_ServerLimits)
#include "tst_serverlimits.moc"
