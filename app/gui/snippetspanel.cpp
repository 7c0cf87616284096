// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetspanel.h"

#include "confirmation.h"
#include "retranslator.h"
#include "snippetdialog.h"

#include <snippetbook.h>

#include <QGridLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Banter {

namespace {

enum Column { NameColumn, MessageColumn, KeyColumn, ColumnCount };

// One line of at most a few dozen characters, for the list.
QString oneLine(QString text)
{
    constexpr int shown = 60;
    text.replace(QLatin1Char('\n'), QChar(0x21b5)); // ↵
    return text.size() > shown ? text.left(shown) + QChar(0x2026) : text;
}

} // namespace

SnippetsPanel::SnippetsPanel(SnippetBook *book, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_list(new QTreeWidget)
    , m_sendButton(new QPushButton)
    , m_repeatButton(new QPushButton)
    , m_newButton(new QPushButton)
    , m_editButton(new QPushButton)
    , m_deleteButton(new QPushButton)
{
    setObjectName(QStringLiteral("snippetsPanel"));
    m_list->setObjectName(QStringLiteral("snippetList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_sendButton->setObjectName(QStringLiteral("sendSnippetButton"));
    m_repeatButton->setObjectName(QStringLiteral("repeatSnippetButton"));
    m_newButton->setObjectName(QStringLiteral("newSnippetButton"));
    m_editButton->setObjectName(QStringLiteral("editSnippetButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteSnippetButton"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_sendButton, 0, 0);
    buttons->addWidget(m_repeatButton, 0, 1);
    buttons->addWidget(m_newButton, 1, 0);
    buttons->addWidget(m_editButton, 1, 1);
    buttons->addWidget(m_deleteButton, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    auto *texts = new Retranslator(this, staticMetaObject.className());
    texts->setText(m_list, "accessibleName", QT_TR_NOOP("Snippets"));
    texts->setText(m_sendButton, "text", QT_TR_NOOP("&Send"));
    texts->setText(m_sendButton, "toolTip", QT_TR_NOOP("Send the selected snippet"));
    texts->setText(m_repeatButton, "text", QT_TR_NOOP("&Repeat…"));
    texts->setText(m_repeatButton, "toolTip",
                   QT_TR_NOOP("Send the selected snippet every so often"));
    texts->setText(m_newButton, "text", QT_TR_NOOP("&New…"));
    texts->setText(m_editButton, "text", QT_TR_NOOP("&Edit…"));
    texts->setText(m_deleteButton, "text", QT_TR_NOOP("&Delete"));
    texts->setText(m_sendButton, "accessibleName", QT_TR_NOOP("Send snippet"));
    texts->setText(m_repeatButton, "accessibleName", QT_TR_NOOP("Repeat snippet"));
    texts->setText(m_newButton, "accessibleName", QT_TR_NOOP("New snippet"));
    texts->setText(m_editButton, "accessibleName", QT_TR_NOOP("Edit snippet"));
    texts->setText(m_deleteButton, "accessibleName", QT_TR_NOOP("Delete snippet"));
    texts->call([this] {
        m_list->setHeaderLabels({tr("Name"), tr("Message"), tr("Key")});
        retranslateRows();
    });

    connect(m_book, &SnippetBook::changed, this, &SnippetsPanel::refresh);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SnippetsPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (selectedIndex() >= 0)
            Q_EMIT sendRequested(selectedIndex());
    });
    connect(m_sendButton, &QPushButton::clicked, this,
            [this] { Q_EMIT sendRequested(selectedIndex()); });
    connect(m_repeatButton, &QPushButton::clicked, this,
            [this] { Q_EMIT repeatRequested(selectedIndex()); });
    connect(m_newButton, &QPushButton::clicked, this, &SnippetsPanel::newSnippet);
    connect(m_editButton, &QPushButton::clicked, this, &SnippetsPanel::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &SnippetsPanel::deleteSelected);
    refresh();
}

void SnippetsPanel::setConnectionKey(const QString &key)
{
    if (key == m_connectionKey)
        return;
    m_connectionKey = key;
    refresh();
}

int SnippetsPanel::indexAt(int row) const
{
    return m_shown.value(row, -1);
}

int SnippetsPanel::selectedIndex() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? -1 : indexAt(m_list->indexOfTopLevelItem(selected.first()));
}

void SnippetsPanel::newSnippet()
{
    auto *dialog = new SnippetDialog(m_book, -1, m_connectionKey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SnippetsPanel::editSelected()
{
    if (selectedIndex() < 0)
        return;
    auto *dialog = new SnippetDialog(m_book, selectedIndex(), m_connectionKey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SnippetsPanel::deleteSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const Snippet snippet = m_book->at(index);
    confirmDeletion(this, "deleteSnippetQuestion", tr("Delete Snippet"),
                    tr("Delete the snippet “%1”?").arg(snippet.name), [this, index, snippet] {
                        if (m_book->at(index) == snippet) // unless the book changed meanwhile
                            m_book->remove(index);
                    });
}

void SnippetsPanel::refresh()
{
    const int selected = selectedIndex();
    m_shown = m_book->indexesFor(m_connectionKey);
    m_list->clear();
    for (int index : std::as_const(m_shown)) {
        const Snippet snippet = m_book->at(index);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, snippet.name);
        item->setText(MessageColumn, oneLine(snippet.body));
        item->setToolTip(MessageColumn, snippet.body.left(4096));
        if (index == selected)
            m_list->setCurrentItem(item); // what was selected stays so
    }
    retranslateRows();
    m_list->resizeColumnToContents(NameColumn);
    m_list->resizeColumnToContents(KeyColumn);
    updateButtons();
}

void SnippetsPanel::retranslateRows()
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const Snippet snippet = m_book->at(indexAt(row));
        const QString kind = snippet.kind == Snippet::Kind::Binary ? tr("binary") : tr("text");
        const QString scope = snippet.isForEveryConnection()
                                  ? tr("every connection")
                                  : tr("only %1").arg(snippet.connection);
        item->setToolTip(NameColumn, tr("%1, for %2").arg(kind, scope));
        item->setText(KeyColumn, row < shortcutCount
                                     ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row))
                                           .toString(QKeySequence::NativeText)
                                     : QString());
    }
}

void SnippetsPanel::updateButtons()
{
    const bool hasSelection = selectedIndex() >= 0;
    for (QPushButton *button : {m_sendButton, m_repeatButton, m_editButton, m_deleteButton})
        button->setEnabled(hasSelection);
}

} // namespace Banter
