// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <fieldexpression.h>
#include <jsonpath.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using Banter::FieldExpression;
using Banter::JsonPath;

namespace {

// The message most rows look at: every JSON type, nesting, odd and non-ASCII keys.
const char *const message = R"({
    "type": "trade", "price": 120.5, "qty": 3, "neg": -5, "big": 1e300, "str": "101",
    "flag": true, "off": false, "nothing": null, "empty": "", "path": "a/b",
    "text": "Line1\nline2", "user": {"name": "alice", "tags": ["a", "b"]},
    "items": [{"id": 1}, {"id": 3, "x": null}, {"id": "3"}],
    "odd key": {"x": null}, "a": {"p": true, "q": 1},
    "名前": "ジョン", "prénom": "Émile", "emoji": "😀",
    "e000": "\ue000", "astral": "\ud800\udc00"
})";

QJsonValue json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON: %s", qPrintable(error.errorString()));
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

QString compact(const QJsonValue &value)
{
    // A scalar has no document of its own: wrapped in an array and unwrapped again.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

} // namespace

// The field filter's language: JSON paths, every operator, literal and type rule, the canonical
// form, every mistake in words with its exact place, and the limits against hostile input.
class tst_FieldExpression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pathParses_data();
    void pathParses();
    void pathRefusesInWords_data();
    void pathRefusesInWords();
    void pathSelects_data();
    void pathSelects();
    void pathStopsAtTheFirstYes();
    void pathStepsForCopyPath();

    void matches_data();
    void matches();
    void matchesText_data();
    void matchesText();
    void canonicalFormReadsBack_data();
    void canonicalFormReadsBack();
    void refusesInWords_data();
    void refusesInWords();
    void emptyMatchesEverything();
    void nestingAndLengthAreBounded();
    void copiesEvaluateInSeveralThreads();
    void keepsTheFuzzTargetsPromises_data();
    void keepsTheFuzzTargetsPromises();
    void matchesTextQuickly();
};

void tst_FieldExpression::pathParses_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("steps");
    QTest::newRow("root") << "$"
                          << "$" << 0;
    QTest::newRow("names") << "$.user.name"
                           << "$.user.name" << 2;
    QTest::newRow("underscore and digits") << "$._a9.b_2"
                                           << "$._a9.b_2" << 2;
    QTest::newRow("quoted key") << "$[\"odd key\"].x"
                                << "$[\"odd key\"].x" << 2;
    QTest::newRow("quoted name") << "$['x']"
                                 << "$.x" << 1;
    QTest::newRow("escapes in a key") << "$[\"a\\\"b\\\\c\\n\\u00e9\"]"
                                      << "$[\"a\\\"b\\\\c\\né\"]" << 1;
    QTest::newRow("escaped name") << "$[\"\\u00e9t\\u00e9\"]"
                                  << "$.été" << 1;
    QTest::newRow("empty key") << "$[\"\"]"
                               << "$[\"\"]" << 1;
    QTest::newRow("key with a dot") << "$[\"a.b\"]"
                                    << "$[\"a.b\"]" << 1;
    QTest::newRow("key from a digit") << "$[\"1a\"]"
                                      << "$[\"1a\"]" << 1;
    QTest::newRow("index") << "$[0]"
                           << "$[0]" << 1;
    QTest::newRow("negative index") << "$.items[-1].id"
                                    << "$.items[-1].id" << 3;
    QTest::newRow("spaces in brackets") << "$[ 3 ][ 'k' ][ * ]"
                                        << "$[3].k[*]" << 3;
    QTest::newRow("leading zeros") << "$[007]"
                                   << "$[7]" << 1;
    QTest::newRow("minus zero") << "$[-0]"
                                << "$[0]" << 1;
    QTest::newRow("wildcards") << "$.*[*].a"
                               << "$[*][*].a" << 3;
    QTest::newRow("non-ASCII names") << "$.prénom.名前"
                                     << "$.prénom.名前" << 2;
    QTest::newRow("letter beyond the BMP") << "$.𝑥"
                                           << "$.𝑥" << 1;
    QTest::newRow("emoji key") << "$[\"😀\"]"
                               << "$[\"😀\"]" << 1;
    QTest::newRow("combining mark") << "$.e\u0301t\u0301"
                                    << "$.e\u0301t\u0301" << 1;
    QTest::newRow("control character") << "$[\"\\u0001\"]"
                                       << "$[\"\\u0001\"]" << 1;
    QTest::newRow("lone surrogate") << "$[\"\\ud800\"]"
                                    << "$[\"\\ud800\"]" << 1;
    QTest::newRow("spaces around") << "  $.a  "
                                   << "$.a" << 1;
}

void tst_FieldExpression::pathParses()
{
    QFETCH(QString, source);
    QFETCH(QString, canonical);
    QFETCH(int, steps);
    QString error;
    qsizetype position = -1;
    const std::optional<JsonPath> path = JsonPath::parse(source, &error, &position);
    QVERIFY2(path, qPrintable(error));
    QCOMPARE(path->toString(), canonical);
    QCOMPARE(path->steps().size(), steps);
    const std::optional<JsonPath> again = JsonPath::parse(canonical);
    QVERIFY(again);
    QCOMPARE(*again, *path);
}

