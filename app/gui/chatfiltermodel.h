// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chatmodel.h>
#include <fieldexpression.h>

#include <QAbstractProxyModel>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimer>

#include <vector>

namespace Banter {

// The rows of a ChatModel that are of the kinds shown and match a text (plain, ignoring case),
// a regular expression (both by what the view shows of a row) or a condition on the fields of a
// JSON message (FieldExpression, on the message as it came).
//
// A million rows are not matched at once: the rows are read in slices of a few milliseconds,
// one per event-loop turn, so that the window keeps answering; matches are shown as they are
// found, progress() says how far it got, and cancel() stops. Rows that arrive are matched as
// they come. The source is a list that grows at the end and loses rows at the front (a
// ChatModel); a row's text never changes its match.
class ChatFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class Syntax { PlainText, RegularExpression, Field };
    Q_ENUM(Syntax)

    // How long one slice of matching may take at the most.
    static constexpr int sliceMilliseconds = 8;

    explicit ChatFilterModel(QObject *parent = nullptr);

    // Shows the rows of the given kinds that match pattern (every row of them when it is empty).
    void setFilter(const QString &pattern, Syntax syntax, const QList<ChatModel::Kind> &kinds);
    QString pattern() const { return m_pattern; }
    Syntax syntax() const { return m_syntax; }

    // Anything to filter at all; an inactive filter lets every row through.
    bool isActive() const;
    // Why the pattern cannot be used (a broken regular expression or field condition), in words;
    // empty when it can.
    QString errorString() const;

    // Rows of the source not matched yet (0 once every row was read).
    bool isScanning() const { return !m_cancelled && m_scanned < sourceRows(); }
    // How many rows of the source were read, and of how many.
    int scannedRows() const { return m_scanned; }
    // Stops reading the rows of the source until the filter changes (rows that arrive too).
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    // Reads every row that is left now, in one go (tests, and a filter that must be complete).
    void finishScan();

    // How many of the shown rows from first to last arrived after the filter was set (the
    // others were in the log before, found by reading it: no news to the user).
    int arrivedCount(int first, int last) const;

    void setSourceModel(QAbstractItemModel *model) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;

Q_SIGNALS:
    void filterChanged();
    // Reading the rows went on (scanned of total), finished, or was cancelled.
    void progressChanged();

private:
    bool isBroken() const;
    bool accepts(int sourceRow) const;
    int sourceRows() const;
    // No row shown, every row to read, none of them new; not cancelled.
    void forgetRows();
    // Starts over (forgetRows(), as a model reset) and reads the first slice.
    void restart();
    // Reads rows until the slice's time is up (or every row, when not timed); true when done.
    bool scan(const QElapsedTimer *slice);
    void scheduleScan();
    void onSourceRowsInserted(int first, int last);
    void onSourceRowsAboutToBeRemoved(int first, int last);
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);
    // The first position in m_rows whose row is sourceRow or later.
    int lowerBound(int sourceRow) const;

    QString m_pattern;
    QRegularExpression m_expression;
    FieldExpression m_condition;
    Syntax m_syntax = Syntax::PlainText;
    bool m_shown[3] = {true, true, true};

    std::vector<int> m_rows; // the source rows shown, ascending
    int m_scanned = 0;       // the source rows before this one were read
    int m_oldRows = 0;       // the source rows before this one were there when the filter was set
    bool m_cancelled = false;
    QTimer m_scanTimer;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Banter
