// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <chatlog.h>
#include <chatmodel.h>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using Banter::ChatLog;
using Banter::ChatModel;
using Entry = Banter::ChatModel::Entry;
using Kind = Banter::ChatModel::Kind;
using Delivery = Banter::ChatModel::Delivery;

Q_DECLARE_METATYPE(Banter::ChatModel::Entry)

namespace {

// 2026-01-31T12:00:00.123Z
constexpr qint64 someTime = 1769860800123;

Entry textEntry(Kind kind, const QString &text, Delivery delivery = Delivery::None)
{
    Entry entry;
    entry.kind = kind;
    entry.text = text;
    entry.delivery = delivery;
    entry.msecsSinceEpoch = someTime;
    return entry;
}

Entry binaryEntry(Kind kind, const QByteArray &bytes)
{
    Entry entry;
    entry.kind = kind;
    entry.bytes = bytes;
    entry.isBinary = true;
    entry.delivery = kind == Kind::Sent ? Delivery::Delivered : Delivery::None;
    entry.msecsSinceEpoch = someTime;
    return entry;
}

QByteArray allBytes()
{
    QByteArray bytes;
    for (int value = 0; value < 256; ++value)
        bytes.append(char(value));
    return bytes;
}

// What a line looks like once its entry is read back.
QString describe(const Entry &entry)
{
    return QStringLiteral("%1 %2 %3 %4 %5%6")
        .arg(entry.msecsSinceEpoch)
        .arg(int(entry.kind))
        .arg(int(entry.delivery))
        .arg(entry.isBinary ? QStringLiteral("B:") + QString::fromLatin1(entry.bytes.toHex())
                            : QStringLiteral("T:") + entry.text)
        .arg(entry.isBinary ? 0 : entry.text.size())
        .arg(entry.isHistory ? QStringLiteral(" history") : QString());
}

// A device that never ends, like /dev/zero.
class EndlessDevice : public QIODevice
{
public:
    EndlessDevice() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        std::fill_n(data, maxSize, 'x');
        return maxSize;
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};

} // namespace

class tst_ChatLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOneObjectPerLineWithTimeDirectionKindAndPayload_data();
    void writesOneObjectPerLineWithTimeDirectionKindAndPayload();
    void roundTripKeepsEveryEntry_data();
    void roundTripKeepsEveryEntry();
    void unsentMessagesComeBackCancelled_data();
    void unsentMessagesComeBackCancelled();
    void textFormatShowsTimePrefixAndFullMessage();
    void readsBlankLinesCrLfByteOrderMarkAndUnknownKeys();
    void readsOtherTimeZones();
    void rejectsMalformedInputWithLineAndReason_data();
    void rejectsMalformedInputWithLineAndReason();
    void rejectsInputLargerThanTheLimit();
    void stopsReadingAnEndlessDeviceAtTheLimit();
    void survivesMutatedInput();
    void savesAndLoadsAFileThroughTheModel();
    void modelTakesReadEntriesAsTheyAre();
    void reportsFileErrorsInWords();
};

void tst_ChatLog::writesOneObjectPerLineWithTimeDirectionKindAndPayload_data()
{
    QTest::addColumn<Entry>("entry");
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("sent text") << textEntry(Kind::Sent, QStringLiteral("hello"),
                                            Delivery::Delivered)
                               << QByteArray(R"({"time":"2026-01-31T12:00:00.123Z","direction":)"
                                             R"("sent","kind":"text","text":"hello"})"
                                             "\n");
    QTest::newRow("received binary")
        << binaryEntry(Kind::Received, QByteArray::fromHex("000102fffe0a0d"))
        << QByteArray(R"({"time":"2026-01-31T12:00:00.123Z","direction":"received",)"
                      R"("kind":"binary","base64":"AAEC//4KDQ=="})"
                      "\n");
    QTest::newRow("status") << textEntry(Kind::Status, QStringLiteral("socket open"))
                            << QByteArray(R"({"time":"2026-01-31T12:00:00.123Z","direction":)"
                                          R"("status","kind":"text","text":"socket open"})"
                                          "\n");
    QTest::newRow("escapes") << textEntry(Kind::Received, QStringLiteral("a\"b\\c\nd\te\x01"))
                             << QByteArray(
                                    R"({"time":"2026-01-31T12:00:00.123Z","direction":)"
                                    R"("received","kind":"text","text":"a\"b\\c\nd\te\u0001"})"
                                    "\n");
    QTest::newRow("unicode stays UTF-8")
        << textEntry(Kind::Received, QStringLiteral("Grüße 😀"))
        << QByteArray(R"({"time":"2026-01-31T12:00:00.123Z","direction":"received",)"
                      R"("kind":"text","text":")"
                      "Gr\xc3\xbc\xc3\x9f"
                      "e \xf0\x9f\x98\x80\"}\n");
    Entry replayed = textEntry(Kind::Received, QStringLiteral("ann: hi"));
    replayed.isHistory = true;
    QTest::newRow("chat room history")
        << replayed
        << QByteArray(R"({"time":"2026-01-31T12:00:00.123Z","direction":"received","kind":"text",)"
                      R"("text":"ann: hi","history":true})"
                      "\n");
    QTest::newRow("cancelled")
        << textEntry(Kind::Sent, QStringLiteral("x"), Delivery::Cancelled)
        << QByteArray(R"({"time":"2026-01-31T12:00:00.123Z","direction":"sent","kind":"text",)"
                      R"("text":"x","delivery":"cancelled"})"
                      "\n");
}

