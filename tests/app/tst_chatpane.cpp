// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"
#include "chatlines.h"

#include <chatdelegate.h>
#include <chatfiltermodel.h>
#include <chatmodel.h>
#include <chatpane.h>
#include <colorscheme.h>
#include <detailpane.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QTimer>
#include <QInputDialog>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolButton>
#include <QtTest>

using namespace Banter;
using Kind = ChatModel::Kind;

// Reading the log in the window: what a row shows and in which colours, following new rows,
// a message in full, finding rows and copying them.
class tst_ChatPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rowColoursFollowThePalette_data();
    void rowColoursFollowThePalette();
    void timeColumnIsShownOnDemand();
    void everyRowHasOneHeightWhateverItsText();
    void delegatePreparesNoMoreTextThanARowShows();
    void detailPaneShowsTheWholeMessage();
    void detailPaneCutsWhatIsTooLongToShow();
    void detailPaneShowsABinaryMessageAsAHexDump();
    void enterOnARowShowsTheDetailPane();
    void followsNewRowsWhileAtTheBottom();
    void saysHowManyRowsArrivedWhileReadingFurtherUp();
    void scrollingToTheBottomHidesTheIndicator();
    void findShowsMatchingRowsAndEscapeShowsAllAgain_data();
    void findShowsMatchingRowsAndEscapeShowsAllAgain();
    void findExplainsABrokenRegularExpression();
    void findKeepsTheRowTheUserWasOn();
    void rowsArrivingWhileFilteredAreFilteredToo();
    void findByJsonFieldExplainsMistakesAtTheirPlace();
    void findReadsALongLogWithProgressAndStops();
    void summaryFieldShowsAFieldOfEachJsonRow();
    void copyPutsTheSelectedRowsOnTheClipboard();
    void clearEmptiesTheLog();

private:
    ChatModel *model() const { return m_fixture.window()->model(); }
    ChatPane *pane() const { return m_fixture.find<ChatPane>("chatPane"); }
    QListView *view() const { return m_fixture.find<QListView>("chatView"); }
    QAction *action(const char *name) const { return m_fixture.find<QAction>(name); }
    void appendRows(int count, Kind kind = Kind::Received);
    void selectRow(int row);
    // How many pixels of exactly this colour the row's rectangle holds.
    int pixelsOf(const QColor &color, int row);

    WindowFixture m_fixture;
};

void tst_ChatPane::initTestCase()
{
    WindowFixture::useTestSettings();
}

void tst_ChatPane::init()
{
    m_fixture.create();
    QVERIFY(pane());
    QVERIFY(view());
}

void tst_ChatPane::cleanup()
{
    m_fixture.destroy();
}

void tst_ChatPane::appendRows(int count, Kind kind)
{
    for (int i = 0; i < count; ++i)
        model()->appendText(kind, QStringLiteral("row %1").arg(model()->rowCount() + i));
    model()->flush();
}

void tst_ChatPane::selectRow(int row)
{
    const QModelIndex index = view()->model()->index(row, 0);
    view()->setCurrentIndex(index);
}

int tst_ChatPane::pixelsOf(const QColor &color, int row)
{
    const QRect rect = view()->visualRect(view()->model()->index(row, 0));
    const QImage image = view()->viewport()->grab(rect).toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += image.pixelColor(x, y).rgb() == color.rgb() ? 1 : 0;
    }
    return count;
}

void tst_ChatPane::rowColoursFollowThePalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << ColorScheme::lightPalette();
    QTest::newRow("dark") << ColorScheme::darkPalette();
}

void tst_ChatPane::rowColoursFollowThePalette()
{
    QFETCH(QPalette, palette);
    // Text without antialiasing: a glyph's pixels have exactly the pen's colour.
    QFont font = view()->font();
    font.setStyleStrategy(QFont::NoAntialias);
    view()->setFont(font);
    m_fixture.window()->setPalette(palette);
    model()->appendText(Kind::Sent, QStringLiteral("sent WWWW"));
    model()->appendText(Kind::Received, QStringLiteral("received WWWW"));
    model()->appendStatus(QStringLiteral("status WWWW"));
    model()->flush();

    const QColor text = palette.color(QPalette::Text);
    const QColor link = palette.color(QPalette::Link);
    const QColor status = palette.color(QPalette::PlaceholderText);
    QVERIFY(pixelsOf(text, 0) > 20);
    QCOMPARE(pixelsOf(link, 0), 0);
    QVERIFY(pixelsOf(link, 1) > 20);
    QCOMPARE(pixelsOf(text, 1), 0);
    QVERIFY(pixelsOf(status, 2) > 20);
    QCOMPARE(pixelsOf(link, 2), 0);
    // The background is the palette's too.
    QVERIFY(pixelsOf(palette.color(QPalette::Base), 0) > 100);
}

