// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Banter {

// Bytes as hexadecimal text, both ways: the dump of a binary message, and the bytes a user
// types in hex input mode.
class BANTERCLIENT_EXPORT HexText
{
    Q_DECLARE_TR_FUNCTIONS(Banter::HexText)

public:
    // Sixteen bytes a line: offset, the bytes, and the printable ASCII characters.
    //   00000000  48 65 6c 6c 6f 0a 00 ff                           |Hello...|
    // (the layout of hexdump -C)
    // At most maxBytes bytes; a last line says how many more there are.
    static QString dump(const QByteArray &bytes, int maxBytes);

    // "00 01 ff", "0001ff", "00:01:FF", "0x00 0x01": pairs of hex digits, with spaces, line
    // breaks, ':', '-', ',' and "0x" between them. nullopt, with the reason in words, otherwise.
    static std::optional<QByteArray> parse(const QString &text, QString *errorString);
};

} // namespace Banter
