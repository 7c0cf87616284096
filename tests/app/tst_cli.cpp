// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "banterserverprocess.h"
#include "cliprocess.h"
#include "proxyprocess.h"
#include "testidentity.h"

#include <chatlog.h>

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using Banter::ChatLog;
using Banter::ChatModel;

// banter-cli of this build as a child process, against banter-server: what goes in on standard
// input comes back on standard output, and each way of ending has its exit code.
class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pipesLinesThroughTheEcho();
    void executeAndCount();
    void unknownSchemeNamesTheSchemes();
    void badUrlIsAUsageError();
    void receiveBufferIsTakenOrRefusedInWords();
    void proxyIsTakenOrRefusedInWords();
    void refusedPortCannotConnect();
    void serverLostIsExitCode3();
    void serverCloseCodeIsExitCode4();
    void ndjsonReadsBackAsALog();
    void binaryBothWays();
    void reconnectLosesNothingAcrossARestart();
    void fingerprintTrustsThatCertificateOnly();
    void waitEndsTheProgramWithInputStillOpen();
    void lingerWaitsForLateMessages();

private:
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_port); }

    std::unique_ptr<BanterServerProcess> m_server;
    quint16 m_port = 0;
};

void tst_Cli::init()
{
    m_server = std::make_unique<BanterServerProcess>();
    m_server->start({QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--max-message-size"), QStringLiteral("1024")});
    m_port = m_server->waitForPort();
    QVERIFY2(m_port != 0, qPrintable(m_server->describe()));
}

void tst_Cli::cleanup()
{
    m_server.reset();
}

void tst_Cli::pipesLinesThroughTheEcho()
{
    const CliProcess result = CliProcess::run({url()}, "hello\nworld\nlast line without newline");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.output,
             QByteArray("Welcome to Awesome Chat\nhello\nworld\nlast line without newline\n"));
    QVERIFY2(result.errors.contains("# socket open\n"), result.errors.constData());
}

void tst_Cli::executeAndCount()
{
    // -n 2: the greeting and the echo of the first message; the program does not wait for more.
    const CliProcess result = CliProcess::run(
        {QStringLiteral("-x"), QStringLiteral("one"), QStringLiteral("-x"), QStringLiteral("two"),
         QStringLiteral("-n"), QStringLiteral("2"), QStringLiteral("-q"), url()});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.output, QByteArray("Welcome to Awesome Chat\none\n"));
    QCOMPARE(result.errors, QByteArray());
}

void tst_Cli::unknownSchemeNamesTheSchemes()
{
    const CliProcess result = CliProcess::run({QStringLiteral("foo://localhost:3000")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.errors.contains("\"foo\"") && result.errors.contains("ws, wss"),
             result.errors.constData());
}

void tst_Cli::badUrlIsAUsageError()
{
    QCOMPARE(CliProcess::run({QStringLiteral("ws://")}).exitCode, 1);
    QCOMPARE(CliProcess::run({}).exitCode, 1);
    QCOMPARE(CliProcess::run({QStringLiteral("--binary"), QStringLiteral("octal"), url()}).exitCode,
             1);
}

void tst_Cli::receiveBufferIsTakenOrRefusedInWords()
{
    const CliProcess set =
        CliProcess::run({QStringLiteral("--receive-buffer"), QStringLiteral("64"),
                         QStringLiteral("-x"), QStringLiteral("one"), QStringLiteral("-n"),
                         QStringLiteral("2"), QStringLiteral("-q"), url()});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.output, QByteArray("Welcome to Awesome Chat\none\n"));

    const CliProcess tooSmall = CliProcess::run(
        {QStringLiteral("--receive-buffer"), QStringLiteral("2"), QStringLiteral("-q"), url()});
    QCOMPARE(tooSmall.exitCode, 1);
    QVERIFY2(tooSmall.errors.contains("a receive buffer of 2048 bytes: give 0 (automatic) or "
                                      "4 KiB to 256 MiB"),
             tooSmall.errors.constData());
    const CliProcess notANumber = CliProcess::run(
        {QStringLiteral("--receive-buffer"), QStringLiteral("1M"), QStringLiteral("-q"), url()});
    QCOMPARE(notANumber.exitCode, 1);
    QVERIFY2(notANumber.errors.contains("invalid --receive-buffer \"1M\": give KiB"),
             notANumber.errors.constData());
}

