// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QSpinBox;
QT_END_NAMESPACE

namespace Banter {

// Repeat…: how often a snippet is sent (every so many milliseconds) and how many times (or
// until stopped). The last choice is kept in banter.conf and offered again.
class RepeatDialog : public QDialog
{
    Q_OBJECT

public:
    RepeatDialog(const QString &snippetName, QWidget *parent = nullptr);

    int intervalMs() const;
    // 0: until stopped.
    int count() const;

    void accept() override;

private:
    QSpinBox *m_interval;
    QSpinBox *m_count;
};

} // namespace Banter
