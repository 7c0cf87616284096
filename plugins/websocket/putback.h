// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace BanterWs {

// Puts size bytes in front of what device will read next, as if they had not been read yet:
// QIODevice's only way in at the front of its buffer is one byte at a time, the last first.
inline void putBack(QIODevice *device, const char *data, qsizetype size)
{
    for (qsizetype i = size; i > 0; --i)
        device->ungetChar(data[i - 1]);
}

inline void putBack(QIODevice *device, const QByteArray &bytes)
{
    putBack(device, bytes.constData(), bytes.size());
}

} // namespace BanterWs
