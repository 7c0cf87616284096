// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retranslator.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTabBar>
#include <QWidget>

namespace Banter {

Retranslator::Retranslator(QWidget *watched, const char *context)
    : QObject(watched), m_context(context)
{
    watched->installEventFilter(this);
}

void Retranslator::setText(QObject *object, const char *property, const char *source)
{
    m_texts.push_back({object, property, source});
    apply(m_texts.back());
}

void Retranslator::call(std::function<void()> update)
{
    update();
    m_updates.push_back(std::move(update));
}

void Retranslator::apply(const Text &text) const
{
    if (text.object)
        text.object->setProperty(text.property,
                                 QCoreApplication::translate(m_context, text.source));
}

bool Retranslator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && watched == parent()) {
        for (const Text &text : m_texts)
            apply(text);
        for (const auto &update : m_updates)
            update();
    }
    return QObject::eventFilter(watched, event);
}

void Retranslator::retranslateTabBar(QTabBar *bar)
{
    for (int i = 0; i < bar->count(); ++i) {
        if (QWidget *close = bar->tabButton(i, QTabBar::RightSide))
            close->setToolTip(QCoreApplication::translate("CloseButton", "Close Tab"));
    }
    for (const auto &[name, text] : {std::pair{"ScrollLeftButton", "Scroll Left"},
                                     std::pair{"ScrollRightButton", "Scroll Right"}}) {
        if (auto *button = bar->findChild<QWidget *>(QLatin1String(name)))
            button->setAccessibleName(QCoreApplication::translate("QTabBar", text));
    }
}

} // namespace Banter
