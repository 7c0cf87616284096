// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later

// banter-startup: the time from process start to the first painted Banter window with the
// plugins loaded and the socket open, measured the way a user starts Banter without arguments:
// the embedded echo server on a local port and the window connected to it.
//
//   banter-startup [--runs N] [--port P]   (port 0, the default, picks a free one)
//
// The parent notes the time, then forks and executes itself with --child; the child runs the
// startup of app/gui/main.cpp (QApplication, plugin scan, MainWindow, embedded server, show,
// connect) and reports when the window has painted and the socket is open. Both read the same
// monotonic clock. Prints each run and "result median_ms=... min_ms=... max_ms=...".

#include <chatsession.h>
#include <mainwindow.h>
#include <banter/pluginregistry.h>
#include <serverhost.h>

#include <QApplication>
#include <QTimer>

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Notes the first paint of the window and the socket being open; reports when both happened.
class StartupProbe : public QObject
{
public:
    StartupProbe(Banter::MainWindow *window, qint64 startNs) : m_startNs(startNs)
    {
        window->installEventFilter(this);
        connect(window->session(), &Banter::ChatSession::stateChanged, this,
                [this](Banter::Connection::State state) {
                    if (state == Banter::Connection::State::Open && !m_openNs)
                        m_openNs = nowNs();
                    report();
                });
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_paintNs) {
            m_paintNs = nowNs();
            QTimer::singleShot(0, this, [this] { report(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        if (!m_paintNs || !m_openNs || m_reported)
            return;
        m_reported = true;
        std::printf("run total_ms=%.1f paint_ms=%.1f open_ms=%.1f\n",
                    double(std::max(m_paintNs, m_openNs) - m_startNs) / 1e6,
                    double(m_paintNs - m_startNs) / 1e6, double(m_openNs - m_startNs) / 1e6);
        std::fflush(stdout);
        std::_Exit(0);
    }

    qint64 m_startNs;
    qint64 m_paintNs = 0;
    qint64 m_openNs = 0;
    bool m_reported = false;
};

int runChild(int argc, char *argv[], qint64 startNs, int port)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Banter::PluginRegistry registry;
    registry.scan();
    Banter::MainWindow window(&registry);
    StartupProbe probe(&window, startNs);
    // Port 0: the embedded server picks a free port, and the window connects to that.
    QUrl url(QStringLiteral("ws://localhost"));
    url.setPort(port);
    window.startEmbeddedServer(url);
    if (window.server()->isRunning())
        url.setPort(window.server()->url().port());
    window.show();
    window.connectTo(url);
    QTimer::singleShot(10000, &app, [] {
        std::fprintf(stderr, "banter-startup: no painted window with an open socket in 10 s\n");
        std::_Exit(1);
    });
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    int runs = 10;
    int port = 0;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--child") == 0)
            return runChild(argc, argv, std::atoll(argv[i + 1]), std::atoi(argv[i + 2]));
        if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--port") == 0)
            port = std::atoi(argv[i + 1]);
    }
    std::vector<double> totals;
    int failures = 0;
    for (int run = 0; run < runs; ++run) {
        int fds[2];
        if (pipe(fds) != 0)
            return 1;
        const qint64 startNs = nowNs();
        const pid_t child = fork();
        if (child == 0) {
            dup2(fds[1], STDOUT_FILENO);
            close(fds[0]);
            const std::string start = std::to_string(startNs);
            const std::string childPort = std::to_string(port ? port + run : 0);
            execl("/proc/self/exe", argv[0], "--child", start.c_str(), childPort.c_str(),
                  static_cast<char *>(nullptr));
            std::_Exit(127);
        }
        close(fds[1]);
        std::string output;
        char buffer[512];
        for (ssize_t n; (n = read(fds[0], buffer, sizeof buffer)) > 0;)
            output.append(buffer, size_t(n));
        close(fds[0]);
        int status = 0;
        waitpid(child, &status, 0);
        std::fputs(output.c_str(), stdout);
        const size_t at = output.find("total_ms=");
        if (at == std::string::npos || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            ++failures;
            continue;
        }
        totals.push_back(std::atof(output.c_str() + at + 9));
    }
    if (totals.empty())
        return 1;
    std::sort(totals.begin(), totals.end());
    std::printf("result median_ms=%.1f min_ms=%.1f max_ms=%.1f runs=%zu failed=%d\n",
                totals[totals.size() / 2], totals.front(), totals.back(), totals.size(), failures);
    return 0;
}