void tst_FieldExpression::pathRefusesInWords_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("word");
    QTest::newRow("empty") << "" << 0 << "$.field";
    QTest::newRow("no dollar") << "a.b" << 0 << "$.field";
    QTest::newRow("dot alone") << "$." << 1 << "name";
    QTest::newRow("two dots") << "$..a" << 1 << "name";
    QTest::newRow("dot digit") << "$.1" << 1 << "quotes";
    QTest::newRow("bracket alone") << "$[" << 1 << "index";
    QTest::newRow("bracket word") << "$[a]" << 1 << "index";
    QTest::newRow("no closing bracket") << "$[0" << 1 << "missing";
    QTest::newRow("junk in brackets") << "$[0 1]" << 4 << "“]”";
    QTest::newRow("minus alone") << "$[-]" << 2 << "digit";
    QTest::newRow("index too large") << "$[1234567890123456789]" << 2 << "large";
    QTest::newRow("open quote") << "$[\"a]" << 2 << "closing";
    QTest::newRow("bad escape") << "$[\"\\x\"]" << 3 << "escape";
    QTest::newRow("short unicode escape") << "$[\"\\u12\"]" << 3 << "hex";
    QTest::newRow("junk after") << "$.a b" << 4 << "end";
}

void tst_FieldExpression::pathRefusesInWords()
{
    QFETCH(QString, source);
    QFETCH(int, position);
    QFETCH(QString, word);
    QString error;
    qsizetype errorPosition = -1;
    QVERIFY(!JsonPath::parse(source, &error, &errorPosition));
    QCOMPARE(errorPosition, position);
    QVERIFY2(error.contains(word), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("character %1").arg(position + 1)), qPrintable(error));
    QVERIFY(!JsonPath::parse(source)); // the error and its place are optional
}

void tst_FieldExpression::pathSelects_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QStringList>("selected");
    const QString object =
        QStringLiteral(R"({"b": 2, "a": [10, {"k": "v"}, null], "c": {"x": 1}})");
    QTest::newRow("root") << "$"
                          << "[1]" << QStringList{QStringLiteral("[1]")};
    QTest::newRow("member") << "$.b" << object << QStringList{QStringLiteral("2")};
    QTest::newRow("missing member") << "$.z" << object << QStringList();
    QTest::newRow("member of a number") << "$.b.c" << object << QStringList();
    QTest::newRow("member of an array") << "$.a.k" << object << QStringList();
    QTest::newRow("index") << "$.a[1].k" << object << QStringList{QStringLiteral("\"v\"")};
    QTest::newRow("null element") << "$.a[2]" << object << QStringList{QStringLiteral("null")};
    QTest::newRow("last") << "$.a[-1]" << object << QStringList{QStringLiteral("null")};
    QTest::newRow("first from the end") << "$.a[-3]" << object << QStringList{QStringLiteral("10")};
    QTest::newRow("before the first") << "$.a[-4]" << object << QStringList();
    QTest::newRow("beyond the last") << "$.a[3]" << object << QStringList();
    QTest::newRow("index of an object") << "$.c[0]" << object << QStringList();
    QTest::newRow("every element")
        << "$.a[*]" << object
        << QStringList{QStringLiteral("10"), QStringLiteral("{\"k\":\"v\"}"),
                       QStringLiteral("null")};
    // Objects in key order: how Qt keeps them, whatever order the text had.
    QTest::newRow("every member") << "$.*" << object
                                  << QStringList{QStringLiteral("[10,{\"k\":\"v\"},null]"),
                                                 QStringLiteral("2"), QStringLiteral("{\"x\":1}")};
    QTest::newRow("wildcard then member") << "$[*].x" << object << QStringList{QStringLiteral("1")};
    QTest::newRow("wildcard of a number") << "$.b[*]" << object << QStringList();
    QTest::newRow("two wildcards")
        << "$[*][*]"
        << R"([[1, 2], {"a": 3}, 4, []])"
        << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    QTest::newRow("quoted keys") << "$[\"odd key\"][\"\"]"
                                 << R"({"odd key": {"": true}})"
                                 << QStringList{QStringLiteral("true")};
    QTest::newRow("non-ASCII key")
        << "$.名前"
        << R"({"名前": "ジョン"})" << QStringList{QStringLiteral("\"ジョン\"")};
}

void tst_FieldExpression::pathSelects()
{
    QFETCH(QString, path);
    QFETCH(QString, document);
    QFETCH(QStringList, selected);
    const std::optional<JsonPath> parsed = JsonPath::parse(path);
    QVERIFY(parsed);
    QStringList seen;
    QVERIFY(!parsed->select(json(document.toUtf8().constData()), [&seen](const QJsonValue &value) {
        seen.append(compact(value));
        return false;
    }));
    QCOMPARE(seen, selected);
}

void tst_FieldExpression::pathStopsAtTheFirstYes()
{
    const std::optional<JsonPath> path = JsonPath::parse(QStringLiteral("$[*]"));
    int calls = 0;
    QVERIFY(path->select(json("[1, 2, 3, 4]"), [&calls](const QJsonValue &value) {
        ++calls;
        return value.toInt() == 2;
    }));
    QCOMPARE(calls, 2);
    calls = 0;
    QVERIFY(!path->select(json("[]"), [&calls](const QJsonValue &) { return ++calls > 0; }));
    QCOMPARE(calls, 0);
}

void tst_FieldExpression::pathStepsForCopyPath()
{
    QCOMPARE(JsonPath::memberStep(QStringLiteral("name")), QStringLiteral(".name"));
    QCOMPARE(JsonPath::memberStep(QStringLiteral("prénom")), QStringLiteral(".prénom"));
    QCOMPARE(JsonPath::memberStep(QStringLiteral("odd key")), QStringLiteral("[\"odd key\"]"));
    QCOMPARE(JsonPath::memberStep(QStringLiteral("a\"b")), QStringLiteral("[\"a\\\"b\"]"));
    QCOMPARE(JsonPath::memberStep(QString()), QStringLiteral("[\"\"]"));
    QCOMPARE(JsonPath::memberStep(QStringLiteral("9lives")), QStringLiteral("[\"9lives\"]"));
    QCOMPARE(JsonPath::indexStep(0), QStringLiteral("[0]"));
    QCOMPARE(JsonPath::indexStep(-1), QStringLiteral("[-1]"));
    // What the JSON tree builds parses back into the steps it was built from.
    const QString built = QStringLiteral("$") + JsonPath::memberStep(QStringLiteral("odd key")) +
                          JsonPath::indexStep(2) + JsonPath::memberStep(QStringLiteral("id"));
    const std::optional<JsonPath> path = JsonPath::parse(built);
    QVERIFY(path);
    QCOMPARE(path->steps().size(), 3);
    QCOMPARE(path->steps().at(0).name, QStringLiteral("odd key"));
    QCOMPARE(path->steps().at(1).kind, JsonPath::Step::Kind::Index);
    QCOMPARE(path->steps().at(1).index, 2);
    QCOMPARE(path->toString(), built);
    QVERIFY(JsonPath::isName(QStringLiteral("_")));
    QVERIFY(!JsonPath::isName(QStringLiteral("a-b")));
    QVERIFY(!JsonPath::isName(QString()));
}