void tst_Cli::proxyIsTakenOrRefusedInWords()
{
    ProxyProcess proxy(ProxyProcess::Kind::Socks5, QStringLiteral("sam"), QStringLiteral("s3cret"));
    const QString problem = proxy.problem();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The password comes from the environment, never from the command line.
    qputenv("BANTER_PROXY_PASSWORD", "s3cret");
    const CliProcess through =
        CliProcess::run({QStringLiteral("--proxy"), proxy.url(QStringLiteral("sam")),
                         QStringLiteral("-x"), QStringLiteral("one"), QStringLiteral("-n"),
                         QStringLiteral("2"), QStringLiteral("-q"), url()});
    qunsetenv("BANTER_PROXY_PASSWORD");
    QCOMPARE(through.exitCode, 0);
    QCOMPARE(through.output, QByteArray("Welcome to Awesome Chat\none\n"));
    QTRY_VERIFY2(proxy.hasConnectedTo(quint16(m_port)), qPrintable(proxy.log()));

    const CliProcess refused = CliProcess::run(
        {QStringLiteral("--proxy"), proxy.url(QStringLiteral("sam")), QStringLiteral("-x"),
         QStringLiteral("one"), QStringLiteral("-n"), QStringLiteral("2"), url()});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.errors.contains("through the proxy 127.0.0.1:"), refused.errors.constData());

    const CliProcess notAProxy =
        CliProcess::run({QStringLiteral("--proxy"), QStringLiteral("proxy.example:3128"),
                         QStringLiteral("-q"), url()});
    QCOMPARE(notAProxy.exitCode, 1);
    QVERIFY2(notAProxy.errors.contains("the proxy \"proxy.example:3128\" is not one"),
             notAProxy.errors.constData());
}

void tst_Cli::refusedPortCannotConnect()
{
    m_server.reset(); // its port is free now, and nobody listens there
    const CliProcess result = CliProcess::run({url()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errors.contains("refused"), result.errors.constData());
    // -q leaves out the status lines, not why it failed: one line, the last status.
    const CliProcess quiet = CliProcess::run({QStringLiteral("-q"), url()});
    QCOMPARE(quiet.exitCode, 2);
    QVERIFY2(quiet.errors.startsWith("banter-cli: ") && quiet.errors.count('\n') == 1 &&
                 quiet.errors.contains("refused"),
             quiet.errors.constData());
}

void tst_Cli::serverLostIsExitCode3()
{
    QProcess cli;
    cli.start(CliProcess::program(), {url()});
    QVERIFY(cli.waitForStarted());
    // Input stays open: only the lost connection can end the program. The greeting on standard
    // output proves the client, not only the server, saw the handshake complete; the server's own
    // "client connected" line comes before that and killing it there races the handshake.
    QByteArray output;
    while (!output.contains("Welcome to Awesome Chat\n")) {
        QVERIFY2(cli.waitForReadyRead(30000), cli.readAllStandardError().constData());
        output += cli.readAllStandardOutput();
    }
    m_server->process()->kill();
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 3);
}

void tst_Cli::serverCloseCodeIsExitCode4()
{
    // The server closes with 1009 on a message beyond --max-message-size.
    const CliProcess result = CliProcess::run({url()}, QByteArray(2048, 'x') + '\n');
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.errors.contains("1009"), result.errors.constData());
    const CliProcess quiet =
        CliProcess::run({QStringLiteral("-q"), url()}, QByteArray(2048, 'x') + '\n');
    QCOMPARE(quiet.exitCode, 4);
    QVERIFY2(quiet.errors.startsWith("banter-cli: ") && quiet.errors.contains("1009"),
             quiet.errors.constData());
}

