// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <detailpane.h>
#include <jsonhighlighter.h>
#include <jsontreemodel.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Banter;

namespace {

const QString trade = QStringLiteral(
    "{\"type\":\"trade\",\"id\":12345678901234567890,\"price\":101.50,\"ok\":true,\"note\":null,"
    "\"items\":[{\"sku\":\"a-1\",\"qty\":2},{\"sku\":\"b\\\"2\",\"qty\":0}],\"odd "
    "key\":{\"1x\":[]},"
    "\"text\":\"line one\\nline two\"}");

ChatModel::Entry textEntry(const QString &text)
{
    ChatModel::Entry entry;
    entry.kind = ChatModel::Kind::Received;
    entry.text = text;
    entry.msecsSinceEpoch = 1767225600000;
    return entry;
}

// The row of the tree under parent whose key is key.
QModelIndex child(const QAbstractItemModel &model, const QString &key,
                  const QModelIndex &parent = QModelIndex())
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, JsonTreeModel::KeyColumn, parent);
        if (index.data().toString() == key)
            return index;
    }
    return QModelIndex();
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

// A JSON message in the detail pane: the tree model (checked by QAbstractItemModelTester),
// indented and coloured text, copying values and paths, broken JSON explained, the page kept.
class tst_JsonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treePassesTheModelTester();
    void treeKeepsTheOrderAndTheDigits();
    void treeGivesPathsAndValues();
    void treeShowsStringsOnOneLine();
    void treeOfAnArrayAndOfAHugeArray();
    void paneShowsJsonIndentedAndAsATree();
    void paneColoursKeysStringsNumbersAndLiterals();
    void paneCopiesValueAndPath();
    void paneExplainsBrokenJson();
    void paneKeepsThePageChosen();
    void paneShowsOtherMessagesAsText();
};

void tst_JsonView::treePassesTheModelTester()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setJson(trade);
    // Every level, read as a view would read it.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            for (int column = 0; column < model.columnCount(parent); ++column)
                model.index(row, column, parent).data();
            walk(model.index(row, 0, parent));
        }
    };
    walk(QModelIndex());
    model.setJson(QStringLiteral("[]"));
    QCOMPARE(model.rowCount(), 0);
    model.setJson(QString());
    QCOMPARE(model.rowCount(), 0);
    model.setJson(trade);
    QCOMPARE(model.rowCount(), 8);
}

void tst_JsonView::treeKeepsTheOrderAndTheDigits()
{
    JsonTreeModel model;
    model.setJson(trade);
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys << model.index(row, 0).data().toString();
    // As written: QJsonObject would have sorted them.
    QCOMPARE(keys.join(QLatin1Char(',')),
             QStringLiteral("type,id,price,ok,note,items,odd key,text"));
    const QModelIndex id = child(model, QStringLiteral("id"));
    QCOMPARE(cell(id, JsonTreeModel::TypeColumn), QStringLiteral("number"));
    QCOMPARE(cell(id, JsonTreeModel::ValueColumn), QStringLiteral("12345678901234567890"));
    QCOMPARE(cell(child(model, QStringLiteral("price")), JsonTreeModel::ValueColumn),
             QStringLiteral("101.50"));
    QCOMPARE(cell(child(model, QStringLiteral("ok")), JsonTreeModel::TypeColumn),
             QStringLiteral("boolean"));
    QCOMPARE(cell(child(model, QStringLiteral("note")), JsonTreeModel::TypeColumn),
             QStringLiteral("null"));
    const QModelIndex items = child(model, QStringLiteral("items"));
    QCOMPARE(cell(items, JsonTreeModel::TypeColumn), QStringLiteral("array"));
    QCOMPARE(cell(items, JsonTreeModel::ValueColumn), QStringLiteral("2 items"));
    QCOMPARE(cell(child(model, QStringLiteral("0"), items), JsonTreeModel::ValueColumn),
             QStringLiteral("2 members"));
    QCOMPARE(model.headerData(JsonTreeModel::ValueColumn, Qt::Horizontal).toString(),
             QStringLiteral("Value"));
}

void tst_JsonView::treeGivesPathsAndValues()
{
    JsonTreeModel model;
    model.setJson(trade);
    const QModelIndex items = child(model, QStringLiteral("items"));
    const QModelIndex sku = child(model, QStringLiteral("sku"), model.index(1, 0, items));
    QCOMPARE(sku.data(JsonTreeModel::PathRole).toString(), QStringLiteral("$.items[1].sku"));
    QCOMPARE(sku.data(JsonTreeModel::ValueTextRole).toString(), QStringLiteral("b\"2"));
    QCOMPARE(cell(sku, JsonTreeModel::TypeColumn), QStringLiteral("string"));
    const QModelIndex odd = child(model, QStringLiteral("odd key"));
    const QModelIndex oneX = child(model, QStringLiteral("1x"), odd);
    QCOMPARE(oneX.data(JsonTreeModel::PathRole).toString(),
             QStringLiteral("$[\"odd key\"][\"1x\"]"));
    QCOMPARE(oneX.data(Qt::ToolTipRole), oneX.data(JsonTreeModel::PathRole));
    QVERIFY(!model.hasChildren(oneX)); // an empty array
    QCOMPARE(cell(oneX, JsonTreeModel::ValueColumn), QStringLiteral("0 items"));
    // A container's value is its JSON as written.
    QCOMPARE(model.index(0, 0, items).data(JsonTreeModel::ValueTextRole).toString(),
             QStringLiteral("{\"sku\":\"a-1\",\"qty\":2}"));
    QCOMPARE(model.index(0, 0, items).parent(), items);
    QCOMPARE(items.parent(), QModelIndex());
}

