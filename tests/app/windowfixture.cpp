// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"
#include "chatlines.h"

#include <connectdialog.h>
#include <connectiontab.h>

#include <chatmodel.h>
#include <chatsession.h>
#include <banter/localization.h>
#include <languagemenu.h>
#include <serverhost.h>

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Banter;

void WindowFixture::useTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BanterTest"));
    clearSettings();
    Localization::install(QLocale(QLocale::English), LanguageMenu::catalogs());
}

void WindowFixture::clearSettings()
{
    QSettings().clear();
}

void WindowFixture::create(const QStringList &pluginFolders)
{
    m_window.reset();
    m_registry = std::make_unique<PluginRegistry>();
    m_registry->setSearchPaths(pluginFolders.isEmpty()
                                   ? QStringList{QStringLiteral(BANTER_TEST_PLUGIN_DIR)}
                                   : pluginFolders);
    m_registry->scan();
    m_window = std::make_unique<MainWindow>(m_registry.get());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        qWarning("the window was not exposed");
}

void WindowFixture::destroy()
{
    m_window.reset();
    m_registry.reset();
}

ConnectDialog *WindowFixture::openOptions() const
{
    QTest::mouseClick(find<QPushButton>("optionsButton"), Qt::LeftButton);
    return shown<ConnectDialog>("connectDialog");
}

QStringList WindowFixture::lines() const
{
    return chatLines(*m_window->model());
}

QModelIndex WindowFixture::rowOf(const QString &line) const
{
    const int row = int(lines().indexOf(line));
    return row < 0 ? QModelIndex() : m_window->model()->index(row);
}

QUrl WindowFixture::startAndConnect()
{
    m_window->startEmbeddedServer(QUrl(QStringLiteral("ws://localhost:0")));
    const QUrl url = m_window->server()->url();
    m_window->connectTo(url);
    return url;
}

void WindowFixture::setReconnectDelay(std::chrono::milliseconds delay) const
{
    ChatSession::Settings settings = m_window->session()->settings();
    settings.reconnect.initial = delay;
    settings.reconnect.maximum = delay * 5;
    m_window->session()->setSettings(settings);
}

void WindowFixture::typeAndSend(const QString &text) const
{
    auto *edit = find<QPlainTextEdit>("messageEdit");
    edit->setFocus();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QString WindowFixture::messageText() const
{
    return find<QPlainTextEdit>("messageEdit")->toPlainText();
}

QWidget *WindowFixture::currentTab() const
{
    return m_window->currentTab();
}
