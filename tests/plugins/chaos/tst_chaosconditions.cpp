// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The network conditions of a chaos+ URL: what each parameter means, and the words that refuse
// a malformed or out-of-range one.
#include "chaosconditions.h"

#include <QTest>

using BanterChaos::ChaosConditions;

class tst_ChaosConditions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryParameterOfTheExample();
    void readsTriggersAsTimesOrCounts_data();
    void readsTriggersAsTimesOrCounts();
    void readsBandwidthUnits_data();
    void readsBandwidthUnits();
    void refusesBadParametersInWords_data();
    void refusesBadParametersInWords();
    void innerUrlKeepsTheServersParameters_data();
    void innerUrlKeepsTheServersParameters();
    void describesWhatIsActive();
    void picksASeedWhenNoneIsGiven();
};

namespace {

ChaosConditions read(const QString &url, QString *problem = nullptr)
{
    QString error;
    const ChaosConditions conditions = ChaosConditions::fromUrl(QUrl(url), &error);
    if (problem)
        *problem = error;
    else if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return conditions;
}

const QString example =
    QStringLiteral("chaos+ws://host:3000/?latency=100ms&jitter=20ms&bandwidth=64KiB&loss=1%"
                   "&disconnect-after=30s&blackhole-after=10s&seed=42");

} // namespace

void tst_ChaosConditions::readsEveryParameterOfTheExample()
{
    QString problem;
    const ChaosConditions conditions = read(example, &problem);
    QCOMPARE(problem, QString());
    QCOMPARE(conditions.latencyMs, 100);
    QCOMPARE(conditions.jitterMs, 20);
    QCOMPARE(conditions.bandwidth, 64 * 1024);
    QCOMPARE(conditions.lossPercent, 1.0);
    QCOMPARE(conditions.disconnectAfter.afterMs, 30000);
    QCOMPARE(conditions.disconnectAfter.afterMessages, 0);
    QCOMPARE(conditions.blackholeAfter.afterMs, 10000);
    QCOMPARE(conditions.seed, quint64(42));
}

void tst_ChaosConditions::readsTriggersAsTimesOrCounts_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<qint64>("messages");
    QTest::newRow("seconds") << "30s" << qint64(30000) << qint64(0);
    QTest::newRow("milliseconds") << "250ms" << qint64(250) << qint64(0);
    QTest::newRow("minutes") << "2min" << qint64(120000) << qint64(0);
    QTest::newRow("fraction of a second") << "1.5s" << qint64(1500) << qint64(0);
    QTest::newRow("msgs") << "100msgs" << qint64(0) << qint64(100);
    QTest::newRow("msg") << "1msg" << qint64(0) << qint64(1);
    QTest::newRow("messages") << "7messages" << qint64(0) << qint64(7);
}

void tst_ChaosConditions::readsTriggersAsTimesOrCounts()
{
    QFETCH(QString, value);
    QFETCH(qint64, ms);
    QFETCH(qint64, messages);
    const ChaosConditions disconnect =
        read(QStringLiteral("chaos+ws://h/?disconnect-after=") + value);
    QCOMPARE(disconnect.disconnectAfter.afterMs, ms);
    QCOMPARE(disconnect.disconnectAfter.afterMessages, messages);
    const ChaosConditions blackhole =
        read(QStringLiteral("chaos+ws://h/?chaos-blackhole-after=") + value);
    QCOMPARE(blackhole.blackholeAfter.afterMs, ms);
    QCOMPARE(blackhole.blackholeAfter.afterMessages, messages);
}

void tst_ChaosConditions::readsBandwidthUnits_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("bytesPerSecond");
    QTest::newRow("bytes") << "500B" << qint64(500);
    QTest::newRow("KiB") << "64KiB" << qint64(65536);
    QTest::newRow("KiB/s") << "64KiB/s" << qint64(65536);
    QTest::newRow("MiB") << "2MiB" << qint64(2 * 1024 * 1024);
    QTest::newRow("kB") << "3kB" << qint64(3000);
    QTest::newRow("Mbit") << "1Mbit" << qint64(125000);
    QTest::newRow("kbit/s") << "56kbit/s" << qint64(7000);
}

void tst_ChaosConditions::readsBandwidthUnits()
{
    QFETCH(QString, value);
    QFETCH(qint64, bytesPerSecond);
    QCOMPARE(read(QStringLiteral("chaos+ws://h/?bandwidth=") + value).bandwidth, bytesPerSecond);
}

