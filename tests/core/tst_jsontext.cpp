// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <jsontext.h>

#include <QJsonDocument>
#include <QTest>

using Banter::JsonText;

// JSON as the detail pane shows it: what looks like JSON, where a broken one breaks (in
// characters, lines and columns), indenting that keeps the text as written, and walking values.
class tst_JsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksLikeJson_data();
    void looksLikeJson();
    void findsWhereItBreaks_data();
    void findsWhereItBreaks();
    void refusesWhatIsTooLong();
    void indentsKeepingOrderAndDigits();
    void indentsEmptyContainersOnTheirLine();
    void indentingIsCutAtItsLimit();
    void indentedIsTheSameJson();
    void walksValues_data();
    void walksValues();
    void decodesStrings_data();
    void decodesStrings();
};

void tst_JsonText::looksLikeJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("looks");
    QTest::newRow("object") << QStringLiteral("{\"a\":1}") << true;
    QTest::newRow("array after space") << QStringLiteral(" \n\t[1]") << true;
    QTest::newRow("broken object") << QStringLiteral("{\"a\":") << true;
    QTest::newRow("plain text") << QStringLiteral("hello {x}") << false;
    QTest::newRow("a number") << QStringLiteral("42") << false;
    QTest::newRow("a string") << QStringLiteral("\"s\"") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << QStringLiteral("   ") << false;
}

void tst_JsonText::looksLikeJson()
{
    QFETCH(QString, text);
    QFETCH(bool, looks);
    QCOMPARE(JsonText::looksLikeJson(text), looks);
}

void tst_JsonText::findsWhereItBreaks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("string not closed")
        << QStringLiteral("{\"a\": \"b}") << QStringLiteral("a string not closed with \"") << 9 << 1
        << 10;
    QTest::newRow("colon missing")
        << QStringLiteral("{\"a\" 1}") << QStringLiteral("a : missing after a key") << 5 << 1 << 6;
    QTest::newRow("comma missing, second line")
        << QStringLiteral("[1,\n 2 3]") << QStringLiteral("a , missing between two values") << 7
        << 2 << 4;
    // Characters, not UTF-8 bytes: "é" and "€" are one character each (two and three bytes).
    QTest::newRow("after non-ASCII")
        << QStringLiteral("{\"é€\": tru}") << QStringLiteral("no JSON value here") << 7 << 1 << 8;
    QTest::newRow("garbage at the end")
        << QStringLiteral("{} x") << QStringLiteral("more text after the end of the JSON value")
        << 3 << 1 << 4;
    QTest::newRow("bad escape") << QStringLiteral("[\"\\u12x\"]")
                                << QStringLiteral("an escape sequence JSON does not allow") << 6
                                << 1 << 7;
    QTest::newRow("comma missing in an object")
        << QStringLiteral("{\"a\": 1 \"b\": 2}")
        << QStringLiteral("a , or } missing after a member") << 8 << 1 << 9;
    QTest::newRow("array not closed")
        << QStringLiteral("[[] ") << QStringLiteral("an array not closed with ]") << 4 << 1 << 5;
}

void tst_JsonText::findsWhereItBreaks()
{
    QFETCH(QString, text);
    QFETCH(QString, what);
    QFETCH(int, position);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto problem = JsonText::check(text);
    QVERIFY(problem);
    QCOMPARE(problem->what, what);
    QCOMPARE(problem->position, position);
    QCOMPARE(problem->line, line);
    QCOMPARE(problem->column, column);
    QCOMPARE(JsonText::describe(*problem),
             QStringLiteral("%1 at line %2, column %3").arg(what).arg(line).arg(column));
    QVERIFY(!JsonText::check(QStringLiteral("{\"é€\": [true, null, -1.5e3, \"x\"]}")));
}

void tst_JsonText::refusesWhatIsTooLong()
{
    QString text = QStringLiteral("[\"");
    text += QString(JsonText::maxSize, QLatin1Char('a'));
    text += QStringLiteral("\"]");
    const auto problem = JsonText::check(text);
    QVERIFY(problem);
    QVERIFY2(problem->what.startsWith(QLatin1String("too long to read as JSON")),
             qPrintable(problem->what));
    QVERIFY(!JsonText::check(text.mid(0, JsonText::maxSize - 2) + QStringLiteral("\"]")));
}

