// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <serverhost.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Banter;
using Kind = ChatModel::Kind;

namespace {

// What a row is, all of it, for comparing logs.
QString describe(const ChatModel::Entry &entry)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(entry.msecsSinceEpoch)
        .arg(int(entry.kind))
        .arg(int(entry.delivery))
        .arg(entry.isBinary ? QStringLiteral("B:") + QString::fromLatin1(entry.bytes.toHex())
                            : QStringLiteral("T:") + entry.text);
}

} // namespace

// Keeping the log: save it (text or NDJSON), open a saved one again, clear it; and what the user
// is told when a file cannot be used.
class tst_LogFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void savedLogOpensAgainWithTextUnicodeAndBinaryRows();
    void textLogIsForReading();
    void openingAMalformedLogSaysWhyAndKeepsTheLog();
    void openingAHugeFileSaysSoAndKeepsTheLog();
    void savingWhereNothingCanBeWrittenSaysWhy();
    void clearingTheLogKeepsUnsentMessagesWaiting();
    void recordToFileWritesEveryNewRowUntilStopped();

private:
    QStringList describeLog() const;
    // Triggers the action and answers its file dialog with path.
    void chooseFile(const char *action, const char *dialog, const QString &path);

    WindowFixture m_fixture;
    QTemporaryDir m_folder;
};

void tst_LogFiles::initTestCase()
{
    WindowFixture::useTestSettings();
    QVERIFY(m_folder.isValid());
}

void tst_LogFiles::init()
{
    m_fixture.create();
}

void tst_LogFiles::cleanup()
{
    m_fixture.destroy();
}

QStringList tst_LogFiles::describeLog() const
{
    ChatModel *model = m_fixture.window()->model();
    model->flush();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(describe(model->entry(row)));
    return rows;
}

void tst_LogFiles::chooseFile(const char *action, const char *dialogName, const QString &path)
{
    m_fixture.find<QAction>(action)->trigger();
    auto *dialog = m_fixture.find<QFileDialog>(dialogName);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // as the dialog's own button does
    QTRY_VERIFY(!m_fixture.find<QFileDialog>(dialogName));
}