void tst_ChatLog::writesOneObjectPerLineWithTimeDirectionKindAndPayload()
{
    QFETCH(Entry, entry);
    QFETCH(QByteArray, line);
    QCOMPARE(ChatLog::toNdjson(entry), line);
}

void tst_ChatLog::roundTripKeepsEveryEntry_data()
{
    QTest::addColumn<Entry>("entry");
    QTest::newRow("ascii") << textEntry(Kind::Sent, QStringLiteral("hello"), Delivery::Delivered);
    QTest::newRow("empty text") << textEntry(Kind::Received, QString());
    QTest::newRow("unicode") << textEntry(Kind::Received,
                                          QStringLiteral("Grüße, 你好, שלום, 😀 \u2028 \u00a0"));
    QTest::newRow("multi-line") << textEntry(Kind::Received, QStringLiteral("one\ntwo\r\nthree\n"));
    QTest::newRow("control characters")
        << textEntry(Kind::Received, QString::fromLatin1("nul\0 bell\a esc\x1b del\x7f", 22));
    QTest::newRow("json lookalike")
        << textEntry(Kind::Received, QStringLiteral(R"({"time":"x"}\n\"\\)"));
    QTest::newRow("status") << textEntry(Kind::Status, QStringLiteral("socket closed"));
    QTest::newRow("binary") << binaryEntry(Kind::Received, QByteArray::fromHex("000102fffe0a0d"));
    QTest::newRow("every byte") << binaryEntry(Kind::Sent, allBytes());
    QTest::newRow("empty binary") << binaryEntry(Kind::Received, QByteArray());
    Entry old = textEntry(Kind::Received, QStringLiteral("before 1970"));
    old.msecsSinceEpoch = -86400001;
    QTest::newRow("old time") << old;
    Entry history = binaryEntry(Kind::Received, QByteArray::fromHex("00ff"));
    history.isHistory = true;
    QTest::newRow("history") << history;
}

void tst_ChatLog::roundTripKeepsEveryEntry()
{
    QFETCH(Entry, entry);
    const QByteArray line = ChatLog::toNdjson(entry);
    QCOMPARE(line.count('\n'), 1);
    QVERIFY(line.endsWith('\n'));
    const ChatLog::ReadResult result = ChatLog::parse(line + line);
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.entries.size(), size_t(2));
    QCOMPARE(describe(result.entries.at(0)), describe(entry));
    QCOMPARE(describe(result.entries.at(1)), describe(entry));
}

void tst_ChatLog::unsentMessagesComeBackCancelled_data()
{
    QTest::addColumn<Delivery>("saved");
    QTest::newRow("pending") << Delivery::Pending;
    QTest::newRow("cancelled") << Delivery::Cancelled;
}

void tst_ChatLog::unsentMessagesComeBackCancelled()
{
    QFETCH(Delivery, saved);
    // Nothing sends a message of an opened log: it is shown as not sent.
    const ChatLog::ReadResult result =
        ChatLog::parse(ChatLog::toNdjson(textEntry(Kind::Sent, QStringLiteral("x"), saved)));
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.entries.at(0).delivery, Delivery::Cancelled);
}

void tst_ChatLog::textFormatShowsTimePrefixAndFullMessage()
{
    const QString time = QDateTime::fromMSecsSinceEpoch(someTime).toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QCOMPARE(QString::fromUtf8(ChatLog::toText(textEntry(Kind::Sent, QStringLiteral("hi")))),
             time + QStringLiteral(" > hi\n"));
    // Further lines are indented under the message.
    QCOMPARE(
        QString::fromUtf8(ChatLog::toText(textEntry(Kind::Received, QStringLiteral("one\ntwo")))),
        time + QStringLiteral(" < one\n") + QString(time.size() + 3, QLatin1Char(' ')) +
            QStringLiteral("two\n"));
    // Binary in full, not the shortened preview of the view.
    const QByteArray bytes(40, '\x01');
    const QString text = QString::fromUtf8(ChatLog::toText(binaryEntry(Kind::Received, bytes)));
    QVERIFY2(text.contains(QStringLiteral("<binary, 40 bytes> ") +
                           QString::fromLatin1(bytes.toHex(' '))),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("…")));
}

