// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composebar.h"

#include "colorscheme.h"
#include "hextext.h"
#include "messageedit.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Banter {

ComposeBar::ComposeBar(QWidget *parent)
    : QWidget(parent)
    , m_editor(new MessageEdit)
    , m_hexButton(new QToolButton)
    , m_sendButton(new QPushButton(tr("&Send")))
    , m_fileButton(new QPushButton(tr("F&ile…")))
    , m_errorLabel(new QLabel)
{
    setObjectName(QStringLiteral("composeBar"));
    m_editor->setObjectName(QStringLiteral("messageEdit"));
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setAccessibleDescription(
        tr("Enter sends, Shift+Enter starts a new line, Up and Down recall sent messages"));

    m_hexButton->setObjectName(QStringLiteral("hexModeButton"));
    m_hexButton->setText(tr("He&x"));
    m_hexButton->setCheckable(true);
    m_hexButton->setAccessibleName(tr("Hex input"));
    m_hexButton->setToolTip(tr("Type bytes in hexadecimal, such as 00 01 ff, and send them as "
                               "one binary message"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setAccessibleName(tr("Send"));
    m_sendButton->setAutoDefault(false);
    m_fileButton->setObjectName(QStringLiteral("sendFileButton"));
    m_fileButton->setAccessibleName(tr("Send a file"));
    m_fileButton->setToolTip(tr("Send a file as one binary message"));
    m_fileButton->setAutoDefault(false);

    m_errorLabel->setObjectName(QStringLiteral("composeErrorLabel"));
    m_errorLabel->setAccessibleName(tr("Why the message was not sent"));
    m_errorLabel->setWordWrap(true);
    ColorScheme::markAsWarning(m_errorLabel);
    m_errorLabel->hide();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_editor, 0, 0);
    layout->addWidget(m_hexButton, 0, 1, Qt::AlignTop);
    layout->addWidget(m_sendButton, 0, 2, Qt::AlignTop);
    layout->addWidget(m_fileButton, 0, 3, Qt::AlignTop);
    layout->addWidget(m_errorLabel, 1, 0, 1, 4);
    layout->setColumnStretch(0, 1);

    connect(m_editor, &MessageEdit::submitted, this, &ComposeBar::submit);
    connect(m_sendButton, &QPushButton::clicked, this, &ComposeBar::submit);
    connect(m_fileButton, &QPushButton::clicked, this, &ComposeBar::sendFileRequested);
    connect(m_hexButton, &QToolButton::toggled, this, [this] {
        showError(QString());
        updatePlaceholder();
    });
    connect(m_editor, &MessageEdit::textChanged, this, [this] {
        if (!m_errorLabel->isHidden())
            showError(QString());
    });
    updatePlaceholder();
}

ComposeBar::Mode ComposeBar::mode() const
{
    return m_hexButton->isChecked() ? Mode::Hex : Mode::Text;
}

void ComposeBar::setMode(Mode mode)
{
    m_hexButton->setChecked(mode == Mode::Hex);
}

QString ComposeBar::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void ComposeBar::accept()
{
    m_editor->remember(m_editor->text());
    m_editor->clear();
}

void ComposeBar::submit()
{
    const QString text = m_editor->text();
    if (text.isEmpty())
        return;
    if (mode() == Mode::Text) {
        Q_EMIT textSubmitted(text);
        return;
    }
    QString error;
    const std::optional<QByteArray> bytes = HexText::parse(text, &error);
    if (!bytes) {
        showError(tr("Not sent: %1.").arg(error));
        return;
    }
    Q_EMIT binarySubmitted(*bytes);
}

void ComposeBar::showError(const QString &error)
{
    m_errorLabel->setText(error);
    m_errorLabel->setHidden(error.isEmpty());
}

void ComposeBar::updatePlaceholder()
{
    m_editor->setPlaceholderText(mode() == Mode::Hex
                                     ? tr("Bytes in hex, such as 00 01 ff; Enter sends them")
                                     : tr("Type a message and press Enter"));
    // Qt 6.4 repaints a placeholder only when it appears or disappears, not when it changes.
    m_editor->viewport()->update();
}

} // namespace Banter
