// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mischievousechoserver.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <echocorrelator.h>
#include <latencyhistogram.h>
#include <banter/pluginregistry.h>

#include <QtTest>

using namespace Banter;
using Echo = ChatModel::EchoFlag;

// Echo correlation against an echo server on the real WebSocket transport that drops, reorders
// and retypes on purpose: round trips, lost, late, reordered and retyped messages, on the rows
// and in the counts, with a test's clock for the timeouts; and the histogram's percentiles.
class tst_EchoCorrelator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pairsEveryEchoWithItsMessage();
    void flagsWhatWasDroppedAsLost();
    void flagsEchoesOutOfOrder();
    void flagsBinaryEchoedAsText();
    void anEchoAfterTheTimeoutIsLateNotLost();
    void automaticModeWaitsForAFirstEcho();
    void offPairsNothing();
    void followsRowsTheLogDrops();
    void histogramGivesPercentilesWithinTwoPercent();
    void describesWhatBecameOfAnEcho_data();
    void describesWhatBecameOfAnEcho();

private:
    // Connects to a server with this mischief and waits for its welcome.
    void connectTo(const MischievousEchoServer::Mischief &mischief);
    // The rows of sent (or received) messages, in order.
    QList<int> rowsOf(ChatModel::Kind kind) const;
    int flagsOf(int row) const { return m_model->index(row).data(ChatModel::EchoRole).toInt(); }
    // Waits until count echoes came back (in time or late).
    bool waitForEchoes(qint64 count);

    PluginRegistry m_registry;
    ITransport *m_transport = nullptr;
    std::unique_ptr<MischievousEchoServer> m_server;
    std::unique_ptr<ChatModel> m_model;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<EchoCorrelator> m_echoes;
    qint64 m_nowNs = 0; // the test's clock
};

void tst_EchoCorrelator::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    m_transport = m_registry.transport(QStringLiteral("ws"));
    QVERIFY2(m_transport, qPrintable(m_registry.errorString()));
}

void tst_EchoCorrelator::init()
{
    m_model = std::make_unique<ChatModel>();
    m_session = std::make_unique<ChatSession>(&m_registry, m_model.get());
    m_echoes = std::make_unique<EchoCorrelator>(m_session.get(), m_model.get());
    m_nowNs = 1000000000;
    m_echoes->setClock([this] { return m_nowNs; });
}

void tst_EchoCorrelator::cleanup()
{
    m_echoes.reset();
    m_session.reset();
    m_model.reset();
    m_server.reset();
}

void tst_EchoCorrelator::connectTo(const MischievousEchoServer::Mischief &mischief)
{
    m_server = std::make_unique<MischievousEchoServer>(m_transport);
    QVERIFY(m_server->start(mischief));
    QVERIFY(m_session->open(m_server->url()));
    QTRY_COMPARE(m_session->state(), Connection::State::Open);
    if (mischief.welcome)
        QTRY_COMPARE(rowsOf(ChatModel::Kind::Received).size(), 1);
}

QList<int> tst_EchoCorrelator::rowsOf(ChatModel::Kind kind) const
{
    m_model->flush();
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row).data(ChatModel::KindRole).value<ChatModel::Kind>() == kind)
            rows.append(row);
    }
    return rows;
}

bool tst_EchoCorrelator::waitForEchoes(qint64 count)
{
    return QTest::qWaitFor([&] {
        const EchoCorrelator::Statistics s = m_echoes->statistics();
        return s.echoed + s.late >= count;
    });
}

