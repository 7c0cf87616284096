// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldexpression.h"

#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QList>
#include <QRegularExpression>
#include <QStringEncoder>

#include <cmath>
#include <optional>
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

} // namespace Internal

namespace {

using Node = Internal::FieldExpressionNode;
using NodePointer = std::shared_ptr<const Node>;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isKeyword(QStringView word)
{
    for (const char16_t *keyword : {u"and", u"or", u"not", u"true", u"false", u"null", u"exists"}) {
        if (word == QStringView(keyword))
            return true;
    }
    return false;
}

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

QString numberText(double number)
{
    // Whole numbers as whole numbers (100000, not the 1e+05 of the shortest form); -0 is 0.
    if (number == std::floor(number) && std::abs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

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
// the pattern always begins a pair whose second character is no /, see Parser::parseMatch).
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

// Recursive descent, one function a level of the grammar. The first error ends it; every
// position is an index into the source.
class Parser
{
public:
    explicit Parser(QStringView source) : m_source(source) {}

    NodePointer parseAll()
    {
        NodePointer root = parseOr(QString());
        if (!root)
            return {};
        skipSpaces();
        if (m_at < m_source.size()) {
            if (peek() == QLatin1Char(')'))
                return fail(m_at,
                            FieldExpression::tr("“)” at character %1 has no “(”").arg(m_at + 1));
            return fail(m_at, expectedJoin(false));
        }
        return root;
    }

    QString error;
    qsizetype errorPosition = -1;

private:
    QChar peek(qsizetype ahead = 0) const
    {
        return m_at + ahead < m_source.size() ? m_source.at(m_at + ahead) : QChar();
    }

    void skipSpaces()
    {
        while (m_at < m_source.size() && m_source.at(m_at).isSpace())
            ++m_at;
    }

    // The name (keyword, or a word meant as one) that starts here; empty when none does.
    QStringView word() const
    {
        return m_source.mid(m_at, JsonPath::nameEnd(m_source, m_at) - m_at);
    }

    bool takeWord(QStringView keyword)
    {
        if (word() != keyword)
            return false;
        m_at += keyword.size();
        return true;
    }

    bool takeSymbol(QLatin1String symbol)
    {
        if (!m_source.mid(m_at).startsWith(symbol))
            return false;
        m_at += symbol.size();
        return true;
    }

    std::nullptr_t fail(qsizetype position, const QString &message)
    {
        if (errorPosition < 0) {
            errorPosition = position;
            error = message;
        }
        return nullptr;
    }

    QString tooDeep(qsizetype position) const
    {
        return FieldExpression::tr("nested too deeply at character %1 (at most %2 levels)")
            .arg(position + 1)
            .arg(FieldExpression::maxDepth);
    }

    QString expectedCondition(const QString &after) const
    {
        if (after.isEmpty())
            return FieldExpression::tr("expected a condition at character %1").arg(m_at + 1);
        return FieldExpression::tr("expected a condition after “%1” at character %2")
            .arg(after)
            .arg(m_at + 1);
    }

    // A keyword written in capitals (AND, NOT, TRUE): said as such.
    std::optional<QString> lowerCaseHint() const
    {
        const QStringView name = word();
        const QString lower = name.toString().toLower();
        if (name.isEmpty() || lower == name || !isKeyword(lower))
            return std::nullopt;
        return FieldExpression::tr("“%1” at character %2: keywords are written in lower case, "
                                   "“%3”")
            .arg(name)
            .arg(m_at + 1)
            .arg(lower);
    }

    QString expectedJoin(bool inParentheses) const
    {
        if (std::optional<QString> hint = lowerCaseHint())
            return *hint;
        if (inParentheses)
            return FieldExpression::tr("expected “and”, “or” or “)” at character %1").arg(m_at + 1);
        return FieldExpression::tr("expected “and”, “or” or the end at character %1").arg(m_at + 1);
    }

    // Whether what follows ends a condition: the end, a ")", and, or.
    bool atConditionEnd() const
    {
        const QStringView rest = m_source.mid(m_at);
        const QStringView name = word();
        return rest.isEmpty() || rest.startsWith(QLatin1Char(')')) || name == u"and" ||
               name == u"or" || rest.startsWith(QLatin1String("&&")) ||
               rest.startsWith(QLatin1String("||"));
    }

    NodePointer combine(Node::Kind kind, const std::vector<NodePointer> &operands)
    {
        if (operands.size() == 1)
            return operands.front();
        auto node = std::make_shared<Node>();
        node->kind = kind;
        for (const NodePointer &operand : operands) {
            if (operand->kind == kind)
                node->operands.insert(node->operands.end(), operand->operands.begin(),
                                      operand->operands.end());
            else
                node->operands.push_back(operand);
        }
        return node;
    }

    NodePointer parseOr(const QString &after)
    {
        std::vector<NodePointer> operands;
        QString joiner = after;
        for (;;) {
            NodePointer operand = parseAnd(joiner);
            if (!operand)
                return {};
            operands.push_back(std::move(operand));
            skipSpaces();
            if (takeWord(u"or"))
                joiner = QStringLiteral("or");
            else if (takeSymbol(QLatin1String("||")))
                joiner = QStringLiteral("||");
            else
                return combine(Node::Kind::Or, operands);
        }
    }

    NodePointer parseAnd(const QString &after)
    {
        std::vector<NodePointer> operands;
        QString joiner = after;
        for (;;) {
            NodePointer operand = parseUnary(joiner);
            if (!operand)
                return {};
            operands.push_back(std::move(operand));
            skipSpaces();
            if (takeWord(u"and"))
                joiner = QStringLiteral("and");
            else if (takeSymbol(QLatin1String("&&")))
                joiner = QStringLiteral("&&");
            else
                return combine(Node::Kind::And, operands);
        }
    }

    NodePointer parseUnary(const QString &after)
    {
        skipSpaces();
        const qsizetype at = m_at;
        QString token;
        if (word() == u"not")
            token = QStringLiteral("not");
        else if (peek() == QLatin1Char('!') && peek(1) != QLatin1Char('=') &&
                 peek(1) != QLatin1Char('~'))
            token = QStringLiteral("!");
        if (token.isEmpty())
            return parsePrimary(after);
        if (m_depth == FieldExpression::maxDepth)
            return fail(at, tooDeep(at));
        m_at += token.size();
        ++m_depth;
        NodePointer operand = parseUnary(token);
        --m_depth;
        if (!operand)
            return {};
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Not;
        node->operands.push_back(std::move(operand));
        return node;
    }

    NodePointer parsePrimary(const QString &after)
    {
        skipSpaces();
        const qsizetype at = m_at;
        const QChar c = peek();
        if (c == QLatin1Char('(')) {
            if (m_depth == FieldExpression::maxDepth)
                return fail(at, tooDeep(at));
            ++m_depth;
            ++m_at;
            NodePointer inner = parseOr(QStringLiteral("("));
            if (!inner)
                return {};
            skipSpaces();
            if (m_at >= m_source.size())
                return fail(
                    at, FieldExpression::tr("“)” missing for the “(” at character %1").arg(at + 1));
            if (peek() != QLatin1Char(')'))
                return fail(m_at, expectedJoin(true));
            ++m_at;
            --m_depth;
            return inner;
        }
        if (c == QLatin1Char('$')) {
            std::optional<JsonPath> path = JsonPath::parse(m_source, &m_at, &error, &errorPosition);
            if (!path)
                return {};
            return parseComparison(std::move(*path), at);
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('-') ||
            isAsciiDigit(c))
            return parseMirrored();
        const QStringView name = word();
        if (name == u"exists")
            return parseExists();
        if (name == u"true" || name == u"false" || name == u"null")
            return parseMirrored();
        if (std::optional<QString> hint = lowerCaseHint())
            return fail(at, *hint);
        if (name.isEmpty() || name == u"and" || name == u"or")
            return fail(at, expectedCondition(after));
        qsizetype next = at + name.size();
        while (next < m_source.size() && m_source.at(next).isSpace())
            ++next;
        if (next < m_source.size() && m_source.at(next) == QLatin1Char('('))
            return fail(at, FieldExpression::tr("unknown function “%1” at character %2 (the one "
                                                "function is exists($.path))")
                                .arg(name)
                                .arg(at + 1));
        return fail(at, FieldExpression::tr("“%1” at character %2 is no path: write $.%1 for a "
                                            "field")
                            .arg(name)
                            .arg(at + 1));
    }

    NodePointer parseExists()
    {
        m_at += 6; // exists
        skipSpaces();
        if (peek() != QLatin1Char('('))
            return fail(m_at,
                        FieldExpression::tr("expected “(” at character %1: write exists($.path)")
                            .arg(m_at + 1));
        const qsizetype open = m_at;
        ++m_at;
        skipSpaces();
        if (peek() != QLatin1Char('$'))
            return fail(m_at, FieldExpression::tr("expected a path at character %1: write "
                                                  "exists($.path)")
                                  .arg(m_at + 1));
        std::optional<JsonPath> path = JsonPath::parse(m_source, &m_at, &error, &errorPosition);
        if (!path)
            return {};
        skipSpaces();
        if (m_at >= m_source.size())
            return fail(
                open, FieldExpression::tr("“)” missing for the “(” at character %1").arg(open + 1));
        if (peek() != QLatin1Char(')'))
            return fail(
                m_at,
                FieldExpression::tr("expected “)” after the path at character %1").arg(m_at + 1));
        ++m_at;
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Exists;
        node->path = std::move(*path);
        return node;
    }

    // The operator here (nothing taken when there is none).
    Token takeOperator()
    {
        static const struct
        {
            QLatin1String text;
            Token token;
        } operators[] = {
            {QLatin1String("=="), Token::Equal},        {QLatin1String("!="), Token::NotEqual},
            {QLatin1String("!~"), Token::NotMatch},     {QLatin1String("<="), Token::LessEqual},
            {QLatin1String(">="), Token::GreaterEqual}, {QLatin1String("<"), Token::Less},
            {QLatin1String(">"), Token::Greater},       {QLatin1String("~"), Token::Match},
        };
        for (const auto &candidate : operators) {
            if (takeSymbol(candidate.text))
                return candidate.token;
        }
        return peek() == QLatin1Char('=') ? Token::SingleEqual : Token::None;
    }

    QString singleEqual(qsizetype at) const
    {
        return FieldExpression::tr("“=” at character %1 is no operator: write == to compare")
            .arg(at + 1);
    }

    // PATH, then OP VALUE or ~ /pattern/.
    NodePointer parseComparison(JsonPath path, qsizetype pathStart)
    {
        skipSpaces();
        const qsizetype opAt = m_at;
        const Token token = takeOperator();
        const QString opText = m_source.mid(opAt, m_at - opAt).toString();
        switch (token) {
        case Token::None:
            if (atConditionEnd())
                return fail(pathStart, FieldExpression::tr("a path alone is no condition at "
                                                           "character %1: compare it (== != < <= "
                                                           "> >= ~) or write exists($.path)")
                                           .arg(pathStart + 1));
            return fail(opAt, FieldExpression::tr("expected an operator (== != < <= > >= ~ !~) "
                                                  "after the path at character %1")
                                  .arg(opAt + 1));
        case Token::SingleEqual:
            return fail(opAt, singleEqual(opAt));
        case Token::Match:
        case Token::NotMatch:
            return parseMatch(std::move(path), token == Token::NotMatch, opText);
        default:
            break;
        }
        skipSpaces();
        if (peek() == QLatin1Char('$'))
            return fail(m_at, FieldExpression::tr("a path at character %1, where a value was "
                                                  "expected: compare a path with a value, such "
                                                  "as 100 or \"text\"")
                                  .arg(m_at + 1));
        auto node = std::make_shared<Node>();
        if (!parseValue(node.get(), opText))
            return {};
        return finishComparison(node, std::move(path), token, opAt, opText);
    }

    // VALUE OP PATH, turned round into PATH OP VALUE.
    NodePointer parseMirrored()
    {
        const qsizetype valueStart = m_at;
        auto node = std::make_shared<Node>();
        if (!parseValue(node.get(), QString()))
            return {};
        skipSpaces();
        const qsizetype opAt = m_at;
        const Token token = takeOperator();
        const QString opText = m_source.mid(opAt, m_at - opAt).toString();
        switch (token) {
        case Token::None:
            if (atConditionEnd())
                return fail(valueStart, FieldExpression::tr("a value alone is no condition at "
                                                            "character %1: compare a path with "
                                                            "it, such as $.field == %2")
                                            .arg(valueStart + 1)
                                            .arg(valueText(*node)));
            return fail(opAt, FieldExpression::tr("expected an operator (== != < <= > >=) after "
                                                  "the value at character %1")
                                  .arg(opAt + 1));
        case Token::SingleEqual:
            return fail(opAt, singleEqual(opAt));
        case Token::Match:
        case Token::NotMatch:
            return fail(opAt, FieldExpression::tr("“%1” at character %2 takes a path on its left: "
                                                  "$.field %1 /pattern/")
                                  .arg(opText)
                                  .arg(opAt + 1));
        default:
            break;
        }
        skipSpaces();
        if (peek() != QLatin1Char('$'))
            return fail(m_at, FieldExpression::tr("expected a path after “%1” at character %2: "
                                                  "one side of a comparison is a path, such as "
                                                  "$.field")
                                  .arg(opText)
                                  .arg(m_at + 1));
        std::optional<JsonPath> path = JsonPath::parse(m_source, &m_at, &error, &errorPosition);
        if (!path)
            return {};
        // 100 < $.price is $.price > 100.
        Token mirrored = token;
        switch (token) {
        case Token::Less:
            mirrored = Token::Greater;
            break;
        case Token::LessEqual:
            mirrored = Token::GreaterEqual;
            break;
        case Token::Greater:
            mirrored = Token::Less;
            break;
        case Token::GreaterEqual:
            mirrored = Token::LessEqual;
            break;
        default:
            break;
        }
        return finishComparison(node, std::move(*path), mirrored, opAt, opText);
    }

    NodePointer finishComparison(const std::shared_ptr<Node> &node, JsonPath path, Token token,
                                 qsizetype opAt, const QString &opText)
    {
        const bool ordering = token != Token::Equal && token != Token::NotEqual;
        if (ordering && node->type != QJsonValue::Double && node->type != QJsonValue::String)
            return fail(opAt, FieldExpression::tr("“%1” at character %2 orders numbers and text: "
                                                  "%3 goes only with == and !=")
                                  .arg(opText)
                                  .arg(opAt + 1)
                                  .arg(valueText(*node)));
        node->kind = Node::Kind::Compare;
        node->path = std::move(path);
        node->negated = token == Token::NotEqual;
        switch (token) {
        case Token::Less:
            node->op = Node::Operator::Less;
            break;
        case Token::LessEqual:
            node->op = Node::Operator::LessEqual;
            break;
        case Token::Greater:
            node->op = Node::Operator::Greater;
            break;
        case Token::GreaterEqual:
            node->op = Node::Operator::GreaterEqual;
            break;
        default:
            node->op = Node::Operator::Equal;
            break;
        }
        return node;
    }

    // A JSON value here, into node's type and value fields.
    bool parseValue(Node *node, const QString &after)
    {
        const qsizetype at = m_at;
        const QChar c = peek();
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            std::optional<QString> text =
                JsonPath::parseQuoted(m_source, &m_at, &error, &errorPosition);
            if (!text)
                return false;
            node->type = QJsonValue::String;
            node->text = std::move(*text);
            return true;
        }
        if (c == QLatin1Char('-') || isAsciiDigit(c))
            return parseNumber(node);
        const QStringView name = word();
        if (name == u"true" || name == u"false") {
            node->type = QJsonValue::Bool;
            node->boolean = name == u"true";
            m_at += name.size();
            return true;
        }
        if (name == u"null") {
            node->type = QJsonValue::Null;
            m_at += name.size();
            return true;
        }
        if (std::optional<QString> hint = lowerCaseHint()) {
            fail(at, *hint);
            return false;
        }
        if (!name.isEmpty()) {
            fail(at, FieldExpression::tr("“%1” at character %2 is no value: write text in quotes, "
                                         "\"%1\"")
                         .arg(name)
                         .arg(at + 1));
            return false;
        }
        fail(at, after.isEmpty()
                     ? FieldExpression::tr("expected a value at character %1").arg(at + 1)
                     : FieldExpression::tr("expected a value after “%1” at character %2")
                           .arg(after)
                           .arg(at + 1));
        return false;
    }

    // A JSON number (leading zeros allowed): -12, 3.5, 1e-3.
    bool parseNumber(Node *node)
    {
        const qsizetype start = m_at;
        const auto digits = [this] {
            const qsizetype from = m_at;
            while (m_at < m_source.size() && isAsciiDigit(m_source.at(m_at)))
                ++m_at;
            return m_at > from;
        };
        if (peek() == QLatin1Char('-'))
            ++m_at;
        if (!digits()) {
            fail(start, FieldExpression::tr("expected a digit after the “-” at character %1")
                            .arg(start + 1));
            return false;
        }
        if (peek() == QLatin1Char('.')) {
            const qsizetype point = m_at;
            ++m_at;
            if (!digits()) {
                fail(point, FieldExpression::tr("expected a digit after the “.” at character %1")
                                .arg(point + 1));
                return false;
            }
        }
        if (peek() == QLatin1Char('e') || peek() == QLatin1Char('E')) {
            const qsizetype exponent = m_at;
            ++m_at;
            if (peek() == QLatin1Char('+') || peek() == QLatin1Char('-'))
                ++m_at;
            if (!digits()) {
                fail(exponent, FieldExpression::tr("expected the exponent's digits after the "
                                                   "“%1” at character %2")
                                   .arg(m_source.at(exponent))
                                   .arg(exponent + 1));
                return false;
            }
        }
        bool ok = false;
        const double number = m_source.mid(start, m_at - start).toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            fail(start, FieldExpression::tr("the number at character %1 is out of range: a "
                                            "double holds about 1e-308 to 1e308")
                            .arg(start + 1));
            return false;
        }
        node->type = QJsonValue::Double;
        node->number = number;
        return true;
    }

    // PATH ~ /pattern/flags (or !~): the pattern's \/ is a /, every other escape is the
    // pattern's own.
    NodePointer parseMatch(JsonPath path, bool negated, const QString &opText)
    {
        skipSpaces();
        const qsizetype open = m_at;
        if (peek() != QLatin1Char('/'))
            return fail(open, FieldExpression::tr("expected /pattern/ after “%1” at character %2")
                                  .arg(opText)
                                  .arg(open + 1));
        ++m_at;
        QString pattern;
        QList<qsizetype> sourceOf; // where each character of the pattern was written
        bool closed = false;
        while (m_at < m_source.size()) {
            const QChar c = m_source.at(m_at);
            if (c == QLatin1Char('/')) {
                closed = true;
                break;
            }
            if (c == QLatin1Char('\\') && m_at + 1 < m_source.size()) {
                const QChar escaped = m_source.at(m_at + 1);
                if (escaped == QLatin1Char('/')) {
                    pattern += escaped;
                    sourceOf.append(m_at);
                } else {
                    pattern += c;
                    pattern += escaped;
                    sourceOf.append(m_at);
                    sourceOf.append(m_at + 1);
                }
                m_at += 2;
                continue;
            }
            pattern += c;
            sourceOf.append(m_at);
            ++m_at;
        }
        if (!closed)
            return fail(open, FieldExpression::tr("the regular expression at character %1 has no "
                                                  "closing “/”")
                                  .arg(open + 1));
        const qsizetype close = m_at;
        ++m_at;
        // \w, \d, \b and case know every script, not only ASCII.
        QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
        while (m_at < m_source.size() && m_source.at(m_at).isLetter()) {
            switch (m_source.at(m_at).unicode()) {
            case u'i':
                options |= QRegularExpression::CaseInsensitiveOption;
                break;
            case u'm':
                options |= QRegularExpression::MultilineOption;
                break;
            case u's':
                options |= QRegularExpression::DotMatchesEverythingOption;
                break;
            case u'x':
                options |= QRegularExpression::ExtendedPatternSyntaxOption;
                break;
            default:
                return fail(m_at, FieldExpression::tr("unknown flag “%1” at character %2 (the "
                                                      "flags are i, m, s and x)")
                                      .arg(m_source.at(m_at))
                                      .arg(m_at + 1));
            }
            ++m_at;
        }
        QRegularExpression regex(pattern, options);
        if (!regex.isValid()) {
            const qsizetype offset = regex.patternErrorOffset();
            const qsizetype where =
                offset >= 0 && offset < sourceOf.size() ? sourceOf.at(offset) : close;
            return fail(where, FieldExpression::tr("not a regular expression at character %1: %2")
                                   .arg(where + 1)
                                   .arg(regex.errorString()));
        }
        // Compiled now, once, rather than by the first match of each copy in each thread.
        regex.optimize();
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::Match;
        node->path = std::move(path);
        node->negated = negated;
        node->regex = regex;
        node->pattern = pattern;
        if (options & QRegularExpression::CaseInsensitiveOption)
            node->flags += QLatin1Char('i');
        if (options & QRegularExpression::MultilineOption)
            node->flags += QLatin1Char('m');
        if (options & QRegularExpression::DotMatchesEverythingOption)
            node->flags += QLatin1Char('s');
        if (options & QRegularExpression::ExtendedPatternSyntaxOption)
            node->flags += QLatin1Char('x');
        return node;
    }

    QStringView m_source;
    qsizetype m_at = 0;
    int m_depth = 0; // parentheses and not around the current place
};

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
    Parser parser(source);
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
    return m_root ? write(*m_root) : QString();
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
    // Only an object or an array can be a document: cheaper to say no before reading.
    qsizetype first = 0;
    while (first < text.size() && text.at(first).isSpace())
        ++first;
    if (first == text.size() ||
        (text.at(first) != QLatin1Char('{') && text.at(first) != QLatin1Char('[')))
        return false;
    // QJsonDocument reads UTF-8. One buffer a thread, grown once, rather than a new QByteArray
    // for each of a million rows.
    thread_local QByteArray utf8;
    QStringEncoder encoder(QStringEncoder::Utf8);
    utf8.resize(encoder.requiredSpace(text.size()));
    const char *end = encoder.appendToBuffer(utf8.data(), text);
    utf8.resize(end - utf8.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    return evaluate(*m_root, document.isObject() ? QJsonValue(document.object())
                                                 : QJsonValue(document.array()));
}

} // namespace Banter