void tst_ChaosConditions::refusesBadParametersInWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("words");
    const QString latency = QStringLiteral(
        "latency must be a duration from 0 ms to 1 min with a unit ms, s or min, such as 100ms");
    const QString trigger =
        QStringLiteral("must be a time from 1 ms to 7 days with a unit ms, s or min, such as "
                       "30s, or a number of messages from 1, such as 100msgs");
    const QString bandwidth =
        QStringLiteral("bandwidth must be a rate from 1 B/s to 10 GiB/s with a unit B, KiB, "
                       "MiB, GiB, kB, MB, GB, kbit, Mbit or Gbit (per second), such as 64KiB");
    const QString loss = QStringLiteral("loss must be a percentage from 0 to 100, such as 1%");
    const auto refused = [](const QString &parameter, const QString &rule) {
        return QStringLiteral("network conditions: %1 is not allowed; %2").arg(parameter, rule);
    };
    QTest::newRow("negative latency")
        << "latency=-5ms" << refused(QStringLiteral("latency=-5ms"), latency);
    QTest::newRow("unknown unit") << "latency=100us"
                                  << refused(QStringLiteral("latency=100us"), latency);
    QTest::newRow("no unit") << "latency=100" << refused(QStringLiteral("latency=100"), latency);
    QTest::newRow("too long") << "latency=2min" << refused(QStringLiteral("latency=2min"), latency);
    QTest::newRow("jitter beyond latency")
        << "latency=20ms&jitter=30ms"
        << QStringLiteral("network conditions: jitter (30 ms) cannot exceed latency (20 ms): a "
                          "message's delay is latency plus or minus jitter, and never negative");
    QTest::newRow("loss over 100 %") << "loss=150%" << refused(QStringLiteral("loss=150%"), loss);
    QTest::newRow("negative loss") << "loss=-1" << refused(QStringLiteral("loss=-1"), loss);
    QTest::newRow("loss in a unit") << "loss=1ms" << refused(QStringLiteral("loss=1ms"), loss);
    QTest::newRow("bandwidth per hour")
        << "bandwidth=64KB/h" << refused(QStringLiteral("bandwidth=64KB/h"), bandwidth);
    QTest::newRow("no bandwidth") << "bandwidth=0"
                                  << refused(QStringLiteral("bandwidth=0"), bandwidth);
    QTest::newRow("disconnect at once") << "disconnect-after=0s"
                                        << refused(QStringLiteral("disconnect-after=0s"),
                                                   QStringLiteral("disconnect-after ") + trigger);
    QTest::newRow("disconnect soon") << "disconnect-after=soon"
                                     << refused(QStringLiteral("disconnect-after=soon"),
                                                QStringLiteral("disconnect-after ") + trigger);
    QTest::newRow("half a message") << "blackhole-after=2.5msgs"
                                    << refused(QStringLiteral("blackhole-after=2.5msgs"),
                                               QStringLiteral("blackhole-after ") + trigger);
    QTest::newRow("seed not a number")
        << "seed=abc"
        << refused(QStringLiteral("seed=abc"),
                   QStringLiteral("seed must be a whole number from 0 to 18446744073709551615, "
                                  "such as 42"));
    QTest::newRow("unknown key")
        << "chaos-latncy=5ms"
        << QStringLiteral("network conditions: unknown parameter \"chaos-latncy\"; the "
                          "parameters are latency, jitter, bandwidth, loss, disconnect-after, "
                          "blackhole-after, seed");
}

void tst_ChaosConditions::refusesBadParametersInWords()
{
    QFETCH(QString, query);
    QFETCH(QString, words);
    QString problem;
    const ChaosConditions conditions =
        read(QStringLiteral("chaos+ws://host:3000/?") + query, &problem);
    QCOMPARE(problem, words);
    // Nothing of a refused URL is in force.
    QCOMPARE(conditions.latencyMs, 0);
    QCOMPARE(conditions.lossPercent, 0.0);
}

void tst_ChaosConditions::innerUrlKeepsTheServersParameters_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("inner");
    QTest::newRow("example") << example << "ws://host:3000/";
    QTest::newRow("others stay") << "chaos+wss://host/room?token=abc&latency=100ms&chaos-seed=4&x=1"
                                 << "wss://host/room?token=abc&x=1";
    QTest::newRow("no query") << "chaos+mqtt://broker:1883/topic"
                              << "mqtt://broker:1883/topic";
}

void tst_ChaosConditions::innerUrlKeepsTheServersParameters()
{
    QFETCH(QString, url);
    QFETCH(QString, inner);
    QCOMPARE(ChaosConditions::innerUrl(QUrl(url)).toString(), inner);
}

void tst_ChaosConditions::describesWhatIsActive()
{
    QCOMPARE(read(example).describe(),
             QStringLiteral("network conditions: latency 100 ms ± 20 ms, 64 KiB/s, loss 1 %, "
                            "disconnect after 30 s, black hole after 10 s, seed 42"));
    QCOMPARE(read(QStringLiteral("chaos+ws://h/?seed=1&disconnect-after=100msgs")).describe(),
             QStringLiteral("network conditions: disconnect after 100 messages, seed 1"));
    QCOMPARE(read(QStringLiteral("chaos+ws://h/?seed=1")).describe(),
             QStringLiteral("network conditions: none, seed 1"));
}

void tst_ChaosConditions::picksASeedWhenNoneIsGiven()
{
    // Said in the description, so that a run can be repeated.
    const ChaosConditions conditions = read(QStringLiteral("chaos+ws://h/?latency=5ms"));
    QVERIFY(conditions.describe().endsWith(QStringLiteral("seed %1").arg(conditions.seed)));
}

QTEST_GUILESS_MAIN(tst_ChaosConditions)
#include "tst_chaosconditions.moc"