void tst_FieldExpression::matches_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("expected");
    // Text.
    QTest::newRow("text ==") << "$.type == \"trade\"" << true;
    QTest::newRow("text == single quotes") << "$.type == 'trade'" << true;
    QTest::newRow("text is case sensitive") << "$.type == \"Trade\"" << false;
    QTest::newRow("text !=") << "$.type != \"trade\"" << false;
    QTest::newRow("value first") << "\"trade\" == $.type" << true;
    QTest::newRow("empty text") << "$.empty == \"\"" << true;
    QTest::newRow("text >") << "$.type > \"tradd\"" << true;
    QTest::newRow("text < longer") << "$.type < \"trade!\"" << true;
    QTest::newRow("text <= itself") << "$.type <= \"trade\"" << true;
    QTest::newRow("text >= longer") << "$.type >= \"trade!\"" << false;
    QTest::newRow("empty text <") << "$.empty < \"a\"" << true;
    // By code points: U+10000 after U+E000, although its first UTF-16 unit is smaller.
    QTest::newRow("code points >") << "$.astral > \"\\ue000\"" << true;
    QTest::newRow("code points <") << "$.e000 < \"\\ud800\\udc00\"" << true;
    // Numbers.
    QTest::newRow("number >") << "$.price > 100" << true;
    QTest::newRow("number > itself") << "$.price > 120.5" << false;
    QTest::newRow("number >=") << "$.price >= 120.5" << true;
    QTest::newRow("number <") << "$.price < 121" << true;
    QTest::newRow("number <=") << "$.price <= 120" << false;
    QTest::newRow("number ==") << "$.qty == 3" << true;
    QTest::newRow("number == 3.0") << "$.qty == 3.0" << true;
    QTest::newRow("number == 3e0") << "$.qty == 3e0" << true;
    QTest::newRow("number == 0.3e1") << "$.qty == 0.3E+1" << true;
    QTest::newRow("number !=") << "$.qty != 4" << true;
    QTest::newRow("negative") << "$.neg == -5" << true;
    QTest::newRow("negative <") << "$.neg < -4.5" << true;
    QTest::newRow("large") << "$.big > 1e299" << true;
    QTest::newRow("mirrored <") << "100 < $.price" << true;
    QTest::newRow("mirrored <=") << "121 <= $.price" << false;
    QTest::newRow("mirrored >=") << "120.5 >= $.price" << true;
    QTest::newRow("mirrored >") << "120.5 > $.price" << false;
    // Types never mix.
    QTest::newRow("text is no number") << "$.str > 100" << false;
    QTest::newRow("text is no number ==") << "$.str == 101" << false;
    QTest::newRow("text as text") << "$.str == \"101\"" << true;
    QTest::newRow("number is no text") << "$.price == \"120.5\"" << false;
    QTest::newRow("number is no text !=") << "$.price != \"120.5\"" << true;
    QTest::newRow("true is no 1") << "$.flag == 1" << false;
    QTest::newRow("null is no 0") << "$.nothing == 0" << false;
    QTest::newRow("null is no text") << "$.nothing == \"\"" << false;
    QTest::newRow("object is nothing") << "$.user == null" << false;
    QTest::newRow("object != null") << "$.user != null" << true;
    // true, false, null.
    QTest::newRow("true") << "$.flag == true" << true;
    QTest::newRow("true != false") << "$.flag != false" << true;
    QTest::newRow("false") << "$.off == false" << true;
    QTest::newRow("false is not true") << "$.off == true" << false;
    QTest::newRow("null") << "$.nothing == null" << true;
    QTest::newRow("null !=") << "$.nothing != null" << false;
    QTest::newRow("true is not null") << "$.flag == null" << false;
    QTest::newRow("null first") << "null == $.nothing" << true;
    // Missing fields: no value satisfies ==, so != holds.
    QTest::newRow("missing ==") << "$.missing == \"trade\"" << false;
    QTest::newRow("missing !=") << "$.missing != \"trade\"" << true;
    QTest::newRow("missing is not null") << "$.missing == null" << false;
    QTest::newRow("missing != null") << "$.missing != null" << true;
    QTest::newRow("missing <") << "$.missing < 1" << false;
    QTest::newRow("missing deeper") << "$.user.missing.deeper == 1" << false;
    QTest::newRow("missing deeper !=") << "$.user.missing.deeper != 1" << true;
    // exists().
    QTest::newRow("exists") << "exists($.qty)" << true;
    QTest::newRow("exists null") << "exists($.nothing)" << true;
    QTest::newRow("exists missing") << "exists($.missing)" << false;
    QTest::newRow("exists quoted") << "exists($[\"odd key\"].x)" << true;
    QTest::newRow("exists root") << "exists($)" << true;
    QTest::newRow("exists spaces") << "exists ( $.qty )" << true;
    QTest::newRow("exists empty wildcard") << "exists($.user.name[*])" << false;
    // Paths.
    QTest::newRow("quoted key null") << "$[\"odd key\"].x == null" << true;
    QTest::newRow("any id") << "$.items[*].id == 3" << true;
    QTest::newRow("no id") << "$.items[*].id == 2" << false;
    QTest::newRow("any id as text") << "$.items[*].id == \"3\"" << true;
    QTest::newRow("any id !=") << "$.items[*].id != 3" << false;
    QTest::newRow("any id >") << "$.items[*].id > 2" << true;
    QTest::newRow("first id") << "$.items[0].id != 7" << true;
    QTest::newRow("last id") << "$.items[-1].id == \"3\"" << true;
    QTest::newRow("first from the end") << "$.items[-3].id == 1" << true;
    QTest::newRow("before the first") << "$.items[-4].id == 1" << false;
    QTest::newRow("beyond the last") << "$.items[3].id == 1" << false;
    QTest::newRow("any x null") << "$.items[*].x == null" << true;
    QTest::newRow("any member") << "$.a.* == true" << true;
    QTest::newRow("any member [*]") << "$.a[*] == 1" << true;
    QTest::newRow("every member's x") << "$.*.x == null" << true;
    QTest::newRow("any tag") << "$.user.tags[*] == \"b\"" << true;
    QTest::newRow("array is no text") << "$.user.tags == \"b\"" << false;
    QTest::newRow("root is no number") << "$ == 1" << false;
    // Unicode.
    QTest::newRow("non-ASCII key and value") << "$.名前 == \"ジョン\"" << true;
    QTest::newRow("quoted non-ASCII key") << "$[\"名前\"] == \"ジョン\"" << true;
    QTest::newRow("emoji") << "$.emoji == \"😀\"" << true;
    QTest::newRow("emoji escaped") << "$.emoji == \"\\ud83d\\ude00\"" << true;
    QTest::newRow("escaped value") << "$.prénom == \"\\u00c9mile\"" << true;
    QTest::newRow("newline escaped") << "$.text == \"Line1\\nline2\"" << true;
    // Regular expressions.
    QTest::newRow("~") << "$.user.name ~ /^a/" << true;
    QTest::newRow("~ case") << "$.user.name ~ /^A/" << false;
    QTest::newRow("~ i") << "$.user.name ~ /^A/i" << true;
    QTest::newRow("!~") << "$.user.name !~ /^a/" << false;
    QTest::newRow("!~ i") << "$.user.name !~ /^B/i" << true;
    QTest::newRow("~ missing") << "$.missing ~ /x/" << false;
    QTest::newRow("!~ missing") << "$.missing !~ /x/" << true;
    QTest::newRow("~ number") << "$.price ~ /1/" << false;
    QTest::newRow("~ null") << "$.nothing ~ /.*/" << false;
    QTest::newRow("~ array") << "$.user.tags ~ /a/" << false;
    QTest::newRow("~ any element") << "$.user.tags[*] ~ /b/" << true;
    QTest::newRow("~ dot stops at newline") << "$.text ~ /1.line/" << false;
    QTest::newRow("~ s") << "$.text ~ /1.line/s" << true;
    QTest::newRow("~ ^ at start only") << "$.text ~ /^line2/" << false;
    QTest::newRow("~ m") << "$.text ~ /^line2$/m" << true;
    QTest::newRow("~ x") << "$.type ~ /t r a d e # spaced/x" << true;
    QTest::newRow("~ flags together") << "$.text ~ /^LINE1.LINE2$/ims" << true;
    QTest::newRow("~ escaped slash") << "$.path ~ /^a\\/b$/" << true;
    QTest::newRow("~ escape kept") << "$.path ~ /^a\\Wb$/" << true;
    QTest::newRow("~ empty pattern") << "$.empty ~ //" << true;
    QTest::newRow("~ Unicode case") << "$.prénom ~ /^émile$/i" << true;
    QTest::newRow("~ Unicode word") << "$.名前 ~ /^\\w+$/" << true;
    // Precedence: not, then and, then or.
    QTest::newRow("and before or")
        << "$.type == \"trade\" or $.qty == 4 and $.flag == false" << true;
    QTest::newRow("not before and") << "not $.type == \"trade\" and $.qty == 4" << false;
    QTest::newRow("not before or") << "not $.type == \"trade\" or $.qty == 3" << true;
    QTest::newRow("parentheses") << "($.type == \"trade\" or $.qty == 4) and $.flag == false"
                                 << false;
    QTest::newRow("the issue's example")
        << "$.type == \"trade\" and ($.price >= 100 or not exists($.qty))" << true;
    QTest::newRow("symbols") << "$.qty == 3 && !($.flag == false) || $.x == 1" << true;
    QTest::newRow("! exists") << "!exists($.missing)" << true;
    QTest::newRow("! spaced") << "! exists($.qty)" << false;
    QTest::newRow("not not") << "not not exists($.qty)" << true;
    QTest::newRow("not parenthesised") << "not ($.qty == 3 and $.flag == true)" << false;
    QTest::newRow("long or") << "$.qty == 1 or $.qty == 2 or $.qty == 3" << true;
    QTest::newRow("long and") << "$.qty == 3 and $.flag == true and $.off == true" << false;
    QTest::newRow("no spaces") << "$.qty==3&&$.flag!=false||$.x==1" << true;
    QTest::newRow("newlines") << "$.qty == 3\nand\n$.flag == true" << true;
}

