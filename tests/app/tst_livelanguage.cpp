// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <aboutpluginsdialog.h>
#include <chatsession.h>
#include <languagemenu.h>
#include <repeatbar.h>
#include <snippetbook.h>
#include <snippetcontroller.h>
#include <serverhost.h>

#include <banter/localization.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMap>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace Banter;

namespace {

// Every text a user can see or hear of root and what it holds, by where it is: titles, labels,
// buttons, menus and actions, tooltips, placeholders and accessible names. The log's rows are
// not in it: they keep the words they were written in, as any log does.
using Texts = QMap<QString, QString>;

QString nameOf(const QObject *object)
{
    const QObject *parent = object->parent();
    QString name = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        return name + QLatin1Char('#') + object->objectName();
    // Unnamed parts by their place among their parent's parts of the same class.
    int index = 0;
    if (parent) {
        for (const QObject *sibling : parent->children()) {
            if (sibling == object)
                break;
            if (sibling->metaObject() == object->metaObject() && sibling->objectName().isEmpty())
                ++index;
        }
    }
    return name + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString pathOf(const QObject *object, const QObject *root)
{
    QStringList names;
    for (; object && object != root; object = object->parent())
        names.prepend(nameOf(object));
    return names.join(QLatin1Char('/'));
}

void addText(Texts &texts, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        texts.insert(key, text);
}

void addTextsOf(Texts &texts, const QObject *object, const QString &key)
{
    static const char *const properties[] = {
        "windowTitle",           "toolTip", "statusTip", "whatsThis",      "accessibleName",
        "accessibleDescription", "text",    "title",     "placeholderText"};
    for (const char *property : properties) {
        // A line edit's text is what the user typed, not words of Banter's.
        if (qstrcmp(property, "text") == 0 && qobject_cast<const QLineEdit *>(object))
            continue;
        addText(texts, key + QLatin1Char('.') + QLatin1String(property),
                object->property(property).toString());
    }
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(object); edit && edit->isReadOnly())
        addText(texts, key + QStringLiteral(".plainText"), edit->toPlainText());
    // A tree or table of Banter's: its headers and cells with their tooltips. (The lists hold
    // what the user or a server gave: messages, recent URLs, members' names.)
    const auto *view = qobject_cast<const QAbstractItemView *>(object);
    if (!qobject_cast<const QTreeView *>(object) && !qobject_cast<const QTableView *>(object))
        return;
    const QAbstractItemModel *model = view->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        addText(texts, key + QStringLiteral(".header%1").arg(column),
                model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, column);
            const QString cell = key + QStringLiteral(".cell%1,%2").arg(row).arg(column);
            addText(texts, cell, index.data().toString());
            addText(texts, cell + QStringLiteral(".toolTip"),
                    index.data(Qt::ToolTipRole).toString());
        }
    }
}

Texts textsOf(const QWidget *root)
{
    Texts texts;
    addTextsOf(texts, root, QStringLiteral("."));
    for (const QObject *object : root->findChildren<QObject *>()) {
        if (object->isWidgetType() || qobject_cast<const QAction *>(object))
            addTextsOf(texts, object, pathOf(object, root));
    }
    return texts;
}

// What differs between two windows that are not the same one: the port of their server, the time
// of their messages and the round-trip times measured.
Texts normalized(Texts texts, const QUrl &server)
{
    static const QRegularExpression time(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}"));
    const QString port = QLatin1Char(':') + QString::number(server.port());
    static const QRegularExpression number(QStringLiteral("\\d+"));
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        it->replace(port, QStringLiteral(":PORT"));
        it->replace(time, QStringLiteral("TIME"));
        // A measured round-trip time, and the echo counts (a message may still be awaited).
        const bool isEchoValue = it.key().contains(QLatin1String("#echoStatisticsPanel/QLabel#")) &&
                                 !it.key().contains(QLatin1String("#echoStateLabel"));
        if (it.key().endsWith(QLatin1String("#roundTripLabel.text")))
            it->replace(number, QStringLiteral("N"));
        if (isEchoValue && it.key().endsWith(QLatin1String(".text")))
            *it = QStringLiteral("MEASURED");
    }
    return texts;
}

// The texts of a window, with what differs between two windows that are not the same one made
// alike.
Texts textsOf(const MainWindow *window)
{
    return normalized(textsOf(static_cast<const QWidget *>(window)), window->server()->url());
}

