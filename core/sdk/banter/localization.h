// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <banter/banterglobal.h>

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Banter {

// Installs the translators of Qt and of Banter's catalogs (":/i18n/<catalog>_<lang>.qm", built
// into each target's resources) for one locale, and switches them all to another language while
// the program runs. Use from the main thread only.
class BANTERCORE_EXPORT Localization
{
    Q_DECLARE_TR_FUNCTIONS(Banter::Localization)

public:
    // "--lang xx": the language to use instead of the system's (LANG, LC_ALL, LANGUAGE).
    static QCommandLineOption languageOption();
    // Finds --lang in the arguments (program name first) and makes its locale the default, so
    // that QLocale() and install() use it; without --lang, a non-empty saved choice (a language
    // code, as the View > Language menu stores it) does the same. Call before install(); returns
    // the locale in force.
    static QLocale applyLanguageOption(const QStringList &arguments,
                                       const QString &savedChoice = QString());

    // The languages that have a catalog named catalog among the translations compiled in
    // (":/i18n/<catalog>_<code>.qm"), as sorted codes: "ar", "de", "en", ...
    static QStringList availableLanguages(const QString &catalog);

    // The catalogs every Banter program loads: Qt's own and BanterCore's.
    static QStringList baseCatalogs();

    // Loads every catalog that exists for the locale and installs it on the application, in
    // place of the translator an earlier call installed for the same catalog. Returns the
    // catalogs that were found. English, the source language, has catalogs only for plural
    // forms. The catalogs are remembered for switchTo(), also those not found.
    static QStringList install(const QLocale &requested, const QStringList &catalogs);

    // Makes locale the default and installs every catalog that install() was given so far (the
    // program's, the loaded plugins') again for it, in place of the translators of the language
    // before. The application then sends every widget a LanguageChange event (changeEvent()),
    // and the layout direction follows the new language. Returns the catalogs that were found.
    static QStringList switchTo(const QLocale &locale);
};

} // namespace Banter
