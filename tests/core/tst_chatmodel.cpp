// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <chatmodel.h>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Banter::ChatModel;
using Kind = Banter::ChatModel::Kind;
using Delivery = Banter::ChatModel::Delivery;

class tst_ChatModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void clearKeepingMemoryEmptiesTheLog();
    void appendsOfOneTurnAreInsertedTogether_data();
    void appendsOfOneTurnAreInsertedTogether();
    void appendsOfALaterTurnFollowTheExistingRows();
    void appendReturnsTheRowTheEntryWillHave();
    void flushInsertsPendingEntriesAtOnce();
    void flushWithNothingPendingEmitsNothing();

    void rolesDescribeTheEntry_data();
    void rolesDescribeTheEntry();
    void deliveryRoleKeepsTheAppendedState_data();
    void deliveryRoleKeepsTheAppendedState();
    void timeRoleIsWhenTheEntryWasAppended();
    void roleNamesNameEveryRole();
    void prefixMarksTheKind_data();
    void prefixMarksTheKind();

    void binaryPreviewShowsSizeAndHexBytes_data();
    void binaryPreviewShowsSizeAndHexBytes();
    void binaryRowShowsAShortenedPreview();

    void setDeliveryOnAnInsertedRowEmitsDataChanged();
    void setDeliveryOnAPendingRowEmitsNothing();
    void setDeliveryToTheSameStateEmitsNothing();
    void setDeliveryOnRowsBothInsertedAndPending();
    void setDeliveryOutOfRangeIsIgnored_data();
    void setDeliveryOutOfRangeIsIgnored();

    void clearRemovesInsertedAndPendingEntries();

    void repeatedStatusLineIsFoldedIntoItsRow();
    void oldestRowsAreDroppedBeyondTheRowLimit();
    void oldestRowsAreDroppedBeyondTheByteLimit();
    void roomOffsetStaysWithItsRow();
    void displayLineIsOneLineWhateverTheSeparator_data();
    void displayLineIsOneLineWhateverTheSeparator();
    void isolatedTextCannotEscapeItsIsolate_data();
    void isolatedTextCannotEscapeItsIsolate();

private:
    std::unique_ptr<ChatModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ChatModel::init()
{
    m_model = std::make_unique<ChatModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ChatModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_ChatModel::appendsOfOneTurnAreInsertedTogether_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("one") << 1;
    QTest::newRow("three") << 3;
    QTest::newRow("ten thousand") << 10000;
}

void tst_ChatModel::appendsOfOneTurnAreInsertedTogether()
{
    QFETCH(int, count);
    QSignalSpy aboutToInsert(m_model.get(), &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    for (int i = 0; i < count; ++i)
        m_model->appendText(Kind::Received, QString::number(i));

    // Nothing is inserted before control returns to the event loop.
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->pendingCount(), count);
    QCOMPARE(inserted.count(), 0);

    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(aboutToInsert.count(), 1);
    const QList<QVariant> arguments = inserted.takeFirst();
    QCOMPARE(arguments.at(0).value<QModelIndex>(), QModelIndex());
    QCOMPARE(arguments.at(1).toInt(), 0);
    QCOMPARE(arguments.at(2).toInt(), count - 1);
    QCOMPARE(m_model->rowCount(), count);
    QCOMPARE(m_model->pendingCount(), 0);
    QCOMPARE(m_model->index(count - 1).data().toString(), QString::number(count - 1));

    // No second insert follows on a later turn.
    QCoreApplication::processEvents();
    QCOMPARE(inserted.count(), 0);
}

