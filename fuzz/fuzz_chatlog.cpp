// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Opening a saved log (File > Open Log): NDJSON from anywhere. Whatever is read must survive
// being saved and read again unchanged.
#include "fuzzing.h"

#include <chatlog.h>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    BanterFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A small limit, so that the limit itself is fuzzed too.
    const qint64 maxSize = 64 * 1024;
    const Banter::ChatLog::ReadResult result =
        Banter::ChatLog::parse(BanterFuzz::bytes(data, size), maxSize);
    if (!result.isOk()) {
        BanterFuzz::check(result.entries.empty(), "a log with an error gives no entries");
        return 0;
    }
    BanterFuzz::check(qint64(size) <= maxSize, "nothing over the limit is read");

    QByteArray saved;
    for (const Banter::ChatLog::Entry &entry : result.entries) {
        saved += Banter::ChatLog::toNdjson(entry);
        Banter::ChatLog::toText(entry);
    }
    const Banter::ChatLog::ReadResult again = Banter::ChatLog::parse(saved);
    BanterFuzz::check(again.isOk(), "a log Banter wrote can be read again");
    BanterFuzz::check(again.entries.size() == result.entries.size(), "no entry is lost");
    for (size_t i = 0; i < again.entries.size(); ++i) {
        const Banter::ChatLog::Entry &a = result.entries[i];
        const Banter::ChatLog::Entry &b = again.entries[i];
        BanterFuzz::check(a.kind == b.kind && a.isBinary == b.isBinary && a.text == b.text &&
                              a.bytes == b.bytes && a.msecsSinceEpoch == b.msecsSinceEpoch &&
                              a.delivery == b.delivery,
                          "an entry is saved and read back unchanged");
    }
    return 0;
}
