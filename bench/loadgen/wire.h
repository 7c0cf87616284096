// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The few pieces of RFC 6455 the load generator needs, on std::string: framing, reading a frame
// header, and the Sec-WebSocket-Accept key of a handshake. Test equipment, not product code.

#include <cstddef>
#include <string>

namespace LoadGen {

// A whole message in one frame (FIN set); masked with a fixed key when sent by a client.
std::string frame(int opcode, const std::string &payload, bool masked);

struct Frame
{
    int opcode;
    size_t headerSize;
    size_t payloadSize;
};

// The next complete frame at the start of data, or opcode -1.
Frame nextFrame(const char *begin, size_t available);

// size bytes of "0123456789abcdef" repeated.
std::string payloadOf(long size);

// The Sec-WebSocket-Accept value answering the Sec-WebSocket-Key of a request.
std::string acceptKeyFor(const std::string &request);

} // namespace LoadGen