void tst_ChatModel::appendsOfALaterTurnFollowTheExistingRows()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->appendText(Kind::Sent, QStringLiteral("a"));
    m_model->appendText(Kind::Sent, QStringLiteral("b"));
    QTRY_COMPARE(inserted.count(), 1);

    m_model->appendText(Kind::Received, QStringLiteral("c"));
    m_model->appendStatus(QStringLiteral("d"));
    m_model->appendBinary(Kind::Received, QByteArray("e"));
    QTRY_COMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);

    QCOMPARE(m_model->rowCount(), 5);
    QStringList lines;
    for (int row = 0; row < m_model->rowCount(); ++row)
        lines.append(m_model->index(row).data(ChatModel::PayloadRole).toString());
    QCOMPARE(lines, QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d"), QStringLiteral("e")}));
}

void tst_ChatModel::appendReturnsTheRowTheEntryWillHave()
{
    QCOMPARE(m_model->appendText(Kind::Sent, QStringLiteral("zero")), 0);
    QCOMPARE(m_model->appendBinary(Kind::Received, QByteArray("one")), 1);
    QCOMPARE(m_model->appendStatus(QStringLiteral("two")), 2);
    m_model->flush();
    QCOMPARE(m_model->appendText(Kind::Received, QStringLiteral("three")), 3);
    m_model->flush();

    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("zero"));
    QCOMPARE(m_model->index(1).data(ChatModel::PayloadRole).toByteArray(), QByteArray("one"));
    QCOMPARE(m_model->index(2).data().toString(), QStringLiteral("two"));
    QCOMPARE(m_model->index(3).data().toString(), QStringLiteral("three"));
}

void tst_ChatModel::flushInsertsPendingEntriesAtOnce()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 5; ++i)
        m_model->appendText(Kind::Sent, QString::number(i));

    m_model->flush();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->pendingCount(), 0);

    // The flush that was queued for the end of the turn finds nothing left to do.
    QCoreApplication::processEvents();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
}

void tst_ChatModel::flushWithNothingPendingEmitsNothing()
{
    QSignalSpy aboutToInsert(m_model.get(), &QAbstractItemModel::rowsAboutToBeInserted);
    m_model->flush();
    QCOMPARE(aboutToInsert.count(), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_ChatModel::rolesDescribeTheEntry_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("isBinary");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("display");

    QTest::newRow("sent text") << Kind::Sent << false << QStringLiteral("hello") << QByteArray()
                               << QStringLiteral(">") << QStringLiteral("hello");
    QTest::newRow("received text")
        << Kind::Received << false << QStringLiteral("Welcome to Awesome Chat") << QByteArray()
        << QStringLiteral("<") << QStringLiteral("Welcome to Awesome Chat");
    QTest::newRow("status") << Kind::Status << false << QStringLiteral("socket open")
                            << QByteArray() << QStringLiteral("#") << QStringLiteral("socket open");
    QTest::newRow("empty text") << Kind::Received << false << QString() << QByteArray()
                                << QStringLiteral("<") << QString();
    QTest::newRow("unicode text") << Kind::Received << false << QStringLiteral("שלום 😀 你好")
                                  << QByteArray() << QStringLiteral("<")
                                  << QStringLiteral("שלום 😀 你好");
    QTest::newRow("received binary")
        << Kind::Received << true << QString() << QByteArray::fromHex("000102fffe0a0d")
        << QStringLiteral("<") << QStringLiteral("<binary, 7 bytes> 00 01 02 ff fe 0a 0d");
    QTest::newRow("sent binary") << Kind::Sent << true << QString() << QByteArray("A")
                                 << QStringLiteral(">") << QStringLiteral("<binary, 1 byte> 41");
    QTest::newRow("empty binary") << Kind::Received << true << QString() << QByteArray()
                                  << QStringLiteral("<") << QStringLiteral("<binary, 0 bytes>");
}

void tst_ChatModel::rolesDescribeTheEntry()
{
    QFETCH(Kind, kind);
    QFETCH(bool, isBinary);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, prefix);
    QFETCH(QString, display);

    const int row = isBinary ? m_model->appendBinary(kind, bytes) : m_model->appendText(kind, text);
    m_model->flush();
    const QModelIndex index = m_model->index(row);
    QVERIFY(index.isValid());

    QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
    QCOMPARE(index.data(ChatModel::PrefixRole).toString(), prefix);
    QCOMPARE(index.data(ChatModel::LineRole).toString(), prefix + QLatin1Char(' ') + display);
    QCOMPARE(index.data(ChatModel::KindRole).value<Kind>(), kind);
    QCOMPARE(index.data(ChatModel::IsBinaryRole).toBool(), isBinary);
    QCOMPARE(index.data(ChatModel::DeliveryRole).value<Delivery>(), Delivery::None);

    const QVariant payload = index.data(ChatModel::PayloadRole);
    if (isBinary) {
        QCOMPARE(payload.metaType(), QMetaType::fromType<QByteArray>());
        QCOMPARE(payload.toByteArray(), bytes);
    } else {
        QCOMPARE(payload.metaType(), QMetaType::fromType<QString>());
        QCOMPARE(payload.toString(), text);
    }
    QVERIFY(!index.data(Qt::DecorationRole).isValid());
}

