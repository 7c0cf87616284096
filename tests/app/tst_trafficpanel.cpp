// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <connectiontab.h>
#include <echocorrelator.h>
#include <mainwindow.h>
#include <sparkline.h>
#include <trafficmeter.h>
#include <trafficpanel.h>

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace Banter;

// View → Traffic in the window (offscreen), against its embedded echo server: the charts' series
// follow the current tab's meter, the status bar's sparkline too, and the charts and their data
// are saved as PNG and CSV; a file that cannot be written is said in words.
class tst_TrafficPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestSettings(); }
    void init() { m_fixture.create(); }
    void cleanup() { m_fixture.destroy(); }
    void chartsAndSparklineFollowTheTraffic();
    void savesThePictureAndTheData();

private:
    TrafficPanel *panel() const { return m_fixture.find<TrafficPanel>("trafficPanel"); }
    TrafficMeter *meter() const { return m_fixture.window()->currentTab()->trafficMeter(); }
    // Sends count messages and waits for their echoes; then the meter's second ends.
    void talk(int count);

    WindowFixture m_fixture;
    qint64 m_now = 1767225600000; // the meter's clock: a second a talk
};

void tst_TrafficPanel::talk(int count)
{
    EchoCorrelator *echoes = m_fixture.window()->currentTab()->echoCorrelator();
    const qint64 before = echoes->statistics().echoed;
    for (int i = 0; i < count; ++i)
        m_fixture.typeAndSend(QStringLiteral("message %1").arg(i));
    QTRY_COMPARE(echoes->statistics().echoed, before + count);
    m_now += 1000;
    meter()->tick();
}

void tst_TrafficPanel::chartsAndSparklineFollowTheTraffic()
{
    m_fixture.startAndConnect();
    QTRY_VERIFY(m_fixture.rowOf(QStringLiteral("< Welcome to Awesome Chat")).isValid());
    QAction *toggle = m_fixture.find<QAction>("trafficAction");
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), QStringLiteral("Tra&ffic"));
    toggle->trigger();
    QVERIFY(m_fixture.find<QDockWidget>("trafficDock")->isVisible());

    meter()->setClock([this] { return m_now; }); // and its seconds end when the test says
    meter()->clear();
    talk(4);
    talk(2);
    QLineSeries *out = panel()->series(QStringLiteral("messagesOutSeries"));
    QLineSeries *in = panel()->series(QStringLiteral("messagesInSeries"));
    QVERIFY(out && in);
    QCOMPARE(out->count(), 2);
    QCOMPARE(out->at(0), QPointF(-1, 4)); // a second before the last
    QCOMPARE(out->at(1), QPointF(0, 2));
    QCOMPARE(in->at(1).y(), 2.0);
    QCOMPARE(panel()->series(QStringLiteral("bytesOutSeries"))->at(1),
             QPointF(0, 2 * QByteArray("message 0").size()));
    QCOMPARE(panel()->series(QStringLiteral("echoRoundTripSeries"))->count(), 2);
    QCOMPARE(out->name(), QStringLiteral("out"));

    auto *sparkline = m_fixture.find<Sparkline>("sparkline");
    QVERIFY(sparkline->isVisible());
    QCOMPARE(sparkline->values().mid(sparkline->values().size() - 2), QList<qint64>({8, 4}));
    QCOMPARE(sparkline->toolTip(),
             QStringLiteral("Messages a second: 2 in, 2 out (View → Traffic)"));

    // Another tab, another meter: the charts follow the current one.
    m_fixture.window()->newTab();
    QCOMPARE(panel()->meter(), meter());
    QCOMPARE(panel()->series(QStringLiteral("messagesOutSeries"))->count(),
             int(meter()->samples().size()));
}

void tst_TrafficPanel::savesThePictureAndTheData()
{
    m_fixture.startAndConnect();
    QTRY_VERIFY(m_fixture.rowOf(QStringLiteral("< Welcome to Awesome Chat")).isValid());
    m_fixture.find<QAction>("trafficAction")->trigger();
    meter()->setClock([this] { return m_now; });
    talk(3);
    QTemporaryDir folder;
    const QString png = folder.filePath(QStringLiteral("traffic.png"));
    QCOMPARE(panel()->savePng(png), QString());
    const QImage image(png);
    QVERIFY(!image.isNull());
    // Three charts side by side, each as large as shown.
    const QWidget *firstChart = panel()->findChild<QWidget *>(QStringLiteral("messagesChartView"));
    QVERIFY(image.width() >= 3 * firstChart->width());
    QCOMPARE(image.height(), firstChart->height() * image.devicePixelRatio());
    const QString csv = folder.filePath(QStringLiteral("traffic.csv"));
    QCOMPARE(panel()->saveCsv(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), int(meter()->samples().size()) + 1);
    QVERIFY(lines.first().startsWith("time,messages_in,messages_out,"));
    QVERIFY2(lines.last().contains(",3,"), lines.last().constData());

    const QString nowhere = folder.filePath(QStringLiteral("no such folder/traffic.csv"));
    const QString problem = panel()->saveCsv(nowhere);
    QVERIFY2(problem.startsWith(QStringLiteral("The data was not saved to %1: ").arg(nowhere)),
             qPrintable(problem));
    QVERIFY(panel()
                ->savePng(nowhere + QStringLiteral(".png"))
                .startsWith(QLatin1String("The chart was not saved to ")));
}

QTEST_MAIN(tst_TrafficPanel)
#include "tst_trafficpanel.moc"
