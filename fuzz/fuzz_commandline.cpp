// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// "banter [options] [URL]" and what the chat session does with the URL: the arguments are the
// input split at NUL bytes. The session has no plugins, so every URL ends in a status line: a
// malformed one, or no transport for its scheme.
#include "fuzzing.h"

#include "commandline.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <banter/pluginregistry.h>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    BanterFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Banter::PluginRegistry registry; // searches no folder: no plugins
    static const bool scanned = [] {
        registry.setSearchPaths({});
        registry.scan();
        return true;
    }();
    Q_UNUSED(scanned);
    QStringList arguments{QStringLiteral("banter")};
    for (const QByteArray &argument : BanterFuzz::bytes(data, size).split('\0'))
        arguments.append(QString::fromUtf8(argument));

    const Banter::CommandLine commandLine = Banter::CommandLine::parse(arguments);
    if (commandLine.exitCode)
        return 0;
    BanterFuzz::check(!commandLine.startsEmbeddedServer ||
                          commandLine.url == Banter::CommandLine::defaultUrl(),
                      "the embedded server goes with the default URL");

    Banter::ChatModel model;
    Banter::ChatSession session(&registry, &model);
    BanterFuzz::check(!session.open(commandLine.url), "no URL opens without a plugin");
    model.flush();
    BanterFuzz::check(model.rowCount() == 1, "a URL that cannot be opened is one status line");
    BanterFuzz::check(session.state() == Banter::Connection::State::Closed, "nothing is open");
    BanterFuzz::check(!session.sendText(QStringLiteral("x")), "nothing is sent");
    return 0;
}
