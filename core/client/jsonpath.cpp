// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Banter {

namespace {

// Indexes of up to 18 digits: far beyond any array, and never near qsizetype's overflow when a
// negative one is added to a size.
constexpr int maxIndexDigits = 18;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

qsizetype skipSpaces(QStringView source, qsizetype at)
{
    while (at < source.size() && source.at(at).isSpace())
        ++at;
    return at;
}

std::nullopt_t fail(QString *error, qsizetype *errorPosition, qsizetype position,
                    const QString &message)
{
    if (error)
        *error = message;
    if (errorPosition)
        *errorPosition = position;
    return std::nullopt;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

bool JsonPath::Step::operator==(const Step &other) const
{
    if (kind != other.kind)
        return false;
    switch (kind) {
    case Kind::Member:
        return name == other.name;
    case Kind::Index:
        return index == other.index;
    case Kind::Wildcard:
        break;
    }
    return true;
}

qsizetype JsonPath::nameEnd(QStringView source, qsizetype from)
{
    qsizetype at = from;
    while (at < source.size()) {
        // Letters beyond the BMP (𝑥, many CJK ideographs) come as surrogate pairs.
        char32_t c = source.at(at).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && at + 1 < source.size() &&
            source.at(at + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(source.at(at), source.at(at + 1));
            width = 2;
        }
        const bool first = at == from;
        if (!(c == U'_' || QChar::isLetter(c) ||
              (!first && (QChar::isDigit(c) || QChar::isMark(c)))))
            break;
        at += width;
    }
    return at;
}

bool JsonPath::isName(QStringView key)
{
    return !key.isEmpty() && nameEnd(key, 0) == key.size();
}

QString JsonPath::quoted(QStringView text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'"':
            result += QLatin1String("\\\"");
            continue;
        case u'\\':
            result += QLatin1String("\\\\");
            continue;
        case u'\b':
            result += QLatin1String("\\b");
            continue;
        case u'\f':
            result += QLatin1String("\\f");
            continue;
        case u'\n':
            result += QLatin1String("\\n");
            continue;
        case u'\r':
            result += QLatin1String("\\r");
            continue;
        case u'\t':
            result += QLatin1String("\\t");
            continue;
        default:
            break;
        }
        const bool pairStart =
            c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pairStart) {
            result += c;
            result += text.at(++i);
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSurrogate()) {
            // Invisible, or no character on its own: escaped, so that it survives being copied.
            result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            result += c;
        }
    }
    result += QLatin1Char('"');
    return result;
}

std::optional<QString> JsonPath::parseQuoted(QStringView source, qsizetype *position,
                                             QString *error, qsizetype *errorPosition)
{
    const qsizetype open = *position;
    const QChar quote = open < source.size() ? source.at(open) : QChar();
    if (quote != QLatin1Char('"') && quote != QLatin1Char('\''))
        return fail(error, errorPosition, open,
                    tr("expected text in quotes at character %1").arg(open + 1));
    QString text;
    qsizetype at = open + 1;
    while (at < source.size()) {
        const QChar c = source.at(at);
        if (c == quote) {
            *position = at + 1;
            return text;
        }
        if (c != QLatin1Char('\\')) {
            text += c;
            ++at;
            continue;
        }
        const QChar escaped = at + 1 < source.size() ? source.at(at + 1) : QChar();
        switch (escaped.unicode()) {
        case u'"':
        case u'\'':
        case u'\\':
        case u'/':
            text += escaped;
            break;
        case u'b':
            text += QLatin1Char('\b');
            break;
        case u'f':
            text += QLatin1Char('\f');
            break;
        case u'n':
            text += QLatin1Char('\n');
            break;
        case u'r':
            text += QLatin1Char('\r');
            break;
        case u't':
            text += QLatin1Char('\t');
            break;
        case u'u': {
            int value = 0;
            for (qsizetype i = at + 2; i < at + 6; ++i) {
                const int digit = i < source.size() ? hexValue(source.at(i)) : -1;
                if (digit < 0)
                    return fail(error, errorPosition, at,
                                tr("“\\u” at character %1 needs four hex digits, "
                                   "such as \\u00e9")
                                    .arg(at + 1));
                value = value * 16 + digit;
            }
            text += QChar(char16_t(value));
            at += 6;
            continue;
        }
        default:
            if (at + 1 >= source.size())
                break; // no closing quote: said below
            return fail(error, errorPosition, at,
                        tr("unknown escape “\\%1” at character %2 (the escapes are \\\" \\' \\\\ "
                           "\\/ \\b \\f \\n \\r \\t \\uXXXX)")
                            .arg(escaped)
                            .arg(at + 1));
        }
        at += 2;
    }
    return fail(
        error, errorPosition, open,
        tr("the text in quotes at character %1 has no closing %2").arg(open + 1).arg(quote));
}

