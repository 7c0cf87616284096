// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippet.h"

#include "hextext.h"

namespace Banter {

QString Snippet::connectionKey(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::StripTrailingSlash)
        .toString();
}

QString Snippet::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("A snippet needs a name.");
    if (body.isEmpty())
        return tr("The message is empty.");
    QString error;
    if (kind == Kind::Binary && !HexText::parse(body, &error))
        return tr("The bytes are not hex: %1.").arg(error);
    return QString();
}

std::optional<Snippet::Message> Snippet::message(MessageTemplate::Context *context,
                                                 QString *error) const
{
    Message message;
    message.kind = kind;
    if (kind == Kind::Binary) {
        const std::optional<QByteArray> bytes = HexText::parse(body, error);
        if (!bytes)
            return std::nullopt;
        message.bytes = *bytes;
        return message;
    }
    if (!MessageTemplate::hasVariables(body)) {
        message.text = body;
        return message;
    }
    const std::optional<QString> text = MessageTemplate::expand(body, context, error);
    if (!text)
        return std::nullopt;
    message.text = *text;
    return message;
}

} // namespace Banter
