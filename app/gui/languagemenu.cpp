// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include <localization.h>

#include <QActionGroup>
#include <QSettings>

namespace Banter {

namespace {

// "deutsch" → "Deutsch": menu entries start with a capital where the script has one.
QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    return locale.toUpper(name.left(1)) + name.mid(1);
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

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    QAction *system = addAction(tr("&System Default"));
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
    addSeparator();
    QAction *note = addAction(tr("Takes effect when Banter starts again"));
    note->setObjectName(QStringLiteral("languageNote"));
    note->setEnabled(false);

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
    const QString code = action->data().toString();
    QSettings settings;
    if (settings.value(settingsKey()).toString() == code)
        return;
    if (code.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), code);
    Q_EMIT languageChosen(code, code.isEmpty() ? QString() : nativeName(code));
}

} // namespace Banter
