// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace Banter {

// Asks before something is deleted: a window-modal question (Yes, and Cancel by default) named
// objectName for tests, that calls onYes if the answer is Yes. It does not block.
void confirmDeletion(QWidget *parent, const char *objectName, const QString &title,
                     const QString &question, std::function<void()> onYes);

} // namespace Banter
