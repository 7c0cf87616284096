// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mosquittobroker.h"

#include <banter/pluginregistry.h>
#include <chatlog.h>
#include <chatmodel.h>
#include <chatsession.h>

#include <QSet>
#include <QTest>

#include <signal.h>

#include <memory>

using namespace std::chrono_literals;
using Banter::ChatLog;
using Banter::ChatModel;
using Banter::ChatSession;
using Banter::Connection;
using Banter::PluginRegistry;

// The client's session over MQTT, as the window and banter-cli use it, against a real mosquitto:
// the log shows each message with its topic, and the outbox loses nothing typed at QoS 1 while
// the broker is stopped and started again.
class tst_MqttSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void receivedMessagesCarryTheirTopicIntoTheLog();
    void nothingTypedIsLostAcrossABrokerRestart();
    void aBrokerThatStopsAnsweringIsNoticed();

private:
    QStringList receivedTexts() const;

    PluginRegistry m_registry;
    std::unique_ptr<ChatModel> m_model;
    std::unique_ptr<ChatSession> m_session;
};

void tst_MqttSession::initTestCase()
{
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
    QVERIFY2(m_registry.transport(QStringLiteral("mqtt")), qPrintable(m_registry.errorString()));
}

void tst_MqttSession::init()
{
    m_model = std::make_unique<ChatModel>();
    m_session = std::make_unique<ChatSession>(&m_registry, m_model.get());
    ChatSession::Settings settings;
    settings.reconnect.initial = 50ms;
    settings.reconnect.maximum = 200ms;
    settings.heartbeatInterval = 0ms;
    m_session->setSettings(settings);
}

void tst_MqttSession::cleanup()
{
    m_session.reset();
    m_model.reset();
}

QStringList tst_MqttSession::receivedTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ChatModel::Entry entry = m_model->entry(row);
        if (entry.kind == ChatModel::Kind::Received)
            texts.append(entry.text);
    }
    return texts;
}

void tst_MqttSession::receivedMessagesCarryTheirTopicIntoTheLog()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    QVERIFY(m_session->open(QUrl(broker.url(QStringLiteral("home/%23?publish=home/banter")))));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Connection::State::Open, 10000);

    QVERIFY(m_session->sendText(QStringLiteral("lights on")));
    QProcess *publisher =
        broker.client(QStringLiteral("mosquitto_pub"),
                      {QStringLiteral("-t"), QStringLiteral("home/hall/door"), QStringLiteral("-m"),
                       QStringLiteral("open"), QStringLiteral("-q"), QStringLiteral("1")});
    QVERIFY(publisher->waitForFinished(10000));
    QTRY_COMPARE_WITH_TIMEOUT(receivedTexts().size(), 2, 10000);
    m_model->flush();

    QMap<QString, QVariantMap> byText;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        if (index.data(ChatModel::KindRole).value<ChatModel::Kind>() == ChatModel::Kind::Received)
            byText.insert(index.data().toString(), index.data(ChatModel::AttributesRole).toMap());
    }
    QCOMPARE(byText.value(QStringLiteral("lights on")).value(QStringLiteral("topic")).toString(),
             QStringLiteral("home/banter"));
    QCOMPARE(byText.value(QStringLiteral("open")).value(QStringLiteral("topic")).toString(),
             QStringLiteral("home/hall/door"));
    QCOMPARE(byText.value(QStringLiteral("open")).value(QStringLiteral("qos")).toInt(), 1);

    // The saved log keeps them, and reads them back.
    int doorRow = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row).text == QLatin1String("open"))
            doorRow = row;
    }
    const QByteArray line = ChatLog::toNdjson(m_model->entry(doorRow));
    QVERIFY2(
        line.contains("\"attributes\":{\"qos\":1,\"retain\":false,\"topic\":\"home/hall/door\"}"),
        line.constData());
    const ChatLog::ReadResult read = ChatLog::parse(line);
    QVERIFY2(read.errorString.isEmpty(), qPrintable(read.errorString));
    QCOMPARE(read.entries.size(), size_t(1));
    QCOMPARE(read.entries.front().attributes.value(QStringLiteral("topic")).toString(),
             QStringLiteral("home/hall/door"));
}