void tst_ChatLog::readsBlankLinesCrLfByteOrderMarkAndUnknownKeys()
{
    const QByteArray input = "\xef\xbb\xbf"
                             R"({"time":"2026-01-31T12:00:00.123Z","direction":"received",)"
                             R"("kind":"text","text":"a","future":[1,2]})"
                             "\r\n\r\n   \n"
                             R"({"kind":"text","text":"b","direction":"sent",)"
                             R"("time":"2026-01-31T12:00:01.000Z"})";
    const ChatLog::ReadResult result = ChatLog::parse(input);
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.entries.size(), size_t(2));
    QCOMPARE(result.entries.at(0).text, QStringLiteral("a"));
    QCOMPARE(result.entries.at(1).text, QStringLiteral("b"));
    QCOMPARE(result.entries.at(1).kind, Kind::Sent);
    QCOMPARE(result.entries.at(1).delivery, Delivery::Delivered);
    QCOMPARE(result.entries.at(1).msecsSinceEpoch, someTime + 877);

    QVERIFY(ChatLog::parse(QByteArray()).isOk());
    QVERIFY(ChatLog::parse(QByteArray()).entries.empty());
}

void tst_ChatLog::readsOtherTimeZones()
{
    const ChatLog::ReadResult result = ChatLog::parse(
        R"({"time":"2026-01-31T13:00:00.123+01:00","direction":"status","kind":"text","text":""})");
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.entries.at(0).msecsSinceEpoch, someTime);
}

void tst_ChatLog::rejectsMalformedInputWithLineAndReason_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    const QByteArray good = R"({"time":"2026-01-31T12:00:00Z","direction":"sent","kind":"text",)"
                            R"("text":"ok"})"
                            "\n";
    QTest::newRow("text file") << QByteArray("12:00 > hello\n")
                               << QStringLiteral("line 1: not JSON: ");
    QTest::newRow("array") << QByteArray("[1,2]\n") << QStringLiteral("line 1: not a JSON object");
    QTest::newRow("string") << QByteArray("\"x\"\n") << QStringLiteral("line 1: not JSON");
    QTest::newRow("truncated") << QByteArray(R"({"time":"2026-01-31T12:00:00Z","dir)")
                               << QStringLiteral("line 1: not JSON: ");
    QTest::newRow("later line") << good + good + "{}\n"
                                << QStringLiteral("line 3: \"time\" must be a date and time");
    QTest::newRow("bad time")
        << QByteArray(R"({"time":"yesterday","direction":"sent","kind":"text","text":""})")
        << QStringLiteral("line 1: \"time\" must be a date and time such as "
                          "2026-01-31T12:00:00.000Z");
    QTest::newRow("time is a number")
        << QByteArray(R"({"time":1769860800,"direction":"sent","kind":"text","text":""})")
        << QStringLiteral("line 1: \"time\" must be");
    QTest::newRow("no direction")
        << QByteArray(R"({"time":"2026-01-31T12:00:00Z","kind":"text","text":""})")
        << QStringLiteral("line 1: \"direction\" must be \"sent\", \"received\" or \"status\"");
    QTest::newRow("bad direction")
        << QByteArray(R"({"time":"2026-01-31T12:00:00Z","direction":"in","kind":"text"})")
        << QStringLiteral("line 1: \"direction\" must be");
    QTest::newRow("bad kind")
        << QByteArray(R"({"time":"2026-01-31T12:00:00Z","direction":"sent","kind":"ping"})")
        << QStringLiteral("line 1: \"kind\" must be \"text\" or \"binary\"");
    QTest::newRow("no text")
        << QByteArray(R"({"time":"2026-01-31T12:00:00Z","direction":"sent","kind":"text"})")
        << QStringLiteral("line 1: a text entry needs a \"text\" string");
    QTest::newRow("text is null")
        << QByteArray(
               R"({"time":"2026-01-31T12:00:00Z","direction":"sent","kind":"text","text":null})")
        << QStringLiteral("line 1: a text entry needs a \"text\" string");
    QTest::newRow("no base64")
        << QByteArray(R"({"time":"2026-01-31T12:00:00Z","direction":"sent","kind":"binary"})")
        << QStringLiteral("line 1: a binary entry needs a \"base64\" string of Base64 data");
    QTest::newRow("bad base64")
        << QByteArray(R"({"time":"2026-01-31T12:00:00Z","direction":"sent","kind":"binary",)"
                      R"("base64":"AA*="})")
        << QStringLiteral("line 1: a binary entry needs a \"base64\" string");
    QTest::newRow("binary status")
        << QByteArray(R"({"time":"2026-01-31T12:00:00Z","direction":"status","kind":"binary",)"
                      R"("base64":""})")
        << QStringLiteral("line 1: a status line cannot be binary");
    QTest::newRow("bad delivery")
        << QByteArray(R"({"time":"2026-01-31T12:00:00Z","direction":"sent","kind":"text",)"
                      R"("text":"","delivery":"maybe"})")
        << QStringLiteral("line 1: \"delivery\" must be \"pending\" or \"cancelled\"");
    QTest::newRow("history not a boolean")
        << QByteArray(R"({"time":"2026-01-31T12:00:00Z","direction":"received","kind":"text",)"
                      R"("text":"","history":"yes"})")
        << QStringLiteral("line 1: \"history\" must be true or false");
    QTest::newRow("history of a sent message")
        << QByteArray(R"({"time":"2026-01-31T12:00:00Z","direction":"sent","kind":"text",)"
                      R"("text":"","history":true})")
        << QStringLiteral("line 1: only a received message has a \"history\"");
    QTest::newRow("delivery of a received message")
        << QByteArray(R"({"time":"2026-01-31T12:00:00Z","direction":"received","kind":"text",)"
                      R"("text":"","delivery":"pending"})")
        << QStringLiteral("line 1: only a sent message has a \"delivery\"");
    QTest::newRow("invalid UTF-8")
        << QByteArray("{\"time\":\"2026-01-31T12:00:00Z\",\"direction\":\"sent\",\"kind\":"
                      "\"text\",\"text\":\"\xff\xfe\"}")
        << QStringLiteral("line 1: not JSON: ");
    QTest::newRow("NUL byte") << QByteArray("{\"time\0\":1}", 12)
                              << QStringLiteral("line 1: not JSON: ");
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringLiteral("line 1: not JSON");
    QTest::newRow("binary garbage")
        << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") << QStringLiteral("line 1: ");
}

