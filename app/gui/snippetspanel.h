// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Banter {

class SnippetBook;

// View → Snippets: the snippets the current connection has (those for every connection and its
// own), in the book's order, the first nine with their shortcut (Ctrl+1 to Ctrl+9). Send (or a
// double click, or Enter) and Repeat… ask the window to send the selected one; New…, Edit… and
// Delete change the book (SnippetDialog; Delete asks first).
class SnippetsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int shortcutCount = 9;

    explicit SnippetsPanel(SnippetBook *book, QWidget *parent = nullptr);

    // The current connection (Snippet::connectionKey()), "" for none: whose snippets are shown.
    void setConnectionKey(const QString &key);
    QString connectionKey() const { return m_connectionKey; }
    // The book index of the snippet shown in row (Ctrl+1 is row 0); -1 when there is none.
    int indexAt(int row) const;
    // The book index of the selected snippet, -1 for none.
    int selectedIndex() const;

    void newSnippet();
    void editSelected();
    void deleteSelected();

Q_SIGNALS:
    void sendRequested(int index);
    void repeatRequested(int index);

private:
    void refresh();
    void updateButtons();
    void retranslateRows();

    SnippetBook *m_book;
    QString m_connectionKey;
    QList<int> m_shown; // book indexes, row by row
    QTreeWidget *m_list;
    QPushButton *m_sendButton;
    QPushButton *m_repeatButton;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
};

} // namespace Banter
