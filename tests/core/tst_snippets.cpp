// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <snippet.h>
#include <snippetbook.h>

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Banter;

Q_DECLARE_METATYPE(Banter::Snippet)

namespace {

Snippet make(const QString &name, const QString &body, const QString &connection = QString(),
             Snippet::Kind kind = Snippet::Kind::Text)
{
    Snippet snippet;
    snippet.name = name;
    snippet.body = body;
    snippet.connection = connection;
    snippet.kind = kind;
    return snippet;
}

} // namespace

// Snippets and the book that keeps them: what one sends, which connection sees which, names
// that must not clash, and banter.conf's [snippets] both ways.
class tst_Snippets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aConnectionIsItsUrlWithoutSecretsQueryOrFragment();
    void aTextSnippetFillsInItsVariablesEachTime();
    void aBinarySnippetSendsItsBytes();
    void whatCannotBeASnippetIsSaidInWords_data();
    void whatCannotBeASnippetIsSaidInWords();
    void eachConnectionSeesTheSnippetsForAllAndItsOwn();
    void namesSeenTogetherMustDiffer();
    void replaceAndRemoveChangeTheBookAndSaySo();
    void theBookGoesThroughSettingsBothWays();
    void aHandEditedFileLosesOnlyWhatCannotBeASnippet();
};

void tst_Snippets::aConnectionIsItsUrlWithoutSecretsQueryOrFragment()
{
    QCOMPARE(
        Snippet::connectionKey(QUrl(QStringLiteral("wss://sam:pw@example.org:8443/room/?t=1#x"))),
        QStringLiteral("wss://example.org:8443/room"));
    QCOMPARE(Snippet::connectionKey(QUrl(QStringLiteral("ws://localhost:3000"))),
             QStringLiteral("ws://localhost:3000"));
    QCOMPARE(Snippet::connectionKey(QUrl()), QString());
}

