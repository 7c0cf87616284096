// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace Banter {

// A path into a JSON document, as the field filter (FieldExpression) and the JSON tree's
// "copy path" write it:
//   $                 the document itself
//   .name             a member whose key is a name: a letter or _, then letters, digits, _
//                     (any script's letters, so $.prénom and $.名前 are names)
//   ["any key"]       a member whose key is anything, in quotes with JSON's escapes ('' too)
//   [3]  [-1]         an element of an array; a negative index counts from the end (-1: last)
//   [*]  .*           every member of an object (in key order, which is how Qt keeps them) or
//                     every element of an array
// A step that does not apply (a member of something that is no object, an index beyond the
// end) selects nothing, so a path selects any number of values, none included.
class BANTERCLIENT_EXPORT JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(Banter::JsonPath)

public:
    struct Step
    {
        enum class Kind { Member, Index, Wildcard };
        Kind kind = Kind::Member;
        QString name;        // Member
        qsizetype index = 0; // Index
        bool operator==(const Step &other) const;
        bool operator!=(const Step &other) const { return !(*this == other); }
    };

    // $: the document itself.
    JsonPath() = default;

    // The path that starts at *position of source (which must be a $), in the midst of a longer
    // text: *position moves past it, to the first character that continues no step. nullopt
    // otherwise, with the reason in words in *error and where it lies (0-based) in
    // *errorPosition (either may be nullptr). Every position counts in source as a whole.
    static std::optional<JsonPath> parse(QStringView source, qsizetype *position, QString *error,
                                         qsizetype *errorPosition);
    // whole, which must hold exactly one path (spaces around it allowed).
    static std::optional<JsonPath> parse(const QString &whole, QString *error = nullptr,
                                         qsizetype *errorPosition = nullptr);

    const QList<Step> &steps() const { return m_steps; }
    bool operator==(const JsonPath &other) const { return m_steps == other.m_steps; }
    bool operator!=(const JsonPath &other) const { return m_steps != other.m_steps; }

    // The canonical form: $, then .name for keys that are names, ["..."] (JSON's escapes)
    // otherwise, [3], [*]. It parses back into the same path.
    QString toString() const;
    // One step of the canonical form, for whoever builds a path (the JSON tree's "copy path").
    static QString memberStep(const QString &key);
    static QString indexStep(qsizetype index);

    // Calls visit for every value the path selects in root, in document order, and stops as
    // soon as visit returns true: then true; false when no call returned true (or nothing was
    // selected).
    bool select(const QJsonValue &root, const std::function<bool(const QJsonValue &)> &visit) const;

    // Text in quotes, as paths and field filters share them. quoted() gives "…" with JSON's
    // escapes (control characters and a lone half of a surrogate pair escaped too, so that the
    // result reads back the same).
    static QString quoted(QStringView text);
    // The text in quotes that starts at *position ("…" or '…', with JSON's escapes and \'),
    // like parse() above.
    static std::optional<QString> parseQuoted(QStringView source, qsizetype *position,
                                              QString *error, qsizetype *errorPosition);
    // Whether key can be written .key: a letter or _, then letters, digits, _ (and the marks
    // that letters of some scripts carry).
    static bool isName(QStringView key);
    // Where the name that starts at from ends (from itself when none starts there).
    static qsizetype nameEnd(QStringView source, qsizetype from);

private:
    bool selectFrom(const QJsonValue &value, qsizetype step,
                    const std::function<bool(const QJsonValue &)> &visit) const;

    QList<Step> m_steps;
};

} // namespace Banter
