// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatlines.h"

#include <languagemenu.h>
#include <mainwindow.h>

#include <chatmodel.h>
#include <banter/localization.h>
#include <banter/pluginregistry.h>
#include <serverhost.h>

#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTranslator>
#include <QtTest>

using namespace Banter;

namespace {

// BANTER_LANGUAGES of cmake/Banter.cmake: the languages besides English.
QStringList shippedLanguages()
{
    return QString::fromLatin1(BANTER_TEST_LANGUAGES).split(QLatin1Char(','));
}

// A data row for each shipped language, with a column "language".
void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : shippedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

} // namespace

// The window in another language: the catalogs compiled into the programs, installed the way
// banter installs them, with the real plugins and the embedded echo server.
class tst_Localization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void statusLinesAndMenusAreTranslated_data();
    void statusLinesAndMenusAreTranslated();
    void arabicMirrorsTheWindow();
    void languageOptionOverridesTheSystem();
    void savedLanguageAppliesWithoutOption();
    void languageMenuOffersEveryCatalog();
    void languageMenuSavesTheChoice();
    void qtsOwnHelpTextsAreTranslated_data();
    void qtsOwnHelpTextsAreTranslated();
    void pluginNamesAndDescriptionsAreTranslated_data();
    void pluginNamesAndDescriptionsAreTranslated();

private:
    QStringList install(const char *language);
    QStringList chat(MainWindow &window);

    PluginRegistry m_registry;
};

void tst_Localization::initTestCase()
{
    // The language menu writes banter.conf: a test copy of it.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BanterTest"));
    QSettings().clear();
    m_registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    m_registry.scan();
}

void tst_Localization::cleanup()
{
    // A destroyed translator removes itself from the application.
    qDeleteAll(qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly));
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

QStringList tst_Localization::install(const char *language)
{
    return Localization::install(QLocale(QString::fromLatin1(language)), LanguageMenu::catalogs());
}

QStringList tst_Localization::chat(MainWindow &window)
{
    window.startEmbeddedServer(QUrl(QStringLiteral("ws://localhost:0")));
    window.connectTo(window.server()->url());
    QStringList lines;
    const bool greeted = QTest::qWaitFor([&] {
        lines = chatLines(*window.model());
        return lines.size() >= 2;
    });
    return greeted ? lines : QStringList();
}

void tst_Localization::statusLinesAndMenusAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("socketOpen");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("# Socket geöffnet")
                            << QStringLiteral("&Datei");
    QTest::newRow("French") << QStringLiteral("fr") << QString() << QString();
    QTest::newRow("Spanish") << QStringLiteral("es") << QString() << QString();
    QTest::newRow("Japanese") << QStringLiteral("ja") << QString() << QString();
    QTest::newRow("Arabic") << QStringLiteral("ar") << QStringLiteral("# المقبس مفتوح")
                            << QStringLiteral("&ملف");
}

void tst_Localization::statusLinesAndMenusAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, socketOpen);
    QFETCH(QString, fileMenu);
    const QStringList found = install(qPrintable(language));
    QVERIFY2(found.contains(QStringLiteral("bantercore")), qPrintable(found.join(u',')));
    QVERIFY2(found.contains(QStringLiteral("banterclient")), qPrintable(found.join(u',')));
    QVERIFY2(found.contains(QStringLiteral("banter")), qPrintable(found.join(u',')));

    MainWindow window(&m_registry);
    window.show();
    const QStringList lines = chat(window);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1), QStringLiteral("< Welcome to Awesome Chat")); // the server's words
    const QString firstMenu = window.menuBar()->actions().value(0)->text();
    if (socketOpen.isEmpty()) {
        // Every shipped language translates both (the catalogs are complete: tests/i18n).
        QVERIFY2(lines.at(0) != QStringLiteral("# socket open"), qPrintable(lines.at(0)));
        QVERIFY2(firstMenu != QStringLiteral("&File"), qPrintable(firstMenu));
    } else {
        QCOMPARE(lines.at(0), socketOpen);
        QCOMPARE(firstMenu, fileMenu);
    }
}

void tst_Localization::arabicMirrorsTheWindow()
{
    install("ar");
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    MainWindow window(&m_registry);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
    QCOMPARE(window.menuBar()->layoutDirection(), Qt::RightToLeft);
}

void tst_Localization::languageOptionOverridesTheSystem()
{
    const QLocale before;
    const QLocale chosen = Localization::applyLanguageOption(
        {QStringLiteral("banter"), QStringLiteral("--lang"), QStringLiteral("ja")});
    QCOMPARE(chosen.language(), QLocale::Japanese);
    QCOMPARE(QLocale().language(), QLocale::Japanese);
    QCOMPARE(Localization::applyLanguageOption(
                 {QStringLiteral("banter"), QStringLiteral("--lang=fr"), QStringLiteral("ws://x")})
                 .language(),
             QLocale::French);
    // "--" ends the options: what follows is not read.
    QCOMPARE(Localization::applyLanguageOption(
                 {QStringLiteral("banter"), QStringLiteral("--"), QStringLiteral("--lang=de")})
                 .language(),
             QLocale::French);
    QLocale::setDefault(before);
}

