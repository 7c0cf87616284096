// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repeatbar.h"

#include "retranslator.h"

#include <scheduledsend.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Banter {

RepeatBar::RepeatBar(QWidget *parent) : QWidget(parent), m_rows(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("repeatBar"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    hide();
}

void RepeatBar::add(ScheduledSend *schedule)
{
    auto *row = new QWidget;
    auto *label = new QLabel;
    label->setObjectName(QStringLiteral("repeatLabel"));
    label->setTextFormat(Qt::PlainText);
    auto *stop = new QPushButton;
    stop->setObjectName(QStringLiteral("stopRepeatButton"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 1);
    layout->addWidget(stop);
    schedule->setParent(row);
    m_rows->addWidget(row);
    show();

    auto *texts = new Retranslator(row, staticMetaObject.className());
    texts->setText(stop, "text", QT_TR_NOOP("Stop"));
    const auto update = [label, stop, schedule] {
        label->setText(tr("Repeating “%1” every %2 ms: %3")
                           .arg(schedule->snippet().name,
                                QLocale().toString(schedule->intervalMs()),
                                schedule->progressText()));
        stop->setAccessibleName(tr("Stop repeating “%1”").arg(schedule->snippet().name));
    };
    texts->call(update);
    connect(schedule, &ScheduledSend::progressed, label, update);
    connect(stop, &QPushButton::clicked, schedule, &ScheduledSend::stop);
    connect(schedule, &ScheduledSend::finished, this, [this, row] {
        row->hide();
        row->deleteLater();
        setVisible(!schedules().isEmpty());
    });
}

QList<ScheduledSend *> RepeatBar::schedules() const
{
    QList<ScheduledSend *> running;
    for (ScheduledSend *schedule : findChildren<ScheduledSend *>()) {
        if (schedule->isRunning())
            running.append(schedule);
    }
    return running;
}

void RepeatBar::stopAll()
{
    for (ScheduledSend *schedule : schedules())
        schedule->stop();
}

} // namespace Banter
