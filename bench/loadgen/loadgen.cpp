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
//
// Results are one line "result key=value ...", for scripts/bench.

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <map>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void die(const std::string &what)
{
    std::fprintf(stderr, "banter-loadgen: %s: %s\n", what.c_str(), std::strerror(errno));
    std::exit(1);
}

struct Options
{
    std::string mode;
    std::map<std::string, std::string> values;

    long number(const std::string &key, long fallback) const
    {
        const auto it = values.find(key);
        return it == values.end() ? fallback : std::strtol(it->second.c_str(), nullptr, 10);
    }
    double real(const std::string &key, double fallback) const
    {
        const auto it = values.find(key);
        return it == values.end() ? fallback : std::strtod(it->second.c_str(), nullptr);
    }
};

Options parse(int argc, char **argv)
{
    Options options;
    if (argc < 2) {
        std::fprintf(stderr, "usage: banter-loadgen echo|idle|flood --option value ...\n");
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

void setNonBlocking(int fd)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

// A frame header for a payload of size bytes: FIN, the opcode, the length, and the masking key
// when masked (client to server). The key is fixed: this is test equipment on loopback.
std::string frameHeader(int opcode, size_t size, bool masked)
{
    std::string header(1, char(0x80 | opcode));
    const char maskBit = masked ? char(0x80) : 0;
    if (size < 126) {
        header += char(maskBit | char(size));
    } else if (size < 65536) {
        header += char(maskBit | 126);
        header += char(size >> 8);
        header += char(size & 0xff);
    } else {
        header += char(maskBit | 127);
        for (int shift = 56; shift >= 0; shift -= 8)
            header += char((size >> shift) & 0xff);
    }
    if (masked)
        header += std::string("\x12\x34\x56\x78", 4);
    return header;
}

std::string frame(int opcode, const std::string &payload, bool masked)
{
    std::string out = frameHeader(opcode, payload.size(), masked);
    const size_t start = out.size();
    out += payload;
    if (masked) {
        static const unsigned char key[4] = {0x12, 0x34, 0x56, 0x78};
        for (size_t i = 0; i < payload.size(); ++i)
            out[start + i] = char(out[start + i] ^ key[i % 4]);
    }
    return out;
}

std::string payloadOf(long size)
{
    std::string payload(size_t(size), 'x');
    const char digits[] = "0123456789abcdef";
    for (size_t i = 0; i < payload.size(); ++i)
        payload[i] = digits[i % 16];
    return payload;
}

long residentKb(long pid, const char *field = "VmRSS:")
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind(field, 0) == 0)
            return std::strtol(line.c_str() + std::strlen(field), nullptr, 10);
    }
    return -1;
}

// One client connection: the handshake, then a stream of server frames.
struct Client
{
    int fd = -1;
    bool upgraded = false;
    bool greeted = false;
    bool closed = false;
    std::string in;
    std::string out;
    std::deque<Clock::time_point> sentAt;
};

struct Frame
{
    int opcode;
    size_t headerSize;
    size_t payloadSize;
};

// The next complete frame at the start of data, or opcode -1.
Frame nextFrame(const char *begin, size_t available)
{
    if (available < 2)
        return {-1, 0, 0};
    const auto *bytes = reinterpret_cast<const unsigned char *>(begin);
    size_t header = 2;
    size_t size = bytes[1] & 0x7f;
    if (size == 126) {
        header = 4;
        if (available < header)
            return {-1, 0, 0};
        size = size_t(bytes[2]) << 8 | bytes[3];
    } else if (size == 127) {
        header = 10;
        if (available < header)
            return {-1, 0, 0};
        size = 0;
        for (int i = 2; i < 10; ++i)
            size = size << 8 | bytes[i];
    }
    if (available < header + size)
        return {-1, 0, 0};
    return {bytes[0] & 0x0f, header, size};
}

