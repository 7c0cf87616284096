// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Banter {

// What "banter [options] [URL]" asks for.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Banter::CommandLine)

public:
    static QUrl defaultUrl() { return QUrl(QStringLiteral("ws://localhost:3000")); }

    // Parses arguments (argv, program name first). On --help or --version, or on an error, it
    // prints what it has to say and sets exitCode; the program then ends with it.
    static CommandLine parse(const QStringList &arguments);

    QUrl url = defaultUrl();
    // --color-scheme: "system" (the desktop's), "light" or "dark".
    QString colorScheme = QStringLiteral("system");
    // No URL given: serve the embedded echo server on the default port first.
    bool startsEmbeddedServer = true;
    // --list-plugins: print the plugins found and exit.
    bool listsPlugins = false;
    std::optional<int> exitCode;
};

} // namespace Banter
