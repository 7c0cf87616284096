// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Hex dumps of binary messages a server sent (the detail pane, the chat log's preview) and the
// hex input mode's parser. The dump's byte columns must parse back into the bytes shown.
#include "fuzzing.h"

#include "hextext.h"

#include <chatmodel.h>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    BanterFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = BanterFuzz::bytes(data, size);
    const int maxBytes = size > 0 ? int(data[0]) * 4 : 0;

    const QString dump = Banter::HexText::dump(input, maxBytes);
    Banter::ChatModel::binaryPreview(input, maxBytes);
    Banter::ChatModel::binaryPreview(input);

    // Each dump line: offset, two spaces, the byte columns, '|', the ASCII column.
    QString columns;
    for (const QString &line : dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype bar = line.indexOf(QLatin1Char('|'));
        if (bar > 9)
            columns += line.mid(9, bar - 9) + QLatin1Char(' ');
    }
    QString error;
    const std::optional<QByteArray> shown = Banter::HexText::parse(columns, &error);
    const QByteArray expected = input.left(maxBytes);
    if (expected.isEmpty())
        BanterFuzz::check(!shown && !error.isEmpty(), "no bytes is an error in words");
    else
        BanterFuzz::check(shown && *shown == expected, "a dump parses back into its bytes");

    // Typed text: anything at all.
    error.clear();
    const std::optional<QByteArray> typed =
        Banter::HexText::parse(QString::fromUtf8(input), &error);
    BanterFuzz::check(typed.has_value() == error.isEmpty(), "a refusal says why");
    return 0;
}
