// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every libFuzzer target of Banter shares: a QCoreApplication (as in the programs), no log
// output (it would only slow the fuzzer down), and a check that turns a broken promise of the
// code under test into a crash that libFuzzer records.

#include <QByteArray>
#include <QCoreApplication>

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

} // namespace BanterFuzz