class ClientPool
{
public:
    ClientPool(const std::string &host, int port, size_t count) : m_clients(count)
    {
        m_epoll = epoll_create1(0);
        if (m_epoll < 0)
            die("epoll_create1");
        m_address.sin_family = AF_INET;
        m_address.sin_port = htons(uint16_t(port));
        inet_pton(AF_INET, host.c_str(), &m_address.sin_addr);
        m_request = "GET / HTTP/1.1\r\nHost: " + host + ":" + std::to_string(port) +
                    "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    "Sec-WebSocket-Version: 13\r\n\r\n";
    }
    ~ClientPool()
    {
        closeAll();
        close(m_epoll);
    }

    // Opens every client, at most `window` handshakes at a time (servers accept from a short
    // backlog), and waits until all are greeted. Returns how many were.
    size_t connectAll(size_t window, double timeoutSeconds)
    {
        const auto deadline = Clock::now() + std::chrono::duration<double>(timeoutSeconds);
        size_t started = 0;
        while (m_greeted + m_failed < m_clients.size() && Clock::now() < deadline) {
            while (started < m_clients.size() && started - m_greeted - m_failed < window)
                open(started++);
            poll(10);
        }
        return m_greeted;
    }

    void closeAll()
    {
        for (Client &client : m_clients) {
            if (client.fd >= 0) {
                close(client.fd);
                client.fd = -1;
            }
        }
    }

    // Runs the echo load: each client keeps `inflight` messages outstanding.
    void startEcho(const std::string &message, size_t inflight)
    {
        m_message = message;
        m_echo = true;
        const auto now = Clock::now();
        for (Client &client : m_clients) {
            if (!client.greeted)
                continue;
            for (size_t i = 0; i < inflight; ++i) {
                client.out += m_message;
                client.sentAt.push_back(now);
            }
            flush(client);
        }
    }

    void runFor(double seconds)
    {
        const auto end = Clock::now() + std::chrono::duration<double>(seconds);
        while (Clock::now() < end)
            poll(5);
    }

    void resetStats()
    {
        m_roundTrips = 0;
        m_latenciesNs.clear();
    }

    size_t roundTrips() const { return m_roundTrips; }
    std::vector<uint32_t> &latencies() { return m_latenciesNs; }
    size_t failed() const { return m_failed; }

private:
    void open(size_t index)
    {
        Client &client = m_clients[index];
        client.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (client.fd < 0)
            die("socket (raise ulimit -n)");
        setNonBlocking(client.fd);
        if (connect(client.fd, reinterpret_cast<sockaddr *>(&m_address), sizeof m_address) < 0 &&
            errno != EINPROGRESS)
            die("connect");
        client.out = m_request;
        epoll_event event{};
        event.events = EPOLLIN | EPOLLOUT | EPOLLET;
        event.data.u64 = index;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, client.fd, &event);
    }

    void fail(Client &client)
    {
        if (client.closed)
            return;
        client.closed = true;
        if (!client.greeted)
            ++m_failed;
        close(client.fd);
        client.fd = -1;
    }

    void flush(Client &client)
    {
        while (!client.out.empty()) {
            const ssize_t n = send(client.fd, client.out.data(), client.out.size(), MSG_NOSIGNAL);
            if (n < 0) {
                if (errno != EAGAIN)
                    fail(client);
                return;
            }
            client.out.erase(0, size_t(n));
        }
    }

    void poll(int timeoutMs)
    {
        epoll_event events[256];
        const int n = epoll_wait(m_epoll, events, 256, timeoutMs);
        for (int i = 0; i < n; ++i) {
            Client &client = m_clients[events[i].data.u64];
            if (client.closed)
                continue;
            if (events[i].events & EPOLLOUT)
                flush(client);
            if (events[i].events & (EPOLLIN | EPOLLERR | EPOLLHUP))
                read(client);
        }
    }

    void read(Client &client)
    {
        char buffer[65536];
        for (;;) {
            const ssize_t n = recv(client.fd, buffer, sizeof buffer, 0);
            if (n == 0 || (n < 0 && errno != EAGAIN)) {
                fail(client);
                return;
            }
            if (n < 0)
                break;
            client.in.append(buffer, size_t(n));
        }
        if (!client.upgraded) {
            const size_t end = client.in.find("\r\n\r\n");
            if (end == std::string::npos)
                return;
            if (client.in.compare(0, 12, "HTTP/1.1 101") != 0) {
                fail(client);
                return;
            }
            client.upgraded = true;
            client.in.erase(0, end + 4);
        }
        size_t consumed = 0;
        const auto now = Clock::now();
        for (;;) {
            const Frame f = nextFrame(client.in.data() + consumed, client.in.size() - consumed);
            if (f.opcode < 0)
                break;
            handleFrame(client, f, consumed, now);
            consumed += f.headerSize + f.payloadSize;
        }
        client.in.erase(0, consumed);
        flush(client);
    }

    void handleFrame(Client &client, const Frame &f, size_t at, Clock::time_point now)
    {
        if (f.opcode == 0x9) { // ping: answer with a pong carrying the same payload
            client.out += frame(0xA, client.in.substr(at + f.headerSize, f.payloadSize), true);
            return;
        }
        if (f.opcode == 0x8) {
            fail(client);
            return;
        }
        if (f.opcode != 0x1 && f.opcode != 0x2)
            return;
        if (!client.greeted) {
            client.greeted = true;
            ++m_greeted;
            return;
        }
        if (!m_echo || client.sentAt.empty())
            return;
        const auto rtt = now - client.sentAt.front();
        client.sentAt.pop_front();
        m_latenciesNs.push_back(
            uint32_t(std::chrono::duration_cast<std::chrono::nanoseconds>(rtt).count()));
        ++m_roundTrips;
        client.out += m_message;
        client.sentAt.push_back(now);
    }

    std::vector<Client> m_clients;
    sockaddr_in m_address{};
    std::string m_request;
    std::string m_message;
    std::vector<uint32_t> m_latenciesNs;
    size_t m_greeted = 0;
    size_t m_failed = 0;
    size_t m_roundTrips = 0;
    int m_epoll = -1;
    bool m_echo = false;
};

