// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace Banter {

// {{variables}} in a message, expanded when it is sent: {{name}} from the user's table,
// {{uuid}} (a new random UUID), {{now}} (ISO 8601, UTC, milliseconds), {{timestamp}}
// (milliseconds since 1970), {{counter}} (1, 2, 3, ... one step a message), {{random A B}} (a
// whole number from A to B). Spaces inside the braces do not count; \{{ is a literal {{. An
// unknown variable, a {{ without }} or a random without two whole numbers is an error in words
// with its position, and then nothing is to be sent.
class BANTERCLIENT_EXPORT MessageTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Banter::MessageTemplate)

public:
    // What the variables are taken from.
    struct Context
    {
        QHash<QString, QString> variables; // the user's
        qint64 counter = 1;                // what {{counter}} gives next
        // Time and chance, given by a test; the clock and QRandomGenerator when empty.
        std::function<QDateTime()> now;
        std::function<qint64(qint64, qint64)> random; // a number from the first to the second
    };

    // The names that mean something of their own and cannot be the user's.
    static bool isBuiltIn(const QString &name);
    // A name the user may give a variable: a letter or _, then letters, digits, _ - and '.'.
    static bool isValidName(const QString &name);
    // Whether text holds a variable (or \{{), so that it is not sent as it is.
    static bool hasVariables(const QString &text);

    // text with its variables expanded; nullopt, with *error in words, when one cannot be. A
    // {{counter}} used moves context->counter on by one (once per message).
    static std::optional<QString> expand(const QString &text, Context *context, QString *error);
};

} // namespace Banter