void tst_FieldExpression::matches()
{
    QFETCH(QString, expression);
    QFETCH(bool, expected);
    const FieldExpression parsed = FieldExpression::parse(expression);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
    QVERIFY(!parsed.isEmpty());
    QCOMPARE(parsed.errorPosition(), -1);
    QVERIFY(parsed.errorString().isEmpty());
    QCOMPARE(parsed.source(), expression);
    QCOMPARE(parsed.matches(json(message)), expected);
    QCOMPARE(parsed.matchesText(QString::fromUtf8(message)), expected);
    // Its canonical form means the same.
    const FieldExpression canonical = FieldExpression::parse(parsed.toString());
    QVERIFY2(canonical.isValid(), qPrintable(parsed.toString()));
    QCOMPARE(canonical.toString(), parsed.toString());
    QCOMPARE(canonical.matches(json(message)), expected);
}

void tst_FieldExpression::matchesText_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("object") << "$.a == 1"
                            << "{\"a\":1}" << true;
    QTest::newRow("object, no") << "$.a == 1"
                                << "{\"a\":2}" << false;
    QTest::newRow("spaces around") << "$.a == 1"
                                   << " \n{\"a\": 1}\t " << true;
    QTest::newRow("array") << "$[0].a == 1"
                           << "[{\"a\":1}]" << true;
    QTest::newRow("non-ASCII") << "$.n == \"é😀\""
                               << "{\"n\":\"é😀\"}" << true;
    QTest::newRow("non-ASCII key") << "$.名前 ~ /ジ/"
                                   << "{\"名前\":\"ジョン\"}" << true;
    QTest::newRow("broken") << "exists($)"
                            << "{\"a\":1" << false;
    QTest::newRow("trailing junk") << "exists($)"
                                   << "{\"a\":1} x" << false;
    QTest::newRow("a number") << "exists($)"
                              << "1" << false;
    QTest::newRow("a string") << "exists($)"
                              << "\"x\"" << false;
    QTest::newRow("null") << "exists($)"
                          << "null" << false;
    QTest::newRow("plain text") << "exists($)"
                                << "hello" << false;
    QTest::newRow("nothing") << "exists($)"
                             << "" << false;
    QTest::newRow("!= on broken JSON") << "$.a != 1"
                                       << "{" << false;
    QTest::newRow("not on plain text") << "not exists($.a)"
                                       << "hello" << false;
    // Half a surrogate pair in the text (not in JSON's \u escapes): UTF-8 has no code for it.
    QTest::newRow("lone surrogate")
        << "$.a ~ /x/" << QStringLiteral("{\"a\":\"x") + QChar(0xd800) + QStringLiteral("\"}")
        << true;
}

