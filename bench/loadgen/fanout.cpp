// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The fan-out mode: one chat room, paced senders, every member a checking receiver.
//
// Each message is the text "S<sender> N<sequence> T<scheduled send time>" padded to --size bytes.
// The send time is when the pacing schedule wanted the message out, not when it went out, so a
// generator or server that falls behind shows up as latency instead of hiding it. Each member
// checks per sender that sequence numbers arrive in order without gaps, and folds every (sender,
// sequence) it gets into a running hash: the room kept one order only if the hashes of all members
// agree.

#include "loadgen.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace LoadGen {

namespace {

// CPU seconds (user + system) the process has used so far.
double processCpuSeconds(long pid)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    const size_t afterName = stat.rfind(')');
    if (afterName == std::string::npos)
        return NAN;
    std::istringstream fields(stat.substr(afterName + 2));
    std::string field;
    double ticks = 0;
    // Fields 3 .. 15 of /proc/PID/stat: utime is the 14th, stime the 15th.
    for (int index = 3; index <= 15 && fields >> field; ++index) {
        if (index >= 14)
            ticks += std::strtod(field.c_str(), nullptr);
    }
    return ticks / double(sysconf(_SC_CLK_TCK));
}

double processCpuSeconds(const std::vector<long> &pids)
{
    double sum = 0;
    for (const long pid : pids)
        sum += pid > 0 ? processCpuSeconds(pid) : 0;
    return sum;
}

// Redis' CPU time, 0 without Redis (a pid of 0). Not processCpuSeconds({pid}): a braced single
// number picks the overload for one pid, which has no /proc/0/stat to read and gave NaN, and
// with it NaN for the server CPU of every run without Redis.
double redisCpuSeconds(long pid)
{
    return pid > 0 ? processCpuSeconds(pid) : 0;
}

double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Reads the decimal digits at text, stopping at the first non-digit.
uint64_t digits(const char *text, const char *end)
{
    uint64_t value = 0;
    for (; text < end && *text >= '0' && *text <= '9'; ++text)
        value = value * 10 + uint64_t(*text - '0');
    return value;
}

class FanoutRun
{
public:
    FanoutRun(const Options &options)
        : m_members(size_t(options.number("members", 100)))
        , m_senders(std::min(size_t(options.number("senders", 1)), m_members))
        , m_rate(options.real("rate", 100))
        , m_size(size_t(options.number("size", 64)))
        , m_pool(options.pool(), m_members)
        , m_next(m_members * m_senders, 0)
        , m_orderHash(m_members, 1469598103934665603ull)
        , m_sent(m_senders, 0)
    {
        m_pool.setMessageHandler(
            [this](size_t client, const char *data, size_t size, Clock::time_point now) {
                receive(client, data, size, now);
            });
    }

    bool connect()
    {
        const size_t greeted = m_pool.connectAll(128, 120);
        if (greeted < m_members) {
            std::fprintf(stderr, "banter-loadgen: only %zu of %zu members were greeted\n", greeted,
                         m_members);
            return false;
        }
        m_pool.runFor(0.3); // presence and other greetings of a room settle
        return true;
    }

    void run(double warmup, double seconds, double drain, const std::vector<long> &serverPids,
             long redisPid)
    {
        m_start = Clock::now();
        m_measureFrom = m_start + std::chrono::duration_cast<Clock::duration>(
                                      std::chrono::duration<double>(warmup));
        m_measureTo = m_measureFrom + std::chrono::duration_cast<Clock::duration>(
                                          std::chrono::duration<double>(seconds));
        bool measuring = false;
        for (auto now = Clock::now(); now < m_measureTo; now = Clock::now()) {
            if (!measuring && now >= m_measureFrom) {
                measuring = true;
                m_serverCpu = processCpuSeconds(serverPids);
                m_redisCpu = redisCpuSeconds(redisPid);
                m_ownCpu = ownCpuSeconds();
                m_deliveriesAtStart = m_deliveries;
            }
            sendDue(now);
            m_pool.poll(1);
        }
        const auto drainTo = m_measureTo + std::chrono::duration_cast<Clock::duration>(
                                               std::chrono::duration<double>(drain));
        while (m_measuredReceived < expected() && Clock::now() < drainTo)
            m_pool.poll(5);
        m_serverCpu = processCpuSeconds(serverPids) - m_serverCpu;
        m_redisCpu = redisCpuSeconds(redisPid) - m_redisCpu;
        m_ownCpu = ownCpuSeconds() - m_ownCpu;
        m_seconds = seconds;
    }

