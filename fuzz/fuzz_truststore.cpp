// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The trusted-certificates file (~/.config/Banter/trusted-certificates.conf), read at every
// start. A damaged file may only trust less: whatever it holds, every entry is a host and a
// SHA-256 fingerprint, and what is kept is written and read back unchanged.
#include "fuzzing.h"

#include <truststore.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    BanterFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir folder;
    static quint64 counter = 0;
    // A new name each time: QSettings caches what it read by file name and modification time.
    const QString fileName = folder.filePath(QStringLiteral("trusted-%1.conf").arg(++counter));
    {
        QFile file(fileName);
        BanterFuzz::check(file.open(QIODevice::WriteOnly), "the temporary file can be written");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Banter::TrustStore store;
    store.setFileName(fileName);
    const QList<Banter::TrustStore::Entry> entries = store.entries();
    for (const Banter::TrustStore::Entry &entry : entries) {
        BanterFuzz::check(!entry.host.trimmed().isEmpty(), "every entry has a host");
        BanterFuzz::check(entry.fingerprint.size() == Banter::TrustStore::fingerprintSize,
                          "every entry is a SHA-256 fingerprint");
        BanterFuzz::check(store.isTrusted(entry.host, entry.fingerprint), "entries are trusted");
    }
    // Revoking something that is not there changes nothing.
    BanterFuzz::check(!store.revoke(QStringLiteral("fuzz.invalid"), QByteArray(32, 'x')),
                      "nothing else is trusted");
    if (!entries.isEmpty()) {
        // Writing happens on every change: revoke the first entry, then read the file back.
        const Banter::TrustStore::Entry first = entries.first();
        BanterFuzz::check(store.revoke(first.host, first.fingerprint), "an entry can be revoked");
        Banter::TrustStore reread;
        reread.setFileName(fileName);
        BanterFuzz::check(reread.entries() == store.entries(),
                          "what is kept is written and read back unchanged");
    }
    QFile::remove(fileName);
    return 0;
}
