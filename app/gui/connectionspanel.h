// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace Banter {

class ConnectionBook;

// View → Connections: the saved connections, filtered by what is typed above them (in the name
// or the URL). Open (or a double click, or Enter) asks the window to connect to the selected
// one; the other buttons ask for what they say. The panel only shows and asks:
// ConnectionsController does the work.
class ConnectionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionsPanel(ConnectionBook *book, QWidget *parent = nullptr);

    // The book index of the selected connection, -1 for none.
    int selectedIndex() const;
    void select(int index);
    // The book indexes shown, row by row.
    QList<int> shownIndexes() const { return m_shown; }

Q_SIGNALS:
    void openRequested(int index);
    void saveCurrentRequested();
    void renameRequested(int index);
    void duplicateRequested(int index);
    void deleteRequested(int index);
    void importRequested();
    void exportRequested();

private:
    void refresh();
    void updateButtons();

    ConnectionBook *m_book;
    QList<int> m_shown;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QPushButton *m_openButton;
    QPushButton *m_saveButton;
    QPushButton *m_renameButton;
    QPushButton *m_duplicateButton;
    QPushButton *m_deleteButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
};

} // namespace Banter
