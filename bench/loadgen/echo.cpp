// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The echo and idle modes: clients that keep messages in flight, and clients that only wait.

#include "loadgen.h"
#include "wire.h"

#include <cstdio>
#include <cstring>
#include <deque>
#include <fstream>
#include <thread>

namespace LoadGen {

namespace {

long residentKb(long pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return -1;
}

} // namespace

int runEcho(const Options &options)
{
    const size_t connections = size_t(options.number("connections", 1));
    ClientPool pool(options.pool(), connections);
    const size_t greeted = pool.connectAll(64, 60);
    if (greeted < connections) {
        std::fprintf(stderr, "banter-loadgen: only %zu of %zu clients were greeted\n", greeted,
                     connections);
        return 1;
    }
    const std::string message = pool.messageFrame(payloadOf(options.number("size", 64)));
    std::vector<std::deque<Clock::time_point>> sentAt(connections);
    std::vector<uint32_t> latencies;
    size_t trips = 0;
    pool.setMessageHandler([&](size_t client, const char *, size_t, Clock::time_point now) {
        auto &pending = sentAt[client];
        if (pending.empty())
            return;
        latencies.push_back(uint32_t(
            std::chrono::duration_cast<std::chrono::nanoseconds>(now - pending.front()).count()));
        pending.pop_front();
        ++trips;
        pool.queue(client, message);
        pending.push_back(now);
    });
    const size_t inflight = size_t(options.number("inflight", 1));
    const auto now = Clock::now();
    for (size_t client = 0; client < connections; ++client) {
        for (size_t i = 0; i < inflight; ++i) {
            pool.queue(client, message);
            sentAt[client].push_back(now);
        }
        pool.flush(client);
    }
    pool.runFor(options.real("warmup", 1));
    trips = 0;
    latencies.clear();
    const auto start = Clock::now();
    pool.runFor(options.real("seconds", 3));
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    const double p50 = percentileUs(latencies, 0.50);
    const double p99 = percentileUs(latencies, 0.99);
    std::printf("result rps=%.0f p50_us=%.1f p99_us=%.1f connections=%zu dropped=%zu\n",
                double(trips) / elapsed, p50, p99, greeted, pool.dropped());
    return 0;
}

int runIdle(const Options &options)
{
    const size_t connections = size_t(options.number("connections", 10000));
    const long pid = options.number("server-pid", 0);
    const auto settle = std::chrono::milliseconds(options.number("settle-ms", 1500));
    const long baselineKb = residentKb(pid);
    const auto start = Clock::now();
    size_t greeted = 0;
    long connectedKb = 0;
    {
        ClientPool pool(options.pool(), connections);
        greeted = pool.connectAll(128, 120);
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        std::fprintf(stderr, "banter-loadgen: %zu of %zu greeted in %.1f s\n", greeted, connections,
                     seconds);
        // The server's memory once it has settled with every client connected.
        pool.runFor(double(settle.count()) / 1000.0);
        connectedKb = residentKb(pid);
    }
    std::this_thread::sleep_for(settle * 2);
    const long afterKb = residentKb(pid);
    std::printf("result greeted=%zu connections=%zu baseline_kb=%ld connected_kb=%ld "
                "per_connection_bytes=%.0f after_kb=%ld\n",
                greeted, connections, baselineKb, connectedKb,
                double(connectedKb - baselineKb) * 1024.0 / double(std::max<size_t>(greeted, 1)),
                afterKb);
    return greeted == connections ? 0 : 1;
}

} // namespace LoadGen
