// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chatmodel.h>
#include <jsonpath.h>

#include <QStyledItemDelegate>

namespace Banter {

// Draws one chat row as the reference client does: a narrow prefix column (">", "<", "#") and the
// message on one line, coloured by kind from the palette; optionally the time first. Rows have
// one height, so the view can use uniform item sizes, and a row costs the same to draw however
// long its message is.
class ChatDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ChatDelegate(QObject *parent = nullptr);

    // The time column, "12:00:01.234".
    void setTimeVisible(bool visible) { m_isTimeVisible = visible; }
    bool isTimeVisible() const { return m_isTimeVisible; }
    static QString timeText(const QModelIndex &index);

    // A field of JSON messages shown first in their rows, in bold ("trade" for $.type); none when
    // empty.
    void setSummaryPath(const std::optional<JsonPath> &path) { m_summaryPath = path; }
    std::optional<JsonPath> summaryPath() const { return m_summaryPath; }
    // What the row of index shows of that field: a string's text, any other value's JSON, on one
    // line and at most maxSummaryCharacters; empty for a row without it.
    QString summaryText(const QModelIndex &index) const;
    static constexpr int maxSummaryCharacters = 40;
    // Longer messages are not read for their summary while painting.
    static constexpr int maxSummarizedCharacters = 64 * 1024;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The text QStyledItemDelegate puts into the style option: no more than paint() draws, so
    // that preparing the row of a megabyte message does not scan all of it.
    QString displayText(const QVariant &value, const QLocale &locale) const override;

    // What is drawn at the end of a row the user sent: "pending", a check mark once sent (with
    // "#12" once a chat room delivered it as its 12th message), "cancelled".
    static QString deliveryMark(ChatModel::Delivery delivery, quint64 roomOffset = 0);

private:
    bool m_isTimeVisible = false;
    std::optional<JsonPath> m_summaryPath;
};

} // namespace Banter
