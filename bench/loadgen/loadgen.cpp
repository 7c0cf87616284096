// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-loadgen: test equipment, not product code. A lean WebSocket peer on plain POSIX sockets
// and one epoll loop, so that the generator is not what limits a benchmark.
//
//   banter-loadgen echo  --port P --connections N --inflight K [--seconds S] [--warmup S] [--size
//   B]
//       N clients, each keeping K text messages of B bytes in flight; prints round trips per
//       second and p50/p99 latency of the measured interval.
//   banter-loadgen idle  --port P --connections N --server-pid PID [--settle-ms MS]
//       N clients that only wait for the greeting; prints the server's memory before, with all
//       clients greeted, and after they left.
//   banter-loadgen flood [--port P] --count N [--size B]
//       A WebSocket server for one client: prints "listening on port P", then sends N text
//       messages of B bytes as fast as the socket takes them and prints "flooded N".
//   banter-loadgen fanout --port P --members N --senders S --rate R --server-pid PID
//                         [--seconds S] [--warmup S] [--drain S] [--redis-pid PID]
//       One chat room of N members, S of which send R messages a second between them, paced;
//       every member checks that it gets every message, each sender's in order, and all in the
//       same order as the others; prints deliveries a second, latency percentiles, losses, and
//       the CPU time the server and the generator spent per million deliveries. For a room
//       across servers, --port P1,P2,P3 spreads the members (and senders) over them,
//       --server-pid PID1,PID2,PID3 sums their CPU time, and --redis-pid adds Redis' (also
//       reported on its own).
//
// Every mode takes --host H (127.0.0.1), and the client modes --room NAME (the server's root),
// --rooms K (clients spread over the rooms NAME0 .. NAME<K-1>) and --socketio 1 (speak Socket.IO
// 4 instead of plain WebSocket messages).
//
// Results are one line "result key=value ...", for scripts/bench.

#include "loadgen.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace LoadGen {

long Options::number(const std::string &key, long fallback) const
{
    const auto it = values.find(key);
    return it == values.end() ? fallback : std::strtol(it->second.c_str(), nullptr, 10);
}

double Options::real(const std::string &key, double fallback) const
{
    const auto it = values.find(key);
    return it == values.end() ? fallback : std::strtod(it->second.c_str(), nullptr);
}

std::string Options::text(const std::string &key, const std::string &fallback) const
{
    const auto it = values.find(key);
    return it == values.end() ? fallback : it->second;
}

std::vector<long> Options::numbers(const std::string &key, long fallback) const
{
    const std::string list = text(key, std::to_string(fallback));
    std::vector<long> result;
    for (size_t at = 0; at < list.size();) {
        const size_t comma = std::min(list.find(',', at), list.size());
        result.push_back(std::atol(list.substr(at, comma - at).c_str()));
        at = comma + 1;
    }
    return result;
}

PoolOptions Options::pool() const
{
    PoolOptions pool;
    pool.host = text("host", pool.host);
    pool.ports.clear();
    for (const long port : numbers("port", 3000))
        pool.ports.push_back(int(port));
    pool.roomPrefix = text("room", pool.roomPrefix);
    pool.rooms = size_t(number("rooms", 0));
    pool.socketIo = number("socketio", 0) != 0;
    return pool;
}

double percentileUs(std::vector<uint32_t> &values, double fraction)
{
    if (values.empty())
        return 0;
    const size_t at = std::min(values.size() - 1, size_t(double(values.size()) * fraction));
    std::nth_element(values.begin(), values.begin() + long(at), values.end());
    return values[at] / 1000.0;
}

} // namespace LoadGen

namespace {

LoadGen::Options parse(int argc, char **argv)
{
    LoadGen::Options options;
    if (argc < 2) {
        std::fprintf(stderr, "usage: banter-loadgen echo|idle|flood|fanout --option value ...\n");
        std::exit(2);
    }
    options.mode = argv[1];
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strncmp(argv[i], "--", 2) != 0) {
            std::fprintf(stderr, "banter-loadgen: unexpected argument %s\n", argv[i]);
            std::exit(2);
        }
        options.values[argv[i] + 2] = argv[i + 1];
    }
    return options;
}

void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char **argv)
{
    raiseFileLimit();
    const LoadGen::Options options = parse(argc, argv);
    if (options.mode == "echo")
        return LoadGen::runEcho(options);
    if (options.mode == "idle")
        return LoadGen::runIdle(options);
    if (options.mode == "flood")
        return LoadGen::runFlood(options);
    if (options.mode == "fanout")
        return LoadGen::runFanout(options);
    std::fprintf(stderr, "banter-loadgen: unknown mode %s (echo, idle, flood, fanout)\n",
                 options.mode.c_str());
    return 2;
}