void tst_ChatModel::deliveryRoleKeepsTheAppendedState_data()
{
    QTest::addColumn<Delivery>("delivery");
    QTest::newRow("none") << Delivery::None;
    QTest::newRow("pending") << Delivery::Pending;
    QTest::newRow("delivered") << Delivery::Delivered;
}

void tst_ChatModel::deliveryRoleKeepsTheAppendedState()
{
    QFETCH(Delivery, delivery);
    const int textRow = m_model->appendText(Kind::Sent, QStringLiteral("hi"), delivery);
    const int binaryRow = m_model->appendBinary(Kind::Sent, QByteArray("\x01", 1), delivery);
    m_model->flush();
    QCOMPARE(m_model->index(textRow).data(ChatModel::DeliveryRole).value<Delivery>(), delivery);
    QCOMPARE(m_model->index(binaryRow).data(ChatModel::DeliveryRole).value<Delivery>(), delivery);
}

void tst_ChatModel::timeRoleIsWhenTheEntryWasAppended()
{
    const QDateTime before = QDateTime::currentDateTime();
    const int row = m_model->appendText(Kind::Received, QStringLiteral("now"));
    const QDateTime after = QDateTime::currentDateTime();
    m_model->flush();

    const QVariant time = m_model->index(row).data(ChatModel::TimeRole);
    QCOMPARE(time.metaType(), QMetaType::fromType<QDateTime>());
    const QDateTime appended = time.toDateTime();
    QVERIFY2(appended >= before && appended <= after,
             qPrintable(appended.toString(Qt::ISODateWithMs)));
    QCOMPARE(appended.timeSpec(), Qt::LocalTime);
}

void tst_ChatModel::roleNamesNameEveryRole()
{
    const QHash<int, QByteArray> names = m_model->roleNames();
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
    QCOMPARE(names.value(ChatModel::KindRole), QByteArray("kind"));
    QCOMPARE(names.value(ChatModel::PrefixRole), QByteArray("prefix"));
    QCOMPARE(names.value(ChatModel::TimeRole), QByteArray("time"));
    QCOMPARE(names.value(ChatModel::DeliveryRole), QByteArray("delivery"));
    QCOMPARE(names.value(ChatModel::IsBinaryRole), QByteArray("isBinary"));
    QCOMPARE(names.value(ChatModel::PayloadRole), QByteArray("payload"));
    QCOMPARE(names.value(ChatModel::LineRole), QByteArray("line"));
    QCOMPARE(names.value(ChatModel::IsHistoryRole), QByteArray("isHistory"));
    QCOMPARE(names.value(ChatModel::RoomOffsetRole), QByteArray("roomOffset"));
}

void tst_ChatModel::prefixMarksTheKind_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("sent") << Kind::Sent << QStringLiteral(">");
    QTest::newRow("received") << Kind::Received << QStringLiteral("<");
    QTest::newRow("status") << Kind::Status << QStringLiteral("#");
}

