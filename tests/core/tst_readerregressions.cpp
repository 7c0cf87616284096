// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <chatlog.h>

#include <QTest>

#include <algorithm>

using Banter::ChatLog;

namespace {

// An NDJSON source that remembers the most it was ever asked to read at once.
class RecordingDevice : public QIODevice
{
public:
    explicit RecordingDevice(QByteArray data) : m_data(std::move(data)) {}

    qint64 largestRequest() const { return m_largestRequest; }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        m_largestRequest = std::max(m_largestRequest, maxSize);
        const qint64 size = std::min<qint64>(maxSize, m_data.size() - m_position);
        std::copy_n(m_data.constData() + m_position, size, data);
        m_position += size;
        return size;
    }
    qint64 readLineData(char *data, qint64 maxSize) override
    {
        m_largestRequest = std::max(m_largestRequest, maxSize);
        return QIODevice::readLineData(data, maxSize);
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
    qint64 m_largestRequest = 0;
};

} // namespace

// Inputs that once broke one of Banter's readers of outside bytes, found by the fuzz targets
// (fuzz/) or the sanitizer run (the asan preset); each row says which, and what went wrong.
class tst_ReaderRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chatLogIsRefusedOrReadBackUnchanged_data();
    void chatLogIsRefusedOrReadBackUnchanged();
    void chatLogIsReadWithoutReservingItsLimitPerLine();
};

void tst_ReaderRegressions::chatLogIsRefusedOrReadBackUnchanged_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isRefused");
    const QByteArray head = R"({"time":"2026-01-31T12:00:00.000Z","direction":"sent",)"
                            R"("kind":"text","text":)";
    // fuzz_chatlog: half a surrogate pair was read, then saved as U+FFFD: the log changed.
    QTest::newRow("high surrogate alone") << head + R"("a\ud800b"})" + '\n' << true;
    QTest::newRow("low surrogate alone") << head + R"("\udc00"})" + '\n' << true;
    QTest::newRow("pair reversed") << head + R"("\ude00\ud83d"})" + '\n' << true;
    QTest::newRow("pair at the end") << head + R"("x\ud83d"})" + '\n' << true;
    QTest::newRow("whole pair") << head + R"("\ud83d\ude00"})" + '\n' << false;
    // fuzz_chatlog: a time whose UTC year is beyond 9999 (or before 1) was read, then saved as
    // "time":"", which no reader takes back.
    const QByteArray tail = R"(,"direction":"received","kind":"binary","base64":"/w=="})"
                            "\n";
    QTest::newRow("year 10000 in UTC")
        << R"({"time":"9999-12-31T23:59:59.999-14:00")" + tail << true;
    QTest::newRow("year 0 in UTC") << R"({"time":"0001-01-01T00:00:00.000+14:00")" + tail << true;
    QTest::newRow("last moment") << R"({"time":"9999-12-31T23:59:59.999Z")" + tail << false;
    QTest::newRow("first moment") << R"({"time":"0001-01-01T00:00:00.000Z")" + tail << false;
}

void tst_ReaderRegressions::chatLogIsRefusedOrReadBackUnchanged()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isRefused);
    const ChatLog::ReadResult result = ChatLog::parse(input);
    QCOMPARE(!result.isOk(), isRefused);
    if (isRefused) {
        QVERIFY(result.entries.empty());
        QVERIFY2(result.errorString.startsWith(QLatin1String("line 1: ")),
                 qPrintable(result.errorString));
        return;
    }
    QCOMPARE(int(result.entries.size()), 1);
    const ChatLog::ReadResult again = ChatLog::parse(ChatLog::toNdjson(result.entries.front()));
    QVERIFY2(again.isOk(), qPrintable(again.errorString));
    QCOMPARE(again.entries.front().text, result.entries.front().text);
    QCOMPARE(again.entries.front().bytes, result.entries.front().bytes);
    QCOMPARE(again.entries.front().msecsSinceEpoch, result.entries.front().msecsSinceEpoch);
}

void tst_ReaderRegressions::chatLogIsReadWithoutReservingItsLimitPerLine()
{
    // The asan run: QIODevice::readLine(n) allocates n bytes up front, and the reader asked for
    // its whole limit (256 MiB) for every line; under AddressSanitizer a log of a few thousand
    // lines took minutes. It reads in pieces of at most 64 KiB now.
    QByteArray log;
    for (int i = 0; i < 100; ++i) {
        log += R"({"time":"2026-01-31T12:00:00.000Z","direction":"received","kind":"text",)"
               R"("text":"hello"})"
               "\n";
    }
    RecordingDevice device(log);
    QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    const ChatLog::ReadResult result = ChatLog::read(device);
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(int(result.entries.size()), 100);
    QVERIFY2(device.largestRequest() <= 64 * 1024 + 1,
             qPrintable(QString::number(device.largestRequest())));
}

QTEST_GUILESS_MAIN(tst_ReaderRegressions)
#include "tst_readerregressions.moc"