void tst_FieldExpression::matchesText()
{
    QFETCH(QString, expression);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    const FieldExpression parsed = FieldExpression::parse(expression);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed.matchesText(text), expected);
    // The same again: the buffer kept between calls holds nothing of the last one.
    QCOMPARE(parsed.matchesText(text), expected);
    QCOMPARE(parsed.matchesText(QStringView(text).left(text.size())), expected);
}

void tst_FieldExpression::canonicalFormReadsBack_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("spaces") << "$.type==\"trade\""
                            << "$.type == \"trade\"";
    QTest::newRow("single quotes") << "$.a == 'say \"hi\"'"
                                   << "$.a == \"say \\\"hi\\\"\"";
    QTest::newRow("escapes") << "$[\"\\u00e9\"] == \"\\u0001\\t\\/\""
                             << "$.é == \"\\u0001\\t/\"";
    QTest::newRow("mirrored ==") << "\"trade\" == $.type"
                                 << "$.type == \"trade\"";
    QTest::newRow("mirrored <") << "100 < $.price"
                                << "$.price > 100";
    QTest::newRow("mirrored <=") << "100 <= $.price"
                                 << "$.price >= 100";
    QTest::newRow("mirrored >") << "100 > $.price"
                                << "$.price < 100";
    QTest::newRow("mirrored !=") << "null != $.x"
                                 << "$.x != null";
    QTest::newRow("number") << "$.b == 1.50"
                            << "$.b == 1.5";
    QTest::newRow("whole number") << "$.x == 1e2"
                                  << "$.x == 100";
    QTest::newRow("large whole number") << "$.x == 100000"
                                        << "$.x == 100000";
    QTest::newRow("minus zero") << "$.x == -0"
                                << "$.x == 0";
    QTest::newRow("exponent") << "$.x >= 1e20"
                              << "$.x >= 1e+20";
    QTest::newRow("fraction") << "$.x < 0.1"
                              << "$.x < 0.1";
    QTest::newRow("small") << "$.x > -1.5e-7"
                           << "$.x > -1.5e-07";
    QTest::newRow("symbols") << "exists($.a) && !exists($.b) || exists($.c)"
                             << "exists($.a) and not exists($.b) or exists($.c)";
    QTest::newRow("or inside and") << "($.a == 1 or $.b == 2) and $.c == 3"
                                   << "($.a == 1 or $.b == 2) and $.c == 3";
    QTest::newRow("and inside or") << "$.a == 1 or ($.b == 2 and $.c == 3)"
                                   << "$.a == 1 or $.b == 2 and $.c == 3";
    QTest::newRow("or inside or") << "$.a == 1 or ($.b == 2 or $.c == 3)"
                                  << "$.a == 1 or $.b == 2 or $.c == 3";
    QTest::newRow("and inside and") << "($.a == 1 and $.b == 2) and $.c == 3"
                                    << "$.a == 1 and $.b == 2 and $.c == 3";
    QTest::newRow("or inside and, right") << "$.c == 3 and ($.a == 1 or $.b == 2)"
                                          << "$.c == 3 and ($.a == 1 or $.b == 2)";
    QTest::newRow("double parentheses") << "(($.a == 1))"
                                        << "$.a == 1";
    QTest::newRow("not of a comparison") << "not ($.a == 1)"
                                         << "not $.a == 1";
    QTest::newRow("not of an and") << "not ($.a == 1 and $.b == 2)"
                                   << "not ($.a == 1 and $.b == 2)";
    QTest::newRow("not of an or") << "!($.a == 1 || $.b == 2)"
                                  << "not ($.a == 1 or $.b == 2)";
    QTest::newRow("not not") << "!!exists($.a)"
                             << "not not exists($.a)";
    QTest::newRow("regex flags in order") << "$.a ~ /a\\/b/xsmi"
                                          << "$.a ~ /a\\/b/imsx";
    QTest::newRow("regex flags twice") << "$.a ~ /a/ii"
                                       << "$.a ~ /a/i";
    QTest::newRow("regex backslashes") << "$.a !~ /\\\\/"
                                       << "$.a !~ /\\\\/";
    QTest::newRow("regex backslash then slash") << "$.a ~ /\\\\\\//"
                                                << "$.a ~ /\\\\\\//";
    QTest::newRow("wildcard") << "$.a.* == true"
                              << "$.a[*] == true";
    QTest::newRow("quoted path") << "$[ 'odd key' ].x != null"
                                 << "$[\"odd key\"].x != null";
    QTest::newRow("index") << "$.items[ -1 ].id == 3"
                           << "$.items[-1].id == 3";
    QTest::newRow("exists spaced") << "exists ( $.a )"
                                   << "exists($.a)";
}

