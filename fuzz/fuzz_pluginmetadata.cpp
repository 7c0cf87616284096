// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Plugin metadata validation: whatever a file in a plugin folder declares. QPluginLoader hands the
// registry a JSON object that it decoded from the CBOR in the file; the input is that CBOR, or
// JSON when it starts with '{'.
#include "fuzzing.h"

#include <banter/pluginmetadata.h>

#include <QCborMap>
#include <QCborValue>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    BanterFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = BanterFuzz::bytes(data, size);
    QJsonObject metaData;
    if (input.startsWith('{')) {
        metaData = QJsonDocument::fromJson(input).object();
    } else {
        // As QPluginLoader does: CBOR with an error goes no further. (Qt 6.4.2 reads past the end
        // of a buffer when it converts to JSON what fromCbor() returned along with an error.)
        QCborParserError error;
        const QCborValue value = QCborValue::fromCbor(input, &error);
        if (error.error != QCborError::NoError)
            return 0;
        metaData = value.toMap().toJsonObject();
    }
    const QString fileName = QStringLiteral("/plugins/libfuzz.so");
    const Banter::PluginInfo info = Banter::PluginMetaData::read(fileName, metaData);

    BanterFuzz::check(info.fileName == fileName, "the info names the file");
    BanterFuzz::check(!info.isLoaded, "nothing is loaded");
    if (!info.isUsable())
        return 0;
    BanterFuzz::check(info.kind != Banter::PluginInfo::Kind::Unknown, "a usable plugin has a kind");
    BanterFuzz::check(!info.id.trimmed().isEmpty() && !info.name.trimmed().isEmpty() &&
                          !info.version.trimmed().isEmpty(),
                      "a usable plugin has an id, a name and a version");
    BanterFuzz::check(!info.keys.isEmpty(), "a usable plugin has keys");
    static const QRegularExpression key(QStringLiteral("^[a-z][a-z0-9+.-]{0,31}$"));
    for (const QString &name : info.keys)
        BanterFuzz::check(key.match(name).hasMatch(), "every key is a scheme-like name");
    QStringList unique = info.keys;
    BanterFuzz::check(unique.removeDuplicates() == 0, "each key is listed once");
    return 0;
}
