// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-filterbench: finding among a million rows of the real window (offscreen), as Edit →
// Find does it: the log's ChatFilterModel reading in slices, beside the same match done all at
// once by a QSortFilterProxyModel (what the find bar did before, and what most Qt programs do).
//
//   banter-filterbench [--rows N]
//
// The log holds N JSON messages of about 64 bytes ({"type":"trade","id":17,"price":101.5,...}).
// For each case: the time from setting the filter to the first match shown and to the last row
// read, and the longest time the event loop did not run (a 1 ms timer's longest gap, less its
// period) while it read. Prints "result case=... mode=... first_ms=... total_ms=... stall_ms=...
// matches=...".

#include <chatdelegate.h>
#include <chatfiltermodel.h>
#include <chatpane.h>
#include <chatview.h>
#include <fieldexpression.h>
#include <mainwindow.h>
#include <banter/pluginregistry.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

using Banter::ChatFilterModel;
using Banter::ChatModel;

// The longest gap between the ticks of a 1 ms timer, less the period: how long the window did
// not answer.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_sinceTick.nsecsElapsed() / 1e6 - 1.0);
            m_sinceTick.start();
        });
    }
    void start()
    {
        m_longest = 0;
        m_sinceTick.start();
        m_timer.start();
    }
    double stop()
    {
        m_longest = std::max(m_longest, m_sinceTick.nsecsElapsed() / 1e6 - 1.0);
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longest = 0;
};

// A QSortFilterProxyModel that matches as the find bar's model does, all at once.
class AllAtOnce : public QSortFilterProxyModel
{
public:
    ChatFilterModel::Syntax syntax = ChatFilterModel::Syntax::PlainText;
    QString pattern;
    QRegularExpression expression;
    Banter::FieldExpression condition;

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0);
        switch (syntax) {
        case ChatFilterModel::Syntax::Field:
            return condition.matchesText(index.data(ChatModel::PayloadRole).toString());
        case ChatFilterModel::Syntax::RegularExpression:
            return expression.match(index.data().toString()).hasMatch();
        case ChatFilterModel::Syntax::PlainText:
            break;
        }
        return index.data().toString().contains(pattern, Qt::CaseInsensitive);
    }
};

struct Case
{
    const char *name;
    ChatFilterModel::Syntax syntax;
    QString pattern;
};

const char *syntaxName(ChatFilterModel::Syntax syntax)
{
    switch (syntax) {
    case ChatFilterModel::Syntax::Field:
        return "field";
    case ChatFilterModel::Syntax::RegularExpression:
        return "regex";
    case ChatFilterModel::Syntax::PlainText:
        break;
    }
    return "text";
}

void report(const Case &c, const char *how, double first, double total, double stall, int matches)
{
    std::printf("result case=%s mode=%s how=%s first_ms=%.1f total_ms=%.1f stall_ms=%.1f "
                "matches=%d\n",
                c.name, syntaxName(c.syntax), how, first, total, stall, matches);
    std::fflush(stdout);
}

// The find bar's model in the window's own pane: set, then the event loop runs until it read
// every row.
void incremental(Banter::MainWindow *window, const Case &c)
{
    auto *pane = window->findChild<Banter::ChatPane *>();
    ChatFilterModel *filter = pane->filterModel();
    const QList<ChatModel::Kind> kinds = {ChatModel::Kind::Sent, ChatModel::Kind::Received,
                                          ChatModel::Kind::Status};
    StallProbe probe;
    QElapsedTimer clock;
    double first = -1;
    const auto found = QObject::connect(filter, &QAbstractItemModel::rowsInserted, filter, [&] {
        if (first < 0)
            first = clock.nsecsElapsed() / 1e6;
    });
    QEventLoop loop;
    const auto progress = QObject::connect(filter, &ChatFilterModel::progressChanged, &loop, [&] {
        if (!filter->isScanning())
            loop.quit();
    });
    probe.start();
    clock.start();
    filter->setFilter(c.pattern, c.syntax, kinds);
    if (filter->isScanning())
        loop.exec();
    const double total = clock.nsecsElapsed() / 1e6;
    const double stall = probe.stop();
    QObject::disconnect(found);
    QObject::disconnect(progress);
    report(c, "slices", first, total, stall, filter->rowCount());
    filter->setFilter(QString(), ChatFilterModel::Syntax::PlainText, kinds); // every row again
}

// The same match by a QSortFilterProxyModel shown in a view of its own (the window's kind).
void allAtOnce(ChatModel *model, QListView *view, const Case &c)
{
    AllAtOnce proxy;
    proxy.syntax = c.syntax;
    proxy.pattern = c.pattern;
    proxy.expression.setPattern(proxy.pattern);
    proxy.condition = Banter::FieldExpression::parse(proxy.pattern);
    StallProbe probe;
    QEventLoop loop;
    double blocked = 0;
    // In an event-loop turn of its own, so that the probe sees the time it takes.
    QTimer::singleShot(0, &proxy, [&] {
        QElapsedTimer clock;
        clock.start();
        proxy.setSourceModel(model);
        view->setModel(&proxy);
        blocked = clock.nsecsElapsed() / 1e6;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
    });
    probe.start();
    loop.exec();
    const double stall = probe.stop();
    report(c, "all-at-once", blocked, blocked, stall, proxy.rowCount());
    view->setModel(nullptr);
}

} // namespace

int main(int argc, char **argv)
{
    int rows = 1000000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--rows") == 0)
            rows = std::atoi(argv[++i]);
    }
    QApplication app(argc, argv);
    Banter::PluginRegistry registry; // no plugins: the window is not connected
    Banter::MainWindow window(&registry);
    window.show();
    ChatModel *model = window.model();
    model->setRetention({rows, qint64(4) * 1024 * 1024 * 1024});
    const char *types[] = {"trade", "quote", "book", "ping"};
    for (int i = 0; i < rows; ++i) {
        model->appendText(ChatModel::Kind::Received,
                          QStringLiteral("{\"type\":\"%1\",\"id\":%2,\"price\":%3.5,\"qty\":%4}")
                              .arg(QLatin1String(types[i % 4]))
                              .arg(i)
                              .arg(90 + i % 20)
                              .arg(i % 7));
    }
    model->flush();
    QCoreApplication::processEvents();

    const Case cases[] = {
        {"many-matches", ChatFilterModel::Syntax::Field,
         QStringLiteral("$.type == \"trade\" and $.price > 100")},
        {"last-row-only", ChatFilterModel::Syntax::Field,
         QStringLiteral("$.id == %1").arg(rows - 1)},
        {"text", ChatFilterModel::Syntax::PlainText, QStringLiteral("\"quote\"")},
        {"regex", ChatFilterModel::Syntax::RegularExpression, QStringLiteral("\"price\":1\\d\\d")},
    };
    // The same view and delegate as the window's log.
    Banter::ChatView other;
    other.setItemDelegate(new Banter::ChatDelegate(&other));
    other.show();
    for (const Case &c : cases) {
        incremental(&window, c);
        allAtOnce(model, &other, c);
    }
    return 0;
}
