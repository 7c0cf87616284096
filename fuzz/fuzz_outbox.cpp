// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The unsent messages file (outbox.json in the data folder), read at every start. What is read
// must be written back and read again unchanged.
#include "fuzzing.h"

#include <outbox.h>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    BanterFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Banter::Outbox outbox;
    outbox.add({0, QStringLiteral("kept on failure"), {}, false, 3, 0});
    if (!outbox.fromJson(BanterFuzz::bytes(data, size))) {
        BanterFuzz::check(outbox.pendingCount() == 1, "a refused file keeps nothing of its own");
        return 0;
    }
    BanterFuzz::check(outbox.inFlightCount() == 0, "everything read is pending");

    const std::vector<Banter::Outbox::Message> read = outbox.messages();
    Banter::Outbox again;
    BanterFuzz::check(again.fromJson(outbox.toJson()), "an outbox Banter wrote can be read");
    const std::vector<Banter::Outbox::Message> back = again.messages();
    BanterFuzz::check(back.size() == read.size(), "no message is lost");
    for (size_t i = 0; i < back.size(); ++i) {
        BanterFuzz::check(back[i].isBinary == read[i].isBinary && back[i].text == read[i].text &&
                              back[i].bytes == read[i].bytes && back[i].row == -1,
                          "a message is written and read back unchanged");
    }
    // Sending them all and losing the connection keeps them, in order.
    while (outbox.hasPending())
        outbox.markNextSent();
    outbox.setBarrier(1);
    BanterFuzz::check(outbox.requeueInFlight().size() == read.size(), "in flight is requeued");
    return 0;
}
