// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "testidentity.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Starts echo-server.mjs on a free port with options; its port, or 0 with *output saying why.
int startNode(QProcess &node, const QStringList &options, QByteArray *output)
{
    const QString sourceDir = QStringLiteral(BANTER_TEST_SOURCE_DIR);
    node.setWorkingDirectory(sourceDir);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral(BANTER_TEST_NODE_EXECUTABLE),
               QStringList{sourceDir + QLatin1String("/echo-server.mjs"), QStringLiteral("0")} +
                   options);
    static const QRegularExpression listening(QStringLiteral("listening on port (\\d+)"));
    while (node.waitForReadyRead(30000)) {
        *output += node.readAll();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(*output));
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return 0;
}

} // namespace

// banter-cli of this build against the reference's Node `ws` echo server (echo-server.mjs).
class tst_InteropCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pipesLinesThroughTheNodeEcho();
    void executeAndCountAgainstNode();
    void requestOptionsReachTheServer();
    void sendFileSendsItsBytes();
    void showsTheClientCertificateItIsGiven();

private:
    // Waits until the Node server has printed a line that matches pattern.
    bool waitForNodeLine(const QRegularExpression &pattern);

    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_port); }

    QProcess m_node;
    QByteArray m_nodeOutput;
    int m_port = 0;
};

void tst_InteropCli::initTestCase()
{
    const QString sourceDir = QStringLiteral(BANTER_TEST_SOURCE_DIR);
    QVERIFY2(QFileInfo::exists(sourceDir + QLatin1String("/node_modules/ws/package.json")),
             "the Node packages of the interoperability tests are not installed: run `npm ci "
             "--prefix tests/interop` in the Banter source folder");
    QByteArray output;
    m_port = startNode(m_node, {QStringLiteral("--log-request")}, &output);
    QVERIFY2(m_port != 0, output.constData());
}

void tst_InteropCli::cleanupTestCase()
{
    m_node.kill();
    m_node.waitForFinished();
}

void tst_InteropCli::pipesLinesThroughTheNodeEcho()
{
    // The reference sends binary back as text: the hex bytes of "AB" come back as "AB".
    const CliProcess text = CliProcess::run({QStringLiteral("-q"), url()}, "hello\nwörld\n");
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.output, QByteArray("Welcome to Awesome Chat\nhello\nwörld\n"));
    const CliProcess binary =
        CliProcess::run({QStringLiteral("-q"), QStringLiteral("--hex"), url()}, "41 42\n");
    QCOMPARE(binary.exitCode, 0);
    QCOMPARE(binary.output, QByteArray("Welcome to Awesome Chat\nAB\n"));
}

void tst_InteropCli::executeAndCountAgainstNode()
{
    const CliProcess result =
        CliProcess::run({QStringLiteral("-x"), QStringLiteral("ping me"), QStringLiteral("-n"),
                         QStringLiteral("2"), QStringLiteral("-q"), url()});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.output, QByteArray("Welcome to Awesome Chat\nping me\n"));
}

bool tst_InteropCli::waitForNodeLine(const QRegularExpression &pattern)
{
    for (;;) {
        m_nodeOutput += m_node.readAll();
        for (const QByteArray &line : m_nodeOutput.split('\n')) {
            if (pattern.match(QString::fromUtf8(line)).hasMatch())
                return true;
        }
        if (!m_node.waitForReadyRead(30000))
            return false;
    }
}

