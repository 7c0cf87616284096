// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <chatsession.h>
#include <serverhost.h>

#include <QSettings>
#include <QTest>

using namespace std::chrono_literals;

// ~/.config/Banter/banter.conf is a file anyone may edit by hand: whatever its numbers say, the
// window reads them into times it can use.
class tst_SettingsFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void timesOutOfRangeAreClamped_data();
    void timesOutOfRangeAreClamped();
    void embeddedServerNeitherParksNorTrimsByDefault();
    void embeddedServerPoliciesComeFromTheServerGroup();

private:
    WindowFixture m_fixture;
};

void tst_SettingsFile::initTestCase()
{
    WindowFixture::useTestSettings();
}

void tst_SettingsFile::cleanup()
{
    m_fixture.destroy();
    WindowFixture::clearSettings();
}

void tst_SettingsFile::timesOutOfRangeAreClamped_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("milliseconds");
    QTest::newRow("ordinary") << QStringLiteral("2.5") << qint64(2500);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("negative") << QStringLiteral("-5") << qint64(0);
    // Converting these to milliseconds overflowed (undefined behaviour).
    QTest::newRow("huge") << QStringLiteral("1e300") << qint64(86400000);
    QTest::newRow("infinite") << QStringLiteral("inf") << qint64(86400000);
    QTest::newRow("not a number") << QStringLiteral("nan") << qint64(0);
    QTest::newRow("text") << QStringLiteral("soon") << qint64(0);
}

void tst_SettingsFile::timesOutOfRangeAreClamped()
{
    QFETCH(QString, value);
    QFETCH(qint64, milliseconds);
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("connection"));
        for (const char *key : {"openTimeout", "heartbeatInterval", "heartbeatTimeout"})
            settings.setValue(QLatin1String(key), value);
    }
    m_fixture.create();
    m_fixture.window()->loadSettings();
    const Banter::ChatSession::Settings settings = m_fixture.window()->session()->settings();
    QCOMPARE(qint64(settings.openTimeout.count()), milliseconds);
    QCOMPARE(qint64(settings.heartbeatInterval.count()), milliseconds);
    QCOMPARE(qint64(settings.heartbeatTimeout.count()), milliseconds);
}

// Parking idle clients and giving memory back are policies for a long-running banter-server; the
// window's embedded server does neither unless [server] in banter.conf asks.
void tst_SettingsFile::embeddedServerNeitherParksNorTrimsByDefault()
{
    m_fixture.create();
    Banter::MainWindow *window = m_fixture.window();
    window->loadSettings();
    window->startEmbeddedServer(QUrl(QStringLiteral("ws://localhost:0")));
    QVERIFY(window->server()->isRunning());
    QCOMPARE(qint64(window->server()->settings().parkAfter.count()), qint64(0));
    QVERIFY(!window->server()->trimsHeap());
}

void tst_SettingsFile::embeddedServerPoliciesComeFromTheServerGroup()
{
    {
        QSettings settings;
        settings.beginGroup(QStringLiteral("server"));
        settings.setValue(QStringLiteral("parkAfter"), QStringLiteral("2.5"));
        settings.setValue(QStringLiteral("trimHeap"), true);
    }
    m_fixture.create();
    Banter::MainWindow *window = m_fixture.window();
    window->loadSettings();
    QVERIFY(window->startServer(0));
    QCOMPARE(qint64(window->server()->settings().parkAfter.count()), qint64(2500));
    QVERIFY(window->server()->trimsHeap());
}

QTEST_MAIN(tst_SettingsFile)
#include "tst_settingsfile.moc"