void tst_ChatPane::timeColumnIsShownOnDemand()
{
    QFont font = view()->font();
    font.setStyleStrategy(QFont::NoAntialias);
    view()->setFont(font);
    m_fixture.window()->setPalette(ColorScheme::lightPalette());
    model()->appendText(Kind::Sent, QStringLiteral("hello"));
    model()->flush();
    const QColor timeColor = ColorScheme::lightPalette().color(QPalette::PlaceholderText);
    QVERIFY(!action("timestampAction")->isChecked());
    QCOMPARE(pixelsOf(timeColor, 0), 0);
    action("timestampAction")->trigger();
    QVERIFY(pane()->isTimeVisible());
    QVERIFY(pixelsOf(timeColor, 0) > 20);

    view()->selectAll();
    const QString time = model()
                             ->index(0)
                             .data(ChatModel::TimeRole)
                             .toDateTime()
                             .toString(QStringLiteral("HH:mm:ss.zzz"));
    QCOMPARE(pane()->selectedText(), time + QStringLiteral(" > hello"));
}

void tst_ChatPane::everyRowHasOneHeightWhateverItsText()
{
    model()->appendText(Kind::Received, QStringLiteral("short"));
    model()->appendText(Kind::Received, QStringLiteral("one\ntwo\nthree\nfour"));
    model()->appendText(Kind::Received, QString(2'000'000, QLatin1Char('x')));
    model()->appendBinary(Kind::Received, QByteArray(1'000'000, '\x7f'));
    model()->flush();
    const int height = view()->visualRect(model()->index(0)).height();
    QVERIFY(height > 0);
    for (int row = 1; row < 4; ++row)
        QCOMPARE(view()->visualRect(model()->index(row)).height(), height);
    // Drawing the long rows draws a row's worth of them (and returns).
    QVERIFY(!view()->viewport()->grab().isNull());
    // The row says a message goes on: its line breaks show as a symbol.
    QCOMPARE(model()->index(1).data().toString().count(QLatin1Char('\n')), 3);
}

void tst_ChatPane::delegatePreparesNoMoreTextThanARowShows()
{
    const ChatDelegate delegate;
    const QStyledItemDelegate plain;
    const QLocale locale;
    // What fits on a row is prepared as a plain delegate would.
    for (const QString &text : {QStringLiteral("short"), QStringLiteral("one\ntwo"), QString()}) {
        QCOMPARE(delegate.displayText(text, locale), plain.displayText(text, locale));
    }
    QCOMPARE(delegate.displayText(QDateTime(QDate(2026, 1, 31), QTime(12, 0)), locale),
             plain.displayText(QDateTime(QDate(2026, 1, 31), QTime(12, 0)), locale));
    // A megabyte message is not scanned whole on every paint: its start is what a row shows.
    const QString longText = QStringLiteral("start ") + QString(2'000'000, QLatin1Char('x'));
    const QString prepared = delegate.displayText(longText, locale);
    QVERIFY2(prepared.size() <= 10'000, qPrintable(QString::number(prepared.size())));
    QVERIFY(prepared.startsWith(QLatin1String("start xxx")));
}

void tst_ChatPane::detailPaneShowsTheWholeMessage()
{
    auto *details = m_fixture.find<DetailPane>("detailPane");
    QVERIFY(details->isVisible());
    QCOMPARE(details->headerText(), QStringLiteral("Select a message to see it here in full."));
    const QString text =
        QStringLiteral("first line\nsecond line\n") + QString(500, QLatin1Char('z'));
    model()->appendStatus(QStringLiteral("socket open"));
    model()->appendText(Kind::Received, text);
    model()->flush();

    selectRow(1);
    QCOMPARE(details->bodyText(), text);
    QVERIFY2(details->headerText().startsWith(QLatin1String("Received at ")),
             qPrintable(details->headerText()));
    QVERIFY2(details->headerText().endsWith(QLatin1String(", 523 characters, 3 lines")),
             qPrintable(details->headerText()));
    selectRow(0);
    QCOMPARE(details->bodyText(), QStringLiteral("socket open"));
    QVERIFY2(details->headerText().endsWith(QLatin1String(", 11 characters")),
             qPrintable(details->headerText()));
}

void tst_ChatPane::detailPaneCutsWhatIsTooLongToShow()
{
    // A million characters on one line: shown in pieces (one paragraph would take a minute to
    // lay out), the first million of them; Copy Message copies all, as it is.
    auto *details = m_fixture.find<DetailPane>("detailPane");
    QString text(DetailPane::maxCharacters + 10, QLatin1Char('y'));
    text[0] = QLatin1Char('\n');
    model()->appendText(Kind::Received, text);
    model()->flush();
    selectRow(0);
    const QStringList lines = details->bodyText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2 + (DetailPane::maxCharacters - 2) / DetailPane::maxLineLength);
    QCOMPARE(lines.at(1).size(), DetailPane::maxLineLength);
    QCOMPARE(lines.join(QString()).size(), DetailPane::maxCharacters - 1);
    QVERIFY2(details->headerText().contains(QLatin1String("(the first 1,048,576 shown); lines "
                                                          "longer than 2,000 characters are "
                                                          "shown in pieces")),
             qPrintable(details->headerText()));

    QApplication::setActiveWindow(m_fixture.window());
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
}

