// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Many WebSocket clients on plain POSIX sockets and one epoll loop, so that the load generator is
// not what limits a benchmark. A client counts as greeted at the first message the server sends
// (the greeting); every later message goes to the message handler. With socketIo, the clients
// speak Engine.IO 4 / Socket.IO 5 over the WebSocket (open, connect to "/", ping/pong) and a
// message is the text of an event packet such as 42["message","..."].

#include <array>
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace LoadGen {

using Clock = std::chrono::steady_clock;

struct PoolOptions
{
    std::string host = "127.0.0.1";
    // Client i connects to ports[i % ports.size()]: members spread over several servers.
    std::vector<int> ports{3000};
    // Client i joins the room roomPrefix + (i % rooms) when rooms > 0, else the room roomPrefix
    // (empty: the server's root, "/"); a room is the URL path, or Socket.IO's "room" query item.
    std::string roomPrefix;
    size_t rooms = 0;
    bool socketIo = false;
};

class ClientPool
{
public:
    using MessageHandler =
        std::function<void(size_t client, const char *data, size_t size, Clock::time_point now)>;

    ClientPool(const PoolOptions &options, size_t count);
    ~ClientPool();
    ClientPool(const ClientPool &) = delete;
    ClientPool &operator=(const ClientPool &) = delete;

    void setMessageHandler(MessageHandler handler) { m_handler = std::move(handler); }

    // Opens every client, at most `window` handshakes at a time (servers accept from a short
    // backlog), and waits until all are greeted. Returns how many were.
    size_t connectAll(size_t window, double timeoutSeconds);
    void closeAll();

    // The wire bytes of a text message from a client (framed, masked, wrapped for Socket.IO).
    std::string messageFrame(const std::string &text) const;
    // Queues wire bytes for a client; they go out at flush() or when the socket takes them.
    void queue(size_t client, const std::string &bytes);
    void flush(size_t client);

    void poll(int timeoutMs);
    void runFor(double seconds);

    size_t size() const { return m_clients.size(); }
    size_t greeted() const { return m_greeted; }
    size_t failed() const { return m_failed; }
    // Clients whose connection ended after they had been greeted.
    size_t dropped() const { return m_dropped; }

private:
    struct Client
    {
        int fd = -1;
        bool upgraded = false;
        bool greeted = false;
        bool closed = false;
        std::string in;
        std::string out;
    };

    void open(size_t index);
    void fail(Client &client);
    void read(size_t index);
    void handleFrame(size_t index, int opcode, const char *data, size_t size,
                     Clock::time_point now);
    void handleSocketIo(size_t index, const char *data, size_t size, Clock::time_point now);
    void greet(Client &client);
    std::string requestFor(size_t index) const;

    PoolOptions m_options;
    std::vector<Client> m_clients;
    MessageHandler m_handler;
    size_t m_greeted = 0;
    size_t m_failed = 0;
    size_t m_dropped = 0;
    int m_epoll = -1;
    std::vector<std::array<unsigned char, 16>> m_addresses; // sockaddr_in, one per port
};

} // namespace LoadGen