void tst_FieldExpression::canonicalFormReadsBack()
{
    QFETCH(QString, source);
    QFETCH(QString, canonical);
    const FieldExpression parsed = FieldExpression::parse(source);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.errorString()));
    QCOMPARE(parsed.toString(), canonical);
    const FieldExpression again = FieldExpression::parse(canonical);
    QVERIFY2(again.isValid(), qPrintable(again.errorString()));
    QCOMPARE(again.toString(), canonical);
    for (const char *document :
         {message, R"({"a": 1, "b": 1.5, "c": 3, "x": 100, "items": [{"id": 3}]})",
          R"({"a": "a/b", "b": 2, "x": -0.0})", R"({"a": "\\/", "x": null})", "[]"}) {
        QCOMPARE(again.matches(json(document)), parsed.matches(json(document)));
    }
}

void tst_FieldExpression::refusesInWords_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("position"); // 0-based; the message names position + 1
    QTest::addColumn<QString>("word");
    QTest::newRow("no value") << "$.user.id ==" << 12 << "expected a value after “==”";
    QTest::newRow("no value, spaces") << "$.type ==   " << 12 << "value";
    QTest::newRow("unknown function") << "exist($.a)" << 0
                                      << "unknown function “exist” at character 1 (the one "
                                         "function is exists($.path))";
    QTest::newRow("open parenthesis") << "($.a == 1" << 0 << "“)” missing for the “(”";
    QTest::newRow("inner open parenthesis") << "$.a == 1 and ($.b == 2" << 13 << "missing";
    QTest::newRow("path alone")
        << "$.a" << 0
        << "a path alone is no condition at character 1: compare it (== != < <= > >= ~) or "
           "write exists($.path)";
    QTest::newRow("path alone before and") << "$.b == 1 and $.a and $.c == 2" << 13 << "alone";
    QTest::newRow("path alone in parentheses") << "($.a)" << 1 << "alone";
    QTest::newRow("not a regular expression") << "$.a ~ /a)/" << 8 << "not a regular expression";
    QTest::newRow("unclosed group") << "$.a ~ /(/" << 8 << "regular expression";
    QTest::newRow("unclosed class after \\/") << "$.a ~ /\\/[/" << 10 << "regular expression";
    QTest::newRow("single =") << "$.a = 1" << 4 << "==";
    QTest::newRow("capital AND") << "$.a == 1 AND $.b == 2" << 9 << "lower case";
    QTest::newRow("capital NOT") << "NOT exists($.a)" << 0 << "“not”";
    QTest::newRow("capital TRUE") << "$.a == TRUE" << 7 << "“true”";
    QTest::newRow("unquoted text") << "$.a == trade" << 7 << "quotes";
    QTest::newRow("no $") << "type == \"trade\"" << 0 << "$.type";
    QTest::newRow("stray )") << "$.a == 1)" << 8 << "has no “(”";
    QTest::newRow("missing and") << "$.a == 1 $.b == 2" << 9 << "“and”";
    QTest::newRow("missing and in parentheses") << "($.a == 1 $.b == 2)" << 10 << "“)”";
    QTest::newRow("nothing after and") << "$.a == 1 and" << 12 << "after “and”";
    QTest::newRow("nothing after ||") << "$.a == 1 ||" << 11 << "after “||”";
    QTest::newRow("and twice") << "$.a == 1 and or $.b == 1" << 13 << "condition";
    QTest::newRow("and first") << "and $.a == 1" << 0 << "condition";
    QTest::newRow("empty parentheses") << "()" << 1 << "after “(”";
    QTest::newRow("not alone") << "not" << 3 << "after “not”";
    QTest::newRow("operator first") << "== 1" << 0 << "condition";
    QTest::newRow("dot alone") << "$. == 1" << 1 << "name";
    QTest::newRow("bracket alone") << "$.a[ == 1" << 3 << "index";
    QTest::newRow("junk in brackets") << "$.a[0 == 1" << 6 << "“]”";
    QTest::newRow("unclosed bracket") << "$.a[0" << 3 << "missing";
    QTest::newRow("index too large") << "$.a[99999999999999999999] == 1" << 4 << "large";
    QTest::newRow("unclosed text") << "$.a == \"abc" << 7 << "closing";
    QTest::newRow("unclosed single quotes") << "$.a == 'abc\"" << 7 << "closing";
    QTest::newRow("bad escape") << "$.a == \"\\q\"" << 8 << "escape";
    QTest::newRow("short \\u") << "$.a == \"\\u12\"" << 8 << "hex";
    QTest::newRow("point without digits") << "$.a == 1." << 8 << "digit";
    QTest::newRow("exponent without digits") << "$.a == 1e+" << 8 << "exponent";
    QTest::newRow("minus alone") << "$.a == -" << 7 << "digit";
    QTest::newRow("minus then space") << "$.a == - 1" << 7 << "digit";
    QTest::newRow("number out of range") << "$.a == 1e999" << 7 << "range";
    QTest::newRow("number too small") << "$.a == -1e-999" << 7 << "range";
    QTest::newRow("ordering true") << "$.a < true" << 4 << "== and !=";
    QTest::newRow("ordering null") << "$.a >= null" << 4 << "== and !=";
    QTest::newRow("ordering null, mirrored") << "null > $.a" << 5 << "== and !=";
    QTest::newRow("two paths") << "$.a == $.b" << 7 << "path";
    QTest::newRow("two values") << "1 == 2" << 5 << "path";
    QTest::newRow("value ~") << "\"x\" ~ $.a" << 4 << "left";
    QTest::newRow("value alone") << "\"trade\"" << 0 << "alone";
    QTest::newRow("value alone before or") << "true or exists($.a)" << 0 << "alone";
    QTest::newRow("~ text") << "$.a ~ \"x\"" << 6 << "/pattern/";
    QTest::newRow("unclosed regex") << "$.a ~ /x" << 6 << "closing";
    QTest::newRow("unknown flag") << "$.a ~ /x/g" << 9 << "flag";
    QTest::newRow("flag glued to and") << "$.a ~ /x/and $.b == 1" << 9 << "flag";
    QTest::newRow("exists without (") << "exists $.a" << 7 << "exists($.path)";
    QTest::newRow("exists unclosed") << "exists($.a" << 6 << "missing";
    QTest::newRow("exists of a value") << "exists(1)" << 7 << "path";
    QTest::newRow("exists junk") << "exists($.a b)" << 11 << "“)”";
    QTest::newRow("no operator") << "$.a 3" << 4 << "operator";
    QTest::newRow("no operator after a value") << "3 $.a" << 2 << "operator";
    QTest::newRow("word") << "hello" << 0 << "no path";
    QTest::newRow("nested too deeply")
        << QString(65, QLatin1Char('(')) + QStringLiteral("$.a == 1") +
               QString(65, QLatin1Char(')'))
        << 64 << "nested too deeply at character 65 (at most 64 levels)";
    QTest::newRow("not too deeply")
        << QStringLiteral("not ").repeated(65) + QStringLiteral("$.a == 1") << 256 << "deeply";
    QTest::newRow("! too deeply") << QString(65, QLatin1Char('!')) + QStringLiteral("exists($)")
                                  << 64 << "deeply";
    QTest::newRow("too long") << QStringLiteral("$.a == 1 or ").repeated(6000) +
                                     QStringLiteral("$.a == 1")
                              << 65536 << "too long";
    // The canonical form escapes each control character in six: too long to be read back.
    QTest::newRow("too long written out")
        << QStringLiteral("$.a == \"") + QString(20000, QChar(1)) + QLatin1Char('"') << 20009
        << "written out in full";
}

