// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chatdelegate.h"

#include "colorscheme.h"

#include <echocorrelator.h>
#include <jsontext.h>

#include <chatmodel.h>

#include <QApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>

namespace Banter {

namespace {

constexpr int margin = 4;
// More than a row of the widest screen shows: the rest of a long message is never measured.
constexpr int maxPaintedCharacters = 2000;

int prefixWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QLatin1Char('M')) * 2;
}

QColor colorFor(ChatModel::Kind kind, const QPalette &palette)
{
    switch (kind) {
    case ChatModel::Kind::Sent:
        return palette.color(QPalette::Text);
    case ChatModel::Kind::Received:
        return palette.color(QPalette::Link);
    case ChatModel::Kind::Status:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace

QString ChatDelegate::deliveryMark(ChatModel::Delivery delivery, quint64 roomOffset)
{
    switch (delivery) {
    case ChatModel::Delivery::Pending:
        return tr("pending");
    case ChatModel::Delivery::Delivered:
        // A check mark, and the room's number for the message.
        return roomOffset > 0 ? QStringLiteral("\u2713 #%1").arg(roomOffset)
                              : QStringLiteral("\u2713");
    case ChatModel::Delivery::Cancelled:
        return tr("cancelled");
    case ChatModel::Delivery::None:
        break;
    }
    return QString();
}

ChatDelegate::ChatDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QString ChatDelegate::timeText(const QModelIndex &index)
{
    return index.data(ChatModel::TimeRole).toDateTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString ChatDelegate::summaryText(const QModelIndex &index) const
{
    if (!m_summaryPath || index.data(ChatModel::IsBinaryRole).toBool() ||
        index.data(ChatModel::KindRole).value<ChatModel::Kind>() == ChatModel::Kind::Status)
        return QString();
    const QString text = index.data(ChatModel::PayloadRole).toString();
    if (text.size() > maxSummarizedCharacters)
        return QString();
    const std::optional<QJsonValue> document = JsonText::document(text);
    if (!document)
        return QString();
    QString summary;
    m_summaryPath->select(*document, [&summary](const QJsonValue &value) {
        if (value.isString()) {
            summary = value.toString();
        } else {
            // Any other value as JSON: inside an array, then without its brackets.
            const QByteArray json =
                QJsonDocument(QJsonArray({value})).toJson(QJsonDocument::Compact);
            summary = QString::fromUtf8(json.mid(1, json.size() - 2));
        }
        return true; // the first one
    });
    if (summary.isEmpty())
        return QString(); // no such field (or an empty text): nothing drawn
    if (summary.size() > maxSummaryCharacters)
        summary = summary.left(maxSummaryCharacters - 1) + QChar(0x2026);
    return ChatModel::displayLine(summary);
}

void ChatDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const auto kind = index.data(ChatModel::KindRole).value<ChatModel::Kind>();
    const auto delivery = index.data(ChatModel::DeliveryRole).value<ChatModel::Delivery>();
    const bool isWaiting =
        delivery == ChatModel::Delivery::Pending || delivery == ChatModel::Delivery::Cancelled;
    const bool isSelected = option.state & QStyle::State_Selected;
    QColor color = isSelected ? option.palette.color(QPalette::HighlightedText)
                              : colorFor(kind, option.palette);
    // Waiting to be sent, or replayed from a chat room's history: dimmed.
    if (isWaiting || index.data(ChatModel::IsHistoryRole).toBool())
        color.setAlphaF(0.55f);

    QRect area = option.rect.adjusted(margin, 0, -margin, 0);
    const int prefixColumn = prefixWidth(option.fontMetrics);
    const bool rtl = option.direction == Qt::RightToLeft;
    QRect timeRect;
    if (m_isTimeVisible) {
        const int width = option.fontMetrics.horizontalAdvance(QStringLiteral("00:00:00.000"));
        timeRect = area;
        if (rtl) {
            timeRect.setLeft(area.right() - width);
            area.setRight(timeRect.left() - margin);
        } else {
            timeRect.setWidth(width);
            area.setLeft(timeRect.right() + margin);
        }
    }
    QRect prefixRect = area;
    QRect textRect = area;
    if (rtl) {
        prefixRect.setLeft(area.right() - prefixColumn);
        textRect.setRight(prefixRect.left() - margin);
    } else {
        prefixRect.setWidth(prefixColumn);
        textRect.setLeft(prefixRect.right() + margin);
    }

    QString mark = deliveryMark(delivery, index.data(ChatModel::RoomOffsetRole).toULongLong());
    // What became of its echo, or of the message it echoes (EchoCorrelator).
    const ChatModel::EchoFlags echo(index.data(ChatModel::EchoRole).toInt());
    const QString echoText =
        EchoCorrelator::describe(echo, index.data(ChatModel::RoundTripRole).toLongLong(),
                                 index.data(ChatModel::IsBinaryRole).toBool());
    if (!echoText.isEmpty())
        mark = mark.isEmpty() ? echoText : mark + QLatin1Char(' ') + echoText;
    const bool isEchoWrong =
        echo.testAnyFlags(ChatModel::EchoLost | ChatModel::EchoReordered | ChatModel::EchoRetyped);
    QRect markRect;
    if (!mark.isEmpty()) {
        const int width = option.fontMetrics.horizontalAdvance(mark) + margin;
        markRect = textRect;
        if (rtl) {
            markRect.setRight(textRect.left() + width);
            textRect.setLeft(markRect.right() + margin);
        } else {
            markRect.setLeft(textRect.right() - width);
            textRect.setRight(markRect.left() - margin);
        }
    }

    painter->save();
    painter->setPen(color);
    QFont font = option.font;
    font.setStrikeOut(delivery == ChatModel::Delivery::Cancelled);
    painter->setFont(font);
    if (m_isTimeVisible) {
        const QColor timeColor =
            isSelected ? color : option.palette.color(QPalette::PlaceholderText);
        painter->setPen(timeColor);
        painter->drawText(timeRect, Qt::AlignVCenter | Qt::AlignLeft, timeText(index));
        painter->setPen(color);
    }
    painter->drawText(prefixRect, Qt::AlignVCenter | Qt::AlignHCenter,
                      index.data(ChatModel::PrefixRole).toString());
    // One line per row: line breaks are shown as a symbol so that every row has one height, and
    // a server's text can neither draw a row of its own nor reorder the row around it.
    // The summary field first, in bold.
    const QString summary = summaryText(index);
    if (!summary.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        painter->setFont(bold);
        const QString shown = summary + QStringLiteral("  ");
        // Rounded advances add up to less than the laid-out text: a character's width to spare.
        const QFontMetrics metrics = painter->fontMetrics();
        const int width = std::min(metrics.horizontalAdvance(shown) + metrics.averageCharWidth(),
                                   textRect.width() / 2);
        QRect summaryRect = textRect;
        if (rtl) {
            summaryRect.setLeft(textRect.right() - width);
            textRect.setRight(summaryRect.left());
        } else {
            summaryRect.setWidth(width);
            textRect.setLeft(summaryRect.right());
        }
        painter->drawText(summaryRect,
                          int(Qt::AlignVCenter) |
                              int(QStyle::visualAlignment(option.direction, Qt::AlignLeft)),
                          metrics.elidedText(shown, Qt::ElideRight, width));
        painter->setFont(font);
    }
    const QString text =
        ChatModel::displayLine(index.data(Qt::DisplayRole).toString().left(maxPaintedCharacters));
    const QString elided =
        painter->fontMetrics().elidedText(text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect,
                      int(Qt::AlignVCenter) |
                          int(QStyle::visualAlignment(option.direction, Qt::AlignLeft)),
                      elided);
    if (!mark.isEmpty()) {
        painter->setFont(option.font);
        if (isEchoWrong && !isSelected)
            painter->setPen(ColorScheme::warningColor(option.palette));
        painter->drawText(markRect, Qt::AlignVCenter | Qt::AlignRight, mark);
    }
    painter->restore();
}

QString ChatDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.userType() != QMetaType::QString)
        return QStyledItemDelegate::displayText(value, locale);
    return QStyledItemDelegate::displayText(value.toString().left(maxPaintedCharacters), locale);
}

QSize ChatDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    return {option.fontMetrics.averageCharWidth() * 40, option.fontMetrics.height() + 4};
}

} // namespace Banter
