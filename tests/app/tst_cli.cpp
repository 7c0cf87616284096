// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "banterserverprocess.h"
#include "cliprocess.h"

#include <chatlog.h>

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

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
    void refusedPortCannotConnect();
    void serverLostIsExitCode3();
    void serverCloseCodeIsExitCode4();
    void ndjsonReadsBackAsALog();
    void binaryBothWays();
    void reconnectLosesNothingAcrossARestart();

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

void tst_Cli::refusedPortCannotConnect()
{
    m_server.reset(); // its port is free now, and nobody listens there
    const CliProcess result = CliProcess::run({url()});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errors.contains("refused"), result.errors.constData());
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

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
