// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// banter-cli of this build against the reference's Node `ws` echo server (echo-server.mjs).
class tst_InteropCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pipesLinesThroughTheNodeEcho();
    void executeAndCountAgainstNode();

private:
    static QByteArray runCli(const QStringList &arguments, const QByteArray &input, int *exitCode);
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_port); }

    QProcess m_node;
    int m_port = 0;
};

void tst_InteropCli::initTestCase()
{
    const QString sourceDir = QStringLiteral(BANTER_TEST_SOURCE_DIR);
    QVERIFY2(QFileInfo::exists(sourceDir + QLatin1String("/node_modules/ws/package.json")),
             "the Node packages of the interoperability tests are not installed: run `npm ci "
             "--prefix tests/interop` in the Banter source folder");
    m_node.setWorkingDirectory(sourceDir);
    m_node.setProcessChannelMode(QProcess::MergedChannels);
    m_node.start(QStringLiteral(BANTER_TEST_NODE_EXECUTABLE),
                 {sourceDir + QLatin1String("/echo-server.mjs"), QStringLiteral("0")});
    QVERIFY(m_node.waitForStarted());
    static const QRegularExpression listening(QStringLiteral("listening on port (\\d+)"));
    QByteArray output;
    while (m_port == 0 && m_node.waitForReadyRead(30000)) {
        output += m_node.readAll();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            m_port = match.captured(1).toInt();
    }
    QVERIFY2(m_port != 0, output.constData());
}

void tst_InteropCli::cleanupTestCase()
{
    m_node.kill();
    m_node.waitForFinished();
}

QByteArray tst_InteropCli::runCli(const QStringList &arguments, const QByteArray &input,
                                  int *exitCode)
{
    QProcess cli;
    cli.start(QStringLiteral(BANTER_TEST_BIN_DIR "/banter-cli"), arguments);
    if (!cli.waitForStarted())
        return {};
    cli.write(input);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(60000)) {
        cli.kill();
        cli.waitForFinished();
        return {};
    }
    *exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    return cli.readAllStandardOutput();
}

void tst_InteropCli::pipesLinesThroughTheNodeEcho()
{
    int exitCode = -1;
    // The reference sends binary back as text: the hex bytes of "AB" come back as "AB".
    const QByteArray output = runCli({QStringLiteral("-q"), url()}, "hello\nwörld\n", &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(output, QByteArray("Welcome to Awesome Chat\nhello\nwörld\n"));
    const QByteArray binary =
        runCli({QStringLiteral("-q"), QStringLiteral("--hex"), url()}, "41 42\n", &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(binary, QByteArray("Welcome to Awesome Chat\nAB\n"));
}

void tst_InteropCli::executeAndCountAgainstNode()
{
    int exitCode = -1;
    const QByteArray output =
        runCli({QStringLiteral("-x"), QStringLiteral("ping me"), QStringLiteral("-n"),
                QStringLiteral("2"), QStringLiteral("-q"), url()},
               QByteArray(), &exitCode);
    QCOMPARE(exitCode, 0);
    QCOMPARE(output, QByteArray("Welcome to Awesome Chat\nping me\n"));
}

QTEST_GUILESS_MAIN(tst_InteropCli)
#include "tst_interop_cli.moc"