double percentileUs(std::vector<uint32_t> &values, double fraction)
{
    if (values.empty())
        return 0;
    const size_t at = std::min(values.size() - 1, size_t(double(values.size()) * fraction));
    std::nth_element(values.begin(), values.begin() + long(at), values.end());
    return values[at] / 1000.0;
}

int runEcho(const Options &options)
{
    const size_t connections = size_t(options.number("connections", 1));
    ClientPool pool(options.values.count("host") ? options.values.at("host") : "127.0.0.1",
                    int(options.number("port", 3000)), connections);
    const size_t greeted = pool.connectAll(64, 60);
    if (greeted < connections) {
        std::fprintf(stderr, "banter-loadgen: only %zu of %zu clients were greeted\n", greeted,
                     connections);
        return 1;
    }
    pool.startEcho(frame(0x1, payloadOf(options.number("size", 64)), true),
                   size_t(options.number("inflight", 1)));
    pool.runFor(options.real("warmup", 1));
    pool.resetStats();
    const auto start = Clock::now();
    pool.runFor(options.real("seconds", 3));
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    const size_t trips = pool.roundTrips();
    std::vector<uint32_t> &latencies = pool.latencies();
    const double p50 = percentileUs(latencies, 0.50);
    const double p99 = percentileUs(latencies, 0.99);
    std::printf("result rps=%.0f p50_us=%.1f p99_us=%.1f connections=%zu dropped=%zu\n",
                double(trips) / elapsed, p50, p99, greeted, pool.failed());
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
        ClientPool pool("127.0.0.1", int(options.number("port", 3000)), connections);
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

std::string acceptKeyFor(const std::string &request);

int runFlood(const Options &options)
{
    const int server = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(options.number("port", 0)));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(server, reinterpret_cast<sockaddr *>(&address), sizeof address) < 0 ||
        listen(server, 4) < 0)
        die("listen");
    socklen_t length = sizeof address;
    getsockname(server, reinterpret_cast<sockaddr *>(&address), &length);
    std::printf("listening on port %d\n", ntohs(address.sin_port));
    std::fflush(stdout);

    const int fd = accept(server, nullptr, nullptr);
    if (fd < 0)
        die("accept");
    std::string request;
    char buffer[4096];
    while (request.find("\r\n\r\n") == std::string::npos) {
        const ssize_t n = recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0)
            die("handshake");
        request.append(buffer, size_t(n));
    }
    const std::string response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                                 "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                                 acceptKeyFor(request) + "\r\n\r\n";
    send(fd, response.data(), response.size(), MSG_NOSIGNAL);

    // Messages go out in chunks of a thousand frames; each message is numbered so that the
    // receiver sees distinct texts.
    const long count = options.number("count", 1000000);
    const long size = options.number("size", 64);
    const long delayMs = options.number("delay-ms", 0);
    if (delayMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
    std::string payload = payloadOf(size);
    std::string chunk;
    long sent = 0;
    while (sent < count) {
        chunk.clear();
        for (int i = 0; i < 1000 && sent < count; ++i, ++sent) {
            const std::string number = std::to_string(sent);
            payload.replace(0, std::min(number.size(), payload.size()), number);
            chunk += frame(0x1, payload, false);
        }
        for (size_t at = 0; at < chunk.size();) {
            const ssize_t n = send(fd, chunk.data() + at, chunk.size() - at, MSG_NOSIGNAL);
            if (n <= 0)
                die("send");
            at += size_t(n);
        }
    }
    std::printf("flooded %ld\n", sent);
    std::fflush(stdout);
    // Stay until the client goes: answer nothing, read and drop what it sends.
    while (recv(fd, buffer, sizeof buffer, 0) > 0) {
    }
    close(fd);
    close(server);
    return 0;
}

