// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <memory>

namespace Banter {

namespace Internal {
struct FieldExpressionNode;
} // namespace Internal

// A condition on the fields of a JSON message, to filter a chat log (docs/FIELD-FILTER.md):
//   $.type == "trade" and ($.price >= 100 or not exists($.qty))
//   $.user.name ~ /^a/i        $.items[*].id == 3        $["odd key"].x != null
//
// Grammar, loosest first: or (||), and (&&), not (!), then a comparison, exists($.path) or a
// condition in parentheses. A comparison is PATH OP VALUE or VALUE OP PATH with OP one of
// == != < <= > >=, or PATH ~ /pattern/flags and PATH !~ /pattern/flags (flags i s m x). A value
// is JSON: "text" (or 'text'), a number, true, false, null. Paths: JsonPath.
//
// Meaning:
// - A path may select several values (wildcards) or none: a comparison is true when any selected
//   value satisfies it, so none satisfies it when nothing is selected.
// - != and !~ are exactly not(==) and not(~): a message without the field matches
//   $.type != "trade".
// - Numbers compare as numbers (doubles), text by code points; true, false and null only with
//   == and != (anything else is an error when parsing). Values of different JSON types are never
//   equal nor ordered: $.price > 100 is false for "price": "101".
// - ~ matches text only (PCRE, Unicode aware); any other type is false.
// - exists($.path) is true when the path selects anything, null included.
//
// Against hostile input: at most 64 levels of parentheses and not, at most 64 Ki characters (the
// canonical form too); beyond either it is an error, never a crash. A value: cheap to copy (the
// parsed tree is shared and never changes), and its const functions may run in several threads at
// once.
class BANTERCLIENT_EXPORT FieldExpression
{
    Q_DECLARE_TR_FUNCTIONS(Banter::FieldExpression)

public:
    static constexpr int maxDepth = 64;
    static constexpr qsizetype maxLength = 64 * 1024;

    // The empty expression: valid, it matches everything.
    FieldExpression();

    static FieldExpression parse(const QString &source);

    bool isValid() const { return m_errorPosition < 0; }
    // Whether the source is blank: no condition, every document matches.
    bool isEmpty() const { return m_empty; }
    // Why it is not valid, in words, naming the place as a 1-based character number (as
    // QString counts, an emoji outside the BMP taking two); empty when valid.
    QString errorString() const { return m_error; }
    // Where the error lies, 0-based (0 to the source's length); -1 when valid.
    qsizetype errorPosition() const { return m_errorPosition; }
    QString source() const { return m_source; }
    // The canonical form: parse(toString()) gives the same toString() and the same meaning.
    // Empty for the empty expression or an invalid one.
    QString toString() const;

    // Whether document satisfies the condition; false when the expression is not valid.
    bool matches(const QJsonValue &document) const;
    // The same for a message's text, read as JSON (an object or an array: other text, any other
    // JSON value or broken JSON does not match).
    bool matchesText(QStringView text) const;

private:
    QString m_source;
    QString m_error;
    qsizetype m_errorPosition = -1;
    bool m_empty = true;
    std::shared_ptr<const Internal::FieldExpressionNode> m_root; // null when empty or invalid
};

} // namespace Banter
