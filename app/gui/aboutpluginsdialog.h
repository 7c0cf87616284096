// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Banter {

class PluginRegistry;

// Help > About Plugins: every plugin found, with its keys and file, and for a broken one the
// reason in words.
class AboutPluginsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutPluginsDialog(PluginRegistry *registry, QWidget *parent = nullptr);
};

} // namespace Banter
