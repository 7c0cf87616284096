// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/localization.h>

#include <banter/logging.h>

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QTranslator>

namespace Banter {

namespace {

// Texts of Qt's own that Qt 6.4's catalogs for some of Banter's languages lack: qtbase_fr, _es,
// _ja and _ar do not translate QCommandLineParser's --help and --help-all. Listed here, lupdate
// puts them into bantercore's catalogs under Qt's context, and QCoreApplication::translate()
// finds them there.
[[maybe_unused]] const char *const qtTextsMissingFromQtCatalogs[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
};

// The translators install() put in place, by catalog, and every catalog it was asked for in the
// order asked: what switchTo() installs again. A translator deleted by someone else (with the
// application that owned it) is gone from the application too.
struct Installed
{
    QStringList catalogs;
    QHash<QString, QPointer<QTranslator>> translators;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QCommandLineOption Localization::languageOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              tr("Use this language instead of the system's, e.g. de, fr, es, ja, "
                                 "ar or en."),
                              tr("code"));
}

QLocale Localization::applyLanguageOption(const QStringList &arguments, const QString &savedChoice)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        QString code;
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            code = arguments.at(i + 1);
        else if (argument.startsWith(QLatin1String("--lang=")))
            code = argument.mid(7);
        else if (argument == QLatin1String("--"))
            break;
        if (!code.isEmpty()) {
            QLocale::setDefault(QLocale(code));
            return QLocale();
        }
    }
    if (!savedChoice.isEmpty())
        QLocale::setDefault(QLocale(savedChoice));
    return QLocale();
}

QStringList Localization::availableLanguages(const QString &catalog)
{
    // Only the two-letter codes: "banter_de.qm" is banter's, "banter_websocket_de.qm" is not.
    const QRegularExpression name(
        QStringLiteral("^%1_([a-z]{2,3})\\.qm$").arg(QRegularExpression::escape(catalog)));
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = name.match(file);
        if (match.hasMatch())
            codes.append(match.captured(1));
    }
    return codes;
}

QStringList Localization::baseCatalogs()
{
    return {QStringLiteral("qtbase"), QStringLiteral("qtwebsockets"), QStringLiteral("bantercore")};
}

QStringList Localization::install(const QLocale &requested, const QStringList &catalogs)
{
    // The "C" locale (LANG=C, LC_ALL=C.UTF-8) reads as English, with English plurals.
    const QLocale locale =
        requested.language() == QLocale::C ? QLocale(QLocale::English) : requested;
    Installed &state = installed();
    QStringList found;
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &catalog : catalogs) {
        if (!state.catalogs.contains(catalog))
            state.catalogs.append(catalog);
        // Deleting a translator takes it out of the application.
        delete state.translators.take(catalog).data();
        auto *translator = new QTranslator(QCoreApplication::instance());
        const QString folder =
            catalog.startsWith(QLatin1String("qt")) ? qtFolder : QStringLiteral(":/i18n");
        if (translator->load(locale, catalog, QStringLiteral("_"), folder) &&
            QCoreApplication::installTranslator(translator)) {
            state.translators.insert(catalog, translator);
            found.append(catalog);
        } else {
            delete translator;
        }
    }
    qCDebug(lcUi, "translations for %s: %s", qUtf8Printable(locale.name()),
            qUtf8Printable(found.join(QLatin1String(", "))));
    return found;
}

QStringList Localization::switchTo(const QLocale &locale)
{
    QLocale::setDefault(locale);
    return install(locale, installed().catalogs);
}

} // namespace Banter
