// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QString>
#include <QUrl>

namespace Banter {

// A URL as a user types it, in the URL bar or on a command line: parsed strictly (a space or a
// stray bracket is refused in words, not "corrected" into another URL), except that a '%' that
// begins no percent-encoding stands for itself: "chaos+ws://host/?loss=1%" is
// "chaos+ws://host/?loss=1%25". Already-encoded text ("%20", "%25") is left as it is.
class BANTERCLIENT_EXPORT TypedUrl
{
public:
    static QUrl parse(const QString &text);
    // text with each '%' that begins no percent-encoding written as "%25".
    static QString escapeLonePercents(const QString &text);
    // url as a user would type it, and as parse() reads it back: Qt's readable form (or, where
    // that does not read back the same, the encoded one), with each "%25" that parse() reads as
    // the same '%' written as '%' ("loss=1%", not "loss=1%25"; "%2541" stays as it is).
    static QString toText(const QUrl &url);
};

} // namespace Banter