std::optional<JsonPath> JsonPath::parse(QStringView source, qsizetype *position, QString *error,
                                        qsizetype *errorPosition)
{
    qsizetype at = *position;
    if (at >= source.size() || source.at(at) != QLatin1Char('$'))
        return fail(error, errorPosition, at,
                    tr("expected a path, such as $.field, at character %1").arg(at + 1));
    ++at;
    JsonPath path;
    while (at < source.size()) {
        const QChar c = source.at(at);
        if (c == QLatin1Char('.')) {
            const qsizetype from = at + 1;
            if (from < source.size() && source.at(from) == QLatin1Char('*')) {
                path.m_steps.append({Step::Kind::Wildcard, {}, 0});
                at = from + 1;
                continue;
            }
            const qsizetype end = nameEnd(source, from);
            if (end == from)
                return fail(error, errorPosition, at,
                            tr("expected a name or * after the “.” at character %1 (write "
                               "other keys in quotes: $[\"a key\"])")
                                .arg(at + 1));
            path.m_steps.append({Step::Kind::Member, source.mid(from, end - from).toString(), 0});
            at = end;
        } else if (c == QLatin1Char('[')) {
            const qsizetype open = at;
            at = skipSpaces(source, at + 1);
            const QChar first = at < source.size() ? source.at(at) : QChar();
            if (first == QLatin1Char('*')) {
                path.m_steps.append({Step::Kind::Wildcard, {}, 0});
                ++at;
            } else if (first == QLatin1Char('"') || first == QLatin1Char('\'')) {
                std::optional<QString> key = parseQuoted(source, &at, error, errorPosition);
                if (!key)
                    return std::nullopt;
                path.m_steps.append({Step::Kind::Member, std::move(*key), 0});
            } else if (first == QLatin1Char('-') || isAsciiDigit(first)) {
                const qsizetype start = at;
                const bool negative = first == QLatin1Char('-');
                if (negative)
                    ++at;
                const qsizetype digits = at;
                qsizetype index = 0;
                while (at < source.size() && isAsciiDigit(source.at(at))) {
                    if (at - digits == maxIndexDigits)
                        return fail(error, errorPosition, start,
                                    tr("the index at character %1 is too large").arg(start + 1));
                    index = index * 10 + (source.at(at).unicode() - u'0');
                    ++at;
                }
                if (at == digits)
                    return fail(
                        error, errorPosition, start,
                        tr("expected a digit after the “-” at character %1").arg(start + 1));
                path.m_steps.append({Step::Kind::Index, {}, negative ? -index : index});
            } else {
                return fail(error, errorPosition, open,
                            tr("expected a key in quotes, an index or * after the “[” at "
                               "character %1")
                                .arg(open + 1));
            }
            at = skipSpaces(source, at);
            if (at >= source.size())
                return fail(error, errorPosition, open,
                            tr("“]” missing for the “[” at character %1").arg(open + 1));
            if (source.at(at) != QLatin1Char(']'))
                return fail(error, errorPosition, at,
                            tr("expected “]” at character %1").arg(at + 1));
            ++at;
        } else {
            break;
        }
    }
    *position = at;
    return path;
}

std::optional<JsonPath> JsonPath::parse(const QString &whole, QString *error,
                                        qsizetype *errorPosition)
{
    qsizetype at = skipSpaces(whole, 0);
    std::optional<JsonPath> path = parse(whole, &at, error, errorPosition);
    if (!path)
        return std::nullopt;
    at = skipSpaces(whole, at);
    if (at < whole.size())
        return fail(error, errorPosition, at,
                    tr("expected the end of the path at character %1").arg(at + 1));
    return path;
}

QString JsonPath::memberStep(const QString &key)
{
    if (isName(key))
        return QLatin1Char('.') + key;
    return QLatin1Char('[') + quoted(key) + QLatin1Char(']');
}

QString JsonPath::indexStep(qsizetype index)
{
    return QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonPath::toString() const
{
    QString result = QStringLiteral("$");
    for (const Step &step : m_steps) {
        switch (step.kind) {
        case Step::Kind::Member:
            result += memberStep(step.name);
            break;
        case Step::Kind::Index:
            result += indexStep(step.index);
            break;
        case Step::Kind::Wildcard:
            result += QLatin1String("[*]");
            break;
        }
    }
    return result;
}

bool JsonPath::select(const QJsonValue &root,
                      const std::function<bool(const QJsonValue &)> &visit) const
{
    return selectFrom(root, 0, visit);
}

// Plain steps walk down in a loop; only a wildcard recurses, one level per level of the document
// it descends into, so the depth stays within the document's (Qt's reader stops at 1024).
bool JsonPath::selectFrom(const QJsonValue &value, qsizetype step,
                          const std::function<bool(const QJsonValue &)> &visit) const
{
    QJsonValue current = value;
    for (; step < m_steps.size(); ++step) {
        const Step &s = m_steps.at(step);
        switch (s.kind) {
        case Step::Kind::Member:
            // Undefined both for a missing key and for something that is no object; a value
            // read from JSON is never undefined.
            current = current[QStringView(s.name)];
            if (current.isUndefined())
                return false;
            break;
        case Step::Kind::Index: {
            if (!current.isArray())
                return false;
            const QJsonArray array = current.toArray();
            const qsizetype index = s.index < 0 ? s.index + array.size() : s.index;
            if (index < 0 || index >= array.size())
                return false;
            current = array.at(index);
            break;
        }
        case Step::Kind::Wildcard:
            if (current.isObject()) {
                const QJsonObject object = current.toObject();
                for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                    if (selectFrom(it.value(), step + 1, visit))
                        return true;
                }
            } else if (current.isArray()) {
                const QJsonArray array = current.toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (selectFrom(array.at(i), step + 1, visit))
                        return true;
                }
            }
            return false;
        }
    }
    return visit(current);
}

} // namespace Banter
