// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QLoggingCategory>

namespace Banter {

// One category per area; log strings are never translated.
BANTERCORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcPlugins) BANTERCORE_EXPORT
    Q_DECLARE_LOGGING_CATEGORY(lcTransport) BANTERCORE_EXPORT
    Q_DECLARE_LOGGING_CATEGORY(lcUi) BANTERCORE_EXPORT Q_DECLARE_LOGGING_CATEGORY(lcServer)

} // namespace Banter
