// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace Banter {

// What paces a ScheduledSend: due() every interval from start() until stop(). This one is a
// precise QTimer; a test puts in its own clock (start() and stop() are virtual) and emits due()
// itself.
class BANTERCLIENT_EXPORT RepeatClock : public QObject
{
    Q_OBJECT

public:
    explicit RepeatClock(QObject *parent = nullptr);

    virtual void start(int intervalMs);
    virtual void stop();

Q_SIGNALS:
    void due();

private:
    QTimer *m_timer;
};

} // namespace Banter
