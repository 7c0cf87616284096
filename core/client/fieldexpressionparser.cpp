// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldexpressionparser.h"

#include "fieldexpression.h"

#include <QList>
#include <QRegularExpression>

#include <cmath>

namespace Banter {

namespace Internal {

namespace {

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

} // namespace

FieldExpressionParser::NodePointer FieldExpressionParser::parseAll()
{
    NodePointer root = parseOr(QString());
    if (!root)
        return {};
    skipSpaces();
    if (m_at < m_source.size()) {
        if (peek() == QLatin1Char(')'))
            return fail(m_at, FieldExpression::tr("“)” at character %1 has no “(”").arg(m_at + 1));
        return fail(m_at, expectedJoin(false));
    }
    return root;
}

QChar FieldExpressionParser::peek(qsizetype ahead) const
{
    return m_at + ahead < m_source.size() ? m_source.at(m_at + ahead) : QChar();
}

void FieldExpressionParser::skipSpaces()
{
    while (m_at < m_source.size() && m_source.at(m_at).isSpace())
        ++m_at;
}

QStringView FieldExpressionParser::word() const
{
    return m_source.mid(m_at, JsonPath::nameEnd(m_source, m_at) - m_at);
}

bool FieldExpressionParser::takeWord(QStringView keyword)
{
    if (word() != keyword)
        return false;
    m_at += keyword.size();
    return true;
}

bool FieldExpressionParser::takeSymbol(QLatin1String symbol)
{
    if (!m_source.mid(m_at).startsWith(symbol))
        return false;
    m_at += symbol.size();
    return true;
}

std::nullptr_t FieldExpressionParser::fail(qsizetype position, const QString &message)
{
    if (errorPosition < 0) {
        errorPosition = position;
        error = message;
    }
    return nullptr;
}

QString FieldExpressionParser::tooDeep(qsizetype position) const
{
    return FieldExpression::tr("nested too deeply at character %1 (at most %2 levels)")
        .arg(position + 1)
        .arg(FieldExpression::maxDepth);
}

QString FieldExpressionParser::expectedCondition(const QString &after) const
{
    if (after.isEmpty())
        return FieldExpression::tr("expected a condition at character %1").arg(m_at + 1);
    return FieldExpression::tr("expected a condition after “%1” at character %2")
        .arg(after)
        .arg(m_at + 1);
}

std::optional<QString> FieldExpressionParser::lowerCaseHint() const
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

QString FieldExpressionParser::expectedJoin(bool inParentheses) const
{
    if (std::optional<QString> hint = lowerCaseHint())
        return *hint;
    if (inParentheses)
        return FieldExpression::tr("expected “and”, “or” or “)” at character %1").arg(m_at + 1);
    return FieldExpression::tr("expected “and”, “or” or the end at character %1").arg(m_at + 1);
}

bool FieldExpressionParser::atConditionEnd() const
{
    const QStringView rest = m_source.mid(m_at);
    const QStringView name = word();
    return rest.isEmpty() || rest.startsWith(QLatin1Char(')')) || name == u"and" || name == u"or" ||
           rest.startsWith(QLatin1String("&&")) || rest.startsWith(QLatin1String("||"));
}

FieldExpressionParser::NodePointer
FieldExpressionParser::combine(Node::Kind kind, const std::vector<NodePointer> &operands)
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

FieldExpressionParser::NodePointer FieldExpressionParser::parseOr(const QString &after)
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

FieldExpressionParser::NodePointer FieldExpressionParser::parseAnd(const QString &after)
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

FieldExpressionParser::NodePointer FieldExpressionParser::parseUnary(const QString &after)
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

FieldExpressionParser::NodePointer FieldExpressionParser::parsePrimary(const QString &after)
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
            return fail(at,
                        FieldExpression::tr("“)” missing for the “(” at character %1").arg(at + 1));
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
    if (c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('-') || isAsciiDigit(c))
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

FieldExpressionParser::NodePointer FieldExpressionParser::parseExists()
{
    m_at += 6; // exists
    skipSpaces();
    if (peek() != QLatin1Char('('))
        return fail(m_at, FieldExpression::tr("expected “(” at character %1: write exists($.path)")
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
        return fail(open,
                    FieldExpression::tr("“)” missing for the “(” at character %1").arg(open + 1));
    if (peek() != QLatin1Char(')'))
        return fail(
            m_at, FieldExpression::tr("expected “)” after the path at character %1").arg(m_at + 1));
    ++m_at;
    auto node = std::make_shared<Node>();
    node->kind = Node::Kind::Exists;
    node->path = std::move(*path);
    return node;
}

FieldExpressionParser::Token FieldExpressionParser::takeOperator()
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

QString FieldExpressionParser::singleEqual(qsizetype at) const
{
    return FieldExpression::tr("“=” at character %1 is no operator: write == to compare")
        .arg(at + 1);
}

FieldExpressionParser::NodePointer FieldExpressionParser::parseComparison(JsonPath path,
                                                                          qsizetype pathStart)
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

FieldExpressionParser::NodePointer FieldExpressionParser::parseMirrored()
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

FieldExpressionParser::NodePointer
FieldExpressionParser::finishComparison(const std::shared_ptr<Node> &node, JsonPath path,
                                        Token token, qsizetype opAt, const QString &opText)
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

bool FieldExpressionParser::parseValue(Node *node, const QString &after)
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
    fail(at, after.isEmpty() ? FieldExpression::tr("expected a value at character %1").arg(at + 1)
                             : FieldExpression::tr("expected a value after “%1” at character %2")
                                   .arg(after)
                                   .arg(at + 1));
    return false;
}

bool FieldExpressionParser::parseNumber(Node *node)
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
        fail(start,
             FieldExpression::tr("expected a digit after the “-” at character %1").arg(start + 1));
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

FieldExpressionParser::NodePointer FieldExpressionParser::parseMatch(JsonPath path, bool negated,
                                                                     const QString &opText)
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

} // namespace Internal

} // namespace Banter