    void report()
    {
        const double delivered = double(m_deliveries - m_deliveriesAtStart);
        const double perMillion = delivered > 0 ? 1e6 / delivered : NAN;
        const size_t lost = expected() - std::min(expected(), m_measuredReceived);
        bool sameOrder = true;
        for (size_t member = 1; member < m_members; ++member)
            sameOrder = sameOrder && m_orderHash[member] == m_orderHash[0];
        std::printf("result members=%zu senders=%zu offered_mps=%.0f offered_dps=%.0f "
                    "delivered_dps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f lost=%zu gaps=%zu "
                    "out_of_order=%zu same_order=%d dropped=%zu server_cpu_s_per_m=%.3f "
                    "loadgen_cpu_s_per_m=%.3f server_cpu_share=%.2f redis_cpu_s_per_m=%.3f\n",
                    m_members, m_senders, m_rate, m_rate * double(m_members),
                    double(m_measuredReceived) / m_seconds, percentileUs(m_latencies, 0.5) / 1000,
                    percentileUs(m_latencies, 0.99) / 1000, percentileUs(m_latencies, 1.0) / 1000,
                    lost, m_gaps, m_outOfOrder, sameOrder ? 1 : 0, m_pool.dropped(),
                    (m_serverCpu + m_redisCpu) * perMillion, m_ownCpu * perMillion,
                    (m_serverCpu + m_redisCpu) / m_seconds, m_redisCpu * perMillion);
    }

private:
    size_t expected() const { return m_measuredSent * m_members; }

    // Sends what each sender's schedule has due by now, senders spread evenly over the period.
    void sendDue(Clock::time_point now)
    {
        const double perSender = m_rate / double(m_senders);
        const double elapsed = std::chrono::duration<double>(now - m_start).count();
        for (size_t sender = 0; sender < m_senders; ++sender) {
            const double phase = double(sender) / double(m_senders);
            const auto due = uint64_t(std::max(0.0, std::floor(elapsed * perSender + 1 - phase)));
            if (m_sent[sender] >= due)
                continue;
            while (m_sent[sender] < due) {
                const double at = (double(m_sent[sender]) + phase) / perSender;
                const auto scheduled = m_start + std::chrono::duration_cast<Clock::duration>(
                                                     std::chrono::duration<double>(at));
                if (scheduled >= m_measureTo)
                    break;
                if (scheduled >= m_measureFrom)
                    ++m_measuredSent;
                m_pool.queue(sender, m_pool.messageFrame(text(sender, m_sent[sender], scheduled)));
                ++m_sent[sender];
            }
            m_pool.flush(sender);
        }
    }

    std::string text(size_t sender, uint64_t sequence, Clock::time_point scheduled) const
    {
        const auto ns =
            std::chrono::duration_cast<std::chrono::nanoseconds>(scheduled - m_start).count();
        char head[64];
        const int length =
            std::snprintf(head, sizeof head, "S%04zu N%010llu T%015lld ", sender,
                          static_cast<unsigned long long>(sequence), static_cast<long long>(ns));
        std::string message(head, size_t(length));
        if (message.size() < m_size)
            message.append(m_size - message.size(), 'x');
        return message;
    }

    void receive(size_t member, const char *data, size_t size, Clock::time_point now)
    {
        const char *end = data + size;
        const char *s = static_cast<const char *>(std::memchr(data, 'S', size));
        if (!s || end - s < 36 || s[6] != 'N' || s[18] != 'T')
            return; // not one of ours: a greeting or presence line
        const size_t sender = size_t(digits(s + 1, end));
        const uint64_t sequence = digits(s + 7, end);
        const auto scheduled = m_start + std::chrono::nanoseconds(digits(s + 19, end));
        if (sender >= m_senders)
            return;
        ++m_deliveries;
        uint64_t &next = m_next[member * m_senders + sender];
        if (sequence < next) {
            ++m_outOfOrder;
        } else {
            if (sequence > next)
                ++m_gaps;
            next = sequence + 1;
        }
        m_orderHash[member] =
            (m_orderHash[member] ^ (uint64_t(sender) << 40 | sequence)) * 1099511628211ull;
        if (scheduled >= m_measureFrom && scheduled < m_measureTo) {
            ++m_measuredReceived;
            m_latencies.push_back(uint32_t(std::min<int64_t>(
                std::chrono::duration_cast<std::chrono::nanoseconds>(now - scheduled).count(),
                UINT32_MAX)));
        }
    }

    size_t m_members;
    size_t m_senders;
    double m_rate;
    size_t m_size;
    ClientPool m_pool;
    std::vector<uint64_t> m_next;
    std::vector<uint64_t> m_orderHash;
    std::vector<uint64_t> m_sent;
    std::vector<uint32_t> m_latencies;
    Clock::time_point m_start;
    Clock::time_point m_measureFrom;
    Clock::time_point m_measureTo;
    size_t m_measuredSent = 0;
    size_t m_measuredReceived = 0;
    size_t m_deliveries = 0;
    size_t m_deliveriesAtStart = 0;
    size_t m_gaps = 0;
    size_t m_outOfOrder = 0;
    double m_serverCpu = 0;
    double m_redisCpu = 0;
    double m_ownCpu = 0;
    double m_seconds = 1;
};

} // namespace

int runFanout(const Options &options)
{
    FanoutRun run(options);
    if (!run.connect())
        return 1;
    run.run(options.real("warmup", 1), options.real("seconds", 3), options.real("drain", 2),
            options.numbers("server-pid", 0), options.number("redis-pid", 0));
    run.report();
    return 0;
}

} // namespace LoadGen
