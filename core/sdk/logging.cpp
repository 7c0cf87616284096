// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/logging.h>

namespace Banter {

Q_LOGGING_CATEGORY(lcPlugins, "banter.plugins", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTransport, "banter.transport", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "banter.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "banter.server", QtInfoMsg)

} // namespace Banter
