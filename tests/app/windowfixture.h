// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <mainwindow.h>
#include <banter/pluginregistry.h>

#include <QModelIndex>
#include <QTest>
#include <QStringList>
#include <QUrl>
#include <QWidget>

#include <chrono>
#include <memory>

namespace Banter {
class ConnectDialog;
}

// What every widget test of the window needs: the real plugins of this build, a shown
// MainWindow, its widgets by object name, and the log as text lines ("> hello").
class WindowFixture
{
public:
    // Settings go to a test location (~/.qttest), and start empty. The window speaks English as
    // banter does in the C locale: with the plural forms of its English catalogs.
    static void useTestSettings();
    static void clearSettings();

    // A new, shown window over a registry that searches folders (the build's plugins when empty).
    void create(const QStringList &pluginFolders = QStringList());
    void destroy();

    Banter::MainWindow *window() const { return m_window.get(); }
    Banter::PluginRegistry *registry() const { return m_registry.get(); }
    QWidget *currentTab() const;

    // In the current tab first (its URL bar, log, message field), then in the whole window.
    template<class T> T *find(const char *objectName) const
    {
        if (T *inTab = currentTab()->template findChild<T *>(QLatin1String(objectName)))
            return inTab;
        return m_window->findChild<T *>(QLatin1String(objectName));
    }

    // The shown one of the window's dialogs named name, once it shows (a closed one may still
    // be there until deleted later); nullptr when none shows within 5 s.
    template<class T> T *shown(const char *name) const
    {
        T *found = nullptr;
        const bool appeared = QTest::qWaitFor([&] {
            for (T *dialog : m_window->findChildren<T *>(QLatin1String(name))) {
                if (dialog->isVisible())
                    found = dialog;
            }
            return found != nullptr;
        });
        return appeared ? found : nullptr;
    }

    // Clicks the connection bar's Options… button: its dialog once it shows, nullptr when none
    // shows within 5 s.
    Banter::ConnectDialog *openOptions() const;

    // Every row of the log, inserted or waiting to be, as "<prefix> <text>".
    QStringList lines() const;
    // The first row whose line is line, invalid when none is.
    QModelIndex rowOf(const QString &line) const;
    // The embedded echo server on a free port, and the window connected to it.
    QUrl startAndConnect();
    // The session's reconnect delays: short ones for tests that wait for a reconnect, an hour
    // for tests where only Reconnect Now may bring the connection back.
    void setReconnectDelay(std::chrono::milliseconds delay) const;
    // Types into the message field and presses Enter.
    void typeAndSend(const QString &text) const;
    QString messageText() const;

private:
    std::unique_ptr<Banter::PluginRegistry> m_registry;
    std::unique_ptr<Banter::MainWindow> m_window;
};
