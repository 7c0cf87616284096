// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every libFuzzer target of Banter shares: a QCoreApplication (as in the programs), no log
// output (it would only slow the fuzzer down), and a check that turns a broken promise of the
// code under test into a crash that libFuzzer records.

#include <QByteArray>
#include <QCoreApplication>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace BanterFuzz {

inline void initialize(int *argc, char ***argv)
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "fatal: %s\n", qUtf8Printable(message));
            std::abort();
        }
    });
    static int count = *argc;
    new QCoreApplication(count, *argv);
    QCoreApplication::setApplicationName(QStringLiteral("banter-fuzz"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0"));
}

// The input without a copy.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A promise of the code under test that the input broke: a finding.
inline void check(bool condition, const char *promise)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s\n", promise);
        std::abort();
    }
}

// Cuts a stream of size bytes into reads of 1 to step bytes, of sizes that vary from read to read,
// and calls read(offset, length) for each, until it returns false.
template<typename Read> void inReads(qint64 size, int step, Read read)
{
    int round = 0;
    for (qint64 offset = 0; offset < size;) {
        const qint64 length = std::min<qint64>(size - offset, 1 + (round++ * 7) % step);
        if (!read(offset, length))
            return;
        offset += length;
    }
}

} // namespace BanterFuzz
