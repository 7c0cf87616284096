// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <chatfiltermodel.h>
#include <chatmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Banter;
using Kind = ChatModel::Kind;

namespace {

const QList<Kind> allKinds = {Kind::Sent, Kind::Received, Kind::Status};

// The source rows the filter shows.
QList<int> shownRows(const ChatFilterModel &filter)
{
    QList<int> rows;
    for (int row = 0; row < filter.rowCount(); ++row)
        rows.append(filter.mapToSource(filter.index(row, 0)).row());
    return rows;
}

} // namespace

// The log's filter model: matching by text, regular expression and JSON field, a long log read
// in slices (progress, cancel), rows that arrive and rows the log drops, checked by
// QAbstractItemModelTester throughout.
class tst_ChatFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void matchesByTextKindAndExpression();
    void matchesByJsonField();
    void explainsABrokenCondition();
    void readsALongLogInSlices();
    void cancelStopsTheReading();
    void matchesRowsAsTheyArrive();
    void followsRowsDroppedAtTheFront();
    void startsOverWhenTheLogIsCleared();

private:
    std::unique_ptr<ChatModel> m_model;
    std::unique_ptr<ChatFilterModel> m_filter;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ChatFilterModel::init()
{
    m_model = std::make_unique<ChatModel>();
    m_filter = std::make_unique<ChatFilterModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter->setSourceModel(m_model.get());
}

void tst_ChatFilterModel::cleanup()
{
    m_tester.reset();
    m_filter.reset();
    m_model.reset();
}

void tst_ChatFilterModel::matchesByTextKindAndExpression()
{
    m_model->appendStatus(QStringLiteral("socket open"));
    m_model->appendText(Kind::Received, QStringLiteral("Welcome to Awesome Chat"));
    m_model->appendText(Kind::Sent, QStringLiteral("hello"));
    m_model->appendText(Kind::Received, QStringLiteral("hello"));
    m_model->flush();
    m_filter->setFilter(QStringLiteral("HELLO"), ChatFilterModel::Syntax::PlainText, allKinds);
    QVERIFY(m_filter->isActive());
    QCOMPARE(shownRows(*m_filter), QList<int>({2, 3}));
    m_filter->setFilter(QStringLiteral("HELLO"), ChatFilterModel::Syntax::PlainText,
                        {Kind::Received});
    QCOMPARE(shownRows(*m_filter), QList<int>({3}));
    m_filter->setFilter(QStringLiteral("^(socket|Wel)"), ChatFilterModel::Syntax::RegularExpression,
                        allKinds);
    QCOMPARE(shownRows(*m_filter), QList<int>({0, 1}));
    m_filter->setFilter(QStringLiteral("  "), ChatFilterModel::Syntax::PlainText, allKinds);
    QVERIFY(!m_filter->isActive());
    QCOMPARE(m_filter->rowCount(), 4);
}

void tst_ChatFilterModel::matchesByJsonField()
{
    m_model->appendStatus(QStringLiteral("{\"type\":\"trade\"}")); // a status line: no fields
    m_model->appendText(Kind::Received, QStringLiteral("{\"type\":\"trade\",\"price\":101}"));
    m_model->appendText(Kind::Received, QStringLiteral("{\"type\":\"quote\",\"price\":99}"));
    m_model->appendText(Kind::Sent, QStringLiteral("{\"type\":\"trade\",\"price\":5}"));
    m_model->appendText(Kind::Received, QStringLiteral("type == trade, not JSON"));
    m_model->appendBinary(Kind::Received, QByteArrayLiteral("{\"type\":\"trade\"}"));
    m_model->appendText(Kind::Received, QStringLiteral("{\"error\":{\"code\":4}}"));
    m_model->flush();
    const auto field = [this](const QString &condition, const QList<Kind> &kinds = allKinds) {
        m_filter->setFilter(condition, ChatFilterModel::Syntax::Field, kinds);
        return shownRows(*m_filter);
    };
    QCOMPARE(field(QStringLiteral("$.type == \"trade\"")), QList<int>({1, 3}));
    QCOMPARE(field(QStringLiteral("$.type == \"trade\""), {Kind::Received}), QList<int>({1}));
    QCOMPARE(field(QStringLiteral("$.price > 100 or exists($.error)")), QList<int>({1, 6}));
    QCOMPARE(field(QStringLiteral("$.type ~ /^q/")), QList<int>({2}));
    // A message without the field is no trade: != takes it, not JSON never matches.
    QCOMPARE(field(QStringLiteral("$.type != \"trade\"")), QList<int>({2, 6}));
    QVERIFY(m_filter->errorString().isEmpty());
}

void tst_ChatFilterModel::explainsABrokenCondition()
{
    m_model->appendText(Kind::Received, QStringLiteral("{\"a\":1}"));
    m_model->flush();
    m_filter->setFilter(QStringLiteral("$.a =="), ChatFilterModel::Syntax::Field, allKinds);
    QVERIFY(!m_filter->isActive()); // nothing hidden by a condition that means nothing
    QVERIFY2(m_filter->errorString().startsWith(QLatin1String("Not a field condition: ")),
             qPrintable(m_filter->errorString()));
    QVERIFY2(m_filter->errorString().contains(QLatin1String("character 7")),
             qPrintable(m_filter->errorString()));
    m_filter->setFilter(QStringLiteral("$.a == 1"), ChatFilterModel::Syntax::Field, allKinds);
    QVERIFY(m_filter->errorString().isEmpty());
    QCOMPARE(m_filter->rowCount(), 1);
}

