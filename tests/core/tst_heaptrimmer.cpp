// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <heaptrimmer.h>

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <cstdlib>
#include <cstring>
#include <vector>

#include <unistd.h>

using Banter::HeapTrimmer;
using namespace std::chrono_literals;

namespace {

// The resident set of this process, from /proc/self/statm.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE) : -1;
}

} // namespace

class tst_HeapTrimmer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trimsOnceTheLastClientHasLeft();
    void aClientThatComesBackInTimeCancelsTheTrim();
    void aFlappingClientTrimsOnlyOnce();
    void freedHeapGoesBackToTheSystem();
    void blocksFreedLastDoNotKeepTheirPages();
};

void tst_HeapTrimmer::trimsOnceTheLastClientHasLeft()
{
    if (!HeapTrimmer::trim())
        QSKIP("this C library cannot return freed memory");
    HeapTrimmer trimmer;
    trimmer.setDelay(20ms);
    QSignalSpy trimmed(&trimmer, &HeapTrimmer::trimmed);
    trimmer.setConnectionCount(1);
    trimmer.setConnectionCount(2);
    trimmer.setConnectionCount(1);
    QTest::qWait(100);
    QCOMPARE(trimmed.count(), 0);

    trimmer.setConnectionCount(0);
    QTRY_COMPARE(trimmed.count(), 1);
    QTest::qWait(100);
    QCOMPARE(trimmed.count(), 1);
}

void tst_HeapTrimmer::aClientThatComesBackInTimeCancelsTheTrim()
{
    if (!HeapTrimmer::trim())
        QSKIP("this C library cannot return freed memory");
    HeapTrimmer trimmer;
    trimmer.setDelay(200ms);
    QSignalSpy trimmed(&trimmer, &HeapTrimmer::trimmed);
    trimmer.setConnectionCount(0);
    QTest::qWait(50);
    trimmer.setConnectionCount(1);
    QTest::qWait(400);
    QCOMPARE(trimmed.count(), 0);
}

void tst_HeapTrimmer::aFlappingClientTrimsOnlyOnce()
{
    if (!HeapTrimmer::trim())
        QSKIP("this C library cannot return freed memory");
    HeapTrimmer trimmer;
    trimmer.setDelay(100ms);
    QSignalSpy trimmed(&trimmer, &HeapTrimmer::trimmed);
    for (int i = 0; i < 20; ++i) {
        trimmer.setConnectionCount(1);
        trimmer.setConnectionCount(0);
    }
    QTRY_COMPARE(trimmed.count(), 1);
    QTest::qWait(300);
    QCOMPARE(trimmed.count(), 1);
}

void tst_HeapTrimmer::freedHeapGoesBackToTheSystem()
{
    if (!BANTER_OWN_MALLOC || !HeapTrimmer::trim())
        QSKIP("needs glibc's own malloc (not a sanitizer's)");
    // What 10,000 clients leave behind, in small: many small blocks, all touched, freed around
    // a few that stay, so that glibc cannot shrink the heap by itself.
    constexpr size_t blockCount = 64 * 1024;
    constexpr size_t blockSize = 1000;
    std::vector<void *> blocks(blockCount);
    for (void *&block : blocks) {
        block = std::malloc(blockSize);
        QVERIFY(block);
        std::memset(block, 1, blockSize);
    }
    std::vector<void *> kept;
    for (size_t i = 0; i < blockCount; ++i) {
        if (i % 64 == 63)
            kept.push_back(blocks[i]);
        else
            std::free(blocks[i]);
    }
    const qint64 before = residentBytes();
    QVERIFY(before > 0);

    HeapTrimmer trimmer;
    trimmer.setDelay(1ms);
    QSignalSpy trimmed(&trimmer, &HeapTrimmer::trimmed);
    trimmer.setConnectionCount(0);
    QTRY_COMPARE(trimmed.count(), 1);
    const qint64 after = residentBytes();
    for (void *block : kept)
        std::free(block);
    // About 64 MB were freed; most of it must have left the process.
    QVERIFY2(before - after > qint64(blockCount * blockSize / 2),
             qPrintable(QStringLiteral("RSS %1 -> %2 KiB").arg(before / 1024).arg(after / 1024)));
}

void tst_HeapTrimmer::blocksFreedLastDoNotKeepTheirPages()
{
    if (!BANTER_OWN_MALLOC || !HeapTrimmer::trim())
        QSKIP("needs glibc's own malloc (not a sanitizer's)");
    // What the last clients to leave free: small blocks of many sizes, each in a page of its
    // own, freed after everything around them. glibc keeps the last few of each size for reuse
    // in a cache of the thread, outside the heap that malloc_trim() returns.
    constexpr int sizes = 64;
    constexpr int perSize = 7;
    constexpr size_t spacer = 8000;
    void *small[sizes][perSize];
    void *spacers[sizes][perSize];
    const qint64 before = residentBytes();
    for (int s = 0; s < sizes; ++s) {
        for (int i = 0; i < perSize; ++i) {
            const size_t size = 24 + 16 * size_t(s);
            small[s][i] = std::malloc(size);
            spacers[s][i] = std::malloc(spacer);
            QVERIFY(small[s][i] && spacers[s][i]);
            std::memset(small[s][i], 1, size);
            std::memset(spacers[s][i], 1, spacer);
        }
    }
    void *top = std::malloc(64); // keeps the heap from shrinking at its end by itself
    for (auto &row : spacers) {
        for (void *block : row)
            std::free(block);
    }
    for (auto &row : small) {
        for (void *block : row)
            std::free(block);
    }
    HeapTrimmer::trim();
    const qint64 after = residentBytes();
    std::free(top);
    // 448 blocks, one per page (1.8 MB) when the cache keeps them.
    QVERIFY2(after - before < 1024 * 1024,
             qPrintable(QStringLiteral("RSS %1 -> %2 KiB").arg(before / 1024).arg(after / 1024)));
}

QTEST_GUILESS_MAIN(tst_HeapTrimmer)
#include "tst_heaptrimmer.moc"
