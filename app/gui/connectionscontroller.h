// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <savedconnection.h>

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QMainWindow;
QT_END_NAMESPACE

namespace Banter {

class ConnectionBar;
class ConnectionBook;
class ConnectionsPanel;

// Saved connections in the window: the book (banter.conf [connections], no secrets), the
// Connections panel in a dock (View → Connections), saving what the URL bar holds, renaming,
// duplicating, deleting (asked first), and export and import as a JSON file. Opening one is the
// window's (openRequested()). What goes wrong is said in words; what was not saved (secrets) is
// said in the status bar.
class ConnectionsController : public QObject
{
    Q_OBJECT

public:
    ConnectionsController(ConnectionBar *bar, QMainWindow *window);
    // The URL bar whose connection Save Current… saves (the current tab's).
    void setBar(ConnectionBar *bar) { m_bar = bar; }

    ConnectionBook *book() const { return m_book; }
    ConnectionsPanel *panel() const { return m_panel; }
    QAction *toggleAction() const;

    void loadSettings();
    // Saves what the URL bar holds (URL, options, login user) under name; false, with *error in
    // words, when it cannot. The status bar says what was left out.
    bool saveCurrent(const QString &name, QString *error);
    // Adds the connections of an export file; how many, or -1 with *error in words.
    int importFile(const QString &path, QString *error);
    // Writes every connection into path; false, with *error in words, when it cannot.
    bool exportFile(const QString &path, QString *error) const;

Q_SIGNALS:
    void openRequested(const Banter::SavedConnection &connection);

private:
    // The dialogs in front of the above.
    void askName(int index);
    void askDelete(int index);
    void chooseImport();
    void chooseExport();
    void showProblem(const QString &title, const QString &text);
    void save() const;

    ConnectionBar *m_bar;
    QMainWindow *m_window;
    ConnectionBook *m_book;
    ConnectionsPanel *m_panel;
    QDockWidget *m_dock;
    bool m_isLoaded = false;
};

} // namespace Banter
