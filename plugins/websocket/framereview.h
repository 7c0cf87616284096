// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framescanner.h"
#include "textfragmentaligner.h"

#include <QByteArray>

namespace BanterWs {

// What the frame guard decides about the bytes a client sends, piece by piece as they arrive,
// without the socket: FrameScanner looks for a frame without a mask, and TextFragmentAligner
// re-cuts a fragmented text message on whole characters. The aligner follows the stream only
// from where such a message begins until it is done; the scanner alone reads everything else, and
// a piece that is all payload is skipped unseen.
class FrameReview
{
public:
    enum class Verdict {
        Pass,    // the bytes go to Qt as they came
        Replace, // replacement() goes to Qt instead
        Fail,    // a frame without a mask began: replacement() is what goes to Qt before it (the
                 // bytes before that frame, re-cut if need be), held() the rest
    };

    Verdict review(const char *data, qint64 size);
    const QByteArray &replacement() const { return m_replacement; }
    const QByteArray &held() const { return m_held; }
    void clearHeld() { m_held.clear(); }

    // The next size bytes are payload that neither needs to see: skip() them, unseen.
    bool canSkip(quint64 size) const
    {
        return m_scanner.payloadLeft() >= size && (m_aligner.isIdle() || m_aligner.canSkip(size));
    }
    void skip(quint64 size);
    // Starts over between two messages: a new connection, or one back from parking.
    void restartAligner() { m_aligner = TextFragmentAligner(); }
    bool isBetweenMessages() const { return m_scanner.isBetweenMessages(); }

private:
    // Has the aligner follow the first size bytes from where it must; true when they are to be
    // replaced by m_replacement.
    bool align(const char *data, qint64 size);

    FrameScanner m_scanner;
    TextFragmentAligner m_aligner;
    QByteArray m_aligned;
    QByteArray m_replacement;
    QByteArray m_held;
};

} // namespace BanterWs
