// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <recentids.h>

#include <QTest>

using BanterRedis::RecentIds;

class tst_RecentIds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anIdIsTakenOnce();
    void theOldestAreForgottenBeyondTheCapacity();
};

void tst_RecentIds::anIdIsTakenOnce()
{
    RecentIds ids(10);
    QVERIFY(ids.take("a:1"));
    QVERIFY(ids.take("b:1"));
    QVERIFY(!ids.take("a:1"));
    QVERIFY(!ids.take("b:1"));
    QCOMPARE(ids.size(), 2);
}

void tst_RecentIds::theOldestAreForgottenBeyondTheCapacity()
{
    RecentIds ids(3);
    for (const QByteArray id : {"1", "2", "3", "4"})
        QVERIFY(ids.take(id));
    QCOMPARE(ids.size(), 3);
    QVERIFY(!ids.take("4"));
    QVERIFY(!ids.take("2"));
    // "1" went when "4" came: it counts as new again.
    QVERIFY(ids.take("1"));
    QCOMPARE(ids.size(), 3);
}

QTEST_APPLESS_MAIN(tst_RecentIds)
#include "tst_recentids.moc"