void tst_ChatLog::rejectsMalformedInputWithLineAndReason()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    const ChatLog::ReadResult result = ChatLog::parse(input);
    QVERIFY(!result.isOk());
    QVERIFY2(result.errorString.startsWith(error), qPrintable(result.errorString));
    QVERIFY(result.entries.empty()); // nothing of a broken log is kept
}

void tst_ChatLog::rejectsInputLargerThanTheLimit()
{
    QByteArray input;
    for (int i = 0; i < 10; ++i)
        input += ChatLog::toNdjson(textEntry(Kind::Received, QStringLiteral("0123456789")));
    QVERIFY(ChatLog::parse(input, input.size()).isOk());
    const ChatLog::ReadResult result = ChatLog::parse(input, input.size() - 1);
    QVERIFY(!result.isOk());
    QVERIFY2(result.errorString.startsWith(QLatin1String("it is larger than ")),
             qPrintable(result.errorString));
    QVERIFY(result.entries.empty());
}

void tst_ChatLog::stopsReadingAnEndlessDeviceAtTheLimit()
{
    EndlessDevice device;
    const ChatLog::ReadResult result = ChatLog::read(device, 1024 * 1024);
    QVERIFY(!result.isOk());
    QVERIFY2(result.errorString.contains(QLatin1String("larger than 1.0 MiB")),
             qPrintable(result.errorString));

    // A device file ends in words too (zero bytes are no JSON), never in a hang.
    const ChatLog::ReadResult zeros = ChatLog::load(QStringLiteral("/dev/zero"), 1024 * 1024);
    QVERIFY(!zeros.isOk());
    QVERIFY2(zeros.errorString.startsWith(QLatin1String("cannot open the log /dev/zero: ")),
             qPrintable(zeros.errorString));
}

