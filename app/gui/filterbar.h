// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
QT_END_NAMESPACE

namespace Banter {

class ChatFilterModel;

// Edit → Find (Ctrl+F): shows only the rows that contain a text, match a regular expression or
// (for JSON messages) a condition on their fields, and are of the kinds ticked; says how many
// match and, over a long log, how far the reading got (Stop ends it). Escape closes it and
// shows every row.
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
    // The field's placeholder and tooltip for the mode chosen.
    void updateModeTexts();

    ChatFilterModel *m_filter;
    QLineEdit *m_edit;
    QComboBox *m_mode; // ChatFilterModel::Syntax, in its order
    QCheckBox *m_sent;
    QCheckBox *m_received;
    QCheckBox *m_status;
    QLabel *m_count;
    QLabel *m_problem;
    QToolButton *m_stop;
    QToolButton *m_close;
    QTimer m_typingDelay;
};

} // namespace Banter
