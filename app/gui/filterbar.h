// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;
QT_END_NAMESPACE

namespace Banter {

class ChatFilterModel;

// Edit → Find (Ctrl+F): shows only the rows that contain a text (or match a regular expression)
// and are of the kinds ticked, and says how many match. Escape closes it and shows every row.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(ChatFilterModel *filter, QWidget *parent = nullptr);

    // Shows the bar and puts the cursor into its field.
    void activate();
    // Hides the bar and drops the filter.
    void dismiss();

private:
    void apply();
    void updateCount();

    ChatFilterModel *m_filter;
    QLineEdit *m_edit;
    QCheckBox *m_regex;
    QCheckBox *m_sent;
    QCheckBox *m_received;
    QCheckBox *m_status;
    QLabel *m_count;
    QLabel *m_problem;
    QToolButton *m_close;
    QTimer m_typingDelay;
};

} // namespace Banter
