// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommandline.h"
#include "stdinreader.h"

#include <banter/pluginregistry.h>
#include <chatmodel.h>
#include <chatsession.h>
#include <truststore.h>

#include <QObject>
#include <QTimer>

namespace Banter {

// One banter-cli run: a ChatSession (the window's plugins, supervisor and outbox) fed from
// standard input or -x, whose rows are written out as they come (received messages to standard
// output, status lines to standard error), and which decides when to stop and with what code.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    // The most messages sent and not yet confirmed before input is read further. Low enough that
    // the server's echoes of long lines stay below its output cap (1 GB of 4 KB lines: exit 4
    // with 4096), high enough for short lines to stream at full speed.
    static constexpr int maxOutbox = 64;
    // Rows, and bytes in them, kept in the model before it is emptied (they have been written
    // out by then): long lines as well as many short ones keep the memory bounded.
    static constexpr int maxRows = 8192;
    static constexpr qint64 maxRowBytes = 4 * 1024 * 1024;

    explicit CliRunner(const CliCommandLine &options, QObject *parent = nullptr);

    // Connects and starts sending; returns false (the program ends with the exit code) when the
    // URL cannot be opened.
    bool start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void onRowsInserted(int first, int last);
    void writeRow(const ChatModel::Entry &entry);
    void onStateChanged(Connection::State state);
    void onClosed();
    void onLines(const QByteArrayList &lines);
    void sendLine(const QByteArray &line);
    void onOutboxChanged(int count);
    void updateLinger();
    void finish(int exitCode);
    void trimModel();

    CliCommandLine m_options;
    PluginRegistry m_registry;
    ChatModel m_model;
    TrustStore m_trustStore;
    ChatSession m_session;
    StdinReader m_reader;
    QTimer m_lingerTimer;
    QTimer m_waitTimer;
    int m_received = 0;
    int m_chunksHeld = 0; // chunks of input sent but not released to the reader
    qint64 m_lineNumber = 0;
    bool m_inputDone = false;
    // With -q, the last status line: why the program fails, if it does.
    QString m_lastStatus;
    bool m_wasOpen = false;
    bool m_isFinishing = false;
    bool m_trimQueued = false;
    int m_exitCode = CliCommandLine::Done;
};

} // namespace Banter
