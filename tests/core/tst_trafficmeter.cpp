// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mischievousechoserver.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <echocorrelator.h>
#include <trafficmeter.h>
#include <banter/pluginregistry.h>

#include <QtTest>

using namespace Banter;

// A connection's traffic second by second, against an echo server on the real WebSocket
// transport, on a test's clock: messages and bytes (UTF-8) in and out, the echoes' round trips,
// ten minutes kept, and the CSV.
class tst_TrafficMeter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsEachSecondOfAConversation();
    void keepsTenMinutes();
    void writesCsv();
    void countsUtf8WithoutConverting_data();
    void countsUtf8WithoutConverting();

private:
    PluginRegistry m_registry;
    ITransport *m_transport = nullptr;
};

void tst_TrafficMeter::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    m_transport = m_registry.transport(QStringLiteral("ws"));
    QVERIFY2(m_transport, qPrintable(m_registry.errorString()));
}

void tst_TrafficMeter::countsEachSecondOfAConversation()
{
    MischievousEchoServer server(m_transport);
    QVERIFY(server.start({}));
    ChatModel model;
    ChatSession session(&m_registry, &model);
    EchoCorrelator echoes(&session, &model);
    TrafficMeter meter(&session, &echoes);
    qint64 now = 1767225600000; // 2026-01-01T00:00:00Z
    meter.setClock([&now] { return now; });
    QSignalSpy sampled(&meter, &TrafficMeter::sampled);
    QVERIFY(session.open(server.url()));
    QTRY_COMPARE(session.state(), Connection::State::Open);
    QTRY_COMPARE(echoes.statistics().sent, 0);
    session.sendText(QStringLiteral("héllo"));           // 6 bytes in UTF-8
    session.sendBinary(QByteArray::fromHex("000102ff")); // 4 bytes
    QTRY_COMPARE(echoes.statistics().echoed, 2);
    now += 1000;
    meter.tick();
    QCOMPARE(sampled.size(), 1);
    QCOMPARE(meter.samples().size(), size_t(1));
    const TrafficMeter::Sample first = meter.samples().back();
    QCOMPARE(first.second, 1767225601);
    QCOMPARE(first.messagesOut, 2);
    QCOMPARE(first.bytesOut, 10);
    QCOMPARE(first.messagesIn, 3); // the welcome and two echoes
    QCOMPARE(first.bytesIn, qint64(QByteArray("Welcome to Awesome Chat").size()) + 10);
    QVERIFY(first.echoMs >= 0);
    // A quiet second: zeros, and no round trip.
    now += 1000;
    meter.tick();
    const TrafficMeter::Sample quiet = meter.samples().back();
    QCOMPARE(quiet.messagesIn + quiet.messagesOut + quiet.bytesIn + quiet.bytesOut, 0);
    QCOMPARE(quiet.echoMs, -1.0);
    QCOMPARE(meter.samples().size(), size_t(2));
}

void tst_TrafficMeter::keepsTenMinutes()
{
    ChatModel model;
    ChatSession session(&m_registry, &model);
    TrafficMeter meter(&session, nullptr);
    qint64 now = 0;
    meter.setClock([&now] { return now; });
    for (int second = 1; second <= TrafficMeter::keptSeconds + 25; ++second) {
        now = qint64(second) * 1000;
        meter.tick();
    }
    QCOMPARE(meter.samples().size(), size_t(TrafficMeter::keptSeconds));
    QCOMPARE(meter.samples().front().second, 26);
    meter.clear();
    QVERIFY(meter.samples().empty());
}

void tst_TrafficMeter::writesCsv()
{
    MischievousEchoServer server(m_transport);
    MischievousEchoServer::Mischief quiet;
    quiet.welcome = false;
    QVERIFY(server.start(quiet));
    ChatModel model;
    ChatSession session(&m_registry, &model);
    EchoCorrelator echoes(&session, &model);
    TrafficMeter meter(&session, &echoes);
    qint64 now = 1767225600000;
    meter.setClock([&now] { return now; });
    QVERIFY(session.open(server.url()));
    QTRY_COMPARE(session.state(), Connection::State::Open);
    now += 1000;
    meter.tick(); // nothing yet
    session.sendText(QStringLiteral("abc"));
    QTRY_COMPARE(echoes.statistics().echoed, 1);
    now += 1000;
    meter.tick();
    const QStringList lines = meter.toCsv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("time,messages_in,messages_out,bytes_in,bytes_out,"
                                      "echo_round_trip_ms,ping_round_trip_ms"));
    QCOMPARE(lines[1], QStringLiteral("2026-01-01T00:00:01Z,0,0,0,0,,"));
    QVERIFY2(lines[2].startsWith(QLatin1String("2026-01-01T00:00:02Z,1,1,3,3,")),
             qPrintable(lines[2]));
    // The echo's round trip, and the ping the session sent behind the message.
    const QStringList fields = lines[2].split(QLatin1Char(','));
    QCOMPARE(fields.size(), 7);
    bool isNumber = false;
    QVERIFY(fields[5].toDouble(&isNumber) >= 0 && isNumber);
    QVERIFY(fields[6].isEmpty() || (fields[6].toDouble(&isNumber) >= 0 && isNumber));
}

void tst_TrafficMeter::countsUtf8WithoutConverting_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("ASCII") << QStringLiteral("hello");
    QTest::newRow("two bytes") << QStringLiteral("Grüße");
    QTest::newRow("three bytes") << QStringLiteral("日本語 €");
    QTest::newRow("four bytes") << QString::fromUtf8("\xf0\x9f\x98\x80 ok");
    QTest::newRow("lone high surrogate") << QString(QChar(0xd800)) + QStringLiteral("x");
    QTest::newRow("lone low surrogate at the end") << QStringLiteral("x") + QChar(0xdc00);
}

void tst_TrafficMeter::countsUtf8WithoutConverting()
{
    QFETCH(QString, text);
    QCOMPARE(TrafficMeter::utf8Length(text), qint64(text.toUtf8().size()));
}

QTEST_GUILESS_MAIN(tst_TrafficMeter)
#include "tst_trafficmeter.moc"
