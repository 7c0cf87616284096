// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatlines.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <banter/connection.h>
#include <banter/itransport.h>
#include <banter/listener.h>
#include <banter/localization.h>
#include <banter/pluginregistry.h>

#include <QDir>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Banter::ChatModel;
using Banter::ChatSession;
using Banter::Connection;
using Banter::PluginRegistry;

namespace {

const QString realFolder = QStringLiteral(BANTER_TEST_PLUGIN_DIR);
const QString fixtureFolder = QStringLiteral(BANTER_TEST_FIXTURE_DIR);

} // namespace

// A chat session beside plugins that misbehave only once they are used: each refusal is a status
// line in words, never a crash, and the session keeps working with the good plugins.
class tst_HostilePlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void pluginThatFailsWhenUsedIsAStatusLine_data();
    void pluginThatFailsWhenUsedIsAStatusLine();

private:
    QStringList lines() const;

    PluginRegistry m_registry;
    std::unique_ptr<ChatModel> m_model;
    std::unique_ptr<ChatSession> m_session;
};

QStringList tst_HostilePlugins::lines() const
{
    return chatLines(*m_model);
}

void tst_HostilePlugins::initTestCase()
{
    Banter::Localization::install(QLocale(QLocale::English), Banter::Localization::baseCatalogs()
                                                                 << QStringLiteral("banterclient"));
    m_registry.setSearchPaths({realFolder, fixtureFolder});
    m_registry.scan();
}

void tst_HostilePlugins::init()
{
    m_model = std::make_unique<ChatModel>();
    m_session = std::make_unique<ChatSession>(&m_registry, m_model.get());
}

void tst_HostilePlugins::cleanup()
{
    m_session.reset();
    m_model.reset();
}

void tst_HostilePlugins::pluginThatFailsWhenUsedIsAStatusLine_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("words");
    QTest::newRow("createConnection() returns nullptr")
        << QStringLiteral("claimed") << QStringLiteral("created no connection");
    QTest::newRow("instance function returns nullptr")
        << QStringLiteral("nullinstance") << QStringLiteral("created no plugin object");
    QTest::newRow("root object throws")
        << QStringLiteral("throws") << QStringLiteral("threw an exception");
    QTest::newRow("root object without its interface")
        << QStringLiteral("nointerface") << QStringLiteral("does not implement");
    QTest::newRow("library that cannot be loaded")
        << QStringLiteral("loadfails") << QStringLiteral("could not be loaded");
}

void tst_HostilePlugins::pluginThatFailsWhenUsedIsAStatusLine()
{
    QFETCH(QString, scheme);
    QFETCH(QString, words);
    const QUrl url(scheme + QStringLiteral("://example.org/chat"));

    // The first use logs a warning; later ones answer from what the registry remembers.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QRegularExpression::escape(words)));
    QVERIFY(!m_session->open(url));
    QCOMPARE(m_session->state(), Connection::State::Closed);
    const QStringList shown = lines();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("# cannot connect to ") + url.toString()),
             qPrintable(shown.first()));
    QVERIFY2(shown.first().contains(words), qPrintable(shown.first()));
    // There is no connection to wait for: the caller keeps the text.
    QVERIFY(!m_session->sendText(QStringLiteral("hello")));

    // The good transport still works beside it.
    Banter::ITransport *ws = m_registry.transport(QStringLiteral("ws"));
    QVERIFY2(ws, qPrintable(m_registry.errorString()));
    const std::unique_ptr<Banter::Listener> listener(ws->createListener());
    QVERIFY(listener);
    QVERIFY2(listener->listen(QUrl(QStringLiteral("ws://127.0.0.1:0"))),
             qPrintable(listener->errorString()));
    QVERIFY(m_session->open(listener->url()));
    QTRY_COMPARE(m_session->state(), Connection::State::Open);
    QVERIFY(lines().contains(QStringLiteral("# socket open")));
}

QTEST_GUILESS_MAIN(tst_HostilePlugins)
#include "tst_hostileplugins.moc"
