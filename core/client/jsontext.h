// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Banter {

// A JSON message as people read it: checked (and, when broken, where), indented, and walked
// value by value in the order it was written. Everything works on the text as it came, so that
// keys keep their order (QJsonObject sorts them) and numbers their digits (a double has 15).
class BANTERCLIENT_EXPORT JsonText
{
    Q_DECLARE_TR_FUNCTIONS(Banter::JsonText)

public:
    // What is read as JSON at the most: a longer text is shown as text.
    static constexpr qsizetype maxSize = 16 * 1024 * 1024;

    // Why a text that looks like JSON is none, and where.
    struct Problem
    {
        QString what;           // "a string not closed", in the language in force
        qsizetype position = 0; // 0-based, in characters
        int line = 1;
        int column = 1;
    };

    // Whether text begins (after white space) with { or [, as a JSON message does.
    static bool looksLikeJson(QStringView text);
    // Nothing when text is a JSON object or array (up to maxSize); otherwise what is wrong.
    static std::optional<Problem> check(const QString &text);
    // "a string not closed at line 3, column 14"
    static QString describe(const Problem &problem);
    // The document text holds when it is a JSON object or array (any other text, any other JSON
    // value or broken JSON: none), as a value for JsonPath::select(). Reads a million rows
    // without a new buffer for each.
    static std::optional<QJsonValue> document(QStringView text);

    // Valid JSON with two spaces a level, one member or item a line, "key": value, the keys and
    // numbers as written; at most maxCharacters of it (*cut then says so).
    static QString indented(QStringView json, qsizetype maxCharacters, bool *cut);

    // Walking valid JSON: where the white space from position ends, and where the value that
    // begins at position ends (one past its last character).
    static qsizetype skipSpace(QStringView json, qsizetype position);
    static qsizetype valueEnd(QStringView json, qsizetype position);
    // The text of a string value given with its quotes, its escapes resolved.
    static QString decodeString(QStringView quoted);
};

} // namespace Banter
