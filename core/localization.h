// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterglobal.h"

#include <QLocale>
#include <QStringList>

namespace Banter {

// Installs the translators of Qt and of Banter's catalogs (":/i18n/<catalog>_<lang>.qm", built
// into each target's resources) for one locale.
class BANTERCORE_EXPORT Localization
{
public:
    // The catalogs every Banter program loads: Qt's own and BanterCore's.
    static QStringList baseCatalogs();

    // Loads every catalog that exists for the locale and installs it on the application.
    // Returns the catalogs that were found. English, the source language, has catalogs only for
    // plural forms.
    static QStringList install(const QLocale &requested, const QStringList &catalogs);
};

} // namespace Banter