void tst_ChatLog::survivesMutatedInput()
{
    QByteArray valid;
    valid += ChatLog::toNdjson(textEntry(Kind::Sent, QStringLiteral("hello \"there\"\n")));
    valid += ChatLog::toNdjson(binaryEntry(Kind::Received, allBytes().left(20)));
    valid += ChatLog::toNdjson(textEntry(Kind::Status, QStringLiteral("Grüße")));
    QRandomGenerator random(20260131); // the same mutations on every run
    int rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray input = valid;
        const int changes = 1 + int(random.bounded(4));
        for (int change = 0; change < changes; ++change) {
            const int at = int(random.bounded(quint32(input.size())));
            switch (random.bounded(3)) {
            case 0:
                input[at] = char(random.bounded(256));
                break;
            case 1:
                input.remove(at, 1 + int(random.bounded(8)));
                break;
            default:
                input.insert(at, input.mid(int(random.bounded(quint32(input.size()))), 5));
                break;
            }
        }
        const ChatLog::ReadResult result = ChatLog::parse(input);
        if (!result.isOk()) {
            ++rejected;
            QVERIFY(result.entries.empty());
            QVERIFY(result.errorString.startsWith(QLatin1String("line ")));
        }
    }
    QVERIFY(rejected > 0);
}

void tst_ChatLog::savesAndLoadsAFileThroughTheModel()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    ChatModel model;
    model.appendStatus(QStringLiteral("socket open"));
    model.appendText(Kind::Sent, QStringLiteral("Grüße 😀"), Delivery::Delivered);
    model.appendBinary(Kind::Received, QByteArray::fromHex("000102fffe0a0d"));
    model.flush();

    const QString ndjson = folder.filePath(QStringLiteral("log.ndjson"));
    QCOMPARE(ChatLog::save(ndjson, model, ChatLog::Format::Ndjson), QString());
    const ChatLog::ReadResult result = ChatLog::load(ndjson);
    QVERIFY2(result.isOk(), qPrintable(result.errorString));
    QCOMPARE(result.entries.size(), size_t(3));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(describe(result.entries.at(size_t(row))), describe(model.entry(row)));

    const QString text = folder.filePath(QStringLiteral("log.txt"));
    QCOMPARE(ChatLog::save(text, model, ChatLog::Format::Text), QString());
    QFile file(text);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4); // and an empty one after the last line break
    QVERIFY(lines.at(0).endsWith(QLatin1String(" # socket open")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral(" > Grüße 😀")));
    QVERIFY(lines.at(2).endsWith(QLatin1String(" < <binary, 7 bytes> 00 01 02 ff fe 0a 0d")));
    // A text log is for people: opening it says so in words.
    QVERIFY(ChatLog::load(text).errorString.contains(QLatin1String("line 1: not JSON")));
}

void tst_ChatLog::modelTakesReadEntriesAsTheyAre()
{
    ChatModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendStatus(QStringLiteral("before"));
    QSignalSpy inserted(&model, &ChatModel::rowsInserted);
    const std::vector<Entry> entries = {
        textEntry(Kind::Sent, QStringLiteral("a"), Delivery::Delivered),
        binaryEntry(Kind::Received, QByteArray("\x00\xff", 2))};
    model.appendEntries(entries);
    model.appendEntries({});
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 1); // with the row appended before them, in one batch
    QCOMPARE(describe(model.entry(1)), describe(entries.at(0)));
    QCOMPARE(describe(model.entry(2)), describe(entries.at(1)));
    QCOMPARE(model.index(1).data(ChatModel::TimeRole).toDateTime().toMSecsSinceEpoch(), someTime);
    QCOMPARE(model.index(2).data(ChatModel::LineRole).toString(),
             QStringLiteral("< <binary, 2 bytes> 00 ff"));
    // Rows out of range have an empty entry.
    QCOMPARE(model.entry(3).text, QString());
    QCOMPARE(model.entry(-1).kind, Kind::Status);
}

void tst_ChatLog::reportsFileErrorsInWords()
{
    QTemporaryDir folder;
    ChatModel model;
    const QString missing = folder.filePath(QStringLiteral("missing.ndjson"));
    const ChatLog::ReadResult result = ChatLog::load(missing);
    QVERIFY(!result.isOk());
    QVERIFY2(result.errorString.startsWith(QStringLiteral("cannot open the log ") + missing +
                                           QStringLiteral(": ")),
             qPrintable(result.errorString));

    const QString unwritable = folder.filePath(QStringLiteral("no/such/folder/log.ndjson"));
    const QString error = ChatLog::save(unwritable, model, ChatLog::Format::Ndjson);
    QVERIFY2(error.startsWith(QStringLiteral("cannot save the log to ") + unwritable),
             qPrintable(error));

    QFile broken(folder.filePath(QStringLiteral("broken.ndjson")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{}\n");
    broken.close();
    QVERIFY(ChatLog::load(broken.fileName())
                .errorString.startsWith(QStringLiteral("cannot open the log ") + broken.fileName() +
                                        QStringLiteral(": line 1: ")));
}

QTEST_GUILESS_MAIN(tst_ChatLog)
#include "tst_chatlog.moc"
