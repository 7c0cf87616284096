// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The frame scanner of banter-server's WebSocket transport: the raw bytes a hostile client sends
// after its handshake. The first byte chooses how the stream is cut into reads; the verdict must
// not depend on the cuts, nor on skipping payload the way AcceptedSocket does.
#include "fuzzing.h"

#include <framescanner.h>

namespace {

// Feeds the stream in chunks of 1 to step bytes, skipping what is payload as the transport does.
bool scanInChunks(const char *data, qint64 size, int step)
{
    BanterWs::FrameScanner scanner;
    bool isMasked = true;
    BanterFuzz::inReads(size, step, [&](qint64 offset, qint64 chunk) {
        if (scanner.payloadLeft() >= quint64(chunk))
            scanner.skip(quint64(chunk));
        else
            isMasked = scanner.scan(data + offset, chunk);
        return isMasked;
    });
    return isMasked;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    BanterFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int step = 1 + data[0];
    const char *stream = reinterpret_cast<const char *>(data + 1);
    const auto length = qint64(size - 1);

    BanterWs::FrameScanner whole;
    const bool accepted = whole.scan(stream, length);
    BanterFuzz::check(scanInChunks(stream, length, step) == accepted,
                      "the verdict does not depend on how the stream is read");
    BanterFuzz::check(scanInChunks(stream, length, 1) == accepted,
                      "the verdict does not depend on how the stream is read");
    return 0;
}
