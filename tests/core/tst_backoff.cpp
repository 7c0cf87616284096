// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <backoff.h>

#include <QtTest>

using namespace Banter;
using namespace std::chrono_literals;

class tst_Backoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAtHalfASecondAndDoubles();
    void isCappedAtThirtySeconds();
    void jitterSpreadsByAtMostTwentyPercent_data();
    void jitterSpreadsByAtMostTwentyPercent();
    void resetStartsOver();
    void manyAttemptsNeitherOverflowNorExceedMaximum();
    void defaultRandomStaysWithinBounds();
};

namespace {

std::function<double()> fixed(double value)
{
    return [value] { return value; };
}

} // namespace

void tst_Backoff::startsAtHalfASecondAndDoubles()
{
    Backoff backoff(Backoff::Policy(), fixed(0.5)); // 0.5: no jitter
    QCOMPARE(backoff.attempt(), 0);
    QCOMPARE(backoff.next(), 500ms);
    QCOMPARE(backoff.attempt(), 1);
    QCOMPARE(backoff.next(), 1000ms);
    QCOMPARE(backoff.next(), 2000ms);
    QCOMPARE(backoff.next(), 4000ms);
    QCOMPARE(backoff.attempt(), 4);
}

void tst_Backoff::isCappedAtThirtySeconds()
{
    Backoff backoff(Backoff::Policy(), fixed(0.5));
    std::chrono::milliseconds last{};
    for (int i = 0; i < 12; ++i)
        last = backoff.next();
    QCOMPARE(last, 30000ms);
}

void tst_Backoff::jitterSpreadsByAtMostTwentyPercent_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("lowest") << 0.0 << qint64(400);
    QTest::newRow("middle") << 0.5 << qint64(500);
    QTest::newRow("quarter") << 0.25 << qint64(450);
    QTest::newRow("highest") << 0.999999 << qint64(600);
}

void tst_Backoff::jitterSpreadsByAtMostTwentyPercent()
{
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    Backoff backoff(Backoff::Policy(), fixed(random));
    QCOMPARE(backoff.next().count(), expectedMs);
}

void tst_Backoff::resetStartsOver()
{
    Backoff backoff(Backoff::Policy(), fixed(0.5));
    backoff.next();
    backoff.next();
    backoff.next();
    backoff.reset();
    QCOMPARE(backoff.attempt(), 0);
    QCOMPARE(backoff.next(), 500ms);
}

void tst_Backoff::manyAttemptsNeitherOverflowNorExceedMaximum()
{
    Backoff backoff(Backoff::Policy(), fixed(0.999999));
    for (int i = 0; i < 10000; ++i) {
        const auto delay = backoff.next();
        QVERIFY2(delay >= 0ms && delay <= 30000ms, qPrintable(QString::number(delay.count())));
    }
}

void tst_Backoff::defaultRandomStaysWithinBounds()
{
    Backoff::Policy policy;
    policy.initial = 1000ms;
    policy.maximum = 1000ms;
    Backoff backoff(policy);
    for (int i = 0; i < 1000; ++i) {
        const auto delay = backoff.next();
        QVERIFY(delay >= 800ms && delay <= 1000ms);
    }
}

QTEST_GUILESS_MAIN(tst_Backoff)
#include "tst_backoff.moc"
