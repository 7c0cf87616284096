// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterserverglobal.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace Banter {

// Gives the memory that a server's clients freed back to the system once the last one has left.
// glibc keeps freed heap memory for reuse: without this, a server that once had 10,000 clients
// keeps the memory of all of them (over 200 MB) for the rest of its life. The count has to stay
// at zero for delay() first, so that a client that reconnects at once does not make the server
// trim at every disconnect. Does nothing where the C library has no malloc_trim().
class BANTERSERVER_EXPORT HeapTrimmer : public QObject
{
    Q_OBJECT

public:
    explicit HeapTrimmer(QObject *parent = nullptr);
    ~HeapTrimmer() override;

    std::chrono::milliseconds delay() const { return m_delay; }
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }

    // Connect a server's connectionCountChanged() here.
    void setConnectionCount(int count);
    // Returns the freed memory at once; false if the C library cannot.
    static bool trim();

Q_SIGNALS:
    // Emitted after each trim.
    void trimmed();

private:
    void onTimeout();

    QTimer m_timer;
    std::chrono::milliseconds m_delay;
};

} // namespace Banter