void tst_FieldExpression::refusesInWords()
{
    QFETCH(QString, source);
    QFETCH(int, position);
    QFETCH(QString, word);
    const FieldExpression parsed = FieldExpression::parse(source);
    QVERIFY(!parsed.isValid());
    QVERIFY(!parsed.isEmpty());
    QVERIFY2(parsed.errorString().contains(word), qPrintable(parsed.errorString()));
    QCOMPARE(parsed.errorPosition(), position);
    QVERIFY2(parsed.errorString().contains(QStringLiteral("at character %1").arg(position + 1)),
             qPrintable(parsed.errorString()));
    QCOMPARE(parsed.source(), source);
    QVERIFY(parsed.toString().isEmpty());
    // An invalid expression matches nothing, not even what "not" of it would.
    QVERIFY(!parsed.matches(json(message)));
    QVERIFY(!parsed.matchesText(QString::fromUtf8(message)));
}

void tst_FieldExpression::emptyMatchesEverything()
{
    for (const QString &source : {QString(), QStringLiteral("   "), QStringLiteral("\n\t")}) {
        const FieldExpression parsed = FieldExpression::parse(source);
        QVERIFY(parsed.isValid());
        QVERIFY(parsed.isEmpty());
        QCOMPARE(parsed.errorPosition(), -1);
        QVERIFY(parsed.toString().isEmpty());
        QVERIFY(parsed.matches(json(message)));
        QVERIFY(parsed.matchesText(QStringLiteral("not even JSON")));
    }
    const FieldExpression none;
    QVERIFY(none.isValid());
    QVERIFY(none.isEmpty());
    QVERIFY(none.matches(QJsonValue()));
    QVERIFY(!FieldExpression::parse(QStringLiteral("exists($)")).isEmpty());
}

void tst_FieldExpression::nestingAndLengthAreBounded()
{
    // 64 levels are allowed.
    const QString deep = QString(64, QLatin1Char('(')) + QStringLiteral("$.qty == 3") +
                         QString(64, QLatin1Char(')'));
    const FieldExpression parentheses = FieldExpression::parse(deep);
    QVERIFY2(parentheses.isValid(), qPrintable(parentheses.errorString()));
    QVERIFY(parentheses.matches(json(message)));
    QCOMPARE(parentheses.toString(), QStringLiteral("$.qty == 3"));
    const FieldExpression nots =
        FieldExpression::parse(QStringLiteral("not ").repeated(64) + QStringLiteral("$.qty == 3"));
    QVERIFY2(nots.isValid(), qPrintable(nots.errorString()));
    QVERIFY(nots.matches(json(message))); // an even number of them
    QVERIFY(FieldExpression::parse(nots.toString()).isValid());
    const QString mixed = QStringLiteral("not (").repeated(32) + QStringLiteral("$.qty == 3") +
                          QString(32, QLatin1Char(')'));
    QVERIFY(FieldExpression::parse(mixed).isValid());
    QCOMPARE(
        FieldExpression::parse(QStringLiteral("(") + mixed + QStringLiteral(")")).errorPosition(),
        160); // the 32nd "(", 65 levels in

    // A long chain of or and and is no nesting: it is read (and evaluated) without recursing
    // once per operand.
    QStringList terms;
    for (int i = 0; i < 3000; ++i)
        terms.append(QStringLiteral("$.qty == %1").arg(i == 2999 ? 3 : i + 4)); // the last
    const FieldExpression chain = FieldExpression::parse(terms.join(QStringLiteral(" or ")));
    QVERIFY2(chain.isValid(), qPrintable(chain.errorString()));
    QVERIFY(chain.matches(json(message)));
    QCOMPARE(FieldExpression::parse(chain.toString()).toString(), chain.toString());
    const FieldExpression conjunction = FieldExpression::parse(terms.join(QStringLiteral(" && ")));
    QVERIFY(conjunction.isValid());
    QVERIFY(!conjunction.matches(json(message)));

    // Just at the limit.
    QString longest = QStringLiteral("$.type == \"");
    longest += QString(FieldExpression::maxLength - longest.size() - 1, QLatin1Char('x'));
    longest += QLatin1Char('"');
    QCOMPARE(longest.size(), FieldExpression::maxLength);
    QVERIFY(FieldExpression::parse(longest).isValid());
    QVERIFY(!FieldExpression::parse(longest + QLatin1Char(' ')).isValid());
}

