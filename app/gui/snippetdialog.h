// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <snippet.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Banter {

class SnippetBook;

// New Snippet… and Edit Snippet…: a snippet's name, whether it sends text or bytes written in
// hex, whether every connection has it or only the current one, and its message. What is wrong
// (no name, a name taken, bytes that are not hex) is said below the message, and OK waits; on
// OK the snippet goes into the book (in place of the one at index, or as a new one).
class SnippetDialog : public QDialog
{
    Q_OBJECT

public:
    // index -1 for a new snippet; connectionKey the current connection's (Snippet), "" when
    // there is none, and then a snippet is for every connection.
    SnippetDialog(SnippetBook *book, int index, const QString &connectionKey,
                  QWidget *parent = nullptr);

    Snippet snippet() const;
    QString problem() const { return m_problem; }

    void accept() override;

private:
    void validate();

    SnippetBook *m_book;
    int m_index;
    QString m_connectionKey;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_scope;
    QPlainTextEdit *m_message;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    QString m_problem;
};

} // namespace Banter
