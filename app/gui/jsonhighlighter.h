// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Banter {

// Colours for indented JSON (JsonText::indented(), where no string spans two lines): keys,
// strings, numbers, and true, false and null, each in a colour that reads well on the palette's
// background, light or dark.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Key, String, Number, Literal };

    explicit JsonHighlighter(QTextDocument *document);

    // Takes the colours for palette (a changed colour scheme) and highlights again.
    void setPalette(const QPalette &palette);
    QColor color(Token token) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_formats[4];
};

} // namespace Banter