void tst_FieldExpression::copiesEvaluateInSeveralThreads()
{
    const FieldExpression original = FieldExpression::parse(
        QStringLiteral("$.user.name ~ /^a.*e$/i and $.items[*].id >= 3 or $.qty == 4"));
    QVERIFY(original.isValid());
    const QJsonValue yes = json(message);
    const QString yesText = QString::fromUtf8(message);
    const QString noText = QStringLiteral("{\"user\":{\"name\":\"bob\"},\"qty\":3}");
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            const FieldExpression copy = t % 2 ? original : FieldExpression(original);
            for (int i = 0; i < 500; ++i) {
                if (!copy.matches(yes) || !copy.matchesText(yesText) || copy.matchesText(noText))
                    ++wrong;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
    const FieldExpression assigned = original;
    QCOMPARE(assigned.toString(), original.toString());
}

// What fuzz_fieldexpression checks on every input, on inputs at the edges of the language. Its
// runs so far found nothing; an input it finds goes here, with a row name that says what broke.
void tst_FieldExpression::keepsTheFuzzTargetsPromises_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("escaped backslash, then escaped slash") << "$.a ~ /\\\\\\//";
    QTest::newRow("pattern of one escaped backslash") << "$.a ~ /\\\\/";
    QTest::newRow("x flag, comment, line break") << "$.a ~ /a # c \\/\n b/x";
    QTest::newRow("escaped control characters") << "$.a == \"\\u0000\\u001f\\u007f\"";
    QTest::newRow("raw control character")
        << QStringLiteral("$.a == \"") + QChar(1) + QStringLiteral("\"");
    QTest::newRow("raw lone surrogate")
        << QStringLiteral("$[\"") + QChar(0xdc00) + QStringLiteral("\"] == 1");
    QTest::newRow("escaped lone surrogate") << "$[\"\\ud800\"] != '\\udfff'";
    QTest::newRow("smallest double") << "$.a < 5e-324";
    QTest::newRow("400 digits") << QStringLiteral("$.a == ") + QString(400, QLatin1Char('9'));
    QTest::newRow("400 zeros after the point")
        << QStringLiteral("$.a == 0.") + QString(400, QLatin1Char('0')) + QLatin1Char('1');
    QTest::newRow("nots and parentheses") << "!(!(!($.a == 1)))";
    QTest::newRow("empty key, wildcard") << "$[\"\"][*] == null";
    QTest::newRow("negative value first") << "-1 >= $.a[-1]";
    QTest::newRow("or of ands of ors") << "($.a == 1 || $.b == 2) && ($.c == 3 || !($.d == 4))";
}

void tst_FieldExpression::keepsTheFuzzTargetsPromises()
{
    QFETCH(QString, source);
    const FieldExpression parsed = FieldExpression::parse(source);
    if (!parsed.isValid()) {
        QVERIFY(parsed.errorPosition() >= 0 && parsed.errorPosition() <= source.size());
        QVERIFY(!parsed.errorString().isEmpty());
        return;
    }
    const FieldExpression again = FieldExpression::parse(parsed.toString());
    QVERIFY2(again.isValid(), qPrintable(again.errorString()));
    QCOMPARE(again.toString(), parsed.toString());
    for (const char *document : {message, "{}", "[1, \"a\", null, true, {\"a\": [0]}]"})
        QCOMPARE(again.matches(json(document)), parsed.matches(json(document)));
}

// A log of many short rows, as the filter sees it; QBENCHMARK says how long one pass takes
// (run with -iterations or -callgrind for figures; a plain run does it once).
void tst_FieldExpression::matchesTextQuickly()
{
    const FieldExpression expression = FieldExpression::parse(
        QStringLiteral("$.type == \"trade\" and ($.price >= 100 or not exists($.qty))"));
    QList<QString> rows;
    for (int i = 0; i < 20000; ++i)
        rows.append(QStringLiteral("{\"type\":\"%1\",\"price\":%2,\"qty\":%3,\"id\":%4}")
                        .arg(i % 3 ? QStringLiteral("trade") : QStringLiteral("quote"))
                        .arg(i % 200)
                        .arg(i % 5)
                        .arg(i));
    int matched = 0;
    QBENCHMARK
    {
        matched = 0;
        for (const QString &row : rows)
            matched += expression.matchesText(row);
    }
    // Trades (2 in 3) priced 100 to 199 (1 in 2).
    QVERIFY(matched > 6000 && matched < 7400);
}

QTEST_GUILESS_MAIN(tst_FieldExpression)
#include "tst_fieldexpression.moc"
