// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composebar.h"

#include "colorscheme.h"
#include "hextext.h"
#include "messageedit.h"
#include "retranslator.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Banter {

ComposeBar::ComposeBar(QWidget *parent)
    : QWidget(parent)
    , m_editor(new MessageEdit)
    , m_hexButton(new QToolButton)
    , m_sendButton(new QPushButton)
    , m_fileButton(new QPushButton)
    , m_errorLabel(new QLabel)
{
    auto *texts = new Retranslator(this, staticMetaObject.className());
    setObjectName(QStringLiteral("composeBar"));
    m_editor->setObjectName(QStringLiteral("messageEdit"));
    texts->setText(m_editor, "accessibleName", QT_TR_NOOP("Message"));
    texts->setText(
        m_editor, "accessibleDescription",
        QT_TR_NOOP("Enter sends, Shift+Enter starts a new line, Up and Down recall sent messages"));

    m_hexButton->setObjectName(QStringLiteral("hexModeButton"));
    texts->setText(m_hexButton, "text", QT_TR_NOOP("He&x"));
    m_hexButton->setCheckable(true);
    texts->setText(m_hexButton, "accessibleName", QT_TR_NOOP("Hex input"));
    texts->setText(m_hexButton, "toolTip",
                   QT_TR_NOOP("Type bytes in hexadecimal, such as 00 01 ff, and send them as "
                              "one binary message"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    texts->setText(m_sendButton, "text", QT_TR_NOOP("&Send"));
    texts->setText(m_sendButton, "accessibleName", QT_TR_NOOP("Send"));
    m_sendButton->setAutoDefault(false);
    m_fileButton->setObjectName(QStringLiteral("sendFileButton"));
    texts->setText(m_fileButton, "text", QT_TR_NOOP("F&ile…"));
    texts->setText(m_fileButton, "accessibleName", QT_TR_NOOP("Send a file"));
    texts->setText(m_fileButton, "toolTip", QT_TR_NOOP("Send a file as one binary message"));
    m_fileButton->setAutoDefault(false);

    m_errorLabel->setObjectName(QStringLiteral("composeErrorLabel"));
    texts->setText(m_errorLabel, "accessibleName", QT_TR_NOOP("Why the message was not sent"));
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
    texts->call([this] {
        updatePlaceholder();
        // The error is the one of the text as it is (typing clears it): said again in words of
        // the language in force.
        if (!m_errorLabel->isHidden())
            showError(hexError());
    });
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
    const std::optional<QByteArray> bytes = HexText::parse(text, nullptr);
    if (!bytes) {
        showError(hexError());
        return;
    }
    Q_EMIT binarySubmitted(*bytes);
}

QString ComposeBar::hexError() const
{
    QString error;
    return HexText::parse(m_editor->text(), &error) ? QString() : tr("Not sent: %1.").arg(error);
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
