// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorscheme.h"
#include "commandline.h"
#include "languagemenu.h"
#include "mainwindow.h"

#include <banter/localization.h>
#include <banter/pluginregistry.h>

#include <chatsession.h>

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLockFile>
#include <QNetworkProxyFactory>
#include <QStandardPaths>

#include <optional>

namespace {

template<class Application> void setUp(Application &)
{
    Application::setApplicationName(QStringLiteral("banter"));
    Application::setOrganizationName(QStringLiteral("Banter"));
    Application::setApplicationVersion(QStringLiteral(BANTER_VERSION));
    Banter::Localization::applyLanguageOption(QCoreApplication::arguments(),
                                              Banter::LanguageMenu::savedChoice());
    Banter::Localization::install(QLocale(), Banter::LanguageMenu::catalogs());
}

} // namespace

int main(int argc, char *argv[])
{
    std::optional<Banter::CommandLine> options;
    {
        // The command line is read before the GUI starts, so that --help works without a display.
        QCoreApplication app(argc, argv);
        setUp(app);
        options = Banter::CommandLine::parse(QCoreApplication::arguments());
        if (!options->exitCode && options->listsPlugins) {
            Banter::PluginRegistry::printListing();
            return 0;
        }
    }
    if (options->exitCode)
        return *options->exitCode;

    QApplication app(argc, argv);
    setUp(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Banter"));
    QGuiApplication::setDesktopFileName(QStringLiteral("banter"));
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/banter-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("banter"), icon));
    Banter::ColorScheme::apply(options->colorScheme);

    // A connection whose options name no proxy goes the way the system's settings say.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    Banter::PluginRegistry registry;
    registry.scan();

    Banter::MainWindow window(&registry);
    window.loadSettings();
    // Unsent messages survive a restart, each tab's in a file of its own. One Banter at a time
    // owns the files; a second one keeps its outboxes in memory only.
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataFolder);
    QLockFile outboxLock(dataFolder + QStringLiteral("/outbox.lock"));
    if (outboxLock.tryLock(0))
        window.setOutboxFolder(dataFolder);
    if (options->startsEmbeddedServer)
        window.startEmbeddedServer(options->url);
    window.show();
    // The tabs of the last session connect again; a URL given on the command line gets its own.
    window.connectAtStart(options->url, !options->startsEmbeddedServer);
    return app.exec();
}