void tst_Cli::ndjsonReadsBackAsALog()
{
    const CliProcess result =
        CliProcess::run({QStringLiteral("--ndjson"), QStringLiteral("-q"), url()}, "hi\n");
    QCOMPARE(result.exitCode, 0);
    const ChatLog::ReadResult log = ChatLog::parse(result.output);
    QVERIFY2(log.isOk(), qPrintable(log.errorString));
    QStringList lines;
    for (const ChatLog::Entry &entry : log.entries)
        lines << ChatModel::prefix(entry.kind) + QLatin1Char(' ') + entry.text;
    QVERIFY2(lines.contains(QStringLiteral("> hi")), qPrintable(lines.join(u'|')));
    QVERIFY2(lines.contains(QStringLiteral("< hi")), qPrintable(lines.join(u'|')));
    QVERIFY2(lines.contains(QStringLiteral("# socket open")), qPrintable(lines.join(u'|')));
}

void tst_Cli::binaryBothWays()
{
    // --hex sends binary; banter-server echoes it as binary, written as hex, or base64.
    CliProcess result = CliProcess::run({QStringLiteral("--hex"), QStringLiteral("-q"), url()},
                                        "00 01 ff\n0a:0d\n");
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.output, QByteArray("Welcome to Awesome Chat\n0001ff\n0a0d\n"));
    result = CliProcess::run({QStringLiteral("--hex"), QStringLiteral("--binary"),
                              QStringLiteral("base64"), QStringLiteral("-q"), url()},
                             "00 01 ff\n");
    QCOMPARE(result.output, QByteArray("Welcome to Awesome Chat\nAAH/\n"));
    result = CliProcess::run({QStringLiteral("--hex"), QStringLiteral("--binary"),
                              QStringLiteral("raw"), QStringLiteral("-q"), url()},
                             "41 42 0a\n");
    QCOMPARE(result.output, QByteArray("Welcome to Awesome Chat\nAB\n"));
}

void tst_Cli::reconnectLosesNothingAcrossARestart()
{
    QProcess cli;
    cli.start(CliProcess::program(), {QStringLiteral("--reconnect"), QStringLiteral("-q"), url()});
    QVERIFY(cli.waitForStarted());
    cli.write("before\n");
    QVERIFY(m_server->waitForLine(QRegularExpression(QStringLiteral("client connected"))) !=
            QString());
    QTRY_VERIFY_WITH_TIMEOUT(cli.peek(1024).contains("before\n"), 30000);

    // The server goes away; what is written meanwhile waits in the outbox.
    m_server->process()->kill();
    m_server->process()->waitForFinished();
    for (int i = 0; i < 100; ++i)
        cli.write(QByteArray::number(i) + '\n');
    m_server = std::make_unique<BanterServerProcess>();
    m_server->start({QStringLiteral("--port"), QString::number(m_port)});
    QCOMPARE(m_server->waitForPort(), m_port);
    cli.closeWriteChannel();
    // Without the reconnect it has ended already, with 3.
    QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 0);
    const QList<QByteArray> lines = cli.readAllStandardOutput().split('\n');
    for (int i = 0; i < 100; ++i)
        QVERIFY2(lines.contains(QByteArray::number(i)), QByteArray::number(i).constData());
}