void tst_Localization::savedLanguageAppliesWithoutOption()
{
    const QLocale before;
    QCOMPARE(Localization::applyLanguageOption({QStringLiteral("banter")}, QStringLiteral("de"))
                 .language(),
             QLocale::German);
    // --lang wins over the saved choice.
    QCOMPARE(Localization::applyLanguageOption(
                 {QStringLiteral("banter"), QStringLiteral("--lang=ar")}, QStringLiteral("de"))
                 .language(),
             QLocale::Arabic);
    // No saved choice: the locale in force stays.
    QCOMPARE(Localization::applyLanguageOption({QStringLiteral("banter")}, QString()).language(),
             QLocale::Arabic);
    QLocale::setDefault(before);
}

void tst_Localization::languageMenuOffersEveryCatalog()
{
    const QStringList codes = Localization::availableLanguages(QStringLiteral("banter"));
    QStringList expected = shippedLanguages() << QStringLiteral("en");
    expected.sort();
    QCOMPARE(codes, expected);
    MainWindow window(&m_registry);
    auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QVERIFY(window.menuBar()->actions().value(2)->menu()->actions().contains(menu->menuAction()));
    // Each language named in its own words.
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("language_de"))->text(),
             QStringLiteral("Deutsch"));
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("language_ja"))->text(),
             QStringLiteral("日本語"));
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("language_ar"))->text(),
             QStringLiteral("العربية"));
    // Languages, not countries' variants of them.
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("language_en"))->text(),
             QStringLiteral("English"));
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("language_es"))->text(),
             QStringLiteral("Español"));
    QCOMPARE(menu->currentChoice(), QString());
}

void tst_Localization::languageMenuSavesTheChoice()
{
    QSettings().setValue(LanguageMenu::settingsKey(), QStringLiteral("fr"));
    MainWindow window(&m_registry);
    window.show();
    auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    QCOMPARE(menu->currentChoice(), QStringLiteral("fr"));

    // The window speaks it at once (tst_livelanguage checks every text).
    menu->findChild<QAction *>(QStringLiteral("language_de"))->trigger();
    QCOMPARE(LanguageMenu::savedChoice(), QStringLiteral("de"));
    QCOMPARE(menu->currentChoice(), QStringLiteral("de"));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Banter spricht jetzt Deutsch."));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&Datei"));

    // The system's language: this test's is English (LANG=C.UTF-8).
    menu->findChild<QAction *>(QStringLiteral("language_system"))->trigger();
    QVERIFY(!QSettings().contains(LanguageMenu::settingsKey()));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Banter follows the system's language now."));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));

    // A saved language without a catalog falls back to the system's.
    QSettings().setValue(LanguageMenu::settingsKey(), QStringLiteral("xx"));
    LanguageMenu stale;
    QCOMPARE(stale.currentChoice(), QString());
}

void tst_Localization::qtsOwnHelpTextsAreTranslated_data()
{
    addLanguageRows();
}

void tst_Localization::qtsOwnHelpTextsAreTranslated()
{
    // Both programs' --help, also the lines that QCommandLineParser writes.
    QFETCH(QString, language);
    install(qPrintable(language));
    for (const char *text :
         {"Displays help on commandline options.", "Displays help including Qt specific options.",
          "Displays version information.", "Usage: %1", "Options:"}) {
        const QString translated = QCoreApplication::translate("QCommandLineParser", text);
        QVERIFY2(translated != QLatin1String(text), text);
    }
}

void tst_Localization::pluginNamesAndDescriptionsAreTranslated_data()
{
    addLanguageRows();
}

void tst_Localization::pluginNamesAndDescriptionsAreTranslated()
{
    QFETCH(QString, language);
    // About Plugins shows what the metadata says in the user's language ("Description[de]").
    QHash<QString, PluginInfo> english;
    for (const PluginInfo &info : m_registry.plugins())
        english.insert(info.id, info);
    QVERIFY(english.contains(QStringLiteral("websocket")));
    QVERIFY(english.contains(QStringLiteral("echo")));

    const QLocale before;
    QLocale::setDefault(QLocale(language));
    PluginRegistry registry;
    registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    registry.scan();
    QLocale::setDefault(before);
    for (const PluginInfo &info : registry.plugins()) {
        const PluginInfo &source = english.value(info.id);
        QVERIFY2(info.description != source.description, qPrintable(info.description));
        QVERIFY(!info.description.isEmpty());
        // "WebSocket" is a name in every language; "Echo server" is not.
        if (info.id == QLatin1String("echo"))
            QVERIFY2(info.name != source.name, qPrintable(info.name));
    }
}

QTEST_MAIN(tst_Localization)
#include "tst_localization.moc"