void tst_EchoCorrelator::pairsEveryEchoWithItsMessage()
{
    connectTo({});
    QVERIFY(!m_echoes->isActive()); // the welcome is no echo
    QSignalSpy measured(m_echoes.get(), &EchoCorrelator::roundTripMeasured);
    for (int i = 0; i < 10; ++i) {
        m_session->sendText(QStringLiteral("message %1").arg(i));
        m_nowNs += 1500000; // 1.5 ms later each
    }
    m_session->sendBinary(QByteArray::fromHex("00ff10"));
    QVERIFY(waitForEchoes(11));
    QVERIFY(m_echoes->isActive());
    QCOMPARE(measured.size(), 11);
    const QList<int> sent = rowsOf(ChatModel::Kind::Sent);
    const QList<int> received = rowsOf(ChatModel::Kind::Received);
    QCOMPARE(sent.size(), 11);
    QCOMPARE(received.size(), 12);
    QCOMPARE(flagsOf(received.first()), 0); // "Welcome to Awesome Chat"
    for (int i = 0; i < 11; ++i) {
        QCOMPARE(flagsOf(sent[i]), int(Echo::EchoReceived));
        QCOMPARE(flagsOf(received[i + 1]), int(Echo::EchoReceived | Echo::IsEcho));
        const qint64 roundTrip =
            m_model->index(sent[i]).data(ChatModel::RoundTripRole).toLongLong();
        QCOMPARE(m_model->index(received[i + 1]).data(ChatModel::RoundTripRole).toLongLong(),
                 roundTrip);
        // On the test's clock: the first was sent 15 ms before the last one, which came back
        // at the time it was sent.
        QCOMPARE(roundTrip, i < 10 ? (10 - i) * 1500 : 0);
    }
    const EchoCorrelator::Statistics s = m_echoes->statistics();
    QCOMPARE(s.sent, 11);
    QCOMPARE(s.echoed, 11);
    QCOMPARE(s.awaiting + s.lost + s.late + s.reordered + s.retyped, 0);
    QVERIFY2(qAbs(s.max - 15000) <= 300, qPrintable(QString::number(s.max)));
    QVERIFY2(qAbs(s.p50 - 7500) <= 150, qPrintable(QString::number(s.p50)));
}

void tst_EchoCorrelator::flagsWhatWasDroppedAsLost()
{
    MischievousEchoServer::Mischief mischief;
    mischief.dropEvery = 3;
    connectTo(mischief);
    for (int i = 1; i <= 9; ++i)
        m_session->sendText(QStringLiteral("message %1").arg(i));
    QVERIFY(waitForEchoes(6));
    QTRY_COMPARE(m_server->received(), 9);
    QCOMPARE(m_echoes->statistics().awaiting, 3);
    m_nowNs += qint64(EchoCorrelator::defaultTimeoutMs - 1) * 1000000;
    m_echoes->checkTimeouts();
    QCOMPARE(m_echoes->statistics().lost, 0); // not yet
    m_nowNs += 1000000;
    m_echoes->checkTimeouts();
    const EchoCorrelator::Statistics s = m_echoes->statistics();
    QCOMPARE(s.lost, 3);
    QCOMPARE(s.echoed, 6);
    QCOMPARE(s.awaiting, 0);
    const QList<int> sent = rowsOf(ChatModel::Kind::Sent);
    for (int i = 0; i < 9; ++i)
        QCOMPARE(flagsOf(sent[i]), int((i + 1) % 3 == 0 ? Echo::EchoLost : Echo::EchoReceived));
}

void tst_EchoCorrelator::flagsEchoesOutOfOrder()
{
    MischievousEchoServer::Mischief mischief;
    mischief.swapPairs = true;
    connectTo(mischief);
    for (int i = 1; i <= 4; ++i)
        m_session->sendText(QStringLiteral("message %1").arg(i));
    QVERIFY(waitForEchoes(4));
    const QList<int> sent = rowsOf(ChatModel::Kind::Sent);
    // Echoed 2, 1, 4, 3: 1 came after 2's echo, 3 after 4's.
    QCOMPARE(flagsOf(sent[0]), int(Echo::EchoReceived | Echo::EchoReordered));
    QCOMPARE(flagsOf(sent[1]), int(Echo::EchoReceived));
    QCOMPARE(flagsOf(sent[2]), int(Echo::EchoReceived | Echo::EchoReordered));
    QCOMPARE(flagsOf(sent[3]), int(Echo::EchoReceived));
    QCOMPARE(m_echoes->statistics().reordered, 2);
    const QList<int> received = rowsOf(ChatModel::Kind::Received);
    QCOMPARE(m_model->index(received[2]).data(ChatModel::PayloadRole).toString(),
             QStringLiteral("message 1"));
    QCOMPARE(flagsOf(received[2]), int(Echo::EchoReceived | Echo::EchoReordered | Echo::IsEcho));
}

