// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "typedurl.h"

namespace Banter {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

QString TypedUrl::escapeLonePercents(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        result.append(text.at(i));
        const bool beginsEncoding =
            i + 2 < text.size() && isHexDigit(text.at(i + 1)) && isHexDigit(text.at(i + 2));
        if (text.at(i) == u'%' && !beginsEncoding)
            result.append(QLatin1String("25"));
    }
    return result;
}

QUrl TypedUrl::parse(const QString &text)
{
    return QUrl(escapeLonePercents(text), QUrl::StrictMode);
}

} // namespace Banter
