// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The modes of banter-loadgen (see loadgen.cpp for their options) and what they share.

#include "clientpool.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace LoadGen {

struct Options
{
    std::string mode;
    std::map<std::string, std::string> values;

    long number(const std::string &key, long fallback) const;
    double real(const std::string &key, double fallback) const;
    std::string text(const std::string &key, const std::string &fallback) const;
    // A comma-separated list of numbers ("3001,3002").
    std::vector<long> numbers(const std::string &key, long fallback) const;
    // Host, port and rooms of the clients: --host, --port, --room, --rooms, --socketio 1.
    PoolOptions pool() const;
};

// The value below which the fraction of values lies, in microseconds (values in nanoseconds).
double percentileUs(std::vector<uint32_t> &values, double fraction);

int runEcho(const Options &options);
int runIdle(const Options &options);
int runFlood(const Options &options);
int runFanout(const Options &options);

} // namespace LoadGen