void tst_MqttSession::nothingTypedIsLostAcrossABrokerRestart()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));

    // The checker: mosquitto_sub at QoS 1; it connects and subscribes again on its own after
    // the restart.
    QProcess *checker =
        broker.client(QStringLiteral("mosquitto_sub"),
                      {QStringLiteral("-t"), QStringLiteral("restart/log"), QStringLiteral("-q"),
                       QStringLiteral("1"), QStringLiteral("-c"), QStringLiteral("-i"),
                       QStringLiteral("checker"), QStringLiteral("-d")});
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += checker->readAllStandardOutput()).contains("SUBACK"),
                             10000);

    QVERIFY(m_session->open(QUrl(broker.url(QStringLiteral("restart/log?qos=1")))));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Connection::State::Open, 10000);
    const int total = 600;
    // What the checker has printed so far, by message (QoS 1 may bring one twice).
    QSet<QString> seen;
    const auto checked = [&](int count) {
        output += checker->readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith('m'))
                seen.insert(QString::fromUtf8(line));
        }
        return seen.size() == count;
    };
    const auto send = [this](int from, int to) {
        for (int i = from; i < to; ++i) {
            if (!m_session->sendText(QStringLiteral("m%1").arg(i)))
                return false;
        }
        return true;
    };
    // A first third goes through and is acknowledged. The broker acknowledges a message when
    // it has it, not when the checker does: it hands the checker 20 at a time and keeps the rest
    // in memory, which the kill below would take with it. So the checker has them all first.
    QVERIFY(send(0, 200));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxCount(), 0, 20000);
    QVERIFY2(QTest::qWaitFor([&] { return checked(200); }, 20000),
             qPrintable(QStringLiteral("the checker saw %1 of 200").arg(seen.size())));
    // The second is written while the broker is frozen, so it never reads them: it dies with
    // them in its socket. Only the outbox, which waits for the broker's acknowledgement, has
    // them still.
    broker.signal(SIGSTOP);
    QVERIFY(send(200, 400));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxCount(), 200, 5000);
    broker.kill();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Connection::State::Closed, 10000);
    // The last third is typed while there is no broker. The session waits (no retries) until
    // the checker is back: what the broker gets before it subscribes again goes to nobody.
    m_session->close();
    QVERIFY(send(400, total));
    QCOMPARE(m_session->outboxCount(), 400);
    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT((output += checker->readAllStandardOutput()).count("SUBACK"), 2,
                              10000);
    m_session->reconnectNow();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Connection::State::Open, 10000);
    // Every message is acknowledged by the broker (its outbox is empty) ...
    QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxCount(), 0, 20000);

    // ... and reached the checker: QoS 1 is at least once, so some may come twice.
    QVERIFY2(QTest::qWaitFor([&] { return checked(total); }, 20000),
             qPrintable(QStringLiteral("the checker saw %1 of %2").arg(seen.size()).arg(total)));
}

void tst_MqttSession::aBrokerThatStopsAnsweringIsNoticed()
{
    MosquittoBroker broker;
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    ChatSession::Settings settings = m_session->settings();
    settings.heartbeatInterval = 200ms;
    settings.heartbeatTimeout = 300ms;
    m_session->setSettings(settings);
    QVERIFY(m_session->open(QUrl(broker.url(QStringLiteral("quiet")))));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Connection::State::Open, 10000);

    // Frozen, the broker answers no ping: the session gives the connection up and retries.
    broker.signal(SIGSTOP);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->state() != Connection::State::Open, 5000);
    broker.signal(SIGCONT);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), Connection::State::Open, 10000);
}

QTEST_GUILESS_MAIN(tst_MqttSession)
#include "tst_mqttsession.moc"
