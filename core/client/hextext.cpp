// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hextext.h"

namespace Banter {

namespace {

constexpr int bytesPerLine = 16;

bool isSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char(':') || c == QLatin1Char('-') || c == QLatin1Char(',');
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

} // namespace

QString HexText::dump(const QByteArray &bytes, int maxBytes)
{
    const int shown = int(qMin<qsizetype>(bytes.size(), qMax(0, maxBytes)));
    QString text;
    text.reserve((shown / bytesPerLine + 2) * 80);
    for (int line = 0; line < shown; line += bytesPerLine) {
        text += QStringLiteral("%1 ").arg(line, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (int i = line; i < line + bytesPerLine; ++i) {
            if (i % 8 == 0)
                text += QLatin1Char(' ');
            if (i < shown) {
                const auto byte = uchar(bytes.at(i));
                text += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else {
                text += QStringLiteral("   ");
            }
        }
        text += QStringLiteral(" |") + ascii + QStringLiteral("|\n");
    }
    if (bytes.size() > shown)
        text +=
            tr("… and %Ln more byte(s)", nullptr, int(bytes.size() - shown)) + QLatin1Char('\n');
    return text;
}

std::optional<QByteArray> HexText::parse(const QString &text, QString *errorString)
{
    QByteArray bytes;
    bytes.reserve(text.size() / 2);
    int high = -1; // the first digit of a pair, while waiting for the second
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (high < 0 && isSeparator(c))
            continue;
        if (high < 0 && c == QLatin1Char('0') && i + 1 < text.size() &&
            (text.at(i + 1) == QLatin1Char('x') || text.at(i + 1) == QLatin1Char('X'))) {
            ++i;
            continue;
        }
        const int value = hexValue(c);
        if (value < 0) {
            if (errorString) {
                *errorString =
                    high < 0 ? tr("\"%1\" at position %2 is not a hex digit").arg(c).arg(i + 1)
                             : tr("a byte needs two hex digits, such as 0f, at "
                                  "position %1")
                                   .arg(i);
            }
            return std::nullopt;
        }
        if (high < 0) {
            high = value;
        } else {
            bytes.append(char(high << 4 | value));
            high = -1;
        }
    }
    if (high >= 0) {
        if (errorString)
            *errorString = tr("a byte needs two hex digits, such as 0f: the last one has one");
        return std::nullopt;
    }
    if (bytes.isEmpty()) {
        if (errorString)
            *errorString = tr("no bytes: type pairs of hex digits, such as 00 01 ff");
        return std::nullopt;
    }
    return bytes;
}

} // namespace Banter
