// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <messagetemplate.h>

#include <QList>
#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QMainWindow;
QT_END_NAMESPACE

namespace Banter {

class PanelDock;
class ChatModel;
class ChatSession;
class RepeatBar;
class RepeatClock;
class ScheduledSend;
class SnippetBook;
class SnippetsPanel;

// Snippets in the window: the book (kept in banter.conf), the Snippets panel in a dock (View →
// Snippets), Ctrl+1 to Ctrl+9 for the first nine the connection has, and repeated sends with
// their bar above the message field. A snippet's variables are filled in from the message
// field's context, so {{counter}} counts on across both. What cannot be sent is said in the log.
class SnippetController : public QObject
{
    Q_OBJECT

public:
    SnippetController(MessageTemplate::Context *context, QMainWindow *window);
    // Where snippets go from now on: the current tab's session, log and repeat bar.
    void setTarget(ChatSession *session, ChatModel *model, RepeatBar *repeatBar);

    SnippetBook *book() const { return m_book; }
    SnippetsPanel *panel() const { return m_panel; }
    // The current tab's.
    RepeatBar *repeatBar() const;
    // View → Snippets.
    QAction *toggleAction() const;
    // Ctrl+1 to Ctrl+9, for the window to hold.
    QList<QAction *> shortcutActions() const { return m_shortcutActions; }

    void loadSettings();
    // Sends the book's snippet at index now; false, with a status line, when it cannot.
    bool send(int index);
    // Starts sending it every intervalMs, count times (0: until stopped), paced by clock (a
    // test's; a QTimer when none); the schedule, shown in the repeat bar, or nullptr when the
    // index is not one.
    ScheduledSend *repeat(int index, int intervalMs, int count, RepeatClock *clock = nullptr);

Q_SIGNALS:
    // A snippet used the context (its counter moved on).
    void contextUsed();

private:
    // Repeat… of the panel: asks how often, then repeat().
    void askRepeat(int index);
    void sendShortcut(int number);
    void save() const;

    QPointer<ChatSession> m_session;
    QPointer<ChatModel> m_model;
    MessageTemplate::Context *m_context;
    QMainWindow *m_window;
    SnippetBook *m_book;
    SnippetsPanel *m_panel;
    PanelDock *m_dock;
    QPointer<RepeatBar> m_repeatBar;
    QList<QAction *> m_shortcutActions;
    bool m_isLoaded = false;
};

} // namespace Banter