// SHA-1 and Base64 for the Sec-WebSocket-Accept header of the flood server.
std::string sha1(const std::string &message)
{
    uint32_t h[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::string data = message;
    const uint64_t bits = uint64_t(message.size()) * 8;
    data += char(0x80);
    while (data.size() % 64 != 56)
        data += char(0);
    for (int shift = 56; shift >= 0; shift -= 8)
        data += char((bits >> shift) & 0xff);
    const auto rotl = [](uint32_t x, int n) { return (x << n) | (x >> (32 - n)); };
    for (size_t block = 0; block < data.size(); block += 64) {
        uint32_t w[80];
        for (int i = 0; i < 16; ++i) {
            const auto *p = reinterpret_cast<const unsigned char *>(data.data() + block + 4 * i);
            w[i] = uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3];
        }
        for (int i = 16; i < 80; ++i)
            w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; ++i) {
            uint32_t f, k;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            } else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            } else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            const uint32_t t = rotl(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = rotl(b, 30);
            b = a;
            a = t;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }
    std::string digest;
    for (uint32_t word : h) {
        for (int shift = 24; shift >= 0; shift -= 8)
            digest += char((word >> shift) & 0xff);
    }
    return digest;
}

std::string base64(const std::string &data)
{
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (size_t i = 0; i < data.size(); i += 3) {
        uint32_t n = uint32_t(uint8_t(data[i])) << 16;
        if (i + 1 < data.size())
            n |= uint32_t(uint8_t(data[i + 1])) << 8;
        if (i + 2 < data.size())
            n |= uint8_t(data[i + 2]);
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += i + 1 < data.size() ? table[(n >> 6) & 63] : '=';
        out += i + 2 < data.size() ? table[n & 63] : '=';
    }
    return out;
}

std::string acceptKeyFor(const std::string &request)
{
    std::string key;
    const std::string name = "sec-websocket-key:";
    std::string lower = request;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    const size_t at = lower.find(name);
    if (at != std::string::npos) {
        const size_t end = request.find("\r\n", at);
        key = request.substr(at + name.size(), end - at - name.size());
        key.erase(0, key.find_first_not_of(' '));
        key.erase(key.find_last_not_of(' ') + 1);
    }
    return base64(sha1(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"));
}

} // namespace

int main(int argc, char **argv)
{
    raiseFileLimit();
    const Options options = parse(argc, argv);
    if (options.mode == "echo")
        return runEcho(options);
    if (options.mode == "idle")
        return runIdle(options);
    if (options.mode == "flood")
        return runFlood(options);
    std::fprintf(stderr, "banter-loadgen: unknown mode %s (echo, idle, flood)\n",
                 options.mode.c_str());
    return 2;
}
