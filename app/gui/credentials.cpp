// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials.h"

namespace Banter {

QUrl Credentials::appliedTo(const QUrl &url) const
{
    if (isEmpty() || !url.isValid() || !url.userName().isEmpty())
        return url;
    QUrl withCredentials = url;
    withCredentials.setUserName(userName);
    if (!password.isEmpty())
        withCredentials.setPassword(password);
    return withCredentials;
}

} // namespace Banter