void tst_JsonView::treeShowsStringsOnOneLine()
{
    JsonTreeModel model;
    const QString longText(2000, QLatin1Char('x'));
    model.setJson(
        QStringLiteral("{\"text\":\"line one\\nline two\",\"long\":\"%1\"}").arg(longText));
    const QString shown = cell(child(model, QStringLiteral("text")), JsonTreeModel::ValueColumn);
    QVERIFY2(!shown.contains(QLatin1Char('\n')), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("line one\u21b5line two")), qPrintable(shown));
    const QModelIndex longIndex = child(model, QStringLiteral("long"));
    QVERIFY(cell(longIndex, JsonTreeModel::ValueColumn).size() < 600);
    QVERIFY(cell(longIndex, JsonTreeModel::ValueColumn).contains(QChar(0x2026)));
    QCOMPARE(longIndex.data(JsonTreeModel::ValueTextRole).toString(), longText);
}

void tst_JsonView::treeOfAnArrayAndOfAHugeArray()
{
    JsonTreeModel model;
    model.setJson(QStringLiteral(" [ 1 , \"two\" , [3] , {\"a\":1} ] "));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("1"));
    QCOMPARE(cell(model.index(2, 0), JsonTreeModel::ValueColumn), QStringLiteral("1 item"));
    QCOMPARE(cell(model.index(3, 0), JsonTreeModel::ValueColumn), QStringLiteral("1 member"));
    QCOMPARE(model.index(1, 0).data(JsonTreeModel::PathRole).toString(), QStringLiteral("$[1]"));
    QCOMPARE(model.index(2, 0).data(JsonTreeModel::PathRole).toString(), QStringLiteral("$[2]"));
    QCOMPARE(model.rowCount(model.index(2, 0)), 1);

    // 16 MiB: a million objects, read a level at a time.
    QString huge = QStringLiteral("[");
    huge.reserve(16 * 1024 * 1024);
    for (int i = 0; i < 1000000; ++i)
        huge += QStringLiteral("{\"i\":%1,\"pad\":\"xx\"},").arg(i);
    huge.back() = QLatin1Char(']');
    model.setJson(huge);
    QCOMPARE(model.rowCount(), 1000000);
    const QModelIndex last = model.index(999999, 0);
    QCOMPARE(last.data(JsonTreeModel::PathRole).toString(), QStringLiteral("$[999999]"));
    QCOMPARE(model.index(0, 0, last).siblingAtColumn(JsonTreeModel::ValueColumn).data().toString(),
             QStringLiteral("999999"));
}

void tst_JsonView::paneShowsJsonIndentedAndAsATree()
{
    DetailPane pane;
    pane.show();
    pane.showEntry(textEntry(trade));
    QVERIFY(pane.isJson());
    QCOMPARE(pane.currentPage(), DetailPane::Page::Formatted);
    QVERIFY(pane.findChild<QTabWidget *>(QStringLiteral("detailPages"))->tabBar()->isVisible());
    QVERIFY2(pane.headerText().endsWith(QLatin1String(", JSON")), qPrintable(pane.headerText()));
    QVERIFY(pane.formattedText().startsWith(
        QStringLiteral("{\n  \"type\": \"trade\",\n  \"id\": 12345678901234567890,\n")));
    QCOMPARE(pane.bodyText(), trade); // the Text page: as it came
    QVERIFY(pane.jsonProblemText().isEmpty());
    QCOMPARE(pane.treeModel()->rowCount(), 8);
    // A small document opens with its first level shown.
    QVERIFY(pane.treeView()->isExpanded(child(*pane.treeModel(), QStringLiteral("items"))));
}

void tst_JsonView::paneColoursKeysStringsNumbersAndLiterals()
{
    DetailPane pane;
    pane.showEntry(textEntry(QStringLiteral("{\"key\":\"value\",\"n\":-1.5,\"t\":true}")));
    auto *text = pane.findChild<QPlainTextEdit *>(QStringLiteral("detailFormatted"));
    // Line by line: {, "key": "value", "n": -1.5, "t": true, }
    const auto colourAt = [text](int line, int column) {
        const QTextBlock block = text->document()->findBlockByNumber(line);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                return range.format.foreground().color();
        }
        return QColor();
    };
    JsonHighlighter *colours = pane.highlighter();
    QCOMPARE(colourAt(1, 3), colours->color(JsonHighlighter::Token::Key));
    QCOMPARE(colourAt(1, 10), colours->color(JsonHighlighter::Token::String));
    QCOMPARE(colourAt(2, 8), colours->color(JsonHighlighter::Token::Number));
    QCOMPARE(colourAt(3, 8), colours->color(JsonHighlighter::Token::Literal));
    QCOMPARE(colourAt(1, 7), QColor()); // the ':' between
    // Four colours that differ, and the light ones on a dark background.
    QSet<QRgb> distinct;
    for (auto token : {JsonHighlighter::Token::Key, JsonHighlighter::Token::String,
                       JsonHighlighter::Token::Number, JsonHighlighter::Token::Literal})
        distinct.insert(colours->color(token).rgb());
    QCOMPARE(distinct.size(), 4);
    QPalette dark;
    dark.setColor(QPalette::Base, Qt::black);
    colours->setPalette(dark);
    QVERIFY(colours->color(JsonHighlighter::Token::Key).lightness() > 128);
    QCOMPARE(colourAt(1, 3), colours->color(JsonHighlighter::Token::Key));
}