void tst_JsonText::indentsKeepingOrderAndDigits()
{
    // QJsonObject would sort the keys and a double would round the long number.
    const QString json = QStringLiteral(
        "{\"z\":1,\"a\":{\"id\":12345678901234567890,\"f\":1.50},\"s\":\"x, {y}: [z]\"}");
    bool cut = true;
    QCOMPARE(JsonText::indented(json, 1000, &cut),
             QStringLiteral("{\n"
                            "  \"z\": 1,\n"
                            "  \"a\": {\n"
                            "    \"id\": 12345678901234567890,\n"
                            "    \"f\": 1.50\n"
                            "  },\n"
                            "  \"s\": \"x, {y}: [z]\"\n"
                            "}"));
    QVERIFY(!cut);
}

void tst_JsonText::indentsEmptyContainersOnTheirLine()
{
    bool cut = true;
    QCOMPARE(JsonText::indented(QStringLiteral(" [ {} , [ ] ,\"\\\"\" ] "), 1000, &cut),
             QStringLiteral("[\n  {},\n  [],\n  \"\\\"\"\n]"));
    QVERIFY(!cut);
}

void tst_JsonText::indentingIsCutAtItsLimit()
{
    bool cut = false;
    const QString indented = JsonText::indented(QStringLiteral("[1,2,3,4,5,6,7,8,9]"), 10, &cut);
    QCOMPARE(indented.size(), 10);
    QCOMPARE(indented, QStringLiteral("[\n  1,\n  2"));
    QVERIFY(cut);
}

void tst_JsonText::indentedIsTheSameJson()
{
    const QByteArray json = R"({"a":[1,2,{"b":null,"c":[true,false]}],"d":"\u00e9\n","e":{}})";
    bool cut = true;
    const QString indented = JsonText::indented(QString::fromUtf8(json), 1 << 20, &cut);
    QCOMPARE(QJsonDocument::fromJson(indented.toUtf8()), QJsonDocument::fromJson(json));
    QVERIFY(!cut);
}

void tst_JsonText::walksValues_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("end");
    const QString json = QStringLiteral("{\"k\\\"\": [1, {\"x\": \"]}\"}], \"n\": -2.5e1 }");
    QTest::newRow("whole") << json << 0 << int(json.size());
    QTest::newRow("key with escaped quote") << json << 1 << 6;
    QTest::newRow("array with brackets in a string") << json << 8 << 24;
    QTest::newRow("number") << json << 31 << 37;
    QTest::newRow("literal at the end") << QStringLiteral("[true]") << 1 << 5;
}

void tst_JsonText::walksValues()
{
    QFETCH(QString, json);
    QFETCH(int, position);
    QFETCH(int, end);
    QCOMPARE(JsonText::valueEnd(json, position), end);
    QCOMPARE(JsonText::skipSpace(QStringLiteral(" \t\r\n x"), 0), 5);
}

void tst_JsonText::decodesStrings_data()
{
    QTest::addColumn<QString>("quoted");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("\"abc\"") << QStringLiteral("abc");
    QTest::newRow("empty") << QStringLiteral("\"\"") << QString();
    QTest::newRow("escapes") << QStringLiteral("\"a\\\"b\\\\c\\n\\t\\/\"")
                             << QStringLiteral("a\"b\\c\n\t/");
    QTest::newRow("surrogate pair")
        << QStringLiteral("\"\\ud83d\\ude00\"") << QString::fromUtf8("\xf0\x9f\x98\x80");
}

void tst_JsonText::decodesStrings()
{
    QFETCH(QString, quoted);
    QFETCH(QString, text);
    QCOMPARE(JsonText::decodeString(quoted), text);
}

QTEST_GUILESS_MAIN(tst_JsonText)
#include "tst_jsontext.moc"
