// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "retranslator.h"

#include <banter/localization.h>

#include <QActionGroup>
#include <QHash>
#include <QSettings>

namespace Banter {

namespace {

// The language's name in its own words, without a country: Qt's CLDR data names "en" "American
// English" and "es" "español de España", so the shipped languages have their names here.
QString nativeName(const QString &code)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("ar"), QStringLiteral("العربية")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
    if (const auto found = names.constFind(code); found != names.constEnd())
        return *found;
    // A language added later: "deutsch" → "Deutsch", where the script has capitals.
    const QLocale locale(code);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? code : locale.toUpper(name.left(1)) + name.mid(1);
}

} // namespace

QString LanguageMenu::settingsKey()
{
    return QStringLiteral("ui/language");
}

QString LanguageMenu::savedChoice()
{
    return QSettings().value(settingsKey()).toString();
}

QStringList LanguageMenu::catalogs()
{
    return Localization::baseCatalogs()
           << QStringLiteral("banterclient") << QStringLiteral("banterserver")
           << QStringLiteral("banter");
}

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    auto *texts = new Retranslator(this, staticMetaObject.className());
    setObjectName(QStringLiteral("languageMenu"));
    texts->setText(this, "title", QT_TR_NOOP("&Language"));
    QAction *system = addAction(QString());
    texts->setText(system, "text", QT_TR_NOOP("&System Default"));
    system->setData(QString());
    system->setObjectName(QStringLiteral("language_system"));
    addSeparator();
    const QStringList codes = Localization::availableLanguages(QStringLiteral("banter"));
    for (const QString &code : codes) {
        QAction *action = addAction(nativeName(code));
        action->setData(code);
        action->setObjectName(QStringLiteral("language_") + code);
    }
    for (QAction *action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        m_group->addAction(action);
    }

    setCurrentChoice(savedChoice());
    connect(m_group, &QActionGroup::triggered, this, &LanguageMenu::choose);
}

void LanguageMenu::setCurrentChoice(const QString &code)
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == code);
    // A saved language that has no catalog (any more): nothing is checked but the system's.
    if (!m_group->checkedAction())
        m_group->actions().constFirst()->setChecked(true);
}

QString LanguageMenu::currentChoice() const
{
    return m_group->checkedAction()->data().toString();
}

void LanguageMenu::choose(QAction *action)
{
    // Also the choice saved already: a --lang on the command line may have won over it.
    const QString code = action->data().toString();
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), code);
    // The entry's text is the language's own name (the system's entry has no code).
    Q_EMIT languageChosen(code, code.isEmpty() ? QString() : action->text());
}

} // namespace Banter
