// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Banter {

// A URL seen through network conditions, as the chaos transport plugin reads them:
// chaos+ws://host:3000/?latency=100ms&loss=1%. The client only writes the parameters into the
// URL; the plugin reads them, and refuses a bad one in words when the connection opens.
class BANTERCLIENT_EXPORT NetworkConditions
{
public:
    using Parameter = QPair<QString, QString>; // name (such as "latency"), value ("100ms")

    // The scheme prefix of a wrapped URL, "chaos+".
    static QString schemePrefix();
    // The parameters' names, in the order the plugin documents them.
    static QStringList parameterNames();
    // The prefix a parameter may be written with to keep it apart from a server's parameter of
    // the same name, "chaos-" (chaos-latency=100ms).
    static QString parameterPrefix();

    // The parameters of url, by their plain names, whether written with the chaos- prefix or
    // without (the last one wins where both are there, as in the plugin); none when the URL is
    // not wrapped in chaos+.
    static QList<Parameter> parameters(const QUrl &url);
    // url with exactly these parameters (empty values are left out): wrapped in chaos+ when
    // there is any, unwrapped, with the parameters gone, when there is none. A parameter that
    // url has with the chaos- prefix keeps it. Other query parameters stay as they are.
    static QUrl apply(const QUrl &url, const QList<Parameter> &parameters);
    static bool isWrapped(const QUrl &url);
};

} // namespace Banter