void tst_ChatModel::prefixMarksTheKind()
{
    QFETCH(Kind, kind);
    QFETCH(QString, prefix);
    QCOMPARE(ChatModel::prefix(kind), prefix);
}

void tst_ChatModel::binaryPreviewShowsSizeAndHexBytes_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("preview");

    const QByteArray seven = QByteArray::fromHex("000102fffe0a0d");
    QTest::newRow("seven bytes") << seven << 32
                                 << QStringLiteral("<binary, 7 bytes> 00 01 02 ff fe 0a 0d");
    QTest::newRow("one byte") << QByteArray(1, '\0') << 32 << QStringLiteral("<binary, 1 byte> 00");
    QTest::newRow("empty") << QByteArray() << 32 << QStringLiteral("<binary, 0 bytes>");
    QTest::newRow("exactly the limit")
        << seven << 7 << QStringLiteral("<binary, 7 bytes> 00 01 02 ff fe 0a 0d");
    QTest::newRow("one over the limit")
        << seven << 6 << QStringLiteral("<binary, 7 bytes> 00 01 02 ff fe 0a …");
    QTest::newRow("far over the limit")
        << QByteArray(100000, '\x7f') << 2 << QStringLiteral("<binary, 100000 bytes> 7f 7f …");
}

void tst_ChatModel::binaryPreviewShowsSizeAndHexBytes()
{
    QFETCH(QByteArray, data);
    QFETCH(int, maxBytes);
    QFETCH(QString, preview);
    QCOMPARE(ChatModel::binaryPreview(data, maxBytes), preview);
}

void tst_ChatModel::binaryRowShowsAShortenedPreview()
{
    QByteArray data;
    for (int i = 0; i < 100; ++i)
        data.append(char(i));
    const int row = m_model->appendBinary(Kind::Received, data);
    m_model->flush();

    const QString display = m_model->index(row).data().toString();
    QVERIFY2(display.startsWith(QStringLiteral("<binary, 100 bytes> 00 01 02 ")),
             qPrintable(display));
    QVERIFY2(display.endsWith(QStringLiteral(" 1e 1f …")), qPrintable(display));
    QCOMPARE(display, ChatModel::binaryPreview(data));
    // The full payload is still there.
    QCOMPARE(m_model->index(row).data(ChatModel::PayloadRole).toByteArray(), data);
}

void tst_ChatModel::setDeliveryOnAnInsertedRowEmitsDataChanged()
{
    const int row = m_model->appendText(Kind::Sent, QStringLiteral("hi"), Delivery::Pending);
    m_model->flush();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->setDelivery(row, Delivery::Delivered);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_model->index(row));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), m_model->index(row));
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>({ChatModel::DeliveryRole}));
    QCOMPARE(m_model->index(row).data(ChatModel::DeliveryRole).value<Delivery>(),
             Delivery::Delivered);
}

void tst_ChatModel::setDeliveryOnAPendingRowEmitsNothing()
{
    const int row = m_model->appendText(Kind::Sent, QStringLiteral("hi"), Delivery::Pending);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->setDelivery(row, Delivery::Delivered);
    QCOMPARE(changed.count(), 0);

    // The change is kept for when the row is inserted.
    m_model->flush();
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->index(row).data(ChatModel::DeliveryRole).value<Delivery>(),
             Delivery::Delivered);
}

void tst_ChatModel::setDeliveryToTheSameStateEmitsNothing()
{
    const int row = m_model->appendText(Kind::Sent, QStringLiteral("hi"), Delivery::Delivered);
    m_model->flush();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setDelivery(row, Delivery::Delivered);
    QCOMPARE(changed.count(), 0);
}

