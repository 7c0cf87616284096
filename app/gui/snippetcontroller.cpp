// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetcontroller.h"

#include "repeatbar.h"
#include "repeatdialog.h"
#include "paneldock.h"
#include "retranslator.h"
#include "snippetspanel.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <repeatclock.h>
#include <scheduledsend.h>
#include <snippetbook.h>

#include <QAction>
#include <QDockWidget>
#include <QLocale>
#include <QMainWindow>
#include <QSettings>
#include <QStatusBar>

namespace Banter {

SnippetController::SnippetController(MessageTemplate::Context *context, QMainWindow *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_book(new SnippetBook(this))
    , m_panel(new SnippetsPanel(m_book))
    , m_dock(new PanelDock(m_panel, QStringLiteral("snippetsDock"),
                           {staticMetaObject.className(), QT_TR_NOOP("Snippets"),
                            QT_TR_NOOP("&Snippets"),
                            QT_TR_NOOP("Messages kept for sending again (Ctrl+1 to Ctrl+9)")},
                           Qt::RightDockWidgetArea, window))
{
    for (int number = 1; number <= SnippetsPanel::shortcutCount; ++number) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("sendSnippet%1Action").arg(number));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, number] { sendShortcut(number); });
        m_shortcutActions.append(action);
    }

    auto *texts = new Retranslator(m_dock, staticMetaObject.className());
    texts->call([this] {
        for (int i = 0; i < m_shortcutActions.size(); ++i)
            m_shortcutActions.at(i)->setText(tr("Send Snippet %1").arg(i + 1));
    });

    connect(m_panel, &SnippetsPanel::sendRequested, this, &SnippetController::send);
    connect(m_panel, &SnippetsPanel::repeatRequested, this, &SnippetController::askRepeat);
    connect(m_book, &SnippetBook::changed, this, &SnippetController::save);
}

void SnippetController::setTarget(ChatSession *session, ChatModel *model, RepeatBar *repeatBar)
{
    if (m_session)
        disconnect(m_session, &ChatSession::urlChanged, this, nullptr);
    m_session = session;
    m_model = model;
    m_repeatBar = repeatBar;
    connect(session, &ChatSession::urlChanged, this,
            [this](const QUrl &url) { m_panel->setConnectionKey(Snippet::connectionKey(url)); });
    m_panel->setConnectionKey(Snippet::connectionKey(session->url()));
}

RepeatBar *SnippetController::repeatBar() const
{
    return m_repeatBar;
}

QAction *SnippetController::toggleAction() const
{
    return m_dock->toggleViewAction();
}

void SnippetController::loadSettings()
{
    QSettings settings;
    m_book->load(settings);
    m_isLoaded = true;
}

void SnippetController::save() const
{
    // Not before the settings were read: a window that never read them has nothing to keep.
    if (!m_isLoaded)
        return;
    QSettings settings;
    m_book->save(settings);
}

bool SnippetController::send(int index)
{
    if (index < 0 || index >= m_book->size() || !m_session)
        return false;
    const Snippet snippet = m_book->at(index);
    QString error;
    const std::optional<Snippet::Message> message = snippet.message(m_context, &error);
    Q_EMIT contextUsed();
    if (!message) {
        m_model->appendStatus(tr("snippet “%1” not sent: %2").arg(snippet.name, error));
        return false;
    }
    return message->kind == Snippet::Kind::Binary ? m_session->sendBinary(message->bytes)
                                                  : m_session->sendText(message->text);
}

ScheduledSend *SnippetController::repeat(int index, int intervalMs, int count, RepeatClock *clock)
{
    if (index < 0 || index >= m_book->size() || !m_session)
        return nullptr;
    auto *schedule = new ScheduledSend(m_book->at(index), intervalMs, count, m_session, m_context);
    if (clock)
        schedule->setClock(clock);
    const QString name = schedule->snippet().name;
    const QString every = QLocale().toString(schedule->intervalMs());
    m_model->appendStatus(
        schedule->count() > 0
            ? tr("repeating “%1” every %2 ms, %n time(s)", nullptr, schedule->count())
                  .arg(name, every)
            : tr("repeating “%1” every %2 ms until stopped").arg(name, every));
    // Its tab's log, whichever tab is current when it ends.
    connect(schedule, &ScheduledSend::finished, m_model,
            [model = m_model.data(), name](const QString &reason) {
                model->appendStatus(tr("repeating “%1”: %2").arg(name, reason));
            });
    connect(schedule, &ScheduledSend::progressed, this, &SnippetController::contextUsed);
    m_repeatBar->add(schedule);
    schedule->start();
    return schedule;
}

void SnippetController::askRepeat(int index)
{
    if (index < 0 || index >= m_book->size())
        return;
    auto *dialog = new RepeatDialog(m_book->at(index).name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Snippet snippet = m_book->at(index);
    connect(dialog, &QDialog::accepted, this, [this, dialog, index, snippet] {
        if (m_book->at(index) == snippet) // unless the book changed meanwhile
            repeat(index, dialog->intervalMs(), dialog->count());
    });
    dialog->open();
}

void SnippetController::sendShortcut(int number)
{
    const int index = m_panel->indexAt(number - 1);
    if (index < 0) {
        const QKeySequence key(Qt::CTRL | Qt::Key(Qt::Key_0 + number));
        m_window->statusBar()->showMessage(
            tr("No snippet on %1: View → Snippets keeps messages for sending again.")
                .arg(key.toString(QKeySequence::NativeText)),
            5000);
        return;
    }
    send(index);
}

} // namespace Banter