// The differences between two sets of texts, one line each, for a failure message.
QString differences(const Texts &actual, const Texts &expected)
{
    QStringList lines;
    QStringList keys = actual.keys() + expected.keys();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys)) {
        if (actual.value(key) != expected.value(key)) {
            lines.append(QStringLiteral("%1: \"%2\" instead of \"%3\"")
                             .arg(key, actual.value(key, QStringLiteral("(none)")),
                                  expected.value(key, QStringLiteral("(none)"))));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList shippedLanguages()
{
    return QString::fromLatin1(BANTER_TEST_LANGUAGES).split(QLatin1Char(','));
}

} // namespace

// View → Language switches the running window: every text of the window, its menus, bars and
// panes is then what a window started in that language shows, the layout follows the language's
// direction, and what opens afterwards (About Plugins, with the plugins' own names) speaks it too.
class tst_LiveLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void switchingRetranslatesEverythingAtOnce_data();
    void switchingRetranslatesEverythingAtOnce();
    void switchingBackToEnglishLeavesNoTranslationBehind();

private:
    // Opens a window in a state that shows many texts: connected to its own echo server,
    // a sent message echoed and shown in the detail pane, a broken expression in the find bar,
    // a hex message refused in the message field.
    void busy(WindowFixture &fixture);
    void switchTo(WindowFixture &fixture, const QString &language);
};

void tst_LiveLanguage::initTestCase()
{
    WindowFixture::useTestSettings();
}

void tst_LiveLanguage::cleanup()
{
    Localization::switchTo(QLocale(QLocale::English));
    QSettings().remove(LanguageMenu::settingsKey());
    QTRY_COMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
}

void tst_LiveLanguage::busy(WindowFixture &fixture)
{
    fixture.create();
    fixture.startAndConnect();
    MainWindow *window = fixture.window();
    QTRY_COMPARE(window->session()->state(), Connection::State::Open);
    fixture.typeAndSend(QStringLiteral("hello"));
    QTRY_VERIFY(fixture.rowOf(QStringLiteral("< hello")).isValid());
    fixture.find<QListView>("chatView")->setCurrentIndex(fixture.rowOf(QStringLiteral("< hello")));

    window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    fixture.find<QComboBox>("filterModeCombo")->setCurrentIndex(1);
    QTest::keyClicks(fixture.find<QLineEdit>("filterEdit"), QStringLiteral("(["));
    QTRY_VERIFY(fixture.find<QLabel>("filterProblemLabel")->isVisibleTo(window));

    fixture.find<QToolButton>("hexModeButton")->setChecked(true);
    fixture.typeAndSend(QStringLiteral("zz"));
    QVERIFY(fixture.find<QLabel>("composeErrorLabel")->isVisibleTo(window));

    // The Snippets panel with a snippet selected, and the snippet repeating (hourly).
    Snippet snippet;
    snippet.name = QStringLiteral("ping");
    snippet.body = QStringLiteral("ping");
    QVERIFY(window->snippetController()->book()->add(snippet, nullptr));
    window->findChild<QAction *>(QStringLiteral("snippetsAction"))->trigger();
    auto *snippets = fixture.find<QTreeWidget>("snippetList");
    QTRY_VERIFY(snippets->isVisible());
    snippets->setCurrentItem(snippets->topLevelItem(0));
    QVERIFY(window->snippetController()->repeat(0, 3600000, 5));
    QVERIFY(window->snippetController()->repeatBar()->isVisibleTo(window));
}

