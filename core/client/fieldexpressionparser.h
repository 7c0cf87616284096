// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldexpressionnode.h"

#include <QString>
#include <QStringView>

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace Banter {

namespace Internal {

// The parser of FieldExpression::parse(): recursive descent, one function a level of the grammar.
// The first error ends it; every position is an index into the source. Its messages are
// FieldExpression's, in that class's translation context.
class FieldExpressionParser
{
public:
    using Node = FieldExpressionNode;
    using NodePointer = std::shared_ptr<const Node>;

    explicit FieldExpressionParser(QStringView source) : m_source(source) {}

    // The expression that is the whole source; null on an error, said in error and
    // errorPosition.
    NodePointer parseAll();

    QString error;
    qsizetype errorPosition = -1;

private:
    // The comparison and match operators as written, with "=" alone to say that it is none.
    enum class Token {
        None,
        SingleEqual,
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual,
        Match,
        NotMatch
    };

    QChar peek(qsizetype ahead = 0) const;
    void skipSpaces();
    // The name (keyword, or a word meant as one) that starts here; empty when none does.
    QStringView word() const;
    bool takeWord(QStringView keyword);
    bool takeSymbol(QLatin1String symbol);

    std::nullptr_t fail(qsizetype position, const QString &message);
    QString tooDeep(qsizetype position) const;
    QString expectedCondition(const QString &after) const;
    // A keyword written in capitals (AND, NOT, TRUE): said as such.
    std::optional<QString> lowerCaseHint() const;
    QString expectedJoin(bool inParentheses) const;
    // Whether what follows ends a condition: the end, a ")", and, or.
    bool atConditionEnd() const;

    NodePointer combine(Node::Kind kind, const std::vector<NodePointer> &operands);
    NodePointer parseOr(const QString &after);
    NodePointer parseAnd(const QString &after);
    NodePointer parseUnary(const QString &after);
    NodePointer parsePrimary(const QString &after);
    NodePointer parseExists();

    // The operator here (nothing taken when there is none).
    Token takeOperator();
    QString singleEqual(qsizetype at) const;
    // PATH, then OP VALUE or ~ /pattern/.
    NodePointer parseComparison(JsonPath path, qsizetype pathStart);
    // VALUE OP PATH, turned round into PATH OP VALUE.
    NodePointer parseMirrored();
    NodePointer finishComparison(const std::shared_ptr<Node> &node, JsonPath path, Token token,
                                 qsizetype opAt, const QString &opText);

    // A JSON value here, into node's type and value fields.
    bool parseValue(Node *node, const QString &after);
    // A JSON number (leading zeros allowed): -12, 3.5, 1e-3.
    bool parseNumber(Node *node);
    // PATH ~ /pattern/flags (or !~): the pattern's \/ is a /, every other escape is the
    // pattern's own.
    NodePointer parseMatch(JsonPath path, bool negated, const QString &opText);

    QStringView m_source;
    qsizetype m_at = 0;
    int m_depth = 0; // parentheses and not around the current place
};

} // namespace Internal

} // namespace Banter
