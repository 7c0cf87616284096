// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"
#include "messagetemplate.h"
#include "snippet.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace Banter {

class ChatSession;
class RepeatClock;

// A snippet sent every interval, count times or until stop(): the first at start(), the next
// ones at the clock's due(). Each goes out through the session, so through its outbox: one sent
// just as the connection drops is kept and sent again. While the connection is not open the
// schedule is paused (the clock stops, nothing is counted) and goes on once it is open again.
// It ends by itself when all are sent, when a message cannot be made (a variable that is gone)
// or when the session has no connection to send to; finished() says why.
class BANTERCLIENT_EXPORT ScheduledSend : public QObject
{
    Q_OBJECT

public:
    static constexpr int minInterval = 1;            // milliseconds
    static constexpr int maxInterval = 24 * 3600000; // a day
    static constexpr int maxCount = 1000000;         // 0 is "until stopped"

    // context gives the variables and counts {{counter}}: the message field's, so that both
    // count on from each other. It must outlive the schedule, like the session.
    ScheduledSend(const Snippet &snippet, int intervalMs, int count, ChatSession *session,
                  MessageTemplate::Context *context, QObject *parent = nullptr);
    ~ScheduledSend() override;

    // Replaces the QTimer clock (a test's); the schedule takes it over. Before start().
    void setClock(RepeatClock *clock);

    Snippet snippet() const { return m_snippet; }
    int intervalMs() const { return m_intervalMs; }
    int count() const { return m_count; }
    int sent() const { return m_sent; }
    bool isRunning() const { return m_isRunning; }
    bool isPaused() const { return m_isRunning && m_isPaused; }
    // "3 of 10 sent", "3 sent", with ", paused while disconnected" when it is.
    QString progressText() const;

    void start();
    // Ends it now; what was sent stays sent.
    void stop();

Q_SIGNALS:
    // sent() or isPaused() changed.
    void progressed();
    // It ended: reason in words ("sent 10 times", "stopped after 3 of 10", "stopped after 3:
    // unknown variable ...").
    void finished(const QString &reason);

private:
    void sendOne();
    void onStateChanged();
    void finish(const QString &reason);

    Snippet m_snippet;
    int m_intervalMs;
    int m_count;
    QPointer<ChatSession> m_session;
    MessageTemplate::Context *m_context;
    RepeatClock *m_clock;
    int m_sent = 0;
    bool m_isRunning = false;
    bool m_isPaused = false;
};

} // namespace Banter
