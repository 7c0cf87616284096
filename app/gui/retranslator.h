// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QTabBar;
class QWidget;
QT_END_NAMESPACE

namespace Banter {

// Keeps the texts of a widget and its parts in the language in force. A fixed text is given as
// its source text, marked with QT_TR_NOOP in the class whose context it was translated in; a
// text that depends on state is given as the function that sets it. Each is applied at once and
// again whenever the watched widget gets a LanguageChange, that is when the language is switched
// (Localization::switchTo()), so the texts are declared once, where the parts are made.
class Retranslator : public QObject
{
    Q_OBJECT

public:
    // Watches watched (and belongs to it); context is the class's tr() context, such as
    // staticMetaObject.className().
    Retranslator(QWidget *watched, const char *context);

    // Sets the property ("text", "toolTip", "title", "windowTitle", "placeholderText",
    // "accessibleName", ...) of object to the translation of source, now and on each change.
    void setText(QObject *object, const char *property, const char *source);
    // Calls update now and on each change, after the fixed texts.
    void call(std::function<void()> update);

    // Qt's own buttons of a tab bar (close, scroll) keep the words they were made with: gives
    // them its catalog's, in the language now. Call it again when tabs are added.
    static void retranslateTabBar(QTabBar *bar);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Text
    {
        QPointer<QObject> object;
        const char *property;
        const char *source;
    };

    void apply(const Text &text) const;

    const char *m_context;
    std::vector<Text> m_texts;
    std::vector<std::function<void()>> m_updates;
};

} // namespace Banter
