// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonpath.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QString>

#include <memory>
#include <vector>

namespace Banter {

namespace Internal {

// One node of a parsed expression. Never changed once built: copies of an expression share it,
// and threads evaluate it side by side.
struct FieldExpressionNode
{
    enum class Kind { Or, And, Not, Exists, Compare, Match };
    enum class Operator { Equal, Less, LessEqual, Greater, GreaterEqual };

    Kind kind = Kind::Or;
    // Or and And: two or more, none of the node's own kind (a or (b or c) is a or b or c);
    // Not: one.
    std::vector<std::shared_ptr<const FieldExpressionNode>> operands;
    JsonPath path;                 // Exists, Compare, Match
    Operator op = Operator::Equal; // Compare
    bool negated = false;          // != and !~: the result of == and ~, turned round
    // Compare: the value, kept apart from a QJsonValue so that no comparison converts it again.
    QJsonValue::Type type = QJsonValue::Null;
    QString text;
    double number = 0;
    bool boolean = false;
    // Match: the pattern as meant (a \/ written is a / here), its flags (from "imsx").
    QRegularExpression regex;
    QString pattern;
    QString flags;
};

// The canonical form of node and all below it (FieldExpression::toString()).
QString write(const FieldExpressionNode &node);
// A Compare node's value as the canonical form writes it: "text", 100, true, null.
QString valueText(const FieldExpressionNode &node);

} // namespace Internal

} // namespace Banter