void tst_ChatPane::detailPaneShowsABinaryMessageAsAHexDump()
{
    auto *details = m_fixture.find<DetailPane>("detailPane");
    model()->appendBinary(Kind::Received, QByteArray("Hello, World!\n\x00\x01\xff", 17));
    model()->flush();
    selectRow(0);
    QCOMPARE(
        model()->index(0).data().toString(),
        QStringLiteral("<binary, 17 bytes> 48 65 6c 6c 6f 2c 20 57 6f 72 6c 64 21 0a 00 01 ff"));
    QVERIFY2(details->headerText().endsWith(QLatin1String(", binary, 17 bytes")),
             qPrintable(details->headerText()));
    // As hexdump -C shows it.
    QCOMPARE(details->bodyText(),
             QStringLiteral("00000000  48 65 6c 6c 6f 2c 20 57  6f 72 6c 64 21 0a 00 01  "
                            "|Hello, World!...|\n"
                            "00000010  ff                                                "
                            "|.|\n"));
    QApplication::setActiveWindow(m_fixture.window());
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("48 65 6c 6c 6f 2c 20 57 6f 72 6c 64 21 0a 00 01 ff"));
}

void tst_ChatPane::enterOnARowShowsTheDetailPane()
{
    auto *details = m_fixture.find<DetailPane>("detailPane");
    action("detailsAction")->trigger();
    QVERIFY(!details->isVisible());
    appendRows(3);
    view()->setFocus();
    selectRow(1);
    QTest::keyClick(view(), Qt::Key_Return);
    QVERIFY(details->isVisible());
    QVERIFY(action("detailsAction")->isChecked());
    QCOMPARE(details->bodyText(), QStringLiteral("row 1"));
}

void tst_ChatPane::followsNewRowsWhileAtTheBottom()
{
    QScrollBar *bar = view()->verticalScrollBar();
    appendRows(200);
    QTRY_VERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    appendRows(5);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(view()->visualRect(model()->index(204)).bottom() <= view()->viewport()->height());
    QVERIFY(m_fixture.find<QToolButton>("newMessagesButton")->isHidden());
}

void tst_ChatPane::saysHowManyRowsArrivedWhileReadingFurtherUp()
{
    QScrollBar *bar = view()->verticalScrollBar();
    auto *indicator = m_fixture.find<QToolButton>("newMessagesButton");
    appendRows(200);
    bar->setValue(0);
    appendRows(1);
    QCOMPARE(bar->value(), 0); // the user reads on, undisturbed
    QVERIFY(indicator->isVisible());
    QCOMPARE(indicator->text(), QStringLiteral("\u2193 1 new message"));
    appendRows(2);
    QCOMPARE(indicator->text(), QStringLiteral("\u2193 3 new messages"));
    QCOMPARE(pane()->unseenCount(), 3);
    // It sits over the view, at its bottom.
    QVERIFY(view()->geometry().contains(indicator->geometry()));

    QTest::mouseClick(indicator, Qt::LeftButton);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(indicator->isHidden());
    appendRows(1);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(indicator->isHidden());
}

