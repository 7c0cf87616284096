// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Banter {

QStringList Localization::baseCatalogs()
{
    return {QStringLiteral("qtbase"), QStringLiteral("qtwebsockets"), QStringLiteral("bantercore")};
}

QStringList Localization::install(const QLocale &requested, const QStringList &catalogs)
{
    // The "C" locale (LANG=C, LC_ALL=C.UTF-8) reads as English, with English plurals.
    const QLocale locale =
        requested.language() == QLocale::C ? QLocale(QLocale::English) : requested;
    QStringList found;
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &catalog : catalogs) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        const QString folder =
            catalog.startsWith(QLatin1String("qt")) ? qtFolder : QStringLiteral(":/i18n");
        if (translator->load(locale, catalog, QStringLiteral("_"), folder) &&
            QCoreApplication::installTranslator(translator)) {
            found.append(catalog);
        } else {
            delete translator;
        }
    }
    qCDebug(lcUi, "translations for %s: %s", qUtf8Printable(locale.name()),
            qUtf8Printable(found.join(QLatin1String(", "))));
    return found;
}

} // namespace Banter