void tst_JsonView::paneCopiesValueAndPath()
{
    // In a window whose own Ctrl+Shift+C copies something else (Edit → Copy Message).
    QWidget window;
    auto *windowCopy = new QAction(&window);
    windowCopy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    window.addAction(windowCopy);
    QSignalSpy windowCopied(windowCopy, &QAction::triggered);
    auto *layout = new QVBoxLayout(&window);
    auto *panePointer = new DetailPane;
    layout->addWidget(panePointer);
    DetailPane &pane = *panePointer;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    pane.showEntry(textEntry(trade));
    pane.setCurrentPage(DetailPane::Page::Tree);
    QTreeView *tree = pane.treeView();
    const QModelIndex items = child(*pane.treeModel(), QStringLiteral("items"));
    tree->setCurrentIndex(pane.treeModel()->index(1, 0, items));
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("{\"sku\":\"b\\\"2\",\"qty\":0}"));
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("$.items[1]"));
    QCOMPARE(windowCopied.size(), 0);
    // The same from the context menu's actions.
    tree->setCurrentIndex(child(*pane.treeModel(), QStringLiteral("text")));
    QList<QAction *> actions = tree->actions();
    QCOMPARE(actions.size(), 2);
    actions.at(0)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("line one\nline two"));
    actions.at(1)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("$.text"));
}

void tst_JsonView::paneExplainsBrokenJson()
{
    DetailPane pane;
    pane.show();
    const QString broken = QStringLiteral("{\"type\": \"trade\"\n \"price\": 10}");
    pane.showEntry(textEntry(broken));
    QVERIFY(!pane.isJson());
    QCOMPARE(pane.currentPage(), DetailPane::Page::Text);
    QCOMPARE(pane.bodyText(), broken);
    QCOMPARE(
        pane.jsonProblemText(),
        QStringLiteral("Not valid JSON: a , or } missing after a member at line 2, column 2."));
    QVERIFY(pane.findChild<QWidget *>(QStringLiteral("jsonProblemLabel"))->isVisible());
    QVERIFY(!pane.findChild<QTabWidget *>(QStringLiteral("detailPages"))->tabBar()->isVisible());
    QVERIFY(!pane.headerText().contains(QLatin1String("JSON")));
    // Valid again: the explanation goes.
    pane.showEntry(textEntry(QStringLiteral("[1]")));
    QVERIFY(pane.jsonProblemText().isEmpty());
    QVERIFY(!pane.findChild<QWidget *>(QStringLiteral("jsonProblemLabel"))->isVisible());
}

void tst_JsonView::paneKeepsThePageChosen()
{
    DetailPane pane;
    pane.show();
    pane.showEntry(textEntry(trade));
    pane.findChild<QTabWidget *>(QStringLiteral("detailPages"))->setCurrentIndex(1); // as a click
    QCOMPARE(pane.currentPage(), DetailPane::Page::Tree);
    pane.showEntry(textEntry(QStringLiteral("plain words")));
    QCOMPARE(pane.currentPage(), DetailPane::Page::Text);
    pane.showEntry(textEntry(QStringLiteral("{\"a\":1}")));
    QCOMPARE(pane.currentPage(), DetailPane::Page::Tree);
    QCOMPARE(pane.treeModel()->rowCount(), 1);
    pane.clear();
    QCOMPARE(pane.currentPage(), DetailPane::Page::Text);
    QCOMPARE(pane.treeModel()->rowCount(), 0);
}

void tst_JsonView::paneShowsOtherMessagesAsText()
{
    DetailPane pane;
    pane.show();
    pane.showEntry(textEntry(QStringLiteral("42")));
    QVERIFY(!pane.isJson());
    QVERIFY(pane.jsonProblemText().isEmpty()); // no JSON message, so nothing wrong with it
    ChatModel::Entry binary;
    binary.kind = ChatModel::Kind::Received;
    binary.isBinary = true;
    binary.bytes = QByteArrayLiteral("{\"a\":1}");
    pane.showEntry(binary);
    QVERIFY(!pane.isJson());
    QVERIFY(pane.bodyText().startsWith(QLatin1String("00000000")));
}

QTEST_MAIN(tst_JsonView)
#include "tst_jsonview.moc"
