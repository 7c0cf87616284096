// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-guiburst: runs the real Banter window (MainWindow of BanterGui, its ChatSession and the
// websocket plugin) against a peer that floods it with text messages (banter-loadgen flood), and
// measures (the peer: banter-loadgen flood, or with --url a sender already listening there, such as
// bench/node/flood-server.mjs):
//   - the time from the socket being open (the peer starts its burst at once) to the last
//     message being in the model and painted at the bottom of the view;
//   - the longest event-loop stall (the largest gap between two ticks of a 2 ms timer);
//   - peak RSS (VmHWM) and RSS before and after the burst;
//   - the process's voluntary context switches during the burst: how often it waited for more;
//   - the CPU time (user and system) the process spent during the burst.
// --naive runs the same burst against the naive way instead: the same QListView and delegate
// on a model that inserts one row per message, fed by a plain QWebSocket.
//
//   banter-guiburst [--count N] [--size B] [--naive] [--timeout SECONDS] [--url ws://...]
//
// Prints one line "result key=value ...". Runs offscreen unless QT_QPA_PLATFORM says otherwise.

#include <chatdelegate.h>
#include <chatmodel.h>
#include <chatsession.h>
#include <mainwindow.h>
#include <banter/pluginregistry.h>

#include <QAbstractListModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QProcess>
#include <QScrollBar>
#include <QTimer>
#include <QWebSocket>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "cputime.h"

namespace {

qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key(field);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Voluntary context switches of every thread of this process so far: how often it waited.
qint64 voluntarySwitches()
{
    qint64 total = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile status(tasks.filePath(task + QStringLiteral("/status")));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:"))
                total += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
    }
    return total;
}

// The naive way: one beginInsertRows()/endInsertRows() per message.
class NaiveModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_lines.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        switch (role) {
        case Qt::DisplayRole:
            return m_lines[size_t(index.row())];
        case Banter::ChatModel::KindRole:
            return QVariant::fromValue(Banter::ChatModel::Kind::Received);
        case Banter::ChatModel::DeliveryRole:
            return QVariant::fromValue(Banter::ChatModel::Delivery::None);
        case Banter::ChatModel::PrefixRole:
            return QStringLiteral("<");
        default:
            return {};
        }
    }
    void append(const QString &line)
    {
        const int row = int(m_lines.size());
        beginInsertRows(QModelIndex(), row, row);
        m_lines.push_back(line);
        endInsertRows();
    }

private:
    std::vector<QString> m_lines;
};

// Watches a view for the burst: its start in the model, its end painted at the bottom.
class BurstProbe : public QObject
{
public:
    BurstProbe(QListView *view, qint64 count) : m_view(view), m_count(count)
    {
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        view->viewport()->installEventFilter(this);
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(2);
        connect(&m_ticker, &QTimer::timeout, this, &BurstProbe::tick);
    }

    // The socket is open: the peer starts its burst now.
    void start()
    {
        m_rssBeforeKb = statusKb("VmRSS:");
        m_switchesBefore = voluntarySwitches();
        m_cpuBefore = processCpuSeconds();
        m_clock.start();
        m_startNs = m_clock.nsecsElapsed();
        m_lastTickNs = m_startNs;
        m_ticker.start();
    }

    bool isDone() const { return m_done; }
    // Rows of the burst inserted so far: counted as they come, since the log's retention may
    // drop the oldest while the burst goes on (1 MiB messages reach its 512 MiB first).
    qint64 rowsSeen() const { return m_inserted; }
    double seconds() const { return double(m_endNs - m_startNs) / 1e9; }
    qint64 elapsedNs() const { return m_clock.isValid() ? m_clock.nsecsElapsed() - m_startNs : 0; }
    double elapsedSeconds() const { return double(elapsedNs()) / 1e9; }
    double maxStallMs() const { return double(m_maxGapNs) / 1e6; }
    qint64 rssBeforeKb() const { return m_rssBeforeKb; }
    qint64 switches() const { return m_switches; }
    double cpu() const { return m_cpu; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_inserted >= m_count &&
            isLastRowShown()) {
            m_endNs = m_clock.nsecsElapsed();
            m_switches = voluntarySwitches() - m_switchesBefore;
            m_cpu = processCpuSeconds() - m_cpuBefore;
            m_done = true;
            m_ticker.stop();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void onRowsInserted(int first, int last)
    {
        // Only rows added at the end: the log's note of dropped rows goes to the top.
        if (last != m_view->model()->rowCount() - 1)
            return;
        if (m_inserted > 0) {
            m_inserted += last - first + 1;
            return;
        }
        // The first message received is the first of the burst (status lines come before it).
        const QAbstractItemModel *model = m_view->model();
        while (first <= last &&
               model->index(first, 0)
                       .data(Banter::ChatModel::KindRole)
                       .value<Banter::ChatModel::Kind>() != Banter::ChatModel::Kind::Received)
            ++first;
        m_inserted = last - first + 1;
    }

    bool isLastRowShown() const
    {
        const QAbstractItemModel *model = m_view->model();
        const QScrollBar *bar = m_view->verticalScrollBar();
        const QRect last = m_view->visualRect(model->index(model->rowCount() - 1, 0));
        return bar->value() == bar->maximum() && m_view->viewport()->rect().intersects(last);
    }

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_maxGapNs = qMax(m_maxGapNs, now - m_lastTickNs);
        m_lastTickNs = now;
    }