void tst_ChatModel::setDeliveryOnRowsBothInsertedAndPending()
{
    for (int i = 0; i < 2; ++i)
        m_model->appendText(Kind::Sent, QString::number(i), Delivery::Pending);
    m_model->flush();
    for (int i = 2; i < 4; ++i)
        m_model->appendText(Kind::Sent, QString::number(i), Delivery::Pending);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->pendingCount(), 2);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->setDelivery(1, Delivery::Delivered);
    m_model->setDelivery(3, Delivery::Delivered);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);

    QTRY_COMPARE(m_model->rowCount(), 4);
    QCOMPARE(changed.count(), 1);
    QList<Delivery> states;
    for (int row = 0; row < 4; ++row)
        states.append(m_model->index(row).data(ChatModel::DeliveryRole).value<Delivery>());
    QCOMPARE(states, QList<Delivery>({Delivery::Pending, Delivery::Delivered, Delivery::Pending,
                                      Delivery::Delivered}));
}

void tst_ChatModel::setDeliveryOutOfRangeIsIgnored_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("negative") << -1;
    QTest::newRow("just past the pending rows") << 3;
    QTest::newRow("far past the end") << 1000000;
}

void tst_ChatModel::setDeliveryOutOfRangeIsIgnored()
{
    QFETCH(int, row);
    m_model->appendText(Kind::Sent, QStringLiteral("a"), Delivery::Pending);
    m_model->appendText(Kind::Sent, QStringLiteral("b"), Delivery::Pending);
    m_model->flush();
    m_model->appendText(Kind::Sent, QStringLiteral("c"), Delivery::Pending);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    m_model->setDelivery(row, Delivery::Delivered);
    m_model->flush();

    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    for (int r = 0; r < 3; ++r) {
        QCOMPARE(m_model->index(r).data(ChatModel::DeliveryRole).value<Delivery>(),
                 Delivery::Pending);
    }
}

void tst_ChatModel::clearRemovesInsertedAndPendingEntries()
{
    m_model->appendText(Kind::Received, QStringLiteral("inserted"));
    m_model->flush();
    m_model->appendText(Kind::Received, QStringLiteral("pending"));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    m_model->clear();

    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->pendingCount(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), 0);

    // The model is usable again, from row 0.
    QCOMPARE(m_model->appendStatus(QStringLiteral("again")), 0);
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(m_model->index(0).data(ChatModel::LineRole).toString(), QStringLiteral("# again"));
}

void tst_ChatModel::repeatedStatusLineIsFoldedIntoItsRow()
{
    const QString closed = QStringLiteral("socket closed (1000 bye)");
    m_model->appendStatus(closed);
    m_model->flush();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 36; ++i)
        QCOMPARE(m_model->appendStatus(closed), 0);
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(changed.size(), 36);
    QCOMPARE(m_model->repeatCount(0), 37);
    QCOMPARE(m_model->index(0).data(ChatModel::LineRole).toString(),
             QStringLiteral("# socket closed (1000 bye) ×37"));
    QCOMPARE(m_model->entry(0).text, QStringLiteral("socket closed (1000 bye) ×37"));

    // Another row between two equal lines: each has its own row.
    m_model->appendText(ChatModel::Kind::Received, closed);
    m_model->appendStatus(closed);
    m_model->appendStatus(QStringLiteral("socket open"));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->repeatCount(2), 1);

    m_model->clear();
    m_model->appendStatus(closed);
    m_model->flush();
    QCOMPARE(m_model->repeatCount(0), 1);
}

void tst_ChatModel::clearKeepingMemoryEmptiesTheLog()
{
    // As clear() does, without giving the memory back: banter-cli empties its log this way.
    for (int i = 0; i < 1000; ++i)
        m_model->appendText(ChatModel::Kind::Sent, QString(1000, QLatin1Char('x')));
    m_model->flush();
    QVERIFY(m_model->byteSize() >= 1000 * 1000);
    QSignalSpy reset(m_model.get(), &ChatModel::modelReset);
    m_model->clearKeepingMemory();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->byteSize(), 0);
    m_model->appendText(ChatModel::Kind::Received, QStringLiteral("after"));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->entry(0).text, QStringLiteral("after"));
}