void tst_EchoCorrelator::flagsBinaryEchoedAsText()
{
    MischievousEchoServer::Mischief mischief;
    mischief.binaryAsText = true; // as the reference Node server does
    connectTo(mischief);
    m_session->sendBinary(QByteArrayLiteral("abc"));
    m_session->sendText(QStringLiteral("abc")); // the same bytes, as text: echoed as it was
    QVERIFY(waitForEchoes(2));
    const QList<int> sent = rowsOf(ChatModel::Kind::Sent);
    QCOMPARE(flagsOf(sent[0]), int(Echo::EchoReceived | Echo::EchoRetyped));
    QCOMPARE(flagsOf(sent[1]), int(Echo::EchoReceived));
    QCOMPARE(m_echoes->statistics().retyped, 1);
}

void tst_EchoCorrelator::anEchoAfterTheTimeoutIsLateNotLost()
{
    MischievousEchoServer::Mischief mischief;
    mischief.swapPairs = true;
    connectTo(mischief);
    m_echoes->setMode(EchoCorrelator::Mode::On);  // no echo seen yet: on by the user
    m_session->sendText(QStringLiteral("first")); // held by the server
    QTRY_COMPARE(m_server->received(), 1);
    m_nowNs += qint64(EchoCorrelator::defaultTimeoutMs) * 1000000;
    m_echoes->checkTimeouts();
    QCOMPARE(m_echoes->statistics().lost, 1);
    const int first = rowsOf(ChatModel::Kind::Sent).first();
    QCOMPARE(flagsOf(first), int(Echo::EchoLost));
    m_session->sendText(QStringLiteral("second")); // the pair is complete: both come back
    QVERIFY(waitForEchoes(2));
    const EchoCorrelator::Statistics s = m_echoes->statistics();
    QCOMPARE(s.lost, 0);
    QCOMPARE(s.late, 1);
    QCOMPARE(s.echoed, 1);
    QCOMPARE(flagsOf(first), int(Echo::EchoLost | Echo::EchoReceived));
    QCOMPARE(m_model->index(first).data(ChatModel::RoundTripRole).toLongLong(),
             qint64(EchoCorrelator::defaultTimeoutMs) * 1000);
}

void tst_EchoCorrelator::automaticModeWaitsForAFirstEcho()
{
    MischievousEchoServer::Mischief mischief;
    mischief.dropEvery = 1; // a server that echoes nothing
    connectTo(mischief);
    for (int i = 0; i < 3; ++i)
        m_session->sendText(QStringLiteral("message %1").arg(i));
    QTRY_COMPARE(m_server->received(), 3);
    m_nowNs += qint64(EchoCorrelator::defaultTimeoutMs + 1) * 1000000;
    m_echoes->checkTimeouts();
    QVERIFY(!m_echoes->isActive());
    QCOMPARE(m_echoes->statistics().lost, 0); // no echo server: nothing is lost
    for (int row : rowsOf(ChatModel::Kind::Sent))
        QCOMPARE(flagsOf(row), 0);
    // Turned on by the user: its messages are awaited, and lost.
    QSignalSpy active(m_echoes.get(), &EchoCorrelator::activeChanged);
    m_echoes->setMode(EchoCorrelator::Mode::On);
    QCOMPARE(active.size(), 1);
    m_session->sendText(QStringLiteral("message 3"));
    QTRY_COMPARE(m_server->received(), 4);
    QCOMPARE(flagsOf(rowsOf(ChatModel::Kind::Sent).last()), int(Echo::EchoAwaited));
    m_nowNs += qint64(EchoCorrelator::defaultTimeoutMs + 1) * 1000000;
    m_echoes->checkTimeouts();
    QCOMPARE(m_echoes->statistics().lost, 1);
    QCOMPARE(flagsOf(rowsOf(ChatModel::Kind::Sent).last()), int(Echo::EchoLost));
}

void tst_EchoCorrelator::offPairsNothing()
{
    connectTo({});
    m_echoes->setMode(EchoCorrelator::Mode::Off);
    m_session->sendText(QStringLiteral("hello"));
    QTRY_COMPARE(rowsOf(ChatModel::Kind::Received).size(), 2);
    QCOMPARE(m_echoes->statistics().sent, 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(flagsOf(row), 0);
}

void tst_EchoCorrelator::followsRowsTheLogDrops()
{
    connectTo({});
    m_model->setRetention({20, qint64(512) * 1024 * 1024});
    m_session->sendText(QStringLiteral("first"));
    QVERIFY(waitForEchoes(1));
    // Held back: the next messages wait while the log drops its oldest rows.
    MischievousEchoServer::Mischief holding;
    m_session->sendText(QStringLiteral("kept"));
    for (int i = 0; i < 30; ++i)
        m_model->appendStatus(QStringLiteral("status %1").arg(i));
    m_model->flush();
    QVERIFY(m_model->droppedCount() > 0);
    QVERIFY(waitForEchoes(2));
    // The marks are on the rows that hold "kept" and its echo, wherever they are now.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const bool isKept = index.data(ChatModel::PayloadRole).toString() == QLatin1String("kept");
        if (isKept)
            QVERIFY2(flagsOf(row) & Echo::EchoReceived, qPrintable(QString::number(row)));
        else
            QCOMPARE(flagsOf(row), 0);
    }
}

