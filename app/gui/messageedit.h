// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QStringList>

namespace Banter {

// The message input: Enter sends, Shift+Enter starts a new line, Up and Down (on the first and
// the last line) go through the messages sent before, the way a shell's history does. It grows
// with its text up to a few lines.
class MessageEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int maxHistory = 200;
    static constexpr int maxVisibleLines = 6;

    explicit MessageEdit(QWidget *parent = nullptr);

    QString text() const { return toPlainText(); }
    // Remembers a sent message for Up and Down, and starts a new draft.
    void remember(const QString &text);
    QStringList history() const { return m_history; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void submitted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Shows the message step places older (-1) or newer (+1); false at either end.
    bool recall(int step);
    // The cursor is on the first (step -1) or the last (step +1) line of the text.
    bool isOnEdgeLine(int step) const;
    void replaceText(const QString &text);

    QStringList m_history;
    qsizetype m_position = 0; // m_history.size(): the draft
    QString m_draft;
};

} // namespace Banter
