// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The network conditions on the real stack: the chaos plugin through the registry, around the
// real WebSocket transport, against the real echo service. Banter's own reconnect, heartbeat and
// outbox are seen to cope with what the conditions do. Small real times, QTRY_* waits only.
#include "chatlines.h"

#include <banter/connection.h>
#include <banter/itransport.h>
#include <banter/listener.h>
#include <banter/localization.h>
#include <banter/pluginregistry.h>
#include <chatmodel.h>
#include <chatsession.h>
#include <serverhost.h>

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Banter;
using namespace std::chrono_literals;

namespace {

// A ws:// server that records every text it receives, from any client, in order.
struct RecordingServer
{
    explicit RecordingServer(ITransport *transport) : listener(transport->createListener()) {}

    bool start()
    {
        QObject::connect(listener.get(), &Listener::newConnection, listener.get(),
                         [this](Connection *connection) {
                             QObject::connect(
                                 connection, &Connection::textReceived, listener.get(),
                                 [this](const QString &text) { received.append(text); });
                         });
        return listener->listen(QUrl(QStringLiteral("ws://127.0.0.1:0")));
    }
    std::unique_ptr<Listener> listener;
    QStringList received;
};

} // namespace

class tst_ChaosSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void registryOffersEveryWrappedScheme();
    void showsTheConditionsAndEchoesThroughThem();
    void refusesABadParameterAndKeepsRunning();
    void reconnectsAfterAnInjectedDisconnect();
    void heartbeatNoticesABlackHoleAndReconnects();
    void outboxLosesNothingAcrossInjectedDisconnects();
    void serverListensWithConditionsForItsClients();
    void serverRefusesABadParameter();

private:
    QStringList lines() const;
    QUrl chaosUrl(const QString &query) const;

    PluginRegistry m_registry;
    std::unique_ptr<ServerHost> m_server;
    std::unique_ptr<ChatModel> m_model;
    std::unique_ptr<ChatSession> m_session;
};

void tst_ChaosSession::initTestCase()
{
    Localization::install(QLocale(QLocale::English), Localization::baseCatalogs()
                                                         << QStringLiteral("banterclient"));
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
}

void tst_ChaosSession::init()
{
    m_server = std::make_unique<ServerHost>(&m_registry);
    QVERIFY2(m_server->start(QUrl(QStringLiteral("ws://127.0.0.1:0"))),
             qPrintable(m_server->errorString()));
    m_model = std::make_unique<ChatModel>();
    m_session = std::make_unique<ChatSession>(&m_registry, m_model.get());
    ChatSession::Settings settings;
    settings.reconnect.initial = 10ms;
    settings.reconnect.maximum = 80ms;
    settings.openTimeout = 5s;
    settings.heartbeatInterval = 0ms;
    settings.heartbeatTimeout = 5s;
    m_session->setSettings(settings);
}

void tst_ChaosSession::cleanup()
{
    m_session.reset();
    m_model.reset();
    m_server.reset();
}

QStringList tst_ChaosSession::lines() const
{
    return chatLines(*m_model);
}

QUrl tst_ChaosSession::chaosUrl(const QString &query) const
{
    QUrl url(QStringLiteral("chaos+ws://127.0.0.1/?") + query);
    url.setPort(m_server->url().port());
    return url;
}

void tst_ChaosSession::registryOffersEveryWrappedScheme()
{
    const QStringList schemes = m_registry.schemes();
    QVERIFY2(schemes.contains(QLatin1String("chaos+ws")), qPrintable(schemes.join(u' ')));
    QVERIFY(schemes.contains(QLatin1String("chaos+wss")));
    QVERIFY(!schemes.contains(QLatin1String("chaos")));
    QVERIFY(!schemes.contains(QLatin1String("chaos+chaos")));
    QVERIFY(m_registry.transport(QStringLiteral("chaos+ws")));
    QVERIFY(!m_registry.transport(QStringLiteral("chaos+nothing")));
    QVERIFY2(m_registry.errorString().startsWith(
                 QLatin1String("no plugin provides \"chaos+nothing\" (available: ")),
             qPrintable(m_registry.errorString()));
}

void tst_ChaosSession::showsTheConditionsAndEchoesThroughThem()
{
    QVERIFY(m_session->open(chaosUrl(QStringLiteral("latency=20ms&jitter=5ms&seed=9"))));
    QTRY_VERIFY(lines().contains(QStringLiteral("< Welcome to Awesome Chat")));
    QVERIFY(m_session->sendText(QStringLiteral("hello")));
    QTRY_VERIFY(lines().contains(QStringLiteral("< hello")));
    QCOMPARE(lines().mid(0, 3),
             QStringList({QStringLiteral("# socket open"),
                          QStringLiteral("# network conditions: latency 20 ms ± 5 ms, seed 9"),
                          QStringLiteral("< Welcome to Awesome Chat")}));
}