void tst_ChatPane::scrollingToTheBottomHidesTheIndicator()
{
    QScrollBar *bar = view()->verticalScrollBar();
    appendRows(200);
    bar->setValue(0);
    appendRows(4);
    auto *indicator = m_fixture.find<QToolButton>("newMessagesButton");
    QVERIFY(indicator->isVisible());
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(indicator->isHidden());
    QCOMPARE(pane()->unseenCount(), 0);
}

void tst_ChatPane::findShowsMatchingRowsAndEscapeShowsAllAgain_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("isRegularExpression");
    QTest::addColumn<QStringList>("hiddenKinds");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain, any case")
        << QStringLiteral("HELLO") << false << QStringList()
        << QStringList({QStringLiteral("> hello world"), QStringLiteral("< Hello back")});
    QTest::newRow("plain, regex characters are plain")
        << QStringLiteral("a.c") << false << QStringList()
        << QStringList({QStringLiteral("< a.c")});
    QTest::newRow("regular expression")
        << QStringLiteral("^a.c$|^[0-9]+$") << true << QStringList()
        << QStringList({QStringLiteral("< abc"), QStringLiteral("< a.c"), QStringLiteral("> 42")});
    QTest::newRow("binary, by its preview")
        << QStringLiteral("ff fe") << false << QStringList()
        << QStringList({QStringLiteral("< <binary, 2 bytes> ff fe")});
    QTest::newRow("kinds only") << QString() << false
                                << QStringList({QStringLiteral("Sent"), QStringLiteral("Received")})
                                << QStringList({QStringLiteral("# socket open")});
    QTest::newRow("text and kind")
        << QStringLiteral("hello") << false << QStringList({QStringLiteral("Sent")})
        << QStringList({QStringLiteral("< Hello back")});
}

void tst_ChatPane::findShowsMatchingRowsAndEscapeShowsAllAgain()
{
    QFETCH(QString, pattern);
    QFETCH(bool, isRegularExpression);
    QFETCH(QStringList, hiddenKinds);
    QFETCH(QStringList, expected);
    model()->appendStatus(QStringLiteral("socket open"));
    model()->appendText(Kind::Sent, QStringLiteral("hello world"));
    model()->appendText(Kind::Received, QStringLiteral("Hello back"));
    model()->appendText(Kind::Received, QStringLiteral("abc"));
    model()->appendText(Kind::Received, QStringLiteral("a.c"));
    model()->appendText(Kind::Sent, QStringLiteral("42"));
    model()->appendBinary(Kind::Received, QByteArray::fromHex("fffe"));
    model()->flush();

    QMainWindow *window = m_fixture.window();
    QApplication::setActiveWindow(window);
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    auto *edit = m_fixture.find<QLineEdit>("filterEdit");
    QTRY_VERIFY(edit->hasFocus());
    m_fixture.find<QComboBox>("filterModeCombo")->setCurrentIndex(isRegularExpression ? 1 : 0);
    for (const QString &kind : hiddenKinds)
        m_fixture.find<QCheckBox>(qPrintable(QStringLiteral("show%1Check").arg(kind)))
            ->setChecked(false);
    QTest::keyClicks(edit, pattern);

    const auto shown = [this] { return rowsAsLines(*view()->model()); };
    QTRY_COMPARE(shown(), expected);
    QCOMPARE(m_fixture.find<QLabel>("filterCountLabel")->text(),
             QStringLiteral("%1 of 7").arg(expected.size()));

    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(m_fixture.find<QWidget>("filterBar")->isHidden());
    QCOMPARE(shown().size(), 7);
    // Unfiltered, the view shows the log itself: filtering costs nothing when it is off.
    QCOMPARE(view()->model(), model());
}

void tst_ChatPane::findExplainsABrokenRegularExpression()
{
    appendRows(3);
    action("findAction")->trigger();
    m_fixture.find<QComboBox>("filterModeCombo")->setCurrentIndex(1);
    QTest::keyClicks(m_fixture.find<QLineEdit>("filterEdit"), QStringLiteral("row (1"));
    auto *problem = m_fixture.find<QLabel>("filterProblemLabel");
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QLatin1String("Not a regular expression: ")),
             qPrintable(problem->text()));
    QVERIFY2(problem->text().endsWith(QLatin1String(" at character 7.")),
             qPrintable(problem->text()));
    QCOMPARE(view()->model()->rowCount(), 3); // nothing hidden by a pattern that means nothing

    QTest::keyClick(m_fixture.find<QLineEdit>("filterEdit"), Qt::Key_Backspace);
    QTest::keyClicks(m_fixture.find<QLineEdit>("filterEdit"), QStringLiteral("1)"));
    QTRY_VERIFY(problem->isHidden());
    QTRY_COMPARE(view()->model()->rowCount(), 1);
}

