// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <cmath>
#include <optional>

namespace Banter {

// The value of a command line option in seconds, such as "60" or "0.5", for banter-server and
// banter-cli; nullopt when it is no number of seconds from 0 to a year.
inline std::optional<std::chrono::milliseconds> parseSecondsOption(const QString &text)
{
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (!isNumber || !std::isfinite(seconds) || seconds < 0 || seconds > 86400.0 * 365)
        return std::nullopt;
    return std::chrono::milliseconds(std::llround(seconds * 1000));
}

} // namespace Banter
