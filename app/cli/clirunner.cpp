// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include <chatlog.h>
#include <hextext.h>

#include <QFile>

#include <cstdio>

namespace Banter {

CliRunner::CliRunner(const CliCommandLine &options, QObject *parent)
    : QObject(parent), m_options(options), m_session(&m_registry, &m_model)
{
    m_session.setSettings(options.sessionSettings);
    // A pipe gets the frames as they are: no chat room protocol offered or spoken on its own
    // (--subprotocol banter.chat.v1 gives the JSON itself).
    m_session.setOffersChatProtocol(false);
    m_lingerTimer.setSingleShot(true);
    m_lingerTimer.setInterval(options.linger);
    m_waitTimer.setSingleShot(true);
    connect(&m_model, &ChatModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    connect(&m_session, &ChatSession::stateChanged, this, &CliRunner::onStateChanged);
    connect(&m_session, &ChatSession::outboxChanged, this, &CliRunner::onOutboxChanged);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] { finish(CliCommandLine::Done); });
    connect(&m_waitTimer, &QTimer::timeout, this, [this] { finish(CliCommandLine::Done); });
    connect(&m_reader, &StdinReader::linesRead, this, &CliRunner::onLines);
    connect(&m_reader, &StdinReader::finished, this, [this] {
        m_inputDone = true;
        updateLinger();
    });
}

bool CliRunner::start()
{
    m_registry.scan();
    if (!m_options.fingerprint.isEmpty()) {
        m_trustStore.trust(m_options.url.host(), m_options.fingerprint);
        m_session.setTrustStore(&m_trustStore);
    }
    if (!m_session.open(m_options.url, m_options.connectOptions)) {
        // The status line says why (written as "# ..."); it is an error, written even with -q.
        m_model.flush();
        if (m_options.isQuiet) {
            const ChatModel::Entry entry = m_model.entry(m_model.rowCount() - 1);
            std::fprintf(stderr, "banter-cli: %s\n", qUtf8Printable(entry.text));
        }
        return false;
    }
    if (m_options.wait.count() > 0)
        m_waitTimer.start(m_options.wait);
    if (!m_options.sendFile.isEmpty()) {
        QFile file(m_options.sendFile);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "banter-cli: %s\n",
                         qUtf8Printable(
                             tr("cannot read %1: %2").arg(m_options.sendFile, file.errorString())));
            return false;
        }
        m_session.sendBinary(file.readAll());
        m_inputDone = true;
    } else if (!m_options.executes.isEmpty()) {
        for (const QString &text : std::as_const(m_options.executes))
            sendLine(text.toUtf8());
        m_inputDone = true;
    } else {
        m_reader.start();
    }
    return true;
}

void CliRunner::onRowsInserted(int first, int last)
{
    for (int row = first; row <= last; ++row)
        writeRow(m_model.entry(row));
    std::fflush(stdout);
    if ((m_model.rowCount() > maxRows || m_model.byteSize() > maxRowBytes) && !m_trimQueued) {
        m_trimQueued = true;
        QMetaObject::invokeMethod(this, &CliRunner::trimModel, Qt::QueuedConnection);
    }
}

// Every row has been written out: the model need not keep them, and 1 GB of input must not
// pile up in it.
void CliRunner::trimModel()
{
    m_trimQueued = false;
    m_model.flush();
    // The next rows take the same memory again: at most maxRowBytes of it.
    m_model.clearKeepingMemory();
}