void tst_ChatPane::findKeepsTheRowTheUserWasOn()
{
    appendRows(50);
    selectRow(30);
    QCOMPARE(pane()->currentRow(), 30);
    action("findAction")->trigger();
    QTest::keyClicks(m_fixture.find<QLineEdit>("filterEdit"), QStringLiteral("row 3"));
    QTRY_COMPARE(view()->model()->rowCount(), 11); // 3, 30..39
    QCOMPARE(pane()->currentRow(), 30);
    QCOMPARE(m_fixture.find<DetailPane>("detailPane")->bodyText(), QStringLiteral("row 30"));
    m_fixture.find<QToolButton>("closeFilterButton")->click();
    QCOMPARE(view()->model()->rowCount(), 50);
    QCOMPARE(pane()->currentRow(), 30);
    QCOMPARE(pane()->selectedRows(), QList<int>({30}));
}

void tst_ChatPane::rowsArrivingWhileFilteredAreFilteredToo()
{
    appendRows(5);
    action("findAction")->trigger();
    QTest::keyClicks(m_fixture.find<QLineEdit>("filterEdit"), QStringLiteral("row 1"));
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    appendRows(10); // rows 5..14: "row 10" .. "row 14" match
    QCOMPARE(view()->model()->rowCount(), 6);
    QCOMPARE(m_fixture.find<QLabel>("filterCountLabel")->text(), QStringLiteral("6 of 15"));
}

void tst_ChatPane::findByJsonFieldExplainsMistakesAtTheirPlace()
{
    model()->appendText(Kind::Received, QStringLiteral("{\"type\":\"trade\",\"price\":101}"));
    model()->appendText(Kind::Received, QStringLiteral("{\"type\":\"trade\",\"price\":99}"));
    model()->appendText(Kind::Sent, QStringLiteral("trade"));
    model()->flush();
    action("findAction")->trigger();
    auto *mode = m_fixture.find<QComboBox>("filterModeCombo");
    mode->setCurrentIndex(2);
    QCOMPARE(mode->currentText(), QStringLiteral("JSON field"));
    auto *edit = m_fixture.find<QLineEdit>("filterEdit");
    QVERIFY2(edit->placeholderText().startsWith(QLatin1String("$.type == \"trade\"")),
             qPrintable(edit->placeholderText()));
    QTest::keyClicks(edit, QStringLiteral("$.type == \"trade\" and $.price >"));
    auto *problem = m_fixture.find<QLabel>("filterProblemLabel");
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QLatin1String("Not a field condition: ")),
             qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(QLatin1String("character 32")), qPrintable(problem->text()));
    QCOMPARE(view()->model()->rowCount(), 3); // nothing hidden meanwhile
    QTest::keyClicks(edit, QStringLiteral(" 100"));
    QTRY_VERIFY(problem->isHidden());
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(view()->model()->index(0, 0).data(ChatModel::PayloadRole).toString(),
             QStringLiteral("{\"type\":\"trade\",\"price\":101}"));
    QCOMPARE(m_fixture.find<QLabel>("filterCountLabel")->text(), QStringLiteral("1 of 3"));
}

void tst_ChatPane::findReadsALongLogWithProgressAndStops()
{
    for (int i = 0; i < 400000; ++i)
        model()->appendText(Kind::Received, QStringLiteral("{\"i\":%1}").arg(i));
    model()->flush();
    action("findAction")->trigger();
    m_fixture.find<QComboBox>("filterModeCombo")->setCurrentIndex(2);
    auto *edit = m_fixture.find<QLineEdit>("filterEdit");
    QTest::keyClicks(edit, QStringLiteral("$.i >= 0"));
    auto *stop = m_fixture.find<QToolButton>("stopFilterButton");
    auto *count = m_fixture.find<QLabel>("filterCountLabel");
    // The window answers while it reads: progress is shown between slices.
    QTRY_VERIFY(stop->isVisible());
    QVERIFY2(count->text().contains(QLatin1String(", reading the log: ")),
             qPrintable(count->text()));
    stop->click();
    QVERIFY(stop->isHidden());
    QVERIFY2(count->text().contains(QLatin1String(" % of the log")), qPrintable(count->text()));
    const int shown = view()->model()->rowCount();
    QVERIFY(shown > 0 && shown < 400000);
    // Escape: every row again, the log itself.
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(view()->model(), model());
}