void tst_Cli::fingerprintTrustsThatCertificateOnly()
{
    QTemporaryDir folder;
    QString error;
    const TestIdentity identity =
        TestIdentity::create(folder.path(), QStringLiteral("cli"), &error);
    QVERIFY2(!identity.certificate.isNull(), qPrintable(error));
    BanterServerProcess server;
    server.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--tls-cert"),
                  folder.filePath(QStringLiteral("cli.pem")), QStringLiteral("--tls-key"),
                  folder.filePath(QStringLiteral("cli.key"))});
    const quint16 port = server.waitForPort();
    QVERIFY2(port != 0, qPrintable(server.describe()));
    const QString secure = QStringLiteral("wss://127.0.0.1:%1").arg(port);
    const QStringList exchange{QStringLiteral("-x"), QStringLiteral("hi"), QStringLiteral("-n"),
                               QStringLiteral("2")};

    // The system does not trust it: exit code 2, and why.
    const CliProcess untrusted = CliProcess::run(exchange + QStringList{secure});
    QCOMPARE(untrusted.exitCode, 2);
    QVERIFY2(untrusted.errors.contains("self-signed"), untrusted.errors.constData());

    // Its fingerprint (with or without colons) trusts it, and only it.
    for (const QByteArray &fingerprint :
         {identity.fingerprint().toHex(), identity.fingerprint().toHex(':').toUpper()}) {
        const CliProcess trusted = CliProcess::run(
            exchange + QStringList{QStringLiteral("-q"), QStringLiteral("--fingerprint"),
                                   QString::fromLatin1(fingerprint), secure});
        QCOMPARE(trusted.exitCode, 0);
        QCOMPARE(trusted.output, QByteArray("Welcome to Awesome Chat\nhi\n"));
    }
    QByteArray other = identity.fingerprint();
    other[0] = char(other[0] ^ 1);
    const CliProcess wrong =
        CliProcess::run(exchange + QStringList{QStringLiteral("--fingerprint"),
                                               QString::fromLatin1(other.toHex()), secure});
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.errors.contains("self-signed"), wrong.errors.constData());
    QCOMPARE(CliProcess::run({QStringLiteral("--fingerprint"), QStringLiteral("12:34"), secure})
                 .exitCode,
             1);
}

void tst_Cli::waitEndsTheProgramWithInputStillOpen()
{
    QProcess cli;
    cli.start(CliProcess::program(), {QStringLiteral("--wait"), QStringLiteral("1"), url()});
    QVERIFY(cli.waitForStarted());
    // Input stays open: only --wait can end it.
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(cli.readAllStandardOutput(), QByteArray("Welcome to Awesome Chat\n"));
    QVERIFY(cli.readAllStandardError().contains("# socket closed"));
    // It closed, with 1000: it did not just go.
    QVERIFY(m_server->waitForLine(QRegularExpression(QStringLiteral("disconnected \\(1000\\)"))) !=
            QString());
}

void tst_Cli::lingerWaitsForLateMessages()
{
    // A server that answers "x" half a second late.
    QWebSocketServer server(QStringLiteral("late"), QWebSocketServer::NonSecureMode);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QWebSocketServer::newConnection, this, [&server] {
        QWebSocket *socket = server.nextPendingConnection();
        socket->setParent(&server);
        socket->sendTextMessage(QStringLiteral("hello"));
        connect(socket, &QWebSocket::textMessageReceived, socket, [socket](const QString &text) {
            QTimer::singleShot(500, socket, [socket, text] {
                socket->sendTextMessage(QStringLiteral("late ") + text);
            });
        });
    });
    const QString late = QStringLiteral("ws://127.0.0.1:%1").arg(server.serverPort());
    const auto runToEnd = [](const QStringList &arguments) {
        QProcess cli;
        cli.start(CliProcess::program(), arguments);
        cli.write("x\n");
        cli.closeWriteChannel();
        // The server lives on this thread's event loop: keep it turning while the program runs.
        if (!QTest::qWaitFor([&cli] { return cli.state() == QProcess::NotRunning; }, 60000))
            cli.kill();
        return std::make_pair(cli.exitCode(), cli.readAllStandardOutput());
    };
    // Input ends at once; with a long enough linger, the late answer still comes.
    const auto [lingered, lingeredOutput] =
        runToEnd({QStringLiteral("--linger"), QStringLiteral("5"), QStringLiteral("-q"), late});
    QCOMPARE(lingered, 0);
    QCOMPARE(lingeredOutput, QByteArray("hello\nlate x\n"));
    // --linger 0: it closes as soon as what it read has gone out.
    const auto [hurried, hurriedOutput] =
        runToEnd({QStringLiteral("--linger"), QStringLiteral("0"), QStringLiteral("-q"), late});
    QCOMPARE(hurried, 0);
    QCOMPARE(hurriedOutput, QByteArray("hello\n"));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