void tst_LogFiles::savedLogOpensAgainWithTextUnicodeAndBinaryRows()
{
    m_fixture.startAndConnect();
    QTRY_COMPARE(m_fixture.lines().size(), 2);
    m_fixture.typeAndSend(QStringLiteral("hello"));
    auto *edit = m_fixture.find<QPlainTextEdit>("messageEdit");
    edit->setPlainText(QStringLiteral("Grüße 😀 你好 שלום\n\"zweite\" Zeile\t\\"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::mouseClick(m_fixture.find<QToolButton>("hexModeButton"), Qt::LeftButton);
    m_fixture.typeAndSend(QStringLiteral("00 01 02 ff fe 0a 0d"));
    QTRY_COMPARE(m_fixture.lines().size(), 8);
    QTRY_COMPARE(m_fixture.lines().last(),
                 QStringLiteral("< <binary, 7 bytes> 00 01 02 ff fe 0a 0d"));
    const QStringList before = describeLog();

    const QString path = m_folder.filePath(QStringLiteral("roundtrip.ndjson"));
    chooseFile("saveLogAction", "saveLogDialog", path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 8);
    QVERIFY2(m_fixture.window()->statusBar()->currentMessage().startsWith(
                 QStringLiteral("Saved 8 rows to ")),
             qPrintable(m_fixture.window()->statusBar()->currentMessage()));

    m_fixture.find<QAction>("clearAction")->trigger();
    QCOMPARE(m_fixture.window()->model()->rowCount(), 0);
    chooseFile("openLogAction", "openLogDialog", path);
    QCOMPARE(describeLog(), before);
    QVERIFY(
        m_fixture.lines().contains(QStringLiteral("< Grüße 😀 你好 שלום\n\"zweite\" Zeile\t\\")));
    QVERIFY(m_fixture.window()->statusBar()->currentMessage().startsWith(
        QStringLiteral("Opened 8 rows from ")));

    // The log goes on after what was opened.
    m_fixture.typeAndSend(QStringLiteral("ff"));
    QTRY_COMPARE(m_fixture.lines().last(), QStringLiteral("< <binary, 1 byte> ff"));
    QCOMPARE(describeLog().mid(0, 8), before);
}

void tst_LogFiles::textLogIsForReading()
{
    ChatModel *model = m_fixture.window()->model();
    model->appendStatus(QStringLiteral("socket open"));
    model->appendText(Kind::Received, QStringLiteral("two\nlines"));
    model->appendBinary(Kind::Received, QByteArray(40, '\x01'));
    const QString path = m_folder.filePath(QStringLiteral("log.txt"));
    chooseFile("saveLogAction", "saveLogDialog", path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).endsWith(QLatin1String(" # socket open")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(QLatin1String(" < two")), qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2).trimmed(), QStringLiteral("lines"));
    QVERIFY(lines.at(3).endsWith(QStringLiteral("<binary, 40 bytes> ") +
                                 QString::fromLatin1(QByteArray(40, '\x01').toHex(' '))));
}

void tst_LogFiles::openingAMalformedLogSaysWhyAndKeepsTheLog()
{
    m_fixture.window()->model()->appendText(Kind::Received, QStringLiteral("keep me"));
    const QString path = m_folder.filePath(QStringLiteral("broken.ndjson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"time":"2026-01-31T12:00:00Z","direction":"sent","kind":"text","text":"ok"})"
               "\n{\"time\": oops}\n");
    file.close();

    QVERIFY(!m_fixture.window()->openLog(path));
    const QStringList lines = m_fixture.lines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("< keep me"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("# cannot open the log ") + path +
                                    QStringLiteral(": line 2: not JSON: ")),
             qPrintable(lines.at(1)));
    QCOMPARE(m_fixture.window()->statusBar()->currentMessage(), lines.at(1).mid(2));

    QVERIFY(!m_fixture.window()->openLog(m_folder.filePath(QStringLiteral("missing.ndjson"))));
    QVERIFY2(m_fixture.lines().last().contains(QLatin1String("missing.ndjson: No such file")),
             qPrintable(m_fixture.lines().last()));
}

void tst_LogFiles::openingAHugeFileSaysSoAndKeepsTheLog()
{
    m_fixture.window()->model()->appendText(Kind::Received, QStringLiteral("keep me"));
    const QString path = m_folder.filePath(QStringLiteral("huge.ndjson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(300) * 1024 * 1024)); // sparse: takes no room
    file.close();
    QVERIFY(!m_fixture.window()->openLog(path));
    QCOMPARE(m_fixture.lines().first(), QStringLiteral("< keep me"));
    QCOMPARE(m_fixture.lines().last(),
             QStringLiteral("# cannot open the log %1: it is larger than 256.0 MiB, the most "
                            "Banter opens")
                 .arg(path));
}

void tst_LogFiles::savingWhereNothingCanBeWrittenSaysWhy()
{
    m_fixture.window()->model()->appendText(Kind::Received, QStringLiteral("keep me"));
    const QString path = m_folder.filePath(QStringLiteral("no/such/folder/log.ndjson"));
    QVERIFY(!m_fixture.window()->saveLog(path, ChatLog::Format::Ndjson));
    QVERIFY2(m_fixture.lines().last().startsWith(QStringLiteral("# cannot save the log to ") +
                                                 path + QStringLiteral(": ")),
             qPrintable(m_fixture.lines().last()));
    QCOMPARE(m_fixture.lines().first(), QStringLiteral("< keep me"));
}

void tst_LogFiles::recordToFileWritesEveryNewRowUntilStopped()
{
    auto *model = m_fixture.window()->model();
    model->appendText(Kind::Received, QStringLiteral("before"));
    const QString path = m_folder.filePath(QStringLiteral("recording.ndjson"));
    chooseFile("recordLogAction", "recordLogDialog", path);
    auto *record = m_fixture.find<QAction>("recordLogAction");
    QVERIFY(record->isChecked());
    model->appendText(Kind::Received, QStringLiteral("during"));
    model->flush();
    record->trigger(); // unchecks: stops
    QVERIFY(!record->isChecked());
    model->appendText(Kind::Received, QStringLiteral("after"));
    model->flush();

    const ChatLog::ReadResult read = ChatLog::load(path);
    QVERIFY2(read.isOk(), qPrintable(read.errorString));
    QStringList texts;
    for (const ChatModel::Entry &entry : read.entries)
        texts.append(entry.text);
    const QString name = QDir::toNativeSeparators(path);
    QCOMPARE(texts,
             (QStringList{QStringLiteral("recording the log to ") + name, QStringLiteral("during"),
                          QStringLiteral("recording to %1 stopped").arg(name)}));
}

void tst_LogFiles::clearingTheLogKeepsUnsentMessagesWaiting()
{
    MainWindow *window = m_fixture.window();
    QVERIFY(window->server()->start(QUrl(QStringLiteral("ws://localhost:0"))));
    const QUrl url = window->server()->url();
    window->server()->stop();
    m_fixture.setReconnectDelay(std::chrono::hours(1)); // only Reconnect Now brings it back
    window->connectTo(url);
    QTRY_VERIFY(window->session()->isReconnectPending());
    m_fixture.typeAndSend(QStringLiteral("wait for me"));
    QTRY_VERIFY(m_fixture.lines().contains(QStringLiteral("> wait for me")));

    m_fixture.find<QAction>("clearAction")->trigger();
    QCOMPARE(window->model()->rowCount(), 0);
    QCOMPARE(window->session()->outboxCount(), 1);
    // New rows where the cleared ones were: the message's delivery must not mark any of them.
    for (int i = 0; i < 10; ++i)
        window->model()->appendText(Kind::Sent, QStringLiteral("other"),
                                    ChatModel::Delivery::Pending);

    QVERIFY(window->server()->start(url));
    m_fixture.find<QAction>("reconnectAction")->trigger();
    QTRY_VERIFY(m_fixture.lines().contains(QStringLiteral("< wait for me")));
    QTRY_COMPARE(window->session()->outboxCount(), 0);
    for (int row = 0; row < 10; ++row) {
        QCOMPARE(window->model()->entry(row).delivery, ChatModel::Delivery::Pending);
    }
}

QTEST_MAIN(tst_LogFiles)
#include "tst_logfiles.moc"