void tst_ChatModel::oldestRowsAreDroppedBeyondTheRowLimit()
{
    ChatModel::Retention retention;
    retention.maxRows = 100;
    m_model->setRetention(retention);
    QSignalSpy dropped(m_model.get(), &ChatModel::oldRowsDropped);
    for (int i = 0; i < 100; ++i)
        m_model->appendText(ChatModel::Kind::Received, QString::number(i));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(dropped.size(), 0);

    // Over the limit: the excess and a tenth of the limit go, and the first row says so.
    for (int i = 100; i < 150; ++i)
        m_model->appendText(ChatModel::Kind::Received, QString::number(i));
    m_model->flush();
    QCOMPARE(m_model->droppedCount(), 60);
    QCOMPARE(m_model->rowCount(), 91);
    QCOMPARE(m_model->index(0).data(ChatModel::LineRole).toString(),
             QStringLiteral("# 60 older rows dropped (the log keeps 100 rows, 512 MiB)"));
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("60"));
    QCOMPARE(m_model->index(90).data().toString(), QStringLiteral("149"));
    QCOMPARE(m_model->entry(0).kind, ChatModel::Kind::Status);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).toInt(), 60); // rows 0 to 59 are gone
    QCOMPARE(dropped.at(0).at(1).toInt(), 59); // row 60 is row 1 now

    // Again: the first row counts every dropped row; appends return the rows they get.
    for (int i = 150; i < 170; ++i)
        QCOMPARE(m_model->appendText(ChatModel::Kind::Received, QString::number(i)), i - 59);
    m_model->flush();
    QCOMPARE(m_model->droppedCount(), 80);
    QCOMPARE(m_model->index(0).data().toString(),
             QStringLiteral("80 older rows dropped (the log keeps 100 rows, 512 MiB)"));
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("80"));
    QCOMPARE(dropped.at(1).at(0).toInt(), 21);
    QCOMPARE(dropped.at(1).at(1).toInt(), 20);

    m_model->clear();
    QCOMPARE(m_model->droppedCount(), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_ChatModel::roomOffsetStaysWithItsRow()
{
    ChatModel::Retention retention;
    retention.maxRows = 100;
    m_model->setRetention(retention);
    for (int i = 0; i < 100; ++i)
        m_model->appendText(ChatModel::Kind::Sent, QString::number(i));
    m_model->flush();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setRoomOffset(5, 7);
    m_model->setRoomOffset(70, 12);
    m_model->setRoomOffset(70, 12); // the same again: no change
    m_model->setRoomOffset(100, 3); // out of range
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(2).value<QList<int>>(), QList<int>{ChatModel::RoomOffsetRole});
    QCOMPARE(m_model->index(5).data(ChatModel::RoomOffsetRole).toULongLong(), quint64(7));
    QCOMPARE(m_model->index(6).data(ChatModel::RoomOffsetRole).toULongLong(), quint64(0));

    // 60 rows go, the header row comes: the 70th message is row 11 now, the 5th is gone.
    for (int i = 100; i < 150; ++i)
        m_model->appendText(ChatModel::Kind::Sent, QString::number(i));
    m_model->flush();
    QCOMPARE(m_model->index(11).data().toString(), QStringLiteral("70"));
    QCOMPARE(m_model->index(11).data(ChatModel::RoomOffsetRole).toULongLong(), quint64(12));
    QCOMPARE(m_model->index(0).data(ChatModel::RoomOffsetRole).toULongLong(), quint64(0));
    int withOffset = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        withOffset += m_model->index(row).data(ChatModel::RoomOffsetRole).toULongLong() > 0;
    QCOMPARE(withOffset, 1);

    m_model->clear();
    m_model->appendText(ChatModel::Kind::Sent, QStringLiteral("again"));
    m_model->flush();
    QCOMPARE(m_model->index(0).data(ChatModel::RoomOffsetRole).toULongLong(), quint64(0));
}

