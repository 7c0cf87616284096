// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutpluginsdialog.h"

#include <banter/localization.h>
#include <languagemenu.h>
#include <banter/pluginregistry.h>

#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using Banter::AboutPluginsDialog;
using Banter::PluginInfo;
using Banter::PluginRegistry;

namespace {

const QString realFolder = QStringLiteral(BANTER_TEST_PLUGIN_DIR);
const QString fixtureFolder = QStringLiteral(BANTER_TEST_FIXTURE_DIR);

enum Column { NameColumn, VersionColumn, ProvidesColumn, StatusColumn, FileColumn };

QTreeWidgetItem *rowFor(QTreeWidget *tree, const QString &filePath)
{
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        if (tree->topLevelItem(row)->text(FileColumn) == filePath)
            return tree->topLevelItem(row);
    }
    return nullptr;
}

} // namespace

// Help > About Plugins lists every plugin the registry found, broken ones with their reason in
// words, whether they failed when scanned or when they were first used.
class tst_AboutPlugins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPluginIsListedWithItsStatus();
    void brokenPluginShowsItsReason_data();
    void brokenPluginShowsItsReason();
    void missingFolderIsShown();

private:
    PluginRegistry m_registry;
};

void tst_AboutPlugins::initTestCase()
{
    Banter::Localization::install(QLocale(QLocale::English), Banter::LanguageMenu::catalogs());
    m_registry.setSearchPaths({realFolder, fixtureFolder});
    m_registry.scan();
    // Plugins that fail only when used, used once; and a good one.
    QVERIFY(!m_registry.transport(QStringLiteral("nullinstance")));
    QVERIFY(!m_registry.transport(QStringLiteral("throws")));
    QVERIFY(!m_registry.transport(QStringLiteral("loadfails")));
    QVERIFY2(m_registry.transport(QStringLiteral("ws")), qPrintable(m_registry.errorString()));
}

void tst_AboutPlugins::everyPluginIsListedWithItsStatus()
{
    AboutPluginsDialog dialog(&m_registry);
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("pluginTree"));
    QVERIFY(tree);
    const QList<PluginInfo> plugins = m_registry.plugins();
    QCOMPARE(tree->topLevelItemCount(), plugins.size());
    for (const PluginInfo &info : plugins) {
        QTreeWidgetItem *item = rowFor(tree, info.fileName);
        QVERIFY2(item, qPrintable(info.fileName));
        const QString status = item->text(StatusColumn);
        if (!info.isUsable())
            QVERIFY2(status.contains(info.errorString), qPrintable(status));
        else
            QCOMPARE(status.section(QLatin1Char(';'), 0, 0),
                     info.isLoaded ? QStringLiteral("loaded") : QStringLiteral("available"));
        for (const QString &warning : info.warnings)
            QVERIFY2(status.contains(warning), qPrintable(status));
    }
    const QTreeWidgetItem *websocket =
        rowFor(tree, QDir(realFolder).filePath(QStringLiteral("libbanter_websocket.so")));
    QVERIFY(websocket);
    QCOMPARE(websocket->text(NameColumn), QStringLiteral("WebSocket"));
    QCOMPARE(websocket->text(VersionColumn), QStringLiteral("1.0.0"));
    QCOMPARE(websocket->text(ProvidesColumn), QStringLiteral("ws, wss"));
    QCOMPARE(websocket->text(StatusColumn), QStringLiteral("loaded"));
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(problems);
    QVERIFY(problems->isHidden());
}

void tst_AboutPlugins::brokenPluginShowsItsReason_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("words");
    QTest::newRow("not a library")
        << QStringLiteral("garbage.so") << QStringLiteral("not a Banter plugin");
    QTest::newRow("not a Qt plugin")
        << QStringLiteral("libbanter_fixture_notaplugin.so") << QStringLiteral("not a Qt plugin");
    QTest::newRow("older IID") << QStringLiteral("libbanter_fixture_wrongiid.so")
                               << QStringLiteral("unsupported plugin interface");
    QTest::newRow("metadata missing a key")
        << QStringLiteral("libbanter_fixture_nokeys.so") << QStringLiteral("\"Keys\"");
    QTest::newRow("metadata of the wrong type")
        << QStringLiteral("libbanter_fixture_namenotstring.so") << QStringLiteral("\"Name\"");
    QTest::newRow("key claimed twice")
        << QStringLiteral("libbanter_fixture_claims_b.so")
        << QStringLiteral("\"claimed\" is already provided by ") + fixtureFolder;
    QTest::newRow("instance function fails") << QStringLiteral("libbanter_fixture_nullinstance.so")
                                             << QStringLiteral("created no plugin object");
    QTest::newRow("root object throws")
        << QStringLiteral("libbanter_fixture_throws.so") << QStringLiteral("threw an exception");
    QTest::newRow("library cannot be loaded") << QStringLiteral("libbanter_fixture_loadfails.so")
                                              << QStringLiteral("could not be loaded");
}

void tst_AboutPlugins::brokenPluginShowsItsReason()
{
    QFETCH(QString, fileName);
    QFETCH(QString, words);
    AboutPluginsDialog dialog(&m_registry);
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("pluginTree"));
    QVERIFY(tree);
    const QTreeWidgetItem *item = rowFor(tree, QDir(fixtureFolder).filePath(fileName));
    QVERIFY2(item, qPrintable(fileName));
    QVERIFY2(item->text(StatusColumn).contains(words), qPrintable(item->text(StatusColumn)));
    // The whole reason is in the tooltip too, for a column too narrow to show it.
    QCOMPARE(item->toolTip(StatusColumn), item->text(StatusColumn));
    // A plugin without a usable name is listed by its file name.
    QVERIFY(!item->text(NameColumn).isEmpty());
}

void tst_AboutPlugins::missingFolderIsShown()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString missing = parent.filePath(QStringLiteral("missing"));
    PluginRegistry registry;
    registry.setSearchPaths({missing, realFolder});
    QTest::ignoreMessage(
        QtWarningMsg, qPrintable(QStringLiteral("plugin folder %1 does not exist").arg(missing)));
    registry.scan();

    AboutPluginsDialog dialog(&registry);
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
    QVERIFY(problems);
    QVERIFY(!problems->isHidden());
    QVERIFY2(problems->text().contains(missing), qPrintable(problems->text()));
    auto *folders = dialog.findChild<QLabel *>(QStringLiteral("searchPathLabel"));
    QVERIFY(folders);
    QVERIFY2(folders->text().contains(missing), qPrintable(folders->text()));
    QVERIFY2(folders->text().contains(realFolder), qPrintable(folders->text()));
}

QTEST_MAIN(tst_AboutPlugins)
#include "tst_aboutplugins.moc"
