// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The log filter's expressions (FieldExpression, JsonPath), typed by the user or pasted from
// anywhere. The input is an expression, then optionally a NUL byte and a message's text to match.
// A valid expression's canonical form reads back into itself and means the same; an invalid one
// says why, at a place inside the expression.
#include "fuzzing.h"

#include <fieldexpression.h>
#include <jsonpath.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <vector>

namespace {

// Messages with every JSON type, nesting, odd keys and the keys of the seeds and dictionary.
const char *const documents[] = {
    R"({"type": "trade", "price": 120.5, "qty": 3, "neg": -5, "str": "101", "flag": true,
        "off": false, "nothing": null, "empty": "", "path": "a/b", "text": "Line1\nline2",
        "user": {"name": "alice", "tags": ["a", "b"]}, "a": {"b": [1, {"c": "x"}], "": 0},
        "items": [{"id": 1}, {"id": 3, "x": null}, {"id": "3"}], "odd key": {"x": null},
        "名前": "ジョン", "e": "\ue000", "s": "\ud800\udc00", "x": [[[[1]]]]})",
    R"([1, "a", null, true, false, {"a": [0, -1.5e300]}, [], {}])",
    R"({})",
    R"({"a": "A", "b": "ß", "c": "İ", "x": "\u0000", "y": "\ud800"})",
};

struct Document
{
    QString text;
    QJsonValue value;
};

const std::vector<Document> &parsedDocuments()
{
    static const std::vector<Document> parsed = [] {
        std::vector<Document> result;
        for (const char *text : documents) {
            const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
            BanterFuzz::check(!document.isNull(), "the target's own documents are JSON");
            result.push_back({QString::fromUtf8(text), document.isObject()
                                                           ? QJsonValue(document.object())
                                                           : QJsonValue(document.array())});
        }
        return result;
    }();
    return parsed;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    BanterFuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = BanterFuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QString source = QString::fromUtf8(nul < 0 ? input : input.left(nul));
    const QString message = nul < 0 ? QString() : QString::fromUtf8(input.mid(nul + 1));

    // The same text as a path alone.
    QString pathError;
    qsizetype pathErrorPosition = -1;
    if (const std::optional<Banter::JsonPath> path =
            Banter::JsonPath::parse(source, &pathError, &pathErrorPosition)) {
        const std::optional<Banter::JsonPath> again = Banter::JsonPath::parse(path->toString());
        BanterFuzz::check(again && *again == *path && again->toString() == path->toString(),
                          "a path's canonical form reads back into the same path");
    } else {
        BanterFuzz::check(pathErrorPosition >= 0 && pathErrorPosition <= source.size() &&
                              !pathError.isEmpty(),
                          "a refused path says why, inside the text");
    }

    const Banter::FieldExpression expression = Banter::FieldExpression::parse(source);
    if (!expression.isValid()) {
        BanterFuzz::check(expression.errorPosition() >= 0 &&
                              expression.errorPosition() <= source.size(),
                          "an error lies inside the expression (or just after it)");
        BanterFuzz::check(!expression.errorString().isEmpty(), "an error says why");
        BanterFuzz::check(!expression.matches(parsedDocuments().front().value) &&
                              !expression.matchesText(message),
                          "an invalid expression matches nothing");
        return 0;
    }
    BanterFuzz::check(expression.errorString().isEmpty() && expression.errorPosition() == -1,
                      "a valid expression has no error");

    const QString canonical = expression.toString();
    const Banter::FieldExpression again = Banter::FieldExpression::parse(canonical);
    BanterFuzz::check(again.isValid(), "the canonical form parses");
    BanterFuzz::check(again.toString() == canonical, "the canonical form reads back unchanged");
    BanterFuzz::check(again.isEmpty() == expression.isEmpty(), "empty stays empty");

    for (const Document &document : parsedDocuments()) {
        const bool matched = expression.matches(document.value);
        BanterFuzz::check(again.matches(document.value) == matched,
                          "the canonical form means the same");
        BanterFuzz::check(expression.matchesText(document.text) == matched,
                          "a message's text matches as its JSON does");
    }
    if (nul >= 0) {
        const bool matched = expression.matchesText(message);
        BanterFuzz::check(again.matchesText(message) == matched,
                          "the canonical form means the same for any message");
        // What matchesText() reads through its own buffer, read here the plain way.
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8(), &error);
        if (expression.isEmpty()) {
            BanterFuzz::check(matched, "the empty expression matches every message");
        } else if (error.error != QJsonParseError::NoError) {
            BanterFuzz::check(!matched, "text that is no JSON document matches nothing");
        } else {
            const QJsonValue value =
                document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
            BanterFuzz::check(matched == expression.matches(value),
                              "a message's text matches as its JSON does");
        }
    }
    return 0;
}
