// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "colorscheme.h"

#include <banter/localization.h>
#include <banter/pluginregistry.h>
#include <typedurl.h>

#include <QCommandLineParser>

#include <cstdio>

namespace Banter {

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Banter, a desktop WebSocket client.\n\nWithout a URL, Banter starts its own echo "
           "server "
           "on port 3000 (or uses the one already running there) and connects to %1.")
            .arg(defaultUrl().toString()));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption colorScheme(
        QStringLiteral("color-scheme"),
        tr("The colours: system (the desktop's), light or dark (both on the Fusion style)."),
        tr("scheme"), QStringLiteral("system"));
    parser.addOption(colorScheme);
    parser.addOption(Localization::languageOption());
    const QCommandLineOption listPlugins = PluginRegistry::listPluginsOption();
    parser.addOption(listPlugins);
    parser.addPositionalArgument(
        QStringLiteral("url"), tr("The server to connect to, such as ws://example.org:8080/chat."),
        tr("[url]"));

    CommandLine result;
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(parser.errorText()));
        result.exitCode = 2;
        return result;
    }
    if (parser.isSet(help)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        result.exitCode = 0;
        return result;
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qUtf8Printable(QCoreApplication::applicationName()),
                    qUtf8Printable(QCoreApplication::applicationVersion()));
        result.exitCode = 0;
        return result;
    }
    result.listsPlugins = parser.isSet(listPlugins);
    result.colorScheme = parser.value(colorScheme);
    if (!ColorScheme::names().contains(result.colorScheme)) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(tr("Unknown color scheme \"%1\": use %2.")
                                        .arg(result.colorScheme,
                                             ColorScheme::names().join(QStringLiteral(", ")))));
        result.exitCode = 2;
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(
            stderr, "%s\n",
            qUtf8Printable(tr("Give one URL at the most, not %1.").arg(positional.size())));
        result.exitCode = 2;
        return result;
    }
    if (!positional.isEmpty()) {
        // A malformed URL is reported in the window, where the user can correct it.
        result.url = TypedUrl::parse(positional.first());
        result.startsEmbeddedServer = false;
    }
    return result;
}

} // namespace Banter
