// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chatmodel.h>

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Banter {

// One message in full, below the log: every line of a long text, the hex dump of a binary
// message. The log keeps one line per row; this is where a row is expanded on demand.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    // What the pane shows at the most; a longer message is cut, and the header says so.
    static constexpr int maxCharacters = 1024 * 1024;
    static constexpr int maxDumpBytes = 256 * 1024;
    // A text view lays out a paragraph at once, in time that grows faster than its length (a
    // minute for a million characters): longer lines are shown in pieces of this length.
    static constexpr int maxLineLength = 2000;

    explicit DetailPane(QWidget *parent = nullptr);

    void showEntry(const ChatModel::Entry &entry);
    void clear();

    QString headerText() const;
    QString bodyText() const;

    // text with a line break after every maxLineLength characters of a longer line; *broken says
    // whether there was such a line.
    static QString breakLongLines(const QString &text, bool *broken);
    // "topic: sensors/kitchen · qos: 1 · retain: false"
    static QString describeAttributes(const QVariantMap &attributes);

private:
    // The header of the entry shown, in the language in force.
    void updateHeader();

    QLabel *m_header;
    QPlainTextEdit *m_body;
    std::optional<ChatModel::Entry> m_entry; // the message shown (its data is shared, not copied)
    bool m_linesBroken = false;              // the text shown has lines broken into pieces
};

} // namespace Banter