void tst_ChatFilterModel::readsALongLogInSlices()
{
    constexpr int rows = 300000;
    for (int i = 0; i < rows; ++i)
        m_model->appendText(Kind::Received, QStringLiteral("{\"i\":%1}").arg(i));
    m_model->flush();
    QSignalSpy progress(m_filter.get(), &ChatFilterModel::progressChanged);
    QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
    m_filter->setFilter(QStringLiteral("$.i >= 299990 or $.i < 10"), ChatFilterModel::Syntax::Field,
                        allKinds);
    // Not all at once: the first slice stopped after its few milliseconds.
    QVERIFY(m_filter->isScanning());
    QVERIFY(m_filter->scannedRows() < rows);
    QTRY_VERIFY_WITH_TIMEOUT(!m_filter->isScanning(), 60000);
    QCOMPARE(m_filter->scannedRows(), rows);
    QCOMPARE(m_filter->rowCount(), 20);
    QCOMPARE(shownRows(*m_filter).last(), rows - 1);
    QVERIFY2(progress.size() > 2, qPrintable(QString::number(progress.size())));
    QVERIFY2(inserted.size() >= 2, qPrintable(QString::number(inserted.size())));
}

void tst_ChatFilterModel::cancelStopsTheReading()
{
    for (int i = 0; i < 300000; ++i)
        m_model->appendText(Kind::Received, QStringLiteral("{\"i\":%1}").arg(i));
    m_model->flush();
    m_filter->setFilter(QStringLiteral("exists($.i)"), ChatFilterModel::Syntax::Field, allKinds);
    QVERIFY(m_filter->isScanning());
    m_filter->cancel();
    QVERIFY(m_filter->isCancelled());
    QVERIFY(!m_filter->isScanning());
    const int scanned = m_filter->scannedRows();
    const int shown = m_filter->rowCount();
    QCOMPARE(shown, scanned); // every row read so far matched, and stays shown
    QTest::qWait(50);
    QCOMPARE(m_filter->scannedRows(), scanned);
    m_model->appendText(Kind::Received, QStringLiteral("{\"i\":-1}"));
    m_model->flush();
    QCOMPARE(m_filter->rowCount(), shown); // stopped means stopped, new rows too
    // A changed filter reads again from the start.
    m_filter->setFilter(QStringLiteral("$.i < 5"), ChatFilterModel::Syntax::Field, allKinds);
    QVERIFY(!m_filter->isCancelled());
    m_filter->finishScan();
    QCOMPARE(m_filter->rowCount(), 6);
}

void tst_ChatFilterModel::matchesRowsAsTheyArrive()
{
    m_filter->setFilter(QStringLiteral("$.ok == true"), ChatFilterModel::Syntax::Field, allKinds);
    QCOMPARE(m_filter->rowCount(), 0);
    QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
    m_model->appendText(Kind::Received, QStringLiteral("{\"ok\":true}"));
    m_model->appendText(Kind::Received, QStringLiteral("{\"ok\":false}"));
    m_model->appendText(Kind::Received, QStringLiteral("{\"ok\":true}"));
    m_model->flush();
    QCOMPARE(shownRows(*m_filter), QList<int>({0, 2})); // at once: a few rows
    QCOMPARE(m_filter->arrivedCount(0, 1), 2);          // arrived after the filter was set
    // A burst is read in slices like the log.
    for (int i = 0; i < 200000; ++i)
        m_model->appendText(
            Kind::Received,
            QStringLiteral("{\"ok\":%1}").arg(QLatin1String(i % 2 ? "true" : "false")));
    m_model->flush();
    QTRY_VERIFY_WITH_TIMEOUT(!m_filter->isScanning(), 60000);
    QCOMPARE(m_filter->rowCount(), 2 + 100000);
    QCOMPARE(m_filter->arrivedCount(0, m_filter->rowCount() - 1), m_filter->rowCount());
}

void tst_ChatFilterModel::followsRowsDroppedAtTheFront()
{
    m_model->setRetention({100, qint64(512) * 1024 * 1024});
    for (int i = 0; i < 100; ++i)
        m_model->appendText(Kind::Received, QStringLiteral("{\"i\":%1}").arg(i));
    m_model->flush();
    m_filter->setFilter(QStringLiteral("$.i >= 5 and $.i < 15"), ChatFilterModel::Syntax::Field,
                        allKinds);
    m_filter->finishScan();
    QCOMPARE(m_filter->rowCount(), 10);
    QCOMPARE(m_filter->arrivedCount(0, 9), 0); // found in the log: no news
    // Over the limit: the oldest 11 go (a tenth more than needed), a header row comes first.
    m_model->appendText(Kind::Received, QStringLiteral("{\"i\":100}"));
    m_model->flush();
    QVERIFY(m_model->droppedCount() > 0);
    QStringList shown;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown << m_filter->index(row, 0).data(ChatModel::PayloadRole).toString();
    const int firstKept = int(m_model->droppedCount());
    QStringList expected;
    for (int i = std::max(5, firstKept); i < 15; ++i)
        expected << QStringLiteral("{\"i\":%1}").arg(i);
    QCOMPARE(shown, expected);
}

void tst_ChatFilterModel::startsOverWhenTheLogIsCleared()
{
    m_model->appendText(Kind::Received, QStringLiteral("{\"a\":1}"));
    m_model->flush();
    m_filter->setFilter(QStringLiteral("$.a == 1"), ChatFilterModel::Syntax::Field, allKinds);
    QCOMPARE(m_filter->rowCount(), 1);
    m_model->clear();
    QCOMPARE(m_filter->rowCount(), 0);
    m_model->appendText(Kind::Received, QStringLiteral("{\"a\":1}"));
    m_model->flush();
    QCOMPARE(m_filter->rowCount(), 1);
}

QTEST_MAIN(tst_ChatFilterModel)
#include "tst_chatfiltermodel.moc"