void tst_Snippets::aTextSnippetFillsInItsVariablesEachTime()
{
    MessageTemplate::Context context;
    context.variables.insert(QStringLiteral("user"), QStringLiteral("sam"));
    const Snippet snippet = make(QStringLiteral("hello"), QStringLiteral("#{{counter}} {{user}}"));
    QString error;
    std::optional<Snippet::Message> first = snippet.message(&context, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(first->kind, Snippet::Kind::Text);
    QCOMPARE(first->text, QStringLiteral("#1 sam"));
    QCOMPARE(snippet.message(&context, &error)->text, QStringLiteral("#2 sam"));
    // Text without variables goes as it is; braces that are no variable are an error in words.
    QCOMPARE(make(QStringLiteral("plain"), QStringLiteral("{ \"a\": 1 }"))
                 .message(&context, &error)
                 ->text,
             QStringLiteral("{ \"a\": 1 }"));
    QVERIFY(!make(QStringLiteral("x"), QStringLiteral("hi {{nobody}}")).message(&context, &error));
    QVERIFY2(error.startsWith(QStringLiteral("unknown variable {{nobody}} at character 4")),
             qPrintable(error));
    QCOMPARE(context.counter, 3); // the failed one counted nothing
}

void tst_Snippets::aBinarySnippetSendsItsBytes()
{
    MessageTemplate::Context context;
    QString error;
    const Snippet snippet = make(QStringLiteral("bytes"), QStringLiteral("00 01 ff\n{{"), QString(),
                                 Snippet::Kind::Binary);
    QVERIFY(!snippet.message(&context, &error)); // hex only: no variables in bytes
    QVERIFY2(error.contains(QStringLiteral("is not a hex digit")), qPrintable(error));
    const std::optional<Snippet::Message> message =
        make(QStringLiteral("bytes"), QStringLiteral("00:01:FF"), QString(), Snippet::Kind::Binary)
            .message(&context, &error);
    QVERIFY(message);
    QCOMPARE(message->kind, Snippet::Kind::Binary);
    QCOMPARE(message->bytes, QByteArray::fromHex("0001ff"));
    QCOMPARE(context.counter, 1);
}

void tst_Snippets::whatCannotBeASnippetIsSaidInWords_data()
{
    QTest::addColumn<Snippet>("snippet");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no name") << make(QStringLiteral("  "), QStringLiteral("hi"))
                             << QStringLiteral("A snippet needs a name.");
    QTest::newRow("no message") << make(QStringLiteral("a"), QString())
                                << QStringLiteral("The message is empty.");
    QTest::newRow("not hex") << make(QStringLiteral("a"), QStringLiteral("00 zz"), QString(),
                                     Snippet::Kind::Binary)
                             << QStringLiteral("The bytes are not hex: \"z\" at position 4 is "
                                               "not a hex digit.");
    QTest::newRow("fine") << make(QStringLiteral("a"), QStringLiteral("{{nobody}}")) << QString();
}

void tst_Snippets::whatCannotBeASnippetIsSaidInWords()
{
    QFETCH(Snippet, snippet);
    QFETCH(QString, problem);
    QCOMPARE(snippet.problem(), problem);
    SnippetBook book;
    QString error;
    QCOMPARE(book.add(snippet, &error), problem.isEmpty());
    QCOMPARE(error, problem);
    QCOMPARE(book.size(), problem.isEmpty() ? 1 : 0);
}

void tst_Snippets::eachConnectionSeesTheSnippetsForAllAndItsOwn()
{
    const QString a = QStringLiteral("ws://a:1");
    const QString b = QStringLiteral("ws://b:2");
    SnippetBook book;
    QVERIFY(book.add(make(QStringLiteral("one"), QStringLiteral("1"), a), nullptr));
    QVERIFY(book.add(make(QStringLiteral("all"), QStringLiteral("2")), nullptr));
    QVERIFY(book.add(make(QStringLiteral("two"), QStringLiteral("3"), b), nullptr));
    QVERIFY(book.add(make(QStringLiteral("also"), QStringLiteral("4"), a), nullptr));
    QCOMPARE(book.indexesFor(a), QList<int>({0, 1, 3}));
    QCOMPARE(book.indexesFor(b), QList<int>({1, 2}));
    QCOMPARE(book.indexesFor(QString()), QList<int>({1}));
}

void tst_Snippets::namesSeenTogetherMustDiffer()
{
    const QString a = QStringLiteral("ws://a:1");
    const QString b = QStringLiteral("ws://b:2");
    SnippetBook book;
    QVERIFY(book.add(make(QStringLiteral("Ping"), QStringLiteral("1"), a), nullptr));
    // Another connection may have its own "ping"; a snippet for every connection may not.
    QVERIFY(book.add(make(QStringLiteral("ping"), QStringLiteral("2"), b), nullptr));
    QString error;
    QVERIFY(!book.add(make(QStringLiteral("PING"), QStringLiteral("3")), &error));
    QCOMPARE(error, QStringLiteral("There is already a snippet named “PING”."));
    QVERIFY(!book.add(make(QStringLiteral("ping"), QStringLiteral("3"), a), &error));
    QVERIFY(book.add(make(QStringLiteral("all"), QStringLiteral("3")), nullptr));
    QVERIFY(!book.add(make(QStringLiteral("All"), QStringLiteral("4"), b), &error));
    // A snippet keeps its own name when edited.
    QVERIFY(book.replace(0, make(QStringLiteral("Ping"), QStringLiteral("changed"), a), &error));
    QVERIFY(!book.replace(0, make(QStringLiteral("all"), QStringLiteral("1"), a), &error));
    QCOMPARE(book.at(0).body, QStringLiteral("changed"));
    QCOMPARE(book.size(), 3);
}

void tst_Snippets::replaceAndRemoveChangeTheBookAndSaySo()
{
    SnippetBook book;
    QSignalSpy changed(&book, &SnippetBook::changed);
    QVERIFY(book.add(make(QStringLiteral("a"), QStringLiteral("1")), nullptr));
    QVERIFY(book.add(make(QStringLiteral("b"), QStringLiteral("2")), nullptr));
    QCOMPARE(changed.size(), 2);
    QVERIFY(book.replace(1, make(QStringLiteral("b"), QStringLiteral("2")), nullptr));
    QCOMPARE(changed.size(), 2); // nothing changed
    QString error;
    QVERIFY(!book.replace(1, make(QStringLiteral("b"), QString()), &error));
    QCOMPARE(book.at(1).body, QStringLiteral("2"));
    QVERIFY(!book.replace(2, make(QStringLiteral("c"), QStringLiteral("3")), &error));
    QVERIFY(!book.remove(-1));
    QVERIFY(book.remove(0));
    QCOMPARE(changed.size(), 3);
    QCOMPARE(book.at(0).name, QStringLiteral("b"));
}

void tst_Snippets::theBookGoesThroughSettingsBothWays()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("banter.conf"));
    SnippetBook book;
    QVERIFY(book.add(make(QStringLiteral("hello"), QStringLiteral("line 1\nline 2 {{uuid}}")),
                     nullptr));
    QVERIFY(book.add(make(QStringLiteral("bytes"), QStringLiteral("ca fe"),
                          QStringLiteral("ws://a:1"), Snippet::Kind::Binary),
                     nullptr));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("snippets/size"), 7); // what was there before goes
        book.save(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    SnippetBook read;
    QSignalSpy changed(&read, &SnippetBook::changed);
    read.load(settings);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(read.snippets(), book.snippets());
}

void tst_Snippets::aHandEditedFileLosesOnlyWhatCannotBeASnippet()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("banter.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[snippets]\n"
               "size=5\n"
               "1\\name=ok\n1\\message=hello\n"
               "2\\name=\n2\\message=no name\n"
               "3\\name=bad\n3\\kind=binary\n3\\message=zz\n"
               "4\\name=OK\n4\\message=the same name again\n"
               "5\\name=bin\n5\\kind=binary\n5\\message=01 02\n5\\connection=ws://a:1\n");
    file.close();
    QSettings settings(path, QSettings::IniFormat);
    SnippetBook book;
    book.load(settings);
    QCOMPARE(book.size(), 2);
    QCOMPARE(book.at(0).name, QStringLiteral("ok"));
    QCOMPARE(book.at(1).kind, Snippet::Kind::Binary);
    QCOMPARE(book.at(1).connection, QStringLiteral("ws://a:1"));
}

QTEST_GUILESS_MAIN(tst_Snippets)
#include "tst_snippets.moc"
