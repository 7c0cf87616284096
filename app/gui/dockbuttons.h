// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QDockWidget;
QT_END_NAMESPACE

namespace Banter {

// Names the buttons of a dock's title bar for screen readers in the language in force. Qt 6.4's
// QDockWidget names them when it makes them, and again on a change of its features, but not on
// a change of language: call it then (with Qt's own translations, context "QDockWidget").
void nameDockButtons(QDockWidget *dock);

} // namespace Banter
