// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionspanel.h"

#include "retranslator.h"

#include <connectionbook.h>

#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Banter {

ConnectionsPanel::ConnectionsPanel(ConnectionBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_filter(new QLineEdit)
    , m_list(new QListWidget)
    , m_openButton(new QPushButton)
    , m_saveButton(new QPushButton)
    , m_renameButton(new QPushButton)
    , m_duplicateButton(new QPushButton)
    , m_deleteButton(new QPushButton)
    , m_importButton(new QPushButton)
    , m_exportButton(new QPushButton)
{
    setObjectName(QStringLiteral("connectionsPanel"));
    m_filter->setObjectName(QStringLiteral("connectionsFilterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("connectionsList"));
    const std::pair<QPushButton *, const char *> names[] = {
        {m_openButton, "openConnectionButton"},
        {m_saveButton, "saveConnectionButton"},
        {m_renameButton, "renameConnectionButton"},
        {m_duplicateButton, "duplicateConnectionButton"},
        {m_deleteButton, "deleteConnectionButton"},
        {m_importButton, "importConnectionsButton"},
        {m_exportButton, "exportConnectionsButton"}};
    for (const auto &[button, name] : names)
        button->setObjectName(QLatin1String(name));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_openButton, 0, 0);
    buttons->addWidget(m_saveButton, 0, 1, 1, 2);
    buttons->addWidget(m_renameButton, 1, 0);
    buttons->addWidget(m_duplicateButton, 1, 1);
    buttons->addWidget(m_deleteButton, 1, 2);
    buttons->addWidget(m_importButton, 2, 0);
    buttons->addWidget(m_exportButton, 2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    auto *texts = new Retranslator(this, staticMetaObject.className());
    texts->setText(m_filter, "placeholderText", QT_TR_NOOP("Filter by name or URL"));
    texts->setText(m_filter, "accessibleName", QT_TR_NOOP("Filter the saved connections"));
    texts->setText(m_list, "accessibleName", QT_TR_NOOP("Saved connections"));
    texts->setText(m_openButton, "text", QT_TR_NOOP("&Open"));
    texts->setText(m_openButton, "accessibleName", QT_TR_NOOP("Open connection"));
    texts->setText(m_saveButton, "text", QT_TR_NOOP("Save &Current…"));
    texts->setText(m_saveButton, "accessibleName", QT_TR_NOOP("Save the current connection"));
    texts->setText(m_saveButton, "toolTip",
                   QT_TR_NOOP("Keep the URL and options of the URL bar under a name; passwords, "
                              "passphrases and credential headers are not kept"));
    texts->setText(m_renameButton, "text", QT_TR_NOOP("Re&name…"));
    texts->setText(m_renameButton, "accessibleName", QT_TR_NOOP("Rename connection"));
    texts->setText(m_duplicateButton, "text", QT_TR_NOOP("D&uplicate"));
    texts->setText(m_duplicateButton, "accessibleName", QT_TR_NOOP("Duplicate connection"));
    texts->setText(m_deleteButton, "text", QT_TR_NOOP("&Delete"));
    texts->setText(m_deleteButton, "accessibleName", QT_TR_NOOP("Delete connection"));
    texts->setText(m_importButton, "text", QT_TR_NOOP("&Import…"));
    texts->setText(m_importButton, "accessibleName", QT_TR_NOOP("Import connections"));
    texts->setText(m_exportButton, "text", QT_TR_NOOP("E&xport…"));
    texts->setText(m_exportButton, "accessibleName", QT_TR_NOOP("Export connections"));

    connect(m_book, &ConnectionBook::changed, this, &ConnectionsPanel::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, &ConnectionsPanel::refresh);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ConnectionsPanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (selectedIndex() >= 0)
            Q_EMIT openRequested(selectedIndex());
    });
    const auto withSelection = [this](void (ConnectionsPanel::*request)(int)) {
        return [this, request] {
            if (selectedIndex() >= 0)
                Q_EMIT(this->*request)(selectedIndex());
        };
    };
    connect(m_openButton, &QPushButton::clicked, this,
            withSelection(&ConnectionsPanel::openRequested));
    connect(m_renameButton, &QPushButton::clicked, this,
            withSelection(&ConnectionsPanel::renameRequested));
    connect(m_duplicateButton, &QPushButton::clicked, this,
            withSelection(&ConnectionsPanel::duplicateRequested));
    connect(m_deleteButton, &QPushButton::clicked, this,
            withSelection(&ConnectionsPanel::deleteRequested));
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionsPanel::saveCurrentRequested);
    connect(m_importButton, &QPushButton::clicked, this, &ConnectionsPanel::importRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &ConnectionsPanel::exportRequested);
    refresh();
}

int ConnectionsPanel::selectedIndex() const
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? -1 : m_shown.value(m_list->row(selected.first()), -1);
}

void ConnectionsPanel::select(int index)
{
    const int row = int(m_shown.indexOf(index));
    m_list->setCurrentRow(row);
}

void ConnectionsPanel::refresh()
{
    const int selected = selectedIndex();
    const QString filter = m_filter->text().trimmed();
    m_shown.clear();
    m_list->clear();
    for (int index = 0; index < m_book->size(); ++index) {
        const SavedConnection connection = m_book->at(index);
        const QString url = connection.url.toString();
        if (!filter.isEmpty() && !connection.name.contains(filter, Qt::CaseInsensitive) &&
            !url.contains(filter, Qt::CaseInsensitive))
            continue;
        m_shown.append(index);
        auto *item = new QListWidgetItem(connection.name, m_list);
        item->setToolTip(url);
        if (index == selected)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void ConnectionsPanel::updateButtons()
{
    const bool hasSelection = selectedIndex() >= 0;
    for (QPushButton *button : {m_openButton, m_renameButton, m_duplicateButton, m_deleteButton})
        button->setEnabled(hasSelection);
    m_exportButton->setEnabled(m_book->size() > 0);
}

} // namespace Banter
