// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonhighlighter.h"

#include <jsontext.h>

#include <QGuiApplication>
#include <QPalette>

namespace Banter {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    // Hues far apart, dark on a light background and light on a dark one.
    const bool isDark = palette.color(QPalette::Base).lightness() < 128;
    const int hues[4] = {210, 130, 25, 290}; // key, string, number, literal
    for (int i = 0; i < 4; ++i) {
        m_formats[i] = QTextCharFormat();
        m_formats[i].setForeground(QColor::fromHsl(hues[i], isDark ? 170 : 200, isDark ? 175 : 80));
    }
    m_formats[int(Token::Key)].setFontWeight(QFont::DemiBold);
    rehighlight();
}

QColor JsonHighlighter::color(Token token) const
{
    return m_formats[int(token)].foreground().color();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const QStringView line(text);
    qsizetype i = JsonText::skipSpace(line, 0);
    while (i < line.size()) {
        const QChar c = line.at(i);
        const bool isValue = c == QLatin1Char('"') || c == QLatin1Char('-') || c.isDigit() ||
                             c == QLatin1Char('t') || c == QLatin1Char('f') ||
                             c == QLatin1Char('n');
        if (!isValue) {
            ++i;
            continue;
        }
        const qsizetype end = JsonText::valueEnd(line, i);
        Token token = Token::Number;
        if (c == QLatin1Char('"')) {
            const bool isKey = end < line.size() && line.at(end) == QLatin1Char(':');
            token = isKey ? Token::Key : Token::String;
        } else if (!c.isDigit() && c != QLatin1Char('-')) {
            token = Token::Literal;
        }
        setFormat(int(i), int(end - i), m_formats[int(token)]);
        i = qMax(end, i + 1);
    }
}

} // namespace Banter
