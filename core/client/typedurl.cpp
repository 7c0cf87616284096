// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "typedurl.h"

namespace Banter {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Whether two hex digits stand in text at at: after a '%', a percent-encoding.
bool hasHexPairAt(const QString &text, qsizetype at)
{
    return at + 1 < text.size() && isHexDigit(text.at(at)) && isHexDigit(text.at(at + 1));
}

// text with each "%25" that escapeLonePercents() would write again written as '%'.
QString unescapeLonePercents(const QString &text)
{
    const QLatin1String escapedPercent("%25");
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool isEscapedPercent = QStringView(text).mid(i, 3) == escapedPercent;
        if (isEscapedPercent && !hasHexPairAt(text, i + 3)) {
            result.append(u'%');
            i += 2;
        } else {
            result.append(text.at(i));
        }
    }
    return result;
}

} // namespace

QString TypedUrl::escapeLonePercents(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        result.append(text.at(i));
        if (text.at(i) == u'%' && !hasHexPairAt(text, i + 1))
            result.append(QLatin1String("25"));
    }
    return result;
}

QUrl TypedUrl::parse(const QString &text)
{
    return QUrl(escapeLonePercents(text), QUrl::StrictMode);
}

QString TypedUrl::toText(const QUrl &url)
{
    // Qt's readable form first ("é" rather than "%C3%A9"), unless it does not read back as the
    // same URL (a "%20" that it shows as a space, which parse() refuses).
    for (const QUrl::ComponentFormattingOption format : {QUrl::PrettyDecoded, QUrl::FullyEncoded}) {
        const QString text = unescapeLonePercents(url.toString(format));
        if (parse(text) == url)
            return text;
    }
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Banter
