// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageedit.h"

#include <QKeyEvent>
#include <QtMath>
#include <QTextBlock>
#include <QTextLayout>

namespace Banter {

MessageEdit::MessageEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { updateGeometry(); });
}

void MessageEdit::remember(const QString &text)
{
    if (!text.isEmpty() && (m_history.isEmpty() || m_history.last() != text))
        m_history.append(text);
    while (m_history.size() > maxHistory)
        m_history.removeFirst();
    m_position = m_history.size();
    m_draft.clear();
}

QSize MessageEdit::sizeHint() const
{
    const int lines = qBound(1, document()->blockCount(), maxVisibleLines);
    const int height = lines * fontMetrics().lineSpacing() +
                       2 * (qCeil(document()->documentMargin()) + frameWidth()) + 2;
    return {QPlainTextEdit::sizeHint().width(), height};
}

QSize MessageEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), sizeHint().height()};
}

bool MessageEdit::isOnEdgeLine(int step) const
{
    const QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    if (block != (step < 0 ? document()->firstBlock() : document()->lastBlock()))
        return false;
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return true;
    const int line = layout->lineForTextPosition(cursor.position() - block.position()).lineNumber();
    return line == (step < 0 ? 0 : layout->lineCount() - 1);
}

void MessageEdit::replaceText(const QString &text)
{
    setPlainText(text);
    moveCursor(QTextCursor::End);
}

bool MessageEdit::recall(int step)
{
    const qsizetype next = m_position + step;
    if (next < 0 || next > m_history.size())
        return false;
    if (m_position == m_history.size())
        m_draft = text();
    m_position = next;
    replaceText(next == m_history.size() ? m_draft : m_history.at(next));
    return true;
}

void MessageEdit::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (modifiers == Qt::ShiftModifier) {
            insertPlainText(QStringLiteral("\n"));
            return;
        }
        if (modifiers == Qt::NoModifier) {
            Q_EMIT submitted();
            return;
        }
        break;
    case Qt::Key_Up:
        if (modifiers == Qt::NoModifier && isOnEdgeLine(-1) && recall(-1))
            return;
        break;
    case Qt::Key_Down:
        if (modifiers == Qt::NoModifier && isOnEdgeLine(+1) && recall(+1))
            return;
        break;
    default:
        break;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace Banter