void tst_ChaosSession::refusesABadParameterAndKeepsRunning()
{
    QVERIFY(m_session->open(chaosUrl(QStringLiteral("loss=150%"))));
    QTRY_VERIFY(!lines().isEmpty());
    QCOMPARE(lines().first(),
             QStringLiteral("# socket error network conditions: loss=150% is not allowed; loss "
                            "must be a percentage from 0 to 100, such as 1%"));
    QCOMPARE(m_session->state(), Connection::State::Closed);
    // The same session opens a good URL afterwards.
    QVERIFY(m_session->open(chaosUrl(QStringLiteral("seed=1"))));
    QTRY_COMPARE(m_session->state(), Connection::State::Open);
}

void tst_ChaosSession::reconnectsAfterAnInjectedDisconnect()
{
    QSignalSpy states(m_session.get(), &ChatSession::stateChanged);
    // The welcome is the first message and cuts the link.
    QVERIFY(m_session->open(chaosUrl(QStringLiteral("disconnect-after=1msg&seed=1"))));
    QTRY_VERIFY(lines().contains(
        QStringLiteral("# socket error network conditions: disconnected after 1 message "
                       "(injected)")));
    // The supervisor reconnects on its own, again and again.
    QTRY_VERIFY(lines().count(QStringLiteral("# socket open")) >= 3);
    QVERIFY(states.size() >= 6);
}

void tst_ChaosSession::heartbeatNoticesABlackHoleAndReconnects()
{
    ChatSession::Settings settings = m_session->settings();
    settings.heartbeatInterval = 50ms;
    settings.heartbeatTimeout = 100ms;
    m_session->setSettings(settings);
    QVERIFY(m_session->open(chaosUrl(QStringLiteral("blackhole-after=300ms&seed=1"))));
    QTRY_VERIFY_WITH_TIMEOUT(
        lines().contains(QStringLiteral(
            "# network conditions: black hole from now on, nothing moves either way (injected)")),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        lines().contains(QStringLiteral(
            "# the server did not answer a ping within 0.1 s: the connection is dead")),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(lines().count(QStringLiteral("# socket open")) >= 2, 10000);
}

void tst_ChaosSession::outboxLosesNothingAcrossInjectedDisconnects()
{
    ITransport *ws = m_registry.transport(QStringLiteral("ws"));
    QVERIFY(ws);
    RecordingServer server(ws);
    QVERIFY(server.start());
    QUrl url(QStringLiteral("chaos+ws://127.0.0.1/?disconnect-after=150ms&latency=5ms&seed=3"));
    url.setPort(server.listener->url().port());
    QVERIFY(m_session->open(url));

    // Typed while the link is up, and again while it is cut and down. (A cut after a small
    // number of messages can leave no room for the acknowledging ping: the outbox then sends
    // the same messages again at every connection, which a time limit avoids.)
    QStringList typed;
    const auto type = [&](int count) {
        for (int i = 0; i < count; ++i) {
            typed.append(QStringLiteral("m%1").arg(typed.size() + 1));
            QVERIFY(m_session->sendText(typed.last()));
        }
    };
    type(10);
    QTRY_VERIFY(lines().contains(
        QStringLiteral("# socket error network conditions: disconnected after 150 ms "
                       "(injected)")));
    type(10);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->outboxCount(), 0, 30000);
    QVERIFY(lines().count(QStringLiteral("# socket open")) >= 2);

    // Every message reached the server, in order; one cut before its acknowledgement may have
    // been sent again (at least once, as the outbox promises).
    QStringList firsts;
    for (const QString &text : std::as_const(server.received)) {
        if (!firsts.contains(text))
            firsts.append(text);
    }
    QCOMPARE(firsts, typed);
}

void tst_ChaosSession::serverListensWithConditionsForItsClients()
{
    ServerHost slow(&m_registry);
    QVERIFY2(slow.start(QUrl(QStringLiteral("chaos+ws://127.0.0.1:0/?latency=30ms&seed=5"))),
             qPrintable(slow.errorString()));
    QCOMPARE(slow.url().scheme(), QStringLiteral("chaos+ws"));
    QVERIFY(slow.url().port() > 0);
    QCOMPARE(slow.url().query(), QStringLiteral("latency=30ms&seed=5"));

    // A plain ws:// client is served through the conditions.
    QUrl url(QStringLiteral("ws://127.0.0.1"));
    url.setPort(slow.url().port());
    QVERIFY(m_session->open(url));
    QTRY_VERIFY(lines().contains(QStringLiteral("< Welcome to Awesome Chat")));
    QVERIFY(m_session->sendText(QStringLiteral("slowly")));
    QTRY_VERIFY(lines().contains(QStringLiteral("< slowly")));
    QCOMPARE(slow.connectionCount(), 1);
}

void tst_ChaosSession::serverRefusesABadParameter()
{
    ServerHost bad(&m_registry);
    QVERIFY(!bad.start(QUrl(QStringLiteral("chaos+ws://127.0.0.1:0/?bandwidth=fast"))));
    QVERIFY2(bad.errorString().startsWith(
                 QLatin1String("network conditions: bandwidth=fast is not allowed; bandwidth "
                               "must be a rate from 1 B/s")),
             qPrintable(bad.errorString()));
    QVERIFY(!bad.isRunning());
}

QTEST_GUILESS_MAIN(tst_ChaosSession)
#include "tst_chaossession.moc"
