// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringEncoder>

namespace Banter {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\t');
}

// Qt's own words for a parse error are English only and name its parser's states.
// atEnd: the parser stopped at the end of the text.
QString problemText(QJsonParseError::ParseError error, bool atEnd)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return atEnd ? JsonText::tr("an object not closed with }")
                     : JsonText::tr("a , or } missing after a member");
    case QJsonParseError::MissingNameSeparator:
        return JsonText::tr("a : missing after a key");
    case QJsonParseError::UnterminatedArray:
        return atEnd ? JsonText::tr("an array not closed with ]")
                     : JsonText::tr("a , or ] missing after an item");
    case QJsonParseError::MissingValueSeparator:
        return JsonText::tr("a , missing between two values");
    case QJsonParseError::IllegalValue:
        return JsonText::tr("no JSON value here");
    case QJsonParseError::TerminationByNumber:
        return JsonText::tr("the text ends inside a number");
    case QJsonParseError::IllegalNumber:
        return JsonText::tr("a number JSON does not allow");
    case QJsonParseError::IllegalEscapeSequence:
        return JsonText::tr("an escape sequence JSON does not allow");
    case QJsonParseError::IllegalUTF8String:
        return JsonText::tr("a string that is no valid Unicode");
    case QJsonParseError::UnterminatedString:
        return JsonText::tr("a string not closed with \"");
    case QJsonParseError::MissingObject:
        return JsonText::tr("an object or an array expected");
    case QJsonParseError::DeepNesting:
        return JsonText::tr("nested deeper than JSON is read here");
    case QJsonParseError::DocumentTooLarge:
        return JsonText::tr("too large to read as JSON");
    case QJsonParseError::GarbageAtEnd:
        return JsonText::tr("more text after the end of the JSON value");
    case QJsonParseError::NoError:
        break;
    }
    return QString();
}

} // namespace

bool JsonText::looksLikeJson(QStringView text)
{
    const qsizetype start = skipSpace(text, 0);
    return start < text.size() &&
           (text.at(start) == QLatin1Char('{') || text.at(start) == QLatin1Char('['));
}

std::optional<JsonText::Problem> JsonText::check(const QString &text)
{
    Problem problem;
    if (text.size() > maxSize) {
        problem.what = tr("too long to read as JSON (over %1 characters)").arg(maxSize);
        problem.position = maxSize;
    } else {
        const QByteArray utf8 = text.toUtf8();
        QJsonParseError error;
        QJsonDocument::fromJson(utf8, &error);
        if (error.error == QJsonParseError::NoError)
            return std::nullopt;
        problem.what = problemText(error.error, error.offset >= utf8.size());
        // The parser names the character after a token it could not take; people look for
        // the token.
        qsizetype offset = error.offset;
        const bool unterminated = error.error == QJsonParseError::UnterminatedObject ||
                                  error.error == QJsonParseError::UnterminatedArray;
        const bool pastToken = error.error == QJsonParseError::MissingNameSeparator ||
                               error.error == QJsonParseError::MissingValueSeparator ||
                               error.error == QJsonParseError::IllegalValue ||
                               (unterminated && error.offset < utf8.size());
        if (pastToken && offset > 0)
            --offset;
        // It counts UTF-8 bytes; people count characters.
        problem.position = QString::fromUtf8(utf8.left(offset)).size();
    }
    const QStringView before = QStringView(text).left(problem.position);
    problem.line = int(before.count(QLatin1Char('\n'))) + 1;
    problem.column = int(problem.position - (before.lastIndexOf(QLatin1Char('\n')) + 1)) + 1;
    return problem;
}

std::optional<QJsonValue> JsonText::document(QStringView text)
{
    // Only an object or an array can be a document: cheaper to say no before reading.
    if (!looksLikeJson(text))
        return std::nullopt;
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
        return std::nullopt;
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

QString JsonText::describe(const Problem &problem)
{
    return tr("%1 at line %2, column %3").arg(problem.what).arg(problem.line).arg(problem.column);
}

QString JsonText::indented(QStringView json, qsizetype maxCharacters, bool *cut)
{
    QString out;
    out.reserve(qMin(maxCharacters, json.size() * 2) + 1);
    int depth = 0;
    const auto newLine = [&out, &depth] {
        out += QLatin1Char('\n');
        out += QString(2 * depth, QLatin1Char(' '));
    };
    qsizetype i = 0;
    while (i < json.size() && out.size() < maxCharacters) {
        const QChar c = json.at(i);
        if (c == QLatin1Char('"')) {
            const qsizetype end = valueEnd(json, i);
            out += json.mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            out += c;
            const qsizetype next = skipSpace(json, i + 1);
            const QChar close = QLatin1Char(c == QLatin1Char('{') ? '}' : ']');
            if (next < json.size() && json.at(next) == close) {
                out += close; // {} and [] stay on their line
                i = next + 1;
                continue;
            }
            ++depth;
            newLine();
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            --depth;
            newLine();
            out += c;
        } else if (c == QLatin1Char(',')) {
            out += c;
            newLine();
        } else if (c == QLatin1Char(':')) {
            out += QLatin1String(": ");
        } else if (!isSpace(c)) {
            out += c;
        }
        ++i;
    }
    *cut = i < json.size();
    if (out.size() > maxCharacters)
        out.truncate(maxCharacters);
    return out;
}

qsizetype JsonText::skipSpace(QStringView json, qsizetype position)
{
    while (position < json.size() && isSpace(json.at(position)))
        ++position;
    return position;
}

qsizetype JsonText::valueEnd(QStringView json, qsizetype position)
{
    if (position >= json.size())
        return position;
    const QChar first = json.at(position);
    if (first == QLatin1Char('"')) {
        qsizetype i = position + 1;
        while (i < json.size() && json.at(i) != QLatin1Char('"'))
            i += json.at(i) == QLatin1Char('\\') ? 2 : 1;
        return qMin(i + 1, json.size());
    }
    if (first == QLatin1Char('{') || first == QLatin1Char('[')) {
        int depth = 0;
        qsizetype i = position;
        while (i < json.size()) {
            const QChar c = json.at(i);
            if (c == QLatin1Char('"')) {
                i = valueEnd(json, i);
                continue;
            }
            if (c == QLatin1Char('{') || c == QLatin1Char('['))
                ++depth;
            else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && --depth == 0)
                return i + 1;
            ++i;
        }
        return i;
    }
    qsizetype i = position;
    while (i < json.size() && !isSpace(json.at(i)) && json.at(i) != QLatin1Char(',') &&
           json.at(i) != QLatin1Char('}') && json.at(i) != QLatin1Char(']'))
        ++i;
    return i;
}

QString JsonText::decodeString(QStringView quoted)
{
    const QStringView inside = quoted.mid(1, qMax<qsizetype>(0, quoted.size() - 2));
    if (!inside.contains(QLatin1Char('\\')))
        return inside.toString();
    // Escapes (\u surrogate pairs among them) are resolved by Qt's own parser.
    const QByteArray array = QByteArray("[") + quoted.toUtf8() + QByteArray("]");
    return QJsonDocument::fromJson(array).array().at(0).toString();
}

} // namespace Banter