void CliRunner::writeRow(const ChatModel::Entry &entry)
{
    // Past -n's count, the rest of a batch of rows is not for the output.
    if (entry.kind == ChatModel::Kind::Received && m_isFinishing && m_options.count > 0)
        return;
    if (entry.kind == ChatModel::Kind::Status && !m_options.isQuiet) {
        std::fprintf(stderr, "# %s\n", qUtf8Printable(entry.text));
        std::fflush(stderr);
    } else if (entry.kind == ChatModel::Kind::Status) {
        m_lastStatus = entry.text; // said at the end if the program fails
    }
    if (m_options.writesNdjson) {
        const QByteArray line = ChatLog::toNdjson(entry);
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    }
    if (entry.kind != ChatModel::Kind::Received)
        return;
    ++m_received;
    if (!m_options.writesNdjson) {
        QByteArray out;
        if (!entry.isBinary)
            out = entry.text.toUtf8() + '\n';
        else if (m_options.binaryFormat == CliCommandLine::BinaryFormat::Hex)
            out = entry.bytes.toHex() + '\n';
        else if (m_options.binaryFormat == CliCommandLine::BinaryFormat::Base64)
            out = entry.bytes.toBase64() + '\n';
        else
            out = entry.bytes;
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    }
    if (m_lingerTimer.isActive())
        m_lingerTimer.start();
    if (m_options.count > 0 && m_received >= m_options.count)
        finish(CliCommandLine::Done);
}

void CliRunner::onLines(const QByteArrayList &lines)
{
    for (const QByteArray &line : lines)
        sendLine(line);
    ++m_chunksHeld;
    onOutboxChanged(m_session.outboxCount());
}

void CliRunner::sendLine(const QByteArray &line)
{
    ++m_lineNumber;
    if (!m_options.readsHex) {
        m_session.sendText(QString::fromUtf8(line));
        return;
    }
    QString error;
    const std::optional<QByteArray> bytes = HexText::parse(QString::fromUtf8(line), &error);
    if (bytes)
        m_session.sendBinary(*bytes);
    else
        m_model.appendStatus(tr("line %1 not sent: %2").arg(m_lineNumber).arg(error));
}

void CliRunner::onOutboxChanged(int count)
{
    // Backpressure: the reader reads on only when what it gave has gone out.
    if (count < maxOutbox) {
        for (; m_chunksHeld > 0; --m_chunksHeld)
            m_reader.release();
    }
    updateLinger();
}

void CliRunner::updateLinger()
{
    // With -n or --wait, the end of input does not end the run.
    if (!m_inputDone || m_isFinishing || m_options.count > 0 || m_options.wait.count() > 0)
        return;
    if (m_session.outboxCount() == 0 && m_session.state() == Connection::State::Open &&
        !m_lingerTimer.isActive())
        m_lingerTimer.start();
}

void CliRunner::onStateChanged(Connection::State state)
{
    if (state == Connection::State::Open) {
        m_wasOpen = true;
        updateLinger();
    } else if (state == Connection::State::Closed) {
        m_lingerTimer.stop();
        // The supervisor decides about a retry after this signal.
        QMetaObject::invokeMethod(this, &CliRunner::onClosed, Qt::QueuedConnection);
    }
}

void CliRunner::onClosed()
{
    if (m_session.state() != Connection::State::Closed)
        return;
    if (m_isFinishing) {
        m_model.flush();
        Q_EMIT finished(m_exitCode);
        return;
    }
    if (m_session.isReconnectPending())
        return;
    const int code = m_session.closeCode();
    if (!m_wasOpen)
        m_exitCode = CliCommandLine::ConnectFailed;
    else if (code == int(Connection::CloseCode::Normal) ||
             code == int(Connection::CloseCode::GoingAway))
        m_exitCode = CliCommandLine::Done;
    else if (code == 0 || code == int(Connection::CloseCode::Abnormal))
        m_exitCode = CliCommandLine::ConnectionLost;
    else
        m_exitCode = CliCommandLine::ClosedByServer;
    m_model.flush();
    // -q leaves out status lines, not the reason of a failure.
    if (m_options.isQuiet && m_exitCode != CliCommandLine::Done && !m_lastStatus.isEmpty())
        std::fprintf(stderr, "banter-cli: %s\n", qUtf8Printable(m_lastStatus));
    Q_EMIT finished(m_exitCode);
}

void CliRunner::finish(int exitCode)
{
    if (m_isFinishing)
        return;
    m_isFinishing = true;
    m_exitCode = exitCode;
    m_lingerTimer.stop();
    m_waitTimer.stop();
    if (m_session.state() == Connection::State::Closed) {
        m_session.close();
        QMetaObject::invokeMethod(this, &CliRunner::onClosed, Qt::QueuedConnection);
    } else {
        m_session.close();
    }
}

} // namespace Banter
