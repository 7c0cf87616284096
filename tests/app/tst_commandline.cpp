// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <colorscheme.h>
#include <commandline.h>

#include <QApplication>
#include <QStyle>
#include <QtTest>

using Banter::ColorScheme;
using Banter::CommandLine;

// "banter [--color-scheme light|dark|system] [URL]", and the colour schemes themselves.
class tst_CommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheUrlAndTheColorScheme_data();
    void readsTheUrlAndTheColorScheme();
    void refusesAnUnknownColorScheme();
    void darkAndLightSchemesSetFusionAndTheirPalette();
};

void tst_CommandLine::readsTheUrlAndTheColorScheme_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("startsEmbeddedServer");
    QTest::addColumn<QString>("colorScheme");
    QTest::newRow("nothing") << QStringList() << QStringLiteral("ws://localhost:3000") << true
                             << QStringLiteral("system");
    QTest::newRow("url") << QStringList({QStringLiteral("ws://example.org:8080/chat")})
                         << QStringLiteral("ws://example.org:8080/chat") << false
                         << QStringLiteral("system");
    QTest::newRow("dark") << QStringList({QStringLiteral("--color-scheme"), QStringLiteral("dark")})
                          << QStringLiteral("ws://localhost:3000") << true
                          << QStringLiteral("dark");
    QTest::newRow("light and url")
        << QStringList({QStringLiteral("--color-scheme=light"), QStringLiteral("wss://a.example")})
        << QStringLiteral("wss://a.example") << false << QStringLiteral("light");
}

void tst_CommandLine::readsTheUrlAndTheColorScheme()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, url);
    QFETCH(bool, startsEmbeddedServer);
    QFETCH(QString, colorScheme);
    const CommandLine options =
        CommandLine::parse(QStringList{QStringLiteral("banter")} + arguments);
    QVERIFY(!options.exitCode);
    QCOMPARE(options.url.toString(), url);
    QCOMPARE(options.startsEmbeddedServer, startsEmbeddedServer);
    QCOMPARE(options.colorScheme, colorScheme);
}

void tst_CommandLine::refusesAnUnknownColorScheme()
{
    const CommandLine options = CommandLine::parse(
        {QStringLiteral("banter"), QStringLiteral("--color-scheme"), QStringLiteral("purple")});
    QCOMPARE(options.exitCode, std::optional<int>(2));
}

void tst_CommandLine::darkAndLightSchemesSetFusionAndTheirPalette()
{
    QVERIFY(!ColorScheme::apply(QStringLiteral("purple")));
    QVERIFY(ColorScheme::apply(QStringLiteral("dark")));
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Window),
             ColorScheme::darkPalette().color(QPalette::Window));
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 64);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() > 192);
    // Warnings stay readable on either background.
    QVERIFY(ColorScheme::warningColor(ColorScheme::darkPalette()).lightness() > 128);
    QVERIFY(ColorScheme::warningColor(ColorScheme::lightPalette()).lightness() < 128);

    QVERIFY(ColorScheme::apply(QStringLiteral("light")));
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() > 192);
    QVERIFY(QApplication::palette().color(QPalette::Text).lightness() < 64);
    // The link colour (received rows) differs from the text colour (sent rows) in both.
    for (const QPalette &palette : {ColorScheme::lightPalette(), ColorScheme::darkPalette()})
        QVERIFY(palette.color(QPalette::Link) != palette.color(QPalette::Text));
}

QTEST_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
