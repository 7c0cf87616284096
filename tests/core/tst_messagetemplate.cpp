// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <messagetemplate.h>

#include <QRegularExpression>
#include <QTest>
#include <QUuid>

using Banter::MessageTemplate;

namespace {

// A context with a fixed clock and a chance that always gives the middle of its range.
MessageTemplate::Context fixedContext()
{
    MessageTemplate::Context context;
    context.variables.insert(QStringLiteral("user"), QStringLiteral("sam"));
    context.variables.insert(QStringLiteral("api.key"), QStringLiteral("k-1"));
    context.now = [] { return QDateTime::fromMSecsSinceEpoch(1767225600123, Qt::UTC); };
    context.random = [](qint64 low, qint64 high) { return low + (high - low) / 2; };
    return context;
}

} // namespace

// {{variables}} in a message: each one, the counter's steps, the escape, and every mistake in
// words with its position.
class tst_MessageTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandsEveryVariable_data();
    void expandsEveryVariable();
    void realClockChanceAndUuids();
    void counterStepsOncePerMessage();
    void refusesInWords_data();
    void refusesInWords();
    void namesTheUserMayGive();
};

void tst_MessageTemplate::expandsEveryVariable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expanded");
    QTest::newRow("none") << "plain {text} }}"
                          << "plain {text} }}";
    QTest::newRow("user's") << "hi {{user}}"
                            << "hi sam";
    QTest::newRow("spaces inside") << "{{  user }}!"
                                   << "sam!";
    QTest::newRow("dotted name") << "key={{api.key}}"
                                 << "key=k-1";
    QTest::newRow("now") << "{{now}}"
                         << "2026-01-01T00:00:00.123Z";
    QTest::newRow("timestamp") << "{{timestamp}}"
                               << "1767225600123";
    QTest::newRow("counter") << "#{{counter}}"
                             << "#1";
    QTest::newRow("random") << "{{random 1 100}}"
                            << "50";
    QTest::newRow("negative random") << "{{random -10 -2}}"
                                     << "-6";
    QTest::newRow("one-number random") << "{{random 7 7}}"
                                       << "7";
    QTest::newRow("escaped") << "\\{{user}} is {{user}}"
                             << "{{user}} is sam";
    QTest::newRow("JSON") << "{\"user\":\"{{user}}\",\"n\":{{counter}}}"
                          << "{\"user\":\"sam\",\"n\":1}";
    QTest::newRow("adjacent") << "{{user}}{{user}}"
                              << "samsam";
}

void tst_MessageTemplate::expandsEveryVariable()
{
    QFETCH(QString, text);
    QFETCH(QString, expanded);
    MessageTemplate::Context context = fixedContext();
    QString error;
    const std::optional<QString> result = MessageTemplate::expand(text, &context, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(*result, expanded);
    QVERIFY(error.isEmpty());
}

void tst_MessageTemplate::realClockChanceAndUuids()
{
    MessageTemplate::Context context;
    QString error;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const std::optional<QString> result = MessageTemplate::expand(
        QStringLiteral("{{uuid}} {{uuid}} {{timestamp}} {{random 1 6}} {{now}}"), &context, &error);
    QVERIFY2(result, qPrintable(error));
    const QStringList parts = result->split(QLatin1Char(' '));
    QCOMPARE(parts.size(), 5);
    QVERIFY(!QUuid::fromString(parts.at(0)).isNull());
    QVERIFY(parts.at(0) != parts.at(1)); // a new one each time
    QVERIFY(parts.at(2).toLongLong() >= before);
    QVERIFY(parts.at(2).toLongLong() <= QDateTime::currentMSecsSinceEpoch());
    QVERIFY(parts.at(3).toInt() >= 1 && parts.at(3).toInt() <= 6);
    QVERIFY(QDateTime::fromString(parts.at(4), Qt::ISODateWithMs).isValid());
    QVERIFY(parts.at(4).endsWith(QLatin1Char('Z')));
}

void tst_MessageTemplate::counterStepsOncePerMessage()
{
    MessageTemplate::Context context = fixedContext();
    QString error;
    QCOMPARE(*MessageTemplate::expand(QStringLiteral("{{counter}}/{{counter}}"), &context, &error),
             QStringLiteral("1/1"));
    QCOMPARE(*MessageTemplate::expand(QStringLiteral("{{counter}}"), &context, &error),
             QStringLiteral("2"));
    // A message without it, or one refused, leaves it.
    QCOMPARE(*MessageTemplate::expand(QStringLiteral("{{user}}"), &context, &error),
             QStringLiteral("sam"));
    QVERIFY(!MessageTemplate::expand(QStringLiteral("{{counter}} {{nope}}"), &context, &error));
    QCOMPARE(*MessageTemplate::expand(QStringLiteral("{{counter}}"), &context, &error),
             QStringLiteral("3"));
    QCOMPARE(context.counter, 4);
}

void tst_MessageTemplate::refusesInWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown")
        << "hello {{nope}}"
        << "unknown variable {{nope}} at character 7 (Connection → Variables… names yours)";
    QTest::newRow("unterminated") << "a {{user"
                                  << "{{ at character 3 has no }}: write \\{{ to send {{ as it is";
    QTest::newRow("empty") << "{{ }}"
                           << "{{}} at character 1 is no variable";
    QTest::newRow("two words") << "{{user name}}"
                               << "{{user name}} at character 1 is no variable";
    const QString randomError = QStringLiteral(
        "{{%1}} at character 1: write {{random A B}} with two whole numbers, A not above B, each "
        "within ±1000000000000000");
    QTest::newRow("random without numbers")
        << "{{random}}" << randomError.arg(QStringLiteral("random"));
    QTest::newRow("random reversed")
        << "{{random 9 1}}" << randomError.arg(QStringLiteral("random 9 1"));
    QTest::newRow("random not whole")
        << "{{random 1 2.5}}" << randomError.arg(QStringLiteral("random 1 2.5"));
    QTest::newRow("random too large")
        << "{{random 0 9223372036854775807}}"
        << randomError.arg(QStringLiteral("random 0 9223372036854775807"));
}

void tst_MessageTemplate::refusesInWords()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    MessageTemplate::Context context = fixedContext();
    QString said;
    QVERIFY(!MessageTemplate::expand(text, &context, &said));
    QCOMPARE(said, error);
}

void tst_MessageTemplate::namesTheUserMayGive()
{
    for (const char *name : {"user", "_x", "api.key", "a-b", "X9"})
        QVERIFY2(MessageTemplate::isValidName(QLatin1String(name)), name);
    for (const char *name : {"", "9x", "a b", "a{", "ä", "-x"})
        QVERIFY2(!MessageTemplate::isValidName(QString::fromUtf8(name)), name);
    for (const char *name : {"uuid", "now", "timestamp", "counter", "random"})
        QVERIFY(MessageTemplate::isBuiltIn(QLatin1String(name)));
    QVERIFY(!MessageTemplate::isBuiltIn(QStringLiteral("user")));
    QVERIFY(MessageTemplate::hasVariables(QStringLiteral("a {{b}}")));
    QVERIFY(!MessageTemplate::hasVariables(QStringLiteral("a {b}")));
}

QTEST_GUILESS_MAIN(tst_MessageTemplate)
#include "tst_messagetemplate.moc"
