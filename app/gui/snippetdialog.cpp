// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetdialog.h"

#include "colorscheme.h"

#include <snippetbook.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Banter {

SnippetDialog::SnippetDialog(SnippetBook *book, int index, const QString &connectionKey,
                             QWidget *parent)
    : QDialog(parent)
    , m_book(book)
    , m_index(index >= 0 && index < book->size() ? index : -1)
    , m_connectionKey(connectionKey)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_scope(new QComboBox)
    , m_message(new QPlainTextEdit)
    , m_problemLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("snippetDialog"));
    setWindowTitle(m_index < 0 ? tr("New Snippet") : tr("Edit Snippet"));
    const Snippet current = m_book->at(m_index);

    m_name->setObjectName(QStringLiteral("snippetNameEdit"));
    m_name->setText(current.name);
    m_kind->setObjectName(QStringLiteral("snippetKindCombo"));
    m_kind->addItem(tr("Text, with {{variables}}"), int(Snippet::Kind::Text));
    m_kind->addItem(tr("Binary, bytes in hex"), int(Snippet::Kind::Binary));
    m_kind->setCurrentIndex(current.kind == Snippet::Kind::Binary ? 1 : 0);
    m_scope->setObjectName(QStringLiteral("snippetScopeCombo"));
    m_scope->addItem(tr("Every connection"), QString());
    // A snippet of another connection keeps it; a new one may be for the current connection.
    const QString own = m_index >= 0 ? current.connection : m_connectionKey;
    if (!own.isEmpty())
        m_scope->addItem(tr("Only %1").arg(own), own);
    if (!current.connection.isEmpty())
        m_scope->setCurrentIndex(1);
    m_scope->setEnabled(m_scope->count() > 1);
    m_message->setObjectName(QStringLiteral("snippetMessageEdit"));
    m_message->setPlainText(current.body);
    m_message->setTabChangesFocus(true);
    m_problemLabel->setObjectName(QStringLiteral("snippetProblemLabel"));
    m_problemLabel->setWordWrap(true);
    ColorScheme::markAsWarning(m_problemLabel);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Sends:"), m_kind);
    form->addRow(tr("&For:"), m_scope);
    form->addRow(tr("&Message:"), m_message);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &SnippetDialog::validate);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SnippetDialog::validate);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SnippetDialog::validate);
    connect(m_message, &QPlainTextEdit::textChanged, this, &SnippetDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SnippetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 64, fontMetrics().lineSpacing() * 16);
    validate();
}

Snippet SnippetDialog::snippet() const
{
    Snippet snippet;
    snippet.name = m_name->text().trimmed();
    snippet.kind = Snippet::Kind(m_kind->currentData().toInt());
    snippet.body = m_message->toPlainText();
    snippet.connection = m_scope->currentData().toString();
    return snippet;
}

void SnippetDialog::validate()
{
    m_problem = m_book->problem(snippet(), m_index);
    m_problemLabel->setText(m_problem);
    m_problemLabel->setHidden(m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

void SnippetDialog::accept()
{
    validate();
    if (!m_problem.isEmpty())
        return;
    QString error;
    const bool kept =
        m_index < 0 ? m_book->add(snippet(), &error) : m_book->replace(m_index, snippet(), &error);
    if (!kept) {
        m_problemLabel->setText(error);
        m_problemLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace Banter