void tst_ChatPane::summaryFieldShowsAFieldOfEachJsonRow()
{
    model()->appendText(Kind::Received, QStringLiteral("{\"type\":\"trade\",\"n\":1}"));
    model()->appendText(Kind::Received, QStringLiteral("{\"type\":{\"a\":[1,2]}}"));
    model()->appendText(Kind::Received, QStringLiteral("{\"other\":1}"));
    model()->appendText(Kind::Received, QStringLiteral("not JSON"));
    model()->appendStatus(QStringLiteral("{\"type\":\"status lines have none\"}"));
    model()->flush();
    ChatDelegate *delegate = pane()->delegate();
    const auto summaries = [this, delegate] {
        QStringList texts;
        for (int row = 0; row < model()->rowCount(); ++row)
            texts << delegate->summaryText(model()->index(row));
        return texts;
    };
    QCOMPARE(summaries(), QStringList(5)); // none by default

    // View → JSON Summary Field…: a mistake is explained, and asked again.
    QStringList labels;
    const auto answer = [this, &labels](const QString &text) {
        auto *dialog =
            m_fixture.window()->findChild<QInputDialog *>(QStringLiteral("summaryFieldDialog"));
        QVERIFY(dialog && dialog->isVisible());
        labels << dialog->labelText();
        dialog->setTextValue(text);
        dialog->accept();
    };
    QTimer::singleShot(0, this, [&] {
        answer(QStringLiteral("$.["));
        QTimer::singleShot(0, this, [&] { answer(QStringLiteral(" $.type ")); });
    });
    action("summaryFieldAction")->trigger();
    QCOMPARE(labels.size(), 2);
    QVERIFY2(labels[1].contains(QLatin1String("Not a JSON path: ")), qPrintable(labels[1]));
    QCOMPARE(m_fixture.window()->summaryField(), QStringLiteral("$.type"));
    // On one line, in a bidirectional isolate like every text from a server.
    QCOMPARE(summaries(), QStringList({ChatModel::displayLine(QStringLiteral("trade")),
                                       ChatModel::displayLine(QStringLiteral("{\"a\":[1,2]}")),
                                       QString(), QString(), QString()}));
    // Every tab, new ones too; and off again.
    m_fixture.window()->newTab();
    QCOMPARE(pane()->delegate()->summaryPath()->toString(), QStringLiteral("$.type"));
    QVERIFY(!m_fixture.window()->setSummaryField(QStringLiteral("$[")).isEmpty());
    QCOMPARE(m_fixture.window()->summaryField(), QStringLiteral("$.type")); // unchanged
    QCOMPARE(m_fixture.window()->setSummaryField(QString()), QString());
    QVERIFY(!delegate->summaryPath());
}

void tst_ChatPane::copyPutsTheSelectedRowsOnTheClipboard()
{
    model()->appendStatus(QStringLiteral("socket open"));
    model()->appendText(Kind::Received, QStringLiteral("Welcome"));
    model()->appendText(Kind::Sent, QStringLiteral("two\nlines"));
    model()->appendBinary(Kind::Received, QByteArray::fromHex("0001"));
    model()->flush();
    QMainWindow *window = m_fixture.window();
    QApplication::setActiveWindow(window);
    view()->setFocus();
    QTRY_VERIFY(view()->hasFocus());
    view()->selectionModel()->select(model()->index(3), QItemSelectionModel::Select);
    view()->selectionModel()->select(model()->index(0), QItemSelectionModel::Select);
    view()->selectionModel()->select(model()->index(2), QItemSelectionModel::Select);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("# socket open\n> two\nlines\n< <binary, 2 bytes> 00 01"));
}

void tst_ChatPane::clearEmptiesTheLog()
{
    appendRows(200);
    view()->verticalScrollBar()->setValue(0);
    appendRows(2);
    selectRow(3);
    QVERIFY(m_fixture.find<QToolButton>("newMessagesButton")->isVisible());
    QApplication::setActiveWindow(m_fixture.window());
    QTest::keyClick(m_fixture.window(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model()->rowCount(), 0);
    QVERIFY(m_fixture.find<QToolButton>("newMessagesButton")->isHidden());
    QCOMPARE(m_fixture.find<DetailPane>("detailPane")->bodyText(), QString());
    appendRows(1);
    QCOMPARE(view()->model()->rowCount(), 1);
}

QTEST_MAIN(tst_ChatPane)
#include "tst_chatpane.moc"
