// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The network conditions from the command line: banter-server --listen chaos+ws://..., and
// banter-cli's --latency, --loss, ... flags, both as separate processes of this build.
#include "banterserverprocess.h"
#include "cliprocess.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

class tst_ChaosCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cliFlagsTurnTheUrlIntoAChaosUrl();
    void cliRefusesABadFlagValueInWords();
    void cliTakesAChaosUrlAsItIs();
    void serverListensThroughConditions();
    void serverRefusesABadParameter();

private:
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1").arg(m_port); }

    std::unique_ptr<BanterServerProcess> m_server;
    quint16 m_port = 0;
};

void tst_ChaosCli::init()
{
    m_server = std::make_unique<BanterServerProcess>();
    m_server->start({QStringLiteral("--port"), QStringLiteral("0")});
    m_port = m_server->waitForPort();
    QVERIFY2(m_port != 0, qPrintable(m_server->describe()));
}

void tst_ChaosCli::cleanup()
{
    m_server.reset();
}

void tst_ChaosCli::cliFlagsTurnTheUrlIntoAChaosUrl()
{
    const CliProcess result = CliProcess::run(
        {QStringLiteral("--latency"), QStringLiteral("10ms"), QStringLiteral("--jitter"),
         QStringLiteral("5ms"), QStringLiteral("--bandwidth"), QStringLiteral("64KiB"),
         QStringLiteral("--loss"), QStringLiteral("0%"), QStringLiteral("--seed"),
         QStringLiteral("42"), QStringLiteral("-x"), QStringLiteral("one"), QStringLiteral("-n"),
         QStringLiteral("2"), url()});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.output, QByteArray("Welcome to Awesome Chat\none\n"));
    QVERIFY2(result.errors.contains("network conditions: latency 10 ms ± 5 ms, 64 KiB/s, seed 42"),
             result.errors.constData());
}

void tst_ChaosCli::cliRefusesABadFlagValueInWords()
{
    const CliProcess result = CliProcess::run({QStringLiteral("--loss"), QStringLiteral("150%"),
                                               QStringLiteral("-x"), QStringLiteral("one"), url()});
    QCOMPARE(result.exitCode, 2); // could not connect
    QVERIFY2(result.errors.contains("loss=150% is not allowed; loss must be a percentage from 0 "
                                    "to 100, such as 1%"),
             result.errors.constData());
}

void tst_ChaosCli::cliTakesAChaosUrlAsItIs()
{
    const CliProcess result = CliProcess::run(
        {QStringLiteral("-x"), QStringLiteral("one"), QStringLiteral("-n"), QStringLiteral("2"),
         QStringLiteral("chaos+ws://127.0.0.1:%1/?latency=5ms&seed=1").arg(m_port)});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.output, QByteArray("Welcome to Awesome Chat\none\n"));
    QVERIFY2(result.errors.contains("network conditions: latency 5 ms, seed 1"),
             result.errors.constData());
}

void tst_ChaosCli::serverListensThroughConditions()
{
    BanterServerProcess slow;
    slow.start({QStringLiteral("--listen"),
                QStringLiteral("chaos+ws://127.0.0.1:0/?latency=20ms&loss=0%&seed=5")});
    const quint16 port = slow.waitForPort();
    QVERIFY2(port != 0, qPrintable(slow.describe()));
    const CliProcess result = CliProcess::run(
        {QStringLiteral("-x"), QStringLiteral("slowly"), QStringLiteral("-n"), QStringLiteral("2"),
         QStringLiteral("-q"), QStringLiteral("ws://127.0.0.1:%1").arg(port)});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.output, QByteArray("Welcome to Awesome Chat\nslowly\n"));
}

void tst_ChaosCli::serverRefusesABadParameter()
{
    BanterServerProcess bad;
    bad.start({QStringLiteral("--listen"), QStringLiteral("chaos+ws://127.0.0.1:0/?jitter=-1s")});
    QCOMPARE(bad.waitForExit(), 1);
    QVERIFY2(bad.describe().contains(QLatin1String("jitter=-1s is not allowed")),
             qPrintable(bad.describe()));
}

QTEST_GUILESS_MAIN(tst_ChaosCli)
#include "tst_chaoscli.moc"
