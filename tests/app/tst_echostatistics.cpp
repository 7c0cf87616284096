// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <connectiontab.h>
#include <echocorrelator.h>
#include <echostatisticspanel.h>
#include <mainwindow.h>

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Banter;

// Echo correlation in the window against its embedded echo server: the rows marked with their
// round trips, View → Echo Statistics with the counts and percentiles of the current tab, its
// mode and Reset.
class tst_EchoStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestSettings(); }
    void init() { m_fixture.create(); }
    void cleanup() { m_fixture.destroy(); }
    void rowsShowTheirRoundTripsAndThePanelCounts();
    void offPairsNothingAndResetStartsAgain();
    void thePanelFollowsTheCurrentTab();

private:
    EchoStatisticsPanel *panel() const
    {
        return m_fixture.find<EchoStatisticsPanel>("echoStatisticsPanel");
    }
    EchoCorrelator *correlator() const
    {
        return m_fixture.window()->currentTab()->echoCorrelator();
    }

    WindowFixture m_fixture;
};

void tst_EchoStatistics::rowsShowTheirRoundTripsAndThePanelCounts()
{
    m_fixture.startAndConnect();
    QTRY_VERIFY(m_fixture.rowOf(QStringLiteral("< Welcome to Awesome Chat")).isValid());
    QAction *toggle = m_fixture.find<QAction>("echoStatisticsAction");
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), QStringLiteral("&Echo Statistics"));
    toggle->trigger();
    QVERIFY(m_fixture.find<QDockWidget>("echoStatisticsDock")->isVisible());
    QCOMPARE(m_fixture.find<QLabel>("echoStateLabel")->text(),
             QStringLiteral("Waiting for the server to echo a message."));

    for (const QString &text :
         {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")})
        m_fixture.typeAndSend(text);
    QTRY_COMPARE(correlator()->statistics().echoed, 3);
    QTRY_COMPARE(panel()->valueText(QStringLiteral("echoedLabel")), QStringLiteral("3"));
    QCOMPARE(panel()->valueText(QStringLiteral("sentLabel")), QStringLiteral("3"));
    QCOMPARE(panel()->valueText(QStringLiteral("lostLabel")), QStringLiteral("0"));
    QVERIFY2(panel()->valueText(QStringLiteral("p50Label")).contains(QLatin1String("s")),
             qPrintable(panel()->valueText(QStringLiteral("p50Label"))));
    QCOMPARE(m_fixture.find<QLabel>("echoStateLabel")->text(),
             QStringLiteral("The server echoes: every message sent awaits its echo."));

    // The sent row and its echo carry the same round trip; the welcome is no echo.
    const QModelIndex sent = m_fixture.rowOf(QStringLiteral("> two"));
    const QModelIndex echo = m_fixture.rowOf(QStringLiteral("< two"));
    QCOMPARE(sent.data(ChatModel::EchoRole).toInt(), int(ChatModel::EchoReceived));
    QCOMPARE(echo.data(ChatModel::EchoRole).toInt(),
             int(ChatModel::EchoReceived | ChatModel::IsEcho));
    const qint64 roundTrip = sent.data(ChatModel::RoundTripRole).toLongLong();
    QVERIFY(roundTrip >= 0);
    QCOMPARE(echo.data(ChatModel::RoundTripRole).toLongLong(), roundTrip);
    QCOMPARE(m_fixture.rowOf(QStringLiteral("< Welcome to Awesome Chat"))
                 .data(ChatModel::EchoRole)
                 .toInt(),
             0);
    // What the row says beside it.
    QCOMPARE(EchoCorrelator::describe(ChatModel::EchoReceived, roundTrip, false),
             EchoCorrelator::durationText(roundTrip));
}

void tst_EchoStatistics::offPairsNothingAndResetStartsAgain()
{
    m_fixture.startAndConnect();
    QTRY_VERIFY(m_fixture.rowOf(QStringLiteral("< Welcome to Awesome Chat")).isValid());
    m_fixture.find<QAction>("echoStatisticsAction")->trigger();
    m_fixture.typeAndSend(QStringLiteral("counted"));
    QTRY_COMPARE(panel()->valueText(QStringLiteral("echoedLabel")), QStringLiteral("1"));
    m_fixture.find<QPushButton>("echoResetButton")->click();
    QTRY_COMPARE(panel()->valueText(QStringLiteral("echoedLabel")), QStringLiteral("0"));
    QCOMPARE(panel()->valueText(QStringLiteral("p50Label")), QStringLiteral("\u2013"));

    auto *mode = m_fixture.find<QComboBox>("echoModeCombo");
    QCOMPARE(mode->currentText(), QStringLiteral("Automatic (once the server echoes)"));
    mode->setCurrentIndex(int(EchoCorrelator::Mode::Off));
    Q_EMIT mode->activated(mode->currentIndex()); // as a click
    QCOMPARE(correlator()->mode(), EchoCorrelator::Mode::Off);
    QCOMPARE(m_fixture.find<QLabel>("echoStateLabel")->text(),
             QStringLiteral("Echoes are not paired."));
    m_fixture.typeAndSend(QStringLiteral("not counted"));
    QTRY_VERIFY(m_fixture.rowOf(QStringLiteral("< not counted")).isValid());
    QCOMPARE(m_fixture.rowOf(QStringLiteral("> not counted")).data(ChatModel::EchoRole).toInt(), 0);
    QCOMPARE(panel()->valueText(QStringLiteral("sentLabel")), QStringLiteral("0"));
}

void tst_EchoStatistics::thePanelFollowsTheCurrentTab()
{
    m_fixture.startAndConnect();
    QTRY_VERIFY(m_fixture.rowOf(QStringLiteral("< Welcome to Awesome Chat")).isValid());
    m_fixture.typeAndSend(QStringLiteral("first tab"));
    QTRY_COMPARE(correlator()->statistics().echoed, 1);
    EchoCorrelator *first = correlator();
    m_fixture.window()->newTab();
    QVERIFY(correlator() != first);
    QTRY_COMPARE(panel()->valueText(QStringLiteral("sentLabel")), QStringLiteral("0"));
    m_fixture.window()->findChild<QAction *>(QStringLiteral("previousTabAction"))->trigger();
    QTRY_COMPARE(panel()->valueText(QStringLiteral("sentLabel")), QStringLiteral("1"));
}

QTEST_MAIN(tst_EchoStatistics)
#include "tst_echostatistics.moc"
