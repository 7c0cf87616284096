// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldexpressionnode.h"

#include <QLocale>

#include <cmath>

namespace Banter {

namespace Internal {

namespace {

using Node = FieldExpressionNode;
using NodePointer = std::shared_ptr<const Node>;

QString numberText(double number)
{
    // Whole numbers as whole numbers (100000, not the 1e+05 of the shortest form); -0 is 0.
    if (number == std::floor(number) && std::abs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString operatorText(const Node &node)
{
    switch (node.op) {
    case Node::Operator::Equal:
        return node.negated ? QStringLiteral("!=") : QStringLiteral("==");
    case Node::Operator::Less:
        return QStringLiteral("<");
    case Node::Operator::LessEqual:
        return QStringLiteral("<=");
    case Node::Operator::Greater:
        return QStringLiteral(">");
    case Node::Operator::GreaterEqual:
        return QStringLiteral(">=");
    }
    return {};
}

// The pattern between slashes again: every / escaped, every other escape left as it was (a \ in
// the pattern always begins a pair whose second character is no /, see
// FieldExpressionParser::parseMatch).
QString patternText(const QString &pattern)
{
    QString result;
    result.reserve(pattern.size() + 2);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            result += c;
            result += pattern.at(++i);
        } else if (c == QLatin1Char('/')) {
            result += QLatin1String("\\/");
        } else {
            result += c;
        }
    }
    return result;
}

} // namespace

QString valueText(const Node &node)
{
    switch (node.type) {
    case QJsonValue::String:
        return JsonPath::quoted(node.text);
    case QJsonValue::Double:
        return numberText(node.number);
    case QJsonValue::Bool:
        return node.boolean ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QStringLiteral("null");
    }
}

QString write(const Node &node)
{
    switch (node.kind) {
    case Node::Kind::Or:
    case Node::Kind::And: {
        // An or inside an and needs its parentheses; nothing else does (an and binds tighter
        // than or, and an operand is never of its node's own kind).
        const bool isAnd = node.kind == Node::Kind::And;
        QString result;
        for (const NodePointer &operand : node.operands) {
            if (!result.isEmpty())
                result += isAnd ? QLatin1String(" and ") : QLatin1String(" or ");
            if (isAnd && operand->kind == Node::Kind::Or)
                result += QLatin1Char('(') + write(*operand) + QLatin1Char(')');
            else
                result += write(*operand);
        }
        return result;
    }
    case Node::Kind::Not: {
        const Node &operand = *node.operands.front();
        if (operand.kind == Node::Kind::Or || operand.kind == Node::Kind::And)
            return QLatin1String("not (") + write(operand) + QLatin1Char(')');
        return QLatin1String("not ") + write(operand);
    }
    case Node::Kind::Exists:
        return QLatin1String("exists(") + node.path.toString() + QLatin1Char(')');
    case Node::Kind::Compare:
        return node.path.toString() + QLatin1Char(' ') + operatorText(node) + QLatin1Char(' ') +
               valueText(node);
    case Node::Kind::Match:
        return node.path.toString() +
               (node.negated ? QLatin1String(" !~ /") : QLatin1String(" ~ /")) +
               patternText(node.pattern) + QLatin1Char('/') + node.flags;
    }
    return {};
}

} // namespace Internal

} // namespace Banter