void tst_LiveLanguage::switchTo(WindowFixture &fixture, const QString &language)
{
    auto *action = fixture.window()->findChild<QAction *>(QStringLiteral("language_") + language);
    QVERIFY2(action, qPrintable(language));
    action->trigger();
    // The application posts each window a LanguageChange.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

void tst_LiveLanguage::switchingRetranslatesEverythingAtOnce_data()
{
    // Words that the language writes as English does, as its catalog has them.
    const QHash<QString, QStringList> sameWords = {
        {QStringLiteral("de"),
         {QStringLiteral("Se&rver"), QStringLiteral("Server"), QStringLiteral("He&x"),
          QStringLiteral("Status"), QStringLiteral("RTT N ms"), QStringLiteral("Name")}},
        {QStringLiteral("fr"),
         {QStringLiteral("Message"), QStringLiteral("Messages"), QStringLiteral("Op&tions…"),
          QStringLiteral("RTT N ms"), QStringLiteral("&Variables…"), QStringLiteral("Variables…"),
          QStringLiteral("Type")}},
        {QStringLiteral("es"),
         {QStringLiteral("He&x"), QStringLiteral("RTT N ms"), QStringLiteral("&Variables…"),
          QStringLiteral("Variables…")}},
        {QStringLiteral("ja"), {QStringLiteral("RTT N ms")}},
        {QStringLiteral("ar"), {QStringLiteral("RTT N ms")}},
    };
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("sameWords");
    for (const QString &language : shippedLanguages())
        QTest::newRow(qPrintable(language)) << language << sameWords.value(language);
}

void tst_LiveLanguage::switchingRetranslatesEverythingAtOnce()
{
    QFETCH(QString, language);
    QFETCH(QStringList, sameWords);
    // Two windows: one just opened, one busy.
    WindowFixture idle;
    idle.create();
    const Texts idleEnglish = textsOf(idle.window());
    WindowFixture live;
    busy(live);
    if (QTest::currentTestFailed())
        return;
    const Texts english = textsOf(live.window());

    switchTo(live, language);
    if (QTest::currentTestFailed())
        return;
    const Texts switched = textsOf(live.window());
    const Texts idleSwitched = textsOf(idle.window());
    QCOMPARE(LanguageMenu::savedChoice(), language);
    QCOMPARE(live.window()->statusBar()->currentMessage(),
             QCoreApplication::translate("Banter::MainWindow", "Banter speaks %1 now.")
                 .arg(live.window()
                          ->findChild<QAction *>(QStringLiteral("language_") + language)
                          ->text()));
    QVERIFY(live.window()->statusBar()->currentMessage() !=
            QStringLiteral("Banter speaks %1 now."));

    // A window made now, in the language now in force, as if Banter had started in it.
    WindowFixture started;
    busy(started);
    WindowFixture idleStarted;
    idleStarted.create();
    const Texts expected = textsOf(started.window());
    QVERIFY2(switched == expected, qPrintable(differences(switched, expected)));
    const Texts idleExpected = textsOf(idleStarted.window());
    QVERIFY2(idleSwitched == idleExpected, qPrintable(differences(idleSwitched, idleExpected)));

    // No English left: what still reads as it did is a name, a symbol or a word that the
    // language writes the same way.
    QStringList unchanged;
    for (const auto &[before, after] :
         {std::pair(&english, &switched), std::pair(&idleEnglish, &idleSwitched)}) {
        for (auto it = after->cbegin(); it != after->cend(); ++it) {
            if (before->value(it.key()) == it.value())
                unchanged.append(it.value());
        }
    }
    unchanged.removeDuplicates();
    QStringList names = {
        QStringLiteral("Banter"),
        QStringLiteral("ws://host:port/path"),
        QStringLiteral("\u2715"),
        QStringLiteral("hello"),                   // the message in the detail pane
        QStringLiteral("Welcome to Awesome Chat"), // the server's own words
        QStringLiteral("ping"),                    // the snippet's name and message
        QStringLiteral("Ctrl+1"),   // its shortcut, in Qt's words (which most languages keep)
        QStringLiteral("MEASURED"), // the echo counts and round trips (normalized())
        QStringLiteral("5000 ms"),  // the echo timeout: a number and a unit most write alike
    };
    names += sameWords;
    // View → Language names each language in its own words.
    for (const QAction *action : live.window()->findChildren<QAction *>()) {
        if (action->objectName().startsWith(QLatin1String("language_")))
            names.append(action->text());
    }
    QStringList englishLeft;
    for (const QString &text : std::as_const(unchanged)) {
        if (!names.contains(text))
            englishLeft.append(text);
    }
    QVERIFY2(englishLeft.isEmpty(), qPrintable(englishLeft.join(QStringLiteral(" | "))));
    QVERIFY2(english.size() > 60, qPrintable(QString::number(english.size())));

    // The layout follows the language: Arabic mirrors the window at once.
    const Qt::LayoutDirection direction =
        language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight;
    QTRY_COMPARE(QGuiApplication::layoutDirection(), direction);
    QCOMPARE(live.window()->layoutDirection(), direction);

    // Opened after the switch: About Plugins names the plugins in the new language, from the
    // registry that was read in English.
    AboutPluginsDialog liveAbout(live.registry());
    AboutPluginsDialog startedAbout(started.registry());
    const Texts aboutLive = textsOf(&liveAbout);
    const Texts aboutStarted = textsOf(&startedAbout);
    QVERIFY2(aboutLive == aboutStarted, qPrintable(differences(aboutLive, aboutStarted)));
}

void tst_LiveLanguage::switchingBackToEnglishLeavesNoTranslationBehind()
{
    WindowFixture live;
    busy(live);
    if (QTest::currentTestFailed())
        return;
    const Texts english = textsOf(live.window());
    switchTo(live, QStringLiteral("de"));
    QVERIFY(textsOf(live.window()) != english);
    switchTo(live, QStringLiteral("en"));
    const Texts back = textsOf(live.window());
    QVERIFY2(back == english, qPrintable(differences(back, english)));
}

QTEST_MAIN(tst_LiveLanguage)
#include "tst_livelanguage.moc"
