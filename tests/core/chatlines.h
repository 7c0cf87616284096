// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chatmodel.h>

#include <QAbstractItemModel>
#include <QStringList>

// The rows of a model over the chat log (the log itself, a filter's proxy, a view's model) as
// the lines a user reads: "> hi", "< hi", "# socket open".
inline QStringList rowsAsLines(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row)
        lines.append(model.index(row, 0).data(Banter::ChatModel::LineRole).toString());
    return lines;
}

// The chat log's lines, the rows waiting for its next batch included.
inline QStringList chatLines(Banter::ChatModel &model)
{
    model.flush();
    return rowsAsLines(model);
}
