// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <chatlog.h>
#include <chatmodel.h>
#include <logrecorder.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Banter::ChatLog;
using Banter::ChatModel;
using Banter::LogRecorder;

class tst_LogRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesEveryNewRowAsSaveLogWould();
    void rotatesBySizeKeepingTheNewestFiles();
    void recordsTheRowsAfterTheLogDroppedItsOldest();
    void aFileThatCannotBeWrittenIsSaidInWords();

private:
    static QStringList texts(const QString &path);
};

QStringList tst_LogRecorder::texts(const QString &path)
{
    QStringList result;
    const ChatLog::ReadResult read = ChatLog::load(path);
    if (!read.isOk())
        return {read.errorString};
    for (const ChatModel::Entry &entry : read.entries)
        result.append(entry.text);
    return result;
}

void tst_LogRecorder::writesEveryNewRowAsSaveLogWould()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("capture.ndjson"));
    ChatModel model;
    model.appendStatus(QStringLiteral("before"));
    model.flush();
    LogRecorder recorder(&model);
    QCOMPARE(recorder.start(path), QString());
    QVERIFY(recorder.isRecording());
    model.appendText(ChatModel::Kind::Sent, QStringLiteral("hello"));
    model.appendBinary(ChatModel::Kind::Received, QByteArray("\x00\x01", 2));
    model.flush();
    model.appendStatus(QStringLiteral("socket closed"));
    model.flush();
    recorder.stop();
    model.appendStatus(QStringLiteral("after"));
    model.flush();

    const ChatLog::ReadResult read = ChatLog::load(path);
    QVERIFY2(read.isOk(), qPrintable(read.errorString));
    QCOMPARE(read.entries.size(), size_t(3));
    QCOMPARE(read.entries.at(0).text, QStringLiteral("hello"));
    QCOMPARE(read.entries.at(1).bytes, QByteArray("\x00\x01", 2));
    QCOMPARE(read.entries.at(2).kind, ChatModel::Kind::Status);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ChatLog::toNdjson(model.entry(1)) + ChatLog::toNdjson(model.entry(2)) +
                                 ChatLog::toNdjson(model.entry(3)));
}

void tst_LogRecorder::rotatesBySizeKeepingTheNewestFiles()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("capture.ndjson"));
    ChatModel model;
    LogRecorder recorder(&model);
    // About two rows a file, three files.
    QCOMPARE(recorder.start(path, 150, 3), QString());
    for (int i = 0; i < 10; ++i) {
        model.appendText(ChatModel::Kind::Received, QStringLiteral("message %1").arg(i));
        model.flush();
    }
    recorder.stop();
    const QStringList newest = texts(path);
    const QStringList older = texts(path + QStringLiteral(".1"));
    const QStringList oldest = texts(path + QStringLiteral(".2"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
    QVERIFY(!older.isEmpty());
    QVERIFY(!oldest.isEmpty());
    // Newest last, without gaps.
    const QStringList all = oldest + older + newest;
    QCOMPARE(all.last(), QStringLiteral("message 9"));
    for (int i = 1; i < all.size(); ++i) {
        QCOMPARE(all.at(i), QStringLiteral("message %1").arg(10 - all.size() + i));
    }
}

void tst_LogRecorder::recordsTheRowsAfterTheLogDroppedItsOldest()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("capture.ndjson"));
    ChatModel model;
    ChatModel::Retention retention;
    retention.maxRows = 10;
    model.setRetention(retention);
    LogRecorder recorder(&model);
    QCOMPARE(recorder.start(path), QString());
    for (int i = 0; i < 30; ++i) {
        model.appendText(ChatModel::Kind::Received, QString::number(i));
        model.flush();
    }
    QVERIFY(model.droppedCount() > 0);
    QStringList expected;
    for (int i = 0; i < 30; ++i)
        expected.append(QString::number(i));
    QCOMPARE(texts(path), expected);
}

void tst_LogRecorder::aFileThatCannotBeWrittenIsSaidInWords()
{
    QTemporaryDir folder;
    ChatModel model;
    LogRecorder recorder(&model);
    const QString error = recorder.start(folder.filePath(QStringLiteral("no/such/folder.ndjson")));
    QVERIFY2(error.startsWith(QStringLiteral("cannot record the log to ")), qPrintable(error));
    QVERIFY(!recorder.isRecording());
}

QTEST_GUILESS_MAIN(tst_LogRecorder)
#include "tst_logrecorder.moc"
