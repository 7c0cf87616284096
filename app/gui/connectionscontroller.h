// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <savedconnection.h>

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QMainWindow;
QT_END_NAMESPACE

namespace Banter {

class PanelDock;
class ConnectionBar;
struct ConnectionSecrets;
class SecretStore;
class ConnectionBook;
class ConnectionsPanel;

// Saved connections in the window: the book (banter.conf [connections], no secrets), the
// Connections panel in a dock (View → Connections), saving what the URL bar holds, renaming,
// duplicating, deleting (asked first), and export and import as a JSON file. Opening one is the
// window's (openRequested()). The secrets SavedConnection leaves out (ConnectionSecrets) go to
// the desktop's keyring (SecretStore), under "connection/NAME", and follow renames, duplicates
// and deletes; when no keyring keeps them, the user is asked whether to keep them for this
// session only. What goes wrong is said in words, what was kept where in the status bar.
class ConnectionsController : public QObject
{
    Q_OBJECT

public:
    ConnectionsController(ConnectionBar *bar, QMainWindow *window);
    // The URL bar whose connection Save Current… saves (the current tab's).
    void setBar(ConnectionBar *bar) { m_bar = bar; }

    ConnectionBook *book() const { return m_book; }
    // nullptr: secrets are not kept at all, only named in the status bar.
    void setSecretStore(SecretStore *store) { m_secrets = store; }
    SecretStore *secretStore() const { return m_secrets; }
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
    // With its secrets, once read from the keyring.
    void openRequested(const Banter::SavedConnection &connection,
                       const Banter::ConnectionSecrets &secrets);

private:
    // The dialogs in front of the above.
    void askName(int index);
    void askDelete(int index);
    void chooseImport();
    void chooseExport();
    void showProblem(const QString &title, const QString &text);
    void save() const;
    void open(int index);
    // After a keyring refused them: asks whether to keep them until Banter quits.
    void askSessionOnly(const QString &name, const ConnectionSecrets &secrets,
                        const QString &error);
    // What is kept under from goes under to as well; and is gone from from, when moving.
    void copySecrets(const QString &from, const QString &to, bool isMove);
    static QString secretKey(const QString &name);

    ConnectionBar *m_bar;
    QMainWindow *m_window;
    ConnectionBook *m_book;
    ConnectionsPanel *m_panel;
    PanelDock *m_dock;
    SecretStore *m_secrets;
    bool m_isLoaded = false;
};

} // namespace Banter
