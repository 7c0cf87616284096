// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

QT_BEGIN_NAMESPACE
class QActionGroup;
QT_END_NAMESPACE

namespace Banter {

// View → Language: the system's language or one of the languages Banter has a catalog for, each
// named in its own language. The choice is kept in banter.conf ([ui] language, a code such as
// "de"; no key: the system's); the window switches to it at once (languageChosen). At the next
// start "--lang" on the command line still wins over it.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    static QString settingsKey();
    // The saved choice: a language code, or empty for the system's language.
    static QString savedChoice();
    // The catalogs the window loads: Qt's, the SDK's, the client's and server's libraries' (the
    // embedded server), and the window's own.
    static QStringList catalogs();

    explicit LanguageMenu(QWidget *parent = nullptr);

    // Marks code ("" for the system's language) as chosen without saving it.
    void setCurrentChoice(const QString &code);
    QString currentChoice() const;

Q_SIGNALS:
    // The user chose a language; it is saved. name is the language's own name.
    void languageChosen(const QString &code, const QString &name);

private:
    void choose(QAction *action);

    QActionGroup *m_group;
};

} // namespace Banter