void tst_ChatModel::oldestRowsAreDroppedBeyondTheByteLimit()
{
    ChatModel::Retention retention;
    retention.maxBytes = 10 * 1024 * 1024;
    m_model->setRetention(retention);
    const QByteArray fourMiB(4 * 1024 * 1024, 'x');
    m_model->appendBinary(ChatModel::Kind::Received, fourMiB);
    m_model->appendBinary(ChatModel::Kind::Received, fourMiB);
    m_model->flush();
    const qint64 twoRows = m_model->byteSize();
    m_model->appendBinary(ChatModel::Kind::Received, fourMiB + "last");
    m_model->flush();
    QCOMPARE(m_model->droppedCount(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->entry(2).bytes, fourMiB + "last");
    QVERIFY(m_model->byteSize() <= twoRows + 4);
}

void tst_ChatModel::displayLineIsOneLineWhateverTheSeparator_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    const QString arrow(QChar(0x21B5));
    QTest::newRow("LF") << QStringLiteral("a\nb")
                        << QStringLiteral("a") + arrow + QStringLiteral("b");
    QTest::newRow("CR LF is one break")
        << QStringLiteral("a\r\nb") << QStringLiteral("a") + arrow + QStringLiteral("b");
    QTest::newRow("CR, VT, FF, NEL")
        << QStringLiteral("a\rb\vc\fd") + QChar(0x85) + QStringLiteral("e")
        << QStringLiteral("a%1b%1c%1d%1e").arg(arrow);
    QTest::newRow("U+2028 line separator")
        << QStringLiteral("hi") + QChar(0x2028) + QStringLiteral("# socket open")
        << QStringLiteral("hi") + arrow + QStringLiteral("# socket open");
    QTest::newRow("U+2029 paragraph separator")
        << QStringLiteral("hi") + QChar(0x2029) + QStringLiteral("> sent")
        << QStringLiteral("hi") + arrow + QStringLiteral("> sent");
    QTest::newRow("plain") << QStringLiteral("hello") << QStringLiteral("hello");
}

void tst_ChatModel::displayLineIsOneLineWhateverTheSeparator()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(ChatModel::displayLine(text), ChatModel::isolated(shown));
    QCOMPARE(ChatModel::displayLine(text)
                 .split(QChar(0x21B5))
                 .join(QString())
                 .count(QRegularExpression(QStringLiteral("[\\n\\r\\x{2028}\\x{2029}]"))),
             0);
}

void tst_ChatModel::isolatedTextCannotEscapeItsIsolate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QChar fsi(0x2068);
    const QChar lri(0x2066);
    const QChar pdi(0x2069);
    const QChar rlo(0x202E);
    // The override ends with the isolate's PDI, which ends every embedding opened in it.
    QTest::newRow("right-to-left override")
        << QStringLiteral("bye") + rlo << QString(fsi) + QStringLiteral("bye") + rlo + pdi;
    QTest::newRow("a PDI that closes nothing is dropped")
        << QString(pdi) + QStringLiteral("x") << QString(fsi) + QStringLiteral("x") + pdi;
    QTest::newRow("an isolate left open is closed")
        << QString(lri) + QStringLiteral("x")
        << QString(fsi) + lri + QStringLiteral("x") + pdi + pdi;
    QTest::newRow("balanced isolates are kept")
        << QString(lri) + QStringLiteral("x") + pdi
        << QString(fsi) + lri + QStringLiteral("x") + pdi + pdi;
}

void tst_ChatModel::isolatedTextCannotEscapeItsIsolate()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ChatModel::isolated(text), expected);
}

QTEST_GUILESS_MAIN(tst_ChatModel)
#include "tst_chatmodel.moc"