void tst_InteropCli::requestOptionsReachTheServer()
{
    const CliProcess result = CliProcess::run(
        {QStringLiteral("-H"), QStringLiteral("X-Token: s3cret"), QStringLiteral("--subprotocol"),
         QStringLiteral("chat.v9"), QStringLiteral("--origin"),
         QStringLiteral("https://example.org"), QStringLiteral("-x"), QStringLiteral("hi"),
         QStringLiteral("-n"), QStringLiteral("2"), QStringLiteral("-q"),
         url() + QStringLiteral("/feed?x=1")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.output, QByteArray("Welcome to Awesome Chat\nhi\n"));
    QVERIFY2(
        waitForNodeLine(QRegularExpression(QStringLiteral(
            "^request /feed\\?x=1 origin=https://example.org protocols=chat.v9 x-token=s3cret$"))),
        m_nodeOutput.constData());
}

void tst_InteropCli::sendFileSendsItsBytes()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile file(folder.filePath(QStringLiteral("note.bin")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("from a file");
    file.close();
    // Sent as one binary message; the reference echoes binary back as text.
    const CliProcess result =
        CliProcess::run({QStringLiteral("--send-file"), file.fileName(), QStringLiteral("-n"),
                         QStringLiteral("2"), QStringLiteral("-q"), url()});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.output, QByteArray("Welcome to Awesome Chat\nfrom a file\n"));
    QVERIFY2(waitForNodeLine(QRegularExpression(QStringLiteral("^Message: from a file$"))),
             m_nodeOutput.constData());
}

void tst_InteropCli::showsTheClientCertificateItIsGiven()
{
    // A Node wss:// server that asks for a certificate signed by the client's own.
    QTemporaryDir folder;
    QString error;
    const TestIdentity server =
        TestIdentity::create(folder.path(), QStringLiteral("server"), &error);
    QVERIFY2(!server.certificate.isNull(), qPrintable(error));
    QVERIFY2(
        !TestIdentity::create(folder.path(), QStringLiteral("client"), &error).certificate.isNull(),
        qPrintable(error));
    const QString pkcs12 = TestIdentity::writePkcs12(folder.path(), QStringLiteral("client"),
                                                     QStringLiteral("s3cret"), &error);
    QVERIFY2(!pkcs12.isEmpty(), qPrintable(error));
    QProcess node;
    QByteArray output;
    const int port =
        startNode(node,
                  {QStringLiteral("--tls"), folder.filePath(QStringLiteral("server.pem")),
                   folder.filePath(QStringLiteral("server.key")), QStringLiteral("--client-ca"),
                   folder.filePath(QStringLiteral("client.pem"))},
                  &output);
    QVERIFY2(port != 0, output.constData());
    const QStringList exchange{QStringLiteral("-x"),
                               QStringLiteral("hi"),
                               QStringLiteral("-n"),
                               QStringLiteral("2"),
                               QStringLiteral("-q"),
                               QStringLiteral("--fingerprint"),
                               QString::fromLatin1(server.fingerprint().toHex())};
    const QString url = QStringLiteral("wss://127.0.0.1:%1").arg(port);

    const CliProcess pem =
        CliProcess::run(exchange + QStringList{QStringLiteral("--client-cert"),
                                               folder.filePath(QStringLiteral("client.pem")),
                                               QStringLiteral("--client-key"),
                                               folder.filePath(QStringLiteral("client.key")), url});
    QCOMPARE(pem.exitCode, 0);
    QCOMPARE(pem.output, QByteArray("Welcome to Awesome Chat\nhi\n"));

    // The passphrase comes from the environment, never from the command line.
    qputenv("BANTER_CLIENT_PASSPHRASE", "s3cret");
    const CliProcess opened =
        CliProcess::run(exchange + QStringList{QStringLiteral("--client-cert"), pkcs12, url});
    qputenv("BANTER_CLIENT_PASSPHRASE", "guess");
    const CliProcess refused =
        CliProcess::run(exchange + QStringList{QStringLiteral("--client-cert"), pkcs12, url});
    qunsetenv("BANTER_CLIENT_PASSPHRASE");
    QCOMPARE(opened.exitCode, 0);
    QCOMPARE(opened.output, QByteArray("Welcome to Awesome Chat\nhi\n"));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.errors.contains("--client-cert: ") &&
                 refused.errors.contains("is no PKCS#12 file that this passphrase opens"),
             refused.errors.constData());

    // Without -q, to see why it could not connect.
    QStringList loud = exchange;
    loud.removeAll(QStringLiteral("-q"));
    const CliProcess none = CliProcess::run(loud + QStringList{url});
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.errors.contains("the server asks for a client certificate, and none was given"),
             none.errors.constData());
    node.kill();
    node.waitForFinished();
}

QTEST_GUILESS_MAIN(tst_InteropCli)
#include "tst_interop_cli.moc"
