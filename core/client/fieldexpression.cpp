// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldexpression.h"

#include "fieldexpressionnode.h"
#include "fieldexpressionparser.h"
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Banter {

namespace {

using Node = Internal::FieldExpressionNode;
using NodePointer = std::shared_ptr<const Node>;

// Text ordered by code points: UTF-16 orders U+E000..U+FFFF after the surrogates that code
// U+10000 and beyond, so those units move up before comparing.
int compareCodePoints(QStringView a, QStringView b)
{
    const auto fixUp = [](char16_t u) {
        return u >= 0xe000 ? char32_t(u) - 0x800 : u >= 0xd800 ? char32_t(u) + 0x2000 : u;
    };
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const char16_t x = a.at(i).unicode();
        const char16_t y = b.at(i).unicode();
        if (x != y)
            return fixUp(x) < fixUp(y) ? -1 : 1;
    }
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

// Whether order (negative, 0, positive: less, equal, greater) is what op asks for.
bool ordered(int order, Node::Operator op)
{
    switch (op) {
    case Node::Operator::Equal:
        return order == 0;
    case Node::Operator::Less:
        return order < 0;
    case Node::Operator::LessEqual:
        return order <= 0;
    case Node::Operator::Greater:
        return order > 0;
    case Node::Operator::GreaterEqual:
        return order >= 0;
    }
    return false;
}

// Whether one selected value satisfies a comparison (== for != too). Values of different JSON
// types never do.
bool satisfies(const Node &node, const QJsonValue &value)
{
    switch (node.type) {
    case QJsonValue::Double: {
        if (!value.isDouble())
            return false;
        const double x = value.toDouble();
        return ordered(x < node.number ? -1 : x > node.number ? 1 : 0, node.op);
    }
    case QJsonValue::String:
        if (!value.isString())
            return false;
        if (node.op == Node::Operator::Equal)
            return value.toString() == node.text;
        return ordered(compareCodePoints(value.toString(), node.text), node.op);
    case QJsonValue::Bool:
        return value.isBool() && value.toBool() == node.boolean;
    default:
        return value.isNull();
    }
}

bool evaluate(const Node &node, const QJsonValue &document)
{
    switch (node.kind) {
    case Node::Kind::Or:
        for (const NodePointer &operand : node.operands) {
            if (evaluate(*operand, document))
                return true;
        }
        return false;
    case Node::Kind::And:
        for (const NodePointer &operand : node.operands) {
            if (!evaluate(*operand, document))
                return false;
        }
        return true;
    case Node::Kind::Not:
        return !evaluate(*node.operands.front(), document);
    case Node::Kind::Exists:
        return node.path.select(document, [](const QJsonValue &) { return true; });
    case Node::Kind::Compare:
        return node.path.select(document, [&node](const QJsonValue &value) {
            return satisfies(node, value);
        }) != node.negated;
    case Node::Kind::Match:
        return node.path.select(document, [&node](const QJsonValue &value) {
            return value.isString() && node.regex.match(value.toString()).hasMatch();
        }) != node.negated;
    }
    return false;
}

} // namespace

FieldExpression::FieldExpression() = default;

FieldExpression FieldExpression::parse(const QString &source)
{
    FieldExpression expression;
    expression.m_source = source;
    expression.m_empty = source.trimmed().isEmpty();
    const auto fail = [&expression](qsizetype position, const QString &message) {
        expression.m_error = message;
        expression.m_errorPosition = position;
        return expression;
    };
    if (source.size() > maxLength)
        return fail(maxLength, tr("too long at character %1 (at most %2 characters)")
                                   .arg(maxLength + 1)
                                   .arg(maxLength));
    if (expression.m_empty)
        return expression;
    Internal::FieldExpressionParser parser(source);
    NodePointer root = parser.parseAll();
    if (!root)
        return fail(parser.errorPosition, parser.error);
    expression.m_root = std::move(root);
    // Written out in full (spaces around operators, "not" for "!", escapes) the canonical form
    // can be longer than the source; it has to parse too.
    const qsizetype canonicalLength = expression.toString().size();
    if (canonicalLength > maxLength) {
        expression.m_root.reset();
        return fail(source.size(), tr("too long at character %1: written out in full it has %2 "
                                      "characters, at most %3")
                                       .arg(source.size() + 1)
                                       .arg(canonicalLength)
                                       .arg(maxLength));
    }
    return expression;
}

QString FieldExpression::toString() const
{
    return m_root ? Internal::write(*m_root) : QString();
}

bool FieldExpression::matches(const QJsonValue &document) const
{
    if (!isValid())
        return false;
    return !m_root || evaluate(*m_root, document);
}

bool FieldExpression::matchesText(QStringView text) const
{
    if (!isValid())
        return false;
    if (!m_root)
        return true;
    const std::optional<QJsonValue> document = JsonText::document(text);
    return document && evaluate(*m_root, *document);
}

} // namespace Banter
