// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QVBoxLayout;
QT_END_NAMESPACE

namespace Banter {

class ScheduledSend;

// Above the message field while snippets are being repeated: one line for each, with what it
// sends, how often, how far it got (and that it is paused while the connection is down), and a
// Stop button. Hidden when nothing repeats.
class RepeatBar : public QWidget
{
    Q_OBJECT

public:
    explicit RepeatBar(QWidget *parent = nullptr);

    // Shows schedule (and takes it over) until it finishes.
    void add(ScheduledSend *schedule);
    QList<ScheduledSend *> schedules() const;
    void stopAll();

private:
    QVBoxLayout *m_rows;
};

} // namespace Banter
