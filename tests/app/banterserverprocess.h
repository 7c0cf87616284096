// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

// banter-server of this build as a child process, for tests: started with arguments and,
// if asked, lower open file limits; its standard output and error kept line by line.
class BanterServerProcess : public QObject
{
    Q_OBJECT

public:
    struct FileLimit
    {
        quint64 soft;
        quint64 hard;
    };

    explicit BanterServerProcess(QObject *parent = nullptr);
    ~BanterServerProcess() override;

    void start(const QStringList &arguments, std::optional<FileLimit> fileLimit = std::nullopt);
    // Waits for "listening on port N" and returns N, or 0 if the server ended or said nothing.
    quint16 waitForPort();
    // Waits for a line of standard output (or error) that matches pattern, from line `from`
    // on; returns it, or an empty string.
    QString waitForLine(const QRegularExpression &pattern, qsizetype from = 0);
    QString waitForErrorLine(const QRegularExpression &pattern);
    void sendSignal(int signalNumber);
    // Waits for the process to end; returns its exit code, or -1 if it crashed or hung.
    int waitForExit();

    QProcess *process() { return &m_process; }
    const QStringList &outputLines() const { return m_output; }
    const QStringList &errorLines() const { return m_errors; }
    QString describe() const;

private:
    QString waitIn(const QStringList &lines, const QRegularExpression &pattern, qsizetype from);
    static void takeLines(QByteArray &partial, const QByteArray &chunk, QStringList &lines);

    QProcess m_process;
    QByteArray m_partialOutput;
    QByteArray m_partialError;
    QStringList m_output;
    QStringList m_errors;
};