void tst_EchoCorrelator::histogramGivesPercentilesWithinTwoPercent()
{
    LatencyHistogram histogram;
    QCOMPARE(histogram.percentile(0.5), -1);
    QCOMPARE(histogram.max(), -1);
    for (qint64 micros = 1; micros <= 100000; ++micros)
        histogram.add(micros);
    QCOMPARE(histogram.count(), 100000);
    for (double share : {0.5, 0.95, 0.99}) {
        const double exact = share * 100000;
        const double found = double(histogram.percentile(share));
        QVERIFY2(found >= exact && found <= exact * 1.02,
                 qPrintable(QStringLiteral("%1: %2").arg(share).arg(found)));
    }
    QCOMPARE(histogram.percentile(1.0), 100000);
    QCOMPARE(histogram.max(), 100000);
    histogram.add(3600LL * 1000000); // an hour: the last bucket, the maximum exact
    QCOMPARE(histogram.max(), 3600LL * 1000000);
    QCOMPARE(histogram.percentile(1.0), 3600LL * 1000000);
    histogram.clear();
    QCOMPARE(histogram.count(), 0);
}

void tst_EchoCorrelator::describesWhatBecameOfAnEcho_data()
{
    QTest::addColumn<int>("flags");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<bool>("isBinary");
    QTest::addColumn<QString>("text");
    QTest::newRow("awaited") << int(Echo::EchoAwaited) << qint64(-1) << false << QString();
    QTest::newRow("microseconds") << int(Echo::EchoReceived) << qint64(850) << false
                                  << QStringLiteral("850 µs");
    QTest::newRow("milliseconds, two decimals")
        << int(Echo::EchoReceived) << qint64(3214) << false << QStringLiteral("3.21 ms");
    QTest::newRow("milliseconds") << int(Echo::EchoReceived) << qint64(120400) << false
                                  << QStringLiteral("120 ms");
    QTest::newRow("seconds") << int(Echo::EchoReceived) << qint64(2430000) << false
                             << QStringLiteral("2.4 s");
    QTest::newRow("lost") << int(Echo::EchoLost) << qint64(-1) << false
                          << QStringLiteral("no echo");
    QTest::newRow("late") << int(Echo::EchoLost | Echo::EchoReceived) << qint64(5200000) << false
                          << QStringLiteral("late: 5.2 s");
    QTest::newRow("out of order") << int(Echo::EchoReceived | Echo::EchoReordered) << qint64(1500)
                                  << false << QStringLiteral("1.50 ms, out of order");
    QTest::newRow("binary sent, echoed as text")
        << int(Echo::EchoReceived | Echo::EchoRetyped) << qint64(2100) << true
        << QStringLiteral("2.10 ms, echoed as text");
    QTest::newRow("the text echo of a binary message")
        << int(Echo::EchoReceived | Echo::EchoRetyped | Echo::IsEcho) << qint64(2100) << false
        << QStringLiteral("2.10 ms, echoed as text");
    QTest::newRow("text sent, echoed as binary")
        << int(Echo::EchoReceived | Echo::EchoRetyped) << qint64(2100) << false
        << QStringLiteral("2.10 ms, echoed as binary");
}

void tst_EchoCorrelator::describesWhatBecameOfAnEcho()
{
    QFETCH(int, flags);
    QFETCH(qint64, micros);
    QFETCH(bool, isBinary);
    QFETCH(QString, text);
    QCOMPARE(EchoCorrelator::describe(ChatModel::EchoFlags(flags), micros, isBinary), text);
}

QTEST_GUILESS_MAIN(tst_EchoCorrelator)
#include "tst_echocorrelator.moc"
