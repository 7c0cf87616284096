// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chatmodel.h>

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeView;
QT_END_NAMESPACE

namespace Banter {

class JsonHighlighter;
class JsonTreeModel;

// One message in full, below the log: every line of a long text, the hex dump of a binary
// message. The log keeps one line per row; this is where a row is expanded on demand. A JSON
// message is shown indented and coloured, and as a tree (copy a value or its path); one that is
// broken says what is wrong and where.
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
    // Indented JSON longer than this is shown without colours, which would take too long.
    static constexpr int maxHighlightedCharacters = 256 * 1024;

    // The pages of a JSON message; any other shows its text alone.
    enum class Page { Formatted, Tree, Text };

    explicit DetailPane(QWidget *parent = nullptr);

    void showEntry(const ChatModel::Entry &entry);
    void clear();

    QString headerText() const;
    // The message's text (or hex dump) as shown on the Text page.
    QString bodyText() const;
    // Why the message that looks like JSON is none; empty for any other.
    QString jsonProblemText() const;
    // The indented JSON; empty when the message is no JSON.
    QString formattedText() const;
    bool isJson() const { return m_isJson; }
    Page currentPage() const;
    void setCurrentPage(Page page);
    JsonTreeModel *treeModel() const { return m_treeModel; }
    QTreeView *treeView() const { return m_tree; }
    JsonHighlighter *highlighter() const { return m_highlighter; }

    // Copies the value (a string's text, any other value's JSON) or the JSON path of the
    // current row of the tree to the clipboard.
    void copyValue();
    void copyPath();

    // text with a line break after every maxLineLength characters of a longer line; *broken says
    // whether there was such a line.
    static QString breakLongLines(const QString &text, bool *broken);
    // "topic: sensors/kitchen · qos: 1 · retain: false"
    static QString describeAttributes(const QVariantMap &attributes);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The header of the entry shown, in the language in force.
    void updateHeader();
    // Shows a text message that looks like JSON as JSON, when it is valid.
    void showJson(const QString &text);
    void setJsonPagesShown(bool shown);

    QLabel *m_header;
    QLabel *m_jsonProblem;
    QTabWidget *m_pages;
    QPlainTextEdit *m_formatted;
    QTreeView *m_tree;
    QPlainTextEdit *m_body;
    JsonHighlighter *m_highlighter;
    JsonTreeModel *m_treeModel;
    Page m_jsonPage = Page::Formatted; // the page a JSON message opens on: the last one chosen
    bool m_isJson = false;
    bool m_formattedCut = false;
    std::optional<ChatModel::Entry> m_entry; // the message shown (its data is shared, not copied)
    bool m_linesBroken = false;              // the text shown has lines broken into pieces
};

} // namespace Banter