    QListView *m_view;
    qint64 m_count;
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_inserted = 0;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
    qint64 m_lastTickNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_rssBeforeKb = 0;
    qint64 m_switchesBefore = 0;
    qint64 m_switches = -1; // -1 until done
    double m_cpuBefore = 0;
    double m_cpu = -1; // -1 until done
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Messages to send."),
                                   QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Bytes per message."),
                                  QStringLiteral("bytes"), QStringLiteral("64"));
    const QCommandLineOption naive(QStringLiteral("naive"),
                                   QStringLiteral("Measure the one-row-per-message baseline."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Give up after this many seconds."),
                                     QStringLiteral("seconds"), QStringLiteral("120"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save the window as a PNG at the end."),
                                        QStringLiteral("file"));
    const QCommandLineOption senderUrl(
        QStringLiteral("url"), QStringLiteral("Connect to this sender instead of starting one."),
        QStringLiteral("url"));
    parser.addOptions({count, size, naive, timeout, screenshot, senderUrl});
    parser.process(app);
    const qint64 messages = parser.value(count).toLongLong();

    // The flooding peer: a separate process, so that its buffers are not in our RSS.
    QProcess peer;
    QUrl url(parser.value(senderUrl));
    if (!parser.isSet(senderUrl)) {
        peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        peer.start(QCoreApplication::applicationDirPath() + QStringLiteral("/banter-loadgen"),
                   {QStringLiteral("flood"), QStringLiteral("--count"), parser.value(count),
                    QStringLiteral("--size"), parser.value(size)});
        if (!peer.waitForReadyRead(10000)) {
            std::fprintf(stderr, "banter-guiburst: the flood peer did not start\n");
            return 1;
        }
        const QByteArray listening = peer.readLine().trimmed();
        url = QUrl(QStringLiteral("ws://127.0.0.1"));
        url.setPort(listening.split(' ').last().toInt());
    }

    Banter::PluginRegistry registry;
    std::unique_ptr<QWidget> window;
    std::unique_ptr<BurstProbe> probe;
    QListView *view = nullptr;
    NaiveModel naiveModel;
    QWebSocket socket;
    if (parser.isSet(naive)) {
        auto *naiveView = new QListView;
        naiveView->setModel(&naiveModel);
        naiveView->setItemDelegate(new Banter::ChatDelegate(naiveView));
        naiveView->setUniformItemSizes(true);
        naiveView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        naiveView->resize(640, 400);
        // The naive view can stall for minutes: the time limit is checked per message too.
        const qint64 limitNs = qint64(parser.value(timeout).toDouble() * 1e9);
        QObject::connect(&socket, &QWebSocket::textMessageReceived, naiveView,
                         [naiveView, &naiveModel, &probe, &socket, limitNs](const QString &text) {
                             if (probe->elapsedNs() > limitNs) {
                                 socket.abort();
                                 qApp->quit();
                                 return;
                             }
                             const QScrollBar *bar = naiveView->verticalScrollBar();
                             const bool atBottom = bar->value() == bar->maximum();
                             naiveModel.append(text);
                             if (atBottom)
                                 naiveView->scrollToBottom();
                         });
        window.reset(naiveView);
        view = naiveView;
        probe = std::make_unique<BurstProbe>(view, messages);
        QObject::connect(&socket, &QWebSocket::connected, probe.get(), &BurstProbe::start);
        socket.open(url);
    } else {
        registry.scan();
        auto *mainWindow = new Banter::MainWindow(&registry);
        // Every message of the burst is to stay in the log: the retention limit (1,000,000 rows
        // by default) would drop the oldest rows of a burst of a million and more.
        Banter::ChatModel::Retention keepAll = mainWindow->model()->retention();
        keepAll.maxRows = std::max<qsizetype>(keepAll.maxRows, messages + 1000);
        mainWindow->model()->setRetention(keepAll);
        window.reset(mainWindow);
        view = mainWindow->findChild<QListView *>(QStringLiteral("chatView"));
        probe = std::make_unique<BurstProbe>(view, messages);
        QObject::connect(mainWindow->session(), &Banter::ChatSession::stateChanged, probe.get(),
                         [&probe](Banter::Connection::State state) {
                             if (state == Banter::Connection::State::Open)
                                 probe->start();
                         });
        mainWindow->connectTo(url);
    }
    window->show();

    QTimer::singleShot(int(parser.value(timeout).toDouble() * 1000), &app, &QCoreApplication::quit);
    app.exec();

    if (parser.isSet(screenshot))
        window->grab().save(parser.value(screenshot));
    const qint64 rssAfterKb = statusKb("VmRSS:");
    const qint64 peakKb = statusKb("VmHWM:");
    const qint64 seen = probe->rowsSeen();
    const double seconds = probe->isDone() ? probe->seconds() : probe->elapsedSeconds();
    const double perMessage =
        seen > 0 ? double(rssAfterKb - probe->rssBeforeKb()) * 1024.0 / double(seen) : 0.0;
    std::printf("result done=%d messages=%lld seconds=%.3f msgs_per_s=%.0f max_stall_ms=%.1f "
                "peak_rss_mb=%.1f rss_before_mb=%.1f rss_after_mb=%.1f bytes_per_message=%.0f "
                "wakeups=%lld cpu_s=%.3f\n",
                probe->isDone() ? 1 : 0, seen, seconds, double(seen) / qMax(seconds, 1e-9),
                probe->maxStallMs(), double(peakKb) / 1024.0, double(probe->rssBeforeKb()) / 1024.0,
                double(rssAfterKb) / 1024.0, perMessage, probe->switches(), probe->cpu());
    std::fflush(stdout);
    peer.kill();
    peer.waitForFinished();
    // Leave without tearing down a million rows: the measurement is over.
    std::_Exit(probe->isDone() ? 0 : 1);
}
